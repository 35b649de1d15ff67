// Reconciliations across columns (src/lib/checks/column-reconciliation.ts): a table that prints its measures as
// columns and its periods down the side. Chimera's economic net interest income (test/fixtures/checks/corpus/cim-2024-q4).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fromFiles } from './no-model.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const DIR = 'test/fixtures/checks/corpus/cim-2024-q4';
const TABLE = 'footing/economic-net-interest-income';

function excerpt(edits: [string, string][] = []) {
  let text = readFileSync(`${DIR}/release.txt`, 'utf8');
  for (const [from, to] of edits) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  const tmp = mkdtempSync(join(tmpdir(), 'tieout-columns-'));
  writeFileSync(join(tmp, 'release.txt'), text);
  return fromFiles('cim-2024-q4', join(tmp, 'release.txt'), `${DIR}/release.yaml`);
}

describe('a reconciliation across columns', () => {
  const cim = excerpt();
  test.each([
    // Economic Interest Expense = GAAP Interest Expense + Periodic Interest Cost of Interest Rate Swaps: 496,274 − 23,780 = 472,494
    [`${TABLE}/for-the-year-ended-december-31-2024/economic-interest-expense/columns`, 'exact', '472494'],
    // 126,540 − 4,542 = 121,998 against 121,997 printed: each figure is rounded to the thousand
    [`${TABLE}/for-the-quarter-ended-december-31-2024/economic-interest-expense/columns`, 'rounding', '121998'],
    // GAAP Net Interest Income = GAAP Interest Income − GAAP Interest Expense: 760,950 − 496,274 = 264,676
    [`${TABLE}/for-the-year-ended-december-31-2024/gaap-net-interest-income/columns`, 'exact', '264676'],
    // Economic Net Interest Income = GAAP Net Interest Income + swaps + Other: 264,676 + 23,780 − 7,352 = 281,104
    [`${TABLE}/for-the-year-ended-december-31-2024/economic-net-interest-income/columns`, 'exact', '281104'],
    [`${TABLE}/for-the-year-ended-december-31-2022/economic-net-interest-income/columns`, 'exact', '435571'],
  ])('%s → %s (%s)', (id, verdict, computed) => {
    const c = cim.check(id);
    expect(c.verdict).toBe(verdict);
    expect(c.computed).toBe(computed);
    expect(c.period).toBe(id.includes('year-ended-december-31-2024') ? '2024-fy' : c.period);
  });

  test('each row is a period: every line of the table is read, seven periods, three results each', () => {
    expect(cim.checks.filter((c) => c.id.startsWith(TABLE) && c.id.endsWith('/columns'))).toHaveLength(21);
  });

  test.each([
    // a planted error: 2023's Economic Net Interest Income, 270,659 printed 276,059
    [['$ (9,871)\t$ 270,659', '$ (9,871)\t$ 276,059'], `${TABLE}/for-the-year-ended-december-31-2023/economic-net-interest-income/columns`],
    // Q1 2024's GAAP Interest Expense, 121,468 printed 124,168: both its results fail
    [['$ 186,574\t$ 121,468', '$ 186,574\t$ 124,168'], `${TABLE}/for-the-quarter-ended-march-31-2024/gaap-net-interest-income/columns`],
  ] as [[string, string], string][])('%j planted: %s is a mismatch, corroborated by the other periods', (edit, id) => {
    const c = excerpt([edit]).check(id);
    expect(c.verdict).toBe('mismatch');
    expect(c.explanation).toContain('so this line is a mismatch');
  });
});

