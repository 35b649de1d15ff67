import { describe, expect, test } from 'vitest';
import { parseHeaderPeriod, periodInTitle, priorPeriod, spanEndingOn, titleSpan, type HeaderContext } from '../../../src/lib/ingest/periods.ts';
import { yearEndMonthOf } from '../../../src/lib/ingest/fiscal-calendar.ts';
import type { Period } from '../../../src/lib/types.ts';

const calendarYear: HeaderContext = { calendar: { yearEndMonth: 12 }, fiscalYearEnd: '12-31', balanceSheet: false };
// NVIDIA: a 52/53-week year ending on the last Sunday of January, numbered by the year it ends in.
const nvidia: HeaderContext = { calendar: { yearEndMonth: yearEndMonthOf('01-29') }, fiscalYearEnd: '01-29', balanceSheet: false };
// Buckle, Abercrombie & Fitch: a 52/53-week year ending near January 31, numbered by the year it starts in.
const retailer: HeaderContext = { calendar: { yearEndMonth: yearEndMonthOf('02-01'), namedBy: 'start' }, fiscalYearEnd: '02-01', balanceSheet: false };
// C&C Group: a year ending on the last day of February; DBS, Internap: calendar years.
const february: HeaderContext = { calendar: { yearEndMonth: 2 }, fiscalYearEnd: '02-28', balanceSheet: false };
const march: HeaderContext = { calendar: { yearEndMonth: 3 }, fiscalYearEnd: '03-31', balanceSheet: false };

const read = (text: string, ctx = calendarYear) => parseHeaderPeriod(text, ctx);
const period = (text: string, ctx = calendarYear): Period & { rest: string } => {
  const p = read(text, ctx);
  if (p?.kind !== 'period') throw new Error(`'${text}' read as ${JSON.stringify(p)}`);
  return { ...p.period, rest: p.rest };
};

