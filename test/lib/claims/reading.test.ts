// How a sentence frames each of its numbers: the role, the words of the subject and the
// periods, one case per form releases use.
import { describe, expect, test } from 'vitest';
import { extractLine } from '../../../src/lib/claims/extract.ts';
import { readProse, type Reading } from '../../../src/lib/claims/reading.ts';
import { CLAIMABLE_KINDS } from '../../../src/lib/claims/extract.ts';

/** The readings of one paragraph, keyed by each number's text. */
function readings(text: string): Map<string, Reading> {
  const tokens = extractLine(1, text).filter((t) => CLAIMABLE_KINDS.includes(t.kind));
  return new Map(readProse([{ line: 1, text, kind: 'paragraph' }], tokens).map((r) => [r.token.text, r]));
}
const words = (ws: { text: string }[]) => ws.map((w) => w.text).join(' ');

describe('the role a number plays', () => {
  test.each([
    ['Revenue of $60.5 million compared with', '$60.5 million', 'figure'],
    ['segment margin of 48.3 percent, up 510 basis points', '48.3 percent', 'figure'],
    ['segment margin of 48.3 percent, up 510 basis points', '510 basis points', 'change'],
    ['Adjusted EBITDA of $9.9 million, up 46.5 percent year-over-year', '46.5 percent', 'change'],
    ['revenue declined 3 percent year-over-year and 7 percent sequentially', '7 percent', 'change'],
    ['a decrease of 9 percent compared with the second quarter of 2009', '9 percent', 'change'],
    ['46.5 percent higher than the second quarter of 2009', '46.5 percent', 'change'],
    ['and flat relative to the first quarter of 2010', 'flat', 'change'],
    ['$11.4 million, or 36.6 percent of Data center services revenue', '36.6 percent', 'ratio'],
    ['Gross margin increased to 45 percent', '45 percent', 'figure'],
    // The level a change starts from (Apple, July 14, 2004, ../shared/unseen-edgar/aapl-fy2004-q3.txt): a figure of the prior period.
    ['Gross margin was 27.8 percent, up from 27.7 percent in the year-ago quarter.', '27.8 percent', 'figure'],
    ['Gross margin was 27.8 percent, up from 27.7 percent in the year-ago quarter.', '27.7 percent', 'figure'],
    ['Operating margin declined to 9 percent from 11 percent a year ago.', '11 percent', 'figure'],
    ['selling capacity by 24 percent.', '24 percent', 'change'],
    // Two levels compared (Motorcar Parts of America, August 2026): each a figure of its period.
    ['Gross margin for the same period was 16.2 percent compared with 18.0 percent a year ago.', '16.2 percent', 'figure'],
    ['Gross margin for the same period was 16.2 percent compared with 18.0 percent a year ago.', '18.0 percent', 'figure'],
    ['Operating margin was 12.5% versus 11.0% in the prior year.', '12.5%', 'figure'],
    ['Operating margin was 12.5% versus 11.0% in the prior year.', '11.0%', 'figure'],
    ['The effective tax rate was 21 percent, compared to 24 percent last year.', '24 percent', 'figure'],
    // A direction before the first makes both changes.
    ['Revenue grew 12 percent compared with 8 percent a year ago.', '12 percent', 'change'],
    ['Revenue grew 12 percent compared with 8 percent a year ago.', '8 percent', 'change'],
    // A percentage compared with an amount or a period is still a change.
    ['Revenue was up 12 percent compared with the second quarter of 2009.', '12 percent', 'change'],
    // A line that reduced itself by an amount (Caribbean Assurance Brokers, Q3 2023, ../shared/unseen-md-s16/cab-2023-q3.md
    // md 88): the change, 863,232 - 484,074; read as the quarter's finance costs it was a false mismatch.
    ['For the three months ended 30 September 2023, Finance Costs reduced by $379,158 (44%), mainly due to the reduction in interest.', '$379,158', 'change'],
    // In the passive the amount is an item's effect on the line, not its change (Oracle, Q4 fiscal 2014, corpus-extra).
    ['In Q4, both GAAP and non-GAAP earnings per share were lowered by $0.02 due to a non-operating loss.', '$0.02', 'figure'],
    // The change noun five words back, its comparison between (HanesBrands, 4Q24, ../shared/corpus/hbi-2024-q4.md).
    ['Gross Profit was $390 million, an increase over prior year of 14%.', '14%', 'change'],
    ['Revenue was $1.2 billion, growth over the prior year period of 12%.', '12%', 'change'],
    ['Gross margin was 44% of net sales, or 14% of the prior year.', '14%', 'figure'],
  ])('%s: %s is a %s', (text, number, role) => expect(readings(text).get(number)?.role).toBe(role));
});

