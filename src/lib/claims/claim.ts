/**
 * One claim made into a check — linked automatically or by claims.yaml: the
 * expression evaluated over the facts, stated in the unit and scale of the
 * printed figure, with the tolerance its precision and wording allow.
 */
import { type Decimal, parseDecimal, powerOfTen, toPlain } from '../decimal.ts';
import { halfUnit, scale as scaleInterval } from '../checks/interval.ts';
import { judge, roundsTo, type Computed, type Judgement } from '../checks/verdict.ts';
import { scaleWord } from '../checks/messages.ts';
import { formatNumber } from '../format/index.ts';
import type { Check, Fact, Period } from '../types.ts';
import { judgeBounded } from './bounded.ts';
import { leftChain, show, type Expression as Expr } from '../checks/expression.ts';
import { ClaimError, evaluate, type Context, type Dimension, type Value } from './evaluate.ts';
import { extractLine, type NumberToken } from './extract.ts';
import { sentences } from './reading.ts';
import { factEndingWith, factWithId } from './fact-index.ts';
import { messages } from './messages.ts';
import { readWording } from './wording.ts';

/** A check before its id is made unique: `subject` and `period` make the id. */
export interface DraftCheck extends Omit<Check, 'id'> {
  subject: string;
  /** The subject with each row no concept covers named `<table>/<row>`, to tell apart rows of one id in several tables. */
  tableSubject: string;
}

/** What a number asserts, and how its wording is to be read. */
export interface ClaimSpec {
  expression: Expr;
  /** Subject of the check id (`claim/<name>/<period>`) where the expression is more than one concept. */
  name?: string;
  title?: string;
  direction?: 'up' | 'down' | 'none';
  qualifier?: 'almost' | 'approximately' | 'more-than' | 'less-than' | 'none';
  note?: string;
}

/** What each kind of printed figure can state, and the power of ten from base units to it. */
const TARGET: Partial<Record<NumberToken['kind'], { dimensions: Dimension[]; power: (t: NumberToken) => number; says: string }>> = {
  money: { dimensions: ['USD'], power: (t) => -t.scale, says: 'an amount of money' },
  'per-share': { dimensions: ['USD/share'], power: () => 0, says: 'an amount per share' },
  percent: { dimensions: ['ratio'], power: () => 2, says: 'a percentage' },
  flat: { dimensions: ['ratio'], power: () => 2, says: 'a change in percent' },
  'basis-points': { dimensions: ['ratio'], power: () => 4, says: 'basis points' },
  number: { dimensions: ['count', 'shares', 'number'], power: (t) => -t.scale, says: 'a count' },
  word: { dimensions: ['count', 'shares', 'number'], power: () => 0, says: 'a count' },
};

const DIMENSION_WORDS: Record<Dimension, string> = {
  USD: 'an amount of money',
  'USD/share': 'an amount per share',
  shares: 'a number of shares',
  count: 'a count',
  ratio: 'a ratio',
  number: 'a plain number',
};

/**
 * The check a claim makes of `token`, on raw line `lineText`; throws
 * ClaimError for an expression that cannot be evaluated or does not state
 * what the printed figure states.
 */