describe('parseHeaderPeriod reads durations', () => {
  test.each([
    // text, calendar, id, start, end, label — every form as printed in a real release
    ['2Q 2010', calendarYear, '2010-q2', '2010-04-01', '2010-06-30', 'Q2 2010'], // Internap
    ['Three Months Ended June 30, 2010', calendarYear, '2010-q2', '2010-04-01', '2010-06-30', 'Q2 2010'],
    ['Six Months Ended June 30, 2010', calendarYear, '2010-h1', '2010-01-01', '2010-06-30', 'H1 2010'],
    ['Twelve Months Ended December 31, 2009', calendarYear, '2009-fy', '2009-01-01', '2009-12-31', 'FY 2009'],
    ['Nine Months Ended September 30, 2019', calendarYear, '2019-9m', '2019-01-01', '2019-09-30', '9M 2019'],
    ['Years Ended December 31, 2019', calendarYear, '2019-fy', '2019-01-01', '2019-12-31', 'FY 2019'], // plural: a duration
    ['Year Ended December 31 2019', calendarYear, '2019-fy', '2019-01-01', '2019-12-31', 'FY 2019'],
    ['Nine months to 30/9/2019', calendarYear, '2019-9m', '2019-01-01', '2019-09-30', '9M 2019'], // numeric, day first
    ['Six months ended 30 June 2019', calendarYear, '2019-h1', '2019-01-01', '2019-06-30', 'H1 2019'], // day-first
    ['Year ended 28 February 2015', february, '2015-fy', '2014-03-01', '2015-02-28', 'FY2015'], // C&C Group
    ['Year ended 31 March 2019', march, '2019-fy', '2018-04-01', '2019-03-31', 'FY2019'],
    // NVIDIA's fiscal 2023: quarters end on Sundays near month ends.
    ['Q1 FY23', nvidia, '2023-q1', '2022-02-01', '2022-04-30', 'Q1 FY2023'],
    ['Three Months Ended May 1, 2022', nvidia, '2023-q1', '2022-02-01', '2022-05-01', 'Q1 FY2023'],
    ['Three Months Ended July 31, 2022', nvidia, '2023-q2', '2022-05-01', '2022-07-31', 'Q2 FY2023'],
    ['Three Months Ended October 30, 2022', nvidia, '2023-q3', '2022-08-01', '2022-10-30', 'Q3 FY2023'],
    ['Three Months Ended January 29, 2023', nvidia, '2023-q4', '2022-11-01', '2023-01-29', 'Q4 FY2023'],
    ['Twelve Months Ended January 29, 2023', nvidia, '2023-fy', '2022-02-01', '2023-01-29', 'FY2023'],
    ['Six Months Ended July 31, 2022', nvidia, '2023-h1', '2022-02-01', '2022-07-31', 'H1 FY2023'],
    ['FY23', nvidia, '2023-fy', '2022-02-01', '2023-01-31', 'FY2023'],
    ['Q2 FY2023', nvidia, '2023-q2', '2022-05-01', '2022-07-31', 'Q2 FY2023'],
    // 52/53-week spans give distinct periods for distinct spans, and their exact first day.
    ['Thirteen Weeks Ended November 2, 2024', retailer, '2024-q3', '2024-08-04', '2024-11-02', 'Q3 FY2024'], // Buckle
    ['Thirty-Nine Weeks Ended November 2, 2024', retailer, '2024-9m', '2024-02-04', '2024-11-02', '9M FY2024'],
    ['Thirteen Weeks Ended January 31, 2026', retailer, '2025-q4', '2025-11-02', '2026-01-31', 'Q4 FY2025'], // A&F
    ['Fifty-Two Weeks Ended January 31, 2026', retailer, '2025-fy', '2025-02-02', '2026-01-31', 'FY2025'],
    ['Fourteen Weeks Ended February 3, 2024', retailer, '2023-q4', '2023-10-29', '2024-02-03', 'Q4 FY2023'], // a 53-week year's long quarter
    ['53 weeks ended February 3, 2024', retailer, '2023-fy', '2023-01-29', '2024-02-03', 'FY2023'],
    ['Twenty-Six Weeks Ended August 2, 2025', retailer, '2025-h1', '2025-02-02', '2025-08-02', 'H1 FY2025'],
    // PepsiCo's 12-12-12-16-week quarters (2Q23, 3Q23): ends in mid-month, placed by the day each span begins.
    ['24 Weeks Ended June 11, 2022', calendarYear, '2022-h1', '2021-12-26', '2022-06-11', 'H1 2022'],
    ['12 Weeks Ended June 11, 2022', calendarYear, '2022-q2', '2022-03-20', '2022-06-11', 'Q2 2022'],
    ['12 Weeks Ended September 9, 2023', calendarYear, '2023-q3', '2023-06-18', '2023-09-09', 'Q3 2023'],
    ['36 Weeks Ended September 9, 2023', calendarYear, '2023-9m', '2023-01-01', '2023-09-09', '9M 2023'],
    ['16 Weeks Ended December 30, 2023', calendarYear, '2023-q4', '2023-09-10', '2023-12-30', 'Q4 2023'],
    // Quarters counted (Krispy Kreme's "Quarter Ended | Two Quarters Ended", 2Q26): that many quarters, not one.
    ['Two Quarters Ended June 30, 2010', calendarYear, '2010-h1', '2010-01-01', '2010-06-30', 'H1 2010'],
    ['Three Quarters Ended September 30, 2010', calendarYear, '2010-9m', '2010-01-01', '2010-09-30', '9M 2010'],
    // Fiscal wording.
    ['FY2024', calendarYear, '2024-fy', '2024-01-01', '2024-12-31', 'FY 2024'],
    ['FY 2023', calendarYear, '2023-fy', '2023-01-01', '2023-12-31', 'FY 2023'],
    ['Q3 FY25', calendarYear, '2025-q3', '2025-07-01', '2025-09-30', 'Q3 2025'],
    ['Q4 FY2025', calendarYear, '2025-q4', '2025-10-01', '2025-12-31', 'Q4 2025'],
    ['F19', march, '2019-fy', '2018-04-01', '2019-03-31', 'FY2019'],
    ['Fiscal Year 2018', calendarYear, '2018-fy', '2018-01-01', '2018-12-31', 'FY 2018'],
    // SiteOne (unseen set s12): an eight-quarter table, the year row over a "Qtr 1 Qtr 4 Qtr 3 …" row (read as years before).
    ['2020 Qtr 1', calendarYear, '2020-q1', '2020-01-01', '2020-03-31', 'Q1 2020'],
    ['2018 Qtr 4', calendarYear, '2018-q4', '2018-10-01', '2018-12-31', 'Q4 2018'],
    ['Fiscal 2019', calendarYear, '2019-fy', '2019-01-01', '2019-12-31', 'FY 2019'],
    ['Full Year 2023', calendarYear, '2023-fy', '2023-01-01', '2023-12-31', 'FY 2023'],
    // Pfizer's OVERALL RESULTS: "Fourth-Quarter | Full-Year" over "2021 | 2020" (../shared/series/pfe/pfe-2021-q4.txt).
    ['Fourth-Quarter 2021', calendarYear, '2021-q4', '2021-10-01', '2021-12-31', 'Q4 2021'],
    ['Full-Year 2021', calendarYear, '2021-fy', '2021-01-01', '2021-12-31', 'FY 2021'],
    ['Third Quarter Fiscal 2023', nvidia, '2023-q3', '2022-08-01', '2022-10-31', 'Q3 FY2023'],
    ['1st Half 2024', calendarYear, '2024-h1', '2024-01-01', '2024-06-30', 'H1 2024'], // DBS
    ['2nd Half 2023', calendarYear, '2023-h2', '2023-07-01', '2023-12-31', 'H2 2023'],
    ['2nd Qtr 2024', calendarYear, '2024-q2', '2024-04-01', '2024-06-30', 'Q2 2024'],
    ['1st Qtr 2024', calendarYear, '2024-q1', '2024-01-01', '2024-03-31', 'Q1 2024'],
    ['2Q24', calendarYear, '2024-q2', '2024-04-01', '2024-06-30', 'Q2 2024'],
    ["Q3'24", calendarYear, '2024-q3', '2024-07-01', '2024-09-30', 'Q3 2024'],
    ['H1 FY24', march, '2024-h1', '2023-04-01', '2023-09-30', 'H1 FY2024'],
    ['9M24', calendarYear, '2024-9m', '2024-01-01', '2024-09-30', '9M 2024'],
    // Compact forms: the span's length, then its year, spaced or not, with an apostrophe or hyphen.
    ['6M10', calendarYear, '2010-h1', '2010-01-01', '2010-06-30', 'H1 2010'],
    ['6M 2010', calendarYear, '2010-h1', '2010-01-01', '2010-06-30', 'H1 2010'],
    ['9M 2023', calendarYear, '2023-9m', '2023-01-01', '2023-09-30', '9M 2023'],
    ['12M 2023', calendarYear, '2023-fy', '2023-01-01', '2023-12-31', 'FY 2023'],
    ['Six Months 2010', calendarYear, '2010-h1', '2010-01-01', '2010-06-30', 'H1 2010'], // "Six Months" spanning "2010 | 2009"
    ['1H24', calendarYear, '2024-h1', '2024-01-01', '2024-06-30', 'H1 2024'],
    ['2Q10', calendarYear, '2010-q2', '2010-04-01', '2010-06-30', 'Q2 2010'],
    ['Q1-10', calendarYear, '2010-q1', '2010-01-01', '2010-03-31', 'Q1 2010'], // an operating results scorecard: "Q1-08 … Q3-10 | YTD 2010"
    ['Q3’04', calendarYear, '2004-q3', '2004-07-01', '2004-09-30', 'Q3 2004'], // Apple, 3Q FY2004: "Q3’04 Actual CPU Units k", a typographer's apostrophe
    ["Q3'04", calendarYear, '2004-q3', '2004-07-01', '2004-09-30', 'Q3 2004'],
    ['Q3 FY25', calendarYear, '2025-q3', '2025-07-01', '2025-09-30', 'Q3 2025'],
    ['Fiscal 2024 Q3', nvidia, '2024-q3', '2023-08-01', '2023-10-31', 'Q3 FY2024'],
    ['FY 2024 Q3', nvidia, '2024-q3', '2023-08-01', '2023-10-31', 'Q3 FY2024'],
    ['FQ3 2024', nvidia, '2024-q3', '2023-08-01', '2023-10-31', 'Q3 FY2024'],
    ["FQ3'24", nvidia, '2024-q3', '2023-08-01', '2023-10-31', 'Q3 FY2024'],
    ['Q2/10', calendarYear, '2010-q2', '2010-04-01', '2010-06-30', 'Q2 2010'],
    // Bare years, under a span or alone.
    ['2019', calendarYear, '2019-fy', '2019-01-01', '2019-12-31', 'FY 2019'],
    ['Years Ended December 31, 2018', calendarYear, '2018-fy', '2018-01-01', '2018-12-31', 'FY 2018'],
    ['Fiscal Years 2019', calendarYear, '2019-fy', '2019-01-01', '2019-12-31', 'FY 2019'],
  ] as const)('%s is the duration %s', (text, ctx, id, start, end, label) => {
    expect(period(text, ctx)).toMatchObject({ id, kind: 'duration', start, end, label, rest: '' });
  });
});

