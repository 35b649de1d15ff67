/**
 * Hand reviews of the findings across a company's releases: test/fixtures/series-review/<series>.yaml,
 * one file a series, an entry a figure a later release prints otherwise than the release that
 * printed it first (a `mismatch` across releases, or `restated` under a statement of the later
 * release). An entry names the later printing's fact and the earlier's (its key), what tieout found
 * (`found`), a verdict (`real`: the company really printed two figures for the line, the reason
 * says why; `false`: a misreading of tieout, a bug to fix in general code; `unreviewed`), and where
 * each figure is printed (release.txt line of the imported release, and the source's line).
 *
 * The test (test/series/series.test.ts) fails on a finding no review lists, on one found otherwise
 * than reviewed (a difference once restated now a mismatch is reviewed again), on a `real` entry no
 * longer found, and on any `false` or `unreviewed` entry. `node scripts/series.ts --draft-reviews`
 * drafts the entries mechanically; the verdict and the reason are a person's.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import type { SeriesComparison, SeriesPrinting } from '../../src/lib/types.ts';
import { ROOT } from '../corpus/measure.ts';
import type { SeriesMeasure } from './measure.ts';

export const SERIES_REVIEW_DIR = join(ROOT, 'test', 'fixtures', 'series-review');

export type SeriesReviewVerdict = 'real' | 'false' | 'unreviewed';

/** Where a figure is printed. */
export interface SeriesPlace {
  release: string;
  fact: string;
  label: string;
  figure: string;
  /** `release.txt:LINE` of the imported release. */
  at: string;
  /** `<source file>:LINE:COLUMN` as published (from the repository root; EDGAR prints a document on one line); '' when not found there. */
  source: string;
}

export interface SeriesReviewEntry {
  period: string;
  /** What tieout found: a difference across releases, or restated under the statement quoted. */
  found: 'mismatch' | 'restated' | 'unverifiable';
  verdict: SeriesReviewVerdict;
  /** For a false one: the class of bug. */
  class?: string;
  /** Why the two printings differ (real), or what the release means (false). */
  reason: string;
  earlier: SeriesPlace;
  later: SeriesPlace;
  /** The statement a restated finding rests on: `<source>:LINE: “…”`. */
  statement?: string;
}

export interface SeriesReviewFile {
  series: string;
  releases: string[];
  /** What the reviewer found of the series as a whole (what its releases print again, what none does). */
  note?: string;
  findings: SeriesReviewEntry[];
}

/** The findings a person reviews: every figure printed otherwise than first. */
export function findingsOf(comparisons: readonly SeriesComparison[]): SeriesComparison[] {
  return comparisons.filter((c) => c.verdict === 'mismatch' || c.verdict === 'restated' || c.verdict === 'unverifiable');
}

const keyOf = (earlier: string, later: string) => `${earlier} -> ${later}`;

export function loadSeriesReviews(dir = SERIES_REVIEW_DIR): Map<string, SeriesReviewFile> {
  const out = new Map<string, SeriesReviewFile>();
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = parseYaml(readFileSync(join(dir, f), 'utf8')) as SeriesReviewFile;
    const id = f.replace(/\.yaml$/, '');
    if (file.series !== id) throw new Error(`${join(dir, f)}: expected series: ${id}, found ${file.series}`);
    file.findings ??= [];
    for (const e of file.findings) {
      if (!['real', 'false', 'unreviewed'].includes(e.verdict)) throw new Error(`${join(dir, f)}: ${e.later?.fact}: expected verdict real, false or unreviewed; found ${e.verdict}`);
    }
    out.set(id, file);
  }
  return out;
}

export interface SeriesReviewComparison {
  /** Findings no review lists. */
  unlisted: SeriesComparison[];
  /** Findings listed, but found otherwise than reviewed (restated then, a mismatch now). */
  changed: { finding: SeriesComparison; entry: SeriesReviewEntry }[];
  /** Entries reviewed real that are no longer found. */
  lostReal: SeriesReviewEntry[];
  /** Entries reviewed false or not yet reviewed, still found. */
  falseOrUnreviewed: SeriesReviewEntry[];
  real: SeriesReviewEntry[];
}

export function compareSeriesReviews(measures: readonly SeriesMeasure[], reviews: Map<string, SeriesReviewFile>): SeriesReviewComparison {
  const out: SeriesReviewComparison = { unlisted: [], changed: [], lostReal: [], falseOrUnreviewed: [], real: [] };
  for (const m of measures) {
    const entries = new Map((reviews.get(m.id)?.findings ?? []).map((e) => [keyOf(e.earlier.fact, e.later.fact), e]));
    const found = new Set<string>();
    for (const c of findingsOf(m.comparisons)) {
      const key = keyOf(c.earlier.fact, c.later.fact);
      found.add(key);
      const entry = entries.get(key);
      if (!entry) out.unlisted.push(c);
      else if (entry.found !== c.verdict) out.changed.push({ finding: c, entry });
      else if (entry.verdict === 'real') out.real.push(entry);
      else out.falseOrUnreviewed.push(entry);
    }
    for (const [key, e] of entries) if (!found.has(key) && e.verdict === 'real') out.lostReal.push(e);
  }
  return out;
}

const WORDS = /[a-z]{4,}/g;

