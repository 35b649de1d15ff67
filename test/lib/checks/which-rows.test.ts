// Which rows a total covers (issue 28), as the unseen EDGAR set s10 printed them (../shared/unseen-edgar-s10, excerpts
// in test/fixtures/checks/corpus/README.md; review test/fixtures/corpus-review/unseen/edgar-s10.md, classes Q, T, V, W).
// Each was a false mismatch: the layout allows more than one reading of the lines a total covers, and the check took
// one the figures do not bear out where another sound reading ties:
// - Q: an unlabelled subtotal after a labelled total sums the lines since the total before that one (Bank of America's
//   net charge-offs: "Total commercial and industrial" (25), "Commercial real estate" 6, "Commercial lease financing" —,
//   then (19); "Total consumer" above them is no part of it);
// - T: "Total deposits" closes every open section its words begin ("Deposits in U.S. offices:" and "Deposits in non-U.S.
//   offices:", two lines each, no subtotal), not the last one alone;
// - V: a total that closes its own block may restate the totals above it (PNC's "Total net (charge-offs)" = "Total gross
//   charge-offs" + "Total recoveries"), and the allowance rolls forward by the net alone;
// - W: "Income taxes from discontinued operations" is a tax, taken away, so "Net income from discontinued operations" is
//   a subtotal of the two lines above it and net income = continuing + discontinued.
// Each case: the reading now made, and a figure printed wrong beyond rounding still a mismatch.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const DEPOSITS = 'footing/balance-sheet/total-deposits';

describe('Bank of America\'s "Total deposits" closes both captions of deposits (T)', () => {
  test.each([
    ['2021-12-31'],
    ['2021-09-30'],
    ['2020-12-31'],
  ] as const)('%s is exact over the four lines of both offices', (date) => {
    const c = excerpt('bac-2021-q4-balance-sheet').check(`${DEPOSITS}/${date}`);
    expect(c.verdict).toBe('exact');
    expect(c.formula).toContain('Deposits in U.S. offices — Noninterest-bearing');
    expect(c.formula).toContain('Deposits in non-U.S. offices — Interest-bearing');
    expect(c.readings).toContain("'Total deposits' closing every section from 'Deposits in U.S. offices:'");
  });

  test.each([
    ['  Interest-bearing\t1,165,914', '  Interest-bearing\t1,165,941', '2021-12-31'],
    ['  Noninterest-bearing\t27,457\t25,336', '  Noninterest-bearing\t27,457\t25,363', '2021-09-30'],
    ['    Total deposits\t<u>2,064,446</u>', '    Total deposits\t<u>2,064,464</u>', '2021-12-31'],
  ] as const)('%s printed %s makes %s a mismatch', (from, to, date) => {
    alteredIsMismatch('bac-2021-q4-balance-sheet', from, to, `${DEPOSITS}/${date}`);
  });
});

const CHARGE_OFFS = 'footing/quarterly-net-charge-offs-and-net-charge-off';

describe('Bank of America\'s unlabelled subtotal of net charge-offs sums the commercial lines since "Total consumer" (Q)', () => {
  test.each([
    ['subtotal', '2021-q4'],
    ['subtotal', '2021-q3'],
    ['subtotal', '2021-q1'],
    ['subtotal', '2020-q4'],
    ['total-commercial', '2021-q4'],
    ['total-net-charge-offs', '2021-q4'],
  ] as const)('%s in %s is exact', (row, quarter) => {
    expect(excerpt('bac-2021-q4-net-charge-offs').check(`${CHARGE_OFFS}/${row}/${quarter}.amount`).verdict).toBe('exact');
  });

  test('the subtotal is "Total commercial and industrial" + "Commercial real estate" + "Commercial lease financing"', () => {
    const c = excerpt('bac-2021-q4-net-charge-offs').check(`${CHARGE_OFFS}/subtotal/2021-q4.amount`);
    expect(c.formula).toBe('Net Charge-offs — subtotal = Total commercial and industrial + Commercial real estate + Commercial lease financing');
    expect(c.readings).toContain("only the 3 lines since 'Total consumer'");
  });

  test.each([
    ['  Commercial real estate\t6\t', '  Commercial real estate\t9\t', 'subtotal/2021-q4.amount'],
    ['<u>15</u>\t0.01', '<u>51</u>\t0.01', 'subtotal/2021-q3.amount'],
    ['    Total consumer\t<u>312</u>', '    Total consumer\t<u>321</u>', 'total-net-charge-offs/2021-q4.amount'],
  ] as const)('%s printed %s makes %s a mismatch', (from, to, check) => {
    alteredIsMismatch('bac-2021-q4-net-charge-offs', from, to, `${CHARGE_OFFS}/${check}`);
  });
});

