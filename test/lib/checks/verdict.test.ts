import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Decimal, toPlain } from '../../../src/lib/decimal.ts';
import { div, type Interval, point, printed, scale, sub, sum } from '../../../src/lib/checks/interval.ts';
import {
  type Computed,
  judge,
  type Judgement,
  type Reported,
  roundHalfUp,
  roundsTo,
  verdictOf,
} from '../../../src/lib/checks/verdict.ts';
import type { Verdict } from '../../../src/lib/types.ts';

// Printed figures as they reach a check: plain decimal strings, precision as written.
const decimalsOf = (v: string) => v.split('.')[1]?.length ?? 0;
const fig = (v: string) => printed(v, decimalsOf(v));

/** The sum of printed figures: exact value and the interval their rounding allows. */
function sumOf(...figures: string[]): Computed {
  return {
    value: figures.reduce((a, v) => a.plus(v), new Decimal(0)),
    interval: sum(figures.map(fig)),
  };
}

/** current ÷ prior − 1, as a percentage. */
function growth(current: string, prior: string): Computed {
  const q = div(fig(current), fig(prior));
  return {
    value: new Decimal(current).div(prior).minus(1).times(100),
    interval: q && scale(sub(q, point(new Decimal(1))), 2),
  };
}

/** numerator ÷ denominator, as a percentage. */
function ratio(numerator: string, denominator: string): Computed {
  const q = div(fig(numerator), fig(denominator));
  return { value: new Decimal(numerator).div(denominator).times(100), interval: q && scale(q, 2) };
}

const reported = (value: string | null, decimals = value === null ? 0 : decimalsOf(value)): Reported => ({
  value,
  decimals,
});

describe('judge(reported, computed): verdicts on the Q2 2010 release', () => {
  const t = (expected: Verdict, name: string, r: Reported, c: Computed) =>
    test(`judge ${name} is ${expected}`, () => {
      expect(judge(r, c).verdict).toBe(expected);
    });

  t('exact', 'total revenues Q2 2010, 31,197 + 29,328 = 60,525,', reported('60525'), sumOf('31197', '29328'));
  t('exact', 'total revenues Q2 2009, 32,273 + 32,099 = 64,372,', reported('64372'), sumOf('32273', '32099'));
  t(
    'exact',
    'Adjusted EBITDA Q2 2010 from its five reconciling items = 9,924,',
    reported('9924'),
    sumOf('-713', '1444', '7992', '18', '1183'),
  );
  t('rounding', 'Adjusted EBITDA margin 9,924 ÷ 60,525 = 16.397…% printed 16.4%', reported('16.4'), ratio('9924', '60525'));
  // Six-month stock-based compensation in the cash flow statement against the two quarters
  t('rounding', 'stock-based compensation H1, 991 + 1,444 = 2,435 printed 2,436,', reported('2436'), sumOf('991', '1444'));
  t('rounding', 'data center YoY growth 31,197 ÷ 32,273 − 1 = −3.33% printed −3%', reported('-3'), growth('31197', '32273'));
  t('rounding', 'revenue YoY growth 60,525 ÷ 64,372 − 1 = −5.98% printed −6%', reported('-6'), growth('60525', '64372'));
  t('rounding', 'IP services YoY growth 29,328 ÷ 32,099 − 1 = −8.63% printed −9%', reported('-9'), growth('29328', '32099'));
  // −7.49% lies outside [−8.5, −7.5] for every value the rounded inputs allow
  t('mismatch', 'data center QoQ growth 31,197 ÷ 33,722 − 1 = −7.49% printed −8%', reported('-8'), growth('31197', '33722'));
  t('mismatch', 'revenue QoQ growth 60,525 ÷ 63,365 − 1 = −4.48% printed −5%', reported('-5'), growth('60525', '63365'));
  // Margin change in basis points from the printed margins: (16.4 − 10.5) × 100
  t('exact', 'margin change (16.4% − 10.5%) printed 590 bps', reported('590'), {
    value: new Decimal('16.4').minus('10.5').times(100),
    interval: scale(sub(fig('16.4'), fig('10.5')), 2),
  });

  // Each input carries ±0.5, so a two-term sum carries ±1 and the printed total
  // another ±0.5: a whole-number total may be off by one unit, never by two.
  t('exact', 'a two-term total equal to its sum', reported('60525'), sumOf('31197', '29328'));
  t('rounding', 'a two-term total off by one unit', reported('60526'), sumOf('31197', '29328'));
  t('rounding', 'a two-term total off by minus one unit', reported('60524'), sumOf('31197', '29328'));
  t('mismatch', 'a two-term total off by two units', reported('60527'), sumOf('31197', '29328'));
  t('mismatch', 'a two-term total off by minus two units', reported('60523'), sumOf('31197', '29328'));
  // Five terms carry ±2.5, plus ±0.5 for the total: off by three still rounds.
  t('rounding', 'a five-term total off by three units', reported('9927'), sumOf('-713', '1444', '7992', '18', '1183'));
  t('mismatch', 'a five-term total off by four units', reported('9928'), sumOf('-713', '1444', '7992', '18', '1183'));

  t('unverifiable', 'a nil reported figure', { value: null, decimals: 0, status: 'nil' }, sumOf('1', '2'));
  t('unverifiable', 'an n/m reported figure (GAAP net loss YoY)', { value: null, decimals: 0, status: 'not-meaningful' }, growth('-1271', '-60645'));
  t('unverifiable', 'a nil input', reported('6776'), { value: null, interval: null, missing: 'loss on disposals, Q2 2009, is nil' });
  t('unverifiable', 'growth over a zero prior', reported('5'), growth('5', '0'));
  // A prior that is itself a difference, 1,000 − 999 = 1, could be anything in [0, 2]
  t('unverifiable', 'growth over a prior that could be zero', reported('400'), {
    value: new Decimal('5').div('1').minus(1).times(100),
    interval: div(fig('5'), sub(fig('1000'), fig('999'))),
  });
});

