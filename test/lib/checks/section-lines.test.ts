// Rows under a heading naming a line's growth or mix, each named by the section that prints the line
// (src/lib/checks/section-lines.ts): Amazon's segment information (1Q23) prints each segment's "Net sales" under its
// name, then "Segment Highlights:" with "Y/Y net sales growth (decline):" and "Net sales mix:" over rows named by them.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checksOfText } from './no-model.ts';

const text = readFileSync('test/fixtures/checks/readings/amzn-2023-q1-segment-information.txt', 'utf8');
const checksOf = (t: string) => checksOfText(t, { id: 'amzn-2023-q1', company: 'amzn', name: 'Amazon.com, Inc.', fiscalPeriod: '2023-q1', releaseDate: '2023-04-27', scale: 6 });

describe('a row under "<line> growth" or "<line> mix" is its section\'s line grown, or its share of the whole', () => {
  const checks = checksOf(text);
  test.each<[string, string]>([
    ['growth/segment-information/yy-net-sales-growth-decline--north-america/2023-q1', 'rounding'], // 76,881 ÷ 69,244 − 1 = 11.0%
    ['growth/segment-information/yy-net-sales-growth-decline--consolidated/2023-q1', 'rounding'], // 127,358 ÷ 116,444 − 1 = 9.4%
    ['definition/segment-information/net-sales-mix--north-america/2022-q1', 'rounding'], // 69,244 ÷ 116,444 = 59.5%, printed 59%
    ['definition/segment-information/net-sales-mix--aws/2023-q1', 'rounding'], // 21,354 ÷ 127,358 = 16.8%, printed 17
  ])('%s: %s', (id, verdict) => {
    expect(checks.find((c) => c.id === id)?.verdict, checks.map((c) => c.id).join('\n')).toBe(verdict);
  });

  test('a quarter whose year before is not printed is not judged', () => {
    expect(checks.find((c) => c.id === 'growth/segment-information/yy-net-sales-growth-decline--north-america/2022-q1')).toBeUndefined();
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test.each<[string, string, string, string]>([
    ['    AWS\t37\t16', '\t16', '\t26', 'growth/segment-information/yy-net-sales-growth-decline--aws/2023-q1'],
    ['    International\t25\t23', '\t23', '\t33', 'definition/segment-information/net-sales-mix--international/2023-q1'],
  ])('%s printed wrong: a mismatch', (line, from, to, id) => {
    expect(text).toContain(line);
    expect(checksOf(text.replace(line, line.replace(from, to))).find((c) => c.id === id)?.verdict).toBe('mismatch');
  });
});

describe('shares printed to add up to 100 where their figures rounded each on its own do not: one moved a unit', () => {
  // Amazon 2Q22: North America 74,430 ÷ 121,234 = 61.4%, printed 62%, beside International 22.3% (22) and AWS 16.3% (16).
  const q2 = readFileSync('test/fixtures/checks/readings/amzn-2022-q2-segment-information.txt', 'utf8');
  const run = (t: string) => checksOfText(t, { id: 'amzn-2022-q2', company: 'amzn', name: 'Amazon.com, Inc.', fiscalPeriod: '2022-q2', releaseDate: '2022-07-28', scale: 6 });
  const id = 'definition/segment-information/net-sales-mix--north-america/2022-q2';
  const LINE = '    North America\t60%\t62%\t59%\t60%';

  test('the share moved is within rounding, saying why', () => {
    const c = run(q2).find((x) => x.id === id);
    expect(c?.verdict).toBe('rounding');
    expect(c?.explanation).toContain('add up to 100');
  });

  test.each<[string, string]>([
    ['\t63%', 'mismatch'], // a unit more: the column adds up to 101
    ['\t72%', 'mismatch'],
  ])('printed %s instead: %s', (to, verdict) => {
    expect(q2).toContain(LINE);
    expect(run(q2.replace(LINE, LINE.replace('\t62%', to))).find((x) => x.id === id)?.verdict).toBe(verdict);
  });
});
