// A total whose lines the layout leaves open, borne out by the figures of its other columns
// (src/lib/checks/structure.ts, bornOut), on tables excerpted from real releases
// (test/fixtures/checks/readings/): as printed, each total is read and ties; with one figure altered
// beyond rounding, as the corpus's planted errors alter them (scripts/corpus/plant.ts), the relation
// is kept and that column is a mismatch, corroborated by the others, instead of the relation being
// given up. A total no column bears out stays unread.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { footingsOfText } from './no-model.ts';
import type { Check, ReleaseMeta } from '../../../src/lib/types.ts';

const excerpt = (file: string) => `Results\n\n${readFileSync(`test/fixtures/checks/readings/${file}.txt`, 'utf8')}\n`;
type Meta = Partial<ReleaseMeta>;
const footings = footingsOfText;
/** `<row>/<column>` of a check. */
const where = (c: Check) => c.id.split('/').slice(2).join('/');
/** The text with one figure altered on the line that starts with `label`. */
const altered = (text: string, label: string, before: string, after: string) =>
  text
    .split('\n')
    .map((line) => (line.startsWith(label) ? line.replace(before, after) : line))
    .join('\n');

const ASFI: Meta = { fiscalPeriod: '2005-q4', fiscalYearEnd: '09-30', releaseDate: '2005-12-13', scale: 0 };
const ARKR: Meta = { fiscalPeriod: '2025-q1', fiscalYearEnd: '09-28', releaseDate: '2025-02-12', scale: 0 };
const Q4: Meta = { fiscalPeriod: '2024-q4' };
const PCG: Meta = { fiscalPeriod: '2024-q4', scale: 6 };
const LR: Meta = { fiscalPeriod: '2024-fy', currency: 'EUR', scale: 6 };
const MA: Meta = { fiscalPeriod: '2020-q1', releaseDate: '2020-04-29', scale: 0 };
const HAS: Meta = { fiscalPeriod: '2020-q1', releaseDate: '2020-04-21' };

// [what the layout leaves open, excerpt, meta, [line, printed, altered] (a planted error of the corpus), the mismatch it makes]
const CASES: [string, string, Meta, [string, string, string], string][] = [
  ['"Total expenses" outside any section, over the lines after revenue (Asta Funding; four columns)', 'asfi-fy2005-q4-operations', ASFI,
    ['General and administrative expenses', '3,260,000', '9,260,000'], 'total-expenses/2004-q4'],
  ['"Total stock-based compensation-related charges" over a footnote\'s five lines (Confluent; four columns)', 'cflt-2024-q4-stock-compensation', Q4,
    ['Cost of revenue - subscription', '26,487', '26,987'], 'total-stock-based-compensation-related-charges/2023-fy'],
  ['an underlined figure no label calls a total, in a statement of two columns (Ark Restaurants\' net income attributable)', 'arkr-fy2025-q1-income', ARKR,
    ['Net income attributable to non-controlling interests', '(226)', '(826)'], 'net-income-attributable-to-ark-restaurants-corp/2024-q1'],
  ['a bare "Total" over every line of a table of two periods (Chimera\'s borrowings by maturity)', 'cim-2024-q4-borrowings', Q4,
    ['60 to 89 days', '305,426', '315,426'], 'total/2023-12-31.principal'],
  ['an unlabelled line over every line above it, a quarter and a year (PG&E\'s investigation remedies)', 'pcg-2024-q4-investigation-remedies', PCG,
    ['Paradise restoration and rebuild', '1', '5'], 'investigation-remedies/2024-fy'],
  ['an unlabelled line over every line above it, a quarter and a year (PG&E\'s wildfire-related costs)', 'pcg-2024-q4-wildfire-costs', PCG,
    ['2019 Kincade fire-related costs', '\t7', '\t2'], 'wildfire-related-costs-net-of-recoveries/2024-fy'],
  ['an unlabelled line over an unlabelled subtotal and the line after it, the whole table above it, a quarter and a year (PG&E\'s "Investigation remedies (post-tax)")', 'pcg-2024-q4-investigation-remedies', PCG,
    ['Investigation remedies (post-tax)', '$ 55', '$ 85'], 'investigation-remedies-post-tax/2024-fy'],
  ['the last line of a calculation over every line above it, two years (Legrand\'s working capital requirement)', 'lr-2024-fy-working-capital', LR,
    ['Trade payables', '(963.6)', '(973.6)'], 'working-capital-required/2024-fy'],
  ['a result over every line from the measure it starts from, two quarters (Slate Grocery\'s AFFO from NOI)', 'sgr-2024-q4-affo', Q4,
    ['Adjustments for joint venture investments', '(2,892)', '(2,882)'], 'affo/2024-q4'],
  ['a line the reconciliation\'s title names as its result, though its label names no non-GAAP measure (Nabors\' "Net Debt" in a reconciliation of net debt to total debt)', 'nbr-2024-q4-net-debt', Q4,
    ['Net Debt', '2,043,968', '2,043,908'], 'net-debt/2024-09-30'],
  ['a run of three lines amid a table, summing exactly in two other columns (First Quantum\'s net realized copper price)', 'fm-2024-q4-realized-prices', Q4,
    ['Freight charges (per lb)', '($0.05)', '($6.05)'], 'net-realized-copper-price1-per-lb/2024-q4.quarterly'],
  ['a line over two lines in columns of other measures that add in the same rows, two at least summing exactly (Mastercard\'s gross dollar volume, purchases, transactions and cards by region)', 'ma-2020-q1-operating-performance', MA,
    ['    Worldwide\t<u>755</u>', '<u>755</u>', '<u>855</u>'], 'mastercard-credit-and-charge-programs--worldwide/2020-q1.gdv'],
  ['an underlined figure no label calls a total, over every line above it, a column borne out by the same measure in a pro forma column a year earlier (Hasbro\'s post-tax adjustments, 1Q20)', 'has-2020-q1-adjustments', HAS,
    ['Acquisition-Related Expenses (1)', '127,450', '427,450'], 'subtotal/2020-q1.post-tax-adjustments'],
];

