/** Marking Chinese text so screen readers and fonts treat it as Chinese. */

/** BCP 47 tag used for all Chinese on the site (simplified script). */
export const ZH = 'zh-Hans';

// Han ideographs, CJK punctuation and full-width forms; a run may include "·" and ASCII digits between them (e.g. "5·10").
const RUN =
  /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef](?:[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef·\d]*[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef])?/g;

/** Splits text into runs of Chinese and non-Chinese, in order; joining the runs gives the input back. */
export function splitCjk(text: string): { zh: boolean; text: string }[] {
  const out: { zh: boolean; text: string }[] = [];
  let last = 0;
  for (const m of text.matchAll(RUN)) {
    if (m.index > last) out.push({ zh: false, text: text.slice(last, m.index) });
    out.push({ zh: true, text: m[0] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ zh: false, text: text.slice(last) });
  return out;
}

const LATIN_LETTER = /[A-Za-z]/g;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;

/**
 * Whether text shown on a Chinese page is English: more Latin letters than Chinese characters, counting a Chinese
 * character as two letters (a word's worth). "GOIP设备" is Chinese; "CNS, 22 Jul 2022 (帮信罪)" is English. Used to
 * mark the English that a Chinese page still shows (an entry not yet written in Chinese) with `lang="en"`.
 */
export function isEnglishText(text: string): boolean {
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  const han = text.match(HAN)?.length ?? 0;
  return latin > 2 * han;
}
