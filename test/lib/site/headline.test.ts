// factFor finds a concept's figure for a period through an index made once per release's facts:
// the same fact a scan of the release finds (the first printed in a cell), and for other facts
// (an edited release) their own.
import { expect, test } from 'vitest';
import { factFor, headline } from '../../../src/lib/site/headline.ts';
import { loadRelease } from '../../../src/lib/ingest/index.ts';
import { load } from '../checks/fixture.ts';
import type { Fact, Release } from '../../../src/lib/types.ts';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeSource, importRelease } from '../../../src/lib/import/index.ts';
import { sharedReleases } from '../../support/golden.ts';

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

// A release imported as published, with no company model: its headline is the lines the base
// model recognizes by their labels, named as the concept, each the release's own period against
// the same quarter a year earlier (NVIDIA Q2 FY2023, test/fixtures/releases).
test('a freshly imported release with no model leads with the lines the base model recognizes', () => {
  const html = decodeSource(readFileSync(join(sharedReleases(), 'nvda-fy2023-q2.html'))).text;
  const result = importRelease({ text: html, file: 'nvda-fy2023-q2.html', kind: 'html' });
  const dir = join(mkdtempSync(join(tmpdir(), 'tieout-headline-')), result.id!.value);
  mkdirSync(dir);
  writeFileSync(join(dir, 'release.txt'), result.releaseText);
  writeFileSync(join(dir, 'release.yaml'), result.metaYaml!);
  const release = loadRelease(dir);
  expect(release.facts.every((f) => f.concept === null)).toBe(true);
  const figures = headline(release);
  expect(figures.map((f) => f.label)).toEqual(['Revenue', 'Gross profit', 'Gross margin', 'Operating income', 'Net income', 'Diluted earnings per share']);
  for (const f of figures) {
    expect(f.current.period).toBe(release.meta.fiscalPeriod);
    expect(f.prior?.period).toBe('2022-q2');
    expect(f.current.table === f.prior?.table && f.current.row === f.prior?.row).toBe(true);
    expect(f.change).not.toBeNull();
  }
});
