// Readings of a total that the layout leaves open (which lines it covers, a line's sign, whether
// a line is a ratio), on tables excerpted from real releases (test/fixtures/checks/readings/, from
// the corpus): the figures tie under one reading, so none is a mismatch; and a figure altered in
// one column of a footed block is a mismatch in that column (the other columns corroborate it).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { Check, ReleaseMeta } from '../../../src/lib/types.ts';
import { namesARatio } from '../../../src/lib/checks/structure.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import { fromText } from './fixture.ts';
import { footingsOfText } from './no-model.ts';

const DIR = 'test/fixtures/checks/readings';
const excerpt = (file: string) => `Results\n\n${readFileSync(`${DIR}/${file}.txt`, 'utf8')}\n`;

type Meta = Partial<ReleaseMeta>;
const Q4: Meta = { fiscalPeriod: '2024-q4', fiscalYearEnd: '12-31' };
const TFC: Meta = { fiscalPeriod: '2021-q4', fiscalYearEnd: '12-31', scale: 6 };
const ALLY: Meta = { fiscalPeriod: '2021-q4', fiscalYearEnd: '12-31', scale: 6 };
// The stand-in metadata footingsOfText reads under, for the changes read beside them below.
const BASE: ReleaseMeta = {
  id: 'excerpt-2024-q4', title: 'Results', company: 'excerpt', name: 'Excerpt', ticker: 'EXC', exchange: '',
  fiscalYearEnd: '12-31', fiscalPeriod: '2024-q4', releaseDate: '2025-02-12', currency: 'USD', scale: 3,
};
const footings = (text: string, meta: Meta): Check[] => footingsOfText(text, meta);
const row = (c: Check) => c.id.split('/')[2];

