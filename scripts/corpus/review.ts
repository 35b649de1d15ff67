/**
 * Hand reviews of the corpus's mismatches: test/fixtures/corpus-review/<release-id>.yaml, one file a
 * release, an entry a mismatch. An entry names the check and the printed value it accuses (its key),
 * a verdict (`real`: the release's own figures cannot all be right; `false`: a bug of tieout, with
 * its class; `unreviewed`: not read by hand yet), the reason, and where the printed figure and the
 * figures it was computed from are printed (release.txt line, and the source file's line).
 *
 * The test (test/corpus/corpus.test.ts) fails on a mismatch no review lists, on a `real` entry no
 * longer found, and when more `false` or `unreviewed` mismatches are found than the ratchet
 * (test/corpus/ratchet.yaml) allows. `--draft-reviews` of scripts/corpus.ts drafts the entries
 * mechanically (verdict `unreviewed`); the verdict and the reason are a person's.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import type { Check, Fact, Release } from '../../src/lib/types.ts';
import { ROOT, type ReleaseMeasure } from './measure.ts';

export const REVIEW_DIR = join(ROOT, 'test', 'fixtures', 'corpus-review');
export const RATCHET_FILE = join(ROOT, 'test', 'corpus', 'ratchet.yaml');

export type ReviewVerdict = 'real' | 'false' | 'unreviewed';

/** Where a figure is printed. */
export interface Place {
  label: string;
  figure: string;
  /** `release.txt:LINE` of the imported release. */
  at: string;
  /** `<source file>:LINE` of the release as published; '' when the figure was not found there. */
  source: string;
}

export interface ReviewEntry {
  check: string;
  verdict: ReviewVerdict;
  /** For a false one: the class of bug (period misread, unit, sign, rows a total covers, claim link, …). */
  class?: string;
  /** For a real one: why the two figures cannot both be right; for a false one: what the release means. */
  reason: string;
  printed: Place & { value: string };
  computed: { value: string; from: Place[] };
}

export interface ReviewFile {
  release: string;
  source: string;
  mismatches: ReviewEntry[];
}

/** Every review file, by release id. */
export function loadReviews(dir = REVIEW_DIR): Map<string, ReviewFile> {
  const reviews = new Map<string, ReviewFile>();
  if (!existsSync(dir)) return reviews;
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = parseYaml(readFileSync(join(dir, f), 'utf8')) as ReviewFile;
    const id = f.replace(/\.yaml$/, '');
    if (file.release !== id) throw new Error(`${join(dir, f)}: expected release: ${id}, found ${file.release}`);
    for (const e of file.mismatches ?? []) {
      if (!['real', 'false', 'unreviewed'].includes(e.verdict)) throw new Error(`${join(dir, f)}: ${e.check}: expected verdict real, false or unreviewed; found ${e.verdict}`);
      if (e.verdict !== 'unreviewed' && !e.reason?.trim()) throw new Error(`${join(dir, f)}: ${e.check}: a ${e.verdict} mismatch needs its reason`);
    }
    reviews.set(id, { ...file, mismatches: file.mismatches ?? [] });
  }
  return reviews;
}

/** The most `false` and `unreviewed` mismatches the corpus may have (test/corpus/ratchet.yaml). */
export function readRatchet(file = RATCHET_FILE): number {
  const value = (parseYaml(readFileSync(file, 'utf8')) as { known_false: number }).known_false;
  if (!Number.isInteger(value)) throw new Error(`${file}: expected known_false: <a count>`);
  return value;
}

/**
 * The least share of the figures an independent count finds in the sources' tables that facts must
 * print (./source-figures.ts): a floor raised as more is read, the goal 0.99.
 */
export function readFiguresFloor(file = RATCHET_FILE, key: 'figures_read_floor' | 'figures_read_floor_extra' | 'figures_read_floor_series' = 'figures_read_floor'): number {
  const value = (parseYaml(readFileSync(file, 'utf8')) as Record<string, number>)[key];
  if (typeof value !== 'number' || value < 0 || value > 1) throw new Error(`${file}: expected ${key}: <a share between 0 and 1>`);
  return value;
}

/** A mismatch's key: the check and the value it says was printed. */
export const keyOf = (check: string, printed: string) => `${check}\u0000${printed}`;
const printedOf = (c: Check) => c.reported.value ?? c.reported.text;

/**
 * The printed value a mismatch is reviewed under: its own, or, for a tie (two places printing one
 * figure, either of which may be the reference), the other place's when the review names that one
 * and the computed figure it named is this one's printed figure.
 */
function reviewedValue(c: Check, entries: Map<string, ReviewEntry>): string {
  const own = printedOf(c);
  if (entries.has(keyOf(c.id, own)) || c.kind !== 'tie' || c.computed === null) return own;
  const other = entries.get(keyOf(c.id, c.computed));
  return other && other.computed.value === own ? c.computed : own;
}

