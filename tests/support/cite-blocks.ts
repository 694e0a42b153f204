/** The cite blocks of the built pages, each with its CSL-JSON item and the RIS and BibTeX files it links. */
import { readFileSync } from 'node:fs';
import { textContent } from 'domutils';
import type { CslItem } from '../../src/lib/cite';
import { builtPages } from './built-pages.ts';
import { builtDoc, selectAll, selectOne } from './html.ts';
import { resolveFile } from './static-server.ts';
import { DIST, TEST_BASE } from './site.ts';

export interface CiteBlock {
  /** The page and the block, for messages: `/terms/goip/ #cite-this`. */
  where: string;
  item: CslItem;
  bib: string;
  ris: string;
}

/** Every cite block of the build (redirect pages have none); a block that links a missing file is an error. */
export function citeBlocks(): CiteBlock[] {
  const blocks: CiteBlock[] = [];
  for (const [path, page] of builtPages()) {
    if (page.redirectTo) continue;
    const doc = builtDoc(`${path.slice(1)}index.html`);
    for (const section of selectAll('section.cite-this', doc)) {
      const pre = selectOne('pre[id$="-csl-json-text"]', section)!;
      const file = (ext: string) => {
        const href = selectOne(`a[href$=".${ext}"]`, section)?.attribs.href ?? '';
        const found = resolveFile(DIST, TEST_BASE, href);
        if (!found) throw new Error(`${path}: the cite block links no ${ext} file that exists ("${href}")`);
        return readFileSync(found, 'utf8');
      };
      const where = `${path} #${section.attribs['aria-labelledby']}`;
      blocks.push({ where, item: (JSON.parse(textContent(pre)) as CslItem[])[0]!, bib: file('bib'), ris: file('ris') });
    }
  }
  return blocks;
}
