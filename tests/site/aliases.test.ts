/**
 * Every name listed for an entity (aliases, mistranslations, Chinese name, abbreviation) appears on its built
 * page, as text a reader sees and search indexes. Names are read from the content files themselves.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { builtDoc, selectOne, text } from '../support/html';

const CONTENT = process.env.KB_CONTENT_DIR ?? 'content';
import { KINDS } from '../../src/kinds/keys';

interface Names {
  aliases?: { text: string }[];
  nameZh?: string;
  titleZh?: string;
  termZh?: string;
  abbreviation?: string;
}

function frontmatter(path: string): Names {
  const text = readFileSync(path, 'utf8');
  return parse(path.endsWith('.yaml') ? text : text.split(/^---$/m)[1]!) ?? {};
}

/** The text of an entity page's <article>, entities decoded and white space collapsed. */
function pageText(kind: string, id: string): string {
  const article = selectOne('article', builtDoc(join(kind, id, 'index.html')));
  if (!article) throw new Error(`${kind}/${id}/ has no <article>`);
  return text(article);
}

const entities = KINDS.flatMap((kind) =>
  readdirSync(join(CONTENT, kind)).map((file) => ({
    kind,
    id: file.replace(/\.(mdx|yaml)$/, ''),
    data: frontmatter(join(CONTENT, kind, file)),
  })),
);

describe('every name of an entity is on its page', () => {
  it('reads the names of every entity', () => {
    expect(entities.filter((e) => (e.data.aliases ?? []).length > 0).length).toBeGreaterThan(50);
  });

  it.each(entities.map((e) => [`${e.kind}/${e.id}`, e] as const))('%s', (_, { kind, id, data }) => {
    const names: string[] = [...(data.aliases ?? []).map((a) => a.text), data.nameZh, data.titleZh, data.termZh, data.abbreviation].filter(
      (n): n is string => !!n,
    );
    const text = pageText(kind, id);
    const missing = names.filter((n) => !text.includes(n.replace(/\s+/g, ' ')));
    expect(missing, `names missing from ${kind}/${id}/`).toEqual([]);
  });
});