describe('parseHeaderPeriod reads a span printed with its year alone against the release\'s own period', () => {
  // A second-quarter release of a calendar year; a third-quarter release of NVIDIA's fiscal year.
  const q2 = { ...calendarYear, intoYear: 6 };
  const nvidiaQ3 = { ...nvidia, intoYear: 9 };
  test.each([
    ['YTD 2024', '2024-h1', q2],
    ['YTD 2023', '2023-h1', q2],
    ['FYTD 2024', '2024-9m', nvidiaQ3],
    ['Year to Date 2010', '2010-h1', q2],
    ['Year-to-Date 2010', '2010-fy', { ...calendarYear, intoYear: 12 }],
    ['YTD Q1 2010', '2010-q1', q2], // the quarter it names, not the release's
    ['FY2010 YTD', '2010-h1', q2],
    ['Three Months 2010', '2010-q2', q2], // "Three Months" spanning "2010 | 2009"
    ['3M10', '2010-q4', { ...calendarYear, intoYear: 12 }],
    ['Thirteen Weeks 2024', '2024-q3', { ...retailer, intoYear: 9 }],
  ] as const)('%s is %s', (text, id, ctx) => {
    expect(period(text, ctx)).toMatchObject({ id, kind: 'duration', rest: '' });
  });

  test('three months of a year, with the release\'s period unknown, is an error, not the first quarter', () => {
    expect(read('Three Months 2010')).toEqual({ kind: 'error', message: "'Three Months 2010' names three months of 2010 but not which quarter" });
  });
});

describe('parseHeaderPeriod reads instants', () => {
  test.each([
    ['June 30, 2010', calendarYear, '2010-06-30', 'June 30, 2010'],
    ['June 30, 2010 Unaudited', calendarYear, '2010-06-30', 'June 30, 2010'],
    ['As of December 31, 2019', calendarYear, '2019-12-31', 'December 31, 2019'],
    ['30 June 2019', calendarYear, '2019-06-30', 'June 30, 2019'],
    ['As at 31 March 2019', march, '2019-03-31', 'March 31, 2019'],
    ['30/9/2019', calendarYear, '2019-09-30', 'September 30, 2019'],
    ['31 Dec 2024', calendarYear, '2024-12-31', 'December 31, 2024'], // Fu Yu: "31 Dec<br>2024"
    ['Sept. 30, 2019', calendarYear, '2019-09-30', 'September 30, 2019'],
    ['2019-09-30', calendarYear, '2019-09-30', 'September 30, 2019'],
    // NVIDIA's balance sheet dates stay as printed: instants are not rounded.
    ['May 1, 2022', nvidia, '2022-05-01', 'May 1, 2022'],
    ['January 30, 2022', nvidia, '2022-01-30', 'January 30, 2022'],
    // "5/1/2022": both readings exist; only May 1 ends an NVIDIA quarter.
    ['5/1/2022', nvidia, '2022-05-01', 'May 1, 2022'],
    // A two-digit year, slashes only (PNC's "06/30/21 vs 03/31/21").
    ['06/30/21', calendarYear, '2021-06-30', 'June 30, 2021'],
    ['3/31/21', calendarYear, '2021-03-31', 'March 31, 2021'],
  ] as const)('%s is the instant %s', (text, ctx, id, label) => {
    expect(period(text, ctx)).toMatchObject({ id, kind: 'instant', end: id, label });
  });

  test('a bare year in a balance sheet, or under "As of", is the fiscal year end', () => {
    expect(period('2020', { ...march, balanceSheet: true })).toMatchObject({ id: '2020-03-31', kind: 'instant' });
    expect(period('As of December 31, 2019')).toMatchObject({ id: '2019-12-31', kind: 'instant' });
    expect(period('At 2019', march)).toMatchObject({ id: '2019-03-31', kind: 'instant' });
    // "02-28" is February's last day: AZZ's balance sheet is struck on February 29, 2020 and February 28, 2019.
    expect(period('2020', { ...february, balanceSheet: true })).toMatchObject({ id: '2020-02-29', kind: 'instant' });
    expect(period('2019', { ...february, balanceSheet: true })).toMatchObject({ id: '2019-02-28', kind: 'instant' });
  });

  // Micron's statement of operations: "3rd Qtr. | 2nd Qtr. | 3rd Qtr." over "May 28, 2026 | February 26, 2026 | May 29, 2025",
  // a year ending near August 28. A quarter named over a day is the quarter that ends that day, where the calendar
  // makes it that quarter; a quarter the calendar contradicts leaves the day as printed.
  const micron: HeaderContext = { calendar: { yearEndMonth: yearEndMonthOf('08-28') }, fiscalYearEnd: '08-28', balanceSheet: false };
  test.each([
    ['3rd Qtr. May 28, 2026', '2026-q3', 'duration', ''],
    ['2nd Qtr. February 26, 2026', '2026-q2', 'duration', ''],
    ['Third Quarter May 29, 2025', '2025-q3', 'duration', ''],
    ['1st Qtr. May 28, 2026', '2026-05-28', 'instant', '1st Qtr'],
  ] as const)('%s is %s', (text, id, kind, rest) => {
    expect(period(text, micron)).toMatchObject({ id, kind, rest });
  });

  test('other words beside the quarter name a day of it: FESCO\'s fuel prices at the "End of Q3", December 31, 2022 (a year ending March 31)', () => {
    expect(period('End of Q3 December 31, 2022', march)).toMatchObject({ id: '2022-12-31', kind: 'instant' });
    expect(period('Start of Q3 October 1, 2022', march)).toMatchObject({ id: '2022-10-01', kind: 'instant' });
  });
});

describe('parseHeaderPeriod reads the period a bank heading "at or for" names, and a month printed after its year', () => {
  test.each([
    // HomeTrust's ratios (unseen s14, htbi-fy2020-q3), Ottawa Bancorp's (ottw-2024-q4): "or" names no column within the period.
    ['At or For the Three Months Ended March 31, 2020', calendarYear, '2020-q1', 'duration', ''],
    ['At or for the Twelve Months Ended December 31, 2024', calendarYear, '2024-fy', 'duration', ''],
    ['As of or for the year ended December 31, 2024', calendarYear, '2024-fy', 'duration', ''],
    // Everything Fresh (unseen s16, fresh-2022-q2): the month after its year, with no day, is that month's last day.
    ['Unaudited 2022 three months June', calendarYear, '2022-q2', 'duration', ''],
    ['Audited 2021 twelve months December', calendarYear, '2021-fy', 'duration', ''],
    ['Unaudited 2022 June', calendarYear, '2022-06-30', 'instant', ''],
    ['2021 December', calendarYear, '2021-12-31', 'instant', ''],
    // Precision Drilling's rig counts (pd-2024-q4): "Average for the quarter ended 2023" over "Sept. 30 | Dec. 31".
    ['Average for the quarter ended 2023 Sept. 30', calendarYear, '2023-q3', 'duration', 'Average'],
    ['Average for the quarter ended 2024 Mar. 31', calendarYear, '2024-q1', 'duration', 'Average'],
    // Himax's cash flows (himx-2024-q4): "Three MonthsEnded December 31," over "2024 | 2023", the space lost.
    ['Three MonthsEnded December 31, 2024', calendarYear, '2024-q4', 'duration', ''],
    ['Twelve MonthsEnded December 31, 2023', calendarYear, '2023-fy', 'duration', ''],
  ] as const)('%s is %s', (text, ctx, id, kind, rest) => {
    expect(period(text, ctx)).toMatchObject({ id, kind, rest });
  });

  test.each([
    ['Actual or Forecast 2024', 'Actual or Forecast'], // "or" that is no "at or for" stays the column's name
    ['Trading Division 2022', 'Trading Division'],
  ])('%s keeps %s', (text, rest) => {
    expect(period(text)).toMatchObject({ rest });
  });
});

