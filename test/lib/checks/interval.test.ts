import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Decimal, DecimalCeil, DecimalFloor, toPlain } from '../../../src/lib/decimal.ts';
import {
  add,
  contains,
  div,
  halfUnit,
  type Interval,
  interval,
  intersects,
  mid,
  mul,
  neg,
  point,
  printed,
  scale,
  sub,
  sum,
  toJson,
  widen,
  width,
} from '../../../src/lib/checks/interval.ts';

const D = (s: string) => new Decimal(s);
const I = (lo: string, hi: string) => interval(D(lo), D(hi));
const json = (i: Interval | null) => (i === null ? null : toJson(i));

describe('halfUnit(decimals)', () => {
  const t = (expected: string, decimals: number) =>
    test(`halfUnit(${decimals}) is ${expected}`, () => {
      expect(toPlain(halfUnit(decimals))).toBe(expected);
    });
  t('0.5', 0);
  t('0.05', 1);
  t('0.005', 2);
  t('50', -2);
  t('500000', -6);

  test('halfUnit(1.5) throws a RangeError', () => {
    expect(() => halfUnit(1.5)).toThrow(RangeError);
  });
});

describe('printed(value, decimals)', () => {
  const t = (expected: [string, string], value: string, decimals: number) =>
    test(`printed("${value}", ${decimals}) stands for [${expected.join(', ')}]`, () => {
      expect(json(printed(value, decimals))).toEqual({ lo: expected[0], hi: expected[1] });
    });
  // Data center services, Q2 2010: $31,197 thousand
  t(['31196.5', '31197.5'], '31197', 0);
  // Adjusted EBITDA margin, Q2 2010: 16.4%
  t(['16.35', '16.45'], '16.4', 1);
  // Basic and diluted net loss per share, Q2 2010: $(0.03)
  t(['-0.035', '-0.025'], '-0.03', 2);
  // GAAP net loss, Q2 2010: $(1,271) thousand
  t(['-1271.5', '-1270.5'], '-1271', 0);
  // "$60.5 million" restated in thousands: 60,500 to the hundred thousand
  t(['60450', '60550'], '60500', -2);
  t(['-0.5', '0.5'], '0', 0);
  // a printed trailing zero is precision, not noise
  t(['1.495', '1.505'], '1.50', 2);

  test('printed("16.45", 1) throws a RangeError: the value is finer than its decimals', () => {
    expect(() => printed('16.45', 1)).toThrow(
      new RangeError('"16.45" has digits beyond its stated 1 decimals; the precision is wrong.'),
    );
  });
  test('printed("60525", -2) throws a RangeError: 60,525 is not a whole number of hundreds', () => {
    expect(() => printed('60525', -2)).toThrow(RangeError);
  });
  test('printed("1,271", 0) throws a TypeError: values are plain decimal strings', () => {
    expect(() => printed('1,271', 0)).toThrow(TypeError);
  });
});

describe('interval(lo, hi)', () => {
  test('interval(2, 1) throws a RangeError naming both ends', () => {
    expect(() => I('2', '1')).toThrow(new RangeError('An interval needs lo ≤ hi, got [2, 1].'));
  });
  test('point(x) is [x, x]', () => {
    expect(json(point(D('9924')))).toEqual({ lo: '9924', hi: '9924' });
  });
});

