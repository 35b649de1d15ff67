import type { ScannedText } from './scan-text.ts';
import { DATE_PATTERN, addMonths, parseDate, readableDate } from './dates.ts';
import { inText, quote, type Found } from './evidence.ts';

const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
/** An ordinal, perhaps restated in figures after it ("Third (3rd) Quarter", as FESCO heads its reports). */
const ORDINAL = String.raw`(first|second|third|fourth|1st|2nd|3rd|4th)(?:\s*\((?:1st|2nd|3rd|4th|[1-4])\))?`;
const YEAR = String.raw`'?(\d{4}|\d{2})`;

/** A fiscal period a release names, before its fiscal year is known for sure. */
interface Named {
  kind: 'q' | 'h' | 'fy';
  n: number;
  /** The fiscal year as printed, or null when only an end date is printed. */
  year: number | null;
  /** The end date printed with it ("third quarter ended October 30, 2022"). */
  ended: string | null;
  text: string;
  /** Named as what the release's period is compared with ("compared with … the fourth quarter of 2003"). */
  comparison?: boolean;
  /** Named in a sentence that looks ahead ("installed and commissioned in Q2 2023", "we expect …"). */
  ahead?: boolean;
}

/** Words that introduce the period a figure is compared with, between it and the release's own. */
const COMPARED = /\b(?:compared\s+(?:with|to)|as\s+compared|versus|vs\.?|up\s+from|down\s+from|from|against|over)\b/i;

/** "compared to the", "when compared with", "versus the" right before a period named. */
const COMPARED_BEFORE = /\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+|same\s+period\s+(?:of|in)\s+(?:the\s+)?)?$/i;

/** The text of a sentence up to a point: from the last full stop or semicolon before it. */
function sentenceBefore(text: string, at: number): string {
  const head = text.slice(0, at);
  const stop = Math.max(head.lastIndexOf('. '), head.lastIndexOf('; '));
  return head.slice(stop + 1);
}

/** The sentence around a point of a text: from the last full stop or semicolon before it to the next after it. */
function sentenceAround(text: string, at: number): string {
  const end = text.slice(at).search(/[.;](?:\s|$)/);
  return sentenceBefore(text, at) + text.slice(at, end < 0 ? undefined : at + end);
}

/** "third quarter ended October 30, 2022", "fiscal quarter ended November 2, 2024". */
const QUARTER_ENDED: (typeof FORMS)[number] = { re: new RegExp(String.raw`\b(?:${ORDINAL}[- ](?:fiscal\s+)?quarter|quarter)\s+(?:of\s+fiscal\s+${YEAR}\s+)?end(?:ed|ing)\s+(?:on\s+)?(${DATE_PATTERN})`, 'i'), read: (m) => ({ kind: 'q', n: m[1] ? ORDINALS[m[1].toLowerCase()] : 0, year: m[2] ? fullYear(m[2]) : null, ended: parseDate(m[3]) }) };

/**
 * The forms a release names its period in, most specific first. Each returns what it
 * read; a form printing only "quarter ended <date>" leaves the year to the date.
 */
