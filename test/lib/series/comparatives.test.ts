// Figures printed again for earlier periods, across a company's releases (src/lib/series/), on
// real series imported as published: NVIDIA's four fiscal 2023 releases (../shared/releases/) and
// Amazon's six quarters across its 20-for-1 split of May 2022 (../shared/series/amzn/).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeSource, importRelease } from '../../../src/lib/import/index.ts';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { Decimal } from '../../../src/lib/decimal.ts';
import { seriesComparisons, speaksInGeneral, statementsOf, tableSignature } from '../../../src/lib/series/index.ts';
import type { Release, ReleaseMeta, SeriesComparison } from '../../../src/lib/types.ts';
import { sharedReleases } from '../../support/golden.ts';

const data = mkdtempSync(join(tmpdir(), 'tieout-series-'));

/** A release imported as published, with only its id, and read. */
function imported(path: string): Release {
  const id = basename(path).replace(/\.[^.]+$/, '');
  const { text, encoding } = decodeSource(readFileSync(path));
  const result = importRelease({ text, file: basename(path), kind: /\.html?$/.test(path) ? 'html' : 'text', encoding }, { id });
  const dir = join(data, id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'release.txt'), result.releaseText);
  writeFileSync(join(dir, 'release.yaml'), result.metaYaml!);
  return loadRelease(dir);
}

// The series beside the repository, as CI has it (like ../shared/corpus/: scripts/corpus/measure.ts).
const SERIES = resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'series');
const nvidia = ['q1', 'q2', 'q3', 'q4'].map((q) => imported(join(sharedReleases(), `nvda-fy2023-${q}.html`)));
const amazon = ['2021-q4', '2022-q1', '2022-q2', '2022-q3', '2022-q4', '2023-q1'].map((p) => imported(join(SERIES, 'amzn', `amzn-${p}.txt`)));
const amazonCompared = seriesComparisons(amazon);
const qualcomm = ['fy2022-q1', 'fy2022-q2', 'fy2023-q1', 'fy2023-q2'].map((p) => imported(join(SERIES, 'qcom', `qcom-${p}.txt`)));
const qualcommCompared = seriesComparisons(qualcomm);
const pfizer = ['2021-q4', '2022-q4'].map((p) => imported(join(SERIES, 'pfe', `pfe-${p}.txt`)));
const pfizerCompared = seriesComparisons(pfizer);

/** The comparison of a line (row id) of a period, printed by `later`. */
function find(comparisons: SeriesComparison[], later: string, row: string, period: string): SeriesComparison {
  const c = comparisons.find((x) => x.later.release === later && x.later.fact.split('/')[2] === row && x.period === period);
  expect(c, `${later} ${row} ${period}`).toBeDefined();
  return c!;
}

