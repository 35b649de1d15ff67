import { describe, expect, test } from 'vitest';
import { formatNumber, type NumberOptions } from '../../../src/lib/format/index.ts';

describe('formatNumber(value, options)', () => {
  const t = (expected: string, value: string | null, options: NumberOptions = {}) =>
    test(`formatNumber(${JSON.stringify(value)}, ${JSON.stringify(options)}) is "${expected}"`, () => {
      expect(formatNumber(value, options)).toBe(expected);
    });
  t('2,435', '2435');
  t('−7.49', '-7.4876934938', { decimals: 2 });
  t('-7.49', '-7.4876934938', { decimals: 2, minus: '-' });
  t('+46.5', '46.458', { decimals: 1, signed: true });
  t('0.0', '-0.01', { decimals: 1, signed: true });
  t('0', '0', { signed: true });
  t('—', null);
  t('n/m', 'n/m');
});
