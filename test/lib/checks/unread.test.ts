// A figure that could not be read leaves its release read (issue 29: a located problem, exit 0),
// so the checks must not take its empty place for a blank cell: a blank counts as zero, and a
// total would then be accused of not adding up.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadReleaseMeta, parseRelease } from '../../../src/lib/ingest/index.ts';
import { loadModel } from '../../../src/lib/model/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';

const DIR = 'data/releases/inap-2010-q2';

function checksOf(edit: (text: string) => string) {
  const meta = loadReleaseMeta(join(DIR, 'release.yaml'), 'inap-2010-q2');
  const model = loadModel(join('data', 'companies', meta.company, 'model.yaml'));
  const release = parseRelease(edit(readFileSync(join(DIR, 'release.txt'), 'utf8')), meta, model, join(DIR, 'release.txt'));
  return { release, checks: runChecks(release, model) };
}

describe('a figure that could not be read', () => {
  test.each([
    ['a letter in a figure', (t: string) => t.replace('Total revenues\t60,525', 'Total revenues\t60,5x5')],
  ])('%s: the checks that need it are unverifiable, saying why, never a mismatch', (_, edit) => {
    const { release, checks } = checksOf(edit);
    expect(release.errors.map((e) => e.line)).toEqual([110]);
    const c = checks.find((x) => x.id === 'footing/statement-of-operations/loss-from-operations/2010-q2')!;
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).toContain('Total revenues could not be read on line 110 (a problem located in the release), so its figure is not known');
    // The release's own four mismatches stay, and no other appears.
    const { checks: clean } = checksOf((t) => t);
    const mismatches = (list: typeof checks) => list.filter((x) => x.verdict === 'mismatch').map((x) => x.id);
    expect(mismatches(checks).every((id) => mismatches(clean).includes(id))).toBe(true);
  });
});