describe('the words of the subject', () => {
  test('an aside set off by ", which …," names nothing', () => {
    const r = readings('Normalized net income, which excludes stock-based compensation expense, was $1.4 million.').get('$1.4 million')!;
    expect(words(r.before)).toBe('Normalized net income was');
  });

  test('a subject after the number: "$20.4 million in capital lease obligations", "the $1.35 billion Arm acquisition termination charge"', () => {
    expect(words(readings('including $20.4 million in capital lease obligations.').get('$20.4 million')!.after)).toBe('capital lease obligations');
    expect(words(readings('related to the $1.35 billion Arm acquisition termination charge.').get('$1.35 billion')!.after)).toBe('Arm acquisition termination charge');
    expect(readings('$64.4 million in the second quarter of 2009').get('$64.4 million')!.after).toEqual([]);
  });

  test('a difference named by its two terms names neither: "the excess of current assets over current liabilities"', () => {
    // Fosrich, 3Q23 (../shared/unseen-md-s16/fosrich-2023-q3.md, page 2): its net current assets, with the prior year's in parentheses.
    const text = 'At balance sheet date the excess of current assets over current liabilities amounted to $1,861 million (31 December 2022 - $1,235 million), with an improvement in the ratio to 2.52:1.';
    for (const figure of ['$1,861 million', '$1,235 million']) expect(words(readings(text).get(figure)!.before)).not.toMatch(/current|liabilities|assets/);
  });

  test('the base of a ratio', () => {
    expect(words(readings('$11.4 million, or 36.6 percent of Data center services revenue.').get('36.6 percent')!.base)).toBe('Data center services revenue');
  });
});