const FORMS: { re: RegExp; read: (m: RegExpExecArray) => Omit<Named, 'text'>; headlineOnly?: boolean }[] = [
  // "Fourth Quarter and Fiscal 2023", "fourth quarter and full year 2022"
  { re: new RegExp(String.raw`\b${ORDINAL}[- ]quarter\s+(?:and|&)\s+(?:full[- ]year\s+|fiscal(?:\s+year)?\s+|year[- ]end\s+|full\s+fiscal\s+year\s+)?(?:of\s+)?(?:fiscal\s+(?:year\s+)?)?${YEAR}\b`, 'i'), read: (m) => q(m[1], m[2]) },
  // "Fourth Quarter and Full Year Earnings for Fiscal 2025", "Fourth Quarter and Year-End Results for 2024"
  { re: new RegExp(String.raw`\b${ORDINAL}[- ]quarter\s+(?:and|&)\s+(?:full[- ]year|year[- ]end|fiscal\s+year|full\s+fiscal\s+year)\s+(?:[A-Za-z]+\s+){0,3}(?:for|of)\s+(?:fiscal\s+(?:year\s+)?)?${YEAR}\b`, 'i'), read: (m) => q(m[1], m[2]) },
  // "2024 Fourth Quarter and Full Year Results"
  { re: new RegExp(String.raw`\b(\d{4})\s+${ORDINAL}[- ]quarter\b`, 'i'), read: (m) => q(m[2], m[1]) },
  // "Q4 and Full-Year 2025", "Q4 & FY 2025"
  { re: new RegExp(String.raw`\bQ([1-4])\s+(?:and|&)\s+(?:full[- ]year|FY|fiscal(?:\s+year)?)\s*${YEAR}\b`, 'i'), read: (m) => q(m[1], m[2]) },
  // "third quarter fiscal 2023", "second quarter of 2010", "first quarter of fiscal year 2024"
  { re: new RegExp(String.raw`\b${ORDINAL}[- ]quarter\s+(?:of\s+)?(?:fiscal\s+(?:year\s+)?|FY\s*)?${YEAR}\b`, 'i'), read: (m) => q(m[1], m[2]) },
  // "Q2 FY25", "Q3 fiscal 2023", "Q4 F19"
  { re: new RegExp(String.raw`\bQ([1-4])\s*(?:FY|F|fiscal(?:\s+year)?)\s*${YEAR}\b`, 'i'), read: (m) => q(m[1], m[2]) },
  // "FY25 Q2", "fiscal 2025 second quarter"
  { re: new RegExp(String.raw`\b(?:FY|fiscal(?:\s+year)?)\s*${YEAR}\s+(?:Q([1-4])|${ORDINAL}\s+quarter)\b`, 'i'), read: (m) => q(m[2] ?? m[3], m[1]) },
  // "Q3 2022", "3Q22", "2Q 2010", "Q2-2025"
  { re: new RegExp(String.raw`\b(?:Q([1-4])|([1-4])Q)(?:\s*|\s*[-–]\s*)${YEAR}\b`, 'i'), read: (m) => q(m[1] ?? m[2], m[3]) },
  // "third quarter ended October 30, 2022", "fiscal quarter ended November 2, 2024"
  QUARTER_ENDED,
  // "the Quarter and Year Ended December 31, 2024", "Three and Twelve Months Ended December 31, 2024": the quarter
  // that ends the year (Choice Properties' headline was read as the year alone), numbered by the months of the longer span.
  { re: new RegExp(String.raw`\bquarter\s+(?:and|&)\s+(?:the\s+)?(?:full[- ]|fiscal\s+)?year\s+end(?:ed|ing)\s+(?:on\s+)?(${DATE_PATTERN})`, 'i'), read: (m) => ({ ...endedQuarter(4, m[1]), year: Number(parseDate(m[1])?.slice(0, 4)) || null }) },
  { re: new RegExp(String.raw`\b(?:three|3)\s+and\s+(six|nine|twelve|6|9|12)\s+months\s+end(?:ed|ing)\s+(?:on\s+)?(${DATE_PATTERN})`, 'i'), read: (m) => endedQuarter((({ six: 6, nine: 9, twelve: 12 } as Record<string, number>)[m[1].toLowerCase()] ?? Number(m[1])) / 3, m[2]) },
  // "first half 2019", "H1 2019", "half year ended 30 June 2019"
  { re: new RegExp(String.raw`\b(first|second)\s+half\s+(?:of\s+)?(?:fiscal\s+(?:year\s+)?)?${YEAR}\b`, 'i'), read: (m) => ({ kind: 'h', n: m[1].toLowerCase() === 'first' ? 1 : 2, year: fullYear(m[2]), ended: null }) },
  { re: new RegExp(String.raw`\bH([12])\s*(?:FY\s*)?${YEAR}\b`, 'i'), read: (m) => ({ kind: 'h', n: Number(m[1]), year: fullYear(m[2]), ended: null }) },
  { re: new RegExp(String.raw`\b(?:half[- ]year|interim\s+period|six\s+months)\s+(?:results\s+)?(?:ended|to)\s+(${DATE_PATTERN})`, 'i'), read: (m) => ({ kind: 'h', n: 0, year: null, ended: parseDate(m[1]) }) },
  // "Fiscal 2023 results", "full year 2022 results", "fiscal year ended January 29, 2023"
  { re: new RegExp(String.raw`\b(?:full[- ]year|fiscal(?:\s+year)?|FY)\s*${YEAR}\s+(?:financial\s+)?(?:results|earnings)\b`, 'i'), read: (m) => ({ kind: 'fy', n: 0, year: fullYear(m[1]), ended: null }) },
  // A headline naming a year and no quarter: "Reports Record 2024 Results", "2024 Full-year Results", "Annual Results 2024".
  { re: /\b(\d{4})\s+(?:(?:full[- ]year|annual|year[- ]end)\s+)?(?:financial\s+)?results\b|\b(?:full[- ]year|annual|year[- ]end)\s+results\s+(?:for\s+)?(\d{4})\b/i, read: (m) => ({ kind: 'fy', n: 0, year: Number(m[1] ?? m[2]), ended: null }), headlineOnly: true },
  // A headline naming its fiscal year and no quarter: "AZZ Inc. Reports Financial Results for Fiscal Year 2020" (read
  // from a prose "third quarter of FY2021" before). A headline naming a quarter too is read by the forms above.
  { re: new RegExp(String.raw`(?<!\b(?:quarter|Q[1-4]|[1-4]Q)\b.*)\bresults\s+(?:for\s+(?:the\s+)?)?(?:full[- ]year\s+|fiscal\s+year\s+|fiscal\s+|FY\s*)${YEAR}\b(?!.*\b(?:quarter|Q[1-4]|[1-4]Q)\b)`, 'i'), read: (m) => ({ kind: 'fy', n: 0, year: fullYear(m[1]), ended: null }), headlineOnly: true },
  // A headline naming the year by its end: "… for the Year Ended December 31, 2024", "Year-End Report January 1 - December 31, 2024".
  { re: new RegExp(String.raw`\byear(?:[- ]end(?:ed)?|\s+end(?:ed|ing))\b[^.]{0,40}?(${DATE_PATTERN})`, 'i'), read: (m) => ({ kind: 'fy', n: 0, year: Number(parseDate(m[1])?.slice(0, 4)) || null, ended: parseDate(m[1]) }), headlineOnly: true },
  // "Third Quarter Results" with no year: completed by a quarter end date printed elsewhere.
  { re: new RegExp(String.raw`\b${ORDINAL}[- ](?:fiscal\s+)?quarter\b`, 'i'), read: (m) => ({ kind: 'q', n: ORDINALS[m[1].toLowerCase()], year: null, ended: null }) },
];

