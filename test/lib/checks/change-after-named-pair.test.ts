// A change column right after the named pair of columns it compares (src/lib/checks/growth.ts `pairOf`): Saia's
// financial information, 1Q20 (unseen set s13), prints "First Quarter 2020 | 2019 | % Change" and then "First Quarter
// Amount/Workday 2020 | 2019 | % Change". The second "% Change" names no periods; its place, right after the two
// "Amount/Workday" columns, says which pair it compares, as the first one's place does for the plain quarters.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const ID = 'saia-2020-q1-workdays';
const COLUMN = '2020-q1-vs-2019-q1.first-quarter-percent-change';
const changes = (edits: [string, string][] = []) => excerpt(ID, edits).checks.filter((c) => c.id.startsWith('growth/') && c.id.endsWith(`/${COLUMN}`));

describe('a change column after a named pair of columns', () => {
  test.each([
    // [row, current, prior, printed]
    ['ltl-tonnage', '18.80', '18.07', '4.0'],
    ['ltl-shipments', '28.26', '27.63', '2.3'],
  ])('%s: the change of the amounts per workday, %s over %s, printed %s', (row, current, prior, printed) => {
    const c = changes().find((x) => x.id.split('/')[2] === row)!;
    expect(c.inputs.map((i) => i.split('/').at(-1))).toEqual(['2020-q1.amount-workday', '2019-q1.amount-workday']);
    expect(c.explanation).toContain(`(${current} ÷ ${prior} − 1) × 100`);
    expect(c.reported.text).toBe(printed);
    expect(['exact', 'rounding']).toContain(c.verdict);
  });

  test('a figure per workday altered, 27.63 printed 25.63, makes its line\'s change a mismatch, corroborated by the other line', () => {
    const checks = changes([['28.26\t27.63', '28.26\t25.63']]);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id.split('/')[2])).toEqual(['ltl-shipments']);
  });

  test('the plain quarters\' change column still compares the plain quarters', () => {
    const c = excerpt(ID).checks.find((x) => x.id === 'growth/financial-information/ltl-tonnage/2020-q1-vs-2019-q1')!;
    expect(c.inputs.map((i) => i.split('/').at(-1))).toEqual(['2020-q1', '2019-q1']);
    expect(['exact', 'rounding']).toContain(c.verdict);
  });
});
