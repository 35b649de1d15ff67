/**
 * Evaluates a claim's expression over a release's facts, exactly and as an
 * interval over printed precision, in base units: dollars, shares, and pure
 * ratios (a printed 16.4% is 0.164, 590 BPS is 0.059). The claim then states
 * the result in its own unit and scale (see `inClaimUnits`).
 */
import { Decimal, parseDecimal, powerOfTen } from '../decimal.ts';
import { add, div, mul, neg, point, printedFigure, scale, sub, type Interval } from '../checks/interval.ts';
import { formatNumber } from '../format/index.ts';
import type { Fact, Period } from '../types.ts';
import { ExpressionError, expressionMessages, leftChain, parseExpression, type Expression } from '../checks/expression.ts';
import { factsOfConcept, factWithId } from './fact-index.ts';
import { messages } from './messages.ts';

/** What a value measures, in base units. `number` is a plain literal. */
export type Dimension = 'USD' | 'USD/share' | 'shares' | 'count' | 'ratio' | 'number';

export interface Value {
  /** Exact, from the printed figures; null when an input is nil or not meaningful, or a divisor is zero. */
  exact: Decimal | null;
  /** What the printed precision of the inputs allows; null when exact is, or a divisor could be zero. */
  interval: Interval | null;
  dimension: Dimension;
  /** Fact ids of the inputs, in order of appearance. */
  inputs: string[];
  /** The computation with the printed figures: "9,924 ÷ 6,776 − 1". */
  figures: string;
  /**
   * The power of ten the figures are printed in (3 for thousands; for ratios 2
   * when they are percentages, 4 for basis points, 0 for a quotient), or null
   * when inputs of different scales are mixed.
   */
  figureScale: number | null;
  /** The computation in words: "Adjusted EBITDA (non-GAAP), Q2 2010 ÷ …". */
  words: string;
  /** Why exact is null, when it is. */
  missing?: string;
  /** Binding strength of the top operation, for parentheses. */
  precedence: number;
}

export interface Context {
  release: string;
  facts: readonly Fact[];
  periods: readonly Period[];
  /** Period of a concept written without @. */
  defaultPeriod: string;
  /** Concept ids and their labels (the company model's, and the base model's concepts the release prints). */
  concepts: ReadonlyMap<string, string>;
  /** The concept a fact prints: the company model's, else the base model's (default: the fact's own). */
  conceptOf?: (fact: Fact) => string | null;
  /** The model's named measures (relations.measures): figures no table prints, such as total debt. */
  measures: ReadonlyMap<string, { label: string; equals: string }>;
  /** Measures being expanded, so that one referring to itself is refused. */
  within?: ReadonlySet<string>;
}

/**
 * An error in a claim's expression that its syntax does not show: an unknown concept,
 * period or fact, a measure that cannot be read, or dimensions that do not combine.
 * (Syntax errors are the shared parser's ExpressionError, with the same messages as before.)
 */
export class ClaimError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClaimError';
  }
}

/** A claim's `is:`, parsed by the shared expression parser in the claims' syntax. */
export function parseClaim(source: string): Expression {
  return parseExpression(source, 'claim');
}