/**
 * Quarter n, which ends on the date printed: its fiscal year is left to the date (the quarter ended
 * September 30, 2024 of a year ending in March is in fiscal 2025).
 */
function endedQuarter(n: number, date: string): Omit<Named, 'text'> {
  return { kind: 'q', n, year: null, ended: parseDate(date) };
}

function q(n: string, year: string): Omit<Named, 'text'> {
  return { kind: 'q', n: Number(n) || ORDINALS[n.toLowerCase()], year: fullYear(year), ended: null };
}

/**
 * The one year a headline prints, other than a year it looks ahead to ("2025 Guidance", "Outlook for 2025"), with
 * the end it closes where it is a period's end's ("Third Quarter and Nine Months period ended November 30, 2022"): that
 * year is the calendar's, not the fiscal year's name.
 */
function headlineYear(text: string): { year: number; text: string; date: string | null } | null {
  const years = [...text.matchAll(/\b(?:fiscal\s+(?:year\s+)?|FY\s*)?((?:19|20)\d{2})\b/gi)].filter((m) => !/guidance|outlook|forecast|target|expect|plan/i.test(text.slice(Math.max(0, m.index - 25), m.index + m[0].length + 25)));
  const distinct = new Set(years.map((m) => m[1]));
  if (distinct.size !== 1) return null;
  const first = years[0]!;
  const date = DATE_CLOSING.exec(text.slice(0, first.index + first[0].length));
  return { year: Number(first[1]), text: date ? date[0] : first[0], date: date ? parseDate(date[1]!) : null };
}

