/** The names index and article references: matching rules, shards and the Chinese numerals of article numbers. */
import { describe, expect, it } from 'vitest';
import {
  isStrong,
  matchNames,
  nameKey,
  NAME_TYPES,
  shardOf,
  shardsFor,
  withinOneEdit,
  words,
  type NamesShard,
} from '../../src/lib/search-names';
import {
  chineseNumber,
  findArticle,
  findDocument,
  parseArticleRef,
  parseDocumentNumber,
  type ArticlesIndex,
} from '../../src/lib/search-refs';

const type = (t: (typeof NAME_TYPES)[number]) => NAME_TYPES.indexOf(t);
const shard: NamesShard = {
  kinds: { terms: 'Term', crimes: 'Crime', agencies: 'Agency' },
  pages: [
    ['/terms/card-dealer/', 'terms', 'Card dealer', '卡商'],
    ['/crimes/helping/', 'crimes', 'Helping information network criminal activities', '帮助信息网络犯罪活动罪'],
    ['/agencies/spp/', 'agencies', 'Supreme People’s Procuratorate', '最高人民检察院'],
    ['/terms/backpacker/', 'terms', 'Backpacker', '背包客'],
    ['/terms/goip/', 'terms', 'GOIP', ''],
  ],
  names: [
    ['Card dealer', type('name'), 0],
    ['卡商', type('zh'), 0],
    ['ka shang', type('pinyin'), 0],
    ['helping trust', type('mistranslation'), 1],
    ['帮信罪', type('abbreviation'), 1],
    ['最高检', type('abbreviation'), 2],
    ['SPP', type('abbreviation'), 2],
    ['Backpacker', type('name'), 3],
    ['GOIP', type('name'), 4],
  ],
};
const first = (q: string) => matchNames(q, [shard])[0];

describe('names', () => {
  it('are keyed without case, width, spaces or punctuation', () => {
    expect(nameKey('Card-breaking  2.0')).toBe(nameKey('card breaking 2 0'));
    expect(nameKey('ＧＯＩＰ')).toBe('goip');
    expect(nameKey('法发〔2016〕32号')).toBe(nameKey('法发[2016]32号'));
    expect(words('GOIP 设备 helping-crime')).toEqual(['goip', '设备', 'helping', 'crime']);
  });

  it('match exactly, with the kind of name that matched', () => {
    expect(first('helping trust')).toMatchObject({ path: '/crimes/helping/', match: 'exact', type: 'mistranslation' });
    expect(first('kashang')).toMatchObject({ path: '/terms/card-dealer/', type: 'pinyin' });
    expect(first(' 最高检 ')).toMatchObject({ path: '/agencies/spp/', match: 'exact' });
  });

  it('find a name inside a longer query: whole words in English, anywhere in a run of Chinese', () => {
    expect(first('helping crime 帮信罪')).toMatchObject({ path: '/crimes/helping/', match: 'contained' });
    expect(first('帮信罪的量刑')).toMatchObject({ path: '/crimes/helping/', match: 'contained' });
    // "spp" inside "sppx" is not the word SPP.
    expect(matchNames('sppx report', [shard]).some((h) => h.path === '/agencies/spp/')).toBe(false);
    expect(first('GOIP 设备')!.coverage).toBeCloseTo(4 / 6);
  });

  it('offer the name a one-letter typo was meant to be, but not for short words', () => {
    expect(first('backpaker')).toMatchObject({ path: '/terms/backpacker/', match: 'typo' });
    expect(first('card daeler')).toMatchObject({ path: '/terms/card-dealer/', match: 'typo' });
    expect(first('GIOP')).toMatchObject({ path: '/terms/goip/', match: 'typo' });
    expect(first('GOOP')).toBeUndefined(); // a change in a four-letter word is another word, not a typo
    expect(first('backpackers!!')).toMatchObject({ match: 'typo' });
    expect(first('bakcpaker')).toBeUndefined(); // two edits
  });

  it('lead the results when they are most of the query, or the query most of the name; figures do not count', () => {
    expect(isStrong(first('GOIP 设备')!)).toBe(true);
    expect(isStrong(first('卡商 2021年 7.8万人 130,000')!)).toBe(true);
    expect(isStrong(first('卡商 who trade cards')!)).toBe(false);
    expect(isStrong(first('卡商 2.0 GOIPS')!)).toBe(false); // 2.0 is no figure: 卡商 is two of eight characters
    expect(isStrong(first('Backpacke')!)).toBe(true);
    expect(isStrong(first('Backp')!)).toBe(false);
  });

  it('rank exact before contained before typo, one row per page', () => {
    const hits = matchNames('card dealer', [shard]);
    expect(hits.map((h) => h.path)).toEqual(['/terms/card-dealer/']);
  });
});

