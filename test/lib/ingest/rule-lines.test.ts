import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRelease, formatIssue, loadReleaseMeta } from '../../../src/lib/ingest/index.ts';
import { readRuleLine } from '../../../src/lib/ingest/rule-lines.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { Fact, ReleaseMeta } from '../../../src/lib/types.ts';

const meta: ReleaseMeta = {
  id: 'w', title: 'W', company: 'w', name: 'Widget Corp', ticker: 'W', exchange: '', fiscalYearEnd: '12-31',
  fiscalPeriod: '2019-fy', releaseDate: '2020-02-01', currency: 'USD', scale: 3,
};
const parse = (text: string) => parseRelease(text, meta, emptyModel, 'r.txt');

describe('readRuleLine', () => {
  test.each([
    ['\t-------\t-------', 2, ['single', 'single']],
    ['\t=======\t=======', 2, ['double', 'double']],
    ['\t_______\t_______', 2, ['single', 'single']],
    ['\t- ------\t- ------', 2, ['single', 'single']], // EDGAR's "- ----" rules
    ['\t\t-------', 2, [null, 'single']], // a rule under one column only
    ['-------------------------------', 3, ['single', 'single', 'single']], // no tabs: across the table
    ['-----------------\t\t', 2, ['single', 'single']], // in the label's cell alone: across
    ['--------\t=====\t-----', 2, ['double', 'single']], // the label's rule is drawn under the label only
    ['  \t-----  \t  =====', 2, ['single', 'double']],
  ])('%j is a rule line', (line, width, kinds) => {
    expect(readRuleLine(line, width)).toEqual(kinds);
  });

  test.each([
    ['\t----\t55,647'], // a nil and a figure
    ['Preferred stock\t----\t----'], // nils of a labelled row
    ['\t--\t--'], // two dashes: the nil mark "--" of an unlabelled row
    ['\t—\t—'],
    ['\t- -\t- -'],
    ['\t\t'],
    [''],
    ['Revenue --------'],
    ['\t2019\t2018'],
    ['\t<u>-----</u>\t-----'],
  ])('%j is not a rule line', (line) => {
    expect(readRuleLine(line, 2)).toBeNull();
  });
});

/** Rows above and below rules, each form once: how the table reads, row by row. */
const TABLES: { name: string; text: string; rows: [string, boolean][]; underlined: string[] }[] = [
  {
    name: 'a single rule above a total, a double rule under it',
    text: 'COSTS\n\t2019\t2018\nRent\t100\t90\nWages\t200\t180\n\t-----\t-----\nCosts\t300\t270\n\t=====\t=====\n',
    rows: [['rent', false], ['wages', false], ['costs', true]],
    underlined: ['costs/2019-fy', 'costs/2018-fy'],
  },
  {
    name: 'an unlabelled subtotal under a rule',
    text: 'COSTS\n\t2019\t2018\nRent\t100\t90\nWages\t200\t180\n\t-------\t-------\n\t300\t270\nTax\t10\t9\n',
    rows: [['rent', false], ['wages', false], ['subtotal', true], ['tax', false]],
    underlined: ['subtotal/2019-fy', 'subtotal/2018-fy'],
  },
  {
    name: 'a rule under the headings marks nothing',
    text: 'COSTS\n\t2019\t2018\n\t----\t----\nRent\t100\t90\nWages\t200\t180\n',
    rows: [['rent', false], ['wages', false]],
    underlined: [],
  },
  {
    name: 'a rule between header lines keeps the header whole',
    text: 'COSTS\n\tYear Ended December 31,\tYear Ended December 31,\n\t-----------------------\t-----------------------\n\t2019\t2018\n\nRent\t100\t90\n',
    rows: [['rent', false]],
    underlined: [],
  },
  {
    name: 'a rule drawn across the table, without tabs, and underscores',
    text: 'COSTS\n\t2019\t2018\nRent\t100\t90\nWages\t200\t180\n------------------------------------\nTotal costs\t300\t270\n\t_____\t_____\nTax\t10\t9\n',
    rows: [['rent', false], ['wages', false], ['total-costs', true], ['tax', true]],
    underlined: ['total-costs/2019-fy', 'total-costs/2018-fy', 'tax/2019-fy', 'tax/2018-fy'],
  },
  {
    name: 'a rule under one column marks that column',
    text: 'COSTS\n\t2019\t2018\nRent\t100\t90\n\t\t-----\nWages\t200\t180\n',
    rows: [['rent', false], ['wages', true]],
    underlined: ['wages/2018-fy'],
  },
  {
    name: 'a single rule under a row marks the row below it, not the row above',
    text: 'COSTS\n\t2019\t2018\nRent\t100\t90\n\t-----\t-----\n\nWages\t200\t180\n',
    rows: [['rent', false], ['wages', true]],
    underlined: ['wages/2019-fy', 'wages/2018-fy'],
  },
  {
    name: 'nil marks of labelled rows are nils, not rules',
    text: 'COSTS\n\t2019\t2018\nRent\t----\t90\nPreferred stock\t----\t----\nWages\t200\t180\n',
    rows: [['rent', false], ['preferred-stock', false], ['wages', false]],
    underlined: [],
  },
];

