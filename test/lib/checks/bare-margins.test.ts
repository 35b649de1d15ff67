// A percentage its label prints as a line's name and "%" alone, in a table that prints that line and revenue, is
// a margin (src/lib/checks/margins.ts, bareMargin): Kemira's key figures, "Operative EBITDA, %" beside "Operative
// EBITDA" and "Revenue", "Operative EBITDA %, O&G divestment adjusted" beside the lines so qualified. The label states
// no basis, so the row's columns are judged together: a column that fails where the others hold is a mismatch.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const TABLE = 'key-figures-and-ratios';
const margins = (edits: [string, string][] = []) => excerpt('kemira-2024-q4', edits).checks.filter((c) => c.kind === 'definition' && c.id.startsWith(`definition/${TABLE}/`));

describe('"X, %" beside "X" and "Revenue" is X as a percentage of revenue', () => {
  test.each([
    // [row, column, numerator, denominator, computed to three places]
    ['operative-ebitda-2', '2024-q4', 'Operative EBITDA', 'Revenue', '18.654'],
    ['operative-ebitda-og-divestment-adjusted-2', '2023-q4', 'Operative EBITDA, O&G divestment adjusted', 'Revenue, O&G divestment adjusted', '21.631'],
    ['ebitda-2', '2024-fy', 'EBITDA', 'Revenue', '18.680'],
    ['ebit-2', '2023-q4', 'EBIT', 'Revenue', '0.161'],
  ])('%s in %s: %s over %s', (row, column, numerator, denominator, computed) => {
    const c = margins().find((x) => x.id === `definition/${TABLE}/${row}/${column}`)!;
    expect(c.verdict).toBe('rounding');
    expect(c.formula).toBe(`${c.formula.split(' = ')[0]} = ${numerator} ÷ ${denominator} × 100`);
    expect(Number(c.computed).toFixed(3)).toBe(computed);
    expect(c.restsOn).toContain('read as a margin');
  });

  test('six margins in four columns, every one within rounding as printed', () => {
    const checks = margins();
    expect(checks.length).toBe(24);
    expect(checks.filter((c) => c.verdict !== 'exact' && c.verdict !== 'rounding')).toEqual([]);
  });

  test('lines whose words name no line of the table (a return, a ratio at period end) are not read', () => {
    const rows = new Set(margins().map((c) => c.id.split('/')[2]));
    for (const r of ['operative-roce', 'roce', 'equity-ratio-at-period-end', 'gearing-at-period-end']) expect(rows.has(r)).toBe(false);
  });

  test.each([
    // a planted error: [what, the line as printed, altered, the check that must fail]
    ['the quarter\'s EBITDA margin, 16.1 printed 17.1', 'EBITDA, %\t16.1\t6.3', 'EBITDA, %\t17.1\t6.3', 'ebitda-2/2024-q4'],
    ['the year\'s operative EBIT, 398.7 printed 389.7', 'Operative EBIT\t86.2\t112.6\t398.7', 'Operative EBIT\t86.2\t112.6\t389.7', 'operative-ebit-2/2024-fy'],
  ])('%s is a mismatch there, corroborated by the other columns', (_what, from, to, id) => {
    const mismatches = margins([[from, to]]).filter((c) => c.verdict === 'mismatch');
    expect(mismatches.map((c) => c.id)).toEqual([`definition/${TABLE}/${id}`]);
  });
});
