// Columns naming no period whose lines' captions name it, each block of lines printed again under its own caption
// (src/lib/checks/ratio-terms.ts `isChange`, `ofItsBlock`; margins.ts; per-share-rows.ts), on Qualcomm's reconciliation
// of Q1 fiscal 2023 (test/fixtures/checks/readings/qcom-fy2023-q1-reconciliation.txt): "GAAP Results | Less QSI | Less
// Share-Based Compensation | Less Other Items | Non-GAAP Results" under "Q1 Fiscal 2023", then again under "Q1 Fiscal
// 2022". Those columns were taken for change columns, and each block's "Revenues" and "EBT" for two candidates of one line.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checksOfText } from './no-model.ts';

const text = `Qualcomm Announces First Quarter Fiscal 2023 Results\n\n${readFileSync('test/fixtures/checks/readings/qcom-fy2023-q1-reconciliation.txt', 'utf8')}`;
const META = { id: 'qcom-fy2023-q1', fiscalPeriod: '2023-q1', fiscalYearEnd: '09-24', scale: 6 };
const T = 'definition/reconciliations-of-gaap-results-to-non-gaap';
const verdicts = (t: string, row: string) =>
  checksOfText(t, META).filter((c) => c.id.startsWith(`${T}/${row}/`)).map((c) => `${c.id.split('/').at(-1)!.replace('gaap-non-gaap-reconciliation-', '')} ${c.verdict}`);

describe('a block of lines under a caption naming its period is read in the columns it prints in', () => {
  test.each([
    // 2,371 ÷ 9,463 = 25.1%; 3,166 ÷ 9,456 = 33.5%: each block's EBT over its own revenues
    ['ebt-as-of-revenues', ['gaap-results rounding', 'non-gaap-results rounding']],
    ['ebt-as-of-revenues-2', ['gaap-results rounding', 'non-gaap-results rounding']],
    // 2,235 ÷ 1,131 = 1.98; (7) ÷ 1,131 = (0.01); … "Diluted EPS" is diluted earnings per share
    ['diluted-eps', ['gaap-results rounding', 'less-qsi rounding', 'less-share-based-compensation rounding', 'less-other-items1 rounding', 'non-gaap-results rounding']],
    ['diluted-eps-2', ['gaap-results rounding', 'less-qsi rounding', 'less-share-based-compensation rounding', 'less-other-items1 rounding', 'non-gaap-results rounding']],
  ])('%s', (row, expected) => {
    expect(verdicts(text, row)).toEqual(expected);
  });

  test.each([
    // the fiscal 2022 block's EBT altered: 3,865 → 3,565 makes its margin 33.3%, printed 36%
    ['EBT\t3,865\t122', 'EBT\t3,565\t122', 'ebt-as-of-revenues-2', 'gaap-results mismatch'],
    // the fiscal 2023 block's non-GAAP EPS altered: 2,684 ÷ 1,131 = 2.37, printed 2.47
    ['$0.05\t$2.37', '$0.05\t$2.47', 'diluted-eps', 'non-gaap-results mismatch'],
  ])('a planted error: %j → %j is a mismatch of %s', (from, to, row, verdict) => {
    expect(text).toContain(from);
    const got = verdicts(text.replace(from, to), row);
    expect(got).toContain(verdict);
    expect(got.filter((v) => v.endsWith('mismatch'))).toHaveLength(1);
  });
});

// The spanner "Non-GAAP Supplemental Information" over "QCT | QTL | Non-GAAP Reconciling Items", no total among them,
// beside the reconciliation's "Non-GAAP Results" (src/lib/checks/column-footing.ts `figuredTotals`).
describe("a spanner's columns add up to a column no header names their total, the figures alone establishing it", () => {
  const spanner = (t: string) => checksOfText(t, META).filter((c) => c.id.endsWith('/spanner')).map((c) => `${c.id.split('/')[2]} ${c.verdict}`);

  test('QCT + QTL + reconciling items = non-GAAP results: 7,892 + 1,524 + 40 = 9,456 revenues; 2,183 + 1,117 − 134 = 3,166 EBT', () => {
    expect(spanner(text)).toEqual(['revenues exact', 'ebt exact', 'revenues-2 exact', 'ebt-2 exact']);
  });

  test('a segment altered on one line is a mismatch there, the three other lines bearing the reading out', () => {
    const line = 'EBT\t3,865\t122\t(499)\t(64)\t4,306\t3,114\t1,406\t(214)';
    expect(text).toContain(line);
    expect(spanner(text.replace(line, line.replace('1,406', '1,906')))).toEqual(['revenues exact', 'ebt exact', 'revenues-2 exact', 'ebt-2 mismatch']);
  });

  test('two lines altered: too few lines bear the reading out, and nothing is read', () => {
    const a = 'EBT\t3,865\t122\t(499)\t(64)\t4,306\t3,114\t1,406\t(214)';
    const b = 'EBT\t2,371\t(8)\t(634)\t(153)\t3,166\t2,183\t1,117\t(134)';
    expect(spanner(text.replace(a, a.replace('1,406', '1,906')).replace(b, b.replace('1,117', '1,517')))).toEqual([]);
  });
});
