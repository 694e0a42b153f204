/** /cite/<page>.bib (and /cite/sources/<id>.original.bib): each cite block's item as a file to import. */
import { citationRoute } from '../../data/citations';

export const { getStaticPaths, GET } = citationRoute('bib');
