import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Decimal, toPlain } from '../../../src/lib/decimal.ts';
import { formatAccounting, parseAccounting, type AccountingOptions } from '../../../src/lib/format/index.ts';

describe('formatAccounting(value, options)', () => {
  const t = (expected: string, value: string | null, options: AccountingOptions = {}) =>
    test(`formatAccounting(${JSON.stringify(value)}, ${JSON.stringify(options)}) is "${expected}"`, () => {
      expect(formatAccounting(value, options)).toBe(expected);
    });
  // Figures of the Q2 2010 financial summary
  t('31,197', '31197');
  t('$31,197', '31197', { dollar: true });
  t('(1,271)', '-1271');
  t('$(1,271)', '-1271', { dollar: true });
  t('$(60,645)', '-60645', { dollar: true });
  t('124,576', '124576');
  t('0.03', '0.03');
  t('(0.03)', '-0.03', { decimals: 2 });
  t('991', '991');
  t('18', '18');
  t('1,234,567.5', '1234567.5');
  t('0', '0');
  t('0', '-0');
  // decimals as printed: pads, and rounds half up for display only
  t('1.50', '1.5', { decimals: 2 });
  t('60.5', '60.525', { decimals: 1 });
  t('(0.04)', '-0.035', { decimals: 2 });
  t('0.00', '-0.004', { decimals: 2 });
  t('60,525.0', '60525.0');
  // nil and n/m
  t('—', null);
  t('-', null, { nil: '-' });
  t('----', null, { nil: '----' });
  t('n/m', 'n/m');
  t('n/m', 'n/m', { dollar: true });

  test('formatAccounting("16.4", {decimals: -1}) throws a RangeError', () => {
    expect(() => formatAccounting('16.4', { decimals: -1 })).toThrow(RangeError);
  });
});

describe('parseAccounting(text)', () => {
  const t = (expected: string | null, text: string) =>
    test(`parseAccounting(${JSON.stringify(text)}) is ${JSON.stringify(expected)}`, () => {
      expect(parseAccounting(text)).toBe(expected);
    });
  t('31197', '31,197');
  t('31197', '$31,197');
  t('31197', '$ 31,197');
  t('-1271', '$(1,271)');
  t('-1271', '$ (1,271)');
  t('-1271', '(1,271)');
  t('-0.03', '$(0.03)');
  t('-8', '-8');
  t('-8', '−8');
  t('1.5', '1.50');
  t('0', '(0.00)');
  t('124576', '124576');
  t(null, '-');
  t(null, '----');
  t(null, '—');
  t(null, '–');
  t('n/m', 'n/m');

  const bad = (text: string) =>
    test(`parseAccounting(${JSON.stringify(text)}) throws a TypeError naming the text`, () => {
      expect(() => parseAccounting(text)).toThrow(new TypeError(`Not an accounting figure: "${text}"`));
    });
  bad('(1,271');
  bad('1,271)');
  bad('-(1,271)');
  bad('12,34');
  bad('1,2345');
  bad('16.4%');
  bad('abc');
  bad('');
});

describe('parseAccounting(formatAccounting(x)) = x', () => {
  const canonical = fc
    .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 6 }))
    .map(([n, d]) => toPlain(new Decimal(n.toString()).div(`1e${d}`)));

  test('for every plain decimal, printed with at least its own places, with or without $', () => {
    fc.assert(
      fc.property(canonical, fc.integer({ min: 0, max: 3 }), fc.boolean(), (x, extra, dollar) => {
        const places = new Decimal(x).decimalPlaces() + extra;
        expect(parseAccounting(formatAccounting(x, { decimals: places, dollar }))).toBe(x);
      }),
    );
  });

  test('for nil and n/m', () => {
    expect(parseAccounting(formatAccounting(null))).toBeNull();
    expect(parseAccounting(formatAccounting(null, { nil: '-' }))).toBeNull();
    expect(parseAccounting(formatAccounting('n/m'))).toBe('n/m');
  });
});
