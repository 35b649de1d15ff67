import { describe, expect, test } from 'vitest';
import { formatBasisPoints, type NumberOptions } from '../../../src/lib/format/index.ts';

describe('formatBasisPoints(value, options)', () => {
  const t = (expected: string, value: string | null, options: NumberOptions = {}) =>
    test(`formatBasisPoints(${JSON.stringify(value)}, ${JSON.stringify(options)}) is "${expected}"`, () => {
      expect(formatBasisPoints(value, options)).toBe(expected);
    });
  // "590 BPS" and "80 BPS" in the Q2 2010 summary
  t('590 bps', '590');
  t('80 bps', '80');
  t('+590 bps', '590', { signed: true });
  t('−80 bps', '-80');
  t('1,200 bps', '1200');
  t('n/m', 'n/m');
  t('—', null);
});
