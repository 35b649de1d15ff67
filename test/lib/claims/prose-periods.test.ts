// The periods the prose names, read as period ids of a release: one case per form.
import { describe, expect, test } from 'vitest';
import { Calendar, periodPhrases } from '../../../src/lib/claims/prose-periods.ts';
import type { Period } from '../../../src/lib/types.ts';

const q = (id: string, start: string, end: string): Period => ({ id, kind: 'duration', start, end, label: id });
const at = (date: string): Period => ({ id: date, kind: 'instant', end: date, label: date });

// A calendar-year company reporting Q2 2010, as the bundled release prints its periods.
const calendarYear = new Calendar({
  meta: { fiscalPeriod: '2010-q2', releaseDate: '2010-08-04' } as never,
  periods: [
    q('2010-q2', '2010-04-01', '2010-06-30'),
    q('2009-q2', '2009-04-01', '2009-06-30'),
    q('2010-q1', '2010-01-01', '2010-03-31'),
    q('2010-h1', '2010-01-01', '2010-06-30'),
    q('2009-h1', '2009-01-01', '2009-06-30'),
    at('2010-06-30'),
    at('2009-12-31'),
  ],
});

const read = (text: string, calendar = calendarYear) =>
  periodPhrases(text).map((p) => [p.text, calendar.resolve(p.spec, p.text).id]);

describe('periodPhrases finds each form, and the calendar names its period', () => {
  test.each([
    ['in the second quarter of 2009', [['second quarter of 2009', '2009-q2']]],
    ['Second Quarter 2010 Financial Summary', [['Second Quarter 2010', '2010-q2']]],
    ['in the first quarter', [['first quarter', '2010-q1']]],
    ['for the six months ended June 30, 2010', [['six months ended June 30, 2010', '2010-h1']]],
    ['at June 30, 2010', [['June 30, 2010', '2010-06-30']]],
    ['at the end of the quarter', [['at the end of the quarter', '2010-06-30']]],
    ['up 46.5 percent year-over-year', [['year-over-year', '2009-q2']]],
    ['down 12% from a year ago', [['a year ago', '2009-q2']]],
    ['7 percent sequentially', [['sequentially', '2010-q1']]],
    ['up 8% from the previous quarter', [['the previous quarter', '2010-q1']]],
    ['compared with the year-ago quarter', [['the year-ago quarter', '2009-q2']]],
    // Generac 4Q24 (a GlobeNewswire copy measured unseen): "as compared to $1.06 billion in the prior-year fourth quarter".
    ['in the prior-year second quarter', [['the prior-year second quarter', '2009-q2']]],
    ['in the prior year second quarter', [['the prior year second quarter', '2009-q2']]],
    ['against the year-ago second quarter', [['the year-ago second quarter', '2009-q2']]],
    ["in last year's second quarter", [["last year's second quarter", '2009-q2']]],
    ['for the quarter', [['the quarter', '2010-q2']]],
    ['in H1 2010', [['H1 2010', '2010-h1']]],
    // Arkema, 2Q26 (unseen set s31): two digits of the year after an apostrophe, straight or curly.
    ["(€91 million in Q2'09)", [["Q2'09", '2009-q2']]],
    ['(€2,395 million in Q2’09)', [['Q2’09', '2009-q2']]],
    ["in H1'10", [["H1'10", '2010-h1']]],
    ['in H1’10', [['H1’10', '2010-h1']]],
    ['in the second quarter, 46.5 percent higher', [['second quarter', '2010-q2']]],
    ['drove the year-over-year and sequential decreases', [['year-over-year', '2009-q2'], ['sequential', '2010-q1']]],
    // Timberland, fiscal 2Q20 (unseen set s12): the span of the year the words name, and the quarter a year before.
    ['compared to $11.73 million for the first six months of 2009', [['first six months of 2009', '2009-h1']]],
    ['from $12.73 million for the comparable quarter one year ago', [['the comparable quarter one year ago', '2009-q2']]],
    ['compared to $4.6 million one year ago', [['one year ago', '2009-q2']]],
  ])('%s', (text, expected) => expect(read(text)).toEqual(expected));

  test('a period the tables do not print resolves to null, and one after the release is future', () => {
    const [fourth] = periodPhrases('the fourth quarter of 2010');
    expect(calendarYear.resolve(fourth.spec, fourth.text)).toEqual({ id: null, words: 'the fourth quarter of 2010'.slice(4), future: true });
    const [old] = periodPhrases('the first quarter of 2008');
    expect(calendarYear.resolve(old.spec, old.text)).toMatchObject({ id: null, future: false });
  });
});

