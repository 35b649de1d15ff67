// A release printed many times over (issue 30: `tieout check` on the bundled release repeated to 10 MB
// ran past five minutes). A measure's block printed in n tables is n² pairs of blocks; only the pairs
// that may still publish a check are read, so the work grows with the release, not its square. The
// count of pairs read is asserted, never a time.
import { describe, expect, test } from 'vitest';
import { companyModelFile, loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { loadCompanyModel } from '../../../src/lib/model/index.ts';
import { relationChecks } from '../../../src/lib/checks/index.ts';

const dir = 'data/releases/inap-2010-q2';
const bundled = loadRelease(dir);
const file = companyModelFile(dir, bundled.meta.company);
const { model } = loadCompanyModel(file, file, bundled.meta.company);

function repeated(copies: number) {
  const stats = { pairs: 0 };
  const checks = relationChecks(parseRelease(bundled.text.repeat(copies), bundled.meta, model, bundled.file), model, stats);
  return { pairs: stats.pairs, blocks: checks.filter((c) => c.id.endsWith('/block')).length };
}

describe('the bundled release repeated (Internap Q2 2010)', () => {
  test('each copy ties its blocks to another, and the pairs read grow no faster than the copies', () => {
    const [two, four, eight] = [2, 4, 8].map(repeated);
    // Every copy prints the same blocks: each is footed and tied, so the checks grow with the copies.
    expect(four.blocks).toBeGreaterThan(two.blocks);
    expect(eight.blocks).toBeGreaterThan(four.blocks);
    // Every pair of copies would be 1, 6 and 28 pairs a block, each copy adding more than the one before;
    // reading only the pairs not spent, each copy adds the same few (three: one a group still open).
    expect(four.pairs - two.pairs).toBeGreaterThan(0);
    expect(eight.pairs - four.pairs).toBeLessThanOrEqual(2 * (four.pairs - two.pairs));
    expect(eight.pairs).toBeLessThan(8 * 8);
  });
});