describe('judge(reported, computed): the whole judgement', () => {
  const t = (expected: Judgement, name: string, r: Reported, c: Computed) =>
    test(`judge ${name}`, () => {
      expect(judge(r, c)).toEqual(expected);
    });

  t(
    {
      verdict: 'exact',
      computed: '60525',
      computedInterval: { lo: '60524', hi: '60526' },
      tolerance: '0.5',
      difference: '0',
      explanation: 'Printed 60,525 and computed 60,525 (from 31,197 + 29,328) agree exactly.',
    },
    'of total revenues explains an exact footing',
    reported('60525'),
    { ...sumOf('31197', '29328'), from: '31,197 + 29,328' },
  );

  t(
    {
      verdict: 'rounding',
      computed: '2435',
      computedInterval: { lo: '2434', hi: '2436' },
      tolerance: '0.5',
      difference: '1',
      explanation:
        'Printed 2,436 (±0.5) and computed 2,435 (from 991 + 1,444) agree within rounding, ' +
        'because the rounded inputs allow anything from 2,434 to 2,436.',
    },
    'of six-month stock-based compensation explains rounding that only the inputs allow',
    reported('2436'),
    { ...sumOf('991', '1444'), from: '991 + 1,444' },
  );

  t(
    {
      verdict: 'mismatch',
      computed: '2435',
      computedInterval: { lo: '2434', hi: '2436' },
      tolerance: '0.5',
      difference: '2',
      explanation:
        'Printed 2,437 (±0.5) and computed 2,435 (from 991 + 1,444) differ by 2, more than rounding allows: ' +
        'the printed figure stands for 2,436.5 to 2,437.5 and the rounded inputs allow 2,434 to 2,436.',
    },
    'of a total off by two explains the mismatch with both ranges',
    reported('2437'),
    { ...sumOf('991', '1444'), from: '991 + 1,444' },
  );

  test('judge of the Adjusted EBITDA margin explains rounding in one sentence', () => {
    const j = judge(reported('16.4'), { ...ratio('9924', '60525'), from: '9,924 ÷ 60,525' });
    expect(j.explanation).toBe(
      'Printed 16.4 (±0.05) and computed 16.396… (from 9,924 ÷ 60,525) agree within rounding.',
    );
    expect(j.tolerance).toBe('0.05');
    expect(j.computed?.startsWith('16.396530359355638')).toBe(true);
    expect(j.difference?.startsWith('0.003469640644361')).toBe(true);
  });

  test('judge of data center QoQ growth explains the mismatch', () => {
    const j = judge(reported('-8'), { ...growth('31197', '33722'), from: '31,197 ÷ 33,722 − 1' });
    expect(j.verdict).toBe('mismatch');
    expect(j.explanation).toBe(
      'Printed −8 (±0.5) and computed −7.48… (from 31,197 ÷ 33,722 − 1) differ by 0.51…, more than rounding allows: ' +
        'the printed figure stands for −8.5 to −7.5 and the rounded inputs allow −7.491 to −7.484.',
    );
  });

  test('judge with "approximately" widens the tolerance and says so', () => {
    const j = judge(
      { ...reported('-8'), wording: { word: 'approximately', tolerance: '0.5' } },
      { ...growth('31197', '33722'), from: '31,197 ÷ 33,722 − 1' },
    );
    expect(j.verdict).toBe('rounding');
    expect(j.tolerance).toBe('1');
    expect(j.explanation).toBe(
      'Printed −8 (±0.5, plus 0.5 for “approximately”) and computed −7.48… (from 31,197 ÷ 33,722 − 1) agree within rounding.',
    );
  });

  t(
    {
      verdict: 'unverifiable',
      computed: null,
      computedInterval: null,
      tolerance: null,
      difference: null,
      explanation: 'Cannot verify: the release marks this figure n/m (not meaningful).',
    },
    'of an n/m figure says why it cannot verify',
    { value: null, decimals: 0, status: 'not-meaningful' },
    { value: null, interval: null },
  );

  t(
    {
      verdict: 'unverifiable',
      computed: '3',
      computedInterval: { lo: '2', hi: '4' },
      tolerance: null,
      difference: null,
      explanation: 'Cannot verify: the release prints no figure here (nil).',
    },
    'of a nil figure says why it cannot verify, and still shows what the inputs give',
    { value: null, decimals: 0 },
    sumOf('1', '2'),
  );

  t(
    {
      verdict: 'unverifiable',
      computed: null,
      computedInterval: null,
      tolerance: '0.5',
      difference: null,
      explanation: 'Cannot verify: loss on disposals, Q2 2009, is nil.',
    },
    'of a nil input names it',
    reported('6776'),
    { value: null, interval: null, missing: 'loss on disposals, Q2 2009, is nil' },
  );

  t(
    {
      verdict: 'unverifiable',
      computed: null,
      computedInterval: null,
      tolerance: '0.5',
      difference: null,
      explanation: 'Cannot verify 5 ÷ 0 − 1: the divisor is zero, or could be zero within its rounding.',
    },
    'of growth over zero refuses to divide',
    reported('5'),
    { ...growth('5', '0'), from: '5 ÷ 0 − 1' },
  );
});

