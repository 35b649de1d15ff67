// A company's key figures by quarter (src/lib/site/key-figures.ts), its periods named across
// releases (src/lib/series/period-names.ts), its facts across releases as downloads, and the scope
// of its notebooks (src/lib/site/company-scope.ts), on real series imported as published.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parse } from 'papaparse';
import { describe, expect, test } from 'vitest';
import { decodeSource, importRelease } from '../../../src/lib/import/index.ts';
import { loadRelease } from '../../../src/lib/ingest/index.ts';
import { namingSentence, periodNamings, seriesComparisons } from '../../../src/lib/series/index.ts';
import { keyFigures } from '../../../src/lib/site/key-figures.ts';
import { companyScope } from '../../../src/lib/site/company-scope.ts';
import { companyFactsCsv, companyFactsJson } from '../../../src/lib/export/index.ts';
import type { Fact, Release } from '../../../src/lib/types.ts';
import { sharedReleases } from '../../support/golden.ts';

const data = mkdtempSync(join(tmpdir(), 'tieout-key-figures-'));
function imported(path: string, edit: (yaml: string) => string = (y) => y, id = basename(path).replace(/\.[^.]+$/, '')): Release {
  const { text, encoding } = decodeSource(readFileSync(path));
  const result = importRelease({ text, file: basename(path), kind: /\.html?$/.test(path) ? 'html' : 'text', encoding }, { id });
  const dir = join(data, id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'release.txt'), result.releaseText);
  writeFileSync(join(dir, 'release.yaml'), edit(result.metaYaml!));
  return loadRelease(dir);
}
const SERIES = resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'series');
const nvidia = ['q1', 'q2', 'q3', 'q4'].map((q) => imported(join(sharedReleases(), `nvda-fy2023-${q}.html`)));
const figures = keyFigures(nvidia, seriesComparisons(nvidia));
const row = (f: typeof figures, concept: string) => f.rows.find((r) => r.concept === concept)!;