/**
 * Where a source as published prints a figure: `LINE:COLUMN`, for sources that print a whole HTML
 * document on one line (EDGAR's submissions). An occurrence of its number (not inside a longer one)
 * (in parentheses where it is printed so) with the most words of its label before it, nearest to where release.txt
 * has it. A draft, checked by hand.
 */
export function sourcePlaceOf(text: string, figure: string, label: string, relative: number): string | null {
  const number = /\d[\d,]*(?:\.\d+)?/.exec(figure)?.[0];
  if (!number) return null;
  // Not inside a longer number or a word ("10pt"); a figure printed in parentheses, in them.
  const paren = /^\s*\$?\s*\(/.test(figure) ? '\\(\\s*' : '';
  const re = new RegExp(`${paren}(?<![\\w.,])${number.replace(/[.,]/g, (c) => `\\${c}`)}(?![\\w]|[.,]\\d)`, 'g');
  const words = [...new Set(label.toLowerCase().replace(/&amp;/g, '&').match(WORDS) ?? [])];
  const lower = text.toLowerCase();
  let best: { at: number; score: number } | null = null;
  for (const m of text.matchAll(re)) {
    const near = lower.slice(Math.max(0, m.index - 800), m.index);
    const before = lower.slice(Math.max(0, m.index - 3000), m.index);
    const score = words.filter((w) => near.includes(w)).length + words.filter((w) => before.includes(w)).length - Math.abs(m.index / text.length - relative);
    if (!best || score > best.score) best = { at: m.index, score };
  }
  if (!best) return null;
  if (paren) best.at = text.indexOf(number, best.at);
  const lineStart = text.lastIndexOf('\n', best.at - 1) + 1;
  const line = text.slice(0, lineStart).split('\n').length;
  return `${line}:${best.at - lineStart + 1}`;
}

function place(p: SeriesPrinting, m: SeriesMeasure, sources: Map<string, string>): SeriesPlace {
  const file = m.sources.get(p.release) ?? '';
  const text = sources.get(file) ?? '';
  const release = m.releases.find((r) => r.meta.id === p.release);
  const total = release ? release.text.split('\n').length : 1;
  const figure = p.raw.replace(/<\/?u>|\\/g, '');
  const found = text ? sourcePlaceOf(text, figure, p.label, p.line / total) : null;
  return { release: p.release, fact: p.fact, label: p.label, figure, at: `release.txt:${p.line}`, source: found ? `${file}:${found}` : '' };
}

/** A review file as written: its header, then the file as YAML. */
export function seriesReviewText(file: SeriesReviewFile): string {
  const header =
    `# Hand review of the figures tieout finds printed otherwise across this company's releases\n` +
    `# (node scripts/series.ts; test/series/series.test.ts): found mismatch (no statement explains it) or\n` +
    `# restated (under the later release's statement); verdict real (the company printed two figures for\n` +
    `# the line: the reason says why), false (tieout misread: a bug to fix), or unreviewed.\n` +
    `# Places: release.txt of the imported release; source as published, from the repository root, at\n` +
    `# LINE:COLUMN (EDGAR's submissions print the release's HTML on one line).\n`;
  return header + stringify(file, { lineWidth: 0 });
}

/**
 * Drafts each series' review file: every finding no entry lists, as `unreviewed`; entries of
 * findings no longer found are dropped unless reviewed real (the test then says so). Returns the
 * files written.
 */
export function draftSeriesReviews(measures: readonly SeriesMeasure[], reviews: Map<string, SeriesReviewFile>, dir = SERIES_REVIEW_DIR): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const m of measures) {
    const prior = reviews.get(m.id);
    const entries = new Map((prior?.findings ?? []).map((e) => [keyOf(e.earlier.fact, e.later.fact), e]));
    const sources = new Map([...m.sources.values()].map((f) => [f, readFileSync(join(ROOT, f), 'utf8')]));
    const findings: SeriesReviewEntry[] = [];
    const kept = new Set<string>();
    for (const c of findingsOf(m.comparisons)) {
      const key = keyOf(c.earlier.fact, c.later.fact);
      kept.add(key);
      const had = entries.get(key);
      const statement = c.statement ? `${m.sources.get(c.statement.release)}: release.txt:${c.statement.line}: “${c.statement.text}”` : undefined;
      if (had && had.found === c.verdict) findings.push({ ...had, ...(statement ? { statement } : {}) });
      else
        findings.push({
          period: c.period,
          found: c.verdict as 'mismatch' | 'restated' | 'unverifiable',
          verdict: had?.verdict === 'real' && c.verdict === 'mismatch' ? 'unreviewed' : (had?.verdict ?? 'unreviewed'),
          reason: had?.reason ?? '',
          earlier: place(c.earlier, m, sources),
          later: place(c.later, m, sources),
          ...(statement ? { statement } : {}),
        });
    }
    for (const [key, e] of entries) if (!kept.has(key) && e.verdict === 'real') findings.push(e);
    const file: SeriesReviewFile = { series: m.id, releases: [...m.sources.values()], ...(prior?.note ? { note: prior.note } : {}), findings };
    const path = join(dir, `${m.id}.yaml`);
    const text = seriesReviewText(file);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
      writeFileSync(path, text);
      written.push(relative(ROOT, path));
    }
  }
  return written;
}
