// Readings of the unseen set s15 (../shared/unseen-edgar-s15, review test/fixtures/corpus-review/unseen/edgar-s15.md;
// excerpts in test/fixtures/checks/corpus/README.md) that made false mismatches:
// - C: a table titled by a part the release prints as a column beside the company's figures (Hasbro's "eOne - FY2019
//   RESULTS OF OPERATIONS", the acquired company's quarters before the acquisition, beside the pro forma
//   reconciliation's column "eOne (under U.S. GAAP)"), every line of it differing from the company's statement in
//   every period both print: a tie against it on the labels alone is unverifiable, saying why.
// - B: a change column qualified by currency, in its header ("Increase / (Decrease) Currency-neutral", Mastercard) or by
//   the note its mark points to ("Restated*", "* 2020 actual compared with 2019 translated at 2020 exchange rates",
//   Tupperware), is a change of figures the table does not print: unverifiable, never the printed figures' growth.
// - F: a column "As of and for the four quarters ended March 28, 2020" is the twelve months to then, not the quarter:
//   Tupperware's trailing net loss (32.3) is not tied to the quarter's (7.8).
// - G: a ratio written out ("Consolidated total debt", "Divided by adjusted EBITDA", "Debt to Adjusted EBITDA Ratio",
//   Tupperware): the divisor repeats a total, and is no result reconciled from it.
// - H: "Delivery, sales and administrative expense" is an expense ("sales" qualifies it), so Tupperware's operating
//   income is the gross margin less its costs plus "Loss on disposal of assets" as printed, (0.1) and (0.9): exact in
//   both quarters, where the cost was read as an income and a reading that fits one quarter only was kept.
// - E: Antero's reconciliation to Adjusted Net Income adds back 6,426 of equity-based compensation for Q1 2019, its
//   operating data print 8,903: "The non-GAAP results described herein reflect the applicable results as if the
//   simplification transaction had occurred at the beginning of the applicable period" (the partnership's 2,477 left
//   out). A tie of a non-GAAP reconciliation's line, in a release that says so, is unverifiable, quoting the sentence.
// Each case: the reading now made, and the same figures printed wrong beyond rounding still a mismatch.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const HAS = 'has-2020-q1-eone';
const TUP = 'tup-2020-q1-restated';
const MA = 'ma-2020-q1-currency-neutral';
const TUP_GROWTH = (row: string, column = '') => `growth/tupperware-brands-corporation-statements-of-income-2/${row}/2020-q1-vs-2019-q1${column}`;
const MA_GROWTH = (row: string, column = '') => `growth/quarterly-results-first-quarter-operating-results/${row}/2020-q1-vs-2019-q1${column}`;
const EONE_LINES = [
  'revenue',
  'cost-of-revenue',
  'program-production-cost-amortization',
  'royalties',
  'advertising',
  'amortization-of-intangibles',
  'selling-distribution-and-administration',
  'operating-income',
  'interest-expense',
  'income-before-taxes',
  'income-tax',
  'net-income',
  'net-income-attributable',
];

