/**
 * Every collection, made from the registry of kinds (src/kinds/). Entries live in content/<kind>/; the file name is
 * the id and URL slug. KB_CONTENT_DIR points the loaders at another tree (tests use it to build broken content).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { KINDS, REGISTRY, type Kind } from './kinds';
import { zhEditionSchema } from './schemas/zh';

const root = process.env.KB_CONTENT_DIR ?? './content';

function collection<S extends z.ZodType>(kind: Kind, def: { schema: S; files: string }) {
  return defineCollection({ loader: glob({ pattern: `*.${def.files}`, base: `${root}/${kind}` }), schema: def.schema });
}

type Collections = { [K in Kind]: ReturnType<typeof collection<(typeof REGISTRY)[K]['schema']>> };

const def = (kind: Kind): { schema: z.ZodType; files: string } => REGISTRY[kind];

/** The Chinese editions, `content/zh/<kind>/<id>`: only words, checked against their English entries (src/lib/zh-editions.ts). */
const zh = defineCollection({ loader: glob({ pattern: '*/*.{mdx,yaml}', base: `${root}/zh` }), schema: zhEditionSchema });

export const collections = { ...(Object.fromEntries(KINDS.map((kind) => [kind, collection(kind, def(kind))])) as Collections), zh };
