// J&J's "GAAP to Non-GAAP Reconciliation" of 1Q23 (JOHNSON_JOHNSON_2023Q1_EARNINGS.pdf through `pdftotext -layout`,
// unseen set s30; excerpt test/fixtures/import/real/jnj-2023-q1-gaap-to-non-gaap.txt): the reconciliation runs across
// the columns ("First Quarter April 2, 2023 GAAP | Intangible asset amortization | … | Non-GAAP"), the rows are lines of
// the income statement with its revenue left out. Read down the rows, "Net Earnings/(Loss)" held as "Cost of products
// sold" less the lines below it only in the adjustments' columns, where cost of products sold prints nothing: four
// false mismatches (the GAAP and non-GAAP columns and two adjustments). A column where the start prints nothing says
// nothing of a line reached from it (src/lib/checks/structure.ts, fitsAsALink); the adjustments' columns, printing no
// period of their own, are the period's of the columns around them (column-reconciliation.ts), so each line reconciles
// across.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkExcerpt } from '../excerpt-release.ts';

const EXCERPT = readFileSync('test/fixtures/import/real/jnj-2023-q1-gaap-to-non-gaap.txt', 'utf8');

function checks(text: string) {
  return checkExcerpt(text, { id: 'jnj-2023-q1', headline: 'Johnson & Johnson Reports 2023 First-Quarter Results', name: 'Johnson & Johnson', ticker: 'JNJ', fiscalPeriod: '2023-q1', releaseDate: '2023-04-18', fiscalYearEnd: '12-31' });
}

const NON_GAAP_2023 = '2023-04-02.first-quarter-non-gaap/columns';

describe('a reconciliation across columns is read across them, not down its rows (J&J, 1Q23)', () => {
  test('nothing is a mismatch, and no line is reached from "Cost of products sold" down the rows', () => {
    const all = checks(EXCERPT);
    expect(all.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
    expect(all.filter((c) => c.kind === 'footing' && c.inputs.some((i) => i.endsWith('/cost-of-products-sold/2023-04-02.first-quarter-gaap')) && !c.id.endsWith('/columns'))).toEqual([]);
  });

  test.each([
    ['cost-of-products-sold', '6954'],
    ['research-and-development-expense', '3495'],
    ['provision-forbenefit-from-taxes-on-income', '1400'],
    ['net-earningsloss', '7068'],
  ])('%s: GAAP plus the adjustments across is the non-GAAP %s printed', (row, printed) => {
    const c = checks(EXCERPT).find((x) => x.id === `footing/gaap-to-non-gaap-reconciliation/${row}/${NON_GAAP_2023}`);
    expect(c?.reported.value).toBe(printed);
    expect(c?.verdict).toBe('exact');
  });

  test.each([
    ['the non-GAAP cost of products sold', '(23)                (206)                (12)                                                                    6,954', '(23)                (206)                (12)                                                                    6,964', 'cost-of-products-sold'],
    ['an adjustment of net earnings', '339                 240 ', '349                 240 ', 'net-earningsloss'],
  ])('%s altered beyond rounding is a mismatch across the columns', (_what, from, to, row) => {
    expect(EXCERPT).toContain(from);
    const c = checks(EXCERPT.replace(from, to)).find((x) => x.id === `footing/gaap-to-non-gaap-reconciliation/${row}/${NON_GAAP_2023}`);
    expect(c?.verdict).toBe('mismatch');
  });
});