export function claimCheck(entry: ClaimSpec, token: NumberToken, lineText: string, ctx: Context): DraftCheck {
  const expr = entry.expression;
  const value = evaluate(expr, ctx);
  const target = TARGET[token.kind];
  if (!target || !target.dimensions.includes(value.dimension) || token.value === null) {
    throw new ClaimError(
      messages.unitMismatch(token.text, target?.says ?? `a ${token.kind}`, DIMENSION_WORDS[value.dimension]),
    );
  }
  const power = target.power(token);
  const computed: Computed = {
    value: value.exact && value.exact.times(powerOfTen(power)),
    interval: value.interval && scaleInterval(value.interval, power),
    from: figuresIn(value, token, power),
    missing: value.missing,
  };

  const isChange = expr.type === 'call' || token.kind === 'flat';
  const wording = readWording(lineText, token.column - 1, token.end - 1);
  const qualifier =
    entry.qualifier === 'none'
      ? null
      : entry.qualifier
        ? { kind: entry.qualifier, word: entry.qualifier.replace('-', ' ') }
        : wording.qualifier;
  const direction =
    !isChange || token.kind === 'flat' || entry.direction === 'none' || parseDecimal(token.value).isNeg()
      ? null
      : entry.direction
        ? { kind: entry.direction, word: entry.direction }
        : wording.direction;
  const reportedValue =
    direction?.kind === 'down' && !parseDecimal(token.value).isZero() ? `-${token.value}` : token.value;

  const said: string[] = [];
  let judgement: Judgement;
  if (token.kind === 'flat') {
    said.push(messages.flat());
    judgement = judge({ value: '0', decimals: 0 }, computed);
  } else if (qualifier && qualifier.kind !== 'approximately') {
    judgement = judgeBounded(
      { value: reportedValue, decimals: token.decimals, kind: qualifier.kind, phrase: `${qualifier.word} ${token.text}` },
      computed,
    );
  } else {
    let allowance: { word: string; tolerance: string } | undefined;
    if (qualifier?.kind === 'approximately') {
      const unit = approximateUnit(token, lineText);
      allowance = { word: qualifier.word, tolerance: toPlain(unit.minus(halfUnit(token.decimals))) };
      said.push(messages.approximately(qualifier.word, `±${formatNumber(toPlain(unit))}`));
    }
    judgement = judge({ value: reportedValue, decimals: token.decimals, wording: allowance }, computed);
  }
  // "Interest expense decreased $54.7 million" of a line printed in parentheses, (53,353) against (108,011):
  // the words speak of the expense's size, which fell; the signed figures rose. Read so when that is what holds.
  if (direction && judgement.verdict === 'mismatch' && computed.value && computed.interval && allPrintedNegative(value.inputs, ctx.facts)) {
    const { lo, hi } = computed.interval;
    const size: Computed = { ...computed, value: computed.value.neg(), interval: { lo: hi.neg(), hi: lo.neg() } };
    const bySize = qualifier && qualifier.kind !== 'approximately'
      ? judgeBounded({ value: reportedValue, decimals: token.decimals, kind: qualifier.kind, phrase: `${qualifier.word} ${token.text}` }, size)
      : judge({ value: reportedValue, decimals: token.decimals }, size);
    if (bySize.verdict === 'exact' || bySize.verdict === 'rounding') {
      judgement = bySize;
      said.push(messages.sizeOfNegative(direction.word));
    }
  }
  if (direction) said.unshift(messages.direction(direction.word, signedText(reportedValue, token)));
  const restated = restatement(value, token, reportedValue);

  const periods = periodsOf(expr, value, ctx.facts);
  return {
    subject: subjectOf(entry, expr, ctx.facts, false),
    tableSubject: subjectOf(entry, expr, ctx.facts, true),
    release: ctx.release,
    kind: 'claim',
    title: entry.title ?? titleOf(entry, expr, value, periods, ctx),
    formula: `“${token.text}” = ${value.words}`,
    period: periods.id,
    inputs: value.inputs,
    reported: { value: reportedValue, text: token.text, fact: null, line: token.line, column: token.column },
    computed: judgement.computed,
    computedInterval: judgement.computedInterval,
    tolerance: judgement.tolerance,
    difference: judgement.difference,
    unit: token.unit ?? 'count',
    verdict: judgement.verdict,
    explanation: [...said, judgement.explanation, restated, entry.note].filter(Boolean).join(' '),
  };
}

/** Whether a change's figures are all printed negative (an expense or outflow in parentheses, on both sides). */
function allPrintedNegative(inputs: readonly string[], facts: readonly Fact[]): boolean {
  if (inputs.length < 2) return false;
  return inputs.every((id) => {
    const f = factWithId(facts, id);
    return !!f && f.value !== null && parseDecimal(f.value).isNeg();
  });
}

