// Marks of approximation printed apart from their figures in a PDF's layout (PG&E's 2023 guidance, 1Q23, `pdftotext
// -layout`, unseen set s29; excerpt test/fixtures/import/text/pcg-2023-q1-guidance-ranges.txt, its source in that
// folder's README): each range's ends printed "~ $  50 ~ $  15". The low end's "~" stands left of the first column
// (where labels end) and the high end's one space after the low figure: read as words, "~ $ 50 ~ $" went into the
// label ("2020 Zogg fire settlement ~ $ 50 ~ $") and the low end was lost; the "~" before the first column was the
// label's, its figure not marked approximate.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const path = 'test/fixtures/import/text/pcg-2023-q1-guidance-ranges.txt';
const meta: ReleaseMeta = {
  id: 'x', title: 'x', company: 'x', name: 'PG&E', ticker: 'PCG', exchange: 'NYSE', fiscalYearEnd: '12-31',
  fiscalPeriod: '2023-q1', releaseDate: '2023-04-27', currency: 'USD', scale: 6,
};
const imported = importRelease({ text: readFileSync(path, 'utf8'), file: path, kind: 'text' }, { ticker: 'PCG' });
const release = parseRelease(imported.releaseText, meta, emptyModel, path);

describe('a range\'s ends each marked "~" apart from the figure are both figures, both approximate (PG&E 1Q23 guidance)', () => {
  // [label as printed, its low and high ends]
  const cases: [string, string, string][] = [
    ['Rate neutral securitization charge', '595', '1145'],
    ['Tax benefits from Fire Victim Trust share sales', '-525', '-1045'],
    ['2020 Zogg fire settlement', '50', '15'],
    ['Locate and mark OII system enhancements', '5', '5'],
    ['Investigation remedies (pre-tax)', '105', '70'],
    ['Tax impacts', '-22', '-13'],
  ];
  test.each(cases)('%s: %s to %s', (label, low, high) => {
    const rows = release.tables.flatMap((t) => t.rows.filter((r) => r.label === label).map((r) => ({ t, r })));
    const facts = release.facts.filter((f) => f.origin === 'cell' && rows.some(({ t, r }) => f.table === t.id && f.row === r.id));
    expect(facts.map((f) => f.value)).toEqual(expect.arrayContaining([low, high]));
    expect(facts.every((f) => f.approximate === true && f.period === '2023-fy')).toBe(true);
  });

  test('no label keeps a mark or a figure of its line', () => {
    const labels = release.tables.flatMap((t) => t.rows.map((r) => r.label));
    expect(labels.filter((l) => /[~$]|\d{2,}\s*$/.test(l))).toEqual([]);
  });
});