describe('a company’s figures printed again in later releases', () => {
  test('NVIDIA’s previous quarters and prior-year quarters, printed again, agree with their first printing', () => {
    const compared = seriesComparisons(nvidia);
    expect(compared.length).toBeGreaterThan(200);
    expect(compared.filter((c) => c.verdict !== 'same').map((c) => `${c.later.fact}: ${c.earlier.raw} vs ${c.later.raw}`)).toEqual([]);
    // The same table across releases though its title names its quarter, and the balance sheet's year end.
    expect(compared.some((c) => /summary/.test(c.later.fact) && c.earlier.release === 'nvda-fy2023-q1' && c.later.release === 'nvda-fy2023-q2')).toBe(true);
    expect(compared.some((c) => /balance-sheets/.test(c.later.fact) && c.period === '2022-01-30')).toBe(true);
  });

  test.each([
    // [later release, row, period, earlier printing, later printing] — ../shared/series/README.md
    ['amzn-2022-q4', 'diluted-earnings-per-share', '2021-q4', '27.75', '1.39'],
    ['amzn-2022-q4', 'diluted-earnings-per-share', '2021-fy', '64.81', '3.24'],
    ['amzn-2023-q1', 'diluted-earnings-per-share', '2022-q1', '-7.56', '-0.38'],
    // A split applies to the unrounded count: 516 million shares become 10,324 million, not 20 × 516.
    ['amzn-2022-q4', 'diluted', '2021-q4', '516', '10324'],
  ])('%s prints %s of %s split-adjusted (%s before the 20-for-1 split, %s after)', (later, row, period, before, after) => {
    const c = find(amazonCompared, later, row, period);
    expect(c.verdict).toBe('split-adjusted');
    expect([c.earlier.value, c.later.value]).toEqual([before, after]);
    expect(c.statement?.text).toMatch(/20-for-1 stock split/);
  });

  test('Amazon’s one unannounced change is a difference across releases, and the lines explain it', () => {
    const differs = amazonCompared.filter((c) => c.verdict === 'mismatch');
    // Q1 2023 folds "Other operating expense (income), net" into depreciation and amortization:
    // 8,978 + 215 = 9,193 for the first quarter of 2022, 35,766 + 322 = 36,088 for the twelve months;
    // no sentence of the release says so (its "retroactively adjusted" speaks of the split).
    expect(differs.map((c) => [c.later.release, c.period, c.earlier.value, c.later.value])).toEqual([
      ['amzn-2023-q1', '2022-q1', '8978', '9193'],
      ['amzn-2023-q1', '2022-12m-to-03', '35766', '36088'],
    ]);
    const other = (period: string) => amazon[1].facts.find((f) => f.row.endsWith('other-operating-expense-income-net') && f.period === period && f.table === 'statements-of-cash-flows')!;
    expect(8978 + Number(other('2022-q1').value)).toBe(9193);
    expect(35766 + Number(other('2022-12m-to-03').value)).toBe(36088);
    expect(amazonCompared.filter((c) => c.verdict === 'restated')).toEqual([]);
  });

  test('a line of equity the stated split moves par value out of is not accused (additional paid-in capital at December 31, 2021)', () => {
    // 55,538 in the 4Q21 release, 55,437 after the 20-for-1 split: the common stock line took $101 million of par value.
    const apic = amazonCompared.filter((c) => c.later.fact.includes('/balance-sheets/additional-paid-in-capital/') && c.period === '2021-12-31');
    expect(apic.map((c) => [c.later.release, c.earlier.value, c.later.value, c.verdict])).toEqual([
      ['amzn-2022-q1', '55538', '55538', 'same'],
      ['amzn-2022-q2', '55538', '55437', 'unverifiable'],
      ['amzn-2022-q3', '55538', '55437', 'unverifiable'],
      ['amzn-2022-q4', '55538', '55437', 'unverifiable'],
    ]);
    expect(apic[1].reading).toContain('moves the par value of the new shares between the lines of equity');
  });

  test('a line whose table is titled otherwise in the later release is still compared, where each release prints it at one figure', () => {
    // "QCT Revenue Streams" in Q1 fiscal 2022; in Q1 fiscal 2023 the table under the page header
    // "Qualcomm Announces First Quarter Fiscal 2023 Results" is titled by it. The recast of
    // ../shared/series/README.md: Handsets 5,983 -> 6,989, Automotive 256 -> 288, IoT 1,476 -> 1,570.
    const compared = qualcommCompared;
    const recast = compared.filter((c) => c.period === '2022-q1' && ['handsets', 'automotive', 'iot'].includes(c.later.fact.split('/')[2]));
    expect(recast.map((c) => [c.later.fact.split('/')[2], c.earlier.value, c.later.value, c.verdict])).toEqual([
      ['handsets', '5983', '6989', 'restated'],
      ['automotive', '256', '288', 'restated'],
      ['iot', '1476', '1570', 'restated'],
    ]);
    expect(recast[0].earlier.fact.split('/')[1]).not.toBe(recast[0].later.fact.split('/')[1]);
    expect(recast[0].statement?.text).toBe('Prior period information has been recast to reflect this change.');
    expect(recast[0].statement?.covers).toBe('the note stating it is marked on the table');
    // Total QCT revenues, printed by both, is the same.
    expect(compared.find((c) => c.period === '2022-q1' && /total-qct-revenues/.test(c.later.fact))?.verdict).toBe('same');
  });

  test('a figure altered in a later release is a difference across releases', () => {
    const [q1, q2] = nvidia;
    const revenue = q2.facts.find((f) => f.period === '2023-q1' && f.value !== null && f.unit === 'USD')!;
    const altered: Release = { ...q2, facts: q2.facts.map((f) => (f === revenue ? { ...f, value: String(Number(f.value) + 100), raw: 'altered' } : f)) };
    const differs = seriesComparisons([q1, altered]).filter((c) => c.verdict === 'mismatch');
    expect(differs.map((c) => c.later.fact)).toEqual([revenue.id]);
  });

  test.each([
    // [how much the later printing of NVIDIA's Q1 FY23 revenue ($8,288 million) is altered, verdict]
    [0, 'same'],
    // One unit of the last digit apart: the intervals meet at 8,288.5 only; a re-rounded sum prints so.
    [1, 'rounding'],
    [-1, 'rounding'],
    [2, 'mismatch'],
    [-2, 'mismatch'],
  ])('the later printing %i million from the first: %s', (delta, verdict) => {
    const [q1, q2] = nvidia;
    const revenue = q2.facts.find((f) => f.period === '2023-q1' && f.value !== null && f.unit === 'USD')!;
    const altered: Release = { ...q2, facts: q2.facts.map((f) => (f === revenue ? { ...f, value: String(Number(f.value) + delta) } : f)) };
    const compared = seriesComparisons([q1, altered]);
    const c = compared.find((x) => x.later.fact === revenue.id)!;
    expect(c.verdict).toBe(verdict);
    expect(compared.filter((x) => x !== c && x.verdict !== 'same').map((x) => x.later.fact)).toEqual([]);
    if (verdict === 'rounding') expect(c.reading).toMatch(/one unit of the last digit apart: no one figure rounds to both, but a figure rounded whole and a sum of rounded parts can/);
  });

  test.each([
    // [earlier, later, row, period, first printing, printed again] — FosRich's whole-dollar figures re-rounded a year later
    // (test/fixtures/series/fosrich-*-excerpt.txt): finance cost and the expenses' subtotal one dollar apart.
    ['2022-q1', '2023-q1', 'finance-cost', '2022-q1', '37,238,109', '37,238,108'],
    ['2022-q3', '2023-q3', 'finance-cost', '2022-9m', '126,582,476', '126,582,475'],
    ['2022-q3', '2023-q3', 'subtotal-2', '2022-q3', '243,298,572', '243,298,571'],
  ])('FosRich %s → %s %s %s: %s then %s, the same within rounding', (earlier, later, row, period, first, again) => {
    const meta = (p: string): ReleaseMeta => ({
      id: `fosrich-${p}`, title: 'Results', company: 'fosrich', name: 'FosRich Company Limited', ticker: '', exchange: '',
      fiscalYearEnd: '12-31', fiscalPeriod: p, releaseDate: { '2022-q1': '2022-04-28', '2022-q3': '2022-11-01', '2023-q1': '2023-04-25', '2023-q3': '2023-10-24' }[p]!, currency: 'USD', scale: 0,
    });
    const read = (p: string) => parseRelease(readFileSync(`test/fixtures/series/fosrich-${p}-excerpt.txt`, 'utf8'), meta(p), emptyModel, `fosrich-${p}`);
    const c = seriesComparisons([read(earlier), read(later)]).find((x) => x.later.fact.split('/')[2] === row && x.period.split('.')[0] === period)!;
    expect([c.earlier.raw, c.later.raw, c.verdict]).toEqual([first, again, 'rounding']);
  });

  // FosRich's cash flow statements a year apart (test/fixtures/series/fosrich-2022-q1-cash-flows-excerpt.txt and
  // -2023-q1-): the earlier prints "Cash flow s from operating activities:" as the converter read it, the later the
  // heading spelled right, and "STATEMENT OF CASH FLOWS" became "CONSOLIDATED STATEMENT OF CASH FLOWS": no key, table
  // or sections alike. Each line under "Adjustments to:" is still that line where each release prints it once there.
  const cashFlows = (p: string, text?: string) => {
    const date = { '2022-q1': '2022-04-28', '2023-q1': '2023-04-25' }[p]!;
    const meta: ReleaseMeta = { id: `fosrich-${p}`, title: 'Results', company: 'fosrich', name: 'FosRich Company Limited', ticker: '', exchange: '', fiscalYearEnd: '12-31', fiscalPeriod: p, releaseDate: date, currency: 'USD', scale: 0 };
    return parseRelease(text ?? readFileSync(`test/fixtures/series/fosrich-${p}-cash-flows-excerpt.txt`, 'utf8'), meta, emptyModel, `fosrich-${p}`);
  };
  test.each([
    // [row, first printing, printed again, verdict] — the amortisation misprinted in the Q1 2022 report by 100,000 (its
    // own subtotal 184,231,437 foots with 10,550,332, not with 10,650,332: unseen/series-s23.md)
    ['amortisation-right-of-use-asset', '10,650,332', '10,550,332', 'mismatch'],
    ['depreciation', '14,787,245', '14,787,245', 'same'],
    ['accounts-receivable', '(236,791,785)', '(236,791,785)', 'same'],
  ])('FosRich’s cash flows, under a heading one report prints otherwise: %s %s then %s, %s', (row, first, again, verdict) => {
    const c = seriesComparisons([cashFlows('2022-q1'), cashFlows('2023-q1')]).find((x) => x.later.fact.split('/')[2] === row && x.period === '2022-q1');
    expect([c?.earlier.raw, c?.later.raw, c?.verdict]).toEqual([first, again, verdict]);
  });

  test('a line printed twice under one innermost section is not established as the earlier one', () => {
    // The later report prints a second "Adjustments to:" with its own amortisation line: which is the earlier's is not said.
    const text = readFileSync('test/fixtures/series/fosrich-2023-q1-cash-flows-excerpt.txt', 'utf8').replace(
      'Changes in non-cash working capital components:',
      'Other:\t\t\nAdjustments to:\t\t\nAmortisation - Right Of Use Asset\t1,000\t2,000\nChanges in non-cash working capital components:',
    );
    const compared = seriesComparisons([cashFlows('2022-q1'), cashFlows('2023-q1', text)]);
    expect(compared.filter((x) => x.later.fact.split('/')[2]?.startsWith('amortisation-right-of-use-asset') && x.period === '2022-q1')).toEqual([]);
    expect(compared.find((x) => x.later.fact.split('/')[2] === 'depreciation' && x.period === '2022-q1')?.verdict).toBe('same');
  });
});