export interface ReviewComparison {
  /** Mismatches found, by what their review says. */
  real: Check[];
  false: Check[];
  unreviewed: Check[];
  /** Mismatches no review lists. */
  unlisted: Check[];
  /** `real` entries no longer found. */
  lostReal: { release: string; entry: ReviewEntry }[];
  /** Entries not real no longer found (to be dropped from the review). */
  gone: { release: string; entry: ReviewEntry }[];
  /** A release's mismatches and their reviews, one line each. */
  lines: (release: string) => string[];
}

/**
 * The reviews whose release is in no corpus folder (`present`: the ids of the releases found): their
 * mismatches can be neither found nor lost, so they are left out of the comparison (a real one "no longer
 * found" counts only for a release that is there) and named, so that a missing release is seen.
 */
export function reviewsWithoutRelease(reviews: Map<string, ReviewFile>, present: Iterable<string>): ReviewFile[] {
  const ids = new Set(present);
  return [...reviews.values()].filter((r) => !ids.has(r.release));
}

/** The mismatches of the releases measured against their reviews; a review of a release not measured is not read. */
export function compareReviews(measures: readonly ReleaseMeasure[], reviews: Map<string, ReviewFile>): ReviewComparison {
  const cmp: ReviewComparison = { real: [], false: [], unreviewed: [], unlisted: [], lostReal: [], gone: [], lines: () => [] };
  const lines = new Map<string, string[]>();
  for (const m of measures) {
    const entries = new Map((reviews.get(m.id)?.mismatches ?? []).map((e) => [keyOf(e.check, e.printed.value), e]));
    const found = new Set<string>();
    const out: string[] = [];
    for (const c of m.mismatches) {
      const key = keyOf(c.id, reviewedValue(c, entries));
      found.add(key);
      const entry = entries.get(key);
      const verdict = entry?.verdict ?? 'unlisted';
      (verdict === 'unlisted' ? cmp.unlisted : cmp[verdict]).push(c);
      out.push(`${m.id}  ${verdict.padEnd(10)} ${c.id}  printed ${c.reported.text.replace(/<\/?u>|\\/g, '')} (release.txt:${c.reported.line}), computed ${c.computed ?? 'nothing'}${entry?.class ? `  [${entry.class}]` : ''}`);
    }
    for (const [key, entry] of entries) {
      if (found.has(key)) continue;
      if (entry.verdict === 'real') cmp.lostReal.push({ release: m.id, entry });
      else cmp.gone.push({ release: m.id, entry });
      out.push(`${m.id}  ${`gone (${entry.verdict})`.padEnd(10)} ${entry.check}  printed ${entry.printed.figure}: no longer found`);
    }
    lines.set(m.id, out);
  }
  cmp.lines = (release) => lines.get(release) ?? [];
  return cmp;
}

/** The reviews' account of the mismatches, in a few lines. */
export function reviewSummary(cmp: ReviewComparison, ratchet: number | null): string {
  const knownFalse = cmp.false.length + cmp.unreviewed.length;
  const lines = [
    `mismatches reviewed: ${cmp.real.length} real, ${cmp.false.length} false, ${cmp.unreviewed.length} unreviewed, ${cmp.unlisted.length} not in any review`,
  ];
  if (ratchet !== null) lines.push(`false and unreviewed: ${knownFalse} (ratchet ${ratchet}${knownFalse < ratchet ? `; lower it to ${knownFalse} in test/corpus/ratchet.yaml` : ''})`);
  if (cmp.lostReal.length) lines.push(`real mismatches no longer found: ${cmp.lostReal.map((l) => `${l.release} ${l.entry.check}`).join('; ')}`);
  if (cmp.gone.length) lines.push(`${cmp.gone.length} reviewed mismatches no longer found (drop them with --draft-reviews)`);
  return lines.join('\n');
}

/** The number of a printed figure, as the source prints it: `1,234.5` of `$ (1,234.5)`. */
function numberText(figure: string): string | null {
  return /\d[\d,]*(?:\.\d+)?/.exec(figure)?.[0] ?? null;
}

const WORD = /[a-z]{4,}/g;
const STOP = new Set(['total', 'with', 'from', 'that', 'this', 'were', 'than', 'their', 'other', 'million', 'millions', 'thousands', 'billion']);

/**
 * The line of the source file where a figure is printed: a line holding its number (not as part of
 * a longer one) and the most words of its label (on that line or the few above it, where HTML puts
 * the label in a cell of its own), nearest to where release.txt has it. A draft, checked by hand.
 */