describe('C: an acquired company\'s statement is not tied to the company\'s on labels alone', () => {
  test.each(EONE_LINES)('HAS: tie/%s/2019-q1 is unverifiable, naming the part', (line) => {
    const c = excerpt(HAS).check(`tie/${line}/2019-q1`);
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).toContain('titled by "eone", a part the release prints as a column');
  });

  test('HAS: no mismatch', () => {
    expect(excerpt(HAS).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test.each([
    // The title naming no part: the table may be the company's, and the tie on labels is kept.
    ['eOne - FY2019 RESULTS OF OPERATIONS', 'FY2019 RESULTS OF OPERATIONS'],
    // One line agreeing with the statement's (eOne's interest expense printed as Hasbro's 22,314): not every line differs.
    ['Interest Expense\t12,563\t12,208', 'Interest Expense\t22,314\t12,208'],
  ])('HAS: %s printed %s keeps the tie of revenues a mismatch', (from, to) => {
    expect(excerpt(HAS, [[from, to]]).check('tie/revenue/2019-q1').verdict).toBe('mismatch');
  });
});

describe('B: a change column qualified by currency is not the growth of the printed figures', () => {
  test.each([
    // [excerpt, check, words of its explanation]
    ...['net-sales--europe', 'net-sales--asia-pacific', 'net-sales--north-america', 'net-sales--south-america', 'segment-profit-loss--europe', 'segment-profit-loss--asia-pacific', 'segment-profit-loss--north-america', 'segment-profit-loss--south-america'].map(
      (row) => [TUP, TUP_GROWTH(row, '.restated-percent-inc-dec'), 'its note: "2020 actual compared with 2019 translated at 2020 exchange rates"'] as const,
    ),
    ...['net-revenue', 'operating-expenses', 'operating-income', 'net-income', 'diluted-eps'].map((row) => [MA, MA_GROWTH(row, '.currency-neutral'), 'a change on a currency-neutral basis'] as const),
  ])('%s: %s is unverifiable', (id, check, words) => {
    const c = excerpt(id).check(check);
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).toContain(words);
  });

  // The subtotals' restated changes are read from their lines' (checks/basis-footings.ts): amounts at one rate add up as
  // the printed ones do, so a total changes as its lines do, weighted by their amounts. Net sales: (138.6 × 81 + 156.1 ×
  // 80 + 119.6 × 89 + 73.0 × 81) ÷ 487.3 − 100 = −17.35, printed (17); segment profit −57.28, printed (57).
  test.each(['net-sales--subtotal', 'segment-profit-loss--subtotal'])('TUP: %s\'s restated change follows from its lines\' within rounding', (row) => {
    const c = excerpt(TUP).check(TUP_GROWTH(row, '.restated-percent-inc-dec'));
    expect(c.verdict).toBe('rounding');
    expect(c.explanation).toContain('changes as its lines do, weighted by their');
  });

  // Two totals: one failing against one holding bears no reading out, so the failing one is not accused.
  test('TUP: a region\'s restated change altered leaves its subtotal\'s no longer within rounding, and not accused (Europe (19)% printed (9)%)', () => {
    const e = excerpt(TUP, [['(19)', '(9)']]);
    const c = e.check(TUP_GROWTH('net-sales--subtotal', '.restated-percent-inc-dec'));
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).toContain('Not accused');
  });

  test('TUP: the reported change beside it is still checked; its one real mismatch (61% against 60.4997% at most) stays', () => {
    const e = excerpt(TUP);
    expect(e.check(TUP_GROWTH('net-sales--europe')).verdict).toBe('rounding');
    expect(e.check(TUP_GROWTH('segment-profit-loss--subtotal')).verdict).toBe('mismatch');
  });

  test('MA: the reported change beside it is still checked', () => {
    expect(excerpt(MA).check(MA_GROWTH('diluted-eps')).verdict).toBe('rounding');
  });
});

describe('F: a column of the four quarters ended a day is twelve months', () => {
  test('TUP: the covenant table is dated 2020-12m-to-03 and its net loss is tied to no quarter', () => {
    const e = excerpt(TUP);
    const table = e.release.tables.find((t) => t.id === 'tupperware-brands-corporation-adjusted-ebitda-and')!;
    expect(table.columns.map((c) => c.period)).toEqual(['2020-12m-to-03']);
    expect(e.check('tie/net-income/2020-q1').explanation).not.toContain('32.3');
  });
});

describe('G: a ratio written out is no footing', () => {
  test('TUP: "Divided by adjusted EBITDA" 184.8, the divisor of debt 991.5, is not footed as a total of the lines above it', () => {
    const e = excerpt(TUP);
    expect(e.checks.filter((c) => c.id.includes('divided-by')).map((c) => c.id)).toEqual([]);
    expect(e.check('footing/tupperware-brands-corporation-adjusted-ebitda-and/total-adjusted-ebitda/2020-12m-to-03').verdict).toBe('exact');
  });
});

