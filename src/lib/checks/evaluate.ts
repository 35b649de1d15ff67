/**
 * Evaluates a relation's expression over printed facts, twice at once: exactly, from
 * the printed values, and over intervals, from what each printed value stands for
 * (± half a unit of its last digit). Values are taken in base units (value × 10^scale)
 * so that thousands, units and ratios combine; `inUnitsOf` converts the result back to
 * the reported figure's units for the verdict.
 *
 * A nil input ("-", "----") counts as exactly zero, and is listed so that the check can
 * say so; an input that is not printed or printed n/m leaves the result undefined.
 */
import { Decimal, parseDecimal, powerOfTen } from '../decimal.ts';
import { formatNumber, printedText } from '../format/index.ts';
import type { Fact } from '../types.ts';
import { leftChain, type Expression, type Operator } from './expression.ts';
import { add, div, type Interval, mul, neg, point, printedFigure, scale, sub } from './interval.ts';
import type { Computed } from './verdict.ts';

/**
 * What a name stands for in one period: a printed fact, a line that prints nothing in this
 * column though it prints figures in others (read as zero, like a nil mark, and said so), or
 * why there is none.
 */
export type Lookup = { fact: Fact } | { blank: string } | { missing: string };

/** How names are read in one context (a table's rows, or the model's concepts) and one period. */
export interface Scope {
  lookup(name: string): Lookup;
  /** The rows from `from` to `to`, in printed order, each with its fact (or why there is none). */
  range(from: string, to: string): { label: string; lookup: Lookup }[];
  /** The line item a name stands for, in words. */
  label(name: string): string;
}

export interface Evaluation {
  /** Exact value in base units; null when an input is missing or n/m. */
  value: Decimal | null;
  /** The interval the printed inputs allow, in base units; null when missing or a divisor may be zero. */
  interval: Interval | null;
  /** Every printed input, in the order the expression reads them. */
  inputs: Fact[];
  /** Inputs printed as nil, counted as zero. */
  nils: Fact[];
  /** Lines that print nothing in this column, counted as zero, by label. */
  blanks: string[];
  /** Why the value is undefined, one reason per missing input. */
  missing: string[];
  /** The expression in words: "Data center services + Internet protocol (IP) services". */
  words: string;
  /** The expression with the printed figures: "31,197 + 29,328". */
  numbers: string;
}

interface Node {
  value: Decimal | null;
  interval: Interval | null;
  words: string;
  numbers: string;
  /** Precedence of the node's top operator: 1 for + and −, 2 for × and ÷, 3 for a leaf. */
  precedence: number;
}

const SYMBOL: Record<Operator, string> = { '+': '+', '-': '−', '*': '×', '/': '÷' };
const PRECEDENCE: Record<Operator, number> = { '+': 1, '-': 1, '*': 2, '/': 2 };

export function evaluate(expression: Expression, scope: Scope): Evaluation {
  const state: State = { scope, inputs: [], nils: [], blanks: [], missing: [], leaves: 0 };
  const top = walk(expression, state);
  const undefinedResult = state.missing.length > 0;
  return {
    value: undefinedResult ? null : top.value,
    interval: undefinedResult ? null : top.interval,
    inputs: state.inputs,
    nils: state.nils,
    blanks: state.blanks,
    missing: state.missing,
    words: top.words,
    numbers: top.numbers,
  };
}

// The walk's functions are the hottest of the checks: they are module functions with the walk's
// state passed in, not closures made per evaluation, whose optimized code V8 lets go of once
// they die and makes again after every major collection.

/** What a walk collects as it reads the expression. */
interface State {
  scope: Scope;
  inputs: Fact[];
  nils: Fact[];
  blanks: string[];
  missing: string[];
  leaves: number;
}

function leaf(state: State, lookup: Lookup, words: string): Node {
  const first = state.leaves++ === 0;
  if ('blank' in lookup) {
    state.blanks.push(lookup.blank);
    return { value: new Decimal(0), interval: point(new Decimal(0)), words, numbers: '0', precedence: 3 };
  }
  if ('missing' in lookup) {
    state.missing.push(lookup.missing);
    return { value: null, interval: null, words, numbers: '?', precedence: 3 };
  }
  const f = lookup.fact;
  state.inputs.push(f);
  if (f.status === 'nil') {
    state.nils.push(f);
    return { value: new Decimal(0), interval: point(new Decimal(0)), words, numbers: '0', precedence: 3 };
  }
  if (f.status === 'not-meaningful' || f.value === null) {
    state.missing.push(f.status === 'range' ? `${f.label} is a range (${printedText(f.raw)})` : `${f.label} is n/m`);
    return { value: null, interval: null, words, numbers: 'n/m', precedence: 3 };
  }
  const shown = formatNumber(f.value);
  const figure = printedFigure(f.value, f.decimals, f.scale);
  return {
    value: figure.value,
    interval: figure.interval,
    words,
    // A negative figure after an operator is bracketed: "−1,204 − 129 − (−62)".
    numbers: !first && f.value.startsWith('-') ? `(${shown})` : shown,
    precedence: 3,
  };
}

