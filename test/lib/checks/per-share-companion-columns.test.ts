// A column per share beside each period's amounts foots as the amounts do, over the lines that print a figure in it
// (footing.ts `companion`). PNC's 1Q22 "Adjusted Diluted Earnings per Common Share Excluding Integration Costs
// (non-GAAP)" (../shared/corpus/pnc-2022-q1.htm) prints each quarter's amount and "Per Common Share": "Net income
// attributable to diluted common shareholders $ 1,355 | $ 3.23", "Integration costs after tax 24 | 0.06", "Adjusted net
// income … $ 1,379 | $ 3.29". The per-share figures were judged only where they failed (the line above them prints
// nothing per share) and never published: 9 figures read by no check. Sears' 2Q04 "Summary of Certain Significant Items"
// (../shared/corpus-extra/s-2004-q2.txt) prints "Pretax | Earnings Per Share" for each period; its "Total" of the
// 26 weeks, 107 and $4.18, sums "Cumulative effect of change in accounting for retirement plans" ("$ -", $3.86) with the
// lines under "Proforma effects on the prior year:", a line that tells only in its column per share. Excerpts of the
// imported releases (test/fixtures/checks/corpus/README.md), with no company model.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const PNC = 'pnc-2022-q1-adjustments';
const ADJ = 'footing/adjusted-diluted-earnings-per-common-share/adjusted-net-income-attributable-to-diluted-common-shareholders-excluding-integration-costs-non-gaap';
const SEARS = 's-2004-q2-significant-items';
const Q2 = 'footing/summary-of-certain-significant-items1';
const H1 = 'footing/summary-of-certain-significant-items-1';

describe('a column per share beside the amounts foots over the same lines', () => {
  test.each([
    // [release, check, printed, verdict, formula's start]
    [PNC, `${ADJ}/2022-q1.per-common-share`, '<u>$ 3.29</u>', 'exact', 'Adjusted net income attributable to diluted common shareholders excluding integration costs (non-GAAP) = Net income attributable to diluted common shareholders + Integration costs after tax'],
    [PNC, `${ADJ}/2021-q4.per-common-share`, '<u>$ 3.68</u>', 'exact', 'Adjusted net income'],
    [PNC, `${ADJ}/2021-q1.per-common-share`, '<u>$ 4.11</u>', 'exact', 'Adjusted net income'],
    [PNC, `${ADJ}/2022-q1`, '<u>$ 1,379</u>', 'exact', 'Adjusted net income'],
    [SEARS, `${H1}/total/2004-h1.earnings-per-share`, '$4.18', 'exact', 'Total = Cumulative effect of change in accounting for retirement plans + Curtailment gain on medical plans'],
    [SEARS, `${H1}/total/2004-h1.pretax`, '$107', 'exact', 'Total = Cumulative effect of change in accounting for retirement plans + Curtailment gain on medical plans'],
    [SEARS, `${H1}/total-divested-businesses/2003-h1.earnings-per-share`, '(1.20)', 'exact', 'Total divested businesses = Operating income + Zero-percent financing costs'],
    [SEARS, `${Q2}/total/2003-q2.earnings-per-share`, '$(0.46)', 'exact', 'Total = Negative carry related to Credit legacy debt + Special Charges'],
  ])('%s %s: %s is %s', (id, check, printed, verdict, formula) => {
    const c = excerpt(id).check(check);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe(verdict);
    expect(c.formula.startsWith(formula)).toBe(true);
  });

  test.each([PNC, SEARS])('%s: no figure is a mismatch as printed', (id) => {
    expect(excerpt(id).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test('a footing over a line that prints nothing per share is not judged in the column per share', () => {
    // "Net income attributable to diluted common shareholders $ 1,355 | $ 3.23" = 1,361 − 6, lines printing no figure per share.
    const checks = excerpt(PNC).checks.filter((c) => c.id.startsWith('footing/adjusted-diluted-earnings-per-common-share/net-income-attributable-to-diluted-common-shareholders/'));
    expect(checks.map((c) => `${c.id.split('/').at(-1)} ${c.verdict}`)).toEqual(['2022-q1 exact', '2021-q4 exact', '2021-q1 exact']);
  });

  test.each([
    // [release, as printed, as altered, the check that accuses it]
    [PNC, 'Integration costs after tax (a)\t24\t0.06', 'Integration costs after tax (a)\t24\t0.16', `${ADJ}/2022-q1.per-common-share`],
    [PNC, '<u>$ 3.68</u>', '<u>$ 3.78</u>', `${ADJ}/2021-q4.per-common-share`],
    [SEARS, '$ -\t$3.86', '$ -\t$3.96', `${H1}/total/2004-h1.earnings-per-share`],
    [SEARS, 'Zero-percent financing costs\t-\t-\t60\t0.13', 'Zero-percent financing costs\t-\t-\t60\t0.23', `${Q2}/total-divested-businesses/2003-q2.earnings-per-share`],
    // A line above the section's caption altered: no run of lines can sum to 107 any more, but the run from the top
    // still does in the three other columns, so the total is that column's mismatch, not a relation dropped.
    [SEARS, 'retirement costs\t57\t0.17', 'retirement costs\t97\t0.17', `${H1}/total/2004-h1.pretax`],
  ])('%s: %j altered to %j is a mismatch', (id, from, to, check) => {
    alteredIsMismatch(id, from, to, check);
  });
});
