/**
 * Every collection, defined in one place. Entries live in content/<collection>/; the file name is the id and URL slug.
 * KB_CONTENT_DIR points the loaders at another tree (tests use it to build deliberately broken content).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { agencySchema } from './schemas/agency';
import { campaignSchema } from './schemas/campaign';
import { crimeSchema } from './schemas/crime';
import { datasetSchema } from './schemas/dataset';
import { policySchema } from './schemas/policy';
import { sourceSchema } from './schemas/source';
import { termSchema } from './schemas/term';

const root = process.env.KB_CONTENT_DIR ?? './content';
const prose = (dir: string) => glob({ pattern: '*.mdx', base: `${root}/${dir}` });

export const collections = {
  sources: defineCollection({ loader: prose('sources'), schema: sourceSchema }),
  crimes: defineCollection({ loader: prose('crimes'), schema: crimeSchema }),
  policies: defineCollection({ loader: prose('policies'), schema: policySchema }),
  agencies: defineCollection({ loader: prose('agencies'), schema: agencySchema }),
  campaigns: defineCollection({ loader: prose('campaigns'), schema: campaignSchema }),
  terms: defineCollection({ loader: prose('terms'), schema: termSchema }),
  datasets: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/datasets` }), schema: datasetSchema }),
};