// Qualcomm (1Q22, series qcom-fy2022-q1; test/fixtures/checks/columns/qcom-fy2022-q1-reconciliations.txt): its columns
// name the measures under a spanner ("GAAP to Non-GAAP Reconciliation" over "GAAP Results | Less QSI | Less
// Share-Based Compensation | Less Other Items | Non-GAAP Results"): the qualifier follows the spanner's words.
describe('a reconciliation across columns under a spanner\'s words', () => {
  const text = readFileSync('test/fixtures/checks/columns/qcom-fy2022-q1-reconciliations.txt', 'utf8');
  const META: ReleaseMeta = {
    id: 'qcom-fy2022-q1', title: 'Results', company: 'qcom', name: 'Qualcomm', ticker: 'QCOM', exchange: '',
    fiscalYearEnd: '09-26', fiscalPeriod: '2022-q1', releaseDate: '2022-02-02', currency: 'USD', scale: 6,
  };
  const columnChecks = (t: string) => runChecks(parseRelease(t, META, emptyModel, 'excerpt/release.txt'), emptyModel).filter((c) => c.id.endsWith('/columns'));
  const RECONCILIATION = 'footing/reconciliations-of-gaap-results-to-non-gaap';

  test('each line of amounts ties: Non-GAAP results are GAAP results less the three columns between', () => {
    const checks = columnChecks(text);
    expect(checks.map((c) => c.verdict).filter((v) => v !== 'exact' && v !== 'rounding')).toEqual([]);
    // Operating income 3,864 − 1 − (499) − (70) = 4,432; income tax 466 − 13 − (190) − 23 = 620
    expect(checks.find((c) => c.id === `${RECONCILIATION}/operating-income-loss/gaap-non-gaap-reconciliation-non-gaap-results/columns`)?.computed).toBe('4432');
    expect(checks.find((c) => c.id.endsWith('/income-tax-expense-benefit/2022-q1.supplemental-information-reconciliations-non-gaap-results/columns'))?.computed).toBe('620');
    // Twelve lines of amounts and, each period's columns dividing by one count, its per-share line.
    expect(checks.length).toBe(16);
    // The count of shares printed in every column is no amount reconciled.
    expect(checks.some((c) => c.id.includes('diluted-shares'))).toBe(false);
  });

  // Each column's per-share figure is its net income over the one count every column prints, so they add as the
  // amounts do: $2.98 − $0.10 − ($0.27) − ($0.08) = $3.23.
  test.each([
    ['diluted-eps', '$3.23', '3.23'],
    ['diluted-eps-2', '$2.17', '2.17'],
  ])('%s: the per-share line reconciles across the columns as its amounts do (%s)', (row, printed, computed) => {
    const c = columnChecks(text).find((x) => x.id === `${RECONCILIATION}/${row}/gaap-non-gaap-reconciliation-non-gaap-results/columns`)!;
    expect(c.reported.text).toBe(printed);
    expect(c.computed).toBe(computed);
    expect(c.verdict).toBe('exact');
  });

  test('a per-share adjustment misprinted is its line\'s mismatch (($0.08) printed ($0.18))', () => {
    const line = 'Diluted EPS\t$2.98\t$0.10\t($0.27)\t($0.08)\t$3.23';
    expect(text).toContain(line);
    const checks = columnChecks(text.replace(line, line.replace('($0.08)', '($0.18)')));
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([`${RECONCILIATION}/diluted-eps/gaap-non-gaap-reconciliation-non-gaap-results/columns`]);
  });

  // The count itself (src/lib/checks/shared-counts.ts): each column's is the one the others print.
  const countChecks = (t: string) => runChecks(parseRelease(t, META, emptyModel, 'excerpt/release.txt'), emptyModel).filter((c) => c.id.endsWith('/count'));
  const COUNT = 'tie/reconciliations-of-gaap-results-to-non-gaap';

  test('each column prints the one count: ten ties, every one exact', () => {
    const checks = countChecks(text);
    expect(checks).toHaveLength(10);
    expect(new Set(checks.map((c) => c.verdict))).toEqual(new Set(['exact']));
  });

  test.each([
    ['Less QSI', 'Diluted shares\t1,142\t1,142', 'Diluted shares\t1,142\t5,142', 'diluted-shares/gaap-non-gaap-reconciliation-less-qsi', '$0.10'],
    ['Non-GAAP Results', '\t1,156\t1,156\t1,156\t1,156\t1,156', '\t1,156\t1,156\t1,156\t1,156\t1,656', 'diluted-shares-2/gaap-non-gaap-reconciliation-non-gaap-results', '$2.17'],
  ])('a count misprinted in the %s column is a mismatch: its per-share figure divides by the others\' count', (_, from, to, id, perShare) => {
    expect(text).toContain(from);
    const checks = countChecks(text.replace(from, to));
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([`${COUNT}/${id}/count`]);
    expect(checks.find((c) => c.verdict === 'mismatch')!.explanation).toContain(`per-share figure, ${perShare}, is its 'Net income (loss)'`);
    // Nor is the misprinted count read as a sum of the others across the columns.
    expect(columnChecks(text.replace(from, to)).filter((c) => c.id.includes('diluted-shares'))).toEqual([]);
  });

  test('a count of its own whose per-share figure divides by it is not accused (1,170 with $2.15 = 2,510 ÷ 1,170)', () => {
    const [eps, count] = ['Diluted EPS\t$2.12\t$0.13\t($0.20)\t$0.02\t$2.17', 'Diluted shares\t1,156\t1,156\t1,156\t1,156\t1,156'];
    for (const line of [eps, count]) expect(text).toContain(line);
    const checks = countChecks(text.replace(eps, eps.replace('$2.17', '$2.15')).replace(count, count.replace(/1,156$/, '1,170')));
    const c = checks.find((x) => x.id === `${COUNT}/diluted-shares-2/gaap-non-gaap-reconciliation-non-gaap-results/count`)!;
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).toContain('may print a count of its own');
  });

  test('a figure altered in one column is a mismatch on its line (research and development, 1,546 printed 1,564)', () => {
    const line = 'Research and development expenses\t1,930\t—\t375\t9\t1,546';
    expect(text).toContain(line);
    const checks = columnChecks(text.replace(line, line.replace('1,546', '1,564')));
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual(['footing/cost-of-revenues/research-and-development-expenses/2022-q1.supplemental-information-reconciliations-non-gaap-results/columns']);
  });
});
