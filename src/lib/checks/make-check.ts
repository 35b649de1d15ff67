/**
 * Assembles a Check from a relation's parts: the reported fact, the inputs, and the
 * value recomputed from them, judged by ./verdict.ts. Every kind of check goes through
 * here, so every check carries the same fields in the same form.
 */
import type { Check, CheckKind, Fact, Release, Unit } from '../types.ts';
import { Decimal, parseDecimal, powerOfTen } from '../decimal.ts';
import { halfUnit } from './interval.ts';
import { mismatchEvenApproximate, unverifiableApproximate, unverifiableMisprint } from './messages.ts';
import { type Computed, type Judgement, judge } from './verdict.ts';

export interface CheckSpec {
  release: Release;
  kind: CheckKind;
  id: string;
  title: string;
  formula: string;
  period: string | null;
  inputs: Fact[];
  reported: Fact;
  computed: Computed;
  /** Sentences appended to the verdict's explanation (nil inputs, the rule applied). */
  notes?: string[];
  /** The unit of the compared figures; the reported fact's by default. */
  unit?: Unit;
  /** The reading the relation rests on, in words (which rows a total covers and why). */
  restsOn?: string;
  /** The readings of the layout considered, in words, when there was more than one. */
  readings?: string[];
}

/** Judges the reported fact against the computed value and builds the check. */
export function makeCheck(spec: CheckSpec): Check {
  const r = spec.reported;
  return checkWith(spec, judge({ value: r.value, decimals: r.decimals, status: r.status }, spec.computed));
}

/** Builds the check with a judgement made elsewhere (a rule the interval verdict does not cover). */
export function checkWith(spec: Omit<CheckSpec, 'computed'>, given: Judgement): Check {
  const r = spec.reported;
  const j = given.verdict === 'mismatch' ? notAccusingApproximate(spec.kind, r, spec.inputs, given) : given;
  const notes = spec.notes ?? [];
  return {
    id: spec.id,
    release: spec.release.meta.id,
    kind: spec.kind,
    title: spec.title,
    formula: spec.formula,
    period: spec.period,
    inputs: unique(spec.inputs.map((f) => f.id)),
    reported: { value: r.value, text: r.raw, fact: r.id, line: r.line, column: r.column },
    computed: j.computed,
    computedInterval: j.computedInterval,
    tolerance: j.tolerance,
    difference: j.difference,
    unit: spec.unit ?? r.unit,
    verdict: j.verdict,
    explanation: [j.explanation, ...notes].join(' '),
    ...(spec.restsOn !== undefined ? { restsOn: spec.restsOn } : {}),
    ...(spec.readings !== undefined ? { readings: spec.readings } : {}),
  };
}

/**
 * A figure printed as approximate ("~ $ 310" in an outlook) states no exact value, so neither it nor a
 * figure computed from it is accused of failing to tie: the mismatch becomes unverifiable, with the difference kept,
 * unless it is a sum whose figures differ by more than approximation explains (beyondApproximation).
 */
function notAccusingApproximate(kind: CheckKind, reported: Fact, inputs: Fact[], j: Judgement): Judgement {
  // A figure doubted as printed ("139.435" among whole thousands) is the problem located on its cell, not an error of
  // the figures resting on it: the total footed over it is right under the reading of it as 139,435.
  const misprinted = reported.misprint !== undefined ? reported : inputs.find((f) => f.misprint !== undefined);
  if (misprinted && j.verdict === 'mismatch') return { ...j, verdict: 'unverifiable', explanation: unverifiableMisprint(misprinted.raw, misprinted === reported, j.difference ?? '?') };
  const approximate = reported.approximate ? reported : inputs.find((f) => f.approximate);
  if (!approximate) return j;
  if (SUMS.has(kind) && beyondApproximation(reported, inputs, j)) return { ...j, explanation: `${j.explanation} ${mismatchEvenApproximate(approximate.raw)}` };
  return { ...j, verdict: 'unverifiable', explanation: unverifiableApproximate(approximate.raw, approximate === reported, j.difference ?? '?') };
}

// Kinds whose computed figure is a signed sum of its inputs, each once: a footing's lines, a tie's one figure.
const SUMS: ReadonlySet<CheckKind> = new Set(['footing', 'tie']);

/**
 * Whether a sum's figures differ by more than approximation explains: each figure printed as approximate read as
 * standing for one whole unit of its last digit other than zero either way (as "approximately" in the prose stands
 * for a whole unit of its last significant digit, ../claims/claim.ts approximateUnit), the others as printed.
 * PG&E's 2025 guidance "~ $ 1.52" against ~ $ 1.36 plus six adjustments of ~ 0.10 and less: 9.10 for 0.10 is no
 * approximation.
 */
function beyondApproximation(reported: Fact, inputs: Fact[], j: Judgement): boolean {
  if (reported.value === null || j.computedInterval === null || j.tolerance === null) return false;
  // The more each approximate figure may stand for than its half unit of rounding, in the reported figure's units.
  const more = (f: Fact) => (f.approximate ? approximateUnit(f).minus(halfUnit(f.decimals)).times(powerOfTen(f.scale - reported.scale)) : new Decimal(0));
  const slack = [...new Set(inputs)].reduce((sum, f) => sum.plus(more(f)), new Decimal(0));
  const value = parseDecimal(reported.value);
  const reach = parseDecimal(j.tolerance).plus(more(reported));
  const [lo, hi] = [parseDecimal(j.computedInterval.lo).minus(slack), parseDecimal(j.computedInterval.hi).plus(slack)];
  return value.plus(reach).lt(lo) || value.minus(reach).gt(hi);
}

/**
 * One whole unit of a figure's last digit other than zero: zeros ending an approximate figure are taken as rounding
 * ("~ 0.10" is 0.1 ± 0.1, "~ $ 310" 310 ± 10), as the reading least ready to accuse.
 */
function approximateUnit(f: Fact): Decimal {
  const digits = parseDecimal(f.value ?? '0').abs();
  if (digits.isZero()) return powerOfTen(-f.decimals);
  let exponent = -f.decimals;
  while (digits.div(powerOfTen(exponent + 1)).isInteger()) exponent++;
  return powerOfTen(exponent);
}

/** "Total revenues, Q2 2010". */
export function titleOf(subject: string, periodLabel: string): string {
  return `${subject}, ${periodLabel}`;
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