/** A period's end closing the text ("… period ended November 30, 2022"); a date of anything else (a dividend's) is no end. */
const DATE_CLOSING = new RegExp(String.raw`\bend(?:ed|ing)\s+(?:on\s+)?(${DATE_PATTERN})$`, 'i');

function fullYear(printed: string): number {
  const n = Number(printed);
  return printed.length <= 2 ? 2000 + n : n;
}

/** A span the release states it reports by its end: "Three Months Ended 31 March 2022", "NINE MONTHS ENDED 28 JANUARY 2023". */
const SPAN_ENDED = new RegExp(String.raw`\b(?:three|six|nine|twelve|3|6|9|12)\s+months\s+end(?:ed|ing)\s+(?:on\s+)?(${DATE_PATTERN})`, 'gi');

/**
 * The day a year before the latest end of a span the release's text or its tables' titles state ("Three Months Ended 31
 * March 2022"), or null where they state none. A period the text names that ended before it is a past the release
 * recounts, not the one it reports: FosRich's report for the three months ended 31 March 2022 tells that "In the first
 * quarter of 2020, the World Health Organization declared … a pandemic" (read as its period, 2020-q1, before); the
 * same period a year earlier, what the release compares itself with, ends on that day or after it.
 */
function recountedBefore(scan: ScannedText, headline: string | null): string | null {
  let latest: string | null = null;
  const texts = [headline ?? '', ...scan.prose.map((p) => p.text), ...scan.tables.flatMap((t) => t.title)];
  for (const text of texts) {
    for (const m of text.matchAll(SPAN_ENDED)) {
      const date = parseDate(m[1]);
      if (date && (!latest || date > latest)) latest = date;
    }
  }
  return latest && `${Number(latest.slice(0, 4)) - 1}${latest.slice(4)}`;
}

/** A span the release states it has closed ("Six months ended June 30, 2023"), not one it looks ahead to ("… ending"). */
const SPAN_CLOSED = new RegExp(String.raw`\b(?:three|six|nine|twelve|3|6|9|12)\s+months\s+ended\s+(?:on\s+)?(${DATE_PATTERN})`, 'gi');

/**
 * The day a year before the latest end of a span the release's headline and first lines state it has closed, or null.
 * A period with its year named in the text that ends on that day is the same period a year earlier, the one the
 * release compares itself with, however the sentence words it: Dolphin Cove's report for the six months ended June 30,
 * 2023 says its profit was "20% greater than Q2 2022" and its working capital "an 47% surge from Q2 2022", read as its
 * period (2022-q2) before. Its own quarter is then read from what dates it (its tables' "3 Months Ended June 30, 2023").
 */
function comparedDay(scan: ScannedText, headline: string | null): string | null {
  let latest: string | null = null;
  for (const text of [headline ?? '', ...scan.prose.slice(0, 5).map((p) => p.text)]) {
    for (const m of text.matchAll(SPAN_CLOSED)) {
      if (AHEAD.test(sentenceAround(text, m.index))) continue;
      const date = parseDate(m[1]);
      if (date && (!latest || date > latest)) latest = date;
    }
  }
  return latest && `${Number(latest.slice(0, 4)) - 1}${latest.slice(4)}`;
}

/** Where to look: the headline first, then the top of the release, then anywhere. */
function candidates(scan: ScannedText, headline: string | null): { text: string; where: string }[] {
  const out = headline ? [{ text: headline, where: 'the headline' }] : [];
  for (const p of scan.prose) out.push({ text: p.text, where: inText(p.line) });
  return out;
}

/**
 * A quarter the headline names with its year ("Tetra Tech Reports Second Quarter 2020 Results") whose end date the
 * text prints below it ("results for the second quarter ended March 29, 2020"): the first such line, where the date
 * falls in or just before the named year (a fiscal year may be named by the year it ends in).
 * Only a quarter of the fiscal year named: its end falls in that year or the one before.
 */
