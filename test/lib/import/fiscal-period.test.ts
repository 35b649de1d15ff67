// A period the release's text names is its own only if it does not end before the year that the spans it states
// ("Three Months Ended 31 March 2022") end in: FosRich's reports (Jamaica, Markdown converted from PDF; excerpts in
// test/fixtures/import/jse/, sources named in its README) recount that "In the first quarter of 2020, the World
// Health Organization declared … a pandemic", which the import drafted as their period, 2020-q1, so that the columns
// of their own quarter were read with no period and nothing they print was compared with a later report.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';

const period = (text: string, file: string) => {
  const result = importRelease({ text, file, kind: 'text' }, { releaseDate: '2023-01-01' });
  return result.meta.fiscal_period?.value;
};
const fixture = (name: string) => readFileSync(`test/fixtures/import/jse/${name}`, 'utf8');
const TABLE = ['', '(In millions)', '\tThree Months Ended March 31, 2022\tThree Months Ended March 31, 2021', 'Revenue\t$ 5\t$ 4'];
const text = (...prose: string[]) => `${[...prose, ...TABLE].join('\n')}\n`;

describe('a period the text recounts, ended a year and more before the spans it reports, is not its own', () => {
  test.each([
    // file, text, period drafted (2020-q1 before, from "In the first quarter of 2020, …")
    ['fosrich-2022-q1.md', fixture('fosrich-2022-q1-period.md'), '2022-q1'],
    ['fosrich-2022-q3.md', fixture('fosrich-2022-q3-period.md'), '2022-q3'],
    // The same sentence under a headline naming the release's quarter: the headline's.
    ['release.txt', text('Acme Reports First Quarter 2022 Results', 'Results for the three months ended March 31, 2022.', 'In the first quarter of 2020, the World Health Organization declared a pandemic.'), '2022-q1'],
  ])('%s → %s', (file, source, expected) => {
    expect(period(source, file)).toBe(expected);
  });

  test.each([
    // A span ending within the year after the quarter named (here an outlook's) leaves it the release's.
    ['Acme Reports Fourth Quarter 2021 Results, and an outlook for the three months ending March 31, 2022', '2021-q4'],
    // No span stated: a quarter named is read as before, whatever the tables' headings date.
    ['Internap Reports Second Quarter 2010 Financial Results', '2010-q2'],
    // The span is the quarter itself: its own quarter named with it stays.
    ['Acme today reported results for the first quarter of 2022, the three months ended March 31, 2022.', '2022-q1'],
  ])('%s → %s', (line, expected) => {
    expect(period(text(line), 'release.txt')).toBe(expected);
  });
});

// A release reports the latest quarter it closes: ACC's Q1 FY2025 results (unseen set s21, ../shared/unseen-s21/acc-fy2025-q1.md,
// a results PDF converted to Markdown) head its notes "Unaudited Standalone Financial Results for the quarter ended June
// 30, 2024" and then recount what it did "During the quarter and year ended March 31, 2024", drafted as its period
// (2024-q4) before. The quarter dated later, within the next three, is its own, numbered on from the year's quarter 4.
describe('a quarter dated by its end after the dated quarter of a year read first is the release\'s own', () => {
  const ACC_HEADING = '# Unaudited Standalone Financial Results for the quarter ended June 30, 2024:';
  const ACC_NOTE = '3. During the quarter and year ended March 31, 2024, the Company had re-assessed its tax provision in respect of certain tax credits on income assessed of earlier years.';
  const accText = (...prose: string[]) => `${['ACC Limited', '', ...prose].join('\n\n')}\n`;
  test.each([
    // text, period drafted
    [accText(ACC_HEADING, ACC_NOTE), '2025-q1'],
    // The later quarter looked ahead to is not the release's.
    [accText('# Results for the quarter and year ended March 31, 2024', 'We expect results for the quarter ended June 30, 2024 to improve.'), '2024-q4'],
    // Nor one a year and more later (no quarter of the next three).
    [accText('# Results for the quarter and year ended March 31, 2024', 'Figures for the quarter ended June 30, 2025 are restated.'), '2024-q4'],
    // With no later quarter, the year's quarter 4 stays the period.
    [accText(ACC_NOTE), '2024-q4'],
  ])('%#: %s → %s', (source, expected) => {
    const result = importRelease({ text: source, file: 'acc.md', kind: 'text' }, { releaseDate: '2024-07-29' });
    expect(result.meta.fiscal_period?.value).toBe(expected);
  });
});