const ALLOWANCE = 'footing/allowance-for-credit-losses';

describe('PNC\'s allowance rolls forward by its net charge-offs, which restate gross charge-offs and recoveries (V)', () => {
  test.each(['2021-q4', '2021-q3', '2021-q2', '2021-q1', '2020-q4', '2021-fy', '2020-fy'])('the ending balance of %s is exact', (period) => {
    const c = excerpt('pncs-2021-q4-allowance').check(`${ALLOWANCE}/ending-balance/${period}`);
    expect(c.verdict).toBe('exact');
    expect(c.formula).toContain('Total net (charge-offs)');
    expect(c.formula).not.toContain('Total gross charge-offs');
    expect(c.formula).not.toContain('Total recoveries');
  });

  test.each([
    ['  Provision for (recapture of) credit losses (c)\t(362)', '  Provision for (recapture of) credit losses (c)\t(326)', 'ending-balance/2021-q4'],
    ['        Ending balance\t<u>$ 4,868</u>\t<u>$ 5,355</u>', '        Ending balance\t<u>$ 4,868</u>\t<u>$ 5,535</u>', 'ending-balance/2021-q3'],
    ['      Total net (charge-offs) (b)\t<u>(124)</u>', '      Total net (charge-offs) (b)\t<u>(142)</u>', 'total-net-charge-offs/2021-q4'],
  ] as const)('%s printed %s makes %s a mismatch', (from, to, check) => {
    alteredIsMismatch('pncs-2021-q4-allowance', from, to, `${ALLOWANCE}/${check}`);
  });
});

const INCOME = 'footing/table-1-income-statement';

describe('PNC\'s 2020 net income is continuing plus discontinued operations, each net of its taxes (W)', () => {
  test.each([
    ['net-income/2020-fy', 'Net income = Net income from continuing operations + Net income from discontinued operations'],
    ['net-income-from-discontinued-operations/2020-fy', 'Net income from discontinued operations = Income from discontinued operations before taxes − Income taxes from discontinued operations'],
    ['net-income-from-continuing-operations/2020-fy', 'Net income from continuing operations = Income from continuing operations before income taxes and noncontrolling interests − Income taxes from continuing operations'],
  ] as const)('%s is exact: %s', (check, formula) => {
    const c = excerpt('pncs-2021-q4-income-statement').check(`${INCOME}/${check}`);
    expect(c.verdict).toBe('exact');
    expect(c.formula).toBe(formula);
  });

  test.each([
    ['    Net income from discontinued operations\t\t\t\t\t\t\t<u>4,555</u>', '    Net income from discontinued operations\t\t\t\t\t\t\t<u>4,565</u>', 'net-income/2020-fy'],
    ['Net income\t<u>1,306</u>\t<u>1,490</u>\t<u>1,103</u>\t<u>1,826</u>\t<u>1,456</u>\t<u>5,725</u>\t<u>7,558</u>', 'Net income\t<u>1,306</u>\t<u>1,490</u>\t<u>1,103</u>\t<u>1,826</u>\t<u>1,456</u>\t<u>5,725</u>\t<u>7,585</u>', 'net-income/2020-fy'],
    ['Income taxes from continuing operations\t357', 'Income taxes from continuing operations\t375', 'net-income-from-continuing-operations/2021-q4'],
  ] as const)('%s printed %s makes %s a mismatch', (from, to, check) => {
    alteredIsMismatch('pncs-2021-q4-income-statement', from, to, `${INCOME}/${check}`);
  });
});
