// A margin named by its section (src/lib/checks/margins.ts `inItsSection`): Amazon's supplemental metrics print the
// same lines under each segment's section ("North America Segment:", "International Segment:", "AWS Segment:"), and
// "Operating margin -- % of North America net sales" is that section's "Operating income" over its "Net sales";
// "Operating margin -- TTM % of …" the section's "Operating income -- TTM" over its "Net sales -- TTM" (excerpt
// amzn-2021-q4-segment-margins, from ../shared/series/amzn).
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const margins = (edits: [string, string][] = []) => excerpt('amzn-2021-q4-segment-margins', edits).checks.filter((c) => c.id.startsWith('definition/') && c.id.includes('operating-margin'));

describe('"Operating margin -- % of <section> net sales" is read in its own section', () => {
  const cases: [string, string, string][] = [
    ['north-america', 'Operating income', 'Net sales'],
    ['international', 'Operating income (loss)', 'Net sales'],
    ['aws', 'Operating income', 'Net sales'],
  ];
  test.each(cases)('%s: quarter and TTM margins, six quarters each, hold', (segment, income, sales) => {
    const checks = margins().filter((c) => c.id.includes(`-of-${segment}-net-sales/`));
    expect(checks.length).toBe(12);
    expect(checks.filter((c) => c.verdict !== 'exact' && c.verdict !== 'rounding')).toEqual([]);
    const q = checks.find((c) => c.id.includes('/operating-margin-of-') && c.id.endsWith('/2021-q3'))!;
    expect(q.formula).toContain(income);
    expect(q.formula).toContain(sales);
    const ttm = checks.find((c) => c.id.includes('-ttm-') && c.id.endsWith('/2021-q3'))!;
    expect(ttm.formula).toContain(`${income} -- TTM`);
    expect(ttm.formula).toContain(`${sales} -- TTM`);
  });

  test('a margin altered beyond rounding is a mismatch (AWS Q2 2021, 28.3% printed 26.3%)', () => {
    const row = 'Operating margin -- % of AWS net sales\t30.5%\t28.0%\t30.8%\t28.3%';
    const mismatches = margins([[row, row.replace('28.3%', '26.3%')]]).filter((c) => c.verdict === 'mismatch');
    expect(mismatches.map((c) => c.id.split('/').slice(-2).join('/'))).toEqual(['operating-margin-of-aws-net-sales/2021-q2']);
  });

  test('a TTM income altered beyond rounding is found by its margin (North America Q1 2021, 10,789 printed 12,789)', () => {
    const row = 'Operating income -- TTM\t$ 7,604\t$ 8,651\t$ 10,789';
    const mismatches = margins([[row, row.replace('10,789', '12,789')]]).filter((c) => c.verdict === 'mismatch');
    expect(mismatches.map((c) => c.id.split('/').slice(-2).join('/'))).toEqual(['operating-margin-ttm-of-north-america-net-sales/2021-q1']);
  });
});

// The section's name not among the label's words: "Operating margin -- % of WW net sales" under "Results of
// Operations" is the table's one "Operating income" over its one line named "WW net sales", "Worldwide (WW) net sales"
// (an abbreviation its label defines); the TTM margin over the TTM lines (excerpt amzn-2021-q4-quarters).
describe('"Operating margin -- % of WW net sales" is read over the table\'s own lines', () => {
  const ww = (edits: [string, string][] = []) => excerpt('amzn-2021-q4-quarters', edits).checks.filter((c) => c.id.startsWith('definition/') && c.id.includes('-of-ww-net-sales/'));

  test('quarter and TTM margins, six quarters each, hold over Operating income and Worldwide (WW) net sales', () => {
    const checks = ww();
    expect(checks.length).toBe(12);
    expect(checks.filter((c) => c.verdict !== 'exact' && c.verdict !== 'rounding')).toEqual([]);
    const q = checks.find((c) => c.id.includes('/operating-margin-of-ww-net-sales/2021-q2'))!;
    expect(q.formula).toContain('Operating income');
    expect(q.formula).toContain('Worldwide (WW) net sales');
    const ttm = checks.find((c) => c.id.includes('/operating-margin-ttm-of-ww-net-sales/2021-q2'))!;
    expect(ttm.formula).toContain('Operating income -- TTM');
    expect(ttm.formula).toContain('WW net sales -- TTM');
  });

  test('a margin altered beyond rounding is a mismatch (Q2 2021, 6.8% printed 7.8%)', () => {
    const row = 'Operating margin -- % of WW net sales\t6.4%\t5.5%\t8.2%\t6.8%';
    const mismatches = ww([[row, row.replace('6.8%', '7.8%')]]).filter((c) => c.verdict === 'mismatch');
    expect(mismatches.map((c) => c.id.split('/').slice(-2).join('/'))).toEqual(['operating-margin-of-ww-net-sales/2021-q2']);
  });

  test('a quarter of net sales altered beyond rounding is found by its margin (Q3 2021, 110,812 printed 120,812)', () => {
    const row = 'Worldwide (WW) net sales\t$ 96,145\t$ 125,555\t$ 108,518\t$ 113,080\t$ 110,812';
    const mismatches = ww([[row, row.replace('110,812', '120,812')]]).filter((c) => c.verdict === 'mismatch');
    expect(mismatches.map((c) => c.id.split('/').slice(-2).join('/'))).toEqual(['operating-margin-of-ww-net-sales/2021-q3']);
  });
});