function combine(op: Operator, left: Node, right: Node): Node {
  const p = PRECEDENCE[op];
  const value = left.value && right.value ? exact(op, left.value, right.value) : null;
  const interval = left.interval && right.interval ? enclose(op, left.interval, right.interval) : null;
  const wrapLeft = left.precedence < p;
  const wrapRight = right.precedence < p || (right.precedence === p && (op === '-' || op === '/'));
  return {
    value,
    interval,
    words: `${wrapLeft ? `(${left.words})` : left.words} ${SYMBOL[op]} ${wrapRight ? `(${right.words})` : right.words}`,
    numbers: `${wrapLeft ? `(${left.numbers})` : left.numbers} ${SYMBOL[op]} ${wrapRight ? `(${right.numbers})` : right.numbers}`,
    precedence: p,
  };
}

function walk(e: Expression, state: State): Node {
  switch (e.type) {
    case 'name':
      return leaf(state, state.scope.lookup(e.name), state.scope.label(e.name));
    case 'number': {
      state.leaves++;
      const x = parseDecimal(e.value);
      return { value: x, interval: point(x), words: formatNumber(e.value), numbers: formatNumber(e.value), precedence: 3 };
    }
    case 'range': {
      const rows = state.scope.range(e.from, e.to);
      if (rows.length === 0) return walk({ type: 'number', value: '0' }, state);
      let sum = leaf(state, rows[0].lookup, rows[0].label);
      for (let i = 1; i < rows.length; i++) sum = combine('+', sum, leaf(state, rows[i].lookup, rows[i].label));
      return sum;
    }
    case 'negate': {
      const arg = walk(e.arg, state);
      const bracket = arg.precedence < 3;
      // A negative figure negated is bracketed too: "−(−28,490)", never "−−28,490".
      const signed = bracket || /^[−-]/.test(arg.numbers);
      return {
        value: arg.value && arg.value.neg(),
        interval: arg.interval && neg(arg.interval),
        words: bracket ? `−(${arg.words})` : `−${arg.words}`,
        numbers: signed ? `−(${arg.numbers})` : `−${arg.numbers}`,
        precedence: 2,
      };
    }
    case 'binary': {
      // Down the left side in a loop (a footing of thousands of rows is a chain that deep),
      // reading operands left to right as recursion would.
      const { first, ops } = leftChain(e);
      let node = walk(first, state);
      for (const op of ops) node = combine(op.op, node, walk(op.right, state));
      return node;
    }
    case 'fact':
    case 'call':
      // Parsed as a relation (the default syntax), an expression has neither.
      throw new Error(`a relation cannot evaluate ${e.type === 'fact' ? `[${e.id}]` : `${e.fn}(…)`}: it belongs in a claim`);
  }
}

/** The evaluation in units of 10^scale (the reported figure's), as the verdict wants it. */
export function inUnitsOf(e: Evaluation, power: number): Computed {
  const factor = powerOfTen(-power);
  return {
    value: e.value && e.value.times(factor),
    interval: e.interval && scale(e.interval, -power),
    from: e.numbers,
    missing: e.missing.length > 0 ? e.missing.join('; ') : undefined,
  };
}

function exact(op: Operator, a: Decimal, b: Decimal): Decimal {
  switch (op) {
    case '+':
      return a.plus(b);
    case '-':
      return a.minus(b);
    case '*':
      return a.times(b);
    case '/':
      // Division by zero gives ±Infinity or NaN, which the verdict reports as unverifiable.
      return a.div(b);
  }
}

function enclose(op: Operator, a: Interval, b: Interval): Interval | null {
  switch (op) {
    case '+':
      return add(a, b);
    case '-':
      return sub(a, b);
    case '*':
      return mul(a, b);
    case '/':
      return div(a, b);
  }
}