describe('parseHeaderPeriod takes the words that name the dated span again', () => {
  test.each([
    // JFP's statements (unseen s16, jfp-2023-q1.md lines 105-107, 209-211): the quarter's ordinal over its three months,
    // "Full-year" over its twelve; each was left to name a column within the period ("1st Quarter", "Full year").
    ['Unaudited 1st Quarter 3 months Ended March 2023', calendarYear, '2023-q1', ''],
    ['Unaudited 1st Quarter 3 months Ended March 2022', calendarYear, '2022-q1', ''],
    ['Audited Full-year 12 months Ended December 2022', calendarYear, '2022-fy', ''],
    // A year ending in March: its third quarter.
    ['Third Quarter Three Months Ended December 31, 2022', march, '2023-q3', ''],
    // Words that name another span stay the column's name: a quarter other than the span's, a year's words over a span
    // that is not the fiscal year.
    ['2nd Quarter 3 months Ended March 2023', calendarYear, '2023-q1', '2nd Quarter'],
    ['1st Quarter Twelve Months Ended March 31, 2023', calendarYear, '2023-12m-to-03', '1st Quarter'],
    ['Full-year 12 months Ended December 2022', march, '2023-12m-to-12', 'Full year'],
  ] as const)('%s is %s, column %j', (text, ctx, id, rest) => {
    expect(period(text, ctx)).toMatchObject({ id, rest });
  });
});

describe('parseHeaderPeriod reads the quarter printed with its year, under a spanner naming another', () => {
  test.each([
    // Valaris 1Q20 (unseen s12, val-2020-q1.htm): "First Quarter" spanned over every column, then each segment's
    // "Q1 2020 | Q4 2019 | Chg"; its Q4 2019 was read as the first quarter of 2019, every Q4 figure a fact of 2019-q1,
    // and the segments' "Q1" columns named "jackups-q1" beside Q4's "jackups-q4".
    ['First Quarter Floaters Q4 2019', calendarYear, '2019-q4', 'Floaters'],
    ['First Quarter Jackups Q1 2020', calendarYear, '2020-q1', 'Jackups'],
    ['First Quarter Consolidated Total Q4 2019', calendarYear, '2019-q4', 'Consolidated Total'],
    // eBay 2Q23 (unseen s27): the table's title read into each header over "Second Quarter" / "2022".
    ['Second Quarter 2023 Financial Highlights (presented in millions) Second Quarter 2022', calendarYear, '2022-q2', 'Financial Highlights presented millions'],
    // A quarter named once, or twice alike, reads as before.
    ['First Quarter 2019', calendarYear, '2019-q1', ''],
    ['Q2 FY2023', nvidia, '2023-q2', ''],
    // Quarters listed one after another over groups of columns (Assurant's title "4Q 2024   4Q 2023"): the first, as
    // before; only the layout tells which group is whose.
    ['(UNAUDITED) 4Q 2024 4Q 2023', calendarYear, '2024-q4', '4Q 2023'],
  ] as const)('%s is %s, column %j', (text, ctx, id, rest) => {
    expect(period(text, ctx)).toMatchObject({ id, rest });
  });
});

describe('parseHeaderPeriod keeps the words that name a column within its period', () => {
  test.each([
    ['Q2 FY2023 Outlook', nvidia, '2023-q2', 'Outlook'],
    ['2018 (Restated)', calendarYear, '2018-fy', 'Restated'],
    ['Year ended 28 February 2015 Before exceptional items', february, '2015-fy', 'Before exceptional items'],
    ['Year ended 28 February 2015 Exceptional items (note 5)', february, '2015-fy', 'Exceptional items note 5'],
    ['Three Months Ended May 1, 2022 GAAP', nvidia, '2023-q1', 'GAAP'],
  ] as const)('%s is %s, column %s', (text, ctx, id, rest) => {
    expect(period(text, ctx)).toMatchObject({ id, rest });
  });
});