// [what the layout leaves open, excerpt, meta, the total's row id, the reading taken (in its words), how many columns]
const CASES: [string, string, Meta, string, string, number][] = [
  ['two unlabelled subtotals in the operating section ("Funds flow from operations", "Change in non-cash working capital")', 'cmg-fy2025-q3-cash-flows',
    { fiscalPeriod: '2025-q3', fiscalYearEnd: '03-31' }, 'net-cash-provided-by-used-in-operating-activities',
    "'Funds flow from operations' as a subtotal of the 7 lines above it; 'Change in non-cash working capital' as a subtotal of the 5 lines above it", 4],
  ['a gain printed in parentheses among costs printed positive ("Other operating income, net (20)")', 'mlm-2024-q4-earnings', Q4, 'earnings-from-operations',
    "'Other operating income, net' with the other sign (taken away)", 4],
  ['a line naming both signs, printed as its effect ("Net (income) loss attributable to non-controlling interests")', 'eeft-2024-q4-operations', Q4,
    'net-income-attributable-to-euronet-worldwide-inc', "'Net (income) loss attributable to non-controlling interests' with the other sign (added)", 4],
  ['a line naming both signs, printed as its effect ("Loss (income) attributable to non-controlling interests")', 'bn-2024-fy-operations',
    { fiscalPeriod: '2024-fy', fiscalYearEnd: '12-31' }, 'net-income-attributable-to-brookfield-shareholders',
    "'Loss (income) attributable to non-controlling interests' with the other sign (added)", 4],
  ['a section\'s net line that names it in another order ("Other income/(expenses), net" under "Other (expenses)/income")', 'impp-2024-q4-income',
    { ...Q4, scale: 0 }, 'net-income', "'Other income/(expenses), net' as a subtotal of the 6 lines above it", 4],
  ['"Less:" lines printing losses in parentheses, taken away all the same (CNA\'s core income: 21 − (31) − (290) = 342)', 'cna-2024-q4-core-income', Q4,
    'core-income', 'every adjustment with the other sign (a "Less:" line printing a loss in parentheses is taken away all the same)', 4],
  ['an unlabelled total across the sections it ends, over the two unlabelled subtotals above it (Farmers & Merchants\' liabilities and equity)',
    'fmbs-2024-fy-balance-sheets', { fiscalPeriod: '2024-fy', fiscalYearEnd: '12-31', scale: 0 }, 'subtotal-3', 'only the 2 lines just above it', 2],
  ['a net of income over its income and its cost, both printed positive ("Net interest income" closing "Net interest income:")', 'cim-2024-q4-net-income',
    { fiscalPeriod: '2024-q4', fiscalYearEnd: '12-31' }, 'net-interest-income--net-interest-income', "'Interest expense' taken away (a cost under a net of income)", 3],
  ['an adjustment printed positive that is taken away ("Capital expenditures outlook" before free cash flow)', 'hbi-2024-q4-outlook',
    { fiscalPeriod: '2024-q4', fiscalYearEnd: '12-28' }, 'free-cash-flow-outlook', "'Capital expenditures outlook' taken away", 1],
  ['a gain under a total of an expense ("Remarketing gains / (losses)" under "Depreciation expense on operating lease assets:")', 'ally-2021-q4-automotive-finance', ALLY,
    'total-depreciation-expense-on-operating-lease-assets', "'Remarketing gains / (losses)' taken away (a gain under a total of an expense)", 7],
  ['a reconciliation in steps, each result printed again as the next start ("Tier 1 capital $ 17.4" twice, then its additions, then "Total capital")',
    'ally-2021-q4-capital', { ...ALLY, scale: 9 }, 'total-capital', "only the 3 lines from 'Tier 1 capital', a result printed again as the start of the last step", 5],
  ['a line labelled as a total that closes nothing, between the liabilities and the equity it is no part of ("Total Mezzanine Equity", nil in one column)',
    'cohr-fy2026-q4-balance-sheets', { fiscalPeriod: '2026-q4', fiscalYearEnd: '06-30', scale: 6 }, 'total-equity', "only the 2 lines since 'Total Mezzanine Equity'", 2],
  ['a total under the lines that name what it totals, the section\'s other selected figures above them ("Total deposits" under "Noninterest-bearing deposits" and "Interest-bearing deposits")',
    'pnc-2021-q2-balance-sheet-data', { fiscalPeriod: '2021-q2', fiscalYearEnd: '12-31', scale: 6 }, 'total-deposits', 'only the 2 lines just above it that name what it totals', 3],
];

