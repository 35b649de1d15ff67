// Labels of fixed-width tables wrapped over lines at one indentation, and headings stacked so that must stay apart
// (src/lib/import/text-labels.ts `wrappedAtWidth`, `continuesLabel`; text-table.ts `endsCaption`). Excerpts of real
// releases, test/fixtures/import/text/:
// - Ark Restaurants, 1Q FY2025 (../shared/corpus/arkr-fy2025-q1.md lines 91–150): "NET INCOME ATTRIBUTABLE TO ARK" /
//   "RESTAURANTS CORP. PER COMMON" / "SHARE:" and "WEIGHTED AVERAGE NUMBER OF COMMON" / "SHARES OUTSTANDING:", each
//   line at the margin, filled to the labels' column. Read apart, "SHARE:" said nothing of per share, and $0.88 of
//   earnings per share was published as $880 thousand of money. And "Loss on closure of El Rio" / "Grande   146": a
//   label over the row of figures it names, its second line as far left.
// - Danaos, 4Q24 ("LIABILITIES AND STOCKHOLDERS' EQUITY" over "CURRENT LIABILITIES"), Assurant, 4Q24 ("Benefits,
//   losses / and expenses" over "Policyholder / benefits   670.5"), Choice Properties, 4Q24 ("Other Income / and
//   Expenses" over "Interest income   10,247"): as long, but headings over rows, not one label.
// - Lattice, 4Q24: "Revenue % (by End" / "Market)": a parenthesis left open goes on below.
// - Core Natural Resources, 2Q26: "Transportation Costs, including" / "Intersegment Transportation" / "Costs": a word a
//   label cannot end on ("including", "excluding") goes on below.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

/** The labels of the table lines the importer writes for an excerpt, blank labels left out. */
function labels(fixture: string): string[] {
  const text = readFileSync(`test/fixtures/import/text/${fixture}`, 'utf8');
  const result = importRelease({ text: `RESULTS\n\n${text}\n`, file: 'x.txt', kind: 'text' });
  expect(result.issues).toEqual([]);
  return result.releaseText
    .split('\n')
    .filter((l) => l.includes('\t'))
    .map((l) => l.replace(/<\/?u>/g, '').split('\t')[0]!.trim())
    .filter(Boolean);
}

describe('labels wrapped at one indentation', () => {
  test.each([
    // [fixture, labels read (in order, as a run), labels that must not be read]
    [
      'arkr-fy2025-q1-wrapped-captions.txt',
      ['NET INCOME ATTRIBUTABLE TO ARK RESTAURANTS CORP. PER COMMON SHARE:', 'Basic', 'Diluted', 'WEIGHTED AVERAGE NUMBER OF COMMON SHARES OUTSTANDING:', 'Basic', 'Diluted'],
      ['SHARE:', 'SHARES OUTSTANDING:', 'RESTAURANTS CORP. PER COMMON'],
    ],
    ['arkr-fy2025-q1-wrapped-captions.txt', ['Depreciation and amortization', 'Loss on closure of El Rio Grande', 'Gain on closure of Tampa Food Court'], ['Grande']],
    ['dac-2024-q4-stacked-headings.txt', ["LIABILITIES AND STOCKHOLDERS' EQUITY", 'CURRENT LIABILITIES', 'Long-term debt, current portion'], []],
    ['aiz-2024-q4-caption-over-row.txt', ['Total revenues', 'Benefits, losses and expenses', 'Policyholder benefits'], []],
    ['chp-2024-q4-title-case-caption.txt', ['Other Income and Expenses', 'Interest income'], []],
    // Core Natural Resources, 2Q26 (../shared/unseen-s31/cnr-2026-q2.txt lines 370–392): "Transportation Costs, including"
    // / "Intersegment Transportation" / "Costs   122,379": a label cannot end on "including".
    ['cnr-2026-q2-including.txt', ['Transportation Costs, including Intersegment Transportation Costs', 'Intersegment Terminal Revenues'], ['Transportation Costs, including']],
    [
      'lscc-2024-q4-open-parenthesis.txt',
      ['Revenue % (by End Market)', 'Communications and Computing', 'Industrial and Automotive', 'Consumer', 'Revenue $M (by End Market)'],
      ['Market)'],
    ],
  ])('%s', (fixture, run, absent) => {
    const read = labels(fixture);
    const from = read.indexOf(run[0]!);
    expect(from, `${run[0]} among ${JSON.stringify(read)}`).toBeGreaterThanOrEqual(0);
    expect(read.slice(from, from + run.length)).toEqual(run);
    for (const label of absent) expect(read).not.toContain(label);
  });
});

describe('the reading that follows: per-share figures under the wrapped caption', () => {
  test("Ark's $0.88 is earnings per share, its 3,604 thousand shares a count", () => {
    const text = readFileSync('test/fixtures/import/text/arkr-fy2025-q1-wrapped-captions.txt', 'utf8');
    const imported = importRelease({ text: `RESULTS\n\n${text}\n`, file: 'x.txt', kind: 'text' });
    const meta: ReleaseMeta = {
      id: 'arkr-fy2025-q1', title: 'Ark', company: 'arkr', name: 'Ark Restaurants Corp.', ticker: 'ARKR', exchange: 'NASDAQ',
      fiscalYearEnd: '09-28', fiscalPeriod: 'fy2025-q1', releaseDate: '2025-02-13', currency: 'USD', scale: 3,
    };
    const { facts } = parseRelease(imported.releaseText, meta, emptyModel, 'release.txt');
    const basic = facts.filter((f) => f.label === 'Basic').map((f) => [f.value?.toString(), f.unit, f.scale]);
    expect(basic).toEqual(
      expect.arrayContaining([
        ['0.88', 'USD/share', 0],
        ['3604', 'shares', 3],
      ]),
    );
  });
});