function endedBelow(scan: ScannedText, named: Named & { where: string }): (Named & { where: string }) | null {
  if (named.kind !== 'q' || named.n === 0 || named.year === null) return null;
  // The latest such end: the same quarter a year before ("compared with the second quarter ended March 31, 2019") is not it.
  let latest: (Named & { where: string }) | null = null;
  for (const { line, text } of scan.prose.slice(0, 40)) {
    const m = QUARTER_ENDED.re.exec(text);
    if (!m) continue;
    const read = QUARTER_ENDED.read(m);
    const year = Number(read.ended?.slice(0, 4));
    if (!read.ended || read.n !== named.n || (year !== named.year && year !== named.year - 1)) continue;
    if (!latest || read.ended > latest.ended!) latest = { ...read, text: m[0], where: inText(line) };
  }
  return latest;
}

/** The rest of a year printed as the two it spans: "/23" after "Q3 2022", "-25" after "Q1 FY 2024". */
const SPLIT_YEAR_REST = /^\s*[/–-]\s*(\d{4}|\d{2})\b/;

/**
 * A period whose year is printed as the two its fiscal year spans ("Q3 2022/23", JBG's third quarter to January 28,
 * 2023; "Q1 FY 2024-25", Larsen & Toubro's to June 30, 2024), with that fiscal year named by the later, the year it
 * ends in: the form's match stops at the first ("Q3 2022" was read as fiscal 2022, and the prior year's "Q3 2021/22"
 * as the release's own). Only two years in a row.
 */
function splitYear(read: Omit<Named, 'text'>, m: RegExpExecArray, text: string): Omit<Named, 'text'> & { text: string } {
  const rest = /\d{4}$/.test(m[0]) && read.year !== null ? SPLIT_YEAR_REST.exec(text.slice(m.index + m[0].length)) : null;
  const later = rest ? (rest[1]!.length === 2 ? Math.floor(read.year! / 100) * 100 + Number(rest[1]) : Number(rest[1])) : null;
  if (!rest || later !== read.year! + 1) return { ...read, text: m[0] };
  return { ...read, year: later, text: m[0] + rest[0] };
}

/** Words of a sentence that looks ahead: a period it names is one to come, not one reported. */
const AHEAD = /\b(?:expect(?:s|ed)?|anticipat(?:e|es|ed)|will|plan(?:s|ned)?|target(?:s|ed)?|guidance|outlook|forecast|project(?:s|ed)|due\s+to\s+be|intend(?:s|ed)?)\b/i;

/**
 * The same quarter a year later, named in the same paragraph as reported, not looked ahead to: the release's own, and
 * `first` the quarter it is compared with. Berger Paints Jamaica's Q1 2023 report opens "revenues of JA$718M which was
 * on par with the JA$719M in Q1 2022", then "Cost of Goods Sold (COGS) in Q1 2023 was …" (a release compares its
 * quarter with the same quarter a year before; it does not report a quarter a year before one it has already closed).
 */
function sameQuarterAYearLater(paragraphs: { text: string; where: string }[], first: Named & { where: string }): (Named & { where: string }) | undefined {
  if (first.kind === 'fy' || first.n === 0 || first.year === null || first.ahead) return undefined;
  const text = paragraphs.find((p) => p.where === first.where)?.text ?? '';
  for (const form of FORMS) {
    if (form.headlineOnly) continue;
    for (const m of text.matchAll(new RegExp(form.re.source, 'gi'))) {
      const read = splitYear(form.read(m), m, text);
      const later = read.kind === first.kind && read.n === first.n && read.year === first.year + 1;
      if (later && !AHEAD.test(sentenceAround(text, m.index)) && !COMPARED_BEFORE.test(sentenceBefore(text, m.index))) return { ...read, where: first.where };
    }
  }
  return undefined;
}

/**
 * The fiscal period the release reports on, as a period id (`2023-q3`, `2019-h1`,
 * `2023-fy`), from what it prints. A quarter printed with only its end date ("third
 * quarter ended October 30, 2022") is named for the fiscal year it falls in: the year in
 * which that fiscal year ends (the fiscal year end is the quarter end plus the quarters
 * left), unless the release names the fiscal year elsewhere ("fiscal 2023").
 */
