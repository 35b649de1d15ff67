import { describe, expect, test } from 'vitest';
import { digits, group } from '../../../src/lib/format/digits.ts';

describe('digits(value, decimals)', () => {
  const t = (expected: ReturnType<typeof digits>, value: string, decimals?: number) =>
    test(`digits("${value}", ${decimals}) is ${JSON.stringify(expected)}`, () => {
      expect(digits(value, decimals)).toEqual(expected);
    });
  t({ negative: false, integer: '60,525', fraction: '' }, '60525');
  t({ negative: true, integer: '1,271', fraction: '' }, '-1271');
  t({ negative: false, integer: '16', fraction: '40' }, '16.40');
  t({ negative: false, integer: '16', fraction: '4' }, '16.396', 1);
  t({ negative: true, integer: '0', fraction: '04' }, '-0.035', 2);
  t({ negative: false, integer: '0', fraction: '00' }, '-0.004', 2);
  t({ negative: false, integer: '60,525', fraction: '' }, '6.0525e4');
});

describe('group(integer)', () => {
  const t = (expected: string, input: string) =>
    test(`group("${input}") is "${expected}"`, () => {
      expect(group(input)).toBe(expected);
    });
  t('0', '0');
  t('991', '991');
  t('1,444', '1444');
  t('124,576', '124576');
  t('1,000,000', '1000000');
});