/** Evaluates `e`; throws ClaimError for an unknown concept, period or fact, or mixed dimensions. */
export function evaluate(e: Expression, ctx: Context): Value {
  switch (e.type) {
    case 'number': {
      const x = parseDecimal(e.value);
      return leaf(x, point(x), 'number', [], formatNumber(e.value), 0, e.value);
    }
    case 'name': {
      const period = e.period ?? ctx.defaultPeriod;
      // A measure's `table/row` key names one printed fact: [table/row/period].
      if (e.name.includes('/')) return evaluate({ type: 'fact', id: `${e.name}/${period}` }, ctx);
      const measure = ctx.concepts.has(e.name) ? undefined : ctx.measures.get(e.name);
      if (measure) return fromMeasure(e.name, measure.equals, period, ctx);
      return fromFact(lookup(e.name, period, ctx), ctx, ctx.concepts.get(e.name));
    }
    case 'fact': {
      const fact = factWithId(ctx.facts, e.id, `${ctx.release}/${e.id}`);
      if (!fact) throw new ClaimError(messages.unknownFact(e.id));
      return fromFact(fact, ctx, fact.label);
    }
    case 'range':
      // The parser refuses ranges in a claim; a measure's ranges are refused by the model's validation.
      throw new ClaimError(expressionMessages.notInClaim(`A range of rows (${e.from} .. ${e.to})`));
    case 'negate': {
      const a = evaluate(e.arg, ctx);
      return {
        ...a,
        exact: a.exact?.neg() ?? null,
        interval: a.interval && neg(a.interval),
        figures: a.precedence < 3 || a.figures.startsWith('−') ? `−(${a.figures})` : `−${a.figures}`,
        words: `−${paren(a, 3, 'words')}`,
        precedence: 3,
      };
    }
    case 'binary': {
      // Down the left side in a loop, operands read left to right as recursion would: a claim
      // may write a chain of thousands of terms, which must not overflow the stack. The chain's
      // inputs are gathered in one list rather than copied at every step.
      const { first, ops } = leftChain(e);
      let value = evaluate(first, ctx);
      const inputs = [...value.inputs];
      for (const op of ops) {
        const right = evaluate(op.right, ctx);
        inputs.push(...right.inputs);
        value = combine(op.op, value, right, inputs);
      }
      return value;
    }
    case 'call': {
      if (e.fn === 'change') return combine('-', evaluate(e.current, ctx), evaluate(e.prior, ctx));
      const current = evaluate(e.current, ctx);
      const prior = evaluate(e.prior, ctx);
      const ratio = combine('/', current, prior);
      const one = parseDecimal('1');
      if (ratio.dimension !== 'ratio') throw new ClaimError(messages.dimensions('compute the growth of', current.dimension, prior.dimension));
      return {
        ...ratio,
        exact: ratio.exact?.minus(one) ?? null,
        interval: ratio.interval && sub(ratio.interval, point(one)),
        figures: `${ratio.figures} − 1`,
        words: `${ratio.words} − 1`,
        figureScale: 0,
        precedence: 1,
      };
    }
  }
}

/**
 * A measure of the model, in `period`: its expression, parsed in the model's relation
 * syntax (the one parser serves both) and evaluated here with `period` as the default.
 * A measure may not refer to itself, even indirectly.
 */
function fromMeasure(name: string, equals: string, period: string, ctx: Context): Value {
  if (ctx.within?.has(name)) throw new ClaimError(messages.measureCycle(name));
  let expr: Expression;
  try {
    expr = parseExpression(equals, 'relation');
  } catch (e) {
    if (!(e instanceof ExpressionError)) throw e;
    throw new ClaimError(messages.badMeasure(name, e.message));
  }
  return evaluate(expr, { ...ctx, defaultPeriod: period, within: new Set([...(ctx.within ?? []), name]) });
}

/** The fact printing `concept` for `period`: reported before nil, then in the unit most of them print, then the most precise, then the first printed. */
function lookup(concept: string, period: string, ctx: Context): Fact {
  if (!ctx.concepts.has(concept)) throw new ClaimError(messages.unknownConcept(concept, [...ctx.measures.keys()]));
  if (!ctx.periods.some((p) => p.id === period)) {
    throw new ClaimError(messages.unknownPeriod(period, ctx.periods.map((p) => p.id)));
  }
  const candidates = factsOfConcept(ctx.facts, ctx.conceptOf ?? ownConcept, concept, period);
  if (candidates.length === 0) throw new ClaimError(messages.noFact(concept, period));
  const rank = (f: Fact) => (f.status === 'reported' ? 0 : 1);
  // The unit most of them print before another: Hasbro's 1Q20 reconciliation prints "Net (Loss) Earnings Attributable to
  // Hasbro, Inc., as Reported" (69,637) and beside it, in a column of no date of its own, $(0.51) a share, more precise.
  const count = new Map<string, number>();
  for (const f of candidates) count.set(f.unit, (count.get(f.unit) ?? 0) + 1);
  const other = (f: Fact) => -(count.get(f.unit) ?? 0);
  return [...candidates].sort((a, b) => rank(a) - rank(b) || other(a) - other(b) || b.decimals - a.decimals)[0];
}

const ownConcept = (f: Fact) => f.concept;

const BASE: Record<string, { dimension: Dimension; shift: (f: Fact) => number }> = {
  USD: { dimension: 'USD', shift: (f) => f.scale },
  'USD/share': { dimension: 'USD/share', shift: (f) => f.scale },
  shares: { dimension: 'shares', shift: (f) => f.scale },
  count: { dimension: 'count', shift: (f) => f.scale },
  reference: { dimension: 'count', shift: (f) => f.scale },
  percent: { dimension: 'ratio', shift: () => -2 },
  'basis-points': { dimension: 'ratio', shift: () => -4 },
  'percentage-points': { dimension: 'ratio', shift: () => -2 },
  ratio: { dimension: 'ratio', shift: () => 0 },
};

