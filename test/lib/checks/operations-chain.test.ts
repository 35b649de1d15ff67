// A statement of operations its title names without "statement of" (Royalty Pharma's "Condensed Consolidated
// Operations", ../shared/corpus/rprx-2024-q4.md, excerpted in test/fixtures/checks/readings/) is read as one: its
// chain of results ties line to line. A line named as a result of the chain that the chain did not take for a link
// ("Total net income before tax") is never one more line to add: the footing is unverifiable, never a mismatch.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { classifyTable } from '../../../src/lib/model/classify.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { Check, ReleaseMeta } from '../../../src/lib/types.ts';

const text = readFileSync('test/fixtures/checks/readings/rprx-2024-q4-condensed-operations.txt', 'utf8');
const meta: ReleaseMeta = {
  id: 'rprx-2024-q4', title: 'Results', company: 'rprx', name: 'Royalty Pharma plc', ticker: 'RPRX', exchange: '',
  fiscalYearEnd: '12-31', fiscalPeriod: '2024-q4', releaseDate: '2025-02-11', currency: 'USD', scale: 6,
};
const footings = (t: string): Check[] => runChecks(parseRelease(t, meta, emptyModel, 'rprx/release.txt'), emptyModel).filter((c) => c.kind === 'footing');
const of = (checks: Check[], row: string) => checks.filter((c) => c.id.split('/')[2] === row).map((c) => [c.id.split('/')[3], c.verdict]);

describe('"Condensed Consolidated Operations": a statement of operations', () => {
  test('the title with two lines of the chain makes the table a statement; a heading so named over selected figures does not', () => {
    const labels = ['Total income and other revenues', 'Operating income', 'Consolidated net income'];
    expect(classifyTable({ title: 'Royalty Pharma plcCondensed Consolidated Operations (unaudited) Table 1', labels, hasChange: false }).kind).toBe('income');
    // ASE's "Consolidated Operations" heading over one line of EBITDA (../shared/corpus/asx-2024-q4.md).
    expect(classifyTable({ title: 'Consolidated Operations', labels: ['EBITDA[3] (NT$ million)'], hasChange: false }).kind).not.toBe('income');
  });

  test.each([
    // 362 − 27 = 335 against 334 (each figure rounded to millions: within rounding), 613 + 105 = 718, …
    ['consolidated-net-income-before-tax', [['2024-q4', 'rounding'], ['2023-q4', 'exact'], ['2024-fy', 'rounding'], ['2023-fy', 'exact']]],
    ['consolidated-net-income', [['2024-q4', 'exact'], ['2023-q4', 'exact'], ['2024-fy', 'exact'], ['2023-fy', 'exact']]],
    ['net-income-attributable-to-royalty-pharma-plc', [['2024-q4', 'exact'], ['2023-q4', 'rounding'], ['2024-fy', 'exact'], ['2023-fy', 'exact']]],
  ])('%s ties to the link before it', (row, expected) => {
    expect(of(footings(text), row)).toEqual(expected);
  });

  test('a figure altered in one column is a mismatch there', () => {
    const planted = text.replace('Consolidated net income before tax\t334', 'Consolidated net income before tax\t394');
    expect(footings(planted).filter((c) => c.verdict === 'mismatch').map((c) => c.id.split('/').slice(2).join('/'))).toContain('consolidated-net-income-before-tax/2024-q4');
  });

  test('a result of the chain it does not take for a link is not added up as one more line: never a mismatch', () => {
    // A pretax line named with what else it is before: no concept reads it, so the chain runs from operating income to
    // net income over it, and would add it to the lines it sums.
    const unnamed = text.replace('Consolidated net income before tax', 'Consolidated net income before taxes and equity in affiliates');
    const checks = footings(unnamed);
    expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
    // Its sign left open, the reading that takes it for the subtotal it is ties.
    expect(of(checks, 'consolidated-net-income').map(([, v]) => v)).toEqual(['exact', 'exact', 'exact', 'exact']);
  });
});