describe('rule lines in a table', () => {
  test.each(TABLES)('$name', ({ text, rows, underlined }) => {
    const r = parse(text);
    expect(r.errors.map(formatIssue)).toEqual([]);
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0].rows.map((row) => [row.id, row.total])).toEqual(rows);
    expect(r.facts.filter((f) => f.underlined).map((f) => f.id.replace('w/costs/', ''))).toEqual(underlined);
    // A rule line is neither a row nor prose.
    expect(r.facts.every((f) => !/^[-=_\s]*$/.test(f.label) || f.label === '')).toBe(true);
    expect(r.prose.filter((p) => /^[\s\-=_]+$/.test(p.text))).toEqual([]);
  });

  // The rules print 'Costs' as a total, and the footing says it rests on them. Without them, the
  // line is read as a subtotal only because its figures make it plain (checks/structure.ts,
  // becf632): the footing says so. An error in one of its two columns is accused either way, as
  // the other column sums exactly over the whole table above it (structure.ts bornOut): the
  // relation is kept and the column flagged, not the relation deleted.
  test('a line the rules mark as a total is footed on them; without them, only on its figures', () => {
    const text = 'Widget Corp Reports Results\n\nCOSTS\n(in thousands)\n\t2019\t2018\nRent\t100\t90\nWages\t200\t180\n\t-----\t-----\nCosts\t300\t270\n\t=====\t=====\n';
    const bare = text.replace(/^\t[-=]+\t[-=]+\n/gm, '');
    const footings = (t: string) => runChecks(parse(t), emptyModel).filter((c) => c.kind === 'footing');
    const read = (t: string) => footings(t).map((c) => [c.period, c.verdict]);
    expect(read(text)).toEqual([['2019-fy', 'exact'], ['2018-fy', 'exact']]);
    expect(footings(text).map((c) => c.restsOn)).toEqual(Array(2).fill("'Costs' is printed as a total of the 2 lines above it."));
    expect(read(bare)).toEqual([['2019-fy', 'exact'], ['2018-fy', 'exact']]);
    expect(footings(bare).map((c) => c.restsOn)).toEqual(Array(2).fill("'Costs' sums the 2 lines just above it, though no label calls it a total."));
    const planted = (t: string) => t.replace('Costs\t300', 'Costs\t310');
    expect(read(planted(text)).filter(([, v]) => v === 'mismatch')).toEqual([['2019-fy', 'mismatch']]);
    expect(read(planted(bare)).filter(([, v]) => v === 'mismatch')).toEqual([['2019-fy', 'mismatch']]);
    expect(footings(planted(bare))[0].explanation).toContain('The relation holds on the same rows in FY 2018, so this column is a mismatch.');
  });
});

/**
 * Real releases as release text, their totals marked `<u>…</u>` as the import writes them (from
 * an HTML table's borders or a text table's rules). Drawn instead as rule lines, a single rule
 * above the row or a double rule below it, they read as the same facts and the same checks.
 */
const REAL = [
  ['data/releases/inap-2010-q2/release.txt', loadReleaseMeta('data/releases/inap-2010-q2/release.yaml')],
  ...['q1', 'q2', 'q3', 'q4'].map((q) => [
    `test/fixtures/import/nvda-fy2023-${q}.release.txt`,
    loadReleaseMeta(`test/fixtures/import/nvda-fy2023-${q}.release.yaml`, `nvda-2023-${q}`),
  ]),
] as [string, ReleaseMeta][];

const UNDERLINED = /^<u>([\s\S]*)<\/u>$/;

/** The text with each marked row's `<u>` moved to a rule line: above it (single) or, for the first row of a table or every other row, below it (double). */
function drawnAsRules(text: string, facts: Fact[]): { text: string; moved: number } {
  const lines = text.split('\n');
  const rowsAfterHeader = new Set(facts.map((f) => f.line).filter((n) => lines[n - 2]?.startsWith('\t') && !facts.some((g) => g.line === n - 1)));
  const marked = [...new Set(facts.filter((f) => f.underlined && f.origin === 'cell').map((f) => f.line))].sort((a, b) => a - b);
  const out = [...lines];
  let moved = 0;
  // From the bottom up, so that inserting a line leaves the lines above where they were.
  for (const [k, n] of marked.toReversed().entries()) {
    const cells = lines[n - 1].split('\t');
    const kinds = cells.map((c, i) => (i > 0 && UNDERLINED.test(c.trim()) ? 'u' : ''));
    const below = rowsAfterHeader.has(n) || k % 2 === 0;
    // A double rule under a row that a rule also marks from above would mark both: keep those as printed.
    const next = lines[n]?.split('\t') ?? [];
    if (below && next.slice(1).some((c) => UNDERLINED.test(c.trim()))) continue;
    out[n - 1] = cells.map((c, i) => (kinds[i] ? c.replace(/<\/?u>/g, '') : c)).join('\t');
    const rule = kinds.map((u) => (u ? (below ? '=====' : '-----') : '')).join('\t');
    out.splice(below ? n : n - 1, 0, rule);
    moved++;
  }
  return { text: out.join('\n'), moved };
}

const comparable = (f: Fact) => ({ ...f, line: 0, column: 0, raw: f.raw.replace(/<\/?u>/g, '') });

describe.each(REAL)('%s with rule lines for its <u> marks', (file, m) => {
  const text = readFileSync(file, 'utf8');
  const printed = parseRelease(text, m, emptyModel, file);
  const { text: ruled, moved } = drawnAsRules(text, printed.facts);
  const drawn = parseRelease(ruled, m, emptyModel, file);

  test('reads as the same facts', () => {
    expect(moved).toBeGreaterThan(3);
    expect(drawn.errors.map((e) => e.message)).toEqual(printed.errors.map((e) => e.message));
    expect(drawn.tables.map((t) => [t.id, t.rows.map((r) => [r.id, r.total])])).toEqual(printed.tables.map((t) => [t.id, t.rows.map((r) => [r.id, r.total])]));
    expect(drawn.facts.map(comparable)).toEqual(printed.facts.map(comparable));
  });

  test('and the same checks', () => {
    const verdicts = (r: typeof printed) => runChecks(r, emptyModel).map((c) => [c.id, c.verdict]);
    expect(verdicts(drawn)).toEqual(verdicts(printed));
  });
});