describe('the periods a number is about', () => {
  const period = (r: Reading | undefined) => r?.period && [r.period.words, r.period.how];

  test('named after the figure, or shared with the figures joined to it', () => {
    const r = readings(
      'GAAP net loss was $(1.3) million, or $(0.03) per share, compared with GAAP net loss of $(60.6) million, or $(1.22) per share, in the second quarter of 2009.',
    );
    expect(period(r.get('$(1.3) million'))).toBeNull();
    expect(period(r.get('$(60.6) million'))).toEqual(['second quarter of 2009', 'shared']);
    expect(period(r.get('$(1.22) per share'))).toEqual(['second quarter of 2009', 'named']);
  });

  test.each([
    // Bioceres, 2Q FY2025 (../shared/unseen-wire/biox-fy2025-q2.md, measured unseen): the clause's first figure, right after
    // "from", is of the period compared with; read as the half's own, it was a false mismatch (38% against 41%).
    ['Similarly, first-half gross margin increased from 38% to 41%, as core product families increased contribution to the product mix.', '38%', true],
    ['Similarly, first-half gross margin increased from 38% to 41%, as core product families increased contribution to the product mix.', '41%', false],
    ['Operating margin declined to 9 percent from 11 percent a year ago.', '9 percent', false],
  ])('the level a change starts from is compared with, never the clause\'s own period: %s (%s)', (text, figure, compared) => {
    const r = readings(text).get(figure);
    expect(r?.compared).toBe(compared);
    if (compared) expect(r?.period).toBeNull();
  });

  test('a period before "compared to" is the statement\'s before it, not the figure compared with (Imperial Petroleum, 2025-02-13)', () => {
    const r = readings(
      'Adjusted Net Income was $55.1 million corresponding to an Adjusted EPS, basic of $1.70 for the twelve months ended December 31, 2024 compared to adjusted net income of $74.4 million, corresponding to an Adjusted EPS, basic of $3.39 for the same period of last year.',
    );
    expect(period(r.get('$1.70'))).toEqual(['twelve months ended December 31, 2024', 'named']);
    expect(period(r.get('$74.4 million'))).not.toEqual(['twelve months ended December 31, 2024', 'named']);
    expect(r.get('$74.4 million')?.compared).toBe(true);
  });

  test('a parenthetical figure joins its statement: "$51.8 million, or $1.05 per share ($1.04 per share on a diluted basis) for the third quarter of fiscal 2023"', () => {
    const r = readings(
      'Net income for the third quarter of fiscal 2024 was $44.2 million, compared with net income of $51.8 million, or $1.05 per share ($1.04 per share on a diluted basis) for the third quarter of fiscal 2023.',
    );
    expect(period(r.get('$44.2 million'))).toEqual(['third quarter of fiscal 2024', 'topic']);
    expect(period(r.get('$51.8 million'))).toEqual(['third quarter of fiscal 2023', 'shared']);
    expect(period(r.get('$1.04 per share'))).toEqual(['third quarter of fiscal 2023', 'named']);
    expect(words(r.get('$1.04 per share')!.tail)).toBe('on a diluted basis');
  });

  test('a table\'s caption naming a span is the topic of the text under the table: "the current period" and "the last year period" under "… – six-month periods" (NanoXplore, 2Q FY25)', () => {
    const caption = 'B. Results of operations variance analysis – six-month periods';
    const text = 'Other income increased from $732,913 in the last year period to $822,284 in the current period.';
    const tokens = extractLine(2, text).filter((t) => CLAIMABLE_KINDS.includes(t.kind));
    const read = (kind: 'caption' | 'paragraph') => new Map(readProse([{ line: 1, text: caption, kind }, { line: 2, text, kind: 'paragraph' }], tokens).map((r) => [r.token.text, r]));
    const under = read('caption');
    expect(period(under.get('$822,284'))).toEqual(['six-month', 'topic']);
    expect(period(under.get('$732,913'))).toEqual(['the last year period', 'named']);
    expect(under.get('$732,913')!.relativeTo?.words).toBe('six-month');
    // A paragraph that names the span sets no topic: it is a sentence, not what heads the text below it.
    expect(period(read('paragraph').get('$822,284'))).toBeNull();
  });

  // Danaos, 4Q24 (corpus-extra/dac-2024-q4.md, printed twice, with and without the comma): read without the closing
  // date, $410.5 million took the previous sentence's "As of December 31, 2024" and was set against that day's net debt.
  test.each([
    ['These balances compare to debt of $410.5 million, which included $262.8 million principal amount of our Senior Notes, as of December 31, 2023.'],
    ['These balances compare to debt of $410.5 million, which included $262.8 million principal amount of our Senior Notes as of December 31, 2023.'],
  ])('a period closing the clause past a relative clause after the figure is the figure\'s: %s', (text) => {
    const r = readings(`As of December 31, 2024, our outstanding debt was $744.5 million. ${text}`);
    expect(period(r.get('$744.5 million'))?.[0]).toBe('December 31, 2024');
    expect(period(r.get('$410.5 million'))).toEqual(['December 31, 2023', 'named']);
  });

  test('…but not one past a comparison or another figure after the aside', () => {
    const r = readings('For fiscal 2024, revenue was $5.0 million, which included $1.0 million from acquisitions, compared to $4.0 million in 2023.');
    expect(period(r.get('$5.0 million'))).toEqual(['fiscal 2024', 'topic']);
  });

  test('a compared figure that names no period is not the sentence\'s', () => {
    const r = readings('For fiscal 2023, revenue was $26.97 billion compared with $26.91 billion.');
    expect(period(r.get('$26.97 billion'))).toEqual(['fiscal 2023', 'topic']);
    expect(r.get('$26.91 billion')).toMatchObject({ period: null, compared: true });
  });

  test('a change compares the statement\'s period with the one its words name', () => {
    const r = readings('Adjusted EBITDA totaled $9.9 million in the second quarter, 46.5 percent higher than the second quarter of 2009 and flat relative to the first quarter of 2010.');
    expect(period(r.get('46.5 percent'))).toEqual(['second quarter', 'named']);
    expect(r.get('46.5 percent')!.prior?.words).toBe('second quarter of 2009');
    expect(r.get('flat')!.prior?.words).toBe('first quarter of 2010');
  });

  test('a clause after a semicolon that opens with a period of its own is about it: "Fourth quarter net income of $1.21 …; full year net income of $2.39 …" (United Fire, 4Q24)', () => {
    const r = readings(
      'Fourth quarter net income of $1.21 per diluted share and adjusted operating income of $1.25 per diluted share; full year net income of $2.39 per diluted share and adjusted operating income of $2.56 per diluted share',
    );
    expect(period(r.get('$1.21 per diluted share'))).toEqual(['Fourth quarter', 'topic']);
    expect(period(r.get('$1.25 per diluted share'))).toEqual(['Fourth quarter', 'topic']);
    expect(period(r.get('$2.39 per diluted share'))).toEqual(['full year', 'topic']);
    expect(period(r.get('$2.56 per diluted share'))).toEqual(['full year', 'topic']);
  });

  test('a clause after a semicolon that names no period keeps the sentence\'s', () => {
    const r = readings('For fiscal 2023, revenue was $26.97 billion; gross profit was $15.36 billion.');
    expect(period(r.get('$15.36 billion'))).toEqual(['fiscal 2023', 'topic']);
  });

  test('"the same period" is the one named last', () => {
    const r = readings('Cash generated from operations for the six months ended June 30, 2010 was $23.6 million. Capital expenditures over the same period were $28.5 million.');
    expect(period(r.get('$28.5 million'))).toEqual(['six months ended June 30, 2010', 'same']);
  });

  test('an outlook is forward-looking', () => {
    expect(readings('Revenue is expected to be $6.00 billion, plus or minus 2%.').get('$6.00 billion')!.forward).toBe(true);
    expect(readings('Revenue was $6.05 billion.').get('$6.05 billion')!.forward).toBe(false);
  });
});

