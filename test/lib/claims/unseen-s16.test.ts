// Claims of the unseen set s16 (Jamaican results reports converted from PDF; class H of
// test/fixtures/corpus-review/unseen/md-s16.md; excerpts in test/fixtures/claims/unseen-s16). An amount a line
// "reduced by" is the line's change between the periods, not its level; printed otherwise it is still a mismatch.
import { describe, expect, test } from 'vitest';
import { analyzeClaims, type ProseNumber } from '../../../src/lib/claims/index.ts';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { Release } from '../../../src/lib/types.ts';

const load = (id: string) => loadRelease(`test/fixtures/claims/unseen-s16/${id}`);
const numbers = (release: Release) => analyzeClaims(release, { claims: null, model: emptyModel }).numbers;

/** The number printed as `text` in the line that contains `quote`. */
function numberOf(release: Release, quote: string, text: string): ProseNumber {
  const line = release.prose.find((p) => p.text.includes(quote));
  expect(line, `a prose line with “${quote}”`).toBeDefined();
  const n = numbers(release).find((x) => x.line === line!.line && x.text === text);
  expect(n, `'${text}' on line ${line!.line}`).toBeDefined();
  return n!;
}

function edited(release: Release, from: string, to: string): Release {
  expect(release.text).toContain(from);
  return parseRelease(release.text.replace(from, to), release.meta, emptyModel, release.file);
}

// [release, a quote of its line, the figure as printed, the figure ten units of its last digit off, its verdict]
const cases: [string, string, string, string, string][] = [
  // 863,232 - 484,074 = 379,158: the quarter's finance costs against the prior year's.
  ['cab-2023-q3', 'Finance Costs reduced by $379,158 (44%)', '$379,158', '$379,168', 'exact'],
];

describe('an amount a line "reduced by" is its change (s16 class H)', () => {
  test.each(cases)('%s: “%s” → %s is the change (misprinted %s), %s', (id, quote, text, _wrong, verdict) => {
    const n = numberOf(load(id), quote, text);
    expect(n).toMatchObject({ status: 'linked', verdict });
    expect(n.status === 'linked' && n.is).toBe('change([income/finance-costs/2023-q3], [income/finance-costs/2022-q3])');
  });

  // The sentence names no period compared with: a change from the one period the tables print is read where it agrees,
  // and where it differs it is left unlinked with that candidate shown (as any change from an unnamed period), not
  // accused and not read as the level.
  test.each(cases)('%s: “%s”, printed %s as %s, is no longer linked, the change computed its one candidate', (id, quote, text, wrong) => {
    const release = edited(load(id), quote, quote.replace(text, wrong));
    const n = numberOf(release, quote.replace(text, wrong), wrong);
    expect(n).toMatchObject({ status: 'unlinked' });
    expect(n.status === 'unlinked' && n.candidates).toEqual([expect.objectContaining({ computed: '379158', verdict: 'mismatch' })]);
  });
});
