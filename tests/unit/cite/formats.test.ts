import { describe, expect, it } from 'vitest';
import {
  allCitations,
  CITATION_FORMATS,
  citationFile,
  formatCitation,
  formatWithCiteproc,
  fromTemplate,
  pageItem,
  sourceItem,
  type SourceLike,
} from '../../../src/lib/cite';
import { SOURCE_KINDS } from '../../../src/schemas/source';

/** One source of each kind, shaped like the real ones (a Chinese original among them). */
const SOURCES: Record<(typeof SOURCE_KINDS)[number], SourceLike> = {
  'news-report': {
    title: 'Procuratorates prosecuted 40,000 people for telecom fraud',
    outlet: 'Example Daily',
    author: 'Zhang Hao, staff reporter',
    published: '2022-03-02',
    language: 'en',
    kind: 'news-report',
  },
  interview: {
    title: 'Joint office official explains the Opinions',
    outlet: 'Outlook New Era',
    originalOutlet: 'Xinhua News Agency',
    published: '2022-04-20',
    language: 'en',
    kind: 'interview',
  },
  'press-conference': {
    title: 'The rise of telecom network fraud has been curbed',
    titleOriginal: '电信网络诈骗犯罪持续上升势头得到遏制',
    outlet: 'The Paper (澎湃新闻)',
    originalOutlet: "People's Daily (人民日报)",
    published: '2022-04-15',
    language: 'zh',
    kind: 'press-conference',
  },
  'official-document': {
    title: 'Typical cases of the crime of helping',
    outlet: "Supreme People's Procuratorate",
    published: '2022-06',
    language: 'en',
    kind: 'official-document',
    url: 'https://example.org/cases',
  },
  statute: {
    title: 'Anti-Telecom Network Fraud Law',
    titleOriginal: '反电信网络诈骗法',
    outlet: "Standing Committee of the National People's Congress",
    published: '2022-09-02',
    language: 'zh',
    kind: 'statute',
  },
};

const GBT_CODE: Record<string, string> = {
  'news-report': '[N]',
  interview: '[N]',
  'press-conference': '[N]',
  'official-document': '[R]',
  statute: '[Z]',
};

describe.each(SOURCE_KINDS)('citation of a %s', (kind) => {
  const item = sourceItem(`example-${kind}`, SOURCES[kind]);
  const out = Object.fromEntries(allCitations(item).map((c) => [c.id, c.text]));

  it('matches the committed output in every style', async () => {
    const text = CITATION_FORMATS.map((f) => `## ${f.label}\n${out[f.id]}\n`).join('\n');
    await expect(text).toMatchFileSnapshot(`./__snapshots__/${kind}.txt`);
  });

  it('puts the year in APA and Chicago, the GB/T 7714 type code, and keeps Chinese text', () => {
    const year = SOURCES[kind].published.slice(0, 4);
    expect(out.apa).toContain(year);
    expect(out.chicago).toContain(year);
    expect(out.gbt7714).toMatch(/^\[1\] /);
    expect(out.gbt7714).toContain(GBT_CODE[kind]);
    for (const text of Object.values(out)) expect(text).toContain(SOURCES[kind].titleOriginal ?? SOURCES[kind].title.split(' ')[0]);
  });

  it('gives BibTeX an entry with our key and CSL-JSON that parses back to the item', () => {
    expect(out.bibtex).toMatch(new RegExp(`^@\\w+\\{example_${kind.replace('-', '_')},`));
    expect(JSON.parse(out['csl-json']!)).toEqual([item]);
  });
});

/** A page of this site as the cite block describes it, dated by its last change. */
const GOIP_PAGE = {
  id: 'terms/goip',
  title: 'GOIP device',
  url: 'https://example.github.io/fraud-kb/terms/goip/',
  siteName: 'Fraud Control Knowledge Base',
  issued: '2026-11-24',
};

describe('citation of a page of this site', () => {
  const item = pageItem(GOIP_PAGE);

  it('matches the committed output in every style', async () => {
    const text = allCitations(item)
      .map((c) => `## ${c.label}\n${c.text}\n`)
      .join('\n');
    await expect(text).toMatchFileSnapshot('./__snapshots__/page.txt');
  });

  it("carries the permalink and no access date: that day is the reader's, not the build's", () => {
    expect(formatCitation(item, 'apa')).toContain('https://example.github.io/fraud-kb/terms/goip/');
    expect(formatCitation(item, 'apa')).not.toContain('Retrieved');
    expect(formatCitation(item, 'gbt7714')).toContain('[EB/OL]');
    expect(item).not.toHaveProperty('accessed');
    expect(citationFile(item, 'bib')).not.toMatch(/accessed|urldate/);
    expect(citationFile(item, 'ris')).not.toMatch(/^(Y2|M1) /m);
  });
});

