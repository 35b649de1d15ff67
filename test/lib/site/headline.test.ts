// factFor finds a concept's figure for a period through an index made once per release's facts:
// the same fact a scan of the release finds (the first printed in a cell), and for other facts
// (an edited release) their own.
import { expect, test } from 'vitest';
import { factFor } from '../../../src/lib/site/headline.ts';
import { load } from '../checks/fixture.ts';
import type { Fact, Release } from '../../../src/lib/types.ts';

const { release } = load('inap-2010-q2', '.');
const scan = (r: Release, concept: string, period: string) => r.facts.find((f) => f.concept === concept && f.period === period && f.origin === 'cell') ?? null;

test('factFor finds what a scan of the facts finds, for every concept and period, and nothing for others', () => {
  const pairs = new Set(release.facts.filter((f) => f.concept).map((f) => `${f.concept}|${f.period}`));
  expect(pairs.size).toBeGreaterThan(20);
  for (const pair of pairs) {
    const [concept, period] = pair.split('|') as [string, string];
    expect(factFor(release, concept, period)).toBe(scan(release, concept, period));
  }
  expect(factFor(release, 'revenue', '1999-q1')).toBeNull();
  expect(factFor(release, 'no-such-concept', release.meta.fiscalPeriod)).toBeNull();
});

test('another release\'s facts (one figure moved first) are indexed anew', () => {
  const first = factFor(release, 'revenue', release.meta.fiscalPeriod)!;
  const other = release.facts.find((f) => f !== first && f.concept === 'revenue' && f.period === first.period && f.origin === 'cell');
  const moved: Fact = other ?? { ...first, id: `${first.id}-copy`, value: '1' };
  const edited = { ...release, facts: [moved, ...release.facts.filter((f) => f !== moved)] };
  expect(factFor(edited, 'revenue', release.meta.fiscalPeriod)).toBe(moved);
  expect(factFor(release, 'revenue', release.meta.fiscalPeriod)).toBe(first);
});
