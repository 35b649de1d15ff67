import type { Check, Verdict } from '../types.ts';

/**
 * One meaning of a figure's verdict everywhere on the site: a figure is marked with the
 * worst verdict of the checks where it is the *reported* figure (the total a footing
 * checks, the printed growth a growth check recomputes). The checks it only *feeds* (as a
 * component, an input of a growth or margin, a figure a claim rests on) are listed apart,
 * in its provenance, and never colour its mark.
 */
export interface FigureChecks {
  /** The mark: the worst verdict of `reported`, or null when no check reports this figure. */
  verdict: Verdict | null;
  /** Checks whose reported figure this is. */
  reported: Check[];
  /** Checks that use this figure as an input only. */
  feeds: Check[];
}

/** Worst first: a mismatch must never hide behind an exact tie. */
export const SEVERITY: readonly Verdict[] = ['mismatch', 'unverifiable', 'rounding', 'exact'];

/** Glyphs that tell verdicts apart without colour. */
export const VERDICT_GLYPH: Record<Verdict, string> = { exact: '✓', rounding: '≈', mismatch: '✗', unverifiable: '?' };

/** Verdicts in words, for marks' text alternatives and labels. */
export const VERDICT_WORDS: Record<Verdict, string> = {
  exact: 'ties exactly',
  rounding: 'ties within rounding',
  mismatch: 'does not tie',
  unverifiable: 'cannot be verified',
};

/** Short verdict names, for summaries and filters. */
export const VERDICT_NAMES: Record<Verdict, string> = {
  exact: 'exact',
  rounding: 'within rounding',
  mismatch: 'mismatch',
  unverifiable: 'unverifiable',
};

/** A count of checks with a verdict, as a phrase: "1 mismatch", "4 mismatches", "64 within rounding". */
export function verdictCount(count: number, verdict: Verdict): string {
  return `${count} ${verdict === 'mismatch' && count !== 1 ? 'mismatches' : VERDICT_NAMES[verdict]}`;
}

export function worstVerdict(checks: readonly Check[]): Verdict | null {
  return SEVERITY.find((v) => checks.some((c) => c.verdict === v)) ?? null;
}

const NONE: FigureChecks = { verdict: null, reported: [], feeds: [] };
const indexes = new WeakMap<readonly Check[], Map<string, FigureChecks>>();

/** The checks of each fact, split into those it is reported by and those it feeds (indexed once per checks array). */
export function figureChecks(checks: readonly Check[], factId: string): FigureChecks {
  let index = indexes.get(checks);
  if (!index) {
    index = new Map();
    const entry = (id: string) => {
      let e = index!.get(id);
      if (!e) index!.set(id, (e = { verdict: null, reported: [], feeds: [] }));
      return e;
    };
    for (const c of checks) {
      if (c.reported.fact) entry(c.reported.fact).reported.push(c);
      for (const id of new Set(c.inputs)) if (id !== c.reported.fact) entry(id).feeds.push(c);
    }
    for (const e of index.values()) e.verdict = worstVerdict(e.reported);
    indexes.set(checks, index);
  }
  return index.get(factId) ?? NONE;
}
