// A growth excluding currency printed under its line and the line's currency effect (src/lib/checks/currency-growth-rows.ts).
// Amazon's supplemental metrics (1Q23) print six quarters; under "Operating income" the "F/X impact" and then "Operating income
// -- Y/Y growth (decline), excluding F/X": the quarter's figure less the effect against the quarter a year before, where the
// table prints it (Q4 2022 over Q4 2021, Q1 2023 over Q1 2022). A net sales growth excluding F/X, no effect printed for it,
// is not read.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checksOfText } from './no-model.ts';

const text = readFileSync('test/fixtures/checks/readings/amzn-2023-q1-results-and-segments.txt', 'utf8');
const checksOf = (t: string) => checksOfText(t, { id: 'amzn-2023-q1', company: 'amzn', name: 'Amazon.com, Inc.', fiscalPeriod: '2023-q1', releaseDate: '2023-04-27', scale: 6 });
const RESULTS = 'supplemental-financial-information-and-business-metrics';
const SEGMENTS = 'supplemental-financial-information-and-business-metrics-2';

describe('a "-- Y/Y growth, excluding F/X" row under its line and the line\'s F/X impact', () => {
  const checks = checksOf(text);
  const ids = () => checks.filter((c) => c.id.startsWith('growth/')).map((c) => c.id).join('\n');
  test.each<[string, string, string, string]>([
    // (4,774 − 139) ÷ 3,669 − 1 = 26.3%, printed 26%; (2,737 − 213) ÷ 3,460 − 1 = (27.1)%, printed (27)%
    [RESULTS, 'operating-income-yy-growth-decline-excluding-fx', '2023-q1', 'rounding'],
    [RESULTS, 'operating-income-yy-growth-decline-excluding-fx', '2022-q4', 'rounding'],
    // AWS: (5,123 − 272) ÷ 6,518 − 1 = (25.6)%, printed (26)%
    [SEGMENTS, 'operating-income-yy-growth-decline-excluding-fx', '2023-q1', 'rounding'],
    // From a loss, as Amazon computes it: (−1,247 + 174) ÷ −1,281 − 1 = (16.2)%, printed (16)%
    [SEGMENTS, 'operating-loss-yy-growth-decline-excluding-fx', '2023-q1', 'rounding'],
    [SEGMENTS, 'operating-income-loss-yy-growth-decline-excluding-fx', '2022-q4', 'rounding'],
  ])('%s %s in %s: %s', (table, row, column, verdict) => {
    expect(checks.find((c) => c.id === `growth/${table}/${row}/${column}`)?.verdict, ids()).toBe(verdict);
  });

  test('a growth excluding F/X with no effect printed for its line, or whose year before is not printed, is not judged', () => {
    expect(checks.find((c) => c.id === `growth/${RESULTS}/ww-net-sales-yy-growth-excluding-fx/2023-q1`)).toBeUndefined();
    expect(checks.find((c) => c.id === `growth/${SEGMENTS}/aws-segment--net-sales-yy-growth-excluding-fx/2023-q1`)).toBeUndefined();
    expect(checks.find((c) => c.id === `growth/${RESULTS}/operating-income-yy-growth-decline-excluding-fx/2022-q3`)).toBeUndefined();
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test.each<[string, string, string, string, string, string]>([
    // A growth from a profit printed wrong is a mismatch: 26% printed 36%.
    ['operating-income-yy-growth-decline-excluding-fx', 'mismatch', 'Operating income -- Y/Y growth (decline), excluding F/X\t(50)%\t(60)%\t(59)%\t(55)%\t(27)%\t26%', '\t26%', '\t36%', RESULTS],
    // From a loss, a figure that does not follow is not judged: the release may compute it against the loss's size.
    ['operating-loss-yy-growth-decline-excluding-fx', 'unverifiable', 'Operating loss -- Y/Y growth (decline), excluding F/X\t(533)%\t(196)%\t(526)%\t147%\t17%\t(16)%', '\t(16)%', '\t(36)%', SEGMENTS],
  ])('%s altered in Q1 2023: %s', (row, verdict, line, from, to, table) => {
    expect(text).toContain(line);
    const altered = checksOf(text.replace(line, line.replace(from, to)));
    expect(altered.find((c) => c.id === `growth/${table}/${row}/2023-q1`)?.verdict).toBe(verdict);
  });
});