/**
 * The tolerance "approximately" allows: one whole unit of the figure's last
 * significant digit, instead of half a unit of its last printed digit. Whole
 * groups of three zeros ending a whole number are taken as rounding, other
 * zeros as digits: "approximately 19,000" is 19,000 ± 1,000, "approximately
 * $30 million" 30 ± 1 million, "approximately 60.5" 60.5 ± 0.1. Other zeros
 * are rounding too as far as the sentence's other amounts are rounded:
 * "$4.2 billion, an increase of approximately $400 million compared to $3.8
 * billion" (Vertex, 1Q20) states hundreds of millions, 400 ± 100 million.
 */
function approximateUnit(token: NumberToken, lineText: string): Decimal {
  if (token.decimals > 0) return powerOfTen(-token.decimals);
  const groups = token.value!.match(/[1-9]((?:000)+)$/)?.[1].length ?? 0;
  const zeros = token.value!.match(/[1-9](0+)$/)?.[1].length ?? 0;
  const coarsest = token.kind === 'money' && zeros > groups ? precisionBeside(token, lineText) : null;
  return powerOfTen(coarsest === null ? groups : Math.max(groups, Math.min(zeros, coarsest - token.scale)));
}

/**
 * The power of ten of the last printed digit of the other amounts of money in the token's sentence, in dollars
 * (3.8 billion: 8), the finest of them; null when the sentence prints no other amount.
 */
function precisionBeside(token: NumberToken, lineText: string): number | null {
  const at = token.column - 1;
  const sentence = sentences(lineText).find((sp) => sp.start <= at && at < sp.end);
  if (!sentence) return null;
  const others = extractLine(0, lineText.slice(sentence.start, sentence.end)).filter(
    (t) => t.kind === 'money' && t.value !== null && t.column - 1 + sentence.start !== at,
  );
  if (others.length === 0) return null;
  return Math.min(...others.map((t) => t.scale - t.decimals));
}

/** "−3 percent", "$60.5 million": the figure with its sign, as the explanation states it. */
function signedText(value: string, token: NumberToken): string {
  const n = formatNumber(value, { signed: token.kind === 'percent' || token.kind === 'basis-points' });
  switch (token.kind) {
    case 'percent':
      return `${n} percent`;
    case 'basis-points':
      return `${n} basis points`;
    case 'money':
      return `$${n}${scaleWord(token.scale)}`;
    case 'per-share':
      return `$${n} per share`;
    default:
      return n;
  }
}

/** The printed figures of the computation, with what turns them into the claim's units. */
function figuresIn(value: Value, token: NumberToken, power: number): string | undefined {
  // A single figure in the claim's own units needs no derivation.
  if (value.inputs.length === 1 && value.precedence === 3 && !value.figures.startsWith('−(') && value.figureScale === (value.dimension === 'ratio' ? power : -power)) {
    return undefined;
  }
  const figures = value.precedence < 3 ? `(${value.figures})` : value.figures;
  if (value.figureScale === null) return value.figures;
  if (value.dimension === 'ratio') {
    const shift = power - value.figureScale;
    return shift === 0 ? value.figures : `${figures} × ${formatNumber(toPlain(powerOfTen(shift)))}`;
  }
  return value.figureScale === -power ? value.figures : `${figures}${scaleWord(value.figureScale)}`;
}

/** For an amount restated in another scale: whether it is the amount rounded half up. */
function restatement(value: Value, token: NumberToken, reported: string): string | undefined {
  if (value.exact === null || value.figureScale === null || value.figureScale === -TARGET[token.kind]!.power(token)) return undefined;
  if (token.kind !== 'money' && token.kind !== 'number') return undefined;
  const amount = { value: value.exact.div(powerOfTen(value.figureScale)), scale: value.figureScale };
  return roundsTo(amount, { value: reported, decimals: token.decimals, scale: token.scale }).explanation;
}

