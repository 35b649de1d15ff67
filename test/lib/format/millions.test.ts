import { describe, expect, test } from 'vitest';
import { formatMillions, type MillionsOptions } from '../../../src/lib/format/index.ts';

describe('formatMillions(value, scale, options)', () => {
  const t = (expected: string, value: string | null, scale: number, options: MillionsOptions = {}) =>
    test(`formatMillions(${JSON.stringify(value)}, ${scale}, ${JSON.stringify(options)}) is "${expected}"`, () => {
      expect(formatMillions(value, scale, options)).toBe(expected);
    });
  // The prose of the Q2 2010 release restates table figures in thousands
  t('$60.5 million', '60525', 3);
  t('$64.4 million', '64372', 3);
  t('$63.4 million', '63365', 3);
  t('$9.9 million', '9924', 3);
  t('$(1.3) million', '-1271', 3);
  t('$(60.6) million', '-60645', 3);
  t('$(0.3) million', '-260', 3);
  t('$1.2 million', '1183', 3);
  t('$60.53 million', '60525', 3, { decimals: 2 });
  t('60.5 million', '60525', 3, { dollar: false });
  t('$60.5 million', '60525000', 0);
  t('$0.1 million', '50', 3);
  t('—', null, 3);
  t('n/m', 'n/m', 3);
});