// A quarter named with its year that ends a year before the span the release states it closed is the one it compares
// itself with, however the sentence words it: Dolphin Cove's report for the six months ended June 30, 2023 (unseen set
// s16, excerpt test/fixtures/import/jse/dcove-2023-q2-period.md) says its profit was "20% greater than Q2 2022" and
// its working capital "an 47% surge from Q2 2022", drafted as its period (2022-q2) before; its tables date its quarter.
describe('a quarter a year before the span the release closed is its comparison', () => {
  const SPAN = 'Acme Limited\n\nReport to Stockholders\nSix months ended June 30, 2023\n\n';
  const TABLE_Q = ['', '<table>', '<tr><th></th><th>3 Months Ended June 30, 2023</th><th>3 Months Ended June 30, 2022</th></tr>', '<tr><td>Revenue</td><td>5</td><td>4</td></tr>', '</table>'].join('\n');
  test.each([
    // file, text, period drafted
    ['dcove-2023-q2.md', fixture('dcove-2023-q2-period.md'), '2023-q2'],
    ['release.md', `${SPAN}Profit was US$1.2 million in Q2, 20% greater than Q2 2022.\n${TABLE_Q}\n`, '2023-q2'],
    // A half named a year before is the comparison too.
    ['release.md', `${SPAN}Revenue rose from H1 2022.\n${TABLE_Q}\n`, '2023-q2'],
    // The quarter of the span's own year stays the release's.
    ['release.md', `${SPAN}Profit in Q2 2023 was 20% greater than Q2 2022.\n${TABLE_Q}\n`, '2023-q2'],
    // A quarter ending in another month than the span is no same period a year before: read as before.
    ['release.md', `${SPAN}Profit in Q1 2022 was restated.\n${TABLE_Q}\n`, '2022-q1'],
    // A span looked ahead to ("ending") dates no comparison.
    ['release.md', `Acme Limited\n\nOutlook for the six months ending June 30, 2023\n\nProfit in Q2 2022 was US$1.2 million.\n${TABLE_Q}\n`, '2022-q2'],
  ])('%s: %#', (file, source, expected) => {
    expect(period(source, file)).toBe(expected);
  });
});

// The year in a headline is the fiscal year's name only where it is no period's end: Image Plus Consultants' report
// (unseen set s16, excerpt test/fixtures/import/jse/imageplus-2023-q3-period.md) is headed "Third Quarter and Nine
// Months period ended November 30, 2022" in a fiscal year ending on February 28: the quarter of fiscal 2023, drafted
// 2022-q3 (and fiscal years named by their start) before. And an ordinal restated in figures names the quarter as the
// ordinal does: FESCO's "For the Third (3rd) Quarter ended December 31, 2022" (excerpt fesco-2023-q3-period.md) was
// passed over for "relative to Q2 2021" in its commentary, drafted 2021-q2 before.
describe('a quarter named beside the date it ended is of the fiscal year that date falls in', () => {
  test.each([
    // file, text, period drafted
    ['imageplus-2023-q3.md', fixture('imageplus-2023-q3-period.md'), '2023-q3'],
    ['fesco-2023-q3.md', fixture('fesco-2023-q3-period.md'), '2023-q3'],
    ['release.txt', text('Acme Limited Third Quarter and Nine Months period ended November 30, 2022'), '2023-q3'],
    ['release.txt', text('Acme Limited Second (2nd) Quarter ended June 30, 2022'), '2022-q2'],
    // A date that ends no period is no quarter's end: the year stays the fiscal year's name.
    ['release.txt', text('Acme Reports Third Quarter Results; Dividend Payable December 15, 2022'), '2022-q3'],
  ])('%s: %#', (file, source, expected) => {
    expect(period(source, file)).toBe(expected);
  });
});

// Ferguson's Q4 fiscal 2024 release (unseen set s31, ferg-fy2024-q4.txt line 94): its headline names no year ("Ferguson
// Reports Fourth Quarter and Year End Results"), its text labels each comparative in parentheses, "$2.23 (Q4 2023:
// $2.85)". The comparative was drafted as the release's period, and fiscal years as named by their start.
describe('a period labelling a comparative in parentheses is not the release\'s own', () => {
  const QUARTERS = ['', '(In millions)', '\tQ4 2024\tQ3 2024\tQ4 2023', 'Revenue\t$ 5\t$ 4\t$ 4'];
  const quarterly = (...prose: string[]) => `${[...prose, ...QUARTERS].join('\n')}\n`;
  test.each([
    ['Reported diluted earnings per share was $2.23 (Q4 2023: $2.85), a decrease of 21.8%.', '2024-q4'],
    ['Reported diluted earnings per share was $8.53 (FY2023: $9.12), a decrease of 6.5%.', '2024-q4'],
    // Named in the text's own words, not as a label of a figure, a period is read as before.
    ['Results for Q4 2024 were in line with our expectations.', '2024-q4'],
  ])('%s → %s', (line, expected) => {
    // Ferguson names its quarter further on, heading its organic revenue ("Q4 2024   Q3 2024 … Q4 2023", line 323).
    const later = 'Organic revenue grew in Q4 2024 in each of our segments.';
    const result = importRelease({ text: quarterly('Acme Reports Fourth Quarter and Year End Results', `September 17, 2024, Newport News, VA-- ${line}`, later), file: 'release.txt', kind: 'text' }, {});
    expect(result.meta.fiscal_period?.value).toBe(expected);
  });
});