describe('key figures by quarter', () => {
  test('NVIDIA: a column a quarter, newest first, named as the statements name it; a row a measure, GAAP then non-GAAP', () => {
    expect(figures.periods.map((p) => p.label)).toEqual(['Q4 FY2023', 'Q3 FY2023', 'Q2 FY2023', 'Q1 FY2023', 'Q4 FY2022', 'Q3 FY2022', 'Q2 FY2022', 'Q1 FY2022']);
    expect(figures.rows.map((r) => [r.label, r.unit])).toEqual([
      ['Revenue', 'USD millions'],
      ['Gross margin', 'percent'],
      ['Operating margin', 'percent'],
      ['Net income', 'USD millions'],
      ['Diluted earnings per share', 'USD per share'],
      ['Net cash provided by operating activities', 'USD millions'],
      ['Non-GAAP gross margin', 'percent'],
      ['Non-GAAP operating margin', 'percent'],
      ['Non-GAAP operating income', 'USD millions'],
      ['Non-GAAP net income', 'USD millions'],
      ['Non-GAAP diluted earnings per share', 'USD per share'],
      ['Free cash flow', 'USD millions'],
    ]);
    expect(row(figures, 'revenue').cells.map((c) => c?.figure)).toEqual(['6,051', '5,931', '6,704', '8,288', '7,643', '7,103', '6,507', '5,661']);
    expect(row(figures, 'free-cash-flow').cells[1]?.figure).toBe('(156)');
  });

  test('each figure is the latest printing, linked to its fact in that release', () => {
    const q1 = row(figures, 'revenue').cells[3]!;
    // Q1 FY2023 is printed by the Q1 release and again by the Q2 release: the Q2 release's printing is shown.
    expect(q1).toMatchObject({ release: 'nvda-fy2023-q2', printings: 2, computed: null, otherwise: null, beforeSplit: null });
    expect(q1.href).toMatch(/^\/nvda-fy2023-q2\/statements\/[a-z0-9-]+\/#revenue\/2023-q1$/);
    const fact = nvidia[1]!.facts.find((f) => q1.href.endsWith(`#${f.row}/${f.period}`) && q1.href.includes(`/${f.table}/`))!;
    expect(fact.value).toBe('8288');
  });

  test('a margin the releases do not print is computed from the figures printed, and says so', () => {
    const q4 = row(figures, 'operating-margin').cells[0]!;
    // Operating income 1,257 ÷ revenue 6,051 = 20.77…%, as the Q4 release prints both.
    expect(q4.figure).toBe('20.8%');
    expect(q4.computed).toMatch(/^computed: .*1,257 ÷ Revenue \$6,051 × 100, as printed in nvda-fy2023-q4$/);
    // A printed margin is never replaced by a computed one.
    expect(row(figures, 'gross-margin').cells.every((c) => c!.computed === null)).toBe(true);
  });

  test('Qualcomm: a figure is marked only where the series find it printed otherwise (its recast revenue streams are no key figure)', () => {
    const releases = ['fy2022-q2', 'fy2023-q2'].map((p) => imported(join(SERIES, 'qcom', `qcom-${p}.txt`)));
    const compared = seriesComparisons(releases);
    expect(compared.filter((c) => c.verdict !== 'same').length).toBe(5);
    const kf = keyFigures(releases, compared);
    expect(kf.rows.flatMap((r) => r.cells.filter((c) => c?.otherwise))).toEqual([]);
    expect(row(kf, 'revenue').cells[kf.periods.findIndex((p) => p.label === 'Q2 FY2022')]).toMatchObject({ figure: '11,164', release: 'qcom-fy2023-q2', printings: 2 });
  });

  test('Amazon: per-share figures across its 20-for-1 split are the split-adjusted printings, and one only printed before it is marked so', () => {
    const releases = ['2021-q4', '2022-q1', '2022-q2', '2022-q3', '2022-q4', '2023-q1'].map((p) => imported(join(SERIES, 'amzn', `amzn-${p}.txt`)));
    const kf = keyFigures(releases, seriesComparisons(releases));
    const eps = row(kf, 'eps-diluted');
    const at = (label: string) => eps.cells[kf.periods.findIndex((p) => p.label === label)]!;
    // Q1 2022: (7.56) before the split, (0.38) as the Q1 2023 release prints it again.
    expect(at('Q1 2022')).toMatchObject({ figure: '(0.38)', release: 'amzn-2023-q1', otherwise: { verdict: 'split-adjusted', first: '$(7.56)', firstRelease: 'amzn-2022-q1' }, beforeSplit: null });
    // Q1 2021 is printed only by the Q1 2022 release, before the split its Q2 2022 release states.
    expect(at('Q1 2021').figure).toBe('15.79');
    expect(at('Q1 2021').beforeSplit?.release).toBe('amzn-2022-q2');
    expect(at('Q1 2021').beforeSplit?.text).toMatch(/20-for-1/);
    // Figures printed after the split are not marked, though later releases mention it again ('… comparable prior year periods … adjusted').
    for (const label of ['Q1 2023', 'Q4 2022', 'Q3 2022', 'Q2 2022', 'Q3 2021', 'Q2 2021']) expect(at(label).beforeSplit, label).toBeNull();
    // Amounts are never marked for a split.
    expect(row(kf, 'revenue').cells.every((c) => !c || c.beforeSplit === null)).toBe(true);
  });
});

describe('periods named across releases', () => {
  test('NVIDIA’s four releases name every quarter alike', () => {
    expect(periodNamings(nvidia)).toEqual([]);
  });

  test('a release whose fiscal year is named otherwise: each disagreement is said, and its figures are not compared', () => {
    // The Q2 release read with its fiscal year named by the calendar year it starts in: Q1 FY2023 dated a year later.
    const q2 = imported(join(sharedReleases(), 'nvda-fy2023-q2.html'), (y) => y.replace(/^fiscal_year_named_by: end/m, 'fiscal_year_named_by: start').replace(/^fiscal_period: 2023-q2/m, 'fiscal_period: 2022-q2'), 'nvda-fy2023-q2-start');
    const releases = [nvidia[0]!, q2];
    const found = periodNamings(releases);
    const q1 = found.find((n) => n.kind === 'other-dates' && n.names[0]!.id === '2023-q1')!;
    // Q1 FY2023 begins the day after fiscal 2022 ended (January 30, 2022, the Q1 release's balance-sheet date).
    expect(q1.names.map((n) => [n.start, n.end, n.releases])).toEqual([
      ['2022-01-31', '2022-05-01', ['nvda-fy2023-q1']],
      ['2023-02-01', '2023-04-30', ['nvda-fy2023-q2-start']],
    ]);
    expect(namingSentence(q1)).toBe(
      "one name is given to periods ending on other dates: '2023-q1' (Q1 FY2023, 2022-01-31 to 2022-05-01) in nvda-fy2023-q1; '2023-q1' (Q1 FY2023, 2023-02-01 to 2023-04-30) in nvda-fy2023-q2-start. Its figures are compared only where the dates agree.",
    );
    const renamed = found.find((n) => n.kind === 'named-otherwise' && n.names.some((x) => x.id === '2022-q2'))!;
    expect(renamed.names.map((n) => [n.id, n.end])).toEqual([
      ['2022-q2', '2022-07-31'],
      ['2023-q2', '2022-07-31'],
    ]);
    // Q1 FY2023 is printed by both releases under one id but other dates: not compared.
    expect(seriesComparisons(releases).filter((c) => c.period === '2023-q1')).toEqual([]);
    expect(seriesComparisons([nvidia[0]!, nvidia[1]!]).filter((c) => c.period === '2023-q1').length).toBeGreaterThan(0);
  });
});

describe('a company’s facts across releases, downloaded', () => {
  test('CSV: a release column, then the columns of a release’s facts.csv, oldest release first', () => {
    const rows = parse<string[]>(companyFactsCsv([...nvidia].reverse()), { skipEmptyLines: true }).data;
    expect(rows[0]!.slice(0, 3)).toEqual(['release', 'id', 'table']);
    expect(rows.length - 1).toBe(nvidia.reduce((n, r) => n + r.facts.length, 0));
    expect(rows[1]![0]).toBe('nvda-fy2023-q1');
    expect(rows.at(-1)![0]).toBe('nvda-fy2023-q4');
    for (const r of rows.slice(1)) expect(r[1]!.startsWith(`${r[0]}/`)).toBe(true);
  });

  test('JSON: one record a line, each led by its release', () => {
    const records = companyFactsJson(nvidia, 'lines').trim().replace(/^\[|\]$/g, '').trim().split(/,\n/).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.length).toBe(nvidia.reduce((n, r) => n + r.facts.length, 0));
    expect(Object.keys(records[0]!).slice(0, 2)).toEqual(['release', 'id']);
    expect(new Set(records.map((r) => r.release))).toEqual(new Set(['nvda-fy2023-q1', 'nvda-fy2023-q2', 'nvda-fy2023-q3', 'nvda-fy2023-q4']));
  });
});

