/**
 * `node scripts/series.ts`: each series of real releases of one company (../shared/series/, and
 * NVIDIA's fiscal 2023 releases in ../shared/releases/) imported with only `--id <file stem>`,
 * read with no company model, and compared across its releases (scripts/series/measure.ts): per
 * series the figures printed again for an earlier release's period, by verdict, and the findings
 * (figures printed otherwise than first) against their hand reviews (test/fixtures/series-review/).
 *
 *   node scripts/series.ts [--dir DIR] [--only id,id] [--findings] [--draft-reviews] [--keep DIR]
 *
 * --dir DIR        measure each folder of DIR instead (a set of series not seen before, e.g.
 *                  ../shared/series-unseen); its findings are listed as not reviewed
 * --findings       list every finding with its review
 * --draft-reviews  add each finding no review lists to its series' review file as `unreviewed`
 * --keep DIR       import into DIR (kept) rather than a temporary folder
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { measureSeries, seriesList, type SeriesMeasure } from './series/measure.ts';
import { compareSeriesReviews, draftSeriesReviews, findingsOf, loadSeriesReviews } from './series/review.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = option('--only')?.split(',');
const dir = option('--dir');
const keep = option('--keep');
const data = keep ? resolve(keep) : mkdtempSync(join(tmpdir(), 'tieout-series-'));
if (!keep) process.on('exit', () => rmSync(data, { recursive: true, force: true }));
const out = (line = '') => process.stdout.write(`${line}\n`);

const measures: SeriesMeasure[] = [];
for (const s of seriesList(dir)) {
  if (only && !only.includes(s.id)) continue;
  const m = measureSeries(s, data);
  measures.push(m);
  const count = (v: string) => m.comparisons.filter((c) => c.verdict === v).length;
  out(`${s.id.padEnd(6)} ${m.releases.length} releases, ${m.comparisons.length} figures printed again: ${count('same')} same, ${count('rounding')} within rounding, ${count('split-adjusted')} split-adjusted, ${count('split-unstated')} split-unstated, ${count('restated')} restated, ${count('unverifiable')} unverifiable, ${count('mismatch')} mismatch${m.failures.length ? `; not read: ${m.failures.join('; ')}` : ''}`);
}
const reviews = loadSeriesReviews();
const cmp = compareSeriesReviews(measures, reviews);
out(`findings: ${cmp.real.length} reviewed real, ${cmp.falseOrUnreviewed.length} false or unreviewed, ${cmp.unlisted.length} not reviewed, ${cmp.changed.length} found otherwise than reviewed, ${cmp.lostReal.length} real no longer found`);
if (args.includes('--findings')) {
  for (const m of measures) {
    const entries = new Map((reviews.get(m.id)?.findings ?? []).map((e) => [`${e.earlier.fact} -> ${e.later.fact}`, e]));
    for (const c of findingsOf(m.comparisons)) {
      const e = entries.get(`${c.earlier.fact} -> ${c.later.fact}`);
      out(`  ${c.verdict} ${c.later.fact}: ${c.earlier.raw} (${c.earlier.release}:${c.earlier.line}) vs ${c.later.raw} (${c.later.release}:${c.later.line}) [${e ? `${e.verdict}${e.found !== c.verdict ? `, reviewed as ${e.found}` : ''}` : 'not reviewed'}]`);
    }
  }
}
if (args.includes('--draft-reviews') && dir) {
  out('review files not drafted: --dir measures series no committed review speaks of');
} else if (args.includes('--draft-reviews')) {
  const written = draftSeriesReviews(measures, reviews);
  out(`review files written: ${written.length ? written.join(', ') : 'none'}`);
}
