import type { Release, SeriesComparison } from '../lib/types.ts';
import { loadRelease } from '../lib/ingest/index.ts';
import { formatIssue } from '../lib/issues.ts';
import { namingSentence, periodNamings, seriesComparisons } from '../lib/series/index.ts';
import type { Io } from './io.ts';
import { attempt, internalMessage, worst } from './each-release.ts';

export interface SeriesOptions {
  /** Print the comparisons and the periods named otherwise as JSON (`{ comparisons, periodNamings }`) instead of the readable report. */
  json: boolean;
  /** Exit 1 when a figure differs across releases with no statement that explains it. */
  strict: boolean;
}

const ORDER: SeriesComparison['verdict'][] = ['mismatch', 'unverifiable', 'restated', 'split-adjusted', 'split-unstated', 'rounding', 'same'];
const HEADING: Record<SeriesComparison['verdict'], string> = {
  mismatch: 'DIFFERS ACROSS RELEASES (no statement explains it)',
  restated: 'RESTATED (the later release says prior periods were restated, recast or revised, or the earlier printing’s note says why it differs)',
  'split-adjusted': 'SPLIT-ADJUSTED (follows a stated stock split)',
  unverifiable: 'PRINTED OTHERWISE, NOT ESTABLISHED AS ONE LINE (tieout’s reading says why; no accusation)',
  'split-unstated': 'CONSISTENT WITH AN UNSTATED SPLIT (tieout’s reading: every per-share figure and share count differs by one ratio; no release states a split)',
  rounding: 'THE SAME WITHIN ROUNDING (one unit of the last digit apart: a figure rounded whole and a sum of rounded parts can differ so; no accusation)',
  same: 'SAME',
};

/**
 * `tieout series`: the releases given, read together by company, every figure a release prints
 * for a period an earlier release printed compared with that printing (src/lib/series/). Exit
 * status: 2 when a release could not be read, 1 with --strict when a figure differs across
 * releases with no statement that explains it, else 0.
 */
export function seriesCommand(dirs: string[], options: SeriesOptions, io: Io): number {
  const statuses: number[] = [];
  const releases: Release[] = [];
  for (const dir of dirs) {
    const run = attempt(dir, () => loadRelease(dir));
    if (run.ok) releases.push(run.value);
    else {
      statuses.push(run.status);
      if (run.internal) io.err(`tieout: ${dir}: ${internalMessage(run.internal)}\n`);
      else for (const issue of run.issues) io.err(`${formatIssue(issue)}\n`);
    }
  }
  const comparisons = seriesComparisons(releases);
  if (options.json) {
    // The periods named otherwise are findings as the comparisons are: their figures were not compared.
    const namings = periodNamings(releases).map((n) => ({ ...n, sentence: namingSentence(n) }));
    io.out(`${JSON.stringify({ comparisons, periodNamings: namings }, null, 2)}\n`);
  } else io.out(report(releases, comparisons));
  const differs = comparisons.some((c) => c.verdict === 'mismatch');
  statuses.push(options.strict && differs ? 1 : 0);
  return worst(statuses);
}

function report(releases: Release[], comparisons: SeriesComparison[]): string {
  const lines: string[] = [];
  const count = (v: SeriesComparison['verdict']) => comparisons.filter((c) => c.verdict === v).length;
  const companies = [...new Set(releases.map((r) => r.meta.company))];
  lines.push(
    `${companies.join(', ')}: ${releases.length} releases, ${comparisons.length} figures printed again for an earlier release's period — ` +
      // A split no release states is counted where there is one (the line reads as before otherwise).
      ORDER.filter((v) => (v !== 'split-unstated' && v !== 'unverifiable' && v !== 'rounding') || count(v) > 0).map((v) => `${count(v)} ${v}`).join(', '),
  );
  const fileOf = new Map(releases.map((r) => [r.meta.id, r.file]));
  const namings = periodNamings(releases);
  if (namings.length > 0) {
    lines.push('', 'PERIODS NAMED OTHERWISE ACROSS RELEASES (figures compared by period only where the releases name and date it alike)');
    for (const n of namings) lines.push(`  ${namingSentence(n)}`);
  }
  for (const verdict of ORDER.filter((v) => v !== 'same')) {
    const these = comparisons.filter((c) => c.verdict === verdict);
    if (these.length === 0) continue;
    lines.push('', HEADING[verdict]);
    for (const c of these) {
      lines.push(`  ${c.later.fact}`);
      lines.push(`    ${c.later.label}, ${c.period}: ${c.earlier.raw.replace(/<\/?u>/g, '')} in ${c.earlier.release} (${fileOf.get(c.earlier.release)}:${c.earlier.line}), ${c.later.raw.replace(/<\/?u>/g, '')} in ${c.later.release} (${fileOf.get(c.later.release)}:${c.later.line})`);
      if (c.statement) lines.push(`    ${fileOf.get(c.statement.release)}:${c.statement.line}: “${c.statement.text}”${c.statement.covers ? ` (${c.statement.covers})` : ""}`);
      if (c.reading) lines.push(`    tieout's reading${c.verdict === 'unverifiable' || c.verdict === 'rounding' ? '' : ' (no release states it)'}: ${c.reading}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
