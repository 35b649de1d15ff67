// Which name a figure of a list takes, where a line's name reaches back across the figure before it
// (src/lib/claims/subject-match.ts, nearestStatement).
//
// CNA's headline (test/fixtures/checks/corpus/cna-2024-q4, line 1): "… CORE INCOME OF $1.25 PER SHARE FULL YEAR 2024 NET
// INCOME OF $3.52 PER SHARE AND RECORD CORE INCOME OF $4.83 PER SHARE": "Core income per diluted share" read "CORE
// INCOME" before $1.25 with "NET INCOME" after it, and held "net income per diluted share"'s words, so $3.52 was taken
// for core income per share (a mismatch against 4.83 once its figure could be addressed). In a list that compares no
// figures, words before the figure before are that figure's name: $3.52 is net income's.
//
// Horizon Financial (test/fixtures/claims/hrzb-fy2006-q3-whole, line 107): "Non-performing assets (NPAs) were 0.12% of
// total assets at December 31, 2005, unchanged from both the end of the preceding quarter and a year earlier": the
// words after the figure ("of total assets") are of the ratio's own name, so "unchanged" stays the ratio's, never
// total assets' growth (2.6%, a false mismatch a first cut raised).
import { describe, expect, test } from 'vitest';
import { analyzeClaims } from '../../../src/lib/claims/index.ts';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';

function claims(dir: string, from?: string, to?: string) {
  const release = loadRelease(dir);
  if (from) expect(release.text).toContain(from);
  const text = from && to ? release.text.replace(from, to) : release.text;
  return analyzeClaims(parseRelease(text, release.meta, emptyModel, release.file), { claims: null, model: emptyModel });
}
const CNA = 'test/fixtures/checks/corpus/cna-2024-q4';
const HRZB = 'test/fixtures/claims/hrzb-fy2006-q3-whole';

describe('a figure of a list takes its own name (CNA, 4Q24 headline)', () => {
  test.each([
    ['as printed', undefined, undefined, 'exact'],
    ['$3.52 printed $3.62', 'FULL YEAR 2024 NET INCOME OF $3.52', 'FULL YEAR 2024 NET INCOME OF $3.62', 'mismatch'],
  ])('%s: the first $3.5x of line 1 is net income per diluted share for the year', (_, from, to, verdict) => {
    const { numbers, checks } = claims(CNA, from, to);
    const n = numbers.find((x) => x.line === 1 && /^\$3\.[56]2$/.test(x.text));
    expect(n).toMatchObject({ status: 'linked', check: 'claim/net-income-per-diluted-share/2024-fy' });
    expect(checks.find((c) => c.id === 'claim/net-income-per-diluted-share/2024-fy')?.verdict).toBe(verdict);
    expect(checks.filter((c) => c.id.startsWith('claim/core-income-per-diluted-share') && c.verdict === 'mismatch')).toEqual([]);
  });
});

describe("a ratio's words after its figure keep the next figure on the ratio (Horizon Financial, 3Q FY2006)", () => {
  test('"unchanged" is not total assets\' growth, and nothing is a mismatch', () => {
    const { numbers, checks } = claims(HRZB);
    const n = numbers.find((x) => x.line === 107 && x.text === 'unchanged');
    expect(n).toBeDefined();
    expect(n!.status === 'linked' ? n!.check : '').not.toMatch(/total-assets\//);
    expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });
});
