// Planted errors on excerpts of the corpus (issue 28): a figure altered beyond rounding must become a
// mismatch of a relation that reads it, and the table as printed must raise none. Each case names the
// excerpt, the alteration (the printed text before and after), the check that must accuse it and the
// verdict of that check on the table as printed.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const ARK = 'for-the-13-week-periods-ended-december';

describe('a planted error becomes a mismatch; the table as printed raises none', () => {
  test.each([
    // Ark Restaurants' statement of income, titled only by its periods: read as a statement by its rows ("TOTAL
    // REVENUES", "OPERATING INCOME") and the caption of its per-share lines ("NET INCOME … PER COMMON SHARE:").
    ['arkr-fy2025-q1', 'OPERATING INCOME\t<u>5,689</u>', 'OPERATING INCOME\t<u>5,189</u>', `footing/${ARK}/operating-income/2025-q1`, 'exact'],
    ['arkr-fy2025-q1', 'Provision for income taxes\t503', 'Provision for income taxes\t523', `footing/${ARK}/consolidated-net-income/2025-q1`, 'exact'],
    // Its EBITDA over the three lines under "EBITDA Reconciliation:", the first of them a line of the chain that starts
    // the caption's block and sums nothing above it.
    ['arkr-fy2025-q1', 'EBITDA (a)\t<u>$ 6,466</u>\t<u>$ 3,006</u>', 'EBITDA (a)\t<u>$ 6,466</u>\t<u>$ 3,056</u>', `footing/${ARK}/ebitda/2024-q1`, 'exact'],
    // Legrand's cash flow from operations, a line naming a measure between 'Profit for the period' and its adjustments,
    // in a table of two years: summing to the last digit in one year, it is the link, and the other year a mismatch.
    ['lr-2024-fy', '(Gains)/losses on sales of assets, net\t44.1', '(Gains)/losses on sales of assets, net\t41.1', 'footing/legrand-2024-full-year-results/cash-flow-from-operations/2023-fy', 'exact'],
    ['lr-2024-fy', 'Net cash provided from operating activities\t1,836.4', 'Net cash provided from operating activities\t7,836.4', 'footing/legrand-2024-full-year-results/net-cash-provided-from-operating-activities/2023-fy', 'exact'],
    // Friedman's "SUMMARY OF OPERATIONS" prints the whole chain from net sales to earnings per share: selected figures,
    // read as the statement its rows are, each link published where the other columns bear it out.
    ['frd-fy2025-q3', 'Interest expense\t(632)', 'Interest expense\t(532)', 'footing/summary-of-operations/earnings-loss-before-income-taxes/2025-q3', 'exact'],
    ['frd-fy2025-q3', 'Earnings (loss) from operations\t(1,187)\t6,173', 'Earnings (loss) from operations\t(1,187)\t8,173', 'footing/summary-of-operations/earnings-loss-from-operations/2024-q3', 'exact'],
    // Arvinas' loss per share: its balance sheet's "Preferred stock, … zero shares issued — —" allocates no earnings,
    // so net loss ÷ shares is its definition, certain.
    ['arvn-2024-q4', 'basic and diluted\t$ (0.63)', 'basic and diluted\t$ (0.83)', 'definition/eps-basic-and-diluted/2024-q4', 'rounding'],
    ['arvn-2024-q4', 'basic and diluted\t72.1', 'basic and diluted\t78.1', 'definition/eps-basic-and-diluted/2024-q4', 'rounding'],
    // Asta Funding's "Preferred stock, $.01 par value; authorized 5,000,000;" is a caption over "Issued - none": no
    // preferred shares, no allocation; earnings per share are net income ÷ shares, certain.
    ['asfi-fy2005-q4', 'BASIC NET INCOME PER SHARE\t<u>$0.66</u>', 'BASIC NET INCOME PER SHARE\t<u>$5.66</u>', 'definition/eps-basic/2005-q4', 'rounding'],
    ['asfi-fy2005-q4', '  DILUTED\t14,488,000', '  DILUTED\t16,488,000', 'definition/eps-diluted/2005-q4', 'rounding'],
    // Farmers and Merchants' selected data print "Net income (Basic)" under "PER SHARE DATA": basic earnings per share,
    // the basis in parentheses, tied to the statement's "Earnings per share - basic".
    ['fmbs-2024-fy', 'Net income (Basic)\t$1.37', 'Net income (Basic)\t$1.87', 'tie/eps-basic/2024-fy', 'exact'],
    // Brookfield Asset Management's "Net loss (income) attributable to Brookfield Corporation" is another party's share,
    // not the company's bottom line: the chain reaches "Net income attributable to Brookfield Asset Management".
    [
      'bam-2024-fy-operating',
      'Net income attributable to Brookfield Asset Management\t$ 688',
      'Net income attributable to Brookfield Asset Management\t$ 658',
      'footing/brookfield-asset-managementstatement-of-operating-results/net-income-attributable-to-brookfield-asset-management/2024-q4',
      'exact',
    ],
  ])('%s: %s → %s is a mismatch of %s (%s as printed)', (id, from, to, check, printed) => {
    const asPrinted = excerpt(id);
    expect(asPrinted.check(check).verdict).toBe(printed);
    expect(asPrinted.checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
    alteredIsMismatch(id, from, to, check);
  });

  // An allocation only lowers earnings per share (src/lib/checks/allocation-bound.ts): a figure below net income ÷ shares
  // is not judged, one above it (0.66 altered to 5.66) is still a mismatch, as no allocation explains it.
  test.each([
    ['$0.16', 'unverifiable'],
    ['$5.66', 'mismatch'],
  ])('asfi-fy2005-q4: a preferred stock caption over a line printing a figure may allocate earnings: EPS altered to %s is %s', (to, verdict) => {
    const l = excerpt('asfi-fy2005-q4', [
      ['  Issued - none\t\t', '  Issued\t1,000\t1,000'],
      ['BASIC NET INCOME PER SHARE\t<u>$0.66</u>', `BASIC NET INCOME PER SHARE\t<u>${to}</u>`],
    ]);
    expect(l.check('definition/eps-basic/2005-q4').verdict).toBe(verdict);
  });

  test("arvn-2024-q4: a preferred stock line printing a figure may allocate earnings: a failing loss per share is not judged", () => {
    const preferred = 'issued and outstanding as of December 31, 2024 and 2023, respectively\t—\t—';
    const common = 'issued and outstanding as of December 31, 2024 and 2023, respectively\t0.1\t0.1';
    const l = excerpt('arvn-2024-q4', [
      [common, common.replace('\t0.1\t0.1', '\t—\t—')],
      [preferred, preferred.replace('\t—\t—', '\t0.1\t0.1')],
      ['basic and diluted\t$ (0.63)', 'basic and diluted\t$ (0.83)'],
    ]);
    const c = l.check('definition/eps-basic-and-diluted/2024-q4');
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).toContain('allocates earnings otherwise');
  });
});
