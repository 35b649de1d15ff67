import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';

/** A minimal release text: the given prose lines, then one table (title block, header, a row). */
function release(prose: string[], table = ['(In millions)', '\tThree Months Ended September 30, 2023', 'Revenue\t$ 5']): string {
  return `${[...prose, '', ...table].join('\n')}\n`;
}
function meta(text: string, options = {}) {
  const result = importRelease({ text, file: 'release.txt', kind: 'text' }, options);
  return { values: Object.fromEntries(Object.entries(result.meta).map(([k, v]) => [k, v!.value])), result };
}
const LISTED = 'Acme Corporation (NASDAQ: ACME) today reported results.';

describe('the fiscal period, from what the release names', () => {
  const cases: [string, string][] = [
    ['NVIDIA Announces Financial Results for Third Quarter Fiscal 2023', '2023-q3'],
    ['NVIDIA Announces Financial Results for Fourth Quarter and Fiscal 2023', '2023-q4'],
    ['Internap Reports Second Quarter 2010 Financial Results', '2010-q2'],
    ['Acme today announced financial results for the second quarter of 2010.', '2010-q2'],
    ['Acme Reports Q2 FY25 Results', '2025-q2'],
    ['Acme Reports Q4 FY2025 Results', '2025-q4'],
    ['Acme Reports Q3 2022 Results', '2022-q3'],
    ['Acme reports 2Q 2010 results', '2010-q2'],
    ['Acme reports fiscal 2025 second quarter results', '2025-q2'],
    ['Acme Reports Fourth Quarter and Full Year 2022 Results', '2022-q4'],
    ['LUNDIN GOLD REPORTS FOURTH QUARTER AND FULL YEAR 2024 RESULTS', '2024-q4'],
    ['The Walt Disney Company Reports Fourth Quarter and Full Year Earnings for Fiscal 2025', '2025-q4'],
    ['Acme Reports Q4 and Full-Year 2025 Results', '2025-q4'],
    ['Acme Reports Fiscal 2023 Results', '2023-fy'],
    ['Acme Reports First Half 2019 Results', '2019-h1'],
    ['Acme H1 2019 results', '2019-h1'],
    // Only the end date: the fiscal year is the one that ends after the remaining quarters.
    ['Acme today reported revenue for the third quarter ended October 30, 2022, of $5.93 billion.', '2023-q3'],
    ['Acme today reported revenue for the second quarter ended June 30, 2023.', '2023-q2'],
    // The period named first in a line is the release's; the prior year's comes after it.
    ['Acme reported net sales for the third quarter ended September 30, 1999, up from net sales for the third quarter of 1998.', '1999-q3'],
    // The release's quarter with no year, then the same quarter a year before (Southern Company, January 2005).
    ['ATLANTA - Southern Company today reported fourth quarter earnings of $204.5 million, or 27 cents a share, compared with $125.0 million, or 17 cents a share, in the fourth quarter of 2003.', '2004-q4'],
    ['Acme reported second quarter revenue of $10 million, up from $8 million in the second quarter of 2009.', '2010-q2'],
    ['Acme reported third quarter net income of $3 million versus $2 million for the third quarter of fiscal 2022.', '2023-q3'],
    // The quarter that ends the year, printed with the year's end date (Choice Properties, Q4 2024: read as the year alone).
    ['Choice Properties Real Estate Investment Trust Reports Results for the Quarter and Year Ended December 31, 2024, and Announces Distribution Increase', '2024-q4'],
    ['Acme Reports Results for the Three and Twelve Months Ended December 31, 2024', '2024-q4'],
    ['Acme Reports Results for the Three and Six Months Ended June 30, 2024', '2024-q2'],
    // Only the end date of a quarter of a year ending in March: its fiscal year is the one that ends after it.
    ['Acme today reported results for the three and six months ended September 30, 2024.', '2025-q2'],
    // The year alone is still the year.
    ['Acme Reports Results for the Year Ended December 31, 2024', '2024-fy'],
    // A year printed with the release's own quarter wins over the comparison.
    ['Acme reported revenue of $10 million for the fourth quarter of 2004, compared with $9 million in the fourth quarter of 2003.', '2004-q4'],
    // The release's quarter with no year, a sentence before the same quarter a year earlier named after "compared to"
    // (Caribbean Assurance Brokers' nine months to 30 September 2023, under "Review of 3rd Quarter"; drafted 2022-q3 before).
    ['Review of 3rd Quarter The penultimate quarter of the financial year generated Revenue in the amount of $172 million, down from $222 million when compared to the prior year comparative period. Other Operating Income increased by approximately $15.9 million when compared to the third quarter of 2022.', '2023-q3'],
    // The same quarter named a year apart in one paragraph, the earlier first: the later is the release's, the earlier the
    // one it is compared with (Berger Paints Jamaica's Q1 2023 report, ../shared/unseen-md-s16/bpjl-2023-q1.md line 45;
    // drafted 2022-q1 before). Not a later quarter looked ahead to.
    ['Berger Paints Jamaica Limited (BPJL) recorded revenues of JA$718M which was on par with the JA$719M in Q1 2022. However, as reported during financial year 2022, higher costs of raw material and supply chain costs continue to negatively impact cost of goods and gross profit margins in 2023. Cost of Goods Sold (COGS) in Q1 2023 was JA$407M or 3% more than the JA397M recorded in Q1 2022.', '2023-q1'],
    ['Acme recorded revenues of $718M, on par with the $719M in Q1 2022. We expect to open the new plant in Q1 2023.', '2022-q1'],
    ['Acme recorded revenues of $718M in Q1 2022. The plant is due to be commissioned in Q1 2023.', '2022-q1'],
    // A year printed as the two its fiscal year spans is named by the later (JBG's Q3 2022/23 report, unseen s16
    // jbg-2023-q3.md, read as 2021-q3 before; Larsen & Toubro's Q1 FY25, unseen s21 lt-fy2025-q1.md, read as 2024-q1).
    ['YEAR TO DATE NET PROFIT (UNAUDITED) J$3.4B J$2.1B Q3 2021/22 Q3 2022/23', '2023-q3'],
    ['“We have achieved steady growth across all financial parameters in Q1 FY 2024-25, despite the geopolitical situation across the globe.', '2025-q1'],
    ['Acme reported revenue of $10 million in Q1 2022-2023.', '2023-q1'],
    // Two years not in a row are no split year.
    ['Acme reported revenue of $10 million in Q1 2022/24.', '2022-q1'],
  ];
  test.each(cases)('%s → %s', (line, period) => {
    expect(meta(release([line, LISTED])).values.fiscal_period).toBe(period);
  });

  test('the headline comes first: a later outlook quarter does not win', () => {
    expect(meta(release(['Acme Reports Third Quarter Fiscal 2023 Results', LISTED, 'Outlook for the fourth quarter of fiscal 2023 is as follows.'])).values.fiscal_period).toBe('2023-q3');
  });
});