export function sourceLineOf(source: readonly string[], figure: string, label: string, relative: number): number | null {
  const number = numberText(figure);
  if (!number) return null;
  const escaped = number.replace(/[.,]/g, (c) => `\\${c}`).replace(/,/g, ',?');
  const re = new RegExp(`(?<![\\d.,])${escaped}(?![\\d]|[.,]\\d)`);
  const words = [...new Set(label.toLowerCase().match(WORD) ?? [])].filter((w) => !STOP.has(w));
  let best: { line: number; score: number } | null = null;
  for (let i = 0; i < source.length; i++) {
    if (!re.test(source[i])) continue;
    const around = source.slice(Math.max(0, i - 6), i + 1).join(' ').toLowerCase();
    const here = source[i].toLowerCase();
    const score = words.reduce((s, w) => s + (here.includes(w) ? 2 : around.includes(w) ? 1 : 0), 0) - Math.abs(i / source.length - relative);
    if (!best || score > best.score) best = { line: i + 1, score };
  }
  return best?.line ?? null;
}

function place(fact: Fact | undefined, text: string, line: number, label: string, releaseLines: number, source: { name: string; lines: string[] }): Place {
  const figure = (fact?.raw ?? text).replace(/<\/?u>|\\/g, '');
  const at = fact?.line ?? line;
  const found = sourceLineOf(source.lines, figure, fact?.label ?? label, at / Math.max(1, releaseLines));
  return { label: fact?.label ?? label, figure, at: `release.txt:${at}`, source: found ? `${source.name}:${found}` : '' };
}

/** A review entry drafted from a check: its places; verdict `unreviewed`, no reason. */
export function draftEntry(check: Check, release: Release, source: { name: string; lines: string[] }): ReviewEntry {
  const facts = new Map(release.facts.map((f) => [f.id, f]));
  const releaseLines = release.text.split('\n').length;
  const reported = check.reported.fact ? facts.get(check.reported.fact) : undefined;
  const proseLine = release.text.split('\n')[check.reported.line - 1]?.trim() ?? '';
  return {
    check: check.id,
    verdict: 'unreviewed',
    reason: '',
    printed: { ...place(reported, check.reported.text, check.reported.line, reported ? '' : proseLine.slice(0, 120), releaseLines, source), value: check.reported.value ?? check.reported.text },
    computed: {
      value: check.computed ?? '',
      from: check.inputs.map((id) => {
        const f = facts.get(id);
        return f ? place(f, f.raw, f.line, f.label, releaseLines, source) : { label: id, figure: '', at: '', source: '' };
      }),
    },
  };
}

/**
 * Each measured release's review file brought up to date: every mismatch found listed (a new one
 * drafted as `unreviewed`; a reviewed one keeps its verdict, class and reason, its places
 * refreshed), `real` entries no longer found kept (the test fails on them until a person decides),
 * other entries no longer found dropped. Returns the files written.
 */
export function draftReviews(measures: readonly ReleaseMeasure[], reviews: Map<string, ReviewFile>, dir = REVIEW_DIR): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const m of measures) {
    if (!m.release || !m.checks) continue;
    const old = reviews.get(m.id);
    const byKey = new Map((old?.mismatches ?? []).map((e) => [keyOf(e.check, e.printed.value), e]));
    const source = { name: m.source.replace(/^\.\.\/shared\/corpus\//, ''), lines: readFileSync(join(ROOT, m.source), 'utf8').split('\n') };
    const entries: ReviewEntry[] = [];
    const found = new Set<string>();
    for (const c of m.mismatches) {
      const key = keyOf(c.id, reviewedValue(c, byKey));
      found.add(key);
      const draft = draftEntry(c, m.release, source);
      const prior = byKey.get(key);
      entries.push(prior ? { check: draft.check, verdict: prior.verdict, ...(prior.class ? { class: prior.class } : {}), reason: prior.reason, ...keptPlaces(prior, draft) } : draft);
    }
    for (const [key, e] of byKey) if (!found.has(key) && e.verdict === 'real') entries.push(e);
    const file: ReviewFile = { release: m.id, source: m.source, mismatches: entries };
    const path = join(dir, `${m.id}.yaml`);
    const text = reviewYaml(file);
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    writeFileSync(path, text);
    written.push(m.id);
  }
  return written;
}

/** A person's source lines are kept where the draft found none or another. */
function keptPlaces(prior: ReviewEntry, draft: ReviewEntry): Pick<ReviewEntry, 'printed' | 'computed'> {
  // A tie whose reference moved to its other place: the draft's places, all of them.
  if (prior.printed?.value !== draft.printed.value) return { printed: draft.printed, computed: draft.computed };
  const printed = { ...draft.printed, source: prior.printed?.source || draft.printed.source };
  const from = draft.computed.from.map((p, i) => ({ ...p, source: prior.computed?.from?.[i]?.source || p.source }));
  return { printed, computed: { ...draft.computed, from } };
}

const HEADER = `# Hand review of the mismatches tieout raises on this corpus release with no company model and no
# claims file (npm run corpus; test/corpus/corpus.test.ts). verdict: real (the release's own figures
# cannot all be right: the reason says why), false (a bug of tieout: class and reason), or unreviewed.
# Places: release.txt is the imported text; source is the file as published (the source path below, from the repository root).
`;

export function reviewYaml(file: ReviewFile): string {
  return `${HEADER}${stringify(file, { lineWidth: 0 })}`;
}
