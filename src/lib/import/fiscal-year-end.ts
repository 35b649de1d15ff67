import type { ScannedText } from './scan-text.ts';
import { DATE_PATTERN, MONTH_NAMES, addDays, addMonths, daysInMonth, isMonthEnd, parseDate, readableDate } from './dates.ts';
import { inText, quote, type Found } from './evidence.ts';

/** "fiscal year ended January 29, 2023", "year ended December 31, 2022"; not "half-year ended 31 December 2019", a half's end. */
const YEAR_ENDED = new RegExp(String.raw`(?<!\bhalf[\s-]?)\b(?:fiscal\s+)?years?\s+end(?:ed|ing|s)\s+(?:on\s+)?(${DATE_PATTERN})`, 'i');
/** "third quarter ended October 30, 2022", "second quarter of FY 2025 ended December 31, 2024" (Cresud), "Three Months Ended October 30, 2022", "13 weeks ended". */
const QUARTER_ENDED = new RegExp(String.raw`\b(?:(first|second|third|fourth)[- ](?:fiscal\s+)?quarter(?:\s+of\s+(?:fiscal\s+(?:year\s+)?|FY\s?)\d{4})?|quarter|three[\s-]months?(?:\s+and\s+(?:six|nine|twelve)[\s-]months?)?(?:\s+periods?)?|3\s+months|thirteen\s+weeks|13\s+weeks|fourteen\s+weeks|14\s+weeks|13-week(?:\s+fiscal)?\s+quarter)\s+end(?:ed|ing)\s+(?:on\s+)?(${DATE_PATTERN})`, 'i');

/**
 * The fiscal year end (`MM-DD`) from what the release prints: a "year ended" date; or,
 * inferred, the current quarter's end plus the quarters left in the fiscal year (a
 * quarter ending on a month's last day puts the year end on its month's last day; one
 * ending mid-month is a 52/53-week calendar, thirteen weeks a quarter). The ingest reads
 * only the month.
 */
export function findFiscalYearEnd(
  scan: ScannedText,
  period: { kind: 'q' | 'h' | 'fy'; quarter: number; ended: string | null; endedFrom: string | null } | null,
  releasedOn?: string | null,
): (Found<string> & { quarterEnd?: { date: string; from: string }; yearEnd?: string }) | null {
  const texts = [
    ...scan.prose.map((p) => ({ text: p.text, where: inText(p.line) })),
    ...scan.tables.flatMap((t) => t.columns.map((text) => ({ text, where: `a column header of the table at ${inText(t.line)}` }))),
  ];
  // Every "year ended" date printed, the month and day most of them name (a header joined
  // across columns by mistake may print one wrong), the latest among equals (the current year's).
  const ends = new Map<string, { n: number; text: string; where: string; date: string }>();
  for (const { text, where } of texts) {
    const m = YEAR_ENDED.exec(text);
    const date = m ? parseDate(m[1]) : null;
    if (!date || /\b(?:prior|previous|last)\s+(?:fiscal\s+)?year\s+end/i.test(text)) continue;
    const prev = ends.get(monthDay(date));
    ends.set(monthDay(date), { n: (prev?.n ?? 0) + 1, text: prev?.text ?? m![0], where: prev?.where ?? where, date: prev?.date ?? date });
  }
  if (ends.size > 0) {
    const [value, e] = [...ends].sort((a, b) => b[1].n - a[1].n || b[1].date.localeCompare(a[1].date))[0]!;
    const others = ends.size > 1 ? `; ${e.n} of ${[...ends.values()].reduce((n, x) => n + x.n, 0)} "year ended" dates printed end on this day` : '';
    const leap = value !== e.date.slice(5) ? ': the last day of February, the 29th in leap years' : '';
    // The period's own end beside it, where the release prints one: it says how the fiscal years are named (Ulta's
    // "fiscal year ended January 28, 2023" is fiscal 2022's, its second quarter of fiscal 2023 "13 Weeks Ended July 29, 2023").
    const own = period && period.kind !== 'fy' && period.quarter > 0 ? (period.ended ? { d: period.ended, where: period.endedFrom ?? 'the period the release names' } : periodEnd(texts, period, releasedOn)) : null;
    return { value, from: `${quote(e.text)} (${e.where})${leap}${others}`, yearEnd: e.date, ...(own ? { quarterEnd: { date: own.d, from: own.where } } : {}) };
  }
  if (!period || period.kind === 'fy' || period.quarter === 0) return null;

  let ended = period.ended;
  let where = period.endedFrom ?? 'the period the release names';
  if (!ended) {
    const latest = periodEnd(texts, period, releasedOn);
    if (!latest) return balanceSheetYearEnd(scan, period);
    ended = latest.d;
    where = latest.where;
  }
  const left = period.kind === 'q' ? 4 - period.quarter : 2 - period.quarter;
  const months = (period.kind === 'q' ? 3 : 6) * left;
  const unit = period.kind === 'q' ? 'quarter' : 'half';
  const rest = left === 0 ? 'it ends the fiscal year' : `${left} more ${unit}${left === 1 ? ' ends' : 's end'} the fiscal year`;
  if (isMonthEnd(ended)) {
    const { year, month } = addMonths(ended, months);
    const value = monthDay(`${year}-${String(month).padStart(2, '0')}-${String(daysInMonth(year, month)).padStart(2, '0')}`);
    return {
      value,
      from: `inferred from ${where}, ${unit} ${period.quarter} ended ${readableDate(ended)}: ${rest} on ${month === 2 ? 'the last day of February' : `${MONTH_NAMES[month - 1]} ${value.slice(3)}`} (the ingest reads only the month)`,
      quarterEnd: { date: ended, from: where },
    };
  }
  const end = addDays(ended, 91 * left);
  return {
    value: end.slice(5),
    from: `inferred from ${where}, ${unit} ${period.quarter} ended ${readableDate(ended)}: mid-month, so a 52/53-week year; ${left === 0 ? 'it ends the fiscal year' : `${left} more 13-week quarter${left === 1 ? ' ends' : 's end'} the fiscal year about ${readableDate(end)}`} (the ingest reads only the month)`,
    quarterEnd: { date: ended, from: where },
  };
}

