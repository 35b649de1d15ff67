// The bundled release as a new user would have it: no company model and no claims.yaml.
// The base model alone must find the release's four real errors (the wrong growth
// figures of its Financial Summary), raise no other, and evaluate every footing, the
// income statement's chain, the cash flow's roll-forward, cash against the balance
// sheet, EPS, the non-GAAP reconciliations and the ties between tables. Each expected
// verdict comes from the arithmetic written beside it.
import { describe, expect, test } from 'vitest';
import { uncoveredTotals } from '../../../src/lib/checks/index.ts';
import { withoutModel } from './no-model.ts';

const { release, checks, check } = withoutModel('inap-2010-q2');
const ids = checks.map((c) => c.id);
const verdict = (id: string) => check(id).verdict;

// Table ids are derived from the printed titles when no model names them.
const SO = 'statement-of-operations';
const BS = 'balance-sheets';
const CF = 'statements-of-cash-flows';
const FS = 'second-quarter-2010-financial-summary';

describe('the bundled release with no company model and no claims', () => {
  test('finds the four wrong growth figures of the Financial Summary, and no other mismatch', () => {
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([
      `growth/${FS}/data-center-services/2010-q2-vs-2010-q1`, // −7.49% printed −8%
      `growth/${FS}/total-revenues/2010-q2-vs-2010-q1`, // −4.48% printed −5%
      `growth/${FS}/adjusted-ebitda/2010-q2-vs-2009-q2`, // +46.46% printed 32%
      `growth/${FS}/adjusted-ebitda/2010-q2-vs-2010-q1`, // +0.48% printed 10%
    ]);
  });

  test('leaves no printed total without a check', () => {
    expect(uncoveredTotals(release, checks).map((f) => f.id)).toEqual([]);
  });

  test('every footing of the statements, both columns, holds', () => {
    const totals: Record<string, string[]> = {
      [SO]: ['total-revenues', 'total-operating-costs-and-expenses', 'total-non-operating-expense-income'],
      [BS]: ['total-current-assets', 'total-assets', 'total-current-liabilities', 'total-liabilities', 'total-stockholders-equity', 'total-liabilities-and-stockholders-equity'],
      [CF]: ['net-cash-flows-provided-by-operating-activities', 'net-cash-flows-used-in-investing-activities', 'net-cash-flows-provided-by-used-in-financing-activities'],
    };
    const periods: Record<string, string[]> = { [SO]: ['2010-q2', '2009-q2'], [BS]: ['2010-06-30', '2009-12-31'], [CF]: ['2010-h1', '2009-h1'] };
    for (const [table, rows] of Object.entries(totals)) {
      for (const row of rows) for (const p of periods[table]) expect(verdict(`footing/${table}/${row}/${p}`), `${table}/${row}/${p}`).toBe('exact');
    }
  });

  test.each([
    ['loss-from-operations', '2010-q2', '-713'], // 60,525 − 61,238
    ['loss-from-operations', '2009-q2', '-60204'], // 64,372 − 124,576
    ['loss-before-income-taxes-and-equity-in-loss-earnings-of-equity-method-investment', '2010-q2', '-1204'], // −713 − 491
    ['net-loss', '2010-q2', '-1271'], // −1,204 − 129 − (−62)
    ['net-loss', '2009-q2', '-60645'], // −60,188 − 438 − 19
  ])('the chain of the statement of operations: %s %s = %s → exact', (row, period, computed) => {
    expect(check(`footing/${SO}/${row}/${period}`)).toMatchObject({ verdict: 'exact', computed });
  });

  test('the chain says why it was inferred', () => {
    expect(check(`footing/${SO}/loss-from-operations/2010-q2`).explanation).toContain(
      "Inferred from the table: 'Loss from operations' is 'Total revenues' less 'Total operating costs and expenses', the lines between them.",
    );
  });

  test('the cash-flow roll-forward: 23,644 − 24,175 + 2,722 − 42 = 2,149 and 73,926 + 2,149 = 76,075', () => {
    expect(check(`footing/${CF}/net-increase-in-cash-and-cash-equivalents/2010-h1`)).toMatchObject({ verdict: 'exact', computed: '2149' });
    expect(check(`footing/${CF}/cash-and-cash-equivalents-at-end-of-period/2010-h1`)).toMatchObject({ verdict: 'exact', computed: '76075' });
    expect(check(`footing/${CF}/cash-and-cash-equivalents-at-end-of-period/2009-h1`)).toMatchObject({ verdict: 'exact', computed: '54514' });
  });

  test('cash against the balance sheet, at both ends of the half year', () => {
    // Ending cash of H1 2010 (76,075) is June 30, 2010's; beginning cash (73,926) is December 31, 2009's.
    expect(verdict('tie/cash/2010-06-30')).toBe('exact');
    expect(verdict('tie/cash/2009-12-31')).toBe('exact');
    expect(verdict(`tie/balance/${BS}/2010-06-30`)).toBe('exact'); // 294,697 = 294,697
  });

  test.each([
    ['eps-basic-and-diluted/2010-q2', 'rounding'], // −1,271 ÷ 50,013 = −0.0254 printed (0.03)
    ['eps-basic-and-diluted/2009-q2', 'rounding'], // −60,645 ÷ 49,586 = −1.2230 printed (1.22)
    ['eps-basic-and-diluted/2010-q1', 'rounding'], // −260 ÷ 49,944 = −0.0052 printed (0.01)
    ['non-gaap-eps-basic-and-diluted/2010-q2', 'rounding'], // 1,326 ÷ 50,013 = 0.0265 printed 0.03
    ['adjusted-ebitda-margin/2010-q2', 'rounding'], // 9,924 ÷ 60,525 = 16.397% printed 16.4%
  ])('definition %s → %s', (id, expected) => {
    expect(verdict(`definition/${id}`)).toBe(expected);
  });

  test('under a net loss diluted shares are the basic ones: 50,013 = 50,013', () => {
    expect(check('tie/shares-diluted/2010-q2/basic-under-a-loss')).toMatchObject({ verdict: 'exact' });
  });

  test('the non-GAAP reconciliations foot from their structure', () => {
    // −713 + 1,444 + 7,992 + 18 + 1,183 = 9,924
    expect(check('footing/reconciliation-of-loss-from-operations-to/adjusted-ebitda-non-gaap/2010-q2')).toMatchObject({ verdict: 'exact', computed: '9924' });
    // −60,645 + 53,735 + 1,308 + 4,134 = −1,468
    expect(check('footing/reconciliation-of-net-loss-and-basic/normalized-net-income-loss-non-gaap/2009-q2')).toMatchObject({ verdict: 'exact', computed: '-1468' });
    // 50,013 + 450 − 347 = 50,116
    expect(check('footing/reconciliation-of-net-loss-and-basic/normalized-diluted-shares-non-gaap/2010-q2')).toMatchObject({ verdict: 'exact', computed: '50116' });
  });

  test('the same figure printed in several tables ties, with no model naming the rows', () => {
    const ties = [
      'tie/revenue/2010-q2', 'tie/revenue/2009-q2', 'tie/revenue/2010-q1', // summary, statement, segment table
      'tie/net-income/2010-q2', 'tie/net-income/2009-q2', 'tie/net-income/2010-q1',
      'tie/net-income/2010-h1/sum-of-quarters', // cash flow's H1 −1,531 = −260 − 1,271
      'tie/operating-income/2010-q2', 'tie/adjusted-ebitda/2010-q2', 'tie/non-gaap-net-income/2009-q2',
      'tie/eps-basic-and-diluted/2010-q2', 'tie/shares-basic/2010-q2', 'tie/shares-diluted/2010-q2',
    ];
    expect(ties.filter((id) => !ids.includes(id))).toEqual([]);
    expect(ties.map(verdict).every((v) => v === 'exact')).toBe(true);
  });

  test('growth columns are recomputed as with the model', () => {
    expect(check(`growth/${FS}/ip-services/2010-q2-vs-2009-q2`).verdict).toBe('rounding'); // −8.63% printed −9%
    expect(check(`change/${FS}/adjusted-ebitda-margin/2010-q2-vs-2009-q2`)).toMatchObject({ verdict: 'exact', computed: '590' });
  });

  test('the prose is linked automatically with no claims.yaml: 39 figures, none a mismatch, and nothing throws', () => {
    // With no company model, the words of 39 figures name one line item plainly, in a period. The others
    // are unlinked with their candidates: a figure's value is never evidence of what it is, so neither
    // "$20.4 million in capital lease obligations" (the sum of the two portions the balance sheet prints)
    // nor a line named only in part is linked because its figure agrees.
    const claims = checks.filter((c) => c.kind === 'claim');
    expect(claims).toHaveLength(39);
    expect(claims.find((c) => c.reported.text === '$20.4 million')).toBeUndefined();
    expect(claims.filter((c) => c.verdict !== 'exact' && c.verdict !== 'rounding')).toEqual([]);
    expect(checks.length).toBeGreaterThan(100);
  });
});
