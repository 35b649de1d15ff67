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

  test('a growth excluding F/X with no effect printed for its line is not judged', () => {
    expect(checks.find((c) => c.id === `growth/${RESULTS}/ww-net-sales-yy-growth-excluding-fx/2023-q1`)).toBeUndefined();
    expect(checks.find((c) => c.id === `growth/${SEGMENTS}/aws-segment--net-sales-yy-growth-excluding-fx/2023-q1`)).toBeUndefined();
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  // A quarter whose year before the table does not print: the line's trailing twelve months here and a quarter before
  // differ by this quarter less that one (src/lib/checks/trailing-sums.ts, `yearBeforeByTrailing`). Q3 2022: 2,525 −
  // (12,971 − 15,298) = 4,852, the third quarter of 2021; (2,525 − 357) ÷ 4,852 − 1 = (55.3)%, printed (55)%.
  test('a year before the table does not print is read from the trailing twelve months', () => {
    const c = checks.find((x) => x.id === `growth/${RESULTS}/operating-income-yy-growth-decline-excluding-fx/2022-q3`)!;
    expect(c.verdict).toBe('rounding');
    expect(c.reported.text).toBe('(55)%');
    expect(c.formula).toContain('Operating income -- TTM (Q2 2022)');
    expect(c.restsOn).toContain('differ by this quarter less it');
  });

  test("a growth so read misprinted is a mismatch: Q3 2022's (55)% printed (65)%", () => {
    const line = 'Operating income -- Y/Y growth (decline), excluding F/X\t(50)%\t(60)%\t(59)%\t(55)%';
    expect(text).toContain(line);
    const altered = checksOf(text.replace(line, line.replace(/\(55\)%$/, '(65)%')));
    expect(altered.find((c) => c.id === `growth/${RESULTS}/operating-income-yy-growth-decline-excluding-fx/2022-q3`)?.verdict).toBe('mismatch');
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

// Amazon's segments, 1Q22 (test/fixtures/checks/readings/amzn-2022-q1-segments.txt): six quarters, the year before of only
// the last printed, each segment's operating income beside its "-- TTM". International's growth row opens with "N/A",
// once read as dollars, the table's money, so the row was no growth in percent and not read at all.
describe('growths excluding F/X whose year before only the trailing twelve months give', () => {
  const segments = readFileSync('test/fixtures/checks/readings/amzn-2022-q1-segments.txt', 'utf8');
  const of = (t: string) => checksOfText(t, { id: 'amzn-2022-q1', company: 'amzn', name: 'Amazon.com, Inc.', fiscalPeriod: '2022-q1', releaseDate: '2022-04-28', scale: 6 });
  const TABLE = 'supplemental-financial-information-and-business-metrics';
  const INTERNATIONAL = `growth/${TABLE}/international-segment--operating-income-loss-yy-growth-decline-excluding-fx`;

  test.each([
    // North America, Q2 2021: 3,147 − (11,795 − 10,789) = 2,141; (3,147 − 34) ÷ 2,141 − 1 = 45.4%, printed 45%
    [`growth/${TABLE}/north-america-segment--operating-income-loss-yy-growth-decline-excluding-fx/2021-q2`, '45%'],
    // International, Q3 2021: −911 − (1,066 − 2,384) = 407; (−911 − 24) ÷ 407 − 1 = (329.7)%, printed (330)%
    [`${INTERNATIONAL}/2021-q3`, '(330)%'],
    // AWS, Q1 2021: 4,163 − (14,619 − 13,531) = 3,075; (4,163 + 171) ÷ 3,075 − 1 = 40.9%, printed 41%
    [`growth/${TABLE}/operating-income-yy-growth-excluding-fx/2021-q1`, '41%'],
  ])('%s: %s holds', (id, printed) => {
    const c = of(segments).find((x) => x.id === id)!;
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe('rounding');
  });

  test("International's (330)% printed (340)% is a mismatch", () => {
    const line = '  Operating income (loss) -- Y/Y growth (decline), excluding F/X\tN/A\t347%\t(53)%\t(330)%';
    expect(segments).toContain(line);
    const altered = of(segments.replace(line, line.replace('(330)%', '(340)%')));
    expect(altered.find((c) => c.id === `${INTERNATIONAL}/2021-q3`)?.verdict).toBe('mismatch');
    expect(altered.filter((c) => c.verdict === 'mismatch')).toHaveLength(1);
  });
});