describe('parseHeaderPeriod reads change, share and named columns', () => {
  test.each([
    ['YoY Growth', 'yoy', 'ratio'],
    ['QoQ Growth', 'qoq', 'ratio'],
    ['Q/Q', 'qoq', null],
    ['Y/Y', 'yoy', null],
    // Lattice's 4Q24 release: "FY 2024 | FY 2023 | FY/FY".
    ['FY/FY', 'yoy', null],
    // Coherent's 3Q FY26 release: "Q3 FY26 YTD | Q3 FY25 YTD | YTD/YTD", the year to date against the year before's.
    ['YTD/YTD', 'yoy', null],
    ['% Change', null, 'ratio'],
    ['% chg', null, 'ratio'],
    ['Change', null, null],
    ['$ Change', null, 'difference'],
    ['Variance', null, null],
    ['bps change', null, 'difference'],
    ['Increase (Decrease)', null, null],
    ['Year-over-Year Change', 'yoy', null],
    ['Sequential', 'qoq', null],
    ['vs. prior year', 'yoy', null],
    ['Seq. % Chg', 'qoq', 'ratio'],
    ['Change from Prior Quarter', 'qoq', null],
    ['vs. Prior Quarter', 'qoq', null],
    ['% Change from Prior Year', 'yoy', 'ratio'],
    ['Change vs. Year Ago', 'yoy', null],
    ['% Change vs. Prior Year Quarter', 'yoy', 'ratio'],
  ] as const)('%s compares %s as a %s', (text, basis, measure) => {
    expect(read(text)).toEqual({ kind: 'change', basis, measure, rest: '' });
  });

  test.each([
    ['Fav/(Unfav)', null],
    ['Favorable/(Unfavorable)', null],
    ['Favourable (Unfavourable)', null],
    ['Better/(Worse)', null],
    ['B/(W)', null],
    ['% Fav/(Unfav)', 'ratio'],
  ] as const)('%s is a change whose sign says better or worse', (text, measure) => {
    expect(read(text)).toEqual({ kind: 'change', basis: null, measure, rest: '', favourable: true });
  });

  test.each([
    ['% Change vs. Q1 2010', '2010-q1', 'ratio'],
    ['vs. Q2 2009', '2009-q2', null],
    ['Change compared to 2Q09', '2009-q2', null],
  ] as const)('%s names the period it compares with', (text, prior, measure) => {
    const r = read(text);
    expect(r).toMatchObject({ kind: 'change', measure });
    expect(r?.kind === 'change' && r.against?.id).toBe(prior);
  });

  test.each([
    // Intel's summaries (4Q22): "GAAP" spans "2022 | 2021 | vs. 2021", "Non-GAAP" "Q4 2022 | Q4 2021 | vs. Q4 2021".
    ['GAAP vs. 2021', '2021-fy', 'GAAP'],
    ['Non-GAAP vs. Q4 2021', '2021-q4', 'Non GAAP'],
  ] as const)('%s: a change against the period named, qualified as the columns beside it are', (text, prior, rest) => {
    const r = read(text);
    expect(r).toMatchObject({ kind: 'change', rest });
    expect(r?.kind === 'change' && r.against?.id).toBe(prior);
  });

  test('a slash between a change word and a year names no change against it (Pfizer\'s "Second-Quarter % Incr. /" over "2023")', () => {
    expect(read('Second-Quarter % Incr. / 2023')).not.toMatchObject({ kind: 'change', against: { id: '2023-fy' } });
  });

  test.each([
    ['2Q24 vs 2Q23', '2024-q2', '2023-q2', null],
    ['% Change 2019 vs. 2018', '2019-fy', '2018-fy', 'ratio'],
    ['Q3 FY23 versus Q3 FY22', '2023-q3', '2022-q3', null],
    // The year alone after "vs." names the same span of that year.
    ['Three Months Ended June 30, 2010 vs. 2009', '2010-q2', '2009-q2', null],
    ['Six Months Ended June 30, 2010 vs 2009', '2010-h1', '2009-h1', null],
    ['June 30, 2010 vs. 2009', '2010-06-30', '2009-06-30', null],
    // Stora Enso's key figures (unseen wire set s8): the two periods joined by a dash.
    ['Change % Q4/24–Q4/23', '2024-q4', '2023-q4', 'ratio'],
    ['Change % Q4/24–Q3/24', '2024-q4', '2024-q3', 'ratio'],
    ['Change % 2024–2023', '2024-fy', '2023-fy', 'ratio'],
    // JPMorgan Chase's supplement (unseen EDGAR set s9, fixture jpm-2021-q2-highlights.md): the change word alone
    // between the periods it compares, the later first, under the span of its group.
    ['QUARTERLY TRENDS 2Q21 Change 1Q21', '2021-q2', '2021-q1', null],
    ['QUARTERLY TRENDS 2Q21 Change 2Q20', '2021-q2', '2020-q2', null],
    ['SIX MONTHS ENDED JUNE 30, 2021 Change 2020', '2021-h1', '2020-h1', null],
    ['Jun 30, 2021 Change Mar 31, 2021', '2021-06-30', '2021-03-31', null],
    // FESCO's highlights (3Q 2022/23, unseen set s16): "Difference +/- Q3 December 2022 vs Q3 December 2021", the amount
    // between the quarters (the first read as the day, December 31, 2022, with "Difference" left as a word before).
    ['Difference +/- Q3 2022 vs Q3 2021', '2022-q3', '2021-q3', 'difference'],
    ['Difference 2Q24 vs 2Q23', '2024-q2', '2023-q2', 'difference'],
  ])('%s names both periods it compares', (text, current, prior, measure) => {
    const r = read(text);
    expect(r).toMatchObject({ kind: 'change', measure });
    expect(r?.kind === 'change' && r.pair?.map((p) => p.id)).toEqual([current, prior]);
  });

  // The change word between two periods compares the later with the earlier only; otherwise it is no pair.
  test.each(['2020 Change 2021', 'Reported Change 2021'])('%s names no pair of periods', (text) => {
    const r = read(text);
    expect(r?.kind === 'change' ? r.pair : undefined).toBeUndefined();
  });

  // "% Net Revenues" beside each quarter's amounts, the "of" left out (Hasbro's statements of operations, 1Q20, unseen set s15).
  test.each([['% of total', 'total'], ['% of Net Sales', 'Net Sales'], ['As a % of revenue', 'revenue'], ['% Net Revenues', 'Net Revenues'], ['% Sales', 'Sales']])('%s is a share column', (text, rest) => {
    expect(read(text)).toEqual({ kind: 'share', rest });
  });

  test.each(['% Sales growth', '% Revenue change', '% Change'])('%s is no share column', (text) => {
    expect(read(text)?.kind).not.toBe('share');
  });

  // Mercialys' FY 2024 "Percentage of rent (%)" over "Dec 31, 2023 | Dec 31, 2024" (a Dow Jones copy, unseen-wire):
  // a share column that dates itself has that date; a year alone is left to the columns around it.
  test.each([
    ['Percentage of rent Dec 31, 2023', 'rent', '2023-12-31'],
    ['% of total December 31, 2024', 'total', '2024-12-31'],
    ['% of Net Sales 2024', 'Net Sales 2024', undefined],
  ])('%s is a share column of its own date', (text, rest, period) => {
    const r = read(text);
    expect(r).toMatchObject({ kind: 'share', rest });
    expect(r?.kind === 'share' ? r.period?.id : null).toBe(period);
  });

  // A year printed over the share phrase dates the column as a year alone over a period column does (PC Connection, 1Q20,
  // "2020" over "% of Net Sales"; the title's span makes it the quarter, columns.ts).
  test.each([
    ['2020 % of Net Sales', 'Net Sales', '2020-fy', 2020],
    ['Q1 2020 % of revenue', 'revenue', '2020-q1', undefined],
  ])('%s is a share column dated by the period over its phrase', (text, rest, period, bareYear) => {
    const r = read(text);
    expect(r).toMatchObject({ kind: 'share', rest });
    expect(r?.kind === 'share' ? [r.period?.id, r.bareYear] : null).toEqual([period, bareYear]);
  });

  // "Dec" with a day is December's, never a decrease: a named column as "Mar. 31" is (Precision Drilling, 4Q24: "Mar. 31 |
  // June 30 | Sept. 30 | Dec. 31" under "Average for the quarter ended 2024"), read with the title's year.
  test.each([['Dec. 31', 'Dec 31'], ['Dec 31', 'Dec 31'], ['Dec-31', 'Dec 31'], ['31-Dec', '31 Dec'], ['Mar. 31', 'Mar 31']])('%s is the day a column is of, no change', (text, rest) => {
    expect(read(text)).toMatchObject({ kind: 'named', rest });
  });
  test.each(['Inc (Dec)', 'Inc/(Dec)', 'Inc. (Dec.)', '% Inc (Dec)', '% Incr. / (Decr.)', 'Incr/(Decr)'])('%s is a change', (text) => {
    expect(read(text)).toMatchObject({ kind: 'change' });
  });
  // Apple's summary data, 3Q FY2004: "Year/Year Change" over "Units" and "Revenue".
  test.each([['Year/Year Change Units', 'yoy'], ['Year/Year Change Revenue', 'yoy'], ['Quarter/Quarter Change', 'qoq']])('%s is a change, %s', (text, basis) => {
    expect(read(text)).toMatchObject({ kind: 'change', basis });
  });

  // "Prior Year" and "Prior Quarter" head that period's own figures (a table of the current and prior year): no change.
  test.each(['Note', 'Notes', 'Level 1', 'Total', 'Actual', 'Fair value', 'Amount', 'Compute & Networking', 'Prior Year', 'Prior Quarter'])('%s is a named column', (text) => {
    expect(read(text)).toMatchObject({ kind: 'named', rest: text });
  });

  test('text with no words of its own reads as nothing to name', () => {
    expect(read('Unaudited')).toEqual({ kind: 'named', rest: '' });
    expect(read('')).toBeNull();
  });
});