/** "six months ended April 30, 2022", "Six Month Ending …", "nine months ended …", "half-year ended …": a span from the fiscal year's start. */
const TO_DATE_ENDED = new RegExp(String.raw`\b(six|nine|6|9|half[\s-]year|first\s+half)\s*(?:months?\s+)?(?:period\s+)?end(?:ed|ing)\s+(?:on\s+)?(${DATE_PATTERN})`, 'gi');

/**
 * The end of the release's quarter from the year to date it reports, where it prints no quarter's own end: an interim
 * report's "six months ended" a second quarter's (a first half's) end, "nine months ended" a third quarter's, since a
 * span of that length in an interim report runs from the fiscal year's start (CAC 2000's "SIX MONTHS ENDED APRIL 30,
 * 2022": a year ending in October, where a calendar year had been assumed). The latest such date.
 */
/**
 * A quarter's or half's end as printed: the quarter's own ("third quarter ended …"); else the latest quarter end in the
 * tables' headers (they print the current quarter), else in the prose; else the year to date's. A quarter ends before
 * its results are released: a later end is an outlook's (eBay's Q1 2023 release, dated April 26, guides "Three Months
 * Ending June 30, 2023", which read as its quarter made March the fiscal year's end).
 */
function periodEnd(texts: { text: string; where: string }[], period: { kind: 'q' | 'h' | 'fy'; quarter: number }, releasedOn?: string | null): { d: string; where: string } | null {
  const ordinal = ['', 'first', 'second', 'third', 'fourth'][period.quarter];
  const dates = texts.flatMap(({ text, where }) => {
    const m = QUARTER_ENDED.exec(text);
    const d = m ? parseDate(m[2]) : null;
    return d && !(releasedOn && d > releasedOn) ? [{ d, text: m![0], where, own: m![1]?.toLowerCase() === ordinal, header: where.startsWith('a column') }] : [];
  });
  const pick = (list: typeof dates) => list.sort((a, b) => b.d.localeCompare(a.d))[0];
  const latest = (period.kind === 'q' ? (pick(dates.filter((d) => d.own)) ?? pick(dates.filter((d) => d.header)) ?? pick(dates)) : pick(dates)) ?? yearToDateEnd(texts, period);
  return latest ? { d: latest.d, where: `${quote(latest.text)} (${latest.where})` } : null;
}

