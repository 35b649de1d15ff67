/**
 * `node scripts/corpus/tatqa.ts [file.json ...] [--mismatches] [--limit N]`: the TAT-QA tables
 * (./tatqa-measure.ts; by default both sets in test/fixtures/tatqa/) read and checked, the verdicts
 * counted, and the mismatches compared with their hand review (test/fixtures/tatqa/review.yaml).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { measureTatqa, TATQA_DIR, TATQA_SETS } from './tatqa-measure.ts';
import { compareTatqaReview, loadTatqaReview } from './tatqa-review.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const limit = Number(option('--limit') ?? Infinity);
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--limit').map((f) => resolve(f));
const data = mkdtempSync(join(tmpdir(), 'tieout-tatqa-'));
process.on('exit', () => rmSync(data, { recursive: true, force: true }));
const out = (s = '') => process.stdout.write(`${s}\n`);

const review = loadTatqaReview();
for (const file of files.length ? files : TATQA_SETS.map((f) => join(TATQA_DIR, f))) {
  let m;
  try {
    m = measureTatqa(file, data, limit);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(2);
  }
  const v = m.verdicts;
  const byKind: Record<string, number> = {};
  for (const x of m.mismatches) byKind[x.check.kind] = (byKind[x.check.kind] ?? 0) + 1;
  out(`${file}`);
  out(`  ${m.tables} tables read (${m.noYear} print no year${m.failures.length ? `, ${m.failures.length} not read` : ''}), ${m.facts} facts`);
  out(`  checks: ${v.exact + v.rounding + v.unverifiable + v.mismatch} (${v.exact} exact, ${v.rounding} rounding, ${v.unverifiable} unverifiable, ${v.mismatch} mismatch) in ${new Set(m.mismatches.map((x) => x.table)).size} tables; by kind: ${Object.entries(byKind).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
  const cmp = compareTatqaReview(m.mismatches, review);
  out(`  reviewed: ${cmp.real.length} real, ${cmp.false.length} false, ${cmp.unlisted.length} not reviewed`);
  for (const f of m.failures) out(`  FAILED ${f}`);
  if (args.includes('--mismatches')) {
    for (const x of m.mismatches) {
      const r = review.get(`${x.table} ${x.check.id}`);
      out(`  ${r ? r.verdict.padEnd(10) : 'UNREVIEWED'} ${x.table}  ${x.check.id}\n      ${x.check.explanation}`);
    }
  }
}
