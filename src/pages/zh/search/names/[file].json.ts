/** /zh/search/names/<n>.json: the names index for the Chinese pages (see ../../../search/names/[file].json.ts). */
import { namesFile, namesPaths } from '../../../search/names/[file].json';

export const getStaticPaths = namesPaths('zh');
export const GET = namesFile('zh');