describe('roundHalfUp(value, decimals)', () => {
  const t = (expected: string, value: string, decimals: number) =>
    test(`roundHalfUp(${value}, ${decimals}) is ${expected}`, () => {
      expect(toPlain(roundHalfUp(new Decimal(value), decimals))).toBe(expected);
    });
  t('0.1', '0.05', 1);
  t('-0.1', '-0.05', 1);
  t('0.2', '0.15', 1);
  t('0.3', '0.25', 1);
  t('16.4', '16.39653035935563816604708798017348203222', 1);
  t('60.5', '60.525', 1);
  t('60.53', '60.525', 2);
  t('60500', '60525', -2);
  t('60600', '60550', -2);
  t('-1.3', '-1.271', 1);
});

describe('roundsTo(amount, restated)', () => {
  const t = (expected: { agrees: boolean; rounded: string; explanation: string }, amount: string, amountScale: number, value: string, decimals: number, scale: number) =>
    test(`roundsTo(${amount} × 10^${amountScale}, "${value}" × 10^${scale}) ${expected.agrees ? 'agrees' : 'disagrees'}`, () => {
      expect(roundsTo({ value: new Decimal(amount), scale: amountScale }, { value, decimals, scale })).toEqual(expected);
    });
  // "Revenue of $60.5 million compared with $64.4 million" (and $63.4 million)
  t({ agrees: true, rounded: '60.5', explanation: '60,525 thousand rounds to 60.5 million.' }, '60525', 3, '60.5', 1, 6);
  t({ agrees: true, rounded: '64.4', explanation: '64,372 thousand rounds to 64.4 million.' }, '64372', 3, '64.4', 1, 6);
  t({ agrees: true, rounded: '63.4', explanation: '63,365 thousand rounds to 63.4 million.' }, '63365', 3, '63.4', 1, 6);
  // "GAAP net loss was $(1.3) million"
  t({ agrees: true, rounded: '-1.3', explanation: '−1,271 thousand rounds to −1.3 million.' }, '-1271', 3, '-1.3', 1, 6);
  t({ agrees: true, rounded: '-60.6', explanation: '−60,645 thousand rounds to −60.6 million.' }, '-60645', 3, '-60.6', 1, 6);
  t(
    { agrees: false, rounded: '64.4', explanation: '64,372 thousand rounds to 64.4 million, not 64.3 million.' },
    '64372', 3, '64.3', 1, 6,
  );
  // "Adjusted EBITDA … up 46.5 percent year-over-year": 9,924 ÷ 6,776 − 1
  t(
    { agrees: true, rounded: '46.5', explanation: '46.458… rounds to 46.5.' },
    toPlain(new Decimal('9924').div('6776').minus(1).times(100)), 0, '46.5', 1, 0,
  );
  t({ agrees: true, rounded: '64', explanation: '64,020 thousand rounds to 64.0 million.' }, '64020', 3, '64.0', 1, 6);

  test('roundsTo is stricter than judge at a tie: 60,550 thousand as "$60.5 million"', () => {
    const stated: Reported = { value: '60500', decimals: -2 };
    expect(judge(stated, sumOf('60550')).verdict).toBe('rounding');
    expect(roundsTo({ value: new Decimal('60550'), scale: 3 }, { value: '60.5', decimals: 1, scale: 6 }).agrees).toBe(false);
  });
});

