import { describe, expect, test } from 'vitest';
import DecimalJs from 'decimal.js';
import { Decimal, DecimalCeil, DecimalFloor, parseDecimal, powerOfTen, toPlain } from '../../src/lib/decimal.ts';

describe('Decimal', () => {
  test('Decimal is pinned to 40 digits, half up, plain from 1e-30 to 1e40', () => {
    expect(Decimal.precision).toBe(40);
    expect(Decimal.rounding).toBe(Decimal.ROUND_HALF_UP);
    expect(Decimal.toExpNeg).toBe(-30);
    expect(Decimal.toExpPos).toBe(40);
  });

  test('Decimal ignores changes to the global decimal.js configuration', () => {
    const before = DecimalJs.precision;
    DecimalJs.set({ precision: 5 });
    try {
      expect(new Decimal(1).div(3).toString()).toBe(`0.${'3'.repeat(40)}`);
    } finally {
      DecimalJs.set({ precision: before });
    }
  });

  test('Decimal rounds a tie away from zero', () => {
    expect(new Decimal('0.035').toFixed(2)).toBe('0.04');
    expect(new Decimal('-0.035').toFixed(2)).toBe('-0.04');
  });

  test('DecimalFloor and DecimalCeil round a quotient towards −∞ and +∞', () => {
    expect(new DecimalFloor(2).div(3).toString()).toBe(`0.${'6'.repeat(40)}`);
    expect(new DecimalCeil(2).div(3).toString()).toBe(`0.${'6'.repeat(39)}7`);
    expect(new DecimalFloor(-2).div(3).toString()).toBe(`-0.${'6'.repeat(39)}7`);
  });
});

describe('toPlain(d)', () => {
  const t = (expected: string, input: string) =>
    test(`toPlain(${input}) is "${expected}"`, () => {
      expect(toPlain(new Decimal(input))).toBe(expected);
    });
  t('31197', '31197');
  t('-1271', '-1271');
  t('16.4', '16.40');
  t('-0.03', '-0.030');
  t('0', '-0');
  t('0', '-0.000');
  t('60525000', '6.0525e7');
  t('0.00000000000000000000000000000000001', '1e-35');
  t('1000000000000000000000000000000000000000000000', '1e45');

  test('toPlain(NaN) and toPlain(Infinity) throw a RangeError', () => {
    expect(() => toPlain(new Decimal(NaN))).toThrow(RangeError);
    expect(() => toPlain(new Decimal(Infinity))).toThrow(RangeError);
  });
});

describe('parseDecimal(value)', () => {
  const t = (expected: string, input: string) =>
    test(`parseDecimal("${input}") is ${expected}`, () => {
      expect(toPlain(parseDecimal(input))).toBe(expected);
    });
  t('9924', '9924');
  t('-0.03', '-0.03');
  t('0.5', '.5');
  t('1000', '1e3');
  t('16.4', '+16.4');

  const bad = (input: unknown) =>
    test(`parseDecimal(${JSON.stringify(input)}) throws a TypeError`, () => {
      expect(() => parseDecimal(input as string)).toThrow(TypeError);
    });
  bad(9924);
  bad(16.4);
  bad('');
  bad(' 1');
  bad('1,000');
  bad('0x1F');
  bad('Infinity');
  bad('NaN');
  bad(null);
});

describe('powerOfTen(exponent)', () => {
  test('powerOfTen(3) is 1000 and powerOfTen(-2) is 0.01', () => {
    expect(toPlain(powerOfTen(3))).toBe('1000');
    expect(toPlain(powerOfTen(-2))).toBe('0.01');
  });
  test('powerOfTen(0.5) throws a RangeError', () => {
    expect(() => powerOfTen(0.5)).toThrow(RangeError);
  });
});