describe('parseHeaderPeriod reads a day whose year is named as the release\'s own or the one before', () => {
  // NCB Financial Group's statement of income (../shared/unseen-md-s16/ncb-2022-q3.md, md 116-127): "CURRENT YEAR" and
  // "PRIOR YEAR" span "Quarter ended June 30 | Quarter ended March 31 | Year to date June 30" and "Quarter ended June 30
  // | Year to date June 30", in the third quarter of a fiscal year ending September 30.
  const ncb: HeaderContext = { calendar: { yearEndMonth: 9 }, fiscalYearEnd: '09-30', balanceSheet: false, intoYear: 9, fiscalYear: 2022 };
  test.each([
    ['CURRENT YEAR Quarter ended June 30', ncb, '2022-q3', '2022-04-01', '2022-06-30'],
    ['CURRENT YEAR Quarter ended March 31', ncb, '2022-q2', '2022-01-01', '2022-03-31'],
    ['CURRENT YEAR Year to date June 30', ncb, '2022-9m', '2021-10-01', '2022-06-30'],
    ['PRIOR YEAR Quarter ended June 30', ncb, '2021-q3', '2021-04-01', '2021-06-30'],
    ['PRIOR YEAR Year to date June 30', ncb, '2021-9m', '2020-10-01', '2021-06-30'],
    // A day of the fiscal year before the calendar year's end: December 31 in a year ending September 30 is the year's first quarter.
    ['Current Year Quarter ended December 31', ncb, '2022-q1', '2021-10-01', '2021-12-31'],
    ['Three months ended June 30 Previous Year', { ...calendarYear, intoYear: 6, fiscalYear: 2024 }, '2023-q2', '2023-04-01', '2023-06-30'],
    // "Year to date" with a full date: the fiscal year's months to that day, never a year.
    ['Year to date June 30, 2022', ncb, '2022-9m', '2021-10-01', '2022-06-30'],
  ] as const)('%s is %s', (text, ctx, id, start, end) => {
    expect(period(text, ctx)).toMatchObject({ id, kind: 'duration', start, end, rest: '' });
  });

  test.each([
    // The release's own fiscal year unknown, a year printed, or no day: read as before.
    ['CURRENT YEAR Quarter ended June 30', { calendar: { yearEndMonth: 9 }, fiscalYearEnd: '09-30', balanceSheet: false } as HeaderContext],
    ['Quarter ended June 30', { ...calendarYear, fiscalYear: 2022 }],
  ] as const)('%s names no period', (text, ctx) => {
    expect(read(text, ctx)).toEqual({ kind: 'error', message: null });
  });
  test('a year printed beside the words is the year', () => {
    expect(period('Current year June 30, 2021', { ...calendarYear, fiscalYear: 2022 })).toMatchObject({ id: '2021-06-30', kind: 'instant' });
  });
});

describe('parseHeaderPeriod reads a month and a two-digit year joined as a spreadsheet prints them', () => {
  // Fosrich's third quarter of 2023 (../shared/unseen-md-s16/fosrich-2023-q3.md): "3 Months to Sep-23 $" over its income
  // statement, "Unaudited Sep-23 | Audited Dec-22 | Unaudited Sep-22" over its statement of financial position; each the
  // month's end of that year, never the 23rd or 22nd day of a month of a year the header does not print.
  const fosrich: HeaderContext = { ...calendarYear, intoYear: 9, fiscalYear: 2023 };
  test.each([
    ['3 Months to Sep-23 $', '2023-q3', 'duration', '2023-09-30', '$'],
    ['9 Months to Sep-22 $', '2022-9m', 'duration', '2022-09-30', '$'],
    ['Unaudited Sep-23', '2023-09-30', 'instant', '2023-09-30', ''],
    ['Audited Dec-22', '2022-12-31', 'instant', '2022-12-31', ''],
    ['Unaudited Sep-22', '2022-09-30', 'instant', '2022-09-30', ''],
    ["Sept'23", '2023-09-30', 'instant', '2023-09-30', ''],
    // Consolidated Bakeries' second quarter of 2022 (../shared/unseen-md-s16/cbl-2022-q2.md): "30-Jun-22", the day of that month.
    ['YTD Ended 30-Jun-22', '2022-h1', 'duration', '2022-06-30', ''],
  ] as const)('%s is %s', (text, id, kind, end, rest) => {
    expect(period(text, fosrich)).toMatchObject({ id, kind, end, rest });
  });
  test('"Y/E" is the year ended over flows, the year\'s end over a balance sheet', () => {
    const cbl: HeaderContext = { ...calendarYear, intoYear: 6, fiscalYear: 2022 };
    expect(period('Audited Y/E 31-Dec-21', cbl)).toMatchObject({ id: '2021-fy', kind: 'duration', end: '2021-12-31', rest: '' });
    expect(period('Audited Y/E 31-Dec-21', { ...cbl, balanceSheet: true })).toMatchObject({ id: '2021-12-31', kind: 'instant', rest: '' });
  });
  test.each([
    // Two digits far from the release's year are a day ("Jun-30" in a 2023 release is no June of 2030), and so is every such
    // header where the release's year is unknown: read as before.
    ['Sep-23', calendarYear],
    ['Jun-30', fosrich],
  ] as const)('%s names no month of a year', (text, ctx) => {
    expect(read(text, ctx)).toEqual({ kind: 'named', rest: text.replace('-', ' ') });
  });
});

describe('parseHeaderPeriod reports what cannot be a period', () => {
  test.each([
    ['June 31, 2010', "'June 31, 2010' is not a date: June 2010 has no day 31"],
    ['February 29, 2019', "'February 29, 2019' is not a date: February 2019 has no day 29"],
    ['June 30, 20100', "'June 30, 20100' is not a date: year 20100 is not a year of a financial period"],
    ['31/31/2019', "'31/31/2019' is not a date: there is no month 31"],
    ['6/5/2022', "'6/5/2022' is not a date: cannot tell whether the day or the month comes first in '6/5/2022'"],
    ['Q3', "'Q3' names quarter 3 but not its year"],
    ['Three Months Ended May 1, 2022 and May 2, 2021', "one column names 2 dates ('May 1, 2022', 'May 2, 2021'); expected one"],
    ['Period ended June 30, 2019', "'Period ended June 30, 2019' names an end date but not how long the period is (expected e.g. 'Three Months Ended')"],
  ])('%s', (text, message) => {
    expect(read(text)).toEqual({ kind: 'error', message });
  });

  test('period words that make no period are an error, not a column name', () => {
    expect(read('As of Today')).toEqual({ kind: 'error', message: null });
    expect(read('Quarter Ended')).toEqual({ kind: 'error', message: null });
  });
});

