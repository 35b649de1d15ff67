// A change of a line printed as the sum or difference of two lines above it (src/lib/checks/footed-lines.ts): Kelly
// Services, Q4 and FY 2024 (../shared/corpus-pending), prints each segment's "Business unit profit (loss)" as gross
// profit less SG&A expenses (Education, 139.8 − 95.9 = 43.9, 128.7 − 92.4 = 36.3) and computes its "% Change" before
// rounding: two such changes lie beyond half a unit of each figure and within a unit. Professional & Industrial's
// business unit profit excluding restructuring, 35.0 against 23.0 printed +50.9%, lies beyond a unit too (it is 34.7,
// the line above, over 23.0), and Science, Engineering & Technology's gross profit, 94.8 against 64.6 printed +47.0%,
// is a line no two lines above it add up to: both still mismatches.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const ID = 'kelya-2024-q4-statements';
const growth = (edits: [string, string][] = []) => excerpt(ID, edits).checks.filter((c) => c.kind === 'growth');
const EDUCATION = 'growth/professional-industrial-2/education--business-unit-profit-loss/2024-fy-vs-2023-fy';
const EDUCATION_EXCLUDING = 'growth/professional-industrial-2/education--business-unit-profit-loss-excluding-restructuring-and-impairment/2024-fy-vs-2023-fy';
const SCIENCE_GROSS_PROFIT = 'growth/professional-industrial/science--gross-profit/2024-q4-vs-2023-q4';
const INDUSTRIAL_EXCLUDING = 'growth/professional-industrial-2/professional-industrial--business-unit-profit-loss-excluding-restructuring-and-impairment/2024-fy-vs-2023-fy';

describe('a change of a line footed from two lines, computed before rounding', () => {
  test.each([
    // [check, printed, terms as printed, half units allow, a unit allows]
    [EDUCATION, '21.3', "'Gross profit' less 'Total SG&A expenses' (139.8 − 95.9 = 43.9; 128.7 − 92.4 = 36.3)", '20.6327 to 21.2414', '20.329 to 21.547'],
    [EDUCATION_EXCLUDING, '18.1', "'Gross profit' less 'SG&A expenses excluding restructuring charges' (139.8 − 95.9 = 43.9; 128.7 − 91.4 = 37.3)", '17.4029 to 17.9866', '17.112 to 18.280'],
  ])('%s: %s, beyond half a unit of each figure, within a unit', (id, printed, terms, half, unit) => {
    const c = growth().find((x) => x.id === id)!;
    expect(c.reported.value).toBe(printed);
    expect(c.verdict).toBe('rounding');
    expect(c.explanation).toContain(`the rounded inputs allow ${half}.`);
    expect(c.explanation).toContain(`is printed as ${terms}:`);
    expect(c.explanation).toContain(`which allows ${unit}: within rounding.`);
  });

  test.each([
    ['beyond a unit of each figure, +50.9% of 35.0 against 23.0', INDUSTRIAL_EXCLUDING],
    ['a line no two lines above it add up to, gross profit +47.0% of 94.8 against 64.6', SCIENCE_GROSS_PROFIT],
  ])('%s: still a mismatch', (_, id) => {
    const c = growth().find((x) => x.id === id)!;
    expect(c.verdict).toBe('mismatch');
    expect(c.explanation).not.toContain('footed from two rounded lines');
  });

  test('the line no longer the difference of the two (gross profit 139.8 printed 139.7): half a unit, a mismatch', () => {
    const c = growth([['Gross profit\t139.8\t128.7', 'Gross profit\t139.7\t128.7']]).find((x) => x.id === EDUCATION)!;
    expect(c.verdict).toBe('mismatch');
  });

  test.each([
    // [check, printed line, altered]
    [EDUCATION, 'Business unit profit (loss)\t43.9\t36.3\t21.3', 'Business unit profit (loss)\t43.9\t36.3\t23.1'],
    [EDUCATION_EXCLUDING, 'restructuring and impairment\t43.9\t37.3\t18.1', 'restructuring and impairment\t43.9\t37.3\t16.1'],
  ])('%s altered beyond a unit of its figures (%s -> %s) is a mismatch', (id, from, to) => {
    expect(growth([[from, to]]).find((c) => c.id === id)!.verdict).toBe('mismatch');
  });
});