describe('a change compared with a quarter a year back is of that quarter this year', () => {
  // Krispy Kreme, 2Q26 (unseen set s31): "… compared to the prior year second quarter" names the quarter compared with, so
  // the change and the level it reaches are of the second quarter this year; with no period at all, a release printing
  // quarters and half-years left them unaccusable.
  test.each([
    // [sentence, figure, its period's words (null: none), the comparison's words]
    ['Adjusted EBITDA increased 43.2% to $28.8 million compared to the prior year second quarter.', '43.2%', 'the quarter compared with the prior year second quarter', 'the prior year second quarter'],
    ['Adjusted EBITDA increased 43.2% to $28.8 million compared to the prior year second quarter.', '$28.8 million', 'the quarter compared with the prior year second quarter', null],
    ['Net revenue decreased 11.6% to $117.3 million compared with the third quarter of last year.', '11.6%', 'the quarter compared with third quarter of last year', 'third quarter of last year'],
    // A quarter a year back named by no number: the quarter ending with the release's period (MGM Resorts, 4Q22, set
    // s27; James River, 1Q20, set s14).
    ['Consolidated net revenues of $3.6 billion, an increase of 18% compared to the prior year quarter.', '18%', 'the quarter compared with the prior year quarter', 'the prior year quarter'],
    ['Net investment income was $20.8 million, an increase of 7% from the prior year quarter.', '7%', 'the quarter compared with the prior year quarter', 'the prior year quarter'],
    ['Drainage backlogs increased 5% compared to the same quarter last year.', '5%', 'the quarter compared with the same quarter last year', 'the same quarter last year'],
    // A comparison with the quarter before, or with a period named with its year, says nothing of the change's own.
    ['Revenue increased 4.0% to $90.1 million compared to the first quarter of 2026.', '4.0%', null, 'first quarter of 2026'],
    ['Revenue increased 4.0% to $90.1 million compared to the prior year period.', '4.0%', null, 'the prior year period'],
    ['Revenue increased 4.0% to $90.1 million year-over-year.', '4.0%', null, null],
    ['Revenue increased 4.0% to $90.1 million compared to the prior quarter.', '4.0%', null, 'the prior quarter'],
  ])('%s (%s)', (text, figure, own, prior) => {
    const r = readings(text).get(figure);
    expect(r?.period?.words ?? null).toBe(own);
    if (prior) expect(r?.prior?.words).toBe(prior);
    if (own) expect(r?.period?.how).toMatch(/^(?:named|shared)$/);
  });
});

