// Figures the prose states and no table prints, for the claims layer.
import { describe, expect, test } from 'vitest';
import { evaluateConcepts, evaluateMeasure, judge, RelationsError } from '../../../src/lib/checks/index.ts';
import { load } from './fixture.ts';

const { release, model } = load('inap-2010-q2', '.');

describe('evaluateMeasure', () => {
  test('total debt at June 30, 2010 = 20,000 + 727 + 19,685 = 40,412 thousand, ± 1.5 for three rounded inputs', () => {
    const m = evaluateMeasure(release, model, 'total-debt', '2010-06-30', 3);
    expect(m.computed.value?.toString()).toBe('40412');
    expect(m.computed.interval?.lo.toString()).toBe('40410.5');
    expect(m.computed.interval?.hi.toString()).toBe('40413.5');
    expect(m.inputs.map((f) => f.row)).toEqual([
      'revolving-credit-facility-due-after-one-year',
      'capital-lease-obligations-current-portion',
      'capital-lease-obligations-less-current-portion',
    ]);
    expect(m.formula).toBe(
      'Revolving credit facility + Capital lease obligations, current portion + Capital lease obligations, less current portion',
    );
  });

  test('in millions, ready for judging the prose: "Total debt was $40.4 million" → rounding; "$40.5 million" → mismatch', () => {
    const m = evaluateMeasure(release, model, 'total-debt', '2010-06-30', 6);
    expect(m.computed.value?.toString()).toBe('40.412');
    expect(judge({ value: '40.4', decimals: 1 }, m.computed).verdict).toBe('rounding');
    expect(judge({ value: '40.5', decimals: 1 }, m.computed).verdict).toBe('mismatch');
  });

  test('capital lease obligations at June 30, 2010 = 727 + 19,685 = 20,412 ("$20.4 million in capital lease obligations")', () => {
    const m = evaluateMeasure(release, model, 'capital-lease-obligations', '2010-06-30', 6);
    expect(judge({ value: '20.4', decimals: 1 }, m.computed).verdict).toBe('rounding');
  });

  test('an unknown measure is a RelationsError naming it', () => {
    expect(() => evaluateMeasure(release, model, 'net-debt', '2010-06-30', 3)).toThrow(RelationsError);
  });
});

describe('evaluateConcepts', () => {
  test('any expression over concepts: cash from operations − capital expenditures, H1 2010 = 23,644 − 28,475 = −4,831', () => {
    const m = evaluateConcepts(release, model, 'cash-from-operations + capital-expenditures', '2010-h1', 3);
    expect(m.computed.value?.toString()).toBe('-4831');
  });

  test('a concept not printed for the period leaves the value undefined, saying why', () => {
    const m = evaluateConcepts(release, model, 'revenue', '2010-h1', 3);
    expect(m.computed.value).toBeNull();
    expect(m.computed.missing).toBe('Total revenues is not printed for H1 2010');
  });
});
