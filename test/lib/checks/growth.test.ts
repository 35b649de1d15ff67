// Growth and basis-point columns on the widget fixture's financial summary.
import { describe, expect, test } from 'vitest';
import { load } from './fixture.ts';

const widget = load('widget-2010-q2');
const check = (id: string) => widget.check(`${id}`);

describe('basis-point changes, from the margins as printed', () => {
  test('change: EBITDA margin YoY printed 600 BPS vs (16.4 − 10.5) × 100 = 590 → mismatch', () => {
    const c = check('change/financial-summary/ebitda-margin/2010-q2-vs-2009-q2');
    expect(c).toMatchObject({ kind: 'change', verdict: 'mismatch', computed: '590', difference: '10', unit: 'basis-points' });
    expect(c.explanation).toContain('as printed');
  });

  test('change: EBITDA margin QoQ printed 70 BPS = (16.4 − 15.7) × 100 → exact, even though 15.7 is itself wrong', () => {
    expect(check('change/financial-summary/ebitda-margin/2010-q2-vs-2010-q1')).toMatchObject({ verdict: 'exact', computed: '70' });
  });
});

describe('growth percentages', () => {
  test.each([
    ['revenue/2010-q2-vs-2009-q2'], // 1,502 ÷ 1,201 − 1 = 25.06%, printed 25%
    ['revenue/2010-q2-vs-2010-q1'], // 1,502 ÷ 1,400 − 1 = 7.29%, printed 7%
    ['ebitda/2010-q2-vs-2009-q2'], // 246 ÷ 126 − 1 = 95.24%, printed 95%
    ['ebitda/2010-q2-vs-2010-q1'], // 246 ÷ 218 − 1 = 12.84%, printed 13%
  ])('growth: %s within rounding of the printed whole percentage → rounding', (subject) => {
    const c = check(`growth/financial-summary/${subject}`);
    expect(c).toMatchObject({ verdict: 'rounding', tolerance: '0.5', unit: 'percent' });
  });

  test('growth: n/m for net income YoY is justified, Q2 2009 being a loss of 5 → unverifiable, with the reason', () => {
    const c = check('growth/financial-summary/net-income-loss/2010-q2-vs-2009-q2');
    expect(c).toMatchObject({ verdict: 'unverifiable', computed: null });
    expect(c.explanation).toBe('Printed n/m, and rightly: Net income (loss) for Q2 2009 is −5, so a percentage change is not meaningful.');
  });

  test('growth: n/m for net income QoQ is not justified: 10 ÷ 8 − 1 = 25% is meaningful → mismatch', () => {
    const c = check('growth/financial-summary/net-income-loss/2010-q2-vs-2010-q1');
    expect(c).toMatchObject({ verdict: 'mismatch', computed: '25' });
    expect(c.explanation).toBe('Printed n/m, but both figures are positive (10 and 8), so the change is meaningful: 25%.');
  });
});