describe('letters printed against "$" name its dollar, no word of the subject', () => {
  test.each([
    ['Diluted earnings per share were NT$2.07, compared to NT$2.13 for 4Q23', '$2.13', 'Diluted earnings per share were compared to'],
    ['Net revenues were C$1,200 million', '$1,200 million', 'Net revenues were'],
  ])('%s: the words before %s', (text, figure, before) => {
    expect(words(readings(text).get(figure)!.before)).toBe(before);
  });
});

// A clause opening with a list of periods whose figures nothing pairs with them (PennantPark Investment, 1Q FY2025, set
// s28, release.txt:81): which figure is of which period the words do not say, so each is marked unpaired; the same
// figures closed by "respectively", a clause of one period, and a figure compared with another keep their reading.
describe('figures under a list of periods that nothing pairs with them', () => {
  const SENTENCE = 'For the three months ended December 31, 2024 and 2023, net investment income totaled $13.0 million, or $0.20 per share and $15.7 million, or $0.24 per share.';
  test.each([
    ['as printed', SENTENCE, '$0.24 per share', true],
    ['as printed, the first figure too', SENTENCE, '$13.0 million', true],
    ['one period only', SENTENCE.replace(' and 2023', ''), '$0.24 per share', false],
    // Plains All American, 4Q24 (set s21): two lists each closed by "respectively" pair with the periods listed.
    ['lists closed by "respectively"', 'Fourth-quarter and full-year 2024 Net income attributable to PAA of $36 million and $772 million, respectively, and 2024 Net cash provided by operating activities of $726 million and $2.49 billion, respectively', '$726 million', false],
    ['a figure and the one it is compared with', 'For the three months ended December 31, 2024 and 2023, net investment income was $13.0 million compared with $15.7 million.', '$13.0 million', false],
  ] as const)('%s: %s', (_, text, figure, unpaired) => {
    const r = readings(text).get(figure)!;
    expect(r).toBeDefined();
    expect(r.periodsUnpaired !== undefined).toBe(unpaired);
  });
});

// A subject listed for "respectively" with no basis, set against one that names a basis ("Gross Profit and Adjusted Gross
// Profit were $390 million and $392 million", HanesBrands 4Q24): the plain one is the tables' own. A list where none or
// every subject names a basis sets nothing.
describe('a plain subject set against an adjusted one', () => {
  test.each([
    ['Gross Profit and Adjusted Gross Profit were $390 million and $392 million, respectively.', '$390 million', true],
    ['Gross Profit and Adjusted Gross Profit were $390 million and $392 million, respectively.', '$392 million', false],
    ['Revenue and net income were $1.2 billion and $160.0 million, respectively.', '$1.2 billion', false],
    ['Adjusted gross profit and adjusted EBITDA were $392 million and $150 million, respectively.', '$392 million', false],
    ['Non-GAAP gross profit and operating income were $392 million and $150 million, respectively.', '$150 million', false],
    // The basis opens a list of two measures (Kornit, 4Q24, ../shared/corpus/krnt-2024-q4.md): both are non-GAAP.
    ['Non-GAAP net income was $10.1 million, or non-GAAP basic and diluted net income per share was $0.21 and $0.20, respectively.', '$0.20', false],
    ['Gross profit and adjusted operating income were $390 million and $150 million, respectively.', '$390 million', false],
  ] as const)('%s: %s', (text, figure, plain) => {
    expect(readings(text).get(figure)!.plainAgainstBasis === true).toBe(plain);
  });
});
