// Claims of the unseen set s16 (Jamaican results reports converted from PDF; class H of
// test/fixtures/corpus-review/unseen/md-s16.md; excerpts in test/fixtures/claims/unseen-s16). An amount a line
// "reduced by" is the line's change between the periods, not its level. Net profit where the statement prints
// "Attributable to: Stockholders of parent" right under "NET PROFIT" is the parent's share, as "Net income attributable
// to <the company>" is; printed otherwise it is still a mismatch.
import { describe, expect, test } from 'vitest';
import { loadRelease } from '../../../src/lib/ingest/index.ts';
import type { Release } from '../../../src/lib/types.ts';
import { edited, numberOf, proseNumbers as numbers } from './prose-numbers.ts';

const load = (id: string) => loadRelease(`test/fixtures/claims/unseen-s16/${id}`);

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

describe('net profit is the line attributable to the parent printed right under it (s16 class H)', () => {
  // NCB's nine months: NET PROFIT 25,879,617, Attributable to: Stockholders of parent 18,642,766 (the headline's
  // "$18.64B Net Profit" and twice "Net Profit of $18.6 billion (attributable to stockholders of the parent)").
  test.each([
    ['$18.64B', 1],
    ['$18.6 billion', 2],
  ] as const)('ncb-2022-q3: %s (%i) is the parent\'s share, within rounding', (text, times) => {
    // ("Consolidated net profit attributable to stockholders of the parent totalled $18.6 billion" names words no label prints: unlinked.)
    const linked = numbers(load('ncb-2022-q3')).filter((x) => x.text === text && x.status === 'linked');
    expect(linked).toHaveLength(times);
    for (const x of linked) expect(x).toMatchObject({ status: 'linked', verdict: 'rounding', is: '[operating-income/attributable-to-stockholders-of-parent/2022-9m]' });
  });

  test('“$18.64B Net Profit” printed as $18.74B is a mismatch against the parent\'s share', () => {
    const release = edited(load('ncb-2022-q3'), 'KEY RESULTS $18.64B Net Profit', 'KEY RESULTS $18.74B Net Profit');
    const n = numbers(release).find((x) => x.text === '$18.74B');
    expect(n).toMatchObject({ status: 'linked', verdict: 'mismatch', is: '[operating-income/attributable-to-stockholders-of-parent/2022-9m]' });
  });

  test('“consolidated net profit of $25.9 billion”, the whole printed above, accuses neither line', () => {
    const n = numbers(load('ncb-2022-q3')).find((x) => x.text === '$25.9 billion');
    expect(n).toMatchObject({ status: 'unlinked' });
    expect(n?.status === 'unlinked' && n.candidates.map((c) => c.verdict).sort()).toEqual(['mismatch', 'rounding']);
  });
});