describe('a 52/53-week fiscal year ending in January (NVIDIA FY2023)', () => {
  const nvidia = new Calendar({
    meta: { fiscalPeriod: '2023-q3', releaseDate: '2022-11-16' } as never,
    periods: [
      q('2023-q3', '2022-08-01', '2022-10-30'),
      q('2023-q2', '2022-05-02', '2022-07-31'),
      q('2022-q3', '2021-08-02', '2021-10-31'),
      q('2023-9m', '2022-01-31', '2022-10-30'),
      q('2022-9m', '2021-02-01', '2021-10-31'),
      q('2023-q4', '2022-10-31', '2023-01-29'),
      at('2022-10-30'),
      at('2022-01-30'),
    ],
  });
  test.each([
    ['for the third quarter ended October 30, 2022, of', [['third quarter ended October 30, 2022', '2023-q3']]],
    ['Q3 FY23 and Q3 FY22', [['Q3 FY23', '2023-q3'], ['Q3 FY22', '2022-q3']]],
    ['Third-quarter revenue was', [['Third-quarter', '2023-q3']]],
    ['during the third quarter of fiscal 2023', [['third quarter of fiscal 2023', '2023-q3']]],
    ['in the first three quarters to', [['first three quarters', '2023-9m']]],
    ['up 1% from the previous quarter', [['the previous quarter', '2023-q2']]],
    ['the nine months ended October 30, 2022', [['nine months ended October 30, 2022', '2023-9m']]],
    ['As of October 30, 2022, the company', [['October 30, 2022', '2022-10-30']]],
  ])('%s', (text, expected) => expect(read(text, nvidia)).toEqual(expected));

  test('the outlook\'s "fourth quarter of fiscal 2023" is printed in an outlook column, and lies after the release', () => {
    const [p] = periodPhrases('for the fourth quarter of fiscal 2023');
    expect(nvidia.resolve(p.spec, p.text)).toMatchObject({ id: '2023-q4', future: true });
  });
});

describe('a retailer that names its fiscal year by the year it starts in (Buckle: fiscal 2024 ends February 1, 2025)', () => {
  const periods = [
    q('2025-q3', '2024-08-04', '2024-11-02'),
    q('2024-q3', '2023-07-30', '2023-10-28'),
    q('2025-9m', '2024-02-04', '2024-11-02'),
    q('2024-9m', '2023-01-29', '2023-10-28'),
  ];
  const named = ['third quarter of fiscal 2024', 'third quarter of fiscal 2023'].flatMap((t) => periodPhrases(t).map((p) => p.spec));
  const buckle = new Calendar({ meta: { fiscalPeriod: '2025-q3', releaseDate: '2024-11-22' } as never, periods }, named);

  test('the prose\'s "fiscal 2024" is the year the ids call 2025, learned from the release\'s own quarter', () => {
    expect(buckle.yearShift).toBe(1);
    expect(read('Net income for the third quarter of fiscal 2024 was', buckle)).toEqual([['third quarter of fiscal 2024', '2025-q3']]);
    expect(read('compared with net income for the third quarter of fiscal 2023', buckle)).toEqual([['third quarter of fiscal 2023', '2024-q3']]);
  });

  test('week spans: "13-week fiscal quarter ended", "39-week period ended"', () => {
    expect(read('for the 13-week fiscal quarter ended November 2, 2024', buckle)).toEqual([['13-week fiscal quarter ended November 2, 2024', '2025-q3']]);
    expect(read('for the prior year 39-week period ended October 28, 2023', buckle)).toEqual([
      ['the prior year', '2024-q3'],
      ['39-week period ended October 28, 2023', '2024-9m'],
    ]);
  });

  test('a release.yaml naming the prior year\'s quarter is overruled by the tables and the release date', () => {
    const misnamed = new Calendar({ meta: { fiscalPeriod: '2024-q3', releaseDate: '2024-11-22' } as never, periods });
    expect(misnamed.currentId).toBe('2025-q3');
  });
});

