/** /cite/<page>.ris (and /cite/sources/<id>.original.ris): each cite block's item as a file to import. */
import { citationRoute } from '../../data/citations';

export const { getStaticPaths, GET } = citationRoute('ris');
