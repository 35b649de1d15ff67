/**
 * `npm run corpus`: the real releases of ../shared/corpus/ imported with only `--id <file stem>`
 * into a temporary data folder, read and checked with no company model and no claims file, and
 * measured (scripts/corpus/measure.ts). Prints per release and in total: the facts read, the
 * table figures (facts with a value, less note references), the share of the figures an independent count finds in the
 * source's tables that a fact prints (read), the share an evaluated check reads (coverage), the
 * problems located, the checks by verdict, the mismatches against their hand reviews
 * (test/fixtures/corpus-review/), and planted errors caught.
 *
 *   node scripts/corpus.ts [--plant N] [--seed S] [--only id,id] [--mismatches] [--missed] [--uncovered [N]] [--json FILE]
 *                          [--draft-reviews] [--keep DIR] [--dir FOLDER] [--date id=YYYY-MM-DD]
 *
 * --plant N        figures altered per release (default 10; 0 leaves planted errors out)
 * --mismatches     list every mismatch with its review
 * --missed         list every planting no new mismatch caught: on a covered figure (`missed`) the figure
 *                  and each check that read it before, with its verdict before and after; on a figure no
 *                  evaluated check reads (`unread`) the figure alone, where coverage is to be won
 * --uncovered [N]  list, per release and table (largest loss first), the table figures no evaluated check
 *                  reads: a line a table (its units and columns counted), then its first N rows (default 20),
 *                  each with its section, label, unit and the column and value of each uncovered figure
 *                  (./corpus/uncovered-rows.ts); the JSON carries only the counts
 * --json FILE      the whole measurement as JSON
 * --draft-reviews  add each mismatch no review lists to its release's review file as `unreviewed`
 *                  and drop entries not real that are no longer found (verdicts and reasons kept)
 * --keep DIR       import into DIR (kept) rather than a temporary folder
 * --dir FOLDER     measure the releases of FOLDER instead of the corpus (a set found unseen, measured
 *                  before any code is changed for it); the ratchet is not applied to it
 * --date id=DATE   the release date of a release that prints none (a financial supplement), as a user
 *                  passes `tieout import --release-date`; repeated or joined by commas. A folder's
 *                  DATES.yaml (`id: YYYY-MM-DD`, a comment saying whence) gives them too; --date wins.
 *                  Each release so dated is named with its date under the table.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { coveredFigures, figuresOf, measureCorpus, parseDateOptions, percent, totalsOf, type ReleaseMeasure } from './corpus/measure.ts';
import { uncoveredLines, uncoveredRows } from './corpus/uncovered-rows.ts';
import { compareReviews, draftReviews, loadReviews, readRatchet, reviewsWithoutRelease, reviewSummary } from './corpus/review.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const plant = Number(option('--plant') ?? 10);
const seed = Number(option('--seed') ?? 1);
const only = option('--only')?.split(',');
const keep = option('--keep');
const dir = option('--dir');
const dates = parseDateOptions(args.flatMap((a, i) => (a === '--date' && i + 1 < args.length ? [args[i + 1]!] : [])));
const data = keep ? resolve(keep) : mkdtempSync(join(tmpdir(), 'tieout-corpus-'));
if (!keep) process.on('exit', () => rmSync(data, { recursive: true, force: true }));

const started = performance.now();
const out = (line = '') => process.stdout.write(`${line}\n`);
const pad = (s: string | number, n: number) => String(s).padStart(n);
out(`${'release'.padEnd(16)} ${pad('facts', 6)} ${pad('figures', 7)} ${pad('read', 6)} ${pad('covered', 7)} ${pad('problems', 8)} ${pad('exact', 5)} ${pad('round', 5)} ${pad('unver', 5)} ${pad('mism', 5)} ${plant ? pad('planted', 8) : ''}`);
const measures = measureCorpus({
  data,
  only,
  dir: dir ? resolve(dir) : undefined,
  dates,
  plant,
  seed,
  progress: (m: ReleaseMeasure) => {
    const caught = m.plantings ? `${m.plantings.filter((p) => p.caught.length > 0).length}/${m.plantings.length}` : '';
    out(
      `${m.id.padEnd(16)} ${pad(m.facts, 6)} ${pad(m.figures, 7)} ${pad(percent(m.sourceRead, m.sourceFigures), 6)} ${pad(percent(m.covered, m.figures), 7)} ${pad(m.importIssues.length + m.readIssues.length, 8)} ${pad(m.verdicts.exact, 5)} ${pad(m.verdicts.rounding, 5)} ${pad(m.verdicts.unverifiable, 5)} ${pad(m.verdicts.mismatch, 5)} ${plant ? pad(caught, 8) : ''}${m.failure ? `  FAILED: ${m.failure.split('\n')[0]}` : ''}`,
    );
  },
});
const t = totalsOf(measures);
out();
const dated = measures.filter((m) => m.datedByHand);
if (dated.length) out(`dated by hand (DATES.yaml or --date): ${dated.map((m) => `${m.id} ${m.datedByHand}`).join(', ')}`);
out(`${t.releases} releases${t.failures ? ` (${t.failures} not read)` : ''}: ${t.facts.toLocaleString('en-US')} facts, ${t.figures.toLocaleString('en-US')} table figures, ${t.problems} problems located`);
out(`checks: ${t.checks} (${t.verdicts.exact} exact, ${t.verdicts.rounding} rounding, ${t.verdicts.unverifiable} unverifiable, ${t.verdicts.mismatch} mismatch)`);
out(`mismatches by kind: ${Object.entries(t.mismatchesByKind).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
out(`figures read: ${percent(t.sourceRead, t.sourceFigures)} of the ${t.sourceFigures.toLocaleString('en-US')} figures an independent count finds in the sources' tables (${t.sourceRead.toLocaleString('en-US')} printed by a fact)`);
out(`coverage: ${percent(t.covered, t.figures)} of table figures read by an evaluated check (${t.covered} of ${t.figures})`);
if (plant) out(`planted errors caught: ${percent(t.caught, t.planted)} (${t.caught} of ${t.planted}, seed ${seed}, ${plant} a release${t.plantedRead < t.planted ? `; ${t.planted - t.plantedRead} not read back as planted` : ''}); on figures an evaluated check read: ${percent(t.caughtCovered, t.plantedCovered)} (${t.caughtCovered} of ${t.plantedCovered}; of those missed, ${t.dropped} no longer read by any evaluated check once altered, ${t.explained} read and found within rounding or already a mismatch)`);

const reviews = loadReviews();
const comparison = compareReviews(measures, reviews);
out(reviewSummary(comparison, only || dir ? null : readRatchet()));
if (!only && !dir) {
  const absent = reviewsWithoutRelease(reviews, measures.map((m) => m.id));
  if (absent.length) process.stderr.write(`reviews skipped, their release is in no corpus folder (${absent.length}): ${absent.map((r) => `${r.release} (${r.source})`).join(', ')}\n`);
}
if (flag('--mismatches')) {
  for (const m of measures) for (const line of comparison.lines(m.id)) out(line);
}
if (flag('--missed')) {
  for (const m of measures) {
    for (const p of m.plantings ?? []) {
      if (p.caught.length > 0) continue;
      if (!p.covered) {
        out(`unread ${m.id} ${p.fact} (release.txt:${p.line}) ${p.before.trim()} -> ${p.after.trim()}: no evaluated check reads it`);
        continue;
      }
      out(`missed ${m.id} ${p.fact} (release.txt:${p.line}) ${p.before.trim()} -> ${p.after.trim()}: ${p.missed}`);
      for (const r of p.readBy) out(`    ${r.id}: ${r.verdict} -> ${r.after}`);
    }
  }
}
if (flag('--uncovered')) {
  const n = Number(option('--uncovered'));
  const rows = Number.isInteger(n) && n >= 0 ? n : 20;
  for (const m of measures) {
    if (!m.release || !m.checks) continue;
    for (const line of uncoveredLines(m.id, uncoveredRows(figuresOf(m.release.facts), coveredFigures(m.checks)), rows)) out(line);
  }
}
if (flag('--draft-reviews')) {
  const written = draftReviews(measures, reviews);
  out(`review files written: ${written.length ? written.join(', ') : 'none'}`);
}
const json = option('--json');
if (json) {
  const plain = measures.map(({ release: _r, checks: _c, ...m }) => m);
  writeFileSync(json, `${JSON.stringify({ totals: t, releases: plain }, null, 2)}\n`);
}
out(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