describe('the fiscal year end', () => {
  const cases: [string, string[], string[] | undefined, string][] = [
    ['printed: "fiscal year ended January 29, 2023"', ['Acme Reports Fourth Quarter and Fiscal 2023 Results', LISTED, 'Revenue for the fiscal year ended January 29, 2023 was $27.0 billion.'], undefined, '01-29'],
    ['inferred from a quarter ending mid-month (52/53-week year)', ['Acme Reports Third Quarter Fiscal 2023 Results', 'Acme (NASDAQ: ACME) reported revenue for the third quarter ended October 30, 2022.'], undefined, '01-29'],
    ['inferred from a quarter ending on a month end', ['Acme Reports Second Quarter 2010 Financial Results', LISTED], ['(In thousands)', '\tThree Months Ended June 30, 2010', 'Revenue\t$ 5'], '12-31'],
    // Micron: the balance sheet prints the quarter's end, the quarter before's and the last year end; the year end is the
    // date three quarters before a third quarter's end, not the latest earlier one (drafted "02-26" before).
    ['a balance sheet beside the quarter before: the date as many quarters back as the quarter\'s number', ['MICRON TECHNOLOGY, INC. REPORTS RESULTS FOR THE THIRD QUARTER OF FISCAL 2026', LISTED], ['(In millions)', '\tMay 28, 2026\tFebruary 26, 2026\tAugust 28, 2025', 'Cash and equivalents\t$24,995\t$13,908\t$9,642'], '08-28'],
    ['a retailer: third quarter of fiscal 2024 ended November 2, 2024', ['THE BUCKLE, INC. REPORTS THIRD QUARTER NET INCOME', 'The Buckle, Inc. (NYSE: BKE) announced today that net income for the fiscal quarter ended November 2, 2024 was $44.2 million.', 'Net income for the third quarter of fiscal 2024 was $44.2 million.'], undefined, '02-01'],
  ];
  test.each(cases)('%s', (_, prose, table, end) => {
    expect(meta(release(prose, table)).values.fiscal_year_end).toBe(end);
  });

  // CAC 2000's second quarter (../shared/unseen-md-s16/cac-2022-q2.md lines 15-17, 331-339): no quarter's end printed as a
  // date ("Three Months to APR-22"), but the year to date's: six months from the fiscal year's start end on a second
  // quarter's end, so the year ends in October (drafted "12-31", assumed, before). Nine months end a third quarter's.
  test.each([
    ['six months ended, a second quarter', ['CAC 2000 LIMITED', 'UNAUDITED STATEMENT OF FINANCIAL POSITION', 'SIX MONTHS ENDED APRIL 30, 2022'], '2022-q2', '10-31'],
    ['"six month ending", a second quarter', ['CAC 2000 LIMITED', 'UNAUDITED STATEMENT OF CASH FLOWS', 'SIX MONTH ENDING APRIL 30, 2022'], '2022-q2', '10-31'],
    ['half-year ended, a first half', ['Acme plc interim results for the half-year ended 31 December 2019'], '2020-h1', '06-30'],
    ['nine months ended, a third quarter', ['Acme Limited: results for the nine months ended June 30, 2022'], '2022-q3', '09-30'],
    // A year to date of another length than the quarter's says nothing of its end.
    ['six months ended, a third quarter', ['Acme Limited: results for the six months ended April 30, 2022'], '2022-q3', '12-31'],
  ])('the year to date: %s', (_, prose, fiscalPeriod, end) => {
    expect(meta(release(prose, ['\tUnaudited Apr 2022\tAudited Oct 2021', 'Revenue\t$ 5\t$ 6']), { fiscalPeriod }).values.fiscal_year_end).toBe(end);
  });
});