describe('a total the figures of its other columns bear out: one column altered is a mismatch there', () => {
  test.each(CASES)('%s', (_what, file, meta, [label, before, after], mismatch) => {
    const text = excerpt(file);
    const printed = footings(text, meta);
    expect(printed.filter((c) => c.verdict === 'mismatch' || c.verdict === 'unverifiable').map(where)).toEqual([]);
    const row = mismatch.split('/')[0];
    expect(printed.filter((c) => where(c).startsWith(`${row}/`)).length).toBeGreaterThanOrEqual(2);
    const planted = altered(text, label, before, after);
    expect(planted).not.toBe(text);
    const checks = footings(planted, meta);
    const mismatches = checks.filter((c) => c.verdict === 'mismatch');
    expect(mismatches.map(where)).toEqual([mismatch]);
    expect(mismatches[0].explanation).toContain('so this column is a mismatch');
  });
});

describe('a total no other column bears out is not accused', () => {
  // The shares roll forward ("Nonvested at January 1, 2018" = 98 + 132 − 43 − 19); their weighted-average fair value,
  // read in money, does not add up, and a column of another measure bears out nothing.
  test('a column of another measure: shares rolled forward beside their weighted-average grant date fair value (an annual report\'s RSU activity, TAT-QA)', () => {
    const checks = footings(excerpt('tatqa-rsu-activity'), { fiscalPeriod: '2019-fy', releaseDate: '2020-03-01' });
    expect(checks.filter((c) => c.verdict === 'mismatch').map(where)).toEqual([]);
  });


  test.each<[string, string, Meta, [string, string, string][]]>([
    ['two columns altered: nothing says which lines it covers (PG&E\'s investigation remedies)', 'pcg-2024-q4-investigation-remedies', PCG,
      [['Paradise restoration and rebuild', '(3)', '(7)'], ['Paradise restoration and rebuild', '\t1', '\t5']]],
    ['the other column holds only within rounding, not as an exact sum (PG&E\'s wildfire-related costs: 122 printed 123 for the year, "amounts may not sum due to rounding")', 'pcg-2024-q4-wildfire-costs', PCG,
      [['2019 Kincade fire-related costs', '26', '36']]],
    ['the other column holds only within rounding (Legrand\'s working capital requirement, 755.8 read 755.9)', 'lr-2024-fy-working-capital', LR,
      [['Working capital required', '755.8', '755.9'], ['Trade payables', '(963.6)', '(973.6)']]],
    ['columns of other measures bear out no total printed within its lines\' range, as an average or a price prints it (Mastercard\'s "Worldwide" gross dollar volume read 300 between 528 and 227)', 'ma-2020-q1-operating-performance', MA,
      [['    Worldwide\t<u>755</u>', '<u>755</u>', '<u>300</u>']]],
    ['two columns altered, one of each measure: nothing says which lines the underlined figure covers (Hasbro\'s adjustments, 1Q20)', 'has-2020-q1-adjustments', HAS,
      [['Acquisition-Related Expenses (1)', '127,450', '427,450'], ['Acquired Intangible Amortization (2)', '24,597', '24,997']]],
  ])('%s', (_what, file, meta, plantings) => {
    const text = plantings.reduce((t, [label, before, after]) => altered(t, label, before, after), excerpt(file));
    expect(footings(text, meta).filter((c) => c.verdict === 'mismatch').map(where)).toEqual([]);
  });
});