describe('arithmetic', () => {
  const t = (name: string, expected: [string, string] | null, actual: () => Interval | null) =>
    test(name, () => {
      expect(json(actual())).toEqual(expected === null ? null : { lo: expected[0], hi: expected[1] });
    });

  // Total revenues, Q2 2010: 31,197 + 29,328; each input ±0.5, so the sum ±1
  t('add(printed 31,197, printed 29,328) is [60524, 60526]', ['60524', '60526'], () =>
    add(printed('31197', 0), printed('29328', 0)),
  );
  t('sub([1, 2], [10, 20]) is [-19, -8]', ['-19', '-8'], () => sub(I('1', '2'), I('10', '20')));
  t('neg([-0.035, -0.025]) is [0.025, 0.035]', ['0.025', '0.035'], () => neg(I('-0.035', '-0.025')));
  // Adjusted EBITDA, Q2 2010, from its five reconciling items
  t('sum of the Adjusted EBITDA reconciliation, Q2 2010, is [9921.5, 9926.5]', ['9921.5', '9926.5'], () =>
    sum(['-713', '1444', '7992', '18', '1183'].map((v) => printed(v, 0))),
  );
  t('sum([]) is [0, 0]', ['0', '0'], () => sum([]));
  t('mul([2, 3], [-1, 4]) is [-3, 12]', ['-3', '12'], () => mul(I('2', '3'), I('-1', '4')));
  t('mul([-3, -2], [-5, -4]) is [8, 15]', ['8', '15'], () => mul(I('-3', '-2'), I('-5', '-4')));
  t('div([1, 2], [4, 8]) is [0.125, 0.5]', ['0.125', '0.5'], () => div(I('1', '2'), I('4', '8')));
  t('div([1, 2], [-8, -4]) is [-0.5, -0.125]', ['-0.5', '-0.125'], () => div(I('1', '2'), I('-8', '-4')));
  t('div([1, 1], [3, 3]) rounds lo down and hi up', [`0.${'3'.repeat(40)}`, `0.${'3'.repeat(39)}4`], () =>
    div(point(D('1')), point(D('3'))),
  );
  t('div(x, [-1, 1]) is null: a divisor that may be zero bounds nothing', null, () =>
    div(I('1', '2'), I('-1', '1')),
  );
  t('div(x, printed "0") is null', null, () => div(I('1', '2'), printed('0', 0)));
  t('div(x, [0, 0]) is null', null, () => div(I('1', '2'), point(D('0'))));
  t('scale([0.16395, 0.16398], 2) is [16.395, 16.398]', ['16.395', '16.398'], () =>
    scale(I('0.16395', '0.16398'), 2),
  );
  t('scale(printed 60,525, 3) is in units: [60524500, 60525500]', ['60524500', '60525500'], () =>
    scale(printed('60525', 0), 3),
  );
  t('widen([16.35, 16.45], 0.5) is [15.85, 16.95]', ['15.85', '16.95'], () => widen(printed('16.4', 1), D('0.5')));

  test('widen(i, -1) throws a RangeError', () => {
    expect(() => widen(I('1', '2'), D('-1'))).toThrow(RangeError);
  });

  // Adjusted EBITDA margin, Q2 2010: 9,924 ÷ 60,525, as a percentage
  test('div(printed 9,924, printed 60,525) scaled by 100 lies inside [16.3955, 16.3975]', () => {
    const margin = div(printed('9924', 0), printed('60525', 0));
    expect(margin).not.toBeNull();
    const pct = scale(margin as Interval, 2);
    expect(pct.lo.gt('16.3955') && pct.hi.lt('16.3975')).toBe(true);
    expect(contains(pct, D('9924').div('60525').times(100))).toBe(true);
  });
});

describe('comparisons and measures', () => {
  const t = (expected: boolean, name: string, actual: () => boolean) =>
    test(name, () => {
      expect(actual()).toBe(expected);
    });
  t(true, 'intersects([1, 2], [2, 3]) is true: touching counts', () => intersects(I('1', '2'), I('2', '3')));
  t(false, 'intersects([1, 2], [2.001, 3]) is false', () => intersects(I('1', '2'), I('2.001', '3')));
  t(true, 'intersects([0, 10], [4, 5]) is true: containment counts', () => intersects(I('0', '10'), I('4', '5')));
  t(true, 'contains([16.35, 16.45], 16.45) is true: closed at hi', () => contains(printed('16.4', 1), D('16.45')));
  t(true, 'contains([16.35, 16.45], 16.35) is true: closed at lo', () => contains(printed('16.4', 1), D('16.35')));
  t(false, 'contains([16.35, 16.45], 16.4501) is false', () => contains(printed('16.4', 1), D('16.4501')));

  test('width(printed "16.4", 1) is 0.1 and mid is 16.4', () => {
    expect(toPlain(width(printed('16.4', 1)))).toBe('0.1');
    expect(toPlain(mid(printed('16.4', 1)))).toBe('16.4');
  });
  test('toJson(point(-0)) is {lo: "0", hi: "0"}', () => {
    expect(toJson(neg(point(D('0'))))).toEqual({ lo: '0', hi: '0' });
  });
});

