/**
 * Metadata drafted from excerpts of real wire and EDGAR releases (test/fixtures/import/meta/,
 * cut from ../shared/corpus/: the front matter, headline, dateline and a table), each value
 * checked by hand against the source: the strongest evidence first (the headline and dateline
 * before the prose, the tables' unit statements before "$" signs), and what the release does
 * not print drafted and said rather than asked for.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeSource, importRelease } from '../../../src/lib/import/index.ts';

const DIR = 'test/fixtures/import/meta';

function draft(file: string) {
  const { text } = decodeSource(readFileSync(join(DIR, file)));
  const result = importRelease({ text, file, kind: 'text' }, { id: file.replace(/\.\w+$/, '') });
  const value = (key: string) => result.meta[key]?.value;
  const assumed = Object.entries(result.meta).filter(([, f]) => f!.assumed).map(([k]) => k).sort();
  return { result, value, assumed };
}

type Row = [file: string, expected: Record<string, string>, assumed: string[], why: string];

const CASES: Row[] = [
  ['tap-2024-q4.md', { fiscal_period: '2024-q4', release_date: '2025-02-13', name: 'Molson Coors Beverage Company' }, ['fiscal_year_end', 'name', 'scale'], 'the headline\'s "2024 Fourth Quarter", not the prose\'s "fourth quarter of 2022"'],
  ['psk-2024-q4.md', { fiscal_period: '2024-q4', release_date: '2025-02-10', currency: 'CAD', scale: 'millions', name: 'PrairieSky Royalty Ltd.', ticker: '' }, [], 'the headline\'s "Fourth Quarter and Year-End Results for 2024"; "All dollar amounts are stated in Canadian dollars" before the tables\' "$"'],
  ['gra-fy2025-q2.md', { fiscal_period: '2025-q2', fiscal_year_end: '06-30', release_date: '2025-02-11', currency: 'CAD', ticker: 'GRA' }, ['scale'], '"Q2-2025"; the quarter\'s end, December 31, 2024, from "three-month and six-month periods ended"'],
  ['cmg-fy2025-q3.md', { fiscal_period: '2025-q3', fiscal_year_end: '03-31', currency: 'CAD', scale: 'thousands', name: 'Computer Modelling Group Ltd.' }, [], 'a table\'s "(thousands of Canadian $ except per share amounts)"'],
  ['duni-2024-q4.md', { fiscal_period: '2024-fy', currency: 'SEK', scale: 'millions', release_date: '2025-02-11', name: '' }, ['fiscal_year_end', 'release_date'], 'the headline\'s "Year-End Report January 1 - December 31, 2024"; the table\'s corner "SEK m"; no dateline: the saved copy\'s date, to confirm'],
  ['fmbs-2024-fy.md', { fiscal_period: '2024-fy', release_date: '2025-02-10', name: 'Farmers and Merchants Bancshares, Inc.' }, ['scale'], 'the headline\'s "for the Year Ended December 31, 2024"'],
  ['lr-2024-fy.md', { fiscal_period: '2024-fy', currency: 'EUR', scale: 'millions', name: 'Legrand', ticker: 'LR', exchange: 'Euronext Paris', release_date: '2025-02-13' }, ['fiscal_year_end', 'release_date'], '"2024 Full-year Results"; "In € millions"; Business Wire\'s "(Paris:LR)"; no dateline: the day after Business Wire\'s address (filed in New York the evening before a morning release in Paris), which the saved copy\'s date confirms, to confirm'],
  // Unseen wire set s8 (../shared/unseen-wire-s8/brain-2024-q4.md, its front matter, headline, table and first paragraph):
  // no currency mark in the tables; their last row says "All numbers are kSEK", the code with its scale's letter.
  ['brain-2024-q4.md', { fiscal_period: '2024-q4', currency: 'SEK', scale: 'thousands', release_date: '2025-02-11', name: 'BrainCool AB' }, ['fiscal_year_end', 'release_date'], 'the table\'s last row "All numbers are kSEK": SEK, in thousands (the import failed: "cannot infer currency"); the name signing the report, "BrainCool AB (publ) - Year End Report 2024"'],
  // Unseen wire set s8 (../shared/unseen-wire-s8/hkfoods-2024-q4.md, its first 82 lines): no listing, no dateline; the company
  // signs the report "HKFoods Plc, Financial Statements Bulletin 14 February 2025", whose name the prose then puts before its
  // line items ("HKFoods’ net sales"). Before, the name was left empty.
  ['hkfoods-2024-q4.md', { fiscal_period: '2024-q4', currency: 'EUR', scale: 'millions', name: 'HKFoods Plc' }, ['fiscal_period', 'fiscal_year_end', 'fiscal_year_named_by', 'release_date'], 'the name opening the report "HKFoods Plc, Financial Statements Bulletin"'],
  ['kmp-2024-q4.md', { fiscal_period: '2024-q4', release_date: '2025-02-12', currency: 'CAD', scale: 'thousands' }, ['name'], 'the tables print "$" only, and the one dollar the release names is "C$" (the flash line "4Q Net C$363.4M"): the "$" is the Canadian dollar'],
  // Precision Drilling's wire copy, 4Q24 (../shared/corpus-extra/pd-2024-q4.md: front matter, dateline, first table): the
  // dateline runs into "This news release contains …", which was drafted as the name "This".
  ['pd-2024-q4.md', { fiscal_period: '2024-q4', release_date: '2025-02-12', currency: 'CAD', scale: 'thousands', name: 'Precision Drilling' }, ['name'], 'no name after the dateline ("— This news release …"): the headline\'s subject, to confirm'],
  ['adpt-2024-q4.md', { fiscal_period: '2024-q4', release_date: '2025-02-11', name: 'Adaptive Biotechnologies Corporation', ticker: '', exchange: '', company: 'adpt', scale: 'thousands' }, [], 'no listing in the wire copy: the name after the dateline, the company folder from the id'],
  ['pega-2024-q4.md', { fiscal_period: '2024-q4', release_date: '2025-02-12', ticker: 'PEGA', name: 'Pegasystems Inc.', scale: 'thousands' }, ['release_date'], 'no dateline: the day of Business Wire\'s address "news/home/20250212298048", to confirm'],
  // Citizens' exhibit 99.1, 4Q21 (../shared/corpus-pending/cfg-2021-q4.htm): its headline, first table and conference-call lines.
  ['cfg-2021-q4.txt', { fiscal_period: '2021-q4', release_date: '2022-01-19', name: 'Citizens Financial Group, Inc.', scale: 'millions' }, ['fiscal_year_end', 'name', 'release_date'], 'no dateline, masthead or page date: the call is held "today" and its replay begins "on January 19, 2022", to confirm'],
  // Its years are named by their end, established (no longer assumed) since the quarter's own end is read beside the
  // "year ended June 30, 2005" date: the fourth quarter of fiscal 2005 ended June 30, 2005.
  ['psem-fy2005-q4.txt', { fiscal_period: '2005-q4', fiscal_year_end: '06-30', fiscal_year_named_by: 'end', release_date: '2005-08-09', scale: 'thousands' }, [], 'the headline\'s fiscal fourth quarter with its one year, "FISCAL 2005"; the dateline "Aug. 9" prints no year: the first after June 30, 2005'],
  // Unseen wire set s9 (../shared/unseen-wire-s9): currencies with no mark of their own, which stopped the import ("cannot infer currency").
  // LPI Capital's Dow Jones summary table, whole: "Figures Are In Ringgit (MYR)." over the table and the flash line "4Q Net MYR73.9M".
  ['lpi-2024-q4.md', { fiscal_period: '2024-q4', currency: 'MYR' }, ['fiscal_year_end', 'release_date', 'scale'], 'the line "Figures Are In Ringgit (MYR)." states the currency in words; no year end, date or unit printed'],
  // D'nonce Technology's, whole: the statement line alone names the currency (no flash line).
  ['dnonce-fy2025-q3.md', { currency: 'MYR' }, ['fiscal_year_end', 'release_date', 'scale'], '"Figures Are In Ringgit (MYR)." alone'],
  // Cresud's 2Q FY2025 (DJN_DN202502100125290 lines 1-40 and its first table): "ARS 64,391 million" in the prose, no mark in the table.
  ['cresy-fy2025-q2.md', { fiscal_period: '2025-q2', fiscal_year_end: '06-30', release_date: '2025-02-10', currency: 'ARS' }, ['scale'], 'the code printed with the prose\'s figures ("ARS 64,391 million"); the year end from "second quarter of FY 2025 ended December 31, 2024"'],
  // AZZ's exhibit 99.1 of April 2020 (../shared/unseen-edgar-s12/azz-fy2020-q4.htm, unseen set s12: its headline, dateline,
  // the paragraph naming "the third quarter of FY2021" and its statement of income). Before: fiscal_period 2021-q3 from that
  // prose, fiscal_year_end "02-29".
  // Core Natural Resources' 2Q26 newsroom page printed to text (../shared/unseen-s31/cnr-2026-q2.txt, its first 100 lines):
  // the listing follows "Today, Core Natural Resources, Inc."; the name was drafted with the adverb.
  ['cnr-2026-q2.txt', { fiscal_period: '2026-q2', release_date: '2026-08-06', name: 'Core Natural Resources, Inc.', ticker: 'CNR', exchange: 'NYSE' }, ['fiscal_year_end', 'scale'], 'the name before the listing, less the sentence\'s opening "Today,"'],
  ['azz-fy2020-q4.txt', { fiscal_period: '2020-fy', fiscal_year_end: '02-28', release_date: '2020-04-29', name: 'AZZ Inc.' }, [], 'the headline\'s "Results for Fiscal Year 2020" over a prose quarter of the next year; "year ended February 29, 2020" is February\'s last day, "02-28" in every year'],
];

describe('metadata drafted from real releases (excerpts), checked by hand', () => {
  test.each(CASES)('%s: %j (assumed: %j) — %s', (file, expected, assumed) => {
    const d = draft(file);
    expect(d.result.missing).toEqual([]);
    for (const [key, value] of Object.entries(expected)) expect(d.value(key), key).toBe(value);
    expect(d.assumed).toEqual(assumed);
    for (const key of assumed) expect(d.result.metaYaml).toMatch(new RegExp(`^${key}: .*# assumed`, 'm'));
  });
});

/**
 * The default scale of a release none of whose tables of money states one. First Quantum's 4Q24 (excerpt of
 * ../shared/corpus/fm-2024-q4.md: its front matter, first paragraphs, highlights and production guidance) states
 * "000’s" only in the corner of a table of tonnes and ounces, and writes its highlights' 405 and 455 in the prose as
 * "$405 million" and "$455 million". Each row edits the excerpt as given.
 */