describe('a total the layout leaves open is read as the figures tie, and says which readings it considered', () => {
  // Read as a subtotal of the 2 lines above it until the base model named "Net … before income taxes" pretax income:
  // now a link of the chain, its tax the one line between.
  test('a pretax line "Net" opens ("Net (loss) income before income taxes") is a link of the chain (CRISPR)', () => {
    const checks = footings(excerpt('crsp-2024-q4-operations'), Q4);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
    const mine = checks.filter((c) => row(c) === 'net-loss-income');
    expect(mine.map((c) => c.verdict)).toEqual(['exact', 'exact', 'exact', 'exact']);
    expect(mine[0].explanation).toContain("'Net (loss) income' is 'Net (loss) income before income taxes' plus 'Provision for income taxes'");
  });

  test.each(CASES)('%s', (_what, file, meta, total, read, columns) => {
    const checks = footings(excerpt(file), meta);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
    const mine = checks.filter((c) => row(c) === total);
    expect(mine.map((c) => c.verdict).every((v) => v === 'exact' || v === 'rounding')).toBe(true);
    expect(mine).toHaveLength(columns);
    expect(mine[0].explanation).toContain(`the figures fit "${read}" best, so it is the one checked.`);
    expect(mine[0].readings).toContain(read);
    expect(mine[0].restsOn).toContain(`to that reading: ${read}.`);
  });

  test('an unlabelled figure under four lines after the result of a "Less:" caption sums those four (Horizon\'s net loans by kind)', () => {
    // "Net loans receivable" is the "Subtotal" above "Less:" plus the reserve under it (structure.ts adjustedAbove), which
    // closes the caption's block: the four lines after it are the block the unlabelled figure sums, read as printed.
    const checks = footings(excerpt('hrzb-fy2006-q3-loans'), { fiscalPeriod: '2006-q3', fiscalYearEnd: '03-31', scale: 3 });
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
    // (A breakdown reads it too, as the four lines after it: `…/breakdown`.)
    const net = checks.filter((c) => row(c) === 'net-loans-receivable' && !c.id.endsWith('/breakdown'));
    expect(net.map((c) => [c.verdict, c.formula])).toEqual(Array(3).fill(['exact', 'Net loans receivable = Subtotal + Reserve for loan losses']));
    const mine = checks.filter((c) => row(c) === 'subtotal-3');
    expect(mine.map((c) => c.verdict)).toEqual(['exact', 'exact', 'exact']);
    expect(mine[0].formula).toBe('Subtotal = Net residential loans + Net commercial loans + Net commercial real estate loans + Net consumer loans');
    expect(mine[0].restsOn).toBe("'' sums the 4 lines above it.");
  });

  test('an unlabelled figure under the lines since a total sums those lines, and the section goes on (Copa\'s current assets)', () => {
    const checks = footings(excerpt('cpa-2024-q4-financial-position'), Q4);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
    // 166,014 + 2,976 + 132,341 + 42,926 + 11,712 + 21,711 = 377,680, printed 377,681; 1,199,232 + 377,681 = 1,576,913.
    const verdicts = (r: string) => checks.filter((c) => row(c) === r).map((c) => c.verdict);
    expect(verdicts('subtotal')).toEqual(['rounding', 'rounding']); // and 352,779, printed 352,780
    expect(verdicts('total-current-assets')).toEqual(['exact', 'rounding']); // 915,184 + 352,780 = 1,267,964, printed 1,267,963
  });

  test('a share column topped by a nil mark printed with "%" holds percentages, never summed as amounts (Truist\'s troubled debt restructurings)', () => {
    // "Past Due 30-89 Days" in dollars, then its share of each line's total: "—%", "—", 12.3, 5.1 … 11.7, 13.8, "11.9%".
    const checks = footings(excerpt('tfc-2021-q4-tdrs'), TFC);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
    expect(checks.filter((c) => row(c) === 'total-performing-tdrs').map((c) => [c.id.split('/')[3], c.computed])).toEqual([
      ['2021-12-31.current-status', '1058'], ['2021-12-31.past-due-30-89-days', '163'], ['2021-12-31.past-due-90-days', '169'], ['2021-12-31.past-due-90-total', '1390'],
    ]);
  });

  test('a tax line naming the adjustments it is the tax of is an adjustment, never the measure its first words name (Ally\'s Core ROTCE)', () => {
    // "Core OID, repositioning & change in the fair value of equity securities tax (tax rate 21%)" two lines under "Core OID":
    // read as that measure reconciled from itself, it was "footed" as 9 + (21) = (12) against its (20), in every column.
    const text = excerpt('ally-2021-q4-core-rotce');
    const meta = { ...ALLY, scale: 6 };
    expect(footings(text, meta).filter((c) => row(c).startsWith('numerator--core-oid'))).toEqual(
      footings(text, meta).filter((c) => row(c).startsWith('numerator--core-oid') && c.verdict === 'unverifiable'),
    );
    expect(footings(text, meta).filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
    // Its change columns print 18 and (19) where (20) − (26) = 6 and (20) − 21 = (41), as the EPS table prints them: still mismatches.
    const release = parseRelease(text, { ...BASE, ...meta }, emptyModel, 'excerpt/release.txt');
    const changes = runChecks(release, emptyModel).filter((c) => c.kind === 'change' && c.verdict === 'mismatch').map((c) => [c.reported.text, c.computed]);
    expect(changes).toEqual([['18', '6'], ['(19)', '-41']]);
  });

  test('levels that hold one another are listed, not summed: a "Total" under them accuses nothing (Truist\'s risk-based capital tiers)', () => {
    // "Common equity tier 1 37,524", "Tier 1 44,194", "Total 51,519": each tier holds the one before.
    const text = excerpt('tfc-2021-q4-capital');
    expect(footings(text, TFC).filter((c) => row(c) === 'risk-based-capital--total')).toEqual([]);
    expect(footings(text, TFC).filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
    // Lines that do add up to their total in four columns are parts, and the fifth printed wrong is a mismatch.
    const from = '    Total\t51,519\t53,228\t53,640\t54,245\t55,011';
    expect(text).toContain(from);
    const parts = footings(text.replace(from, '    Total\t81,718\t84,388\t84,050\t83,655\t83,794'), TFC).filter((c) => row(c) === 'risk-based-capital--total');
    expect(parts.map((c) => c.verdict)).toEqual(['exact', 'exact', 'exact', 'exact', 'mismatch']);
  });

  test('a ratio is never a sum, whatever unit its figures were read in (Molson Coors\' net debt to underlying EBITDA)', () => {
    const checks = footings(excerpt('tap-2024-q4-net-debt'), Q4);
    expect(checks.filter((c) => row(c).includes('ratio'))).toEqual([]);
    expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });

  test('money lines whose labels speak of shares are counted in their section\'s total (Kornit\'s financing activities)', () => {
    const checks = footings(excerpt('krnt-2024-q4-cash-flows'), Q4);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
    // 594 − 402 − 75,000 = −74,808
    const financing = checks.filter((c) => row(c) === 'net-cash-used-in-financing-activities');
    expect(financing.map((c) => [c.verdict, c.computed])).toEqual([['exact', '-74808'], ['exact', '-19612'], ['exact', '-84815'], ['exact', '-56522']]);
  });
});

// [excerpt, meta, the printed line altered, its altered form, the total that must become a mismatch, its figure in the column altered]
const PLANTED: [string, Meta, string, string, string, string][] = [
  // In a block whose reading the figures alone establish (two unlabelled subtotals): the other columns corroborate it.
  ['cmg-fy2025-q3-cash-flows', { fiscalPeriod: '2025-q3', fiscalYearEnd: '03-31' }, 'Trade and other receivables\t(3,827)', 'Trade and other receivables\t(3,927)',
    'movement-in-non-cash-working-capital--change-in-non-cash-working-capital', '(1,671)'],
  ['cmg-fy2025-q3-cash-flows', { fiscalPeriod: '2025-q3', fiscalYearEnd: '03-31' }, 'Stock-based compensation\t(641)\t513', 'Stock-based compensation\t(641)\t553',
    'funds-flow-from-operations', '8,477'],
  // A line read with its other sign: the error in one column is still an error.
  ['mlm-2024-q4-earnings', Q4, 'Acquisition, divestiture and integration expenses\t5\t8\t50', 'Acquisition, divestiture and integration expenses\t5\t8\t58',
    'earnings-from-operations', '2,707'],
  ['eeft-2024-q4-operations', Q4, 'Net income\t306.3\t279.5', 'Net income\t306.3\t279.9', 'net-income-attributable-to-euronet-worldwide-inc', '279.7'],
  // A subtotal of the chain no concept names, altered: its own footing catches it.
  ['crsp-2024-q4-operations', Q4, 'Total other income, net\t27,977', 'Total other income, net\t28,977', 'net-loss-income-before-income-taxes', '(36,611)'],
  ['impp-2024-q4-income', { ...Q4, scale: 0 }, 'Interest income\t1,260,971', 'Interest income\t1,290,971', 'other-incomeexpenses-net', '3,537,573'],
  // A gain taken away from the expense it is printed under: an error in it is still an error (251 − 75 = 176, printed 186).
  ['ally-2021-q4-automotive-finance', ALLY, 'Remarketing gains / (losses)\t65\t86', 'Remarketing gains / (losses)\t75\t86', 'total-depreciation-expense-on-operating-lease-assets', '186'],
  // The last step of a reconciliation in steps: an addition altered is still an error (17.4 + 0.9 + 1.7 = 20.0, printed 19.7).
  ['ally-2021-q4-capital', { ...ALLY, scale: 9 }, 'add: Qualifying subordinated debt\t0.6', 'add: Qualifying subordinated debt\t0.9', 'total-capital', '19.7'],
  // Beside a share column read as percentages, the dollar column's error is still an error.
  ['tfc-2021-q4-tdrs', TFC, 'Residential mortgage\t440\t63.6\t85\t12.3', 'Residential mortgage\t440\t63.6\t95\t12.3', 'total-performing-tdrs', '<u>163</u>'],
  // A cost taken away from the net of income it is printed under: an error in it is still an error.
  ['cim-2024-q4-net-income', { fiscalPeriod: '2024-q4', fiscalYearEnd: '12-31' }, 'Interest expense (2)\t496,274\t509,541', 'Interest expense (2)\t496,274\t519,541',
    'net-interest-income--net-interest-income', '263,363'],
  // A total read over the lines that name what it totals: an error in one of them is still an error (154,190 + 298,693 = 452,883).
  ['pnc-2021-q2-balance-sheet-data', { fiscalPeriod: '2021-q2', fiscalYearEnd: '12-31', scale: 6 }, 'Interest-bearing deposits\t$ 298,693', 'Interest-bearing deposits\t$ 288,693',
    'total-deposits', '452,883'],
];

describe('a figure altered in one column of a footed block is a mismatch there, corroborated by the other columns', () => {
  test.each(PLANTED)('%s (%o): "%s" → "%s" makes %s a mismatch where it prints %s', (file, meta, from, to, total, printed) => {
    const text = excerpt(file);
    expect(text).toContain(from);
    expect(footings(text, meta).filter((c) => c.verdict === 'mismatch')).toEqual([]);
    const checks = footings(text.replace(from, to), meta);
    const mismatches = checks.filter((c) => c.verdict === 'mismatch');
    // The total is a mismatch in the column altered, and in no other.
    expect(mismatches.filter((c) => row(c) === total).map((c) => c.reported.text.replace(/^\$\s*/, ''))).toEqual([printed]);
    const planted = mismatches.find((c) => row(c) === total)!;
    expect(planted.explanation).toMatch(/holds on the same rows in .+, so this column is a mismatch\.|Inferred from the table: /);
  });
});

describe('namesARatio', () => {
  test.each([
    ['Net debt to underlying EBITDA ratio', true],
    ['Effective tax rate', true],
    ['Debt-to-capital ratio (1)', true],
    ['Gain on foreign currency exchange rates', false],
    ['Effect of exchange rate changes on cash', false],
    ['Net income', false],
    ['Accrued interest', false],
  ])('%j → %j', (label, ratio) => {
    expect(namesARatio(label)).toBe(ratio);
  });
});

describe('a base definition the release does not establish', () => {
  test('diluted EPS beside noncontrolling interests that fails is not judged, and says why (ASE, IFRS)', () => {
    const checks = fromText(excerpt('asx-2024-q4-income'), emptyModel, 'excerpt-2024-q4', { ...Q4, currency: 'TWD', scale: 6 }).checks;
    const eps = checks.filter((c) => c.id.startsWith('definition/eps-diluted/'));
    expect(eps.length).toBeGreaterThan(0);
    expect(eps.map((c) => c.verdict).every((v) => v === 'unverifiable')).toBe(true);
    expect(eps[0].explanation).toContain('The release allocates earnings otherwise than to common shareholders alone');
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });
});
