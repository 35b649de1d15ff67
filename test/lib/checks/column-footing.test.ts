// Column totals (src/lib/checks/column-footing.ts) on tables excerpted from real releases
// (test/fixtures/checks/columns/, from the corpus): a column headed as a total sums the other
// columns of its period on every line that adds up, margins and figures per unit never; and a
// figure altered in one column of one line is a mismatch there, corroborated by the other lines.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { totalPhrase } from '../../../src/lib/checks/column-footing.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { Check, ReleaseMeta } from '../../../src/lib/types.ts';

const DIR = 'test/fixtures/checks/columns';
const excerpt = (file: string) => `Results\n\n${readFileSync(`${DIR}/${file}.txt`, 'utf8')}\n`;

type Meta = Partial<ReleaseMeta>;
const columnChecks = (text: string, meta: Meta): Check[] => {
  const base: ReleaseMeta = {
    id: 'excerpt-2024-q4', title: 'Results', company: 'excerpt', name: 'Excerpt', ticker: 'EXC', exchange: '',
    fiscalYearEnd: '12-31', fiscalPeriod: '2024-q4', releaseDate: '2025-02-12', currency: 'USD', scale: 3,
  };
  const release = parseRelease(text, { ...base, ...meta }, emptyModel, 'excerpt/release.txt');
  return runChecks(release, emptyModel).filter((c) => c.id.endsWith('/columns'));
};
const row = (c: Check) => c.id.split('/')[2];
const column = (c: Check) => c.id.split('/')[3];

const Q4: Meta = { fiscalPeriod: '2024-q4', fiscalYearEnd: '12-31' };
const CMG: Meta = { fiscalPeriod: '2025-q3', fiscalYearEnd: '03-31', currency: 'CAD' };
const AIRT: Meta = { fiscalPeriod: '2025-q3', fiscalYearEnd: '03-31', scale: 0 };
const AAMES: Meta = { fiscalPeriod: '1999-q2', fiscalYearEnd: '06-30', releaseDate: '1998-12-31', scale: 0 };

// [what the columns print, excerpt, meta, the total columns read, lines read in each, the reading taken ("" for the first)]
const CASES: [string, string, Meta, string[], number[], string][] = [
  ['two segments and "Consolidated", for each of two years (Computer Modelling\'s Adjusted EBITDA; its margins are not summed)', 'cmg-fy2025-q3-adjusted-ebitda', CMG,
    ['2025-q3.consolidated', '2024-q3.consolidated'], [10, 9], ''], // the loss on contingent consideration is nil in every 2023 column
  ['three segments and "Total" under one period (Adaptive\'s segment information)', 'adpt-2024-q4-segments', Q4, ['2024-q4.total'], [12], ''],
  ['"Segment total" under each of two spanners, rows of periods (Air T\'s Contrail and other subsidiaries)', 'airt-fy2025-q3-contrail', AIRT,
    ['revenue-segment-total', 'operating-income-loss-segment-total'], [10, 10], ''],
  ['two unlabelled subtotals of mines before "Total" (First Quantum\'s "Copper" and "Nickel"; its costs per lb are not summed)', 'fm-2024-q4-costs', Q4,
    ['2024-q4.copper', '2024-q4.nickel', '2024-q4.total'], [18, 17, 18], "'Copper' as a subtotal of the 7 columns before it; 'Nickel' as a subtotal of the 2 columns before it"],
  ['an unlabelled subtotal of mines among the columns "Total" sums as printed (First Quantum\'s year-ago costs: "Copper" footed on its own though "Total" ties over it and the columns after it)', 'fm-2024-q4-costs-2023', Q4,
    ['2023-q4.copper', '2023-q4.total'], [19, 19], 'only the 4 columns just before it'],
  ['"Total" after a balance it does not include: interest plus principal, per $1000 of original face (Aames\' 1998 distribution statement)', 'aames-1998-factors', AAMES,
    ['factor-information-per-1000-of-original-face-prior-principal-total'], [10], 'only the 2 columns just before it'],
];

