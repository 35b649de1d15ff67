// The four NVIDIA FY2023 releases as published (test/fixtures/releases, from ../shared/releases), imported and read as
// `tieout import` and `tieout claims` do, with no company model and no claims.yaml: the
// headline figures, revenue and per-share figures are linked and agree with the tables; the
// market-platform revenue, which no table prints, is unlinked (never a mismatch against total
// revenue); the outlook is not derivable; and a figure changed to a wrong one is a mismatch.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeClaims, type ProseNumber } from '../../../src/lib/claims/index.ts';
import { decodeSource, importRelease } from '../../../src/lib/import/index.ts';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { Release } from '../../../src/lib/types.ts';
import { sharedReleases } from '../../support/golden.ts';

const data = mkdtempSync(join(tmpdir(), 'tieout-nvidia-claims-'));

/** A release imported from the shared HTML into a folder of its own, and read. */
function imported(file: string): Release {
  const html = decodeSource(readFileSync(join(sharedReleases(), `${file}.html`))).text;
  const result = importRelease({ text: html, file: `${file}.html`, kind: 'html' });
  expect(result.issues).toEqual([]);
  const dir = join(data, result.id!.value);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'release.txt'), result.releaseText);
  writeFileSync(join(dir, 'release.yaml'), result.metaYaml!);
  return loadRelease(dir);
}

const analysis = (release: Release) => analyzeClaims(release, { claims: null, model: emptyModel });

/** The number printed as `text` on the first prose line that starts with `start`. */
function finder(release: Release, numbers: ProseNumber[]) {
  const lineText = new Map(release.prose.map((p) => [p.line, p.text]));
  return (text: string, start: string): ProseNumber => {
    const n = numbers.find((x) => x.text === text && (lineText.get(x.line) ?? '').startsWith(start));
    expect(n, `'${text}' in a line starting “${start}”`).toBeDefined();
    return n!;
  };
}

const RELEASES = [
  {
    file: 'nvda-fy2023-q1',
    revenue: ['$8.29 billion', 'NVIDIA'],
    eps: ['$0.64', 'GAAP earnings per diluted share'],
    nonGaapEps: ['$1.36', 'GAAP earnings per diluted share'],
    platform: ['$3.75 billion', '- First-quarter revenue was'],
    outlook: ['$8.10 billion', '- Revenue is expected to be'],
  },
  {
    file: 'nvda-fy2023-q2',
    revenue: ['$6.70 billion', 'NVIDIA'],
    eps: ['$0.26', 'GAAP earnings per diluted share'],
    nonGaapEps: ['$0.51', 'GAAP earnings per diluted share'],
    platform: ['$3.81 billion', '- Second-quarter revenue was'],
    outlook: ['$5.90 billion', '- Revenue is expected to be'],
  },
  {
    file: 'nvda-fy2023-q3',
    revenue: ['$5.93 billion', 'NVIDIA'],
    eps: ['$0.27', 'GAAP earnings per diluted share'],
    nonGaapEps: ['$0.58', 'GAAP earnings per diluted share'],
    platform: ['$3.83 billion', '- Third-quarter revenue was'],
    outlook: ['$6.00 billion', '- Revenue is expected to be'],
  },
  {
    file: 'nvda-fy2023-q4',
    revenue: ['$6.05 billion', 'NVIDIA'],
    eps: ['$0.57', 'GAAP earnings per diluted share'],
    nonGaapEps: ['$0.88', 'GAAP earnings per diluted share'],
    platform: ['$3.62 billion', '- Fourth-quarter revenue was'],
    outlook: ['$6.50 billion', '- Revenue is expected to be'],
  },
];