describe('priorPeriod', () => {
  test.each([
    ['Three Months Ended June 30, 2010', calendarYear, 'yoy', '2009-q2'],
    ['Three Months Ended June 30, 2010', calendarYear, 'qoq', '2010-q1'],
    ['Three Months Ended March 31, 2010', calendarYear, 'qoq', '2009-q4'],
    ['Q1 FY23', nvidia, 'qoq', '2022-q4'],
    ['Q1 FY23', nvidia, 'yoy', '2022-q1'],
    ['Three Months Ended May 1, 2022', nvidia, 'yoy', '2022-q1'],
    ['FY23', nvidia, 'yoy', '2022-fy'],
    ['1st Half 2024', calendarYear, 'qoq', '2023-h2'],
  ] as const)('%s, %s → %s', (text, ctx, basis, id) => {
    expect(priorPeriod(period(text, ctx), basis, ctx.calendar)?.id).toBe(id);
  });
});

describe('parseHeaderPeriod reads headers as pages mangle them', () => {
  test.each([
    // text, calendar, id, start, end, words left — from real releases
    ['Three Months EndedDecember 31, 2024', calendarYear, '2024-q4', '2024-10-01', '2024-12-31', ''], // CRISPR: a lost line break
    ['Year EndedDecember 31, 2023', calendarYear, '2023-fy', '2023-01-01', '2023-12-31', ''], // Adaptive Biotechnologies
    ['Three months endedDecember 31 2024', march, '2025-q3', '2024-10-01', '2024-12-31', ''], // Computer Modelling Group
    ['3 months Oct-Dec 2024', calendarYear, '2024-q4', '2024-10-01', '2024-12-31', ''], // Duni: the months named
    ['12 months Jan-Dec 2023', calendarYear, '2023-fy', '2023-01-01', '2023-12-31', ''],
    ['Oct-Dec 2024', calendarYear, '2024-q4', '2024-10-01', '2024-12-31', ''],
    // Months named by their numbers, as Nordic financial statements bulletins head their key figures
    // (unseen wire set s8; excerpts in test/fixtures/ingest/numbered-months/)
    ['10–12/2024', calendarYear, '2024-q4', '2024-10-01', '2024-12-31', ''], // Glaston, Musti
    ['1–12/2023', calendarYear, '2023-fy', '2023-01-01', '2023-12-31', ''], // Glaston
    ['10–12 2024', calendarYear, '2024-q4', '2024-10-01', '2024-12-31', ''], // Teleste
    ['1–12 2023', calendarYear, '2023-fy', '2023-01-01', '2023-12-31', ''], // Teleste
    ['10˗12/2023', calendarYear, '2023-q4', '2023-10-01', '2023-12-31', ''], // HKFoods: U+02D7 for the dash
    ['1˗12/2024', calendarYear, '2024-fy', '2024-01-01', '2024-12-31', ''], // HKFoods
    ['10/2023–12/2024', calendarYear, '2024-15m-to-12', '2023-10-01', '2024-12-31', ''], // Musti's fifteen-month year
    ['10/2022–9/2023', calendarYear, '2023-12m-to-09', '2022-10-01', '2023-09-30', ''], // Musti's year before
    ['7–12/2024', calendarYear, '2024-h2', '2024-07-01', '2024-12-31', ''],
    ['Q42024', calendarYear, '2024-q4', '2024-10-01', '2024-12-31', ''], // BrainCool: "Q4" and "2024" on two lines, joined
    ['Full Year2023', calendarYear, '2023-fy', '2023-01-01', '2023-12-31', ''], // BrainCool
  ] as const)('%s', (text, ctx, id, start, end, rest) => {
    expect(period(text, ctx)).toMatchObject({ id, start, end, rest });
  });
});

describe('titleSpan and periodInTitle: a year printed alone under a title that states the span', () => {
  const bare = (title: string, year: number, ctx: HeaderContext = calendarYear) => {
    const span = titleSpan(title, ctx);
    return span ? periodInTitle(year, span, ctx) : null;
  };
  test.each([
    // title, year printed, calendar, id, start, end
    ['SUMMARY OF FINANCIAL PERFORMANCE Three months ended December 31,', 2024, march, '2025-q3', '2024-10-01', '2024-12-31'], // CMG (IFRS)
    ['Nine months ended December 31,', 2023, march, '2024-9m', '2023-04-01', '2023-12-31'],
    ['For the 13 weeks ended December 29, 2024 and December 31, 2023', 2024, calendarYear, '2024-q4', '2024-09-30', '2024-12-29'],
    ['For the 13 weeks ended December 29, 2024 and December 31, 2023', 2023, calendarYear, '2023-q4', '2023-10-02', '2023-12-31'],
    ['For the 13 weeks ended February 1, 2025 and February 3, 2024', 2024, retailer, '2024-q4', '2024-11-03', '2025-02-01'],
    ['Consolidated statement of cash flows For the twelve months ended', 2024, calendarYear, '2024-fy', '2024-01-01', '2024-12-31'],
    ['Statement of Financial Position Unaudited As at December 31', 2024, calendarYear, '2024-12-31', undefined, '2024-12-31'],
    // Pfizer's revenue tables name the quarter by its ordinal over bare years: each year's first quarter (pfe-2022-q1).
    ['PFIZER INC. - REVENUES FIRST-QUARTER 2022 and 2021 - (UNAUDITED) (MILLIONS OF DOLLARS)', 2021, calendarYear, '2021-q1', '2021-01-01', '2021-03-31'],
    ['PFIZER INC. - REVENUES FIRST-QUARTER 2022 and 2021 - (UNAUDITED) (MILLIONS OF DOLLARS)', 2022, calendarYear, '2022-q1', '2022-01-01', '2022-03-31'],
    ['Q3 Fiscal Highlights', 2024, march, '2024-q3', '2023-10-01', '2023-12-31'],
  ] as const)('%s over %i', (title, year, ctx, id, start, end) => {
    expect(bare(title, year, ctx)).toMatchObject({ id, end, ...(start ? { start } : {}) });
  });

  test.each([
    ['CONSOLIDATED STATEMENTS OF OPERATIONS'],
    ['UnauditedFor the periods ended December 31'], // a span of no length: the columns must say
    ['FOURTH-QUARTER AND FULL-YEAR 2021 AND 2020'], // a quarter and a year: the columns must say which
    ['First and Second Quarter Results'], // two quarters
  ])('%s states no span', (title) => {
    expect(bare(title, 2024)).toBeNull();
  });
});