describe('what a restatement covers', () => {
  test.each([
    // [series, later release, row (fact id part), period, verdict, how the statement covers it, earlier, later] — ../shared/series/
    // Qualcomm's note "(2) … Prior period information has been recast" is marked on the title "QCT Revenue Streams1, 2".
    ['qcom', 'qcom-fy2023-q2', 'handsets', '2022-q2', 'restated', 'the note stating it is marked on the table', '6325', '7349'],
    // Its cash flow statement moves "Impairment losses on other investments" (20) out of "Other items, net" unannounced:
    // (10) = 20 + (30); the recast note speaks of revenue streams only.
    ['qcom', 'qcom-fy2023-q2', 'adjustments-to-reconcile-net-income--other-items-net', '2022-q2', 'mismatch', undefined, '-10', '-30'],
    ['qcom', 'qcom-fy2023-q2', 'adjustments-to-reconcile-net-income--other-items-net', '2022-h1', 'mismatch', undefined, '-35', '-56'],
    // Pfizer's "(3) … These costs were previously recorded in Research and development expenses. Prior periods have been revised",
    // a note of the statement of income: marked on its R&D line (the closest a note can speak of a figure), and naming the
    // line the highlights print as "R&D Expenses".
    ['pfe', 'pfe-2022-q4', 'research-and-development-expenses', '2021-q4', 'restated', 'its note’s mark (3) is printed on its line', '5915', '3445'],
    ['pfe', 'pfe-2022-q4', 'rd-expenses', '2021-fy', 'restated', 'it names the line (“research and development expenses”)', '13829', '10360'],
    // "… non-GAAP Adjusted information is updated to reflect the following, and prior period information has been revised …:"
    // over the paragraphs naming "Adjusted Income and Adjusted Diluted EPS": it names the line, which a statement naming
    // only "Adjusted(3) financial measures" ("… for all changes discussed above") speaks of less closely.
    ['pfe', 'pfe-2022-q4', 'adjusted-diluted-eps', '2021-q4', 'restated', 'it names the line (“adjusted diluted eps”)', '1.08', '0.79'],
    ['pfe', 'pfe-2022-q4', 'effective-tax-rate-on-adjusted-income', '2021-fy', 'restated', 'it names “adjusted” measures', '15.3', '14.5'],
    // "(b) … a new commercial structure within Biopharma … Prior-period financial information has been revised", marked on BIOPHARMA(b) of each revenue table.
    ['pfe', 'pfe-2022-q4', 'all-other-anti-infectives', '2021-q4', 'restated', 'the note stating it is marked on the table', '372', '451'],
  ])('%s: %s prints %s of %s %s (%s)', (series, later, row, period, verdict, how, before, after) => {
    const c = find(series === 'qcom' ? qualcommCompared : pfizerCompared, later, row, period);
    expect([c.verdict, c.statement?.covers, c.earlier.value, c.later.value]).toEqual([verdict, how, before, after]);
  });

  test.each([
    // sentence as printed (../shared/series/), whether it speaks of every prior figure
    ['Prior-period financial information has been restated, as appropriate.', true], // pfe-2021-q4.txt
    ['Prior period amounts have been revised to conform to the current period presentation.', true], // pfe-2022-q1.txt
    ['Certain prior period amounts have been reclassified to conform to the current period presentation.', true],
    ['Prior period information has been recast to reflect this change.', false], // qcom-fy2023-q1.txt
    ['Prior period amounts have been revised to conform to the current period presentation for all changes discussed above.', false], // pfe-2022-q4.txt
    ['Prior period amounts have been revised to conform to the current period presentation for both amortization of intangibles and acquired IPR&D.', false], // pfe-2022-q2.txt
    ['Effective for the first quarter of 2022, the presentation of noninterest income has been recategorized.', false], // pnc-2022-q1.htm
    ['Prior period BlackRock investment balances have been reclassified to the Asset held for sale line in accordance with Accounting Standard Codification 205-20.', false], // pnc-2020-q4.htm
  ])('“%s” speaks of every prior figure: %s', (sentence, general) => {
    expect(speaksInGeneral(sentence)).toBe(general);
  });

  test('a restatement that speaks of every prior figure covers every line: no difference of its release is an accusation', () => {
    const [, q2, , q2next] = qualcomm;
    const general = 'Certain prior period amounts have been reclassified to conform to the current period presentation.';
    const stated: Release = { ...q2next, prose: [...q2next.prose, { line: q2next.prose.at(-1)!.line + 1, text: general, kind: 'paragraph' }] };
    const other = seriesComparisons([q2, stated]).find((c) => c.later.fact.endsWith('other-items-net/2022-q2'))!;
    expect([other.verdict, other.statement?.text, other.statement?.covers]).toEqual(['restated', general, 'it speaks of every prior period amount, naming none']);
  });

  test('a release’s restatements, each with its note’s tables or the words that name its lines', () => {
    // Lines as Pfizer's 1Q22 release text prints them since its contacts block is read as prose (its telephone numbers no figures, 3c5c656): nine lines more above the notes;
    // and since paragraphs a page break cut are one (three of them above the notes, two lines fewer each: 82e715ad).
    const stated = statementsOf(pfizer[1]).restated;
    expect(stated.map((r) => r.line)).toEqual(expect.arrayContaining([68, 398, 873]));
    const note = stated.find((r) => r.line === 398)!;
    expect(note.tables).toEqual(['and-subsidiary-companies-statements-of-income1']);
    expect(note.text).toBe('Prior periods have been revised to conform to the current period presentation.');
    // "discussed above": the paragraphs above it, back to the table, are its words.
    expect(stated.find((r) => r.line === 68)!.qualifiers).toContain('adjusted');
  });
});