describe('the version of a page and the issuers of a document', () => {
  const page = pageItem({ ...GOIP_PAGE, issued: '2026-11-02' });
  const law = sourceItem('atnfl', {
    ...SOURCES.statute,
    issuerNames: ['全国人民代表大会常务委员会'],
    documentNumber: '中华人民共和国主席令第一一九号',
  });

  it('dates a page by its last change, as APA does an updated page, in every style and file', () => {
    expect(formatCitation(page, 'apa')).toContain('(2026, November 2)');
    expect(formatCitation(page, 'gbt7714')).toContain('Fraud Control Knowledge Base, 2026-11-02.');
    expect(citationFile(page, 'bib')).toContain('\tyear = {2026},\n\tmonth = nov,\n\tdate = {2026-11-02},\n');
    expect(citationFile(page, 'ris')).toContain('DA  - 2026/11/2/\n');
  });

  it('makes the issuing bodies the authors of an official document, and a reporter the author of a report', () => {
    expect(law.author).toEqual([{ literal: '全国人民代表大会常务委员会' }]);
    expect(sourceItem('r', SOURCES['news-report']).author).toEqual([{ literal: 'Zhang Hao' }]);
    expect(formatCitation(law, 'gbt7714')).toContain('全国人民代表大会常务委员会');
  });
});

describe('citation files', () => {
  const law = sourceItem('atnfl', { ...SOURCES.statute, issuerNames: ['全国人民代表大会常务委员会'], url: 'https://example.org/law' });

  it('writes RIS with the type, title, author, date and address, ending in ER', () => {
    const ris = citationFile(law, 'ris');
    expect(ris).toMatch(/^TY {2}- /);
    expect(ris).toContain('TI  - 反电信网络诈骗法 [Anti-Telecom Network Fraud Law]');
    expect(ris).toContain('AU  - 全国人民代表大会常务委员会,\n');
    expect(ris).toContain('PY  - 2022');
    expect(ris).toContain('UR  - https://example.org/law');
    expect(ris.trimEnd()).toMatch(/ER {2}-$/);
  });

  it('keeps a long title on its tag line (citation-js breaks RIS lines every 70 characters, mid-word)', () => {
    const title = 'State Council Inter-Ministerial Joint Conference on Combating New Types of Telecom and Network Crime';
    const ris = citationFile({ ...law, title }, 'ris');
    expect(ris).toContain(`TI  - ${title}\n`);
    expect(ris.split('\n').filter((line) => line && !/^[A-Z][A-Z0-9] {2}-/.test(line))).toEqual([]);
  });

  it("gives a newspaper article its reporter and full date, which citation-js's RIS leaves out for that type", () => {
    const report = sourceItem('r', SOURCES['news-report']);
    const ris = citationFile(report, 'ris');
    expect(ris).toMatch(/^TY {2}- NEWS\n/);
    expect(ris).toContain('AU  - Zhang Hao,\n');
    expect(ris).toContain('DA  - 2022/3/2/\n');
    expect(ris.match(/^DA /gm)).toHaveLength(1);
    // A month-only date keeps its empty day, as citation-js writes such dates for other types.
    expect(citationFile(sourceItem('i', { ...SOURCES['news-report'], published: '2021-07' }), 'ris')).toContain('DA  - 2021/7//\n');
    // Types it handles are left as they are: one AU per author, one DA.
    expect(citationFile(law, 'ris').match(/^(AU|DA) /gm)).toEqual(['AU ', 'DA ']);
  });

  it('braces a leading acronym in BibTeX, which sentence-casing styles would otherwise print as "Goip"', () => {
    expect(formatCitation(pageItem(GOIP_PAGE), 'bibtex')).toContain('title = {{GOIP} device}');
    expect(formatCitation(sourceItem('s', { ...SOURCES['news-report'], title: 'SPP: 40,000 prosecuted' }), 'bibtex')).toContain(
      'title = {{SPP}: 40,000 prosecuted}',
    );
    // A first word with one capital is sentence case already; later capitals citation-js braces itself.
    expect(formatCitation(sourceItem('s', SOURCES['news-report']), 'bibtex')).toContain('title = {Procuratorates prosecuted');
  });

  it('carries the Chinese title in the title, and the short title in every format that has a field for it', () => {
    const short = sourceItem('atnfl', { ...SOURCES.statute, shortTitle: 'Anti-fraud law', documentNumber: '主席令第一一九号' });
    expect(short['title-short']).toBe('Anti-fraud law');
    expect(citationFile(short, 'bib')).toContain('\ttitle = {反电信网络诈骗法 [');
    expect(citationFile(short, 'bib')).toContain('\tshorttitle = {Anti-fraud law},\n');
    expect(citationFile(short, 'bib')).toContain('\tnumber = {主席令第一一九号},\n');
    expect(citationFile(short, 'ris')).toMatch(/\nST {2}- Anti-fraud law\nER {2}-\n$/);
    // Not as CSL's original-title: APA would call the Chinese original "Original work published as".
    expect(formatCitation(short, 'apa')).not.toContain('Original work');
    expect(pageItem({ ...GOIP_PAGE, short: 'GOIP' })['title-short']).toBe('GOIP');
  });

  it('ends each author with a comma, so that a reader keeps "Fraud Control Knowledge Base" whole', () => {
    expect(citationFile(pageItem(GOIP_PAGE), 'ris')).toContain('\nAU  - Fraud Control Knowledge Base,\n');
    expect(citationFile(pageItem(GOIP_PAGE), 'ris').match(/^AU /gm)).toHaveLength(1);
  });

  it("types a law as a statute and puts its document number where Zotero files a statute's number (M1), not in SN", () => {
    const numbered = sourceItem('atnfl', { ...SOURCES.statute, documentNumber: '中华人民共和国主席令第一一九号' });
    // Zotero's RIS import takes LEGAL for a court case.
    expect(citationFile(numbered, 'ris')).toMatch(/^TY {2}- STAT\n/);
    expect(citationFile(numbered, 'ris')).toContain('\nM1  - 中华人民共和国主席令第一一九号\n');
    expect(citationFile(numbered, 'ris')).not.toMatch(/^SN /m);
    expect(citationFile(sourceItem('r', SOURCES['news-report']), 'ris')).toMatch(/^TY {2}- NEWS\n/);
  });

  it('writes BibTeX as the cite block shows it, and both files end with a newline', () => {
    expect(citationFile(law, 'bib')).toBe(`${formatCitation(law, 'bibtex')}\n`);
    expect(citationFile(law, 'ris').endsWith('\n')).toBe(true);
  });
});