function yearToDateEnd(texts: { text: string; where: string }[], period: { kind: 'q' | 'h' | 'fy'; quarter: number }): { d: string; text: string; where: string } | undefined {
  const months = period.kind === 'q' ? 3 * period.quarter : period.kind === 'h' ? 6 * period.quarter : 0;
  if (months !== 6 && months !== 9) return undefined;
  let latest: { d: string; text: string; where: string } | undefined;
  for (const { text, where } of texts) {
    for (const m of text.matchAll(TO_DATE_ENDED)) {
      if ((/^(?:nine|9)$/i.test(m[1]!) ? 9 : 6) !== months) continue;
      const d = parseDate(m[2]!);
      if (d && (!latest || d > latest.d)) latest = { d, text: m[0], where };
    }
  }
  return latest;
}

/**
 * A year end as "MM-DD". A month's last day is written as in a common year: a year ending on February 29, 2020
 * ends on February 28 in 2019 and 2021, and "02-28" names the last day of February in every year (the ingest
 * reads it so), where "02-29" would name a day most years lack.
 */
function monthDay(date: string): string {
  return isMonthEnd(date) ? `${date.slice(5, 8)}${String(daysInMonth(2001, Number(date.slice(5, 7)))).padStart(2, '0')}` : date.slice(5);
}

/** A column header that names only a date: a balance sheet's instant ("October 30, 2022", "As of June 30, 2010"). */
const INSTANT = new RegExp(String.raw`^(?:as\s+(?:of|at)\s+|at\s+)?(${DATE_PATTERN})(?:\s*\(\w{1,2}\))?$`, 'i');

/**
 * A balance sheet compares the quarter's end with the last fiscal year end ("October 30,
 * 2022" and "January 30, 2022"): when nothing else dates the year end, the latest instant is
 * the quarter's end and the year end is the earlier one as many quarters before it as the
 * quarter's number (else, the quarter's number unknown, the latest earlier one that is not a year before it).
 */
function balanceSheetYearEnd(scan: ScannedText, period: { kind: 'q' | 'h' | 'fy'; quarter: number }): (Found<string> & { quarterEnd?: { date: string; from: string } }) | null {
  for (const table of scan.tables) {
    const dates = table.columns.flatMap((c) => {
      const m = INSTANT.exec(c.trim());
      const d = m ? parseDate(m[1]) : null;
      return d ? [d] : [];
    });
    if (dates.length < 2 || dates.length !== table.columns.length) continue;
    const sorted = [...new Set(dates)].sort().reverse();
    const current = sorted[0];
    const yearBefore = addDays(current, -365);
    // The last year end of quarter n lies n quarters before its end: beside the quarter before (Micron's third quarter,
    // "May 28, 2026 | February 26, 2026 | August 28, 2025"), that is the earlier date, not the latest.
    const near = (d: string, to: string) => Math.abs(Date.parse(d) - Date.parse(to)) <= 20 * 86_400_000;
    const quartersBack = period.kind === 'q' && period.quarter >= 1 && period.quarter <= 3 ? addDays(current, -Math.round(period.quarter * 91.3)) : null;
    const prior = quartersBack ? sorted.slice(1).find((d) => near(d, quartersBack)) : sorted.slice(1).find((d) => !near(d, yearBefore));
    const where = `the balance sheet's columns (${inText(table.line)})`;
    if (period.kind === 'q' && period.quarter === 4) return { value: monthDay(current), from: `${where}: the fourth quarter ends the fiscal year on ${readableDate(current)}`, quarterEnd: { date: current, from: where } };
    if (prior) return { value: monthDay(prior), from: `${where}: ${readableDate(current)} against the last fiscal year end, ${readableDate(prior)}`, quarterEnd: { date: current, from: where } };
  }
  return null;
}