describe('how fiscal years are numbered, from a fiscal year printed beside a date in it', () => {
  const cases: [string, string[], string[] | undefined, string | undefined][] = [
    ['NVIDIA: fiscal 2023’s third quarter ended October 30, 2022 → named by the year it ends in', ['Acme Reports Third Quarter Fiscal 2023 Results', 'Acme (NASDAQ: ACME) reported revenue for the third quarter ended October 30, 2022.'], undefined, 'end'],
    ['The Buckle: fiscal 2024’s third quarter ended November 2, 2024 → named by the year it starts in', ['THE BUCKLE, INC. REPORTS THIRD QUARTER NET INCOME', 'The Buckle, Inc. (NYSE: BKE) announced today that net income for the fiscal quarter ended November 2, 2024 was $44.2 million.', 'Net income for the third quarter of fiscal 2024 was $44.2 million.'], undefined, 'start'],
    ['a calendar year: December year ends are named alike either way', ['Acme Reports Second Quarter 2010 Financial Results', LISTED], ['(In thousands)', '\tThree Months Ended June 30, 2010', 'Revenue\t$ 5'], 'end'],
    ['a quarter named only by its end date is named by the year its fiscal year ends in', ['Acme reported revenue for the third quarter ended October 30, 2022.', LISTED], undefined, 'end'],
    // Ulta Beauty's Q2 FY23 (unseen-s27): "fiscal year ended January 28, 2023" is the last 10-K's, fiscal 2022; the quarter of
    // fiscal 2023 the headline names ended July 29, 2023 (its tables' "13 Weeks Ended"), so fiscal 2023 ends in 2024. The
    // year-end date alone, beside "Fiscal 2023", read it as named by its end.
    [
      'Ulta: a year-end date of the last annual report beside the quarter’s own end → named by the year it starts in',
      ['Ulta Beauty Announces Second Quarter', 'Fiscal 2023 Results', 'Ulta Beauty, Inc. (NASDAQ: ULTA) today announced results.', 'See its Annual Report on Form 10-K for the fiscal year ended January 28, 2023.'],
      ['(In thousands)', '\t13 Weeks Ended July 29, 2023\t13 Weeks Ended July 30, 2022', 'Net sales\t$ 5\t$ 4'],
      'start',
    ],
  ];
  test.each(cases)('%s', (_, prose, table, namedBy) => {
    expect(meta(release(prose, table)).values.fiscal_year_named_by).toBe(namedBy);
  });

  test('a fiscal year with no date printed in it, ending in a month other than December: assumed named by its end, for the user to confirm', () => {
    const { result } = meta(release(['Acme Reports Q3 FY25 Results', 'NEW YORK, Nov. 1, 2024 -- Acme (NYSE: ACME) reported results.'], ['(In millions)', '\tQ3 FY25', 'Revenue\t$ 5']), { fiscalYearEnd: '03-31' });
    expect(result.missing).toEqual([]);
    expect(result.meta.fiscal_year_named_by).toMatchObject({ value: 'end', assumed: true });
    expect(result.metaYaml).toMatch(/^fiscal_year_named_by: end +# assumed: the release prints no fiscal year beside a date in it/m);
  });
});

describe('the release date, from the dateline', () => {
  const cases: [string, string][] = [
    ['SANTA CLARA, Calif., Nov. 16, 2022 (GLOBE NEWSWIRE) -- NVIDIA (NASDAQ: NVDA) today reported revenue.', '2022-11-16'],
    ['ATLANTA, GA – (August 4, 2010) Internap Network Services Corporation (NASDAQ: INAP) today announced results.', '2010-08-04'],
    ['NEW YORK--(BUSINESS WIRE)--Feb. 1, 2023--Acme Corp. (NYSE: ACME) today reported results.', '2023-02-01'],
    ['For Immediate Release: November 22, 2024', '2024-11-22'],
    // Wells Fargo's exhibit 99.1, 4Q21 (../shared/corpus-extra/wfc-2021-q4.htm): its masthead, no dateline.
    ['News Release | January 14, 2022', '2022-01-14'],
    ['LONDON, 30 July 2019 -- Acme plc (LSE: ACME) reports interim results.', '2019-07-30'],
    // ABVC BioPharma's exhibit 99.1 of April 2025 (../shared/unseen-edgar/abvc-2024-fy.txt): a place in small letters, the date in parentheses.
    ['Silicon Valley, CA (April 16, 2025) – ABVC BioPharma, Inc. (NASDAQ: ABVC), a clinical-stage biopharmaceutical company, today announced its financial results for the fiscal year ended December 31, 2024.', '2025-04-16'],
    ['Cupertino, California—July 14, 2004—Apple today announced financial results.', '2004-07-14'],
    // Valaris's and AZZ's exhibits 99.1 of April 2020 (unseen EDGAR set s12): place and country before the date and an
    // ellipsis after it; the date first, then the place in capitals between dashes.
    ['London, England, April 29, 2020 … Valaris plc (NYSE: VAL) (“Valaris” or the “Company”) today reported a net loss.', '2020-04-29'],
    ['April 29, 2020 - FORT WORTH, TX - AZZ Inc. (NYSE: AZZ), a global provider of metal coating solutions, issued its results.', '2020-04-29'],
    // Hasbro's exhibit 99.1 of 1Q20 (unseen EDGAR set s15, has-2020-q1.htm): a state written as initials with full stops
    // ("R.I."); the import failed ("cannot infer release_date") before. The same form with two states' initials, spaced or not.
    ['Pawtucket, R.I., April 29, 2020 -- Hasbro, Inc. (NASDAQ: HAS), a global play and entertainment company, today reported financial results for the first quarter 2020.', '2020-04-29'],
    ['Pawtucket, N. Y., April 29, 2020 -- Hasbro, Inc. (NASDAQ: HAS), a global play and entertainment company, today reported financial results for the first quarter 2020.', '2020-04-29'],
    ['Washington, D.C. (April 29, 2020) -- Hasbro, Inc. (NASDAQ: HAS), a global play and entertainment company, today reported financial results.', '2020-04-29'],
    // Bridge Bancorp's and Cadence's exhibits 99.1 of April 2020 (unseen EDGAR set s14: ../shared/unseen-edgar-s14/bdge-2020-q1.htm,
    // cade-2020-q1.htm): place and date together in parentheses; the place in capitals, the date in parentheses, a dash. Before,
    // no dateline was found and the day was taken from the morning call (Bridge's a day late, "April 30, 2020 at 10:00 AM").
    ['(Bridgehampton, NY – April 29, 2020) Bridge Bancorp, Inc. (NASDAQ: BDGE) (the “Company”), the parent company of BNB Bank (“BNB”), today announced first quarter results for 2020.', '2020-04-29'],
    ['HOUSTON (April 29, 2020) – Cadence Bancorporation (NYSE: CADE) (“Cadence”) today announced a net loss for the quarter ended March 31, 2020 of ($399.3) million.', '2020-04-29'],
    // Capgemini's H1 2024 and Larsen & Toubro's Q1 FY25 releases (unseen set s21: ../shared/unseen-s21/cap-2024-h1.md line
    // 17, lt-fy2025-q1.md line 13): a city alone before the date, a dash or nothing after it. Both imports failed before.
    ['Paris, July 26, 2024 – The Board of Directors of Capgemini SE, chaired by Paul Hermelin, convened yesterday in Paris to review and adopt the accounts1 of Capgemini Group for the first half of 2024.', '2024-07-26'],
    ['Chennai, July 24, 2024', '2024-07-24'],
    // JTL Industries' Q3 FY2026 (unseen set s36: ../shared/unseen-s36/jtlind-fy2026-q3.txt line 61): the city, the date
    // with its day's ordinal, then a colon, as Indian releases print it. The import failed before.
    ['Chandigarh, 24th January, 2026: JTL Industries Limited (“JTL” or “The Company”), is a fast-growing dynamic steel tube manufacturing company', '2026-01-24'],
    // Rocket Lab's EX-99.1 of Q1 and Q2 2026 (unseen set s26: ../shared/unseen-s26/rklb-2026-q2.txt line 11): the place and
    // its state closed by a full stop, the date, a dash. Both imports failed before ("cannot infer release_date").
    ['Long Beach, California. August 10, 2026 – Rocket Lab Corporation (Nasdaq: RKLB), a global leader in launch services and space systems, today shared the financial results for fiscal second quarter ended June 30, 2026.', '2026-08-10'],
    ['Pawtucket, R.I. April 29, 2020 -- Hasbro, Inc. (NASDAQ: HAS) today reported financial results for the first quarter 2020.', '2020-04-29'],
    // Arkema's Q2 2026 and Ferguson's Q4 fiscal 2024 releases (unseen set s31: ake-2026-q2.txt line 1, ferg-fy2024-q4.txt
    // line 26): a city of accented letters before a date printed day first; the date, then the place and its state and a
    // dash. Both imports failed before ("cannot infer release_date").
    ['Paris La Défense, 30 July 2026', '2026-07-30'],
    ['September 17, 2024, Newport News, VA-- Kevin Murphy, Ferguson CEO, commented “Once again, our expert associates executed well.”', '2024-09-17'],
  ];
  test.each(cases)('%s', (line, date) => {
    expect(meta(release(['Acme Reports Q3 2022 Results', line, LISTED])).values.release_date).toBe(date);
  });

  // Southern Company's exhibit 99.01 (2005): the date alone on a line under the media contacts, above the headline.
  test.each([
    [['Exhibit 99.01', 'News', 'Media Contact: Marc Rice', '404-506-5333 or 1-866-506-5333', 'media@southerncompany.com', 'Investor Relations Contact:', 'Glen Kundert', '404-506-5135', 'Jan. 25, 2005', 'Economic strength in Southeast drives', 'Southern Company earnings above expectations'], '2005-01-25'],
    [['Acme Reports Q3 2022 Results', 'November 1, 2022'], '2022-11-01'],
  ])('a date alone on a line above the body: %j', (top, date) => {
    const body = `ATLANTA - ${LISTED} Revenue for the third quarter was $5 million, compared with $4 million a year ago, as demand for its products grew in every region it serves.`;
    expect(meta(release([...top, body])).values.release_date).toBe(date);
  });

  // Mitsubishi Gas Chemical's results summary for fiscal 2025 (unseen set s31, mgc-fy2026-q4.txt lines 3-7): the date alone
  // over the headline, a translator's note above both. The import failed before ("cannot infer release_date").
  test.each([
    [['Note: This document has been translated from the Japanese original for reference purposes only. In the event of any discrepancy between this translated document and the Japanese original, the original shall prevail.', 'May 13, 2026', 'Summary of Consolidated Financial Results for the Fiscal Year Ended March 31, 2026 (Under Japanese GAAP)'], '2026-05-13'],
    // Not over the headline: a date alone below it, past the body's first paragraph, dates nothing.
    [['Note: This document has been translated from the Japanese original for reference purposes only. In the event of any discrepancy between this translated document and the Japanese original, the original shall prevail.', 'Summary of Consolidated Financial Results for the Fiscal Year Ended March 31, 2026 (Under Japanese GAAP)', 'Revenue for the year was ¥5 million, compared with ¥4 million a year ago, as demand for its products grew in every region it serves and more.', 'May 13, 2026'], undefined],
  ])('a date alone over the headline: %j', (top, date) => {
    expect(meta(release(top)).values.release_date).toBe(date);
  });

  // AEP's EX-99.1 of Q2 2026 as text (../shared/series-s22/aep/aep-2026-q2.txt:19-21): the HTML set the place, the date
  // and the text in blocks of their own. The import failed ("cannot infer release_date") before.
  test.each([
    [['COLUMBUS, Ohio,', 'July 30, 2026', '- American Electric Power (Nasdaq: AEP) today reported second-quarter 2026 GAAP earnings of $713 million or $1.31 per share.'], '2026-07-30'],
    [['NEW YORK,', 'Feb. 1, 2023 -- Acme Corp. (NYSE: ACME) today reported results.'], '2023-02-01'],
  ])('a dateline on lines of its own: %j', (top, date) => {
    expect(meta(release(['Acme Reports Q3 2022 Results', ...top, LISTED])).values.release_date).toBe(date);
  });

  // The same with the place's comma, or a dash, on the date's line, or the comma a line of its own: Teradyne's EX-99.1 of
  // Q2 2026 and 3M's Q2 2026 page as text (../shared/unseen-s32/ter-2026-q2.txt:126-128, mmm-2026-q2.txt:119-124; both
  // failed, "cannot infer release_date").
  test.each([
    [['NORTH READING, Mass.', ' – July 28, 2026 – ', 'Teradyne, Inc', '. (NASDAQ: TER) reported revenue of $1,329 million for the second quarter of 2026.'], '2026-07-28'],
    [['ST. PAUL, Minn.', ', ', 'July 21, 2026', ' /', 'PRNewswire', '/ -- 3M (NYSE: MMM) today reported second-quarter results.'], '2026-07-21'],
    [['NEW YORK, N.Y.', '-- Feb. 1, 2023', 'Acme Corp. (NYSE: ACME) today reported results.'], '2023-02-01'],
  ])('a dateline on lines of its own, a dash or comma between: %j', (top, date) => {
    expect(meta(release(['Acme Reports Q3 2022 Results', ...top, LISTED])).values.release_date).toBe(date);
  });

  // The two excerpts as the repository keeps them (test/fixtures/import/real/*-dateline.txt), read as a text release.
  test.each([
    ['ter-2026-q2-dateline.txt', 'Teradyne Reports Second Quarter 2026 Results', '2026-07-28'],
    ['mmm-2026-q2-dateline.txt', '3M Reports Second-Quarter 2026 Results; Increases Full-Year Guidance', '2026-07-21'],
  ])('a dateline on lines of its own in %s', (file, headline, date) => {
    const excerpt = readFileSync(`test/fixtures/import/real/${file}`, 'utf8');
    const table = 'Revenue (in millions)          2026          2025\nNet revenues                   1,329         652\n';
    expect(meta(`${headline}\n\n${excerpt}\n${table}`).values.release_date).toBe(date);
  });

  // A place alone followed by a line that does not open with a date, or whose date the text goes on from, is none.
  test.each([
    [['NORTH READING, Mass.', ' – July 28, 2026 was the day the Company reported a net loss.']],
    [['ST. PAUL, Minn.', ', ', 'Revenue for the year ended December 31, 2025 rose 8%.']],
    [['ST. PAUL, Minn.', 'and', 'July 21, 2026 -- Acme Corp. reported results.']],
    [['Revenue rose,', ' – July 28, 2026 – Acme Corp. reported results.']],
    [['COLUMBUS, Ohio,', 'Revenue for the year ended December 31, 2025 rose 8%.']],
    [['COLUMBUS, Ohio,', 'July 30, 2026 was the day the Company reported a net loss.']],
    [['Columbus is in Ohio,', 'July 30, 2026 -- Acme Corp. reported results.']],
  ])('no dateline on lines of its own: %j', (top) => {
    const body = `${LISTED} Revenue for the third quarter was $5 million, compared with $4 million a year ago, as demand for its products grew in every region it serves.`;
    expect(meta(release(['Acme Reports Q3 2022 Results', ...top, body])).values.release_date).toBeUndefined();
  });

  // A sentence naming a place and a date is no dateline: the place must open the line, and a date opening it must be followed by a place in capitals.
  test.each([
    'In London, England, April 29, 2020 … Valaris plc reported a net loss.',
    'London, England, April 29, 2020 was the day Valaris plc reported a net loss.',
    'April 29, 2020 - the Company reported a net loss.',
    'In Pawtucket, R.I., April 29, 2020 -- Hasbro, Inc. reported a net loss.',
    // A parenthesis that is no place's, or a date in parentheses after capitals that no dash follows.
    '(Unaudited, April 29, 2020) the Company reported a net loss.',
    '(In thousands – April 29, 2020) the Company reported a net loss.',
    'NOTE (April 29, 2020) the Company reported a net loss.',
    // A city and a date in a sentence: opened by a preposition, or run on into the sentence.
    'In Paris, July 26, 2024 – the Board of Directors reviewed the accounts.',
    'Paris, July 26, 2024 was the day the Board of Directors reviewed the accounts.',
    // A place closed by a full stop and a date: opened by a preposition, or no dash after the date.
    'In Long Beach, California. August 10, 2026 – the Company shared its results.',
    'Long Beach, California. August 10, 2026 was the day the Company shared its results.',
    // A place, then a sentence that reaches a date: the quarter's end, not the day of the release (McDonald's 2Q23,
    // ../shared/unseen-s27/mcd-2023-q2.txt line 15, drafted 2023-06-30 before).
    "CHICAGO, IL - McDonald's Corporation today announced results for the second quarter ended June 30, 2023.",
    // A date, then a sentence naming a place: no state, or no dash after it.
    'September 17, 2024, Newport News reported results.',
    'September 17, 2024, Newport News, VA reported results.',
  ])('no dateline: %s', (line) => {
    const body = `${LISTED} Revenue for the third quarter was $5 million, compared with $4 million a year ago, as demand for its products grew in every region it serves.`;
    expect(meta(release(['Acme Reports Q3 2022 Results', line, body])).values.release_date).toBeUndefined();
  });

  // Larsen & Toubro's Q1 FY25 release (../shared/unseen-s21/lt-fy2025-q1.md lines 7-13): the Markdown joined the highlights
  // and the dateline under them into one paragraph, and the import was refused ("cannot infer release_date").
  test.each([
    [['Order Inflow 8% Revenue 15% PAT 12% Chennai, July 24, 2024'], '2024-07-24'],
    [['Revenue rose 15% in the quarter. Chennai, July 24, 2024 – Larsen & Toubro achieved revenues of ₹ 55,120 crore.'], '2024-07-24'],
    // Not unambiguous: a city a preposition or a word leads into, a date the sentence runs on from, two such datelines, two dates on the line.
    [['Revenue rose 15% in Chennai, July 24, 2024'], undefined],
    [['Order Inflow 8% Revenue 15% PAT 12% Chennai, July 24, 2024 was the day the Board met.'], undefined],
    [['Order Inflow 8% Revenue 15% Chennai, July 24, 2024', 'Profit rose 12%. Mumbai, July 25, 2024'], undefined],
    [['Order Inflow 8% for the quarter ended June 30, 2024. Revenue 15% Chennai, July 24, 2024'], undefined],
  ])('a dateline run into the paragraph above it: %j', (lines, date) => {
    const body = `${LISTED} Revenue for the third quarter was $5 million, compared with $4 million a year ago, as demand for its products grew in every region it serves.`;
    expect(meta(release(['Acme Reports Q3 2022 Results', ...lines, body])).values.release_date).toBe(date);
  });

  // McDonald's 2Q23 (../shared/unseen-s27/mcd-2023-q2.txt lines 6-7, pdftotext's layout): "FOR IMMEDIATE RELEASE" over
  // "7/27/2023", its contacts beside both. A date in figures dates the release only where its order is plain.
  test.each([
    [['FOR IMMEDIATE RELEASE                          FOR MORE INFORMATION CONTACT:', '7/27/2023                                      Investors: Mike Cieplak'], '2023-07-27'],
    [['For Immediate Release', '', 'July 27, 2023'], '2023-07-27'],
    [['FOR IMMEDIATE RELEASE', '27/7/2023'], '2023-07-27'],
    [['FOR IMMEDIATE RELEASE', '7/8/2023'], undefined], // July 8 or August 7
    [['FOR IMMEDIATE RELEASE', 'Revenue for the quarter ended June 30, 2023 rose 8%.'], undefined],
  ])('a release label over its date: %j', (lines, date) => {
    const body = `CHICAGO - ${LISTED} Revenue for the third quarter was $5 million, compared with $4 million a year ago, as demand for its products grew in every region it serves.`;
    expect(meta(release(['Acme Reports Q3 2022 Results', ...lines, body])).values.release_date).toBe(date);
  });

  test('a "News Release" masthead with words before its date is no dateline: "Press release on guidance issued November 7, 2024"', () => {
    const body = `ATLANTA - ${LISTED} Revenue for the third quarter was $5 million, compared with $4 million a year ago, as demand for its products grew in every region it serves.`;
    expect(meta(release(['Acme Reports Q3 2022 Results', 'Press release on guidance issued November 7, 2024', body])).values.release_date).toBeUndefined();
  });

  // A release with no date of its own that holds its call "today" and dates the replay (Citizens, 4Q21:
  // ../shared/corpus-pending/cfg-2021-q4.htm); the day is assumed, since a replay may start the day after.
  test.each([
    [['CFG management will host a live conference call today with details as follows:', 'Time: 8:00 am ET', 'Replay Information: A replay of the conference call will be available beginning at 12:00 pm ET on January 19, 2022 through February 19, 2022.'], '2022-01-19'],
    [['Acme will host a webcast today at 5:00 p.m. ET. A replay will be available starting at 8:00 p.m. ET on February 3, 2025.'], '2025-02-03'],
    // Neither half alone dates the release: a call "today" with no replay date; a replay dated with no call "today".
    [['Acme will host a conference call today at 5:00 p.m. ET.'], undefined],
    [['Acme will host a conference call on February 3, 2025. A replay will be available beginning on February 3, 2025.'], undefined],
    // A date in the replay's sentence that it does not start from ("through February 19, 2022") is not the day.
    [['Acme will host a conference call today. A replay will be available through February 19, 2022.'], undefined],
  ])('a call held "today" and the day its replay begins: %j', (lines, date) => {
    const body = `${LISTED} Revenue for the third quarter was $5 million, compared with $4 million a year ago, as demand for its products grew in every region it serves.`;
    const { values, result } = meta(release(['Acme Reports Q3 2022 Results', body, ...lines]));
    expect(values.release_date).toBe(date);
    if (date) expect(result.meta.release_date?.assumed).toBe(true);
  });

  // A release with no dateline whose call or webcast is held "today" and names the day (Duolingo's shareholder letter,
  // 2Q26: ../shared/unseen-s20/duol-2026-q2.txt, line 238): the release says which day today is.
  test.each([
    [['Duolingo will host a video webcast to discuss its second quarter results today, August 5, 2026, at 5:00 p.m. ET. This live webcast and related materials will be publicly available and can be accessed at investors.duolingo.com.'], '2026-08-05'],
    [['Acme will host a conference call today (Wednesday, February 4, 2026) at 8:30 a.m. ET.'], '2026-02-04'],
    // A date that is not the day "today" names: a call today, then a replay through a later date; a call on a named day.
    [['Acme will host a conference call today at 5:00 p.m. ET; a replay will be available through February 19, 2026.'], undefined],
    [['Acme held a conference call on February 3, 2026, and will host another today.'], undefined],
  ])('a call held "today" that names the day: %j', (lines, date) => {
    const body = `${LISTED} Revenue for the third quarter was $5 million, compared with $4 million a year ago, as demand for its products grew in every region it serves.`;
    const { values, result } = meta(release(['Acme Reports Q3 2022 Results', body, ...lines]));
    expect(values.release_date).toBe(date);
    if (date) expect(result.meta.release_date?.from).toMatch(/^the day a call held "today" names/);
  });

  // A release with no date of its own that names the morning its results are reviewed on a call (U.S. Bancorp's
  // exhibit 99.1, 4Q21: ../shared/unseen-edgar-s5/usb-2021-q4.htm); assumed, since a release may come out the evening before.
  test.each([
    [['On Wednesday, January 19, 2022 at 8 a.m. CT, Chairman, President and Chief Executive Officer Andy Cecere and Vice Chair and Chief Financial Officer Terry Dolan will host a conference call to review the financial results. The conference call will be available online or by telephone.'], '2022-01-19'],
    [['Acme will host a webcast on February 3, 2025, at 9:00 am ET to discuss its fourth quarter results.'], '2025-02-03'],
    // An afternoon call may follow a release of the same day or review one of the day before; a call with no hour dates nothing.
    [['Acme will host a conference call on February 3, 2025 at 5:00 p.m. ET to discuss its results.'], undefined],
    [['Acme will host a conference call on February 3, 2025 to discuss its results.'], undefined],
    // A morning meeting that reviews no results (an investor day) dates nothing.
    [['Acme will host an investor day webcast on February 3, 2025 at 9 a.m. ET.'], undefined],
  ])('the morning a call reviews the results: %j', (lines, date) => {
    const body = `${LISTED} Revenue for the third quarter was $5 million, compared with $4 million a year ago, as demand for its products grew in every region it serves.`;
    const { values, result } = meta(release(['Acme Reports Q3 2022 Results', body, ...lines]));
    expect(values.release_date).toBe(date);
    if (date) expect(result.meta.release_date?.assumed).toBe(true);
    // The evidence quotes the day and the hour: "January 19, 2022 at 8 am CT".
    if (date) expect(result.meta.release_date?.from).toMatch(/^the morning its results are reviewed on a call, "[A-Z][a-z]+ \d{1,2}, \d{4},? at \d/);
  });

  // A supplement with no date of its own that names the earnings release it is read with and that release's date
  // (Morgan Stanley's financial supplement, exhibit 99.2 of 1Q22: ../shared/unseen-edgar-s7/ms-2022-q1.htm, its legal
  // notice); assumed, for the user to confirm. Another release named in passing dates nothing.
  test.each([
    [["This Financial Supplement contains financial, statistical and business-related information, as well as business and segment trends. The information should be read in conjunction with the Firm's first quarter earnings press release issued April 14, 2022."], '2022-04-14'],
    [['These tables accompany the fourth quarter earnings release dated January 21, 2022.'], '2022-01-21'],
    [['As reported in our third quarter earnings release issued October 20, 2021, loans grew.'], undefined],
    [['The information should be read in conjunction with the guidance press release issued November 7, 2024.'], undefined],
  ])('the day of the earnings release a supplement is read with: %j', (lines, date) => {
    const body = `${LISTED} Revenue for the third quarter was $5 million, compared with $4 million a year ago, as demand for its products grew in every region it serves.`;
    const { values, result } = meta(release(['Acme Reports Q3 2022 Results', body, ...lines]));
    expect(values.release_date).toBe(date);
    if (date) expect(result.meta.release_date?.assumed).toBe(true);
  });

  // A sentence that names a place before a date is no dateline: only the place may stand before it.
  test.each([
    'In Boston, MA on April 16, 2025 the company opened a store.',
    'Sales in Europe, Asia (April 16, 2025 excluded) rose.',
  ])('no dateline: %s', (line) => {
    expect(meta(release(['Acme Reports Q3 2022 Results', line, LISTED])).values.release_date).toBeUndefined();
  });

  // Apple's exhibit 99.1 of February 1, 2024 (../shared/unseen-edgar/aapl-fy2024-q1.txt) prints no date:
  // "CUPERTINO, CALIFORNIA — Apple® today announced …". The EDGAR submission's 8-K dates the event it reports.
  const submission = (header: string[]) =>
    ['<SEC-DOCUMENT>0000320193-24-000005.txt : 20240201', '<SEC-HEADER>0000320193-24-000005.hdr.sgml : 20240201', '<ACCEPTANCE-DATETIME>20240201163037', 'ACCESSION NUMBER:\t\t0000320193-24-000005', ...header, '</SEC-HEADER>',
      '<DOCUMENT>', '<TYPE>EX-99.1', '<SEQUENCE>2', '<FILENAME>a8-kex991q1202412302023.htm', '<TEXT>',
      '<html><body><p>Apple reports first quarter results</p><p>CUPERTINO, CALIFORNIA — Apple® today announced financial results for its fiscal 2024 first quarter ended December 30, 2023.</p>',
      '<table><tr><td></td><td>Three Months Ended December 30, 2023</td></tr><tr><td>Net sales</td><td>$ 119,575</td></tr></table></body></html>', '</TEXT>', '</DOCUMENT>', '</SEC-DOCUMENT>', ''].join('\n');
  test.each([
    [['CONFORMED SUBMISSION TYPE:\t8-K', 'PUBLIC DOCUMENT COUNT:\t\t11', 'CONFORMED PERIOD OF REPORT:\t20240201'], '2024-02-01'],
    // Only an 8-K's period of report is the day of the event it reports; a 10-Q's is the quarter's end.
    [['CONFORMED SUBMISSION TYPE:\t10-Q', 'CONFORMED PERIOD OF REPORT:\t20231230'], undefined],
    [['CONFORMED SUBMISSION TYPE:\t8-K'], undefined],
  ])('an EDGAR submission whose release prints no date: its 8-K\'s date of report, assumed (%j)', (header, date) => {
    const result = importRelease({ text: submission(header), file: 'aapl.txt', kind: 'text' });
    expect(result.meta.release_date?.value).toBe(date);
    if (date) {
      expect(result.meta.release_date?.assumed).toBe(true);
      expect(result.meta.release_date?.from).toMatch(/the 8-K's date of report, "CONFORMED PERIOD OF REPORT: 20240201" \(source\.txt:7\)/);
    }
  });

  test('a release that prints no date asks for it without suggesting a day to copy', () => {
    const { result } = meta(release(['Acme Reports Q3 2022 Results', LISTED]));
    const message = result.missing.find((m) => m.key === 'release_date')?.message;
    expect(message).toMatch(/pass --release-date YYYY-MM-DD/);
    expect(message).not.toMatch(/--release-date \d/);
  });

  test('a date alone after the body has begun is not the release date', () => {
    const body = `ATLANTA - ${LISTED} Revenue for the third quarter was $5 million, compared with $4 million a year ago, as demand for its products grew in every region it serves.`;
    expect(meta(release(['Acme Reports Q3 2022 Results', body, 'Outlook', 'December 31, 2022'])).values.release_date).toBeUndefined();
  });
});

describe('company name, ticker and exchange, from the listing', () => {
  const cases: [string, string, string, string][] = [
    ['NVIDIA (NASDAQ: NVDA) today reported revenue. © 2022 NVIDIA Corporation. All rights reserved.', 'NVIDIA Corporation', 'NVDA', 'NASDAQ'],
    ['KEARNEY, NE -- (BUSINESS WIRE) -- The Buckle, Inc. (NYSE: BKE) announced today that net income rose.', 'The Buckle, Inc.', 'BKE', 'NYSE'],
    ['ATLANTA, GA – (August 4, 2010) Internap Network Services Corporation (NASDAQ: INAP), a leading provider', 'Internap Network Services Corporation', 'INAP', 'NASDAQ'],
    ['1-800-FLOWERS.COM, Inc. (Nasdaq: FLWS), a leading provider of gifts, today reported results.', '1-800-FLOWERS.COM, Inc.', 'FLWS', 'NASDAQ'],
    ['Bank of America Corporation (NYSE:BAC) today reported earnings.', 'Bank of America Corporation', 'BAC', 'NYSE'],
    ['Acme Holdings (NYSE American: AMH) today reported results.', 'Acme Holdings', 'AMH', 'NYSE American'],
    // A wire dateline runs into the name with "--".
    ['SAN JOSE, Calif.--(BUSINESS WIRE)--Feb. 3, 2005--Zenith Data Systems, Inc. (Nasdaq:ZDSI) today reported revenue.', 'Zenith Data Systems, Inc.', 'ZDSI', 'NASDAQ'],
    // Spaces inside the parentheses, as a linked ticker leaves them (Motorcar Parts of America, August 2026).
    ['LOS ANGELES, CA – August 10, 2026 – Motorcar Parts of America, Inc. ( Nasdaq: MPAA ) today reported financial results.', 'Motorcar Parts of America, Inc.', 'MPAA', 'NASDAQ'],
    // Where the company is based is not its name (Southern Company, January 2005).
    ['With more than 4 million customers, Atlanta-based Southern Company (NYSE: SO) is the premier super-regional energy company.', 'Southern Company', 'SO', 'NYSE'],
    ['The Dallas-based Acme Corp. (NYSE: ACM) reported results.', 'Acme Corp.', 'ACM', 'NYSE'],
    // A dateline's ellipsis (Standard Motor Products, EX-99.1 of 1Q20) and a place ended by a full stop (Tetra Tech, 2Q20).
    ['New York, NY, April 29, 2020......Standard Motor Products, Inc. (NYSE: SMP), an automotive replacement parts manufacturer, reported today.', 'Standard Motor Products, Inc.', 'SMP', 'NYSE'],
    ['Pasadena, California. Tetra Tech, Inc. (NASDAQ: TTEK) today announced results for the second quarter ended March 29, 2020.', 'Tetra Tech, Inc.', 'TTEK', 'NASDAQ'],
    // "plc" in lower case, after a dateline that ends in an ellipsis (Valaris's exhibit 99.1, April 2020, unseen EDGAR set s12):
    // drafted "VAL", the ticker standing in, before.
    ['London, England, April 29, 2020 … Valaris plc (NYSE: VAL) (“Valaris” or the “Company”) today reported a net loss.', 'Valaris plc', 'VAL', 'NYSE'],
    // A state's initials with full stops before the date (Hasbro, EX-99.1 of 1Q20, unseen EDGAR set s15).
    ['Pawtucket, R.I., April 29, 2020 -- Hasbro, Inc. (NASDAQ: HAS), a global play and entertainment company, today reported financial results for the first quarter 2020.', 'Hasbro, Inc.', 'HAS', 'NASDAQ'],
    // Unseen EDGAR set s14 (../shared/unseen-edgar-s14/, exhibits 99.1 of April 2020). Home Bancorp's ticker in quotes (ticker and
    // exchange left empty before); nVent's name opening in a small letter ("NVT" in 0752126's draft, "Electric plc" once "plc"
    // was a name word); PC Connection's legal name printed in the listing after its short name ("Connection, Inc." before: the
    // short name's suffix found inside "PC Connection, Inc."); Farmers National's short name in parentheses before the listing
    // (the headline's subject in capitals before, assumed).
    ['Lafayette, Louisiana – Home Bancorp, Inc. (Nasdaq: “HBCP”) (the “Company”), the parent company for Home Bank, N.A. (the “Bank”), reported financial results for the first quarter of 2020.', 'Home Bancorp, Inc.', 'HBCP', 'NASDAQ'],
    ['LONDON, UNITED KINGDOM – April 29, 2020 – nVent Electric plc (NYSE:NVT) (“nVent”), a global leader in electrical connection and protection solutions, today provided a business update.', 'nVent Electric plc', 'NVT', 'NYSE'],
    ['MERRIMACK, N.H.--(BUSINESS WIRE)--April 29, 2020--Connection (PC Connection, Inc.; NASDAQ: CNXN), a leading technology solutions provider, today announced results.', 'PC Connection, Inc.', 'CNXN', 'NASDAQ'],
    ['CANFIELD, Ohio (April 29, 2020) Farmers National Banc Corp. (Farmers) (NASDAQ: FMNB) today reported financial results for the three months ended March 31, 2020.', 'Farmers National Banc Corp.', 'FMNB', 'NASDAQ'],
    // A quoted ticker with no colon, the name's suffix printed in the dateline (Microsoft's EX-99.1 of April 2020, unseen
    // EDGAR set s15, release.txt:5 and 127): ticker and exchange left empty before.
    ['REDMOND, Wash. — April 29, 2020 — Microsoft Corp. today announced results. Microsoft (Nasdaq “MSFT” @microsoft) enables digital transformation.', 'Microsoft Corp.', 'MSFT', 'NASDAQ'],
  ];
  test.each(cases)('%s', (line, name, ticker, exchange) => {
    expect(meta(release(['Acme Reports Q3 2022 Results', line])).values).toMatchObject({ name, ticker, exchange, company: ticker.toLowerCase() });
  });

  // With no colon only a quoted ticker is one: an exchange's market name or a word after it is not.
  test.each([
    ['Acme Corp. (Nasdaq Global Select Market) today reported results.'],
    ['Acme Corp. (NYSE listed since 1990) today reported results.'],
  ])('no listing: %s', (line) => {
    expect(meta(release(['Acme Reports Q3 2022 Results', line])).values.ticker).toBeFalsy();
  });
});

describe('currency and scale, from the tables', () => {
  const cases: [string, string[], string, string][] = [
    ['dollars, millions', ['(In millions, except per share data)', '\t2023', 'Revenue\t$ 5,931'], 'USD', 'millions'],
    ['euros in a header, thousands', ['(€ in thousands)', '\t2023', 'Revenue\t€ 5,931'], 'EUR', 'thousands'],
    ['pounds, "£m"', ['£m', '\t2023', 'Revenue\t£ 5,931'], 'GBP', 'millions'],
    ['renminbi', ['(Amounts in thousands of RMB)', '\t2023', 'Revenue\tRMB 5,931'], 'CNY', 'thousands'],
    ['New Taiwan dollars', ['(In billions)', '\t2023', 'Revenue\tNT$ 5,931'], 'TWD', 'billions'],
    ['"(Amounts in Thousands Except Per Share Amounts)"', ['(Amounts in Thousands Except Per Share Amounts)', '\t2023', 'Revenue\t$ 293,618'], 'USD', 'thousands'],
    ['"($000)"', ['($000)', '\t2023', 'Revenue\t$ 293,618'], 'USD', 'thousands'],
    // A code with its scale's letter before it, as Nordic issuers write units (BrainCool's last row, unseen wire set s8).
    ['"All numbers are kSEK" under the rows', ['\t2023', 'Net Sales\t12 040', 'All numbers are kSEK\t'], 'SEK', 'thousands'],
    ['"(TEUR)"', ['(TEUR)', '\t2023', 'Net sales\t5,931'], 'EUR', 'thousands'],
    ['"Amounts in MNOK"', ['Amounts in MNOK', '\t2023', 'Net sales\t5,931'], 'NOK', 'millions'],
    // No mark with the figures, each row its unit in its label (Carmila's Dow Jones copy): the currency the rows name.
    ['rows naming "(EURm)", no mark', ['\t2024\t2023', 'Gross rental income (EURm)\t404.1\t368.6', 'Recurring earnings per share (EUR)\t1.67\t1.60'], 'EUR', 'units'],
    // A mark printed with the figures is stronger evidence than a row's words.
    ['a row naming "(EURm)" among dollar figures', ['(In millions)', '\t2023', 'Revenue\t$ 5,931', 'Euro notes (EURm)\t500'], 'USD', 'millions'],
  ];
  test.each(cases)('%s', (_, table, currency, scale) => {
    expect(meta(release(['Acme Reports Q3 2022 Results', `NEW YORK, Nov. 1, 2022 -- ${LISTED}`], table)).values).toMatchObject({ currency, scale });
  });
});

test('a Dow Jones text table whose rows state "(EURm)" and whose figures print no mark is in euros (Carmila, 2024)', () => {
  const text = readFileSync('test/fixtures/import/wire/carm-2024-fy-key-figures.md', 'utf8');
  const result = importRelease({ text: `Carmila: 2024 Annual Results\n\nParis, February 11, 2025\n\n${text}`, file: 'carm-2024-fy.md', kind: 'text' });
  expect(result.missing.map((m) => m.key)).not.toContain('currency');
  expect(result.meta.currency).toMatchObject({ value: 'EUR' });
  expect(result.meta.currency!.from).toContain('("EURm"');
});

describe('what the release does not print: drafted and said, asked for only where the checks need it', () => {
  test('no listing: ticker and exchange left empty, the name read after the dateline, the id and company folder from the file name', () => {
    const text = release(['Acme Reports Q3 2022 Results', 'NEW YORK, Nov. 1, 2022 -- Acme Widgets Corp. today reported results.']);
    const result = importRelease({ text, file: 'wire/acme-2022-q3.md', kind: 'text' });
    expect(result.missing).toEqual([]);
    expect(result.meta).toMatchObject({ ticker: { value: '' }, exchange: { value: '' }, name: { value: 'Acme Widgets Corp.' }, company: { value: 'acme' } });
    expect(result.id).toMatchObject({ value: 'acme-2022-q3', assumed: true });
    expect(result.id!.from).toBe("the file's name, acme-2022-q3.md, as a slug (the release prints no listing to name it by its ticker and period); pass --id to name it otherwise");
    expect(result.metaYaml).toMatch(/^ticker: '' +# the release prints no listing such as "\(NASDAQ: ACME\)" \(a wire copy may leave it out\): left empty; pass --ticker to set it \[draft [0-9a-f]{6}\]$/m);
  });

  test('no period, no date, no unit statement: the scale and the fiscal year assumed and marked; the period, date and currency asked for by option', () => {
    const { result } = meta(release(['Acme Update', LISTED], ['\tColumn A', 'Revenue\t5']));
    expect(result.missing.map((m) => m.key)).toEqual(['fiscal_period', 'release_date', 'currency']);
    expect(result.missing[0]!.message).toBe(
      'cannot infer fiscal_period: the release names no quarter, half or fiscal year ("third quarter fiscal 2023", "Q2 FY25", "second quarter of 2010"); pass --fiscal-period 2023-q3',
    );
    expect(result.meta.scale).toEqual({ value: 'units', from: 'assumed: no table states its unit ("(In millions)", "(in thousands)"), so the figures are read as printed, in units', assumed: true });
    expect(result.meta.fiscal_year_end).toMatchObject({ value: '12-31', assumed: true });
    expect(result.meta.fiscal_year_named_by).toMatchObject({ value: 'end', assumed: true });
  });

  test.each([
    ['a calendar year assumed', ['\tThree Months Ended June 30, 2023\tThree Months Ended June 30, 2022', 'Revenue\t$ 5\t$ 4'], '2023-q2', true],
    ['a year end printed: "year ended March 31, 2024"', ['\tThree Months Ended December 31, 2024\tYear Ended March 31, 2024', 'Revenue\t$ 5\t$ 4'], '2025-q3', false],
    ['13 weeks of a 52/53-week year ending near January 31', ['\t13 Weeks Ended November 2, 2024\tYear Ended February 3, 2024', 'Revenue\t$ 5\t$ 4'], '2025-q3', false],
  ])('no period in the headline or prose: the tables\' headings date the quarter (%s)', (_, table, period, assumed) => {
    const { result } = meta(release(['Acme Update', `NEW YORK, Nov. 1, 2024 -- ${LISTED}`], ['(In millions)', ...table]));
    expect(result.meta.fiscal_period).toMatchObject({ value: period });
    expect(Boolean(result.meta.fiscal_period!.assumed)).toBe(assumed);
    expect(result.meta.fiscal_period!.from).toContain("the latest quarter the tables' headings date");
  });

  test('options supply what is missing and say so in the comments', () => {
    const { result } = meta(release(['Acme Update', LISTED], ['\tColumn A', 'Revenue\t5']), {
      fiscalPeriod: '2023-q3', fiscalYearEnd: '12-31', releaseDate: '2023-11-01', currency: 'usd', scale: 'units',
    });
    expect(result.missing).toEqual([]);
    expect(result.id?.value).toBe('acme-2023-q3');
    expect(result.metaYaml).toContain('fiscal_period: 2023-q3');
    expect(result.metaYaml).toMatch(/currency: USD +# given with --currency/);
  });

  test('an option in the wrong form is refused, naming the form expected', () => {
    const { result } = meta(release(['Acme Reports Q3 2022 Results', LISTED]), { fiscalPeriod: 'Q3 2022', scale: 'million' });
    expect(result.invalid).toEqual([
      "expected --fiscal-period a period id such as 2023-q3, 2019-h1 or 2023-fy; found 'Q3 2022'",
      "expected --scale one of units, thousands, millions, billions; found 'million'",
    ]);
  });
});

describe('forms found on other releases', () => {
  test('an exchange pair: "(NYSE/TSX: ABC)"', () => {
    expect(meta(release(['Acme Reports Q3 2022 Results', 'Acme Mining Inc. (NYSE/TSX: ABC) today reported results.'])).values).toMatchObject({ ticker: 'ABC', exchange: 'NYSE', name: 'Acme Mining Inc.' });
  });

  test('"Third Quarter Results" in the headline and "the quarter ended September 30, 2023" in the text', () => {
    const { values } = meta(release(['Acme Announces Third Quarter Results', 'Acme Corp. (NYSE: ACME) today reported results for the quarter ended September 30, 2023.']));
    expect(values).toMatchObject({ fiscal_period: '2023-q3', fiscal_year_end: '12-31', fiscal_year_named_by: 'end' });
  });

  test('the fiscal year end from a balance sheet comparing the quarter end with the last year end', () => {
    const table = ['(In millions)', '\tQ3 FY23\tQ3 FY22', 'Revenue\t$ 5\t$ 4', '', 'CONDENSED CONSOLIDATED BALANCE SHEETS', '(In millions)', '\tOctober 30, 2022\tJanuary 30, 2022', 'Cash\t$ 1\t$ 2'];
    const { values } = meta(release(['Acme Reports Q3 FY23 Results', LISTED], table));
    expect(values).toMatchObject({ fiscal_period: '2023-q3', fiscal_year_end: '01-30', fiscal_year_named_by: 'end' });
  });
});

describe('a headline set on two lines', () => {
  // ManTech, EX-99.1 of 2020-04-29 (EDGAR 0000892537-20-000010): "ManTech Announces Financial Results for" / "First Quarter of 2020".
  const cases: [string[], string][] = [
    [['ManTech Announces Financial Results for', 'First Quarter of 2020', '- Revenue: $611 million, up 22% from the first quarter of 2019', LISTED], 'ManTech Announces Financial Results for First Quarter of 2020'],
    [['Acme Reports Fourth Quarter and', 'Full Year 2024 Results', LISTED], 'Acme Reports Fourth Quarter and Full Year 2024 Results'],
    // A finished headline keeps its line; a bullet or a sentence below a stopped line is no part of it.
    [['Acme Reports First Quarter 2020 Results', 'Record revenue of $5 million', LISTED], 'Acme Reports First Quarter 2020 Results'],
    [['Acme Announces Results for', '- Revenue: $611 million', LISTED], 'Acme Announces Results for'],
  ];
  test.each(cases)('%j → %s', (prose, title) => {
    const { values, result } = meta(release(prose));
    expect(values.title).toBe(title);
    if (title.split(' ').length > prose[0].split(' ').length) expect(result.meta.title!.from).toMatch(/release\.txt:\d+–\d+/);
  });
});

describe('a release date printed before the period it reports ended', () => {
  // Tetra Tech, EX-99.1 of 2020-04-29 (EDGAR 0001104659-20-053534): "April 29, 2019" above "Tetra Tech Reports Second
  // Quarter 2020 Results", a quarter "ended March 29, 2020": the year misprinted.
  const prose = (date: string) => ['NEWS RELEASE', date, 'Tetra Tech Reports Second Quarter 2020 Results', 'Pasadena, California. Tetra Tech, Inc. (NASDAQ: TTEK) today announced results for the second quarter ended March 29, 2020 and provided further information.'];
  test('read as the same day a year later, to confirm', () => {
    const { values, result } = meta(release(prose('April 29, 2019')));
    expect(values.fiscal_period).toBe('2020-q2');
    expect(values.release_date).toBe('2020-04-29');
    expect(result.meta.release_date!.assumed).toBe(true);
    expect(result.meta.release_date!.from).toMatch(/printed 2019-04-29, before the period it reports ended \(2020-03-29\)/);
  });
  test('a date after the period is taken as printed', () => {
    const { values, result } = meta(release(prose('April 29, 2020')));
    expect(values.release_date).toBe('2020-04-29');
    expect(result.meta.release_date!.assumed).toBeFalsy();
  });
  test('a date no year-later reading explains is not taken', () => {
    const { values } = meta(release(prose('January 10, 2019')));
    expect(values.release_date).toBeUndefined();
  });
});

describe('a headline set on several lines (EDGAR EX-99.1 of April 2020)', () => {
  const cases: [string, string[], string][] = [
    // Oshkosh, 0001564590-20-019442: in capitals, the results named on the second line.
    ['Oshkosh', ['OSHKOSH CORPORATION REPORTS FISCAL 2020', 'SECOND QUARTER RESULTS', LISTED], 'OSHKOSH CORPORATION REPORTS FISCAL 2020 SECOND QUARTER RESULTS'],
    // MDC Partners, 0001104659-20-052792: a date completing "ENDED".
    ['MDC Partners', ['MDC PARTNERS INC. REPORTS RESULTS FOR THE THREE MONTHS ENDED', 'MARCH 31, 2020', LISTED], 'MDC PARTNERS INC. REPORTS RESULTS FOR THE THREE MONTHS ENDED MARCH 31, 2020'],
    // Standard Motor Products, 0001140361-20-010070: the line above the one naming results is unfinished too.
    ['Standard Motor Products', ['Standard Motor Products, Inc. Discusses', 'COVID-19 Business Impact and Announces', 'First Quarter 2020 Results', LISTED], 'Standard Motor Products, Inc. Discusses COVID-19 Business Impact and Announces First Quarter 2020 Results'],
    // A finished headline over a sub-headline in capitals that names no results keeps its line.
    ['a sub-headline', ['ACME REPORTS FIRST QUARTER 2020 RESULTS', 'BOARD DECLARES DIVIDEND', LISTED], 'ACME REPORTS FIRST QUARTER 2020 RESULTS'],
    // Unseen EDGAR set s14 (../shared/unseen-edgar-s14/). Equity Bancshares, 0001564590-20-019726: the second line opens in a small
    // letter (cut after "$0.08" before).
    ['Equity Bancshares', ['Equity Bancshares, Inc. Announces First Quarter Earnings of $0.08', 'per Diluted Common Share and Net Income of $1.3 Million', LISTED], 'Equity Bancshares, Inc. Announces First Quarter Earnings of $0.08 per Diluted Common Share and Net Income of $1.3 Million'],
    // Spok, 0001289945-20-000036: the first line ends in a semicolon (the second line alone was the title before); the
    // sub-headline under the second is no part of it.
    ['Spok', ['Spok Reports First-Quarter 2020 Operating Results;', 'Wireless Trends Continue to Improve and Year-Over-Year Improvements in Software Revenue Bookings', 'Board Declares Regular Quarterly Dividend', LISTED], 'Spok Reports First-Quarter 2020 Operating Results; Wireless Trends Continue to Improve and Year-Over-Year Improvements in Software Revenue Bookings'],
    // Home Bancorp, 0001436425-20-000011: in capitals, the second line opened by "AND".
    ['Home Bancorp', ['HOME BANCORP, INC. ANNOUNCES 2020 FIRST QUARTER RESULTS', 'AND DECLARES QUARTERLY DIVIDEND', LISTED], 'HOME BANCORP, INC. ANNOUNCES 2020 FIRST QUARTER RESULTS AND DECLARES QUARTERLY DIVIDEND'],
    // FICO, 0001564590-20-019755: a second headline in capitals and small letters is its own line.
    ['FICO', ['FICO Announces Earnings of $1.94 per Share for Second Quarter Fiscal 2020', 'Revenue of $308 million vs. $278 million in prior year', LISTED], 'FICO Announces Earnings of $1.94 per Share for Second Quarter Fiscal 2020'],
    // A sentence's clause ending in a semicolon is no headline.
    ['a bullet', ['- Revenue rose to $5 million in the first quarter of 2020;', 'Acme Reports First Quarter 2020 Results', LISTED], 'Acme Reports First Quarter 2020 Results'],
  ];
  test.each(cases)('%s', (_name, prose, title) => {
    expect(meta(release(prose)).values.title).toBe(title);
  });
});
