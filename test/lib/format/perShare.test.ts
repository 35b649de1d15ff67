import { describe, expect, test } from 'vitest';
import { formatPerShare, type PerShareOptions } from '../../../src/lib/format/index.ts';

describe('formatPerShare(value, options)', () => {
  const t = (expected: string, value: string | null, options: PerShareOptions = {}) =>
    test(`formatPerShare(${JSON.stringify(value)}, ${JSON.stringify(options)}) is "${expected}"`, () => {
      expect(formatPerShare(value, options)).toBe(expected);
    });
  // Basic and diluted net loss per share: $(0.03), $(0.01), $(1.22); normalized $0.03
  t('$(0.03)', '-0.03');
  t('$(1.22)', '-1.22');
  t('$0.03', '0.03');
  t('$0.10', '0.1');
  t('$0.001', '0.001', { decimals: 3 });
  t('—', null);
  t('n/m', 'n/m');
});
