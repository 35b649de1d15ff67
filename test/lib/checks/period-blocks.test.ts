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