// Every operation must enclose the exact result of every choice of operands.
describe('enclosure properties', () => {
  const decimal = fc
    .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 4 }))
    .map(([n, d]) => new Decimal(n.toString()).div(`1e${d}`));
  const anInterval = fc.tuple(decimal, decimal).map(([a, b]) => (a.lte(b) ? interval(a, b) : interval(b, a)));
  // A point of the interval: an end, or a fraction of the way across (sevenths, to force long quotients).
  const pointOf = (i: Interval) =>
    fc.integer({ min: 0, max: 7 }).map((k) => i.lo.plus(width(i).times(k).div(7)));
  const pair = fc
    .tuple(anInterval, anInterval)
    .chain(([a, b]) => fc.tuple(fc.constant(a), fc.constant(b), pointOf(a), pointOf(b)));

  test('add, sub and mul contain the result of any operands they contain', () => {
    fc.assert(
      fc.property(pair, ([a, b, x, y]) => {
        expect(contains(add(a, b), x.plus(y))).toBe(true);
        expect(contains(sub(a, b), x.minus(y))).toBe(true);
        expect(contains(mul(a, b), x.times(y))).toBe(true);
      }),
    );
  });

  test('div contains x ÷ y, or is null exactly when the divisor contains zero', () => {
    fc.assert(
      fc.property(pair, ([a, b, x, y]) => {
        const q = div(a, b);
        expect(q === null).toBe(contains(b, new Decimal(0)));
        // x ÷ y is rounded to 40 digits too, but rounding is monotone, so it stays between floor(lo) and ceil(hi)
        if (q !== null) expect(contains(q, x.div(y))).toBe(true);
      }),
    );
  });

  test('add is each end summed in its rounding twin (its exact shortcut changes nothing, the sign of a zero included)', () => {
    const same = (x: Decimal, y: Decimal) => x.toString() === y.toString() && x.isNeg() === y.isNeg();
    const ends = fc.oneof(decimal, fc.constantFrom(new Decimal('1e39'), new Decimal('-1e-39'), new Decimal(`0.${'1'.repeat(40)}`), new Decimal('0').neg()));
    fc.assert(
      fc.property(ends, ends, (x, y) => {
        const a = point(x);
        const b = point(y);
        const s = add(a, b);
        expect(same(s.lo, new Decimal(new DecimalFloor(x).plus(y)))).toBe(true);
        expect(same(s.hi, new Decimal(new DecimalCeil(x).plus(y)))).toBe(true);
        const negated = add(a, neg(a));
        expect(same(negated.lo, new Decimal(new DecimalFloor(x).plus(x.neg())))).toBe(true);
      }),
    );
  });

  test('div is the least and greatest of its four corners, each rounded outward (its two-corner shortcut changes nothing)', () => {
    const corners = (a: Interval, b: Interval, D: typeof Decimal) => [a.lo, a.hi].flatMap((x) => [b.lo, b.hi].map((y) => new D(x).div(y)));
    const same = (x: Decimal, y: Decimal) => x.toString() === y.toString() && x.isNeg() === y.isNeg();
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const q = div(a, b);
        if (q === null) return;
        expect(same(q.lo, DecimalFloor.min(...corners(a, b, DecimalFloor)))).toBe(true);
        expect(same(q.hi, DecimalCeil.max(...corners(a, b, DecimalCeil)))).toBe(true);
      }),
    );
  });
});