describe.each(RELEASES)('$file, imported, with no model and no claims.yaml', (r) => {
  const release = imported(r.file);
  const { numbers, checks, issues } = analysis(release);
  const on = finder(release, numbers);

  test('its prose is checked, and no claim is a mismatch: the releases agree with their tables', () => {
    expect(issues).toEqual([]);
    expect(checks.length).toBeGreaterThanOrEqual(9);
    expect(checks.filter((c) => c.verdict === 'mismatch' || c.verdict === 'unverifiable').map((c) => `${c.reported.line} ${c.reported.text}`)).toEqual([]);
  });

  test('the headline revenue, and its growth, are linked with high confidence', () => {
    const revenue = on(r.revenue[0], r.revenue[1]);
    expect(revenue).toMatchObject({ status: 'linked', confidence: 'high', evidence: { subject: { label: 'Revenue' } } });
    expect(revenue.status === 'linked' && revenue.evidence?.period.id).toBe(release.meta.fiscalPeriod);
  });

  test('GAAP and non-GAAP earnings per diluted share: each linked to its own figure, exactly', () => {
    expect(on(r.eps[0], r.eps[1])).toMatchObject({ status: 'linked', verdict: 'exact', confidence: 'high' });
    expect(on(r.nonGaapEps[0], r.nonGaapEps[1])).toMatchObject({ status: 'linked', verdict: 'exact' });
  });

  test('market-platform revenue, which no table prints, is unlinked with the reason: never a verdict', () => {
    const platform = on(r.platform[0], r.platform[1]);
    expect(platform.status).toBe('unlinked');
    expect(platform.status === 'unlinked' && platform.reason).toMatch(/^the words name “Data Center revenue”, which no table prints$/);
  });

  test('the outlook is not derivable: forward-looking', () => {
    expect(on(r.outlook[0], r.outlook[1])).toMatchObject({ status: 'not-derivable', reason: expect.stringContaining('forward-looking') });
  });

  test('every reason a reader sees names something: no empty quotes, no doubled spaces', () => {
    const reasons = numbers.flatMap((n) => (n.status === 'linked' ? [] : [`${n.line}:${n.column} ${n.reason}`]));
    expect(reasons.filter((r) => /“”|  /.test(r))).toEqual([]);
  });
});

describe('a wrong figure in a real release is caught', () => {
  const release = imported('nvda-fy2023-q3');
  const read = (from: string, to: string) => {
    expect(release.text).toContain(from);
    return analysis(parseRelease(release.text.replace(from, to), release.meta, emptyModel, release.file));
  };

  test('"revenue … of $5.39 billion" (the tables say 5,931 million) is a mismatch that shows both figures', () => {
    const c = read('2022, of $5.93 billion', '2022, of $5.39 billion').checks.find((x) => x.reported.text === '$5.39 billion')!;
    expect(c).toMatchObject({ verdict: 'mismatch', computed: '5.931' });
    expect(c.explanation).toContain('5,931 million rounds to 5.93 billion, not 5.39 billion.');
  });

  test('"up 17% from a year ago" when revenue fell 16.5% is a mismatch on the sign', () => {
    const c = read('down 17% from a year ago and down 12%', 'up 17% from a year ago and down 12%').checks.find((x) => x.reported.text === '17%')!;
    expect(c).toMatchObject({ verdict: 'mismatch', reported: { value: '17' } });
  });
});

describe('"returned to shareholders $X in share repurchases and cash dividends": a sum the words state', () => {
  test.each([
    ['nvda-fy2023-q1', '$2.10 billion', '1,996 + 100'],
    ['nvda-fy2023-q2', '$3.44 billion', '3,345 + 99'],
  ])('%s: %s names two cash-flow lines together: unlinked, with both as candidates, never linked because their sum agrees', (file, text) => {
    const release = imported(file);
    const n = finder(release, analysis(release).numbers)(text, 'During the');
    expect(n.status).toBe('unlinked');
    expect(n.status === 'unlinked' && n.candidates.map((c) => c.is).join(' ')).toMatch(/repurchases-of-common-stock.*dividends-paid/);
  });

  test.each([
    // The cash-flow statement pays 3,485 + 100 = 3,585 and 1,212 + 98 = 1,310: the prose counts repurchases
    // otherwise (by trade date, say). A sum read from the words is confirmed by its value or not linked.
    ['nvda-fy2023-q3', '$3.75 billion'],
    ['nvda-fy2023-q4', '$1.15 billion'],
  ])('%s: %s, which no sum of the statement gives, stays unlinked: never a mismatch', (file, text) => {
    const release = imported(file);
    expect(finder(release, analysis(release).numbers)(text, 'During the').status).toBe('unlinked');
  });
});

describe('what looks ahead is not derivable, however it is worded', () => {
  const release = imported('nvda-fy2023-q1');
  const on = finder(release, analysis(release).numbers);

  test.each([
    // Under "NVIDIA's outlook for the second quarter of fiscal 2023 is as follows:", printed as a heading of its own.
    ['$500 million', '- Revenue is expected to be'],
    // "bringing its automotive design-win pipeline to over $11 billion over the next six years"
    ['$11 billion', '- Announced wins with Lucid'],
  ])('%s', (text, start) => {
    expect(on(text, start)).toMatchObject({ status: 'not-derivable', reason: expect.stringContaining('forward-looking') });
  });
});