describe('a restatement naming what a table\'s first line names', () => {
  // PNC's 1Q22 release (../shared/series/pnc/pnc-2022-q1.htm) says "Effective for the first quarter of 2022, the
  // presentation of noninterest income has been recategorized. … All periods presented herein reflect this change."
  // Its table of noninterest income has no title but its first line, "Noninterest Income", over the new categories:
  // 1Q21's "Other" is 300 there, 483 in 2Q21's release (the total 1,872 in both). Once its running head ("PNC Reports
  // … – Page 6") no longer titled 2Q21's table, the two tables were compared, and the restatement covered no line.
  const pnc = ['2021-q2', '2022-q1'].map((p) => imported(join(SERIES, 'pnc', `pnc-${p}.htm`)));
  test('covers the lines of that table', () => {
    const c = find(seriesComparisons(pnc), 'pnc-2022-q1', 'other', '2021-q1');
    expect([c.verdict, c.statement?.covers, c.earlier.value, c.later.value]).toEqual(['restated', 'it names the line’s section (“noninterest income”)', '483', '300']);
  });
  test('without the restatement, the same figures are a difference across releases', () => {
    const [before, after] = pnc as [Release, Release];
    const unstated: Release = { ...after, prose: after.prose.filter((p) => !/recategorized/.test(p.text)) };
    const c = find(seriesComparisons([before, unstated]), 'pnc-2022-q1', 'other', '2021-q1');
    expect([c.verdict, c.earlier.value, c.later.value]).toEqual(['mismatch', '483', '300']);
  });
});