describe('one edit', () => {
  it.each([
    ['goip', 'giop', true],
    ['backpacker', 'backpaker', true],
    ['backpacker', 'backpackerr', true],
    ['backpacker', 'vackpacker', true],
    ['backpacker', 'bcakpackre', false],
    ['abc', 'abcde', false],
  ])('%s ~ %s: %s', (a, b, yes) => expect(withinOneEdit(a, b)).toBe(yes));
});

describe('shards', () => {
  it('put every name where the browser will look for it', () => {
    for (const n of [1, 4, 32]) {
      for (const [name] of shard.names) expect(shardsFor(name, n)).toContain(shardOf(nameKey(name), n));
    }
    // A name may start at any word of the query, or at the start of a run of Chinese.
    const wanted = new Set(['helpingcrime帮信罪', 'helping', 'crime', '帮信罪'].map((k) => shardOf(k, 64)));
    expect(new Set(shardsFor('helping crime 帮信罪', 64))).toEqual(wanted);
    // Two characters pick the shard, so names that share a first letter spread out.
    expect(new Set(['card', 'cloud', 'cut', 'chain', 'cyber'].map((k) => shardOf(k, 64))).size).toBeGreaterThan(3);
    expect(shardsFor('one two three four five six', 64).length).toBeLessThanOrEqual(4);
    expect(shardsFor('anything', 1)).toEqual([0]);
  });
});