describe('H: an expense whose words name sales is taken away, and a "Loss on …" printed in parentheses added as printed', () => {
  test.each(['2020-q1', '2019-q1'])('TUP: operating income (loss) foots exactly in %s', (period) => {
    const c = excerpt(TUP).check(`footing/tupperware-brands-corporation-statements-of-income/operating-income-loss/${period}`);
    expect(c.verdict).toBe('exact');
    expect(c.explanation).toContain("less 'Delivery, sales and administrative expense'");
  });

  test('TUP: the excerpt\'s one mismatch is the real one, the reported decline of segment profit (61)', () => {
    expect(excerpt(TUP).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([TUP_GROWTH('segment-profit-loss--subtotal')]);
  });
});

describe('E: a non-GAAP reconciliation stated as if a transaction had happened at the period\'s start is of another scope', () => {
  const AR_PF = 'ar-2020-q1-pro-forma';
  const SENTENCE = 'The non-GAAP results described herein reflect the applicable results as if the simplification transaction had occurred at the beginning of the applicable period, unless otherwise noted.';
  test.each([
    // [the sentence printed instead, the verdict of the tie 6,426 (adjusted net income) against 8,903 (operating data)]
    [SENTENCE, 'unverifiable'],
    ['Adjusted EBITDAX and Adjusted Net Income are presented as if the merger had been completed on January 1, 2019.', 'unverifiable'],
    ['Pro forma results are presented as if the acquisition had taken place at the beginning of each period.', 'unverifiable'],
    // No scope of the non-GAAP results stated: the labels make the places one line, and the difference is an accusation.
    ['The non-GAAP results described herein are unaudited.', 'mismatch'],
    ['The GAAP results would differ as if nothing had occurred.', 'mismatch'],
  ])('AR: %s → %s', (sentence, verdict) => {
    const c = excerpt(AR_PF, [[SENTENCE, sentence]]).check('tie/equity-based-compensation/2019-q1');
    expect(c.verdict).toBe(verdict);
    if (verdict === 'unverifiable') expect(c.explanation).toContain(`the release says of them: "${sentence}"`);
  });

  test('AR: the other lines printed in both tables still tie', () => {
    expect(excerpt(AR_PF).check('tie/impairment-of-oil-and-gas-properties/2019-q1').verdict).toBe('exact');
  });
});

describe('a figure of the s15 set altered beyond rounding is still a mismatch', () => {
  test.each([
    // C: eOne's own statement and Hasbro's, each printed wrong: their own sums catch them.
    [HAS, 'Cost of Sales\t14,141\t17,053', 'Cost of Sales\t15,141\t17,053', 'footing/supplemental-financial-data-eone-fy2019/operating-profit-loss/2019-q1'],
    [HAS, 'Cost of Sales\t262,694\t23.8%\t259,987', 'Cost of Sales\t262,694\t23.8%\t269,987', 'footing/statements-of-operations/operating-loss-profit/2019-q1'],
    // B: the reported change beside the qualified one printed wrong.
    [TUP, '$ 105.7\t$ 138.6\t(24)\t(19)', '$ 105.7\t$ 138.6\t(34)\t(19)', TUP_GROWTH('net-sales--europe')],
    [MA, 'Diluted EPS\t$1.68\t$1.80\t(7)%\t(5)%', 'Diluted EPS\t$1.68\t$1.80\t(9)%\t(5)%', MA_GROWTH('diluted-eps')],
    // H: the loss on disposal, or the expense, printed wrong in Q1 2019.
    [TUP, 'Loss on disposal of assets\t(0.1)\t(0.9)\n', 'Loss on disposal of assets\t(0.1)\t(1.9)\n', 'footing/tupperware-brands-corporation-statements-of-income/operating-income-loss/2019-q1'],
    [TUP, 'Delivery, sales and administrative expense\t242.9\t262.7', 'Delivery, sales and administrative expense\t242.9\t263.7', 'footing/tupperware-brands-corporation-statements-of-income/operating-income-loss/2019-q1'],
  ] as const)('%s: %s printed %s makes %s a mismatch', (id, from, to, check) => {
    alteredIsMismatch(id, from, to, check);
  });
});
