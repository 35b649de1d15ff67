// Krispy Kreme's second quarter 2026 (a wire page printed to PDF, then `pdftotext -layout`; unseen set s31; excerpt
// test/fixtures/import/text/dnut-2026-q2-pdf-layout.txt, its source in that folder's README):
// - "Quarter Ended" alone on its line over "June 29, 2025", the current column's "June 28, / 2026" wrapped to its left:
//   read by its characters, the current quarter was the day June 28, 2026, and its change compared a day with a quarter;
// - "Two Quarters Ended June 28, 2026": two quarters are six months; read as a quarter, the half's columns were Q2's
//   again, named "two";
// - a note mark "(1)" wrapped under its label, over the line of the label's figures: read as a figure (−1), it made a
//   column left of the labels, every label a cell right, and the figures under it a line of no name (a "subtotal");
// - marks raised over captions of no figures ("(1)" over "U.S.:"): read as figures, they cut the table of points of
//   access into pieces, one of them headed by its own figures.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const path = 'test/fixtures/import/text/dnut-2026-q2-pdf-layout.txt';
const meta: ReleaseMeta = {
  id: 'x', title: 'x', company: 'x', name: 'Krispy Kreme', ticker: 'DNUT', exchange: 'NASDAQ', fiscalYearEnd: '12-28',
  fiscalPeriod: '2026-q2', releaseDate: '2026-08-06', currency: 'USD', scale: 3,
};
const imported = importRelease({ text: readFileSync(path, 'utf8'), file: path, kind: 'text' }, { ticker: 'DNUT' });
const release = parseRelease(imported.releaseText, meta, emptyModel, path);
const byRow = (row: string) => release.facts.filter((f) => f.row === row && f.origin === 'cell');

describe('a PDF\'s headings and marks set where their characters fall are read as a reader reads them (Krispy Kreme 2Q26)', () => {
  // [what, row, the periods of its figures in order]
  const cases: [string, string, string[]][] = [
    ['the highlights\' net revenue: both columns under "Quarter Ended", and their change', 'net-revenue', ['2026-q2', '2025-q2', '2026-q2-vs-2025-q2']],
    ['the highlights\' adjusted EPS', 'adjusted-eps', ['2026-q2', '2025-q2', '2026-q2-vs-2025-q2']],
    ['a segment\'s adjusted EBITDA: the quarters, then the two-quarter halves', 'us', ['2026-q2', '2025-q2', '2026-h1', '2025-h1']],
    ['the reconciliation\'s share-based compensation, under its corner statement', 'share-based-compensation', ['2026-q2', '2025-q2', '2026-h1', '2025-h1']],
    ['the line whose note mark wrapped under its label', 'other-non-operating-income-net', ['2026-q2', '2025-q2', '2026-h1', '2025-h1']],
    ['a segment\'s points of access under a caption with a raised mark', 'market-development--total', ['2026-q2', '2025-q2', '2025-fy']],
    ['the points of access in all', 'total-shops', ['2026-q2', '2025-q2', '2025-fy']],
  ];
  test.each(cases)('%s', (_what, row, periods) => {
    const facts = byRow(row);
    expect(facts.map((f) => f.period)).toEqual(expect.arrayContaining(periods));
    expect(new Set(facts.map((f) => f.period))).toEqual(new Set(periods));
  });

  test('no figure is of a day, nor of a half read as a quarter', () => {
    expect(release.facts.filter((f) => /^\d{4}-\d\d-\d\d/.test(f.period)).map((f) => f.id)).toEqual([]);
    expect(release.facts.filter((f) => /\.two\b/.test(f.id)).map((f) => f.id)).toEqual([]);
  });

  test('the wrapped mark is the label\'s note, its figures the label\'s, and no line is left without a name', () => {
    const other = byRow('other-non-operating-income-net');
    expect(other.map((f) => f.value)).toEqual(['-261', '-1177', '-420', '-1570']);
    expect(other.every((f) => f.footnotes?.includes('1'))).toBe(true);
    expect(release.facts.filter((f) => f.row === 'subtotal' || f.value === '-1').map((f) => f.id)).toEqual([]);
    expect(imported.issues).toEqual([]);
    expect(imported.releaseText).toContain('Net loss\t$ (19,831)\t$ (441,118)\t$ (42,504)\t$ (474,523)\n');
  });
});

// The last row's label set on the line under its figures, the figures' line labelled by the raised mark alone (excerpt
// test/fixtures/import/text/dnut-2026-q2-hubs-label-under.txt): read as printed, "(3)" was the row and "Total Hubs" a
// line of text after the table.
describe('a last row whose label a PDF set under its figures (Krispy Kreme 2Q26 "Global Hubs")', () => {
  const hubsPath = 'test/fixtures/import/text/dnut-2026-q2-hubs-label-under.txt';
  const hubs = importRelease({ text: readFileSync(hubsPath, 'utf8'), file: hubsPath, kind: 'text' }, { ticker: 'DNUT' });
  const read = parseRelease(hubs.releaseText, meta, emptyModel, hubsPath);

  test('"Total Hubs" labels 417, 430 and 423, its mark (3) a note', () => {
    const row = read.tables.flatMap((t) => t.rows).find((r) => r.label === 'Total Hubs')!;
    expect(row.footnotes).toEqual(['3']);
    expect(read.facts.filter((f) => f.row === row.id).map((f) => [f.value, f.unit, f.period])).toEqual([
      ['417', 'count', '2026-q2'], ['430', 'count', '2025-q2'], ['423', 'count', '2025-fy'],
    ]);
    expect(hubs.releaseText).not.toMatch(/^\t\(3\)/m);
    expect(read.facts.filter((f) => f.value === '-3')).toEqual([]);
  });

  // Each region's "Total" is broken down right under it ("Hubs with Spokes", "Hubs without Spokes"): the lines of the
  // breakdown are the total's, so "Total Hubs" sums the three regions' totals (src/lib/checks/structure.ts withoutBreakdowns).
  test('"Total Hubs" sums the regions\' totals, not their breakdowns again: 160 + 52 + 205 = 417', () => {
    const footing = runChecks(read, emptyModel).find((c) => c.id === 'footing/global-hubs/total-hubs/2026-q2');
    expect([footing?.computed, footing?.verdict]).toEqual(['417', 'exact']);
    const altered = importRelease({ text: readFileSync(hubsPath, 'utf8').replace('   417   ', '   427   '), file: hubsPath, kind: 'text' }, { ticker: 'DNUT' });
    const checks = runChecks(parseRelease(altered.releaseText, meta, emptyModel, hubsPath), emptyModel);
    expect(checks.find((c) => c.id === 'footing/global-hubs/total-hubs/2026-q2')?.verdict).toBe('mismatch');
  });
});
