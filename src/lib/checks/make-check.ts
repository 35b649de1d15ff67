/**
 * Assembles a Check from a relation's parts: the reported fact, the inputs, and the
 * value recomputed from them, judged by ./verdict.ts. Every kind of check goes through
 * here, so every check carries the same fields in the same form.
 */
import type { Check, CheckKind, Fact, Release, Unit } from '../types.ts';
import { unverifiableApproximate, unverifiableMisprint } from './messages.ts';
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
  const j = given.verdict === 'mismatch' ? notAccusingApproximate(r, spec.inputs, given) : given;
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
 * figure computed from it is accused of failing to tie: the mismatch becomes unverifiable, with the difference kept.
 */
function notAccusingApproximate(reported: Fact, inputs: Fact[], j: Judgement): Judgement {
  // A figure doubted as printed ("139.435" among whole thousands) is the problem located on its cell, not an error of
  // the figures resting on it: the total footed over it is right under the reading of it as 139,435.
  const misprinted = reported.misprint !== undefined ? reported : inputs.find((f) => f.misprint !== undefined);
  if (misprinted && j.verdict === 'mismatch') return { ...j, verdict: 'unverifiable', explanation: unverifiableMisprint(misprinted.raw, misprinted === reported, j.difference ?? '?') };
  const approximate = reported.approximate ? reported : inputs.find((f) => f.approximate);
  if (!approximate) return j;
  return { ...j, verdict: 'unverifiable', explanation: unverifiableApproximate(approximate.raw, approximate === reported, j.difference ?? '?') };
}

/** "Total revenues, Q2 2010". */
export function titleOf(subject: string, periodLabel: string): string {
  return `${subject}, ${periodLabel}`;
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