describe('periodPhrases of one text', () => {
  test('are read once and shared, frozen; another text has its own', () => {
    const text = 'revenue for the second quarter of 2010 rose 5 percent year-over-year';
    const first = periodPhrases(text);
    expect(periodPhrases(text)).toBe(first);
    expect(Object.isFrozen(first) && first.every((p) => Object.isFrozen(p) && Object.isFrozen(p.spec))).toBe(true);
    expect(periodPhrases(text.replace('second', 'third')).map((p) => p.text)).toEqual(['third quarter of 2010', 'year-over-year']);
    expect(periodPhrases(text, 10).map((p) => p.start)).toEqual(first.map((p) => p.start + 10));
  });
});

// A fiscal year named by the date it ends, as annual reports name it: Air Products' 10-K (FinQA, APD/2019/page_48:
// "for the fiscal year ended 30 september 2018 , cash provided by operating activities was $ 2547.2"), day first;
// Farmers and Merchants Bancshares' release (corpus fmbs-2024-fy: "net income for the year ended December 31, 2024").
describe('"the (fiscal) year ended <date>": the twelve months to that date', () => {
  const year = (id: string, start: string, end: string): Period => ({ id, kind: 'duration', start, end, label: id });
  const september = new Calendar({
    meta: { fiscalPeriod: '2019-fy', releaseDate: '2019-11-15', fiscalYearEnd: '09-30' } as never,
    periods: [year('2019-fy', '2018-10-01', '2019-09-30'), year('2018-fy', '2017-10-01', '2018-09-30')],
  });
  const december = new Calendar({
    meta: { fiscalPeriod: '2024-fy', releaseDate: '2025-02-10', fiscalYearEnd: '12-31' } as never,
    periods: [year('2024-fy', '2024-01-01', '2024-12-31'), year('2023-fy', '2023-01-01', '2023-12-31')],
  });
  test.each([
    ['for the fiscal year ended 30 september 2018 , cash provided', september, [['fiscal year ended 30 september 2018', '2018-fy']]],
    ['For the fiscal year ended 30 September 2019, cash provided', september, [['fiscal year ended 30 September 2019', '2019-fy']]],
    ['For the fiscal year ended September 30, 2018, cash provided', september, [['fiscal year ended September 30, 2018', '2018-fy']]],
    ['net income for the year ended December 31, 2024 was', december, [['year ended December 31, 2024', '2024-fy']]],
    ['for the year ended December 31, 2023', december, [['year ended December 31, 2023', '2023-fy']]],
    // A year the release's periods do not end on names none of them (never the release's own year).
    ['for the fiscal year ended 30 september 2018', december, [['fiscal year ended 30 september 2018', null]]],
  ] as const)('%s', (text, calendar, expected) => {
    expect(read(text, calendar)).toEqual(expected);
  });
});

// Months named from first to last with the year, as Nordic releases head their quarter and their year: HKFoods'
// financial statements bulletin (unseen wire set s8, test/fixtures/claims/unseen/hkfoods-2024-q4) heads its bullets
// "October–December 2024" and "January–December 2024" and its title "1 January–31 December 2024".
describe('"October–December 2024": the months from the first named to the last, ending with the last', () => {
  const span = (id: string, start: string, end: string): Period => ({ id, kind: 'duration', start, end, label: id });
  const hkfoods = new Calendar({
    meta: { fiscalPeriod: '2024-q4', releaseDate: '2025-02-14', fiscalYearEnd: '12-31' } as never,
    periods: [
      span('2024-q4', '2024-10-01', '2024-12-31'),
      span('2023-q4', '2023-10-01', '2023-12-31'),
      span('2024-fy', '2024-01-01', '2024-12-31'),
      span('2023-fy', '2023-01-01', '2023-12-31'),
    ],
  });
  test.each([
    ['October–December 2024', [['October–December 2024', '2024-q4']]],
    ['January–December 2024', [['January–December 2024', '2024-fy']]],
    ['October–December 2023', [['October–December 2023', '2023-q4']]],
    ['HKFoods’ Financial Statements Bulletin 1 January–31 December 2024', [['1 January–31 December 2024', '2024-fy']]],
    ['July-September 2024', [['July-September 2024', null]]],
    // With no year the months name no period of their own (a sentence's "in October–December" speaks of its heading's).
    ['Cost levels remained high in October–December.', []],
  ] as const)('%s', (text, expected) => {
    expect(read(text, hkfoods)).toEqual(expected);
  });
});

