// A segment's result named by its loss and printed as one (src/lib/checks/structure.ts, netCosts): Amazon's segment
// information (1Q23) prints International's "Operating loss" (1,281) under its "Net sales" 28,759 and "Operating
// expenses" 30,040, as North America's "Operating income (loss)" under its own.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checksOfText } from './no-model.ts';

const text = readFileSync('test/fixtures/checks/readings/amzn-2023-q1-segment-information.txt', 'utf8');
const checksOf = (t: string) => checksOfText(t, { id: 'amzn-2023-q1', company: 'amzn', name: 'Amazon.com, Inc.', fiscalPeriod: '2023-q1', releaseDate: '2023-04-27', scale: 6 });
const LINE = '  Operating loss\t<u>$ (1,281)</u>\t<u>$ (1,247)</u>';

describe('"Operating loss" printed negative is its net sales less its operating expenses', () => {
  test.each<[string, string]>([
    ['2022-q1', 'exact'], // 28,759 − 30,040 = (1,281)
    ['2023-q1', 'exact'], // 29,123 − 30,370 = (1,247)
  ])('in %s: %s', (column, verdict) => {
    const checks = checksOf(text);
    expect(checks.find((c) => c.id === `footing/segment-information/operating-loss/${column}`)?.verdict, checks.map((c) => c.id).join('\n')).toBe(verdict);
  });

  test('printed wrong, a mismatch', () => {
    expect(text).toContain(LINE);
    const checks = checksOf(text.replace(LINE, LINE.replace('(1,247)', '(1,347)')));
    expect(checks.find((c) => c.id === 'footing/segment-information/operating-loss/2023-q1')?.verdict).toBe('mismatch');
  });
});
