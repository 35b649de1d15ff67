// A note mark printed raised in a cell of its own after a figure is the figure's mark, not a
// figure of a column of its own. The table is a real one (Pfizer's reconciliation of GAAP
// reported to non-GAAP adjusted information, fourth quarter 2021, as filed): "$ (728)" then a
// cell holding "(10)" at 4.55pt, `position:relative; top:-2.44pt`, the mark of its note (10)
// ("The components of Non-GAAP Adjusted Other (income)/deductions––net include the following").
// Read as a figure, the mark became −10 under a second "Other (income)/deductions––net" column,
// and a year later the same place's "(7)", note (7) of that release, a difference across releases.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const table = readFileSync('test/fixtures/import/real/pfe-2021-q4-reconciliation.html', 'utf8').replace(/^<!--.*-->\n/, '');
const html = `<!doctype html><html><body><h1>PFIZER REPORTS FOURTH-QUARTER AND FULL-YEAR 2021 RESULTS</h1>\n${table}\n</body></html>\n`;
const imported = importRelease({ text: html, file: 'pfe.html', kind: 'html' }, { id: 'pfe-2021-q4', ticker: 'PFE', fiscalPeriod: '2021-q4', scale: 'millions' });
const line = (label: string) => imported.releaseText.split('\n').find((l) => l.startsWith(label))!;

describe('a note mark printed raised in a cell of its own', () => {
  test('is appended to the figure before it, and its cell left empty', () => {
    expect(line('Non-GAAP adjusted').split('\t').slice(1)).toEqual(['<u>$ 9,710</u>', '<u>$ 3,941</u>', '<u>$ 3,503</u>', '<u>$ 167</u>', '<u>$ (728)(10)</u>', '<u>$ 6,239</u>', '<u>$ 1.08</u>']);
    // The GAAP line above it, with no mark, has as many figures.
    expect(line('GAAP reported').split('\t').slice(1).filter((c) => c !== '')).toHaveLength(7);
  });

  test('is read as the figure’s note mark: no figure −10, and (728) marked (10)', () => {
    const meta = { id: 'pfe-2021-q4', title: 'x', company: 'Pfizer Inc.', name: 'Pfizer Inc.', ticker: 'PFE', exchange: '', fiscalYearEnd: '12-31', fiscalPeriod: '2021-q4', releaseDate: '2022-02-08', currency: 'USD', scale: 6 } as ReleaseMeta;
    const release = parseRelease(imported.releaseText, meta, emptyModel, 'release.txt');
    const adjusted = release.facts.filter((f) => f.row === 'non-gaap-adjusted');
    expect(adjusted.map((f) => f.value)).toEqual(['9710', '3941', '3503', '167', '-728', '6239', '1.08']);
    expect(adjusted.find((f) => f.value === '-728')?.footnotes).toEqual(['10']);
  });
});
