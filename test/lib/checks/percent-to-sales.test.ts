// A column headed as a percentage with no "of" naming its whole (src/lib/checks/share-columns.ts): J&J's statement of
// earnings, 1Q23 (test/fixtures/import/text/jnj-2023-q1-percent-to-sales.txt, unseen set s30), "2023 | 2022" over
// "Amount | Percent to Sales" each, "Sales to customers 24,746 | 100.0" the one line printing 100. Each other line is
// its amount over the sales: "Cost of products sold 8,395 | 33.9". The column is rounded so that the chain foots:
// "Restructuring 130 | 0.6" is 0.525%, printed 0.6 so that 66.1 less the costs is the (3.0) printed for earnings
// before taxes (`differsAsPrinted`).
import { describe, expect, test } from 'vitest';
import { importedText } from './no-model.ts';

const T = 'definition/statement-of-earnings';
const checks = (edits: [string, string][] = []) => importedText('jnj-2023-q1-percent-to-sales.txt', '2023-q1', edits);
const RESTRUCTURING = `${T}/restructuring/2023-q1.percent-sales`;

describe('"Percent to Sales": each line over the line printing 100', () => {
  test.each([
    ['cost-of-products-sold/2023-q1.percent-sales', '33.9'],
    ['gross-profit/2022-q1.percent-sales', '67.6'],
    ['other-income-expense-net/2023-q1.percent-sales', '29.2'],
    ['net-earningsloss/2022-q1.percent-sales', '22.0'],
  ])('%s (printed %s) holds', (id, printed) => {
    const c = checks().get(`${T}/${id}`);
    expect(c?.reported.value).toBe(printed);
    expect(['exact', 'rounding']).toContain(c?.verdict);
    expect(c?.explanation).toContain("prints 100% on 'Sales to customers' alone");
  });

  test('restructuring 130 printed 0.6 (0.525%): within rounding, the column rounded so that its chain foots', () => {
    const c = checks().get(RESTRUCTURING);
    expect(c?.verdict).toBe('rounding');
    expect(c?.explanation).toContain('rounded so that the column adds up');
  });

  test.each([
    ['a share altered beyond a unit: cost of products sold 33.9 → 35.9', ['8,395                 33.9', '8,395                 35.9'], `${T}/cost-of-products-sold/2023-q1.percent-sales`],
    ['restructuring altered to 1.6', ['130                 0.6', '130                 1.6'], RESTRUCTURING],
  ] as [string, [string, string], string][])('%s: mismatch', (_, edit, id) => {
    expect(checks([edit]).get(id)?.verdict).toBe('mismatch');
  });

  // A column whose shares do not follow a link of its amounts' chain is rounded line by line, not to foot: there the
  // 0.6 is no rounding of 0.525 (Ulta's 4Q21 interest, 467 of 2,729,388 printed 0.1%, s30's review: real).
  test('gross profit printed 66.2, so the chain does not foot as printed: restructuring 0.6 is a mismatch', () => {
    expect(checks([['16,351                 66.1', '16,351                 66.2']]).get(RESTRUCTURING)?.verdict).toBe('mismatch');
  });

  // No line printing 100: nothing names the whole, and nothing is read (never a mismatch).
  test('sales printed 99.0: no whole, no share read', () => {
    const c = checks([['24,746                100.0', '24,746                 99.0']]);
    expect(c.has(`${T}/cost-of-products-sold/2023-q1.percent-sales`)).toBe(false);
    expect([...c.values()].filter((x) => x.verdict === 'mismatch')).toEqual([]);
  });
});