describe('the default scale: a table of quantities states none for money; the prose writes the tables\' figures in one', () => {
  const source = readFileSync(join(DIR, 'fm-2024-q4.md'), 'utf8');
  const drafted = (text: string) => importRelease({ text, file: 'fm-2024-q4.md', kind: 'text' }, { id: 'fm-2024-q4' }).meta.scale!;
  const withoutProseAmounts = source.split('\n').filter((l) => !/\$\d[\d,.]*\s*million/.test(l)).join('\n');
  test.each([
    ['as published: millions, from the prose', source, 'millions', false, /"\$405 million" is the tables' 405/],
    ['no amount in the prose: units, assumed (the tonnes\' "000’s" is not the money\'s)', withoutProseAmounts, 'units', true, /assumed/],
    ['the corner names money: thousands, from it', withoutProseAmounts.replace('| 000’s |', '| (US$ 000’s) |'), 'thousands', false, /1 of \d+ tables state thousands/],
    ['a corner stating the tonnes\' scale with them: not the money\'s', withoutProseAmounts.replace('| 000’s |', '| (000’s tonnes) |'), 'units', true, /assumed/],
  ] as const)('%s', (_, text, scale, assumed, from) => {
    const found = drafted(text);
    expect(found.value).toBe(scale);
    expect(Boolean(found.assumed)).toBe(assumed);
    expect(found.from).toMatch(from);
  });
});

/** The corpus itself, where it is present: every file imports with only --id, nothing asked for (reading its tables is measured elsewhere). */
const CORPUS = '../shared/corpus';
describe.skipIf(!existsSync(CORPUS))('the corpus of real releases (../shared/corpus/)', () => {
  const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => /\.(md|txt|htm)$/.test(f) && f !== 'README.md') : [];
  test.each(files)('%s imports with only --id: nothing asked for', (file) => {
    const { text } = decodeSource(readFileSync(join(CORPUS, file)));
    const kind = file.endsWith('.htm') ? 'html' : 'text';
    const result = importRelease({ text, file, kind }, { id: file.replace(/\.\w+$/, '') });
    expect(result.missing.map((m) => m.message)).toEqual([]);
    expect(result.metaYaml).not.toBeNull();
  });
});