describe('judge properties', () => {
  const RANK: Record<Verdict, number> = { exact: 0, rounding: 1, mismatch: 2, unverifiable: 3 };
  const figure = fc
    .tuple(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), fc.integer({ min: 0, max: 2 }))
    .map(([n, d]) => toPlain(new Decimal(n.toString()).div(`1e${d}`)));
  const figures = fc.array(figure, { minLength: 1, maxLength: 6 });
  const unit = (d: number) => new Decimal(`1e${-d}`);

  test('widening a printed precision never turns exact or rounding into mismatch', () => {
    fc.assert(
      fc.property(
        figures,
        fc.integer({ min: -2, max: 2 }), // coarse decimals of the reported figure
        fc.integer({ min: 0, max: 3 }), // extra decimals of the narrow reading
        fc.integer({ min: -4, max: 4 }), // units the reported figure is off by
        fc.integer({ min: 0, max: 20 }), // wording tolerance, in coarse half-units
        (inputs, coarse, extra, off, widenBy) => {
          const computed = sumOf(...inputs);
          const total = computed.value as Decimal;
          const value = toPlain(roundHalfUp(total, coarse).plus(unit(coarse).times(off)));
          const narrow = judge({ value, decimals: coarse + extra }, computed);
          const wide = judge(
            { value, decimals: coarse, wording: { word: 'about', tolerance: toPlain(unit(coarse).times(widenBy).div(2)) } },
            computed,
          );
          expect(RANK[wide.verdict]).toBeLessThanOrEqual(RANK[narrow.verdict]);
        },
      ),
    );
  });

  test('permuting the terms of a sum never changes its judgement', () => {
    const permuted = figures.chain((xs) =>
      fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length })),
    );
    fc.assert(
      fc.property(permuted, fc.integer({ min: -3, max: 3 }), ([xs, ys], off) => {
        const total = toPlain(roundHalfUp(sumOf(...xs).value as Decimal, 0).plus(off));
        expect(judge(reported(total), sumOf(...ys))).toEqual(judge(reported(total), sumOf(...xs)));
      }),
    );
  });

  test('verdictOf is the verdict of judge, with or without wording, nil, n/m or a zero divisor', () => {
    fc.assert(
      fc.property(
        figures,
        fc.integer({ min: -2, max: 2 }),
        fc.integer({ min: -4, max: 4 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom('reported', 'nil', 'not-meaningful', 'no-value', 'zero-divisor'),
        (inputs, decimals, off, widenBy, kind) => {
          const computed: Computed =
            kind === 'no-value' ? { value: null, interval: null, missing: 'n/m' } : kind === 'zero-divisor' ? { ...sumOf(...inputs), interval: null } : sumOf(...inputs);
          const value = toPlain(roundHalfUp(sumOf(...inputs).value as Decimal, decimals).plus(unit(decimals).times(off)));
          const printedFigure: Reported =
            kind === 'nil' || kind === 'not-meaningful'
              ? { value: null, decimals, status: kind }
              : { value, decimals, ...(widenBy > 0 && { wording: { word: 'about', tolerance: toPlain(unit(decimals).times(widenBy).div(2)) } }) };
          expect(verdictOf(printedFigure, computed)).toBe(judge(printedFigure, computed).verdict);
        },
      ),
    );
  });

  test('the judgement of an exact relation is exact, whatever the precision', () => {
    fc.assert(
      fc.property(figures, (xs) => {
        const total = toPlain(sumOf(...xs).value as Decimal);
        expect(judge(reported(total), sumOf(...xs)).verdict).toBe('exact');
      }),
    );
  });
});

// Keep the helpers honest: the interval of a ratio holds its exact value.
test('ratio(9,924, 60,525) holds 16.39653…', () => {
  const r = ratio('9924', '60525');
  const i = r.interval as Interval;
  expect(i.lo.lte(r.value as Decimal) && (r.value as Decimal).lte(i.hi)).toBe(true);
});