export function findFiscalPeriod(scan: ScannedText, headline: string | null): (Found<string> & { ended: string | null; endedFrom: string | null; quarter: number; kind: Named['kind']; printedYear: boolean }) | null {
  const found: (Named & { where: string })[] = [];
  const recounted = recountedBefore(scan, headline);
  const yearBefore = comparedDay(scan, headline);
  for (const { text, where } of candidates(scan, headline)) {
    // In one line, the period named first is the release's ("… for the third quarter ended
    // September 30, 1999, up from … for the third quarter of 1998"); forms break ties.
    const here: (Named & { where: string; at: number })[] = [];
    for (const form of FORMS) {
      if (form.headlineOnly && where !== 'the headline') continue;
      const m = form.re.exec(text);
      if (!m) continue;
      const named = splitYear(form.read(m), m, text);
      // Its end, or the last day of the year printed (a fiscal year named by its end ends in that year at the latest).
      const end = named.ended ?? (named.year !== null ? `${named.year}-12-31` : null);
      if (recounted && end && end < recounted) continue;
      here.push({ ...named, where, at: m.index, ...(AHEAD.test(sentenceAround(text, m.index)) ? { ahead: true } : {}) });
    }
    here.sort((a, b) => a.at - b.at);
    // A period named after the release's own, past "compared with" in the same sentence, is the
    // one it is compared with: "reported fourth quarter earnings of …, compared with … in the
    // fourth quarter of 2003".
    for (const [k, f] of here.entries()) {
      if (k > 0) {
        const between = text.slice(here[k - 1].at + here[k - 1].text.length, f.at);
        f.comparison = !/[.;]\s/.test(between) && COMPARED.test(between);
      }
      // Or named just after "compared to" in its own sentence, as the first period of a line too: "Other Operating
      // Income increased by approximately $15.9 million when compared to the third quarter of 2022" (Caribbean
      // Assurance Brokers' nine months to 30 September 2023, under "Review of 3rd Quarter").
      f.comparison ||= COMPARED_BEFORE.test(sentenceBefore(text, f.at));
      // Or it ends in the month a year before the span the release states it closed.
      f.comparison ||= yearBefore !== null && endMonth(f) === yearBefore.slice(0, 7);
      // Or it labels a figure's comparative in parentheses: "Reported diluted earnings per share was $2.23 (Q4 2023:
      // $2.85)" (Ferguson's Q4 fiscal 2024, whose headline names no year).
      f.comparison ||= /\(\s*$/.test(text.slice(0, f.at)) && /^\s*:\s*\(?[-–]?\s*(?:[$€£¥]|US\$|C\$)?\s*\d/.test(text.slice(f.at + f.text.length));
    }
    found.push(...here.map(({ at: _, ...f }) => f));
    // A headline naming its quarter and, apart from it, one year: "Reports Fiscal Fourth Quarter and Full Year Results … for Fiscal 2005".
    if (where === 'the headline' && !here.some((f) => f.year !== null)) {
      const ordinal = here.find((f) => f.kind === 'q' && f.n > 0);
      const year = ordinal ? headlineYear(text) : null;
      // The year of a date is the quarter's end: its fiscal year is left to the date, as "quarter ended <date>" leaves it.
      if (ordinal && year) found.push({ ...ordinal, ...(year.date ? { year: null, ended: year.date } : { year: year.year }), text: `${ordinal.text}" … "${year.text}` });
    }
    if (found.some((f) => f.year !== null && f.n > 0 && f.kind !== 'fy' && !f.comparison) || found.some((f) => f.kind === 'fy' && where === 'the headline')) break;
  }
  // The release's quarter named with no year, compared with the same quarter of a year printed:
  // the release's is the year after ("fourth quarter …, compared with … the fourth quarter of 2003").
  for (const [k, f] of found.entries()) {
    const own = found[k - 1];
    if (!f.comparison || f.year === null || f.kind !== 'q' || !own || own.where !== f.where || own.kind !== 'q' || own.n !== f.n || own.year !== null || own.ended !== null) continue;
    // A year or an end date printed with the release's own period says it better.
    if (found.some((g) => !g.comparison && ((g.year !== null && (g.n > 0 || g.kind === 'fy')) || (g.ended !== null && g.n > 0)))) break;
    return {
      value: `${f.year + 1}-q${f.n}`,
      from: `${quote(own.text)} compared with ${quote(f.text)} (${f.where}): the same quarter a year later (inferred: the release prints no year beside its own quarter)`,
      ended: null,
      endedFrom: null,
      quarter: f.n,
      kind: 'q',
      printedYear: false,
    };
  }
  // A quarter's end date printed anywhere completes a form that names the quarter.
  // A quarter printed with its end date before any printed year ("the third quarter ended
  // September 30, 1999, … the third quarter of 1998") is the release's own.
  const first = found.find((f) => !f.comparison && ((f.year !== null && (f.n > 0 || f.kind === 'fy')) || (f.ended !== null && f.n > 0)));
  const after = first ? quarterAfter(found, first) : null;
  if (after) return after;
  const complete = first && first.year !== null ? (sameQuarterAYearLater(candidates(scan, headline), first) ?? first) : undefined;
  const dated = found.find((f) => f.ended !== null);
  if (complete) {
    const id = complete.kind === 'fy' ? `${complete.year}-fy` : `${complete.year}-${complete.kind}${complete.n}`;
    const sameQuarter = (dated && (dated.n === 0 || dated.n === complete.n) && dated.kind === complete.kind ? dated : null) ?? endedBelow(scan, complete);
    return {
      value: id,
      from: `${quote(complete.text)} (${complete.where})`,
      ended: sameQuarter?.ended ?? null,
      endedFrom: sameQuarter ? `${quote(sameQuarter.text)} (${sameQuarter.where})` : null,
      quarter: complete.n,
      kind: complete.kind,
      printedYear: true,
    };
  }
  // "Third Quarter Results" in the headline, "the quarter ended September 30, 2023" in the text.
  const ordinal = found.find((f) => f.kind === 'q' && f.n > 0 && f.year === null && f.where === 'the headline');
  const undated = found.find((f) => f.kind === 'q' && f.n === 0 && f.ended !== null);
  if ((!dated || dated.n === 0) && ordinal && undated) {
    Object.assign(undated, { n: ordinal.n, text: `${ordinal.text}" (the headline) and "${undated.text}` });
  }
  const datedQuarter = found.find((f) => f.ended !== null && f.n > 0);
  if (datedQuarter?.ended) {
    const dated = { ...datedQuarter, ended: datedQuarter.ended };
    const quartersLeft = dated.kind === 'q' ? 4 - dated.n : 2 - dated.n;
    const yearEnd = addMonths(dated.ended, (dated.kind === 'q' ? 3 : 6) * quartersLeft);
    const id = `${yearEnd.year}-${dated.kind}${dated.n}`;
    return {
      value: id,
      from: `${quote(dated.text)} (${dated.where}); named for fiscal ${yearEnd.year}, the fiscal year ending ${quartersLeft} ${dated.kind === 'q' ? 'quarter' : 'half'}${quartersLeft === 1 ? '' : 's'} after ${readableDate(dated.ended)} (inferred: the release prints no fiscal year)`,
      ended: dated.ended,
      endedFrom: `${quote(dated.text)} (${dated.where})`,
      quarter: dated.n,
      kind: dated.kind,
      printedYear: false,
    };
  }
  return null;
}

/**
 * A quarter printed by its end alone ("for the quarter ended June 30, 2024"), later than the dated quarter of a year
 * read first and within the next three quarters: the release's own, numbered on from that one. ACC's Q1 FY2025 results
 * ("Unaudited Standalone Financial Results for the quarter ended June 30, 2024") recount in a note what it did "during
 * the quarter and year ended March 31, 2024", read as its period before (2024-q4); a release reports the latest quarter
 * it closes, the earlier one is its past. Never one looked ahead to, nor one named as a comparison.
 */
function quarterAfter(found: (Named & { where: string })[], first: Named & { where: string }): (Found<string> & { ended: string; endedFrom: string; quarter: number; kind: 'q'; printedYear: boolean }) | null {
  if (first.kind !== 'q' || first.n === 0 || first.year === null || first.ended === null) return null;
  const later = found.find((f) => f.kind === 'q' && f.n === 0 && !f.comparison && !f.ahead && f.ended !== null && f.ended > first.ended! && /\bended\b/i.test(f.text));
  if (!later?.ended) return null;
  const months = monthIndex(later.ended) - monthIndex(first.ended);
  if (months % 3 !== 0 || months < 3 || months > 9) return null;
  const step = first.n - 1 + months / 3;
  const n = (step % 4) + 1;
  const year = first.year + Math.floor(step / 4);
  return {
    value: `${year}-q${n}`,
    from: `${quote(later.text)} (${later.where}), ${months / 3} quarter${months === 3 ? '' : 's'} after ${quote(first.text)} (${first.where}), fiscal ${first.year}'s quarter ${first.n}: the latest quarter the release closes`,
    ended: later.ended,
    endedFrom: `${quote(later.text)} (${later.where})`,
    quarter: n,
    kind: 'q',
    printedYear: false,
  };
}

/**
 * The month (YYYY-MM) a period named ends in: its end date printed, or a quarter's or half's of a calendar year
 * ("Q2 2022" ends in June 2022). A quarter named n of year Y ending in month 3n of a span the release closed could only be
 * of a year starting in January, so named Y whether years are named by their start or end: "Q2 2022" beside the six
 * months ended June 30, 2023 is the same quarter a year before, never fiscal 2022's quarter ending in June 2023.
 */
function endMonth(f: Named): string | null {
  if (f.ended) return f.ended.slice(0, 7);
  if (f.year === null || f.n === 0 || f.kind === 'fy') return null;
  return `${f.year}-${String(f.n * (f.kind === 'q' ? 3 : 6)).padStart(2, '0')}`;
}

/** Months since year 0 of an ISO date's month. */
function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/** A column heading naming a quarter by its end: "Three Months Ended June 30, 2023", "13 Weeks Ended December 28, 2024", "Quarter ended …". */
const QUARTER_COLUMN = new RegExp(String.raw`\b(?:three[\s-]months?|3\s+months|thirteen\s+weeks|13\s+weeks|fourteen\s+weeks|14\s+weeks|quarter)\s+end(?:ed|ing)\s+(?:on\s+)?(${DATE_PATTERN})`, 'i');

/**
 * The fiscal period from the tables' column headings when the headline and prose name none:
 * the latest quarter a heading dates ("Three Months Ended June 30, 2023"), numbered within the
 * fiscal year that ends on `yearEnd` (MM-DD). Assumed when that year end is itself assumed.
 */
export function periodFromColumns(scan: ScannedText, yearEnd: { value: string; assumed?: boolean }): (Found<string> & { ended: string; endedFrom: string; quarter: number; kind: 'q'; printedYear: boolean }) | null {
  let latest: { date: string; text: string; line: number } | null = null;
  for (const t of scan.tables) {
    for (const c of t.columns) {
      const m = QUARTER_COLUMN.exec(c);
      const date = m ? parseDate(m[1]) : null;
      if (date && (!latest || date > latest.date)) latest = { date, text: m![0], line: t.line };
    }
  }
  if (!latest) return null;
  const endMonth = Number(yearEnd.value.slice(0, 2));
  const [y, month, day] = latest.date.split('-').map(Number);
  // A quarter ending in the first days of a month (a 52/53-week calendar) counts as the month before.
  const m = day <= 7 ? ((month + 10) % 12) + 1 : month;
  const after = (m - endMonth + 12) % 12; // months from the year's end to the quarter's
  const quarter = after === 0 ? 4 : Math.round(after / 3);
  if (quarter < 1 || quarter > 4) return null;
  const fiscalYear = m <= endMonth ? y : y + 1;
  const where = `${quote(latest.text)} (a column heading of the table at ${inText(latest.line)})`;
  return {
    value: `${fiscalYear}-q${quarter}`,
    from: `${yearEnd.assumed ? 'assumed: ' : ''}the latest quarter the tables' headings date, ${where}, in a fiscal year ending ${yearEnd.value}: the release names no period in its headline or prose`,
    ...(yearEnd.assumed ? { assumed: true } : {}),
    ended: latest.date,
    endedFrom: where,
    quarter,
    kind: 'q',
    printedYear: false,
  };
}