describe('columns headed as restated, or as previously reported', () => {
  // The restatement table of a real filing (test/fixtures/ingest/forms/restatement-2022-q2-as-restated.txt):
  // "As Previously Reported | Correction | As Restated" for the second quarter of 2022. The earlier
  // printing is that table's first column printed alone, as the quarter's release printed it.
  const fixture = readFileSync(resolve(import.meta.dirname, '..', '..', 'fixtures', 'ingest', 'forms', 'restatement-2022-q2-as-restated.txt'), 'utf8');
  const meta = (id: string, releaseDate: string): ReleaseMeta => ({
    id, title: id, company: 'restating', name: 'Restating Co.', ticker: 'R', exchange: '', fiscalYearEnd: '12-31', fiscalPeriod: '2022-q2', releaseDate, currency: 'USD', scale: 3,
  });
  const firstColumn = (text: string) =>
    text
      .split('\n')
      .map((l) => (l.startsWith('\tAs Previously Reported') ? '\tThree Months Ended June 30, 2022' : l.includes('\t') ? l.split('\t').slice(0, 2).join('\t') : l))
      .join('\n');
  const read = (text: string, id: string, date: string) => parseRelease(text, meta(id, date), emptyModel, `${id}.txt`);
  const earlier = read(firstColumn(fixture), 'restating-2022-q2', '2022-08-01');
  const later = read(fixture, 'restating-2022-q3', '2022-11-01');
  const compared = seriesComparisons([earlier, later]);
  const of = (row: string, basis: string) => compared.find((c) => c.later.fact.endsWith(`/${row}/2022-q2.${basis}`));

  test.each([
    // row, column of the later release, verdict, earlier printing, later printing
    ['net-loss', 'restated', 'restated', '-36774', '-47374'],
    ['loss-before-income-taxes', 'restated', 'restated', '-45934', '-53854'],
    ['basic', 'restated', 'restated', '-0.72', '-0.92'],
    ['gains-on-foreign-debt', 'restated', 'same', '20556', '20556'],
    ['net-loss', 'previously-reported', 'same', '-36774', '-36774'],
    ['basic', 'previously-reported', 'same', '-0.72', '-0.72'],
  ])('%s under "As %s" is %s (%s first, %s now)', (row, basis, verdict, before, after) => {
    const c = of(row, basis);
    expect(c, `${row} ${basis}`).toBeDefined();
    expect([c!.verdict, c!.earlier.value, c!.later.value]).toEqual([verdict, before, after]);
    if (verdict === 'restated') expect(c!.statement).toMatchObject({ text: 'As Restated', covers: 'it heads the column the figure is printed in', release: 'restating-2022-q3' });
  });

  test('the correction column is no printing of the quarter, and nothing differs unexplained', () => {
    expect(compared.some((c) => c.later.fact.includes('.correction'))).toBe(false);
    expect(compared.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });

  test('a figure quoted "As Previously Reported" that is not what was reported is a difference across releases, restatement or not', () => {
    const altered = read(firstColumn(fixture).replace('$ (36,774)', '$ (36,700)'), 'restating-2022-q2', '2022-08-01');
    const differs = seriesComparisons([altered, later]).filter((c) => c.verdict === 'mismatch');
    expect(differs.map((c) => [c.later.fact.split('/').slice(2).join('/'), c.earlier.value, c.later.value])).toEqual([['net-loss/2022-q2.previously-reported', '-36700', '-36774']]);
  });
});

describe('lines a release prints at two figures', () => {
  // As PNC's highlights print several tables titled only "In billions", each with rows of one name:
  // which printing is which line is not established, so neither is compared (no accusation rests on it).
  const meta = (id: string, fiscalPeriod: string, releaseDate: string): ReleaseMeta => ({
    id, title: id, company: 'bank', name: 'Bank', ticker: 'B', exchange: '', fiscalYearEnd: '12-31', fiscalPeriod, releaseDate, currency: 'USD', scale: 9,
  });
  const table = (rows: [string, string, string][]) => `In billions\n\t1Q21\t4Q20\n${rows.map((r) => r.join('\t')).join('\n')}\n`;
  const earlier = parseRelease(`${table([['Total', '$ 10.0', '$ 9.0']])}\n`, meta('bank-2021-q1', '2021-q1', '2021-04-15'), emptyModel, 'a.txt');
  const later = parseRelease(`${table([['Total', '$ 10.0', '$ 9.0']])}\n${table([['Total', '$ 4.0', '$ 3.0']])}\n`, meta('bank-2021-q2', '2021-q2', '2021-07-15'), emptyModel, 'b.txt');

  test('are compared only where they are one line', () => {
    expect(later.facts.filter((f) => f.row === 'total' && f.period === '2021-q1').map((f) => f.value)).toEqual(['10.0', '4.0']);
    expect(seriesComparisons([earlier, later])).toEqual([]);
    // Printed once, the same line is compared.
    const once = parseRelease(`${table([['Total', '$ 10.0', '$ 9.0']])}\n`, meta('bank-2021-q2', '2021-q2', '2021-07-15'), emptyModel, 'c.txt');
    expect(seriesComparisons([earlier, once]).map((c) => c.verdict)).toEqual(['same', 'same']);
  });
});

describe('what a release states about earlier periods', () => {
  test.each([
    ['Q2 FY23 Summary', 'summary'],
    ['Q3 FY23 Summary', 'summary'],
    ['PFIZER INC. - REVENUES FIRST-QUARTER 2022 and 2021 - (UNAUDITED)', 'pfizer inc revenues and unaudited'],
    ['Condensed Consolidated Statements of Income (In millions, except per share data)', 'condensed consolidated statements of income in millions except per share data'],
  ])('%s is the table %s in every release', (title, signature) => {
    expect(tableSignature(title)).toBe(signature);
  });

  test.each([
    // sentence, ratio
    ['All share and per share information throughout this release has been retroactively adjusted to reflect the 20-for-1 stock split effected on May 27, 2022.', '20'], // amzn-2022-q2.txt
    // NVIDIA's first quarter fiscal 2025 release (May 22, 2024) announcing its split, effective June 7, 2024.
    ['NVIDIA announced a ten-for-one forward stock split of NVIDIA’s issued common stock to make stock ownership more accessible to employees and investors.', '10'],
    ['The Board of Directors approved a 1-for-10 reverse stock split of the Company’s common stock.', '0.1'],
    ['Amounts reflect the stock split, effected in the form of a dividend, at a ratio of 3-for-2.', '1.5'],
    ['The three-for-two stock split was effected on June 1.', '1.5'],
    // Real releases on newswires (Newsworthyai/press-release-archive at 9b2f3f3, blob of each file named):
    // "share split", "forward split" with no "stock", "N:M" either way round for one reverse split, a ratio after a
    // par value ("$0.001" is no sentence end), a ratio in shares for shares, a ratio with decimals, and a time after the ratio.
    ['Brera Holdings (NASDAQ: BREA), an Ireland-based international holding company pursuing a multi-club ownership (“MCO”) strategy in global sports, will implement a 1-for-10 reverse share split of its Class A and Class B ordinary shares effective June 26, 2025, to meet Nasdaq’s minimum bid price requirement.', '0.1'], // ibn/2025/0624/…brera…, 15a17a8
    ['Fusion Fuel Green (Nasdaq: HTOO) today announced a 1-for-35 reverse share split of its Class A Ordinary Shares, effective at market open on Monday, July 14, 2025.', '0.0285714'], // ibn/2025/0710/…htoo…, 06501d4
    ['NeuralBase AI Ltd. (OTC: NBBI), operating under its enterprise brand BMP AI and recognized as a fast-growing innovator in enterprise artificial intelligence, today announced that its Board of Directors approved on September 9, 2025, a 5-for-1 forward split of its common stock.', '5'], // newmediawire/2025/0911/neuralbase…, 920ff31
    ['(OTCQB: CRTD) (“Creatd” or the “Company”) today announced that it will implement a 20:1 reverse stock split of its issued and outstanding common stock, effective February 24, 2026, as reflected in the FINRA Daily List.', '0.05'], // prism/2026/0223/None.md, a219a3f
    ['Creatd Completes 1:20 Reverse Stock Split as Part of Uplisting', '0.05'], // its headline, same file
    ['GeoVax Labs, Inc. (Nasdaq: GOVX), a biotechnology company developing immunotherapies and vaccines against cancers and infectious diseases, today announced that the Company\'s Board of Directors has approved a reverse stock split of its issued and outstanding shares of common stock, par value $0.001 per share (the "Common Stock"), at a ratio of 1-for-25.', '0.04'], // newmediawire/2026/0108/None.md, dc14a09
    ['(NYSE American: SBEV) (“Splash” or the “Company”), a portfolio company of leading beverage brands, today announced a reverse stock split of its authorized, issued and outstanding shares of common stock, par value $0.001 per share, at a ratio of one (1) share of common stock for every forty (40) shares of common stock, effective as of 5:00 p.m. (Eastern Time) on March 27, 2025 (the “Effective Date”).', '0.025'], // newmediawire/2025/0317/splash…, 7620133
    ['The Board resolved to set the reverse stock split at the ratio of 1-for-7.7.', '0.12987'], // prism/2026/0327/None.md (Auddia), fe19244
    ['Bollinger Innovations (NASDAQ: BINI), an electric vehicle manufacturer, will implement a 1-for-250 reverse stock split of its common stock effective August 4, 2025, at 12:01 a.m.', '0.004'], // ibn/2025/0731/…bini…, 55f325c
    // An EX-99.1 of 1998 (capedge.com/filing/s3-content/0001047469-98-029465/2): "split" alone, after the ratio, of its common stock.
    ['On July 23, 1998, the Board of Directors approved a three-for-two split of its $.001 par value common stock in the form of a 50 percent distribution to stockholders of record as of July 31, 1998.', '1.5'],
    // A 10-Q's note of 2011 (sec.gov/Archives/edgar/data/915389/000091538911000086/R19.htm), as releases word it too.
    ["On August 5, 2011, the Company's Board of Directors declared a two-for-one split of the Company's common stock.", '2'],
    // No split stated: a range to be set later, a ratio to be set, a time, a split not pursued.
    ['On March 25, 2026, our stockholders approved an amendment to our amended and restated certificate of incorporation to effect a reverse stock split of our issued and outstanding Common Stock at a ratio within a range of 1-for-5 to 1-for-15, with the final ratio and timing to be determined at the discretion of the Board of Directors.', null], // prism/2026/0331/None.md, 403c093
    ['Fusion Fuel Green (Nasdaq: HTOO) will hold its Annual General Meeting on June 25, 2025, in Dublin, with shareholders set to vote on six proposals, including a reverse share split of Class A Ordinary Shares at a ratio between 4-to-1 and 40-to-1.', null], // ibn/2025/0604/…htoo…, db090b3
    ['The reverse stock split will become effective at 12:01 a.m. Eastern Time on Friday, August 1, 2025, and the Company’s common stock will commence trading on the Nasdaq Capital Market on a post-split basis at the opening of the market on August 1, 2025, pending confirmation by the Depository Trust Company and the Nasdaq.', null], // newmediawire/2025/0729/healthcare-triangle…, 7726181 (its ratio is in another sentence)
    ['Importantly, the Company remains committed to not pursuing a reverse stock split of its common stock.', null], // newmediawire/2024/0909/accredited-solutions…, f8b2cdd
  ])('“%s” states a split of ratio %s', (text, ratio) => {
    const release = { ...amazon[0], prose: [{ line: 1, text, kind: 'paragraph' as const }] };
    expect(statementsOf(release).split?.ratio.toSignificantDigits(6).toString() ?? null).toBe(ratio);
  });

  test('a paragraph restating share and per-share amounts for a split is the split, no restatement of other figures', () => {
    // The same EX-99.1 of 1998: its ratio in one sentence, "restated for the effect of the stock split" in the next.
    const text =
      'On July 23, 1998, the Board of Directors approved a three-for-two split of its $.001 par value common stock in the form of a 50 percent distribution to stockholders of record as of July 31, 1998. As a result of the stock split, authorized and outstanding common shares increased 50 percent and capital in excess of par was reduced by the par value of the additional common shares issued. The rights of the holders of these securities were not otherwise modified. All references to number of shares and per share amounts of the Company\'s common stock have been restated for the effect of the stock split.';
    const stated = statementsOf({ ...amazon[0], prose: [{ line: 1, text, kind: 'paragraph' as const }] });
    expect(stated.split?.ratio.toString()).toBe('1.5');
    expect(stated.restated).toEqual([]);
    // Alone, without its ratio, it is still no restatement.
    const alone = statementsOf({ ...amazon[0], prose: [{ line: 1, text: "All references to number of shares and per share amounts of the Company's common stock have been restated for the effect of the stock split.", kind: 'paragraph' as const }] });
    expect(alone.restated).toEqual([]);
  });

  test('a split the earlier release announces, and the later states again, applies between them once', () => {
    // As NVIDIA announced its ten-for-one split in its Q1 FY2025 release, its figures not yet adjusted, and
    // stated it again in the next: the split the earlier release states applies to its own figures.
    const [, q1, q2] = amazon;
    const announced: Release = { ...q1, prose: [...q1.prose, { line: q1.prose.at(-1)!.line + 1, text: 'The Board of Directors approved a 20-for-1 stock split of the Company’s common stock.', kind: 'paragraph' }] };
    const compared = seriesComparisons([announced, q2]).filter((c) => c.earlier.release === 'amzn-2022-q1' && (c.later.unit.endsWith('/share') || c.later.unit === 'shares'));
    expect(compared.filter((c) => c.verdict === 'split-adjusted').length).toBeGreaterThan(0);
    expect(compared.filter((c) => c.verdict === 'mismatch' || c.verdict === 'restated')).toEqual([]);
    // The later release's own statement is shown.
    expect(compared.find((c) => c.verdict === 'split-adjusted')?.statement?.release).toBe('amzn-2022-q2');
  });

  test('a split stated in words is read with its ratio; its "retroactively adjusted" is no restatement', () => {
    const stated = statementsOf(amazon[2]);
    expect(stated.split?.ratio.toString()).toBe('20');
    expect(stated.split?.text).toContain('20-for-1 stock split effected on May 27, 2022');
    expect(stated.restated).toEqual([]);
  });
});

describe('a split no release states', () => {
  // Amazon's releases with every sentence stating its 20-for-1 split removed: the prior periods' per-share
  // figures and share counts are printed again scaled by 20, and nothing the split reader reads says why.
  const withoutSplit = (r: Release): Release => ({ ...r, prose: r.prose.filter((p) => statementsOf({ ...r, prose: [p] }).split === null) });
  const unstated = amazon.map(withoutSplit);
  // NVIDIA's Q1 FY2023 release notes "(A) Reflects a four-for-one stock split on July 19, 2021": left out, so no split is stated.
  const [nvidiaQ1, nvidiaQ2] = nvidia.slice(0, 2).map(withoutSplit);
  const unstatedCompared = seriesComparisons(unstated);
  const scaledUnit = (c: SeriesComparison) => c.later.unit.endsWith('/share') || c.later.unit === 'shares';

  test('with the statement removed, no release states a split', () => {
    expect([...unstated, nvidiaQ1, nvidiaQ2].map((r) => statementsOf(r).split)).toEqual([...unstated, nvidiaQ1, nvidiaQ2].map(() => null));
  });

  test.each([
    // [later release, row, period, earlier printing, later printing] — as printed across the split (../shared/series/README.md)
    ['amzn-2022-q4', 'diluted-earnings-per-share', '2021-q4', '27.75', '1.39'],
    ['amzn-2022-q4', 'diluted-earnings-per-share', '2021-fy', '64.81', '3.24'],
    ['amzn-2023-q1', 'diluted-earnings-per-share', '2022-q1', '-7.56', '-0.38'],
    ['amzn-2022-q4', 'diluted', '2021-q4', '516', '10324'],
  ])('%s prints %s of %s (%s, then %s) as consistent with an unstated 20-for-1 split, no mismatch', (later, row, period, before, after) => {
    const c = find(unstatedCompared, later, row, period);
    expect([c.verdict, c.earlier.value, c.later.value, c.statement]).toEqual(['split-unstated', before, after, undefined]);
    expect(c.reading).toMatch(/^consistent with an unstated 20-for-1 split: every per-share figure and share count of (?:this period|these periods) \(.*\) that amzn-20\d\d-q\d prints otherwise than amzn-20\d\d-q\d differs by the same ratio; the releases state no split$/);
  });

  test('every figure the stated split explains, the unstated reading explains; nothing else changes', () => {
    const key = (c: SeriesComparison) => `${c.earlier.fact} -> ${c.later.fact}`;
    expect(unstatedCompared.filter((c) => c.verdict === 'split-unstated').map(key)).toEqual(amazonCompared.filter((c) => c.verdict === 'split-adjusted').map(key));
    expect(unstatedCompared.filter((c) => c.verdict === 'split-unstated').length).toBe(82);
    expect(unstatedCompared.filter((c) => c.verdict === 'mismatch' && scaledUnit(c))).toEqual([]);
    // The money amounts: Amazon's one unannounced change (depreciation and amortization) is still a difference.
    expect(unstatedCompared.filter((c) => c.verdict === 'mismatch').map((c) => [c.later.release, c.period, c.earlier.value, c.later.value])).toEqual([
      ['amzn-2023-q1', '2022-q1', '8978', '9193'],
      ['amzn-2023-q1', '2022-12m-to-03', '35766', '36088'],
    ]);
  });

  test.each([
    // [what is planted in amzn-2022-q4's printing of a fourth-quarter 2021 line, row, as printed, planted]: off the ratio
    ['diluted EPS altered beyond rounding (27.75 / 20 = 1.3875)', 'diluted-earnings-per-share', '1.39', '1.49'],
    ['diluted EPS at another ratio (27.75 / 10)', 'diluted-earnings-per-share', '1.39', '2.78'],
    ['the diluted share count altered (516 × 20 = 10,320 ± 10)', 'diluted', '10324', '10424'],
  ])('%s across the unstated split is still a mismatch, the others still the split', (_what, row, printed, planted) => {
    const q4 = unstated[4];
    const fact = q4.facts.find((f) => f.row === row && f.period === '2021-q4' && f.value === printed)!;
    const altered: Release = { ...q4, facts: q4.facts.map((f) => (f.row === row && f.period === '2021-q4' && f.value === printed ? { ...f, value: planted, raw: planted } : f)) };
    const compared = seriesComparisons([unstated[0], altered]);
    expect(compared.find((c) => c.later.fact === fact.id)?.verdict).toBe('mismatch');
    expect(compared.filter((c) => c.verdict === 'split-unstated').length).toBeGreaterThan(2);
    expect(compared.filter((c) => c.verdict === 'split-unstated').every((c) => c.reading?.includes('except 1, left a difference across releases'))).toBe(true);
    expect(compared.filter((c) => c.verdict === 'mismatch' && scaledUnit(c)).map((c) => c.later.fact)).toEqual([fact.id]);
  });

  /** NVIDIA's Q2 FY2023 release with its per-share figures and share counts of Q1 printed as after a split of `ratio` (those `pick` chooses). */
  function rescaled(ratio: number, pick: (f: Release['facts'][number], i: number) => boolean = () => true): Release {
    const q2 = nvidiaQ2;
    let i = 0;
    return {
      ...q2,
      facts: q2.facts.map((f) => {
        const scaled = f.period === '2023-q1' && f.value !== null && (f.unit.endsWith('/share') || f.unit === 'shares');
        if (!scaled || !pick(f, i++)) return f;
        const factor = f.unit === 'shares' ? new Decimal(ratio) : new Decimal(1).div(ratio);
        const value = new Decimal(f.value!).times(factor).toFixed(Math.max(0, f.decimals));
        return { ...f, value, raw: value };
      }),
    };
  }

  test.each([
    // [ratio, figures rescaled, verdict of those, reading]
    [1 / 10, 'all', 'split-unstated', /^consistent with an unstated 1-for-10 split/],
    [3 / 2, 'all', 'split-unstated', /^consistent with an unstated 3-for-2 split/],
    [4, 'all', 'split-unstated', /^consistent with an unstated 4-for-1 split/],
    // Ratios no list held: read from the figures themselves (a split's two small whole numbers).
    [1 / 12, 'all', 'split-unstated', /^consistent with an unstated 1-for-12 split/],
    [7 / 4, 'all', 'split-unstated', /^consistent with an unstated 7-for-4 split/],
    [30, 'all', 'split-unstated', /^consistent with an unstated 30-for-1 split/],
    // A 10% stock dividend (11 for 10) is no split of small numbers: its differences stay.
    [11 / 10, 'all', 'mismatch', undefined],
    // Only one figure differing is no evidence of a split.
    [4, 'one', 'mismatch', undefined],
    // A ratio no split has.
    [1.37, 'all', 'mismatch', undefined],
    // Per-share figures alone a hundred times larger, the share counts as printed: cents read as dollars, no split.
    [1 / 100, 'per-share', 'mismatch', undefined],
  ])('NVIDIA’s first quarter printed again at a ratio of %s (%s of its per-share figures and share counts): %s', (ratio, which, verdict, reading) => {
    const later = rescaled(ratio as number, (f, i) => which === 'all' || (which === 'one' && i === 0) || (which === 'per-share' && f.unit.endsWith('/share')));
    const compared = seriesComparisons([nvidiaQ1, later]).filter((c) => c.verdict !== 'same');
    expect(compared.length).toBeGreaterThan(0);
    for (const c of compared) {
      expect(scaledUnit(c), c.later.fact).toBe(true);
      expect([c.later.fact, c.verdict]).toEqual([c.later.fact, verdict]);
      if (reading) expect(c.reading).toMatch(reading as RegExp);
      else expect(c.reading).toBeUndefined();
    }
  });

  test('money amounts rescaled with the shares are no split (a change of scale): still mismatches', () => {
    const later = rescaled(4);
    const changed = { ...later, facts: later.facts.map((f) => (f.period === '2023-q1' && f.unit === 'USD' && f.value !== null && f.decimals === 0 ? { ...f, value: String(Number(f.value) * 4), raw: String(Number(f.value) * 4) } : f)) };
    const compared = seriesComparisons([nvidiaQ1, changed]);
    expect(compared.filter((c) => c.verdict === 'split-unstated')).toEqual([]);
    expect(compared.some((c) => c.verdict === 'mismatch' && scaledUnit(c))).toBe(true);
  });
});

describe('an outlook printed again', () => {
  // Intel's "Full-Year 2026 Approximately" operating expenses in its Q1 and Q2 2026 releases (../shared/unseen-s20, as
  // tieout writes them): $22.7 billion in April, $23.0 billion in July, the year not yet ended at either.
  const meta = (id: string, fiscalPeriod: string, releaseDate: string): ReleaseMeta => ({
    id, title: id, company: 'intc', name: 'Intel Corporation', ticker: 'INTC', exchange: 'Nasdaq', fiscalYearEnd: '12-26', fiscalPeriod, releaseDate, currency: 'USD', scale: 9,
  });
  const excerpt = (quarter: string) => readFileSync(resolve(import.meta.dirname, '..', '..', 'fixtures', 'series', `intc-2026-${quarter}-outlook.txt`), 'utf8');
  const read = (quarter: string, date: string) => parseRelease(`Results\n${excerpt(quarter)}\n`, meta(`intc-2026-${quarter}`, `2026-${quarter}`, date), emptyModel, `${quarter}.txt`);

  test('a figure of a period not yet ended when its release was published is no printing of history: not compared', () => {
    const [q1, q2] = [read('q1', '2026-04-23'), read('q2', '2026-07-23')];
    expect(q1.facts.filter((f) => f.row === 'gaap-operating-expenses').map((f) => [f.period, f.value])).toEqual([['2026-fy', '22.7']]);
    expect(seriesComparisons([q1, q2])).toEqual([]);
  });

  test('the same figures of a year ended before both releases are history: the difference is one across releases', () => {
    const [q1, q2] = [read('q1', '2027-01-29'), read('q2', '2027-04-23')];
    expect(seriesComparisons([q1, q2]).filter((c) => c.verdict === 'mismatch').map((c) => c.later.fact.split('/').slice(2).join('/'))).toEqual([
      'gaap-operating-expenses/2026-fy',
      'restructuring-and-other-charges/2026-fy',
    ]);
    // (2.0) and (2.1) billion meet at 2.05: within the rounding of both.
  });
});
