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
import { runChecks } from '../../../src/lib/verify/index.ts';
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

// The EPS guidance beside it (excerpt test/fixtures/import/text/pcg-2023-q1-eps-guidance.txt): each item's note mark
// raised over the gap before its "~" was joined to the "~", read as a figure of (3); the line of nils each marked "~"
// was text, and cut the table in two. Read whole, its items lie between two lines per share and print cents: per share
// (per-share-blocks.ts), and the reconciliation ties, 1.00 + 0.16 + 0.03 - 0.05 + 0.04 - 0.01 + 0 + 0.02 = 1.19.
describe('a guidance reconciliation of EPS whose items are marked "~" and noted above the line (PG&E 1Q23)', () => {
  const epsPath = 'test/fixtures/import/text/pcg-2023-q1-eps-guidance.txt';
  const read = (edit?: [string, string]) => {
    let text = readFileSync(epsPath, 'utf8');
    if (edit) {
      expect(text).toContain(edit[0]);
      text = text.replace(edit[0], edit[1]);
    }
    const eps = importRelease({ text, file: epsPath, kind: 'text' }, { ticker: 'PCG' });
    return { eps, release: parseRelease(eps.releaseText, meta, emptyModel, epsPath) };
  };
  const { eps, release: guidance } = read();

  test.each<[string, string, string]>([
    ['Bankruptcy and legal costs', '0.03', '3'],
    ['Strategic repositioning costs', '0', '7'],
    ['Wildfire-related costs, net of insurance', '0.02', '8'],
  ])('%s: %s per share at the low end, note (%s) its label\'s', (label, low, mark) => {
    const row = guidance.tables.flatMap((t) => t.rows).find((r) => r.label === label)!;
    expect(row.footnotes).toEqual([mark]);
    const fact = guidance.facts.find((f) => f.row === row.id && f.dimension === 'low')!;
    expect([fact.value ?? '0', fact.unit, fact.scale]).toEqual([low, 'USD/share', 0]);
  });

  test('no mark is read as a figure, and the table is one', () => {
    expect(guidance.tables.filter((t) => t.rows.some((r) => /EPS/.test(r.label)))).toHaveLength(1);
    expect(guidance.facts.filter((f) => f.origin === 'cell' && /^-?[1-9]$/.test(f.value ?? ''))).toEqual([]);
    expect(eps.releaseText).not.toMatch(/~ \(\d\)/);
  });

  // Every figure is printed approximate ("~"): an end that does not tie need not, and is not accused, the reason said.
  test('the items reconcile GAAP EPS to core EPS at both ends; an item altered at one end is not accused, its total approximate', () => {
    const ties = runChecks(guidance, emptyModel).filter((c) => /estimated-eps-on-a-non-gaap-core-earnings-basis/.test(c.id) && c.kind === 'footing');
    expect(ties.map((c) => [c.reported?.value, c.verdict])).toEqual([['1.19', 'exact'], ['1.23', 'exact']]);
    const altered = read(['~        0.04 ~            0.03', '~        0.09 ~            0.03']).release;
    const low = runChecks(altered, emptyModel).find((c) => /estimated-eps-on-a-non-gaap-core-earnings-basis\/2023-fy\.low$/.test(c.id));
    expect(low?.verdict).toBe('unverifiable');
    expect(low?.explanation).toContain('printed as approximate');
  });
});
