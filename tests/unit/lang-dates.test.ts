import { describe, expect, it } from 'vitest';
import { formatPartialDate, formatPeriod, formatPeriodSpan } from '../../src/lib/dates';
import { splitCjk } from '../../src/lib/lang';

describe('splitCjk', () => {
  it('separates Chinese runs from the rest and loses nothing', () => {
    const text = 'The card-breaking (断卡) operation and 5·10 and “两卡” cards';
    const runs = splitCjk(text);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.filter((r) => r.zh).map((r) => r.text)).toEqual(['断卡', '两卡']);
  });

  it('keeps full-width punctuation inside a Chinese run', () => {
    expect(
      splitCjk('See 打猫（池）行动 now')
        .filter((r) => r.zh)
        .map((r) => r.text),
    ).toEqual(['打猫（池）行动']);
  });

  it('returns one run for text in one language', () => {
    expect(splitCjk('GOIP device')).toEqual([{ zh: false, text: 'GOIP device' }]);
    expect(splitCjk('卡商')).toEqual([{ zh: true, text: '卡商' }]);
    expect(splitCjk('')).toEqual([]);
  });
});

describe('dates', () => {
  it.each([
    ['2015', '2015'],
    ['2015-11', 'November 2015'],
    ['2022-04-05', '5 April 2022'],
  ])('formats %s as %s', (input, expected) => expect(formatPartialDate(input)).toBe(expected));

  it('formats quarters, halves and ranges', () => {
    expect(formatPeriod('2022-Q1')).toBe('Q1 2022');
    expect(formatPeriod('2022-H1')).toBe('H1 2022');
    expect(formatPeriod('2021-01/2023-06')).toBe('January 2021 – June 2023');
  });
});

describe('formatPeriodSpan', () => {
  it('shows one period once when all points share it', () => {
    expect(formatPeriodSpan(['2021', '2021'])).toBe('2021');
    expect(formatPeriodSpan(['2021-04/2022-04', '2021-04/2022-04'])).toBe('April 2021 – April 2022');
  });
  it('runs from the earliest start to the latest end, whatever the mix of years, quarters, halves and ranges', () => {
    expect(formatPeriodSpan(['2021', '2019', '2020'])).toBe('2019 – 2021');
    expect(formatPeriodSpan(['2021', '2021-04/2022-04'])).toBe('2021 – April 2022');
    expect(formatPeriodSpan(['2022-Q1', '2021-Q4', '2022-H1'])).toBe('Q4 2021 – H1 2022');
    expect(formatPeriodSpan(['2015/2020-10', '2022-H1'])).toBe('2015 – H1 2022');
    expect(formatPeriodSpan([])).toBe('');
  });
});