interface Periods {
  /** The check's period: the one period of the inputs, or `<current>-vs-<prior>` for a change; else null. */
  id: string | null;
  /** Every period of the inputs, in order of appearance. */
  parts: string[];
}

function periodsOf(expr: Expr, value: Value, facts: readonly Fact[]): Periods {
  const periodOf = (id: string) => factWithId(facts, id)?.period ?? null;
  const all = [...new Set(value.inputs.map(periodOf).filter((p): p is string => p !== null))];
  if ((expr.type === 'call') && all.length === 2) {
    return { id: `${all[0]}-vs-${all[1]}`, parts: all };
  }
  return { id: all.length === 1 ? all[0] : null, parts: all };
}

function periodLabel(id: string, periods: readonly Period[]): string {
  return periods.find((p) => p.id === id)?.label ?? id;
}

function titleOf(
  entry: ClaimSpec,
  expr: Expr,
  value: Value,
  periods: Periods,
  ctx: Pick<Context, 'concepts' | 'measures' | 'periods' | 'facts'>,
): string {
  const when = periods.parts.map((p) => periodLabel(p, ctx.periods)).join(' vs ');
  if (entry.name) return `${humanize(entry.name)}${when ? `, ${when}` : ''}`;
  const measure = expr.type === 'name' && !ctx.concepts.has(expr.name) ? ctx.measures.get(expr.name) : undefined;
  if (measure) return `${measure.label}${when ? `, ${when}` : ''}`;
  if (expr.type === 'name') return value.words;
  const single = (e: Expr): string | null =>
    e.type === 'name' ? (ctx.concepts.get(e.name) ?? e.name) : e.type === 'fact' ? (factEndingWith(ctx.facts, e.id)?.label ?? e.id) : null;
  if (expr.type === 'call') {
    const a = single(expr.current);
    if (a !== null && a === single(expr.prior)) return `${a} ${expr.fn}, ${when}`;
  }
  return value.words;
}

/**
 * The subject of the check id: the name, the concept, `growth/<concept>`, or the expression as a
 * slug; a row no concept covers by its row id, or with `inTable` by `<table>/<row>`.
 */
function subjectOf(entry: ClaimSpec, expr: Expr, facts: readonly Fact[], inTable: boolean): string {
  if (entry.name) return entry.name;
  const leaf = (e: Expr): string | null => {
    if (e.type === 'name') return e.name;
    if (e.type !== 'fact') return null;
    const fact = factEndingWith(facts, e.id);
    return fact ? (inTable ? `${fact.table}/${fact.row}` : fact.row) : slug(e.id);
  };
  if (expr.type === 'call') {
    const a = leaf(expr.current);
    if (a !== null && a === leaf(expr.prior)) return `${expr.fn}/${a}`;
  }
  return leaf(expr) ?? slug(show(withoutPeriods(expr)));
}

function withoutPeriods(e: Expr): Expr {
  switch (e.type) {
    case 'name':
      return { type: 'name', name: e.name };
    case 'negate':
      return { ...e, arg: withoutPeriods(e.arg) };
    case 'call':
      return { ...e, current: withoutPeriods(e.current), prior: withoutPeriods(e.prior) };
    case 'binary': {
      // Down a chain in a loop: a claim may write thousands of terms.
      const { first, ops } = leftChain(e);
      let out = withoutPeriods(first);
      for (const op of ops) out = { ...op, left: out, right: withoutPeriods(op.right) };
      return out;
    }
    default:
      return e;
  }
}

function slug(text: string): string {
  return text
    .replace(/ \+ /g, '-plus-')
    .replace(/ - /g, '-minus-')
    .replace(/ \* /g, '-times-')
    .replace(/ \/ /g, '-over-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function humanize(name: string): string {
  const words = name.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
