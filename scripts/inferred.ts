/**
 * What the base model infers in releases, with no company model: for each release folder,
 * every relation the tables' structure states (certain, or likely and holding), the likely
 * readings that did not hold (not checked), the checks by kind and verdict, and every check
 * that is not a tie-out, to be examined by hand. The measurement of false alarms that
 * issue 8 asks for:
 *
 *     node scripts/inferred.ts data/releases/inap-2010-q2 /tmp/nvda/data/releases/*
 *
 * A release's own company model and claims.yaml are ignored: the release is read as a new
 * user's would be.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { inferModel, relationChecks } from '../src/lib/checks/index.ts';
import { loadReleaseMeta, parseRelease } from '../src/lib/ingest/index.ts';
import { emptyModel } from '../src/lib/model/index.ts';

for (const dir of process.argv.slice(2)) {
  const meta = loadReleaseMeta(join(dir, 'release.yaml'), basename(dir));
  const release = parseRelease(readFileSync(join(dir, 'release.txt'), 'utf8'), meta, emptyModel, join(dir, 'release.txt'));
  const inferred = inferModel(release, emptyModel);
  const checks = relationChecks(release, emptyModel);
  const counts = new Map<string, number>();
  for (const c of checks) counts.set(`${c.kind} ${c.verdict}`, (counts.get(`${c.kind} ${c.verdict}`) ?? 0) + 1);
  console.log(`\n# ${meta.id}: ${checks.length} checks; ${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')}`);
  for (const t of inferred.tables) {
    const here = inferred.footings.filter((f) => f.table === t.id);
    const rejected = inferred.rejected.filter((f) => f.table === t.id);
    console.log(`\n## ${t.id} (${t.kind}: ${t.reason})`);
    for (const f of here) console.log(`  ${f.certain ? 'certain' : 'likely '}  ${f.total} = ${f.expression}\n             ${f.reason}`);
    for (const f of rejected) console.log(`  not held ${f.total} = ${f.expression}\n             ${f.reason}`);
  }
  const findings = checks.filter((c) => c.verdict === 'mismatch' || c.verdict === 'unverifiable');
  console.log(`\n## not tying out (${findings.length})`);
  for (const c of findings) console.log(`  ${c.verdict} ${c.id}\n    ${c.formula}\n    ${c.explanation}`);
}
