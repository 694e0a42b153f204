/**
 * All search code as one chunk, loaded with a dynamic import by the header box (on intent) and by the search page,
 * so no page pays for a module-preload helper or a second shared chunk.
 */
export { attach } from './header';
export { startPage } from './page';
