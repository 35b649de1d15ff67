import { describe, expect, test } from 'vitest';
import { formatPercent, type NumberOptions } from '../../../src/lib/format/index.ts';

describe('formatPercent(value, options)', () => {
  const t = (expected: string, value: string | null, options: NumberOptions = {}) =>
    test(`formatPercent(${JSON.stringify(value)}, ${JSON.stringify(options)}) is "${expected}"`, () => {
      expect(formatPercent(value, options)).toBe(expected);
    });
  // Adjusted EBITDA margin and growth columns of the Q2 2010 summary
  t('16.4%', '16.4');
  t('10.5%', '10.5');
  t('−8%', '-8');
  t('-3%', '-3', { minus: '-' });
  t('16.4%', '16.39653', { decimals: 1 });
  t('+46.5%', '46.5', { signed: true });
  t('81%', '81');
  t('n/m', 'n/m');
  t('—', null);
});