function fromFact(fact: Fact, ctx: Context, label: string | undefined): Value {
  // Money in another currency ('GBP', 'EUR/share') is money all the same.
  const { dimension, shift } = BASE[fact.unit] ?? (fact.unit.endsWith('/share') ? BASE['USD/share'] : BASE.USD);
  const period = ctx.periods.find((p) => p.id === fact.period)?.label ?? fact.period;
  const words = `${label ?? fact.label}, ${period}`;
  const figureScale = dimension === 'ratio' ? -shift(fact) : shift(fact);
  if (fact.status !== 'reported' || fact.value === null) {
    const why = fact.status === 'nil' ? 'is nil' : 'is not meaningful (n/m)';
    return { ...leaf(null, null, dimension, [fact.id], fact.status === 'nil' ? '—' : 'n/m', figureScale, words), missing: `${words} ${why}` };
  }
  const figure = printedFigure(fact.value, fact.decimals, shift(fact));
  return leaf(figure.value, figure.interval, dimension, [fact.id], formatNumber(fact.value), figureScale, words);
}

function leaf(
  exact: Decimal | null,
  interval: Interval | null,
  dimension: Dimension,
  inputs: string[],
  figures: string,
  figureScale: number | null,
  words: string,
): Value {
  return { exact, interval, dimension, inputs, figures, figureScale, words, precedence: 3 };
}

const SYMBOL = { '+': '+', '-': '−', '*': '×', '/': '÷' } as const;
const VERB = { '+': 'add', '-': 'subtract', '*': 'multiply', '/': 'divide' } as const;

/** `a op b`; `inputs` are a's and b's inputs when the caller has gathered them already. */
function combine(op: '+' | '-' | '*' | '/', a: Value, b: Value, inputs: string[] = [...a.inputs, ...b.inputs]): Value {
  const dimension = resultDimension(op, a.dimension, b.dimension);
  if (dimension === null) throw new ClaimError(messages.dimensions(VERB[op], a.dimension, b.dimension));
  const p = op === '+' || op === '-' ? 1 : 2;
  const figures = `${paren(a, p, 'figures')} ${SYMBOL[op]} ${paren(b, p + 1, 'figures')}`;
  const words = `${paren(a, p, 'words')} ${SYMBOL[op]} ${paren(b, p + 1, 'words')}`;
  const figureScale =
    op === '/' && dimension === 'ratio' && a.dimension === b.dimension
      ? 0
      : a.dimension === 'number'
        ? b.figureScale
        : b.dimension === 'number' || a.figureScale === b.figureScale
          ? a.figureScale
          : null;
  const base = { dimension, inputs, figures, words, figureScale, precedence: p };
  if (a.exact === null || b.exact === null || a.interval === null || b.interval === null) {
    return { ...base, exact: null, interval: null, missing: a.missing ?? b.missing };
  }
  switch (op) {
    case '+':
      return { ...base, exact: a.exact.plus(b.exact), interval: add(a.interval, b.interval) };
    case '-':
      return { ...base, exact: a.exact.minus(b.exact), interval: sub(a.interval, b.interval) };
    case '*':
      return { ...base, exact: a.exact.times(b.exact), interval: mul(a.interval, b.interval) };
    case '/': {
      if (b.exact.isZero()) return { ...base, exact: null, interval: null, missing: `${b.words} is zero` };
      // A divisor interval that could be zero bounds nothing; the exact quotient still stands.
      return { ...base, exact: a.exact.div(b.exact), interval: div(a.interval, b.interval) };
    }
  }
}

/** Dimensional analysis: what `a op b` measures, or null if it measures nothing sensible. */
export function resultDimension(op: '+' | '-' | '*' | '/', a: Dimension, b: Dimension): Dimension | null {
  const scalar = (d: Dimension) => d === 'number' || d === 'ratio';
  if (op === '+' || op === '-') {
    if (a === b) return a;
    return scalar(a) && scalar(b) ? 'ratio' : null;
  }
  if (op === '*') {
    if (scalar(a) && scalar(b)) return a === 'number' && b === 'number' ? 'number' : 'ratio';
    if (scalar(a)) return b;
    if (scalar(b)) return a;
    return null;
  }
  if (a === b) return a === 'number' ? 'number' : 'ratio';
  if (scalar(b)) return a;
  if (a === 'USD' && b === 'shares') return 'USD/share';
  return null;
}

function paren(v: Value, min: number, field: 'figures' | 'words'): string {
  return v.precedence < min ? `(${v[field]})` : v[field];
}