describe('a column headed as a total sums the other columns of its period', () => {
  test.each(CASES)('%s', (_what, file, meta, totals, lines, read) => {
    const checks = columnChecks(excerpt(file), meta);
    expect([...new Set(checks.map(column))]).toEqual(totals);
    expect(checks.map((c) => c.verdict).filter((v) => v !== 'exact' && v !== 'rounding')).toEqual([]);
    expect(totals.map((total) => checks.filter((c) => column(c) === total).length)).toEqual(lines);
    if (read) expect(checks.find((c) => column(c) === totals.at(-1))!.restsOn).toContain(`to that reading: ${read}.`);
    expect(checks.some((c) => /margin|per-lb/.test(row(c)))).toBe(false);
  });

  test('a figure altered in a segment column is a mismatch on its line, corroborated by the others (Computer Modelling\'s D&A, 807 printed 870)', () => {
    const text = excerpt('cmg-fy2025-q3-adjusted-ebitda').replace('1,460\t1,449\t807\t', '1,460\t1,449\t870\t');
    const checks = columnChecks(text, CMG);
    const mismatches = checks.filter((c) => c.verdict === 'mismatch');
    expect(mismatches.map((c) => c.id)).toEqual(['footing/adjusted-ebitda-and-adjusted-ebitda-margin/depreciation-and-amortization/2025-q3.consolidated/columns']);
    expect(mismatches[0].explanation).toContain('so this line is a mismatch.');
    expect(mismatches[0].formula).toBe('Depreciation and amortization, Consolidated = Reservoir & Production Solutions + Seismic Solutions');
  });

  test('a total column no reading ties on any line is not judged, naming the readings considered (Pegasystems\' backlog, its headers one column short)', () => {
    const checks = columnChecks(excerpt('pega-2024-q4-backlog'), { ...Q4, scale: 3 });
    expect(checks.length).toBeGreaterThan(0);
    expect(checks.map((c) => c.verdict).filter((v) => v !== 'unverifiable')).toEqual([]);
    expect(checks[0].explanation).toContain('No reading of the layout ties');
  });
});

describe('a total column that ties as a part, the whole printed first (Pfizer\'s revenues, 4Q21)', () => {
  const PFE: Meta = { fiscalPeriod: '2021-q4', fiscalYearEnd: '12-31', scale: 6, releaseDate: '2022-02-08' };
  const table = excerpt('pfe-2021-q4-revenues');
  test('"WORLDWIDE" sums "UNITED STATES" and "TOTAL INTERNATIONAL" on every line, in each year', () => {
    const checks = columnChecks(table, PFE);
    expect([...new Set(checks.map(column))]).toEqual(['2021-q4.worldwide', '2020-q4.worldwide']);
    expect(checks.length).toBeGreaterThan(40);
    expect(checks.map((c) => c.verdict).filter((v) => v !== 'exact' && v !== 'rounding')).toEqual([]);
    expect(checks.find((c) => row(c) === 'nimenrix' && column(c) === '2021-q4.worldwide')?.formula).toBe('Nimenrix, WORLDWIDE = UNITED STATES + total international');
    expect(checks[0].explanation).toContain("read as a part it ties");
  });

  test('a figure altered in one column is a mismatch on its line (Prevnar family\'s international 731 printed 781)', () => {
    const line = '    Prevnar family(d)\t1,302\t1,750\t(26%)\t(25%)\t571\t786\t(27%)\t731\t964';
    expect(table).toContain(line);
    const checks = columnChecks(table.replace(line, line.replace('\t731\t', '\t781\t')), PFE);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => `${row(c)} ${column(c)}`)).toEqual(['prevnar-family 2021-q4.worldwide']);
  });
});

describe('totalPhrase reads a total in a column\'s dimension, and the spanner its parts share', () => {
  test.each([
    ['total', ''],
    ['consolidated', ''],
    ['total-reportable-segments', ''],
    ['subtotal', ''],
    ['revenue-segment-total', 'revenue'],
    ['operating-income-loss-segment-total', 'operating-income-loss'],
  ])('%s', (dimension, prefix) => expect(totalPhrase(dimension)).toEqual({ prefix }));
  test.each(['mrd', 'consolidated-financial-highlights', 'percent-of-total', 'results-property-casualty', 'totally-new'])('%s is no total', (dimension) =>
    expect(totalPhrase(dimension)).toBeNull());
});

describe('an unlabelled subtotal column is read on most lines too, and the line where it fails is a mismatch', () => {
  test('First Quantum\'s year-ago royalties at Kansanshi, 27 printed 72: "Copper" fails on that line only, though "Total" ties without the mines', () => {
    const table = excerpt('fm-2024-q4-costs-2023');
    expect(columnChecks(table, Q4).filter((c) => c.verdict === 'mismatch')).toEqual([]);
    const text = table.replace('Royalties\t25\t27\t29', 'Royalties\t25\t72\t29');
    const checks = columnChecks(text, Q4);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => `${row(c)} ${column(c)}`)).toEqual(['adjustments--royalties 2023-q4.copper']);
  });

  test('First Quantum\'s royalties at Sentinel, (35) printed (85): "Copper" fails on that line only', () => {
    const text = excerpt('fm-2024-q4-costs').replace('Royalties\t–\t(51)\t(35)\t(2)', 'Royalties\t–\t(51)\t(85)\t(2)');
    const checks = columnChecks(text, Q4);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => `${row(c)} ${column(c)}`)).toEqual(['adjustments--royalties-2 2024-q4.copper']);
  });
});
