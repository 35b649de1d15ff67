// Ties on the widget fixture: one figure printed in two places, balances at the edges of
// a period, and a half year against its quarters.
import { describe, expect, test } from 'vitest';
import { load } from './fixture.ts';

const widget = load('widget-2010-q2');

describe('the same figure printed twice', () => {
  test('tie: net income Q2 2010 printed 10 in the summary and 11 in the statement → mismatch: one figure rounded once cannot print two ways', () => {
    const c = widget.check('tie/net-income/2010-q2');
    // Intervals of 10 ± 0.5 and 11 ± 0.5 touch at 10.5, but a duplicate must be equal at equal precision.
    expect(c).toMatchObject({ verdict: 'mismatch', computed: '10', difference: '1' });
    expect(c.reported.fact).toBe('widget-2010-q2/statement-of-operations/net-income-loss/2010-q2');
    expect(c.inputs).toEqual(['widget-2010-q2/financial-summary/net-income-loss/2010-q2']);
    expect(c.explanation).toContain('Printed in 2 places');
  });

  test('tie: revenue Q2 2009 printed 1,201 in both tables → exact', () => {
    expect(widget.check('tie/revenue/2009-q2').verdict).toBe('exact');
  });
});

describe('balances at the edges of a period', () => {
  test('tie: cash at end of H1 2010 printed 124 vs 123 on the balance sheet at June 30, 2010 → mismatch', () => {
    const c = widget.check('tie/cash/2010-06-30');
    expect(c).toMatchObject({ verdict: 'mismatch', period: '2010-06-30', title: 'Cash, June 30, 2010' });
    expect(c.formula).toBe('Cash (balance sheet) = Cash at end of period (cash flows)');
  });

  test('tie: cash at beginning of H1 2010 (100) is the balance at December 31, 2009, the day before the period starts → exact', () => {
    expect(widget.check('tie/cash/2009-12-31').verdict).toBe('exact');
  });
});

describe('a period against the periods that make it up', () => {
  test('tie: net income H1 2010 printed 21 vs Q1 8 + Q2 10 = 18 → mismatch: the quarters allow 17 to 19', () => {
    expect(widget.check('tie/net-income/2010-h1/sum-of-quarters')).toMatchObject({
      verdict: 'mismatch',
      computed: '18',
      computedInterval: { lo: '17', hi: '19' },
    });
  });

  test('no sum-of-quarters tie where a quarter is not printed (H1 2009 has no Q1 2009)', () => {
    expect(widget.checks.map((c) => c.id)).not.toContain('tie/net-income/2009-h1/sum-of-quarters');
  });

  test('balances never sum over periods: no sum-of-quarters tie for cash', () => {
    expect(widget.checks.filter((c) => c.id.startsWith('tie/cash/') && c.id.endsWith('sum-of-quarters'))).toEqual([]);
  });
});