describe('article references', () => {
  const index: ArticlesIndex = {
    docs: [
      {
        path: '/sources/law/',
        title: 'Anti-Telecom Network Fraud Law',
        kind: 'law',
        names: ['Anti-Telecom Network Fraud Law', '反电信网络诈骗法', '反诈法'],
        articles: [
          ['art-14', '14', 'Art. 14', 'Real names'],
          ['art-14-2', '14(2)', 'Art. 14 (二)', 'Real names'],
          ['art-31', '31', 'Art. 31', 'Trading cards'],
        ],
      },
      {
        path: '/sources/criminal-law/',
        title: 'Criminal Law',
        kind: 'criminal-law',
        names: ['Criminal Law', '刑法'],
        articles: [
          ['art-287-2', '287-2', 'Art. 287-2', 'Helping'],
          ['art-266', '266', 'Art. 266', 'Fraud'],
        ],
      },
      {
        path: '/sources/opinions/',
        title: '2016 Opinions',
        kind: 'opinions',
        names: ['Opinions (2016)', '意见'],
        articles: [['art-3', '3', 'Point 3', 'x']],
      },
    ],
  };
  const go = (q: string) => {
    const ref = parseArticleRef(q);
    const hit = ref && findArticle(ref, index);
    return hit ? `${hit.path}#${hit.id}` : undefined;
  };

  it('read Chinese numerals', () => {
    expect([
      chineseNumber('三十一'),
      chineseNumber('二百八十七'),
      chineseNumber('一百零一'),
      chineseNumber('十五'),
      chineseNumber('31'),
    ]).toEqual([31, 287, 101, 15, 31]);
    expect(chineseNumber('三x')).toBeUndefined();
  });

  it('go to the article of the law when no document is named', () => {
    expect(go('Art. 31')).toBe('/sources/law/#art-31');
    expect(go('第三十一条')).toBe('/sources/law/#art-31');
    expect(go('article 14')).toBe('/sources/law/#art-14');
  });

  it('go to the only document that has the article, and to a named document', () => {
    expect(go('287-2')).toBe('/sources/criminal-law/#art-287-2');
    expect(go('刑法第二百八十七条之二')).toBe('/sources/criminal-law/#art-287-2');
    expect(go('Criminal Law Art. 266')).toBe('/sources/criminal-law/#art-266');
    expect(go('反诈法 第十四条')).toBe('/sources/law/#art-14');
    expect(go('2016 Opinions point 3')).toBe('/sources/opinions/#art-3');
  });

  it('read paragraphs and items however they are written', () => {
    expect(parseArticleRef('反诈法第二十五条第一款第二项')?.numbers).toEqual(['25(1)(2)', '25(2)', '25']);
    expect(parseArticleRef('Art. 25(1)(2)')?.numbers).toEqual(['25(1)(2)', '25(2)', '25']);
    expect(parseArticleRef('anti-fraud law art 39 item 5')?.numbers).toEqual(['39(5)', '39']);
    expect(parseArticleRef('刑法第287条之一第一款第三项')?.numbers).toEqual(['287-1(1)(3)', '287-1(3)', '287-1']);
    expect(parseArticleRef('2016 Opinions 2(2) aggravating')?.numbers).toEqual(['2(2)', '2']);
    expect(parseArticleRef('两高一部意见 一、总体要求')?.numbers).toEqual(['1']);
    expect(parseArticleRef('document No. 22 (2021)')).toBeUndefined(); // a year in brackets is no item
  });

  it('go to a numbered item of an article, or to the article when the item has no anchor', () => {
    expect(go('Art. 14(2)')).toBe('/sources/law/#art-14-2');
    expect(go('反诈法第十四条第（二）项')).toBe('/sources/law/#art-14-2');
    expect(go('第十四条（二）')).toBe('/sources/law/#art-14-2');
    expect(go('Art. 31 (4)')).toBe('/sources/law/#art-31');
  });

  it('name the document by its kind and the words of its names, in any order', () => {
    expect(go('criminal law 266')).toBeUndefined(); // a bare number is no reference
    expect(go('opinions 2016 point 3')).toBe('/sources/opinions/#art-3');
  });

  it('are not found in ordinary words or in articles the site does not hold', () => {
    expect(parseArticleRef('一条龙 诈骗')).toBeUndefined();
    expect(parseArticleRef('2021-22 results')).toBeUndefined();
    expect(go('Art. 99')).toBeUndefined();
  });
});

describe('document numbers', () => {
  const index: ArticlesIndex = {
    docs: [
      { path: '/sources/op-2016/', title: '2016 Opinions', kind: 'opinions', names: [], number: '法发〔2016〕32号', articles: [] },
      {
        path: '/sources/interp-2019/',
        title: '2019 Interpretation',
        kind: 'judicial-interpretation',
        names: [],
        number: '法释〔2019〕15号',
        articles: [],
      },
      { path: '/sources/law/', title: 'Law', kind: 'law', names: [], number: '中华人民共和国主席令第一一九号', articles: [] },
    ],
  };
  const go = (q: string) => {
    const ref = parseDocumentNumber(q);
    return ref && findDocument(ref, index)?.path;
  };

  it.each([
    ['法发〔2016〕32号', '/sources/op-2016/'],
    ['法发[2016]32号', '/sources/op-2016/'],
    ['Fa Fa 2016-32', '/sources/op-2016/'],
    ['SPC SPP MPS document No. 32 (2016)', '/sources/op-2016/'],
    ['Fa Shi No. 15 of 2019', '/sources/interp-2019/'],
    ['2019年第15号 解释', '/sources/interp-2019/'],
    ['第119号主席令', '/sources/law/'],
    ['主席令第一一九号', '/sources/law/'],
    ['Presidential Order No. 119', '/sources/law/'],
  ])('%s → %s', (q, path) => expect(go(q)).toBe(path));

  it('are not read into dates and figures that match no document', () => {
    expect(go('2022年9月2日')).toBeUndefined();
    expect(go('2021 12,000 suspects')).toBeUndefined();
  });
});