describe('titleSpan and spanEndingOn: a day printed alone under a title that states the span', () => {
  // Micron's cash flows: "Nine Months Ended" / "Six Months Ended" over "May 28, 2026 | May 29, 2025", a year ending near
  // August 28 (unseen s20); Everything Fresh's under "… SIX MONTHS ENDED 30 JUNE 2022" over "2022 June | 2021 June |
  // 2021 December" (unseen s16). A span covers a day it can end on: a quarter at a quarter's end, six or nine months as far
  // into the fiscal year as they are long, twelve months anywhere; a title's date names its day in any year.
  const micron: HeaderContext = { calendar: { yearEndMonth: yearEndMonthOf('08-28') }, fiscalYearEnd: '08-28', balanceSheet: false };
  const ending = (title: string, day: string, ctx: HeaderContext = calendarYear) => {
    const span = titleSpan(title, ctx);
    return span ? spanEndingOn(day, span, ctx) : null;
  };
  test.each([
    // title, day printed, calendar, id, start, end
    ['CONSOLIDATED STATEMENTS OF CASH FLOWS (Unaudited) Nine Months Ended', '2026-05-28', micron, '2026-9m', '2025-09-01', '2026-05-28'],
    ['CONSOLIDATED STATEMENTS OF CASH FLOWS (Unaudited) Six Months Ended', '2025-02-27', micron, '2025-h1', '2024-09-01', '2025-02-27'],
    ['CONSOLIDATED STATEMENT OF CASH FLOWS SIX MONTHS ENDED 30 JUNE 2022', '2022-06-30', calendarYear, '2022-h1', '2022-01-01', '2022-06-30'],
    ['CONSOLIDATED STATEMENT OF CASH FLOWS SIX MONTHS ENDED 30 JUNE 2022', '2021-06-30', calendarYear, '2021-h1', '2021-01-01', '2021-06-30'],
    ['KEY FINANCIAL RATIOS AND DATA Three Months Ended', '2019-12-31', { ...calendarYear, calendar: { yearEndMonth: 9 }, fiscalYearEnd: '09-30' }, '2020-q1', '2019-10-01', '2019-12-31'],
    ['Twelve months ended', '2024-09-30', calendarYear, '2024-12m-to-09', '2023-10-01', '2024-09-30'],
  ] as const)('%s over %s', (title, day, ctx, id, start, end) => {
    expect(ending(title, day, ctx)).toMatchObject({ id, start, end });
  });

  test.each([
    ['CONSOLIDATED STATEMENT OF CASH FLOWS SIX MONTHS ENDED 30 JUNE 2022', '2021-12-31'], // the audited year beside the half years
    ['Nine Months Ended', '2024-12-31'], // nine months do not end a calendar year's fourth quarter
    ['Three months ended March 31, 2024', '2023-12-31'], // not the title's day
    ['Statement of Financial Position As at June 30', '2024-06-30'], // an instant's title
    ['CONSOLIDATED STATEMENTS OF CASH FLOWS', '2024-06-30'], // no span
    // Edufocal's cash flow (unseen s16): the report's quarter named over flows that are nine months' (its profit is the 9M's).
    ['Consolidated Statement of Cash Flow Third Quarter Ended September 30, 2023', '2023-09-30'],
    ['FIRST-QUARTER 2022 and 2021', '2022-03-31'],
  ])('%s does not cover %s', (title, day) => {
    expect(ending(title, day)).toBeNull();
  });
});

describe('parseHeaderPeriod reads trailing twelve months and years to date printed short', () => {
  const q4: HeaderContext = { ...calendarYear, intoYear: 12 };
  test.each([
    // text, id, start, end — trailing columns are twelve months ending where the header says, never its quarter
    ['Trailing 4-quarters Q4 2024', '2024-fy', '2024-01-01', '2024-12-31'],
    ['Trailing 4-quarters Q3 2024', '2024-12m-to-09', '2023-10-01', '2024-09-30'],
    ['TTM December 31, 2024', '2024-fy', '2024-01-01', '2024-12-31'],
    ['Last twelve months ended September 30, 2024', '2024-12m-to-09', '2023-10-01', '2024-09-30'],
    ['LTM Q2 2024', '2024-12m-to-06', '2023-07-01', '2024-06-30'],
    // Tupperware's debt covenant table, EX-99.1 of 1Q20 (unseen EDGAR set s15, tup-2020-q1.htm): "four quarters ended"
    // names no "trailing", and was read as the quarter (its net loss (32.3) tied to the quarter's (7.8)).
    ['As of and for the four quarters ended March 31, 2020', '2020-12m-to-03', '2019-04-01', '2020-03-31'],
    ['Four fiscal quarters ended September 30, 2024', '2024-12m-to-09', '2023-10-01', '2024-09-30'],
    ['YTD24', '2024-fy', '2024-01-01', '2024-12-31'], // Copa: the year to date of a fourth-quarter release
    ['YTD23', '2023-fy', '2023-01-01', '2023-12-31'],
  ] as const)('%s', (text, id, start, end) => {
    expect(period(text, q4)).toMatchObject({ id, start, end });
  });

  test('"four quarters" not followed by their end is no trailing period: "Four quarters of growth" names none', () => {
    expect(read('Four quarters of growth')).not.toMatchObject({ kind: 'period' });
  });

  test('trailing twelve months with no end printed is no period, and says why', () => {
    expect(read('Trailing 4-quarters')).toEqual({ kind: 'error', message: "'Trailing 4-quarters' names trailing twelve months but not when they end" });
  });

  test('"Variance Vs YTD23" compares with the prior year to date', () => {
    expect(read('Variance Vs YTD23', { ...calendarYear, intoYear: 12 })).toMatchObject({ kind: 'change', against: { id: '2023-fy' } });
  });
});

describe('parseHeaderPeriod: a span heading over a column named by its own words', () => {
  test.each([
    // text, the name, the span's length — Molson Coors' "For the three months ended" over its "Foreign Exchange Impact"
    // column; Watts Water's "Fourth Quarter Ended" and "Year Ended" over its segments, whose rows print the dates.
    ['For the three months ended Foreign Exchange Impact', 'Foreign Exchange Impact', 3],
    ['For the years ended FX Impact', 'FX Impact', 12],
    ['Fourth Quarter Ended Americas', 'Americas', 3],
    ['Year Ended APMEA', 'APMEA', 12],
  ] as const)('%s is a named column with no period', (text, rest, months) => {
    expect(read(text)).toEqual({ kind: 'named', rest, spanWithoutDate: true, span: { months } });
  });

  test.each([['Three Months Ended'], ['Quarter Ended'], ['As of Today'], ['Year ended']])('%s, with no words of its own, is still no period it can read', (text) => {
    expect(read(text)?.kind).toBe('error');
  });
});