describe('the scope of a company notebook', () => {
  const scope = companyScope({ id: 'nvda', name: 'NVIDIA Corporation', ticker: 'NVDA' }, [...nvidia].reverse(), () => []) as {
    facts: { numRows(): number; columnNames(): string[]; filter(e: string): { numRows(): number } };
    fact: (n: string, p: string, r?: string) => Fact;
    value: (n: string, p: string, r?: string) => { toString(): string };
    printings: (n: string, p: string) => Fact[];
    series: (n: string) => { period: string; label: string; length: string; value: string; release: string }[];
    comparisons: { id: string; verdict: string }[];
    crossCheck: (n: string, p: string) => { id: string; verdict: string; earlier: { release: string }; later: { release: string } }[];
  };

  test('facts: every fact of every release, with its release, and the base model’s concept where no company model names one', () => {
    expect(scope.facts.numRows()).toBe(nvidia.reduce((n, r) => n + r.facts.length, 0));
    expect(scope.facts.columnNames()).toContain('release');
    expect(scope.facts.filter("(d) => d.concept === 'revenue' && d.period === '2023-q1'").numRows()).toBe(3);
  });

  test('fact(): the latest printing, or a named release’s', () => {
    expect(scope.fact('revenue', '2023-q1').release).toBe('nvda-fy2023-q2');
    expect(scope.fact('revenue', '2023-q1', 'nvda-fy2023-q1').release).toBe('nvda-fy2023-q1');
    expect(scope.value('revenue', '2023-q1').toString()).toBe('8288');
    expect(scope.printings('revenue', '2023-q1').map((f) => f.release)).toEqual(['nvda-fy2023-q1', 'nvda-fy2023-q2']);
    expect(() => scope.fact('revenu', '2023-q1')).toThrow("no release of nvda prints concept 'revenu'. Did you mean 'revenue'?");
    expect(() => scope.fact('revenue', '2023-q5')).toThrow(/for period '2023-q5'; it is printed for .*Did you mean/);
    expect(() => scope.fact('revenue', '2023-q1', 'nvda-fy2023-q3')).toThrow("nvda-fy2023-q3 does not print 'revenue' for '2023-q1'; nvda-fy2023-q1, nvda-fy2023-q2 do");
    expect(() => scope.fact('revenue', '2023-q1', 'nvda-fy2023-q9')).toThrow(/no release 'nvda-fy2023-q9' of nvda; .*Did you mean/);
  });

  test('series(): the latest printing of each period, in time order', () => {
    const quarters = scope.series('revenue').filter((d) => d.length === 'quarter');
    expect(quarters.map((d) => [d.label, d.value, d.release])).toEqual([
      ['Q1 FY2022', '5661', 'nvda-fy2023-q1'],
      ['Q2 FY2022', '6507', 'nvda-fy2023-q2'],
      ['Q3 FY2022', '7103', 'nvda-fy2023-q3'],
      ['Q4 FY2022', '7643', 'nvda-fy2023-q4'],
      ['Q1 FY2023', '8288', 'nvda-fy2023-q2'],
      ['Q2 FY2023', '6704', 'nvda-fy2023-q3'],
      ['Q3 FY2023', '5931', 'nvda-fy2023-q4'],
      ['Q4 FY2023', '6051', 'nvda-fy2023-q4'],
    ]);
  });

  test('comparisons across releases, each with its permalink id; crossCheck() those of one line', () => {
    expect(scope.comparisons.length).toBe(247);
    expect(scope.comparisons.every((c) => c.verdict === 'same' && /^across-nvda-fy2023-q[2-4]-/.test(c.id))).toBe(true);
    const q1 = scope.crossCheck('revenue', '2023-q1');
    expect(q1.map((c) => [c.earlier.release, c.later.release, c.verdict])).toEqual([['nvda-fy2023-q1', 'nvda-fy2023-q2', 'same']]);
  });
});