describe('page citations from a template', () => {
  it("agree with citeproc's own output for every page's title, in every style", async () => {
    const { getCollection } = await import('astro:content');
    const { KINDS, namesOf } = await import('../../../src/kinds');
    const titles = (await Promise.all(KINDS.map((k) => getCollection(k)))).flat().map((e) => namesOf(e.collection, e.data).name);
    // The names of the site's own pages, titles with apostrophes inside words (as the scale corpus has), and titles
    // that must go to citeproc (quotes, closing punctuation).
    titles.push('Fraud Control Knowledge Base', 'Search', "Supreme People's Court", "Hengqing People's Procuratorate's notice");
    titles.push('Why "card dealer"?', 'Crimes.', 'Art. 31', "The 'Cloud Sword' operation", "Fraudsters' accounts");
    expect(titles.length).toBeGreaterThan(190);
    let templated = 0;
    for (const [i, title] of titles.entries()) {
      for (const issued of ['2026-11-02', '2025-01-31']) {
        const item = pageItem({
          id: `p${i}`,
          title,
          url: `https://example.github.io/fraud-kb/p/${i}/`,
          siteName: 'Fraud Control Knowledge Base',
          issued,
        });
        for (const style of ['apa', 'chicago', 'gbt7714'] as const) {
          const fast = fromTemplate(item, style);
          if (fast !== undefined) templated++;
          expect(fast ?? formatCitation(item, style), `${style}: ${title}`).toBe(formatWithCiteproc(item, style));
        }
      }
    }
    const plain = (title: string) => pageItem({ id: 'x', title, url: 'https://e/x/', siteName: 'KB' });
    for (const title of ['Why "card dealer"?', 'Crimes.', 'Art. 31', "The 'Cloud Sword' operation", "Fraudsters' accounts"])
      expect(fromTemplate(plain(title), 'apa'), title).toBeUndefined();
    expect(fromTemplate(plain("People's Bank of China"), 'apa')).toContain('People’s Bank of China');
    // Most titles take the fast way; the test would be empty if none did.
    expect(templated).toBeGreaterThan(150 * 6);
  }, 120_000);
});