// Ascendis Pharma's 4Q24 (tuned corpus, ../shared/corpus/asnd-2024-q4.md, release.txt:54): "Total revenue for the fourth
// quarter of 2024 was €173.9 million, compared to €137.7 million during the same period for 2023." Read as "the same
// period" alone, its period was the sentence's own (Q4 2024): the figure compared with would be judged against the
// current quarter (173.9), a false mismatch once euro amounts are claims. "for 2023" names the year, as "in 2023" does.
describe('"the same period for 2023" is that period in 2023', () => {
  test.each([
    ['compared to €137.7 million during the same period for 2023.', 'same period for 2023', '2009-q2'],
    ['compared to €137.7 million during the same period in 2023.', 'same period in 2023', '2009-q2'],
    ['compared to €137.7 million during the same period of 2023.', 'same period of 2023', '2009-q2'],
  ])('%s', (text, words, id) => {
    const [ph] = periodPhrases(text.replace('2023', '2009'));
    expect(ph.text.replace('2009', '2023')).toContain(words);
    expect(calendarYear.resolve(ph.spec, ph.text, '2010-q2').id).toBe(id);
  });
});

// "The comparable EBIT margin for the whole year was 2.8 (2.2) per cent" (HKFoods' financial statements bulletin,
// unseen wire set s8, test/fixtures/claims/unseen/hkfoods-2024-q4): "the whole year" is the release's fiscal year, as
// "the full year" is.
describe('the whole year is the fiscal year', () => {
  test.each([
    ['for the whole year was 2.8', 'whole year'],
    ['for the full year was 2.8', 'full year'],
    ['for the whole-year', 'whole-year'],
  ])('%s', (text, words) => {
    expect(periodPhrases(text).map((p) => [p.text, p.spec])).toEqual([[words, { type: 'year', year: null }]]);
  });
  test('"the whole of" names no period', () => {
    expect(periodPhrases('the whole of the group')).toEqual([]);
  });
});

// Duni's year-end report (tuned corpus, ../shared/corpus/duni-2024-q4.md) heads its quarter's bullets "October 1 -
// December 31" and its year's "January 1 – December 31", under "Year-End Report January 1 - December 31, 2024".
describe('months with their first and last days, with or without the year', () => {
  const span = (id: string, start: string, end: string): Period => ({ id, kind: 'duration', start, end, label: id });
  const periods = [span('2024-q4', '2024-10-01', '2024-12-31'), span('2023-q4', '2023-10-01', '2023-12-31'), span('2024-fy', '2024-01-01', '2024-12-31'), span('2023-fy', '2023-01-01', '2023-12-31')];
  const duni = new Calendar({ meta: { fiscalPeriod: '2024-q4', releaseDate: '2025-02-06' } as never, periods });
  test.each([
    ['October 1 - December 31', [['October 1 - December 31', '2024-q4']]],
    ['January 1 – December 31', [['January 1 – December 31', '2024-fy']]],
    ['Year-End Report January 1 - December 31, 2024', [['January 1 - December 31, 2024', '2024-fy']]],
    ['January 1 - December 31, 2023', [['January 1 - December 31, 2023', '2023-fy']]],
    // Not from a month's first day to a month's last: no span.
    ['October 15 - December 31', []],
    ['October 1 - December 15', []],
  ] as const)('%s', (text, expected) => {
    expect(read(text, duni)).toEqual(expected);
  });
  test('with no year, months that do not end where the release\'s period ends name none of its periods', () => {
    const q3 = new Calendar({ meta: { fiscalPeriod: '2024-q3', releaseDate: '2024-11-06' } as never, periods: [span('2024-q3', '2024-07-01', '2024-09-30'), ...periods] });
    expect(read('October 1 - December 31', q3)).toEqual([['October 1 - December 31', null]]);
  });
});
