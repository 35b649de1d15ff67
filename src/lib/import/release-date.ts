import type { ScannedText } from './scan-text.ts';
import { findDates, iso, parseDate } from './dates.ts';
import { inSource, inText, quote, type Found, type PageHints } from './evidence.ts';
import { opensBeforeNewYork } from './company.ts';

/** How far into a line a dateline's date may sit ("SANTA CLARA, Calif., Nov. 16, 2022 (GLOBE NEWSWIRE) --"). */
const DATELINE_REACH = 120;
/** Wire services that print in datelines. */
const WIRE = /\b(?:globe\s*newswire|business\s*wire|pr\s*newswire|marketwired|access\s*(?:wire|newswire)|newsfile|cnw|canada newswire)\b/i;
/** A dateline's place: "SANTA CLARA, Calif.,", "ATLANTA, GA –", "NEW YORK--". */
const PLACE = /^[A-Z][A-Z.'’ -]{2,}(?:,|\s*[-–—])/;
/**
 * A dateline's state or country after its place: "CA", "Calif.", "Florida", "New Jersey", or initials each with its
 * full stop, "R.I.", "N.Y.", "D.C." (Hasbro's "Pawtucket, R.I., April 29, 2020 -- Hasbro, Inc.", EX-99.1 of 1Q20).
 */
const STATE = String.raw`(?:[A-Z]{2}|[A-Z][a-z]{1,5}\.|[A-Z]\.(?: ?[A-Z]\.)+|[A-Z][a-z]+(?: [A-Z][a-z]+)?)`;
/**
 * A place printed in capitals and small letters with its state or country, then the date, in
 * parentheses or after a dash: "Silicon Valley, CA (April 16, 2025) – ABVC BioPharma". Nothing
 * else may stand before the date, so a sentence that names a place is no dateline.
 */
const TITLE_PLACE = new RegExp(String.raw`^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3}\s*,\s*${STATE}\s*(?:\(|[-–—]{1,2})\s*$`);
/**
 * A place and its state or country, each followed by a comma, then the date, then a dash or an
 * ellipsis: "London, England, April 29, 2020 … Valaris plc" (Valaris's exhibit 99.1 of 1Q20). A sentence
 * opened by a preposition ("In London, England, April 29, …") is none.
 */
const PLACE_COMMA = new RegExp(String.raw`^(?!(?:In|On|At|From|For|By|As|The|Since|Until|Through)\b)[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3}\s*,\s*${STATE}\s*,\s*$`);
const DASH_OR_ELLIPSIS = /^\s*(?:…|\.{3}|[-–—]{1,2}|\()/;
/**
 * A place and its state or country closed by a full stop, then the date, then a dash: "Long Beach, California. August
 * 10, 2026 – Rocket Lab Corporation (Nasdaq: RKLB)" (Rocket Lab's EX-99.1 of Q1 and Q2 2026); a state's own full stop
 * serves ("Pawtucket, R.I. April 29, 2020 --"). Only with the dash after the date: "Austin, Texas. April 29, 2020 was …"
 * runs on as a sentence.
 */
const PLACE_STOP = new RegExp(String.raw`^(?!(?:In|On|At|From|For|By|As|The|Since|Until|Through)\b)[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3}\s*,\s*${STATE}(?:\s*\.|(?<=\.))\s*$`);
const DASH_AFTER = /^\s*[-–—]{1,2}\s/;
/**
 * A city alone, then a comma and the date, then a dash or the line's end: "Paris, July 26, 2024 – The Board of Directors
 * of Capgemini SE …" (Capgemini's H1 2024 release), "Chennai, July 24, 2024" on a line of its own (Larsen & Toubro's Q1
 * FY25), "Paris La Défense, 30 July 2026" (Arkema's Q2 2026, its letters accented). Not a sentence opened by a
 * preposition, nor one the date runs on into ("Paris, July 26, 2024 was …").
 */
const CITY_COMMA = new RegExp(String.raw`^(?!(?:In|On|At|From|For|By|As|The|Since|Until|Through)\b)\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}\s*,\s*$`, 'u');
// Or a colon: "Chandigarh, 24th January, 2026: JTL Industries Limited …" (JTL's Q3 FY2026, as Indian releases print it).
const DASH_OR_END = /^\s*(?:$|[-–—]{1,2}\s|:\s)/;
/**
 * The place and the date set together in parentheses, then the text: "(Bridgehampton, NY – April 29, 2020) Bridge
 * Bancorp, Inc." (Bridge Bancorp's exhibit 99.1 of 1Q20). Nothing else before the date, the parenthesis closed after it.
 */
const PLACE_IN_PARENTHESES = /^\(\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3}\s*,\s*(?:[A-Z]{2}|[A-Z][a-z]{1,5}\.|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*[-–—,]\s*$/;
const CLOSED = /^\s*\)/;
/** The place in capitals, then the date in parentheses and a dash: "HOUSTON (April 29, 2020) – Cadence Bancorporation" (Cadence's). */
const CAPITALS_THEN_PARENTHESES = /^[A-Z][A-Z.'’ -]{2,}\s\(\s*$/;
const CLOSED_THEN_DASH = /^\s*\)\s*[-–—]/;
/** The date first, then a dash and the place in capitals: "April 29, 2020 - FORT WORTH, TX - AZZ Inc." (AZZ's exhibit 99.1 of FY2020). */
const THEN_PLACE = /^\s*[-–—]{1,2}\s*[A-Z][A-Z.'’ ]{2,}(?:,|\s*[-–—])/;
/**
 * The date first, then a comma, the place and its state or country, and a dash: "September 17, 2024, Newport News,
 * VA-- Kevin Murphy, Ferguson CEO, commented" (Ferguson's Q4 FY2024 release, its dateline after the highlights).
 */
const THEN_PLACE_STATE = new RegExp(String.raw`^\s*,\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3}\s*,\s*${STATE}\s*[-–—]{1,2}`);
/**
 * A dateline's place on a line of its own, the date on the next: an exhibit's HTML set them in blocks of their own
 * ("COLUMBUS, Ohio," / "July 30, 2026" / "- American Electric Power (Nasdaq: AEP) today reported …", AEP's EX-99.1
 * of Q2 2026 as text). The place in capitals, its state or country (its comma may be the date's line's: "NORTH
 * READING, Mass." / " – July 28, 2026 – ", Teradyne's EX-99.1 of Q2 2026), nothing else.
 */
const PLACE_ALONE = new RegExp(String.raw`^[A-Z][A-Z.'’ -]{2,},(?:\s*${STATE}\s*,?)?\s*$`);
/**
 * What may stand before a date set under its place: nothing, or the dash or comma parting them ("– July 28, 2026 –").
 * A comma may also be a line of its own between them (3M's Q2 2026 page as text: "ST. PAUL, Minn." / "," / "July 21,
 * 2026" / "/" / "PRNewswire"), a line holding nothing else (`COMMA_ALONE`).
 */
const DATE_ALONE_BEFORE = /^\s*(?:[-–—]{1,2}|,)?\s*$/;
const COMMA_ALONE = /^\s*,\s*$/;
/** What may follow a date set alone under its place: nothing, or the dash that opens the text. */
const DATE_ALONE_AFTER = /^\s*(?:[-–—]{1,2}.*)?$/;
/** A line opened by a release label: "For Immediate Release: November 22, 2024", "Release date: …". */
const RELEASE_LABEL = /^\W{0,3}(?:for\s+(?:immediate\s+)?release|release\s+date|released|date\s*:)/i;
/** A masthead naming the document and its date, nothing between: "News Release | January 14, 2022" (an issuer's own exhibit). */
const MASTHEAD = /^\W{0,3}(?:news|press)\s+release\W{0,5}$/i;
/** A dateline's date printed without its year: "SAN JOSE, Calif., Aug. 9 /PRNewswire-FirstCall/ --". */
const MONTH_DAY = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+(\d{1,2})\b(?!,?\s*\d{4})/i;
/** A Business Wire news page's address, whose id opens with the day the release was filed: ".../news/home/20250212755125/en/". */
const BUSINESS_WIRE_ID = /\bbusinesswire\.com\/news\/home\/(\d{4})(\d{2})(\d{2})\d{5,}\b/i;
/** A call or webcast held the day the release is published: "will host a live conference call today", "webcast today at 8:30 a.m.". */
const CALL_TODAY = /\b(?:conference\s+call|call|webcast)\b[^.]{0,60}?\btoday\b/i;
/** A call or webcast held "today" that names the day: "will host a video webcast to discuss its second quarter results today, August 5, 2026, at 5:00 p.m. ET". */
const CALL_TODAY_DATED = /\b(?:conference\s+call|call|webcast|broadcast)\b[^.]{0,60}?\btoday\s*[,(]\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?/i;
/** A call on a named day before noon that reviews the results: "On Wednesday, January 19, 2022 at 8 a.m. CT, … will host a conference call to review the financial results". */
const MORNING_CALL = /\b(?:conference\s+call|webcast)\b/i;
const REVIEWS_RESULTS = /\b(?:review|discuss)\b[^.]{0,60}?\bresults\b/i;
const BEFORE_NOON = /^\s*,?\s*at\s+\d{1,2}(?::\d{2})?\s*a\.?m\b(?:\s+[A-Z]{1,4}\b)?/i;
/**
 * A supplement's pointer to the earnings release it is read with, up to that release's date: "The information should
 * be read in conjunction with the Firm's first quarter earnings press release issued April 14, 2022" (Morgan Stanley's
 * financial supplement, exhibit 99.2 of 1Q22). Only the release it goes with: another release named in passing ("as
 * reported in our earnings release of October 20") dates nothing.
 */
const COMPANION_RELEASE = /\b(?:in\s+conjunction\s+with|together\s+with|accompan(?:y|ies|ying))\b[^.]{0,80}?\b(?:earnings|results)\s+(?:(?:press|news)\s+)?release\s+(?:issued|dated|released|published)\s+(?:on\s+)?$/i;
/** How far after the call's line its replay's sentence may sit (Citizens prints the dial-in and webcast lines between them). */
const REPLAY_REACH = 12;
/** A replay's start: "A replay … will be available beginning at 12:00 pm ET on January 19, 2022" (the date must follow within the clause). */
const REPLAY_FROM = /\breplay\b[^.]{0,120}?\b(?:beginning|starting|from)\b[^.]{0,40}?$/i;

/** Three words in small letters before a date: a sentence runs there, which no dateline's place and wire do. */
const SENTENCE_BEFORE = /(?:\b\p{Ll}[\p{L}'’]*\b[^\p{L}]+){3}/u;

export interface Dateline {
  line: number;
  /** Where the dateline's date ends in the line's text. */
  end: number;
  date: string;
  text: string;
}

/**
 * The dateline: a line near the top that opens with its place or names a wire service, with
 * a date in its first characters ("SANTA CLARA, Calif., Nov. 16, 2022 (GLOBE NEWSWIRE) --",
 * "ATLANTA, GA – (August 4, 2010)", "NEW YORK--(BUSINESS WIRE)--Feb. 1, 2023", "Silicon
 * Valley, CA (April 16, 2025) –", "London, England, April 29, 2020 …", "Paris, July 26, 2024 –", "April 29, 2020 - FORT WORTH, TX -",
 * "(Bridgehampton, NY – April 29, 2020)", "HOUSTON (April 29, 2020) –").
 */
export function findDateline(scan: ScannedText): Dateline | null {
  const top = scan.prose.slice(0, 40);
  for (const [i, { line, text }] of top.entries()) {
    const head = text.slice(0, DATELINE_REACH);
    const date = findDates(head)[0];
    if (!date) {
      const next = top[i + 1] && COMMA_ALONE.test(top[i + 1]!.text) ? top[i + 2] : top[i + 1];
      const own = next && PLACE_ALONE.test(text) ? findDates(next.text)[0] : undefined;
      const end = own ? own.index + own.text.length : 0;
      if (own && DATE_ALONE_BEFORE.test(next!.text.slice(0, own.index)) && DATE_ALONE_AFTER.test(next!.text.slice(end))) {
        return { line: next!.line, end, date: own.iso, text: `${text} ${own.text}` };
      }
      continue;
    }
    const before = head.slice(0, date.index);
    const after = head.slice(date.index + date.text.length);
    // A date a sentence reaches is the sentence's, not the dateline's: "CHICAGO, IL - McDonald's Corporation today
    // announced results for the second quarter ended June 30, 2023" (McDonald's 2Q23) dates the quarter.
    if (SENTENCE_BEFORE.test(before)) continue;
    const placed = PLACE.test(text) || WIRE.test(head) || TITLE_PLACE.test(before) || (PLACE_COMMA.test(before) && DASH_OR_ELLIPSIS.test(after)) || (PLACE_STOP.test(before) && DASH_AFTER.test(after)) || (CITY_COMMA.test(before) && DASH_OR_END.test(after)) || (/^\W{0,3}$/.test(before) && (THEN_PLACE.test(after) || THEN_PLACE_STATE.test(after))) || (PLACE_IN_PARENTHESES.test(before) && CLOSED.test(after)) || (CAPITALS_THEN_PARENTHESES.test(before) && CLOSED_THEN_DASH.test(after));
    if (placed) return { line, end: date.index + date.text.length, date: date.iso, text: head.slice(0, date.index + date.text.length) };
  }
  return null;
}

/**
 * A city, a comma and the date closing a run of words that cannot run on into it: a figure, a percentage, a closing
 * bracket or a sentence's end. "Order Inflow 8% Revenue 15% PAT 12% Chennai, July 24, 2024" is Larsen & Toubro's Q1
 * FY25 release, where the Markdown joined the dateline to the highlights above it into one paragraph.
 */
const CITY_AFTER_BREAK = /(?:^|(?<=[\d%).!?\]:;])\s+)((?!(?:In|On|At|From|For|By|As|The|Since|Until|Through)\b)[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\s*,\s*$/;

/**
 * A dateline merged into the paragraph above it (its line break lost in a conversion): a city and its date after a
 * figure or a sentence's end, the date closing the line or followed by a dash. Only when exactly one line of the top
 * of the release holds one such date: two, or two dates in its line, and which is the release's is not said.
 */
function datelineInParagraph(top: { line: number; text: string }[]): Dateline | null {
  const found: Dateline[] = [];
  for (const { line, text } of top) {
    const dates = findDates(text);
    for (const date of dates) {
      const before = text.slice(0, date.index);
      const after = text.slice(date.index + date.text.length);
      const city = CITY_AFTER_BREAK.exec(before);
      if (!city || !DASH_OR_END.test(after)) continue;
      if (dates.length > 1) return null;
      found.push({ line, end: date.index + date.text.length, date: date.iso, text: `${city[1]}, ${date.text}` });
    }
  }
  return found.length === 1 ? found[0]! : null;
}

/**
 * The release date, from the strongest evidence first: the dateline; a line opened by a
 * release label ("For Immediate Release: November 22, 2024", never a date in the prose such
 * as "guidance issued on November 7, 2024"); the page's date element or its `<meta>` dates; a
 * date alone above the body; a dateline printing no year, dated in the year after the
 * period's end. Assumed, for the user to confirm: the day a call held "today" is replayed from
 * (conferenceCallDay), the day a Business Wire address names, or a saved copy's
 * date (when the site published its copy, often a day after the release).
 */
export function findReleaseDate(scan: ScannedText, page: PageHints | null, periodEnd: string | null = null, exchange = '', reportedEnd: string | null = null, headline: string | null = null): Found<string> | null {
  const found = releaseDateAsPrinted(scan, page, periodEnd, exchange, headline);
  // Only the end the release prints for its own period ("the second quarter ended March 29, 2020"): a fiscal year's
  // end found elsewhere may be the one its outlook speaks of, after the release.
  return found && reportedEnd ? notBeforeItsPeriod(found, reportedEnd) : found;
}

/** How long after its period's end a release may be published and a misprinted year still be read as the next one. */
const PUBLISHED_WITHIN_DAYS = 120;

/**
 * A release cannot be published before the period it reports has ended: Tetra Tech's "April 29, 2019" above "Tetra
 * Tech Reports Second Quarter 2020 Results" (a quarter ended March 29, 2020) is the year misprinted. Read as the
 * same day a year later where that falls within a few months after the period's end (marked to confirm); otherwise
 * no date is taken from it, and the import asks for one.
 */
function notBeforeItsPeriod(found: Found<string>, periodEnd: string): Found<string> | null {
  if (found.value >= periodEnd) return found;
  const next = `${Number(found.value.slice(0, 4)) + 1}${found.value.slice(4)}`;
  const days = (Date.parse(next) - Date.parse(periodEnd)) / 86_400_000;
  if (parseDate(next) && days >= 0 && days <= PUBLISHED_WITHIN_DAYS) {
    return { value: next, from: `${found.from}, printed ${found.value}, before the period it reports ended (${periodEnd}): read as the same day a year later`, assumed: true };
  }
  return null;
}

function releaseDateAsPrinted(scan: ScannedText, page: PageHints | null, periodEnd: string | null, exchange: string, headline: string | null): Found<string> | null {
  const dateline = findDateline(scan);
  if (dateline) return { value: dateline.date, from: `the dateline ${quote(dateline.text)} (${inText(dateline.line)})` };
  const top = scan.prose.slice(0, 40);
  for (const { line, text } of top) {
    const head = text.slice(0, DATELINE_REACH);
    const date = findDates(head)[0];
    if (date && (RELEASE_LABEL.test(head.slice(0, date.index)) || MASTHEAD.test(head.slice(0, date.index)))) return { value: date.iso, from: `${quote(head.slice(0, date.index + date.text.length))} (${inText(line)})` };
  }
  const labelled = labelOverDate(top);
  if (labelled) return labelled;
  if (page?.dateElement) {
    const iso = parseDate(page.dateElement.text) ?? findDates(page.dateElement.text)[0]?.iso ?? null;
    if (iso) return { value: iso, from: `the page's date, ${page.dateElement.what} at ${inSource(page.dateElement.at, page)}` };
  }
  for (const m of page?.metaDates ?? []) {
    const iso = /^\d{4}-\d{2}-\d{2}/.test(m.text) ? m.text.slice(0, 10) : (findDates(m.text)[0]?.iso ?? null);
    if (iso && parseDate(iso)) return { value: iso, from: `the page's ${m.what}` };
  }
  // A date alone on a line above the body (a newsroom page's date kept in the text; an EDGAR
  // exhibit's "Jan. 25, 2005" printed on the right under its media contacts).
  const body = top.findIndex((l) => l.text.length > 150);
  const alone = top.slice(0, Math.min(body < 0 ? 5 : body, 15)).find((l) => parseDate(l.text.trim()) !== null);
  if (alone) return { value: parseDate(alone.text.trim())!, from: `the date printed alone above the release's text (${inText(alone.line)})` };
  // A date alone on the line over the headline, whatever comes before it: Mitsubishi Gas Chemical's "May 13, 2026" over
  // "Summary of Consolidated Financial Results for the Fiscal Year Ended March 31, 2026", under a translator's note.
  const over = headline ? dateOverHeadline(top, headline) : null;
  if (over) return over;
  // After every form printed apart: a dateline run into the paragraph above is read only where nothing else dates the release.
  const merged = datelineInParagraph(top);
  if (merged) return { value: merged.date, from: `the dateline ${quote(merged.text)} run into the paragraph above it (${inText(merged.line)}): a line break lost before it` };
  const yearless = periodEnd ? datelineWithoutYear(top, periodEnd) : null;
  if (yearless) return yearless;
  const companion = companionReleaseDay(scan.prose);
  if (companion) return companion;
  // An EDGAR submission whose release prints no date: the day of the event its 8-K reports.
  if (page?.reportDate) {
    return {
      value: page.reportDate.date,
      from: `the 8-K's date of report, ${quote(page.reportDate.text)} (${inSource(page.reportDate.at, page)}): the release prints no date, and results furnished on a Form 8-K are reported as of the day they were announced`,
      assumed: true,
    };
  }
  const call = callTodayDated(scan.prose) ?? conferenceCallDay(scan.prose) ?? morningCallDay(scan.prose);
  if (call) return call;
  const saved = page?.savedDate ? /^(\d{4}-\d{2}-\d{2})/.exec(page.savedDate.text) : null;
  for (const { line, text } of scan.prose) {
    const m = BUSINESS_WIRE_ID.exec(text);
    const day = m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
    if (!day) continue;
    // Filed in New York the evening before a morning release where the issuer is listed ("Legrand (Paris:LR)"):
    // the release is dated the next day, which the saved copy's date confirms.
    const next = nextDay(day);
    if (opensBeforeNewYork(exchange) && saved && saved[1] === next) {
      return {
        value: next,
        from: `the day after the one Business Wire's address names, ${quote(m![0])} (${inText(line)}): filed in New York the evening before a morning release on ${exchange}, and the saved copy is dated ${quote(page!.savedDate!.text)}`,
        assumed: true,
      };
    }
    return { value: day, from: `the day Business Wire's address for the release names, ${quote(m![0])} (${inText(line)}): the day it was filed in New York, which may be a day before a release dated elsewhere`, assumed: true };
  }
  if (saved && parseDate(saved[1]!)) {
    return { value: saved[1]!, from: `the date of the saved copy, ${quote(page!.savedDate!.text)} (${inSource(page!.savedDate!.at, page!)}): when the site published its copy, which may be a day after the release`, assumed: true };
  }
  return null;
}

/** The date printed alone on the prose line just above the headline's (a blank line or two between at most). */
function dateOverHeadline(top: { line: number; text: string }[], headline: string): Found<string> | null {
  const at = top.findIndex((l) => l.text.trim() === headline.trim());
  const above = at > 0 ? top[at - 1]! : null;
  const day = above && top[at]!.line - above.line <= 3 ? parseDate(above.text.trim()) : null;
  return day ? { value: day, from: `the date printed alone over the headline (${inText(above!.line)})` } : null;
}

/** A date in figures opening a line: "7/27/2023". */
const FIGURES_DATE = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;

/**
 * A release label on a line of its own, its date opening the next line: McDonald's 2Q23 prints "FOR IMMEDIATE RELEASE"
 * over "7/27/2023" (its contacts beside both). A date in figures is read only where its order is plain: one of its
 * first two numbers is over 12 ("7/27/2023" is July 27); "7/8/2023" could be either and dates nothing.
 */
function labelOverDate(top: { line: number; text: string }[]): Found<string> | null {
  for (const [i, { line, text }] of top.entries()) {
    if (!RELEASE_LABEL.test(text) || findDates(text.slice(0, DATELINE_REACH)).length > 0) continue;
    const next = top[i + 1];
    if (!next || next.line > line + 2) continue; // the next line, or the one after a blank line (release.txt spaces paragraphs)
    const named = findDates(next.text).find((d) => d.index === next.text.search(/\S/));
    if (named) return { value: named.iso, from: `the date under ${quote(text.trim().split(/\s{2,}/)[0]!)}, ${quote(named.text)} (${inText(next.line)})` };
    const m = FIGURES_DATE.exec(next.text);
    if (!m) continue;
    const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const day = a > 12 && b <= 12 ? iso(year, b, a) : b > 12 && a <= 12 ? iso(year, a, b) : null;
    if (day) return { value: day, from: `the date under ${quote(text.trim().split(/\s{2,}/)[0]!)}, ${quote(m[0].trim())} (${inText(next.line)}), in figures whose order is plain` };
  }
  return null;
}

/**
 * A dateline whose date prints no year ("SAN JOSE, Calif., Aug. 9 /PRNewswire-FirstCall/ --"):
 * a release follows the end of its period within the year, so it is the first such day after it.
 */
function datelineWithoutYear(top: { line: number; text: string }[], periodEnd: string): Found<string> | null {
  for (const { line, text } of top) {
    const head = text.slice(0, DATELINE_REACH);
    if (!(PLACE.test(text) && WIRE.test(head))) continue;
    const m = MONTH_DAY.exec(head);
    if (!m) continue;
    const year = Number(periodEnd.slice(0, 4));
    for (const y of [year, year + 1]) {
      const day = parseDate(`${m[1]} ${m[2]}, ${y}`);
      if (day && day > periodEnd) {
        return { value: day, from: `the dateline ${quote(head.slice(0, m.index + m[0].length))} (${inText(line)}), which prints no year: the first ${m[0]} after the period's end, ${periodEnd}` };
      }
    }
  }
  return null;
}

/**
 * A supplement that prints no date of its own but names the earnings release it is to be read with and that release's
 * date: the two are furnished together, so the day is the release's, assumed for the user to confirm.
 */
function companionReleaseDay(prose: { line: number; text: string }[]): Found<string> | null {
  for (const { line, text } of prose) {
    for (const date of findDates(text)) {
      const before = text.slice(Math.max(0, date.index - 200), date.index);
      const named = COMPANION_RELEASE.exec(before);
      if (!named) continue;
      return {
        value: date.iso,
        from: `the day of the earnings release it is to be read with, ${quote(`${named[0]}${date.text}`, 120)} (${inText(line)}): a supplement is furnished with its release`,
        assumed: true,
      };
    }
  }
  return null;
}

/**
 * A release that prints no dateline but holds its call or webcast "today" and names the day in the same breath:
 * "Duolingo will host a video webcast to discuss its second quarter results today, August 5, 2026, at 5:00 p.m. ET"
 * (Duolingo's shareholder letter, 2Q26). The release says which day "today" is, so the day is the release's.
 */
function callTodayDated(prose: { line: number; text: string }[]): Found<string> | null {
  for (const { line, text } of prose) {
    const plain = withoutClockDots(text);
    for (const m of plain.matchAll(new RegExp(CALL_TODAY_DATED.source, 'gi'))) {
      const at = m.index + m[0].length;
      const date = findDates(plain.slice(at, at + 40)).find((d) => d.index === 0);
      if (!date) continue;
      return { value: date.iso, from: `the day a call held "today" names, ${quote(`${m[0]}${date.text}`, 120)} (${inText(line)})` };
    }
  }
  return null;
}

/**
 * A release that prints no date of its own but holds its call "today" and dates the call's
 * replay: "CFG management will host a live conference call today …" then, a few lines on, "A
 * replay of the conference call will be available beginning at 12:00 pm ET on January 19, 2022"
 * (Citizens, 4Q21). A replay starts the day of the call, or the next day after an evening call,
 * so the day is assumed, for the user to confirm.
 */
function conferenceCallDay(prose: { line: number; text: string }[]): Found<string> | null {
  for (let i = 0; i < prose.length; i++) {
    const today = CALL_TODAY.exec(withoutClockDots(prose[i]!.text));
    if (!today) continue;
    for (const { line, text } of prose.slice(i, i + REPLAY_REACH + 1)) {
      const date = findDates(text).find((d) => REPLAY_FROM.test(withoutClockDots(text.slice(0, d.index))));
      if (!date) continue;
      return {
        value: date.iso,
        from: `the day the call held "today" (${quote(today[0])}, ${inText(prose[i]!.line)}) is replayed from, ${quote(date.text)} (${inText(line)}): a replay starts the day of the call or the day after`,
        assumed: true,
      };
    }
  }
  return null;
}

/**
 * A release that prints no date of its own but names the morning its results are reviewed on a
 * call: "On Wednesday, January 19, 2022 at 8 a.m. CT, … will host a conference call to review
 * the financial results" (U.S. Bancorp, 4Q21). Results are out before a morning call reviews
 * them, the same morning or the evening before, so the call's day is assumed, for the user to
 * confirm. A call named without its hour, or held in the afternoon, dates nothing.
 */
function morningCallDay(prose: { line: number; text: string }[]): Found<string> | null {
  for (const { line, text } of prose) {
    for (const sentence of withoutClockDots(text).split(/(?<=[a-z0-9)]\.)\s+(?=[A-Z])/)) {
      if (!MORNING_CALL.test(sentence) || !REVIEWS_RESULTS.test(sentence)) continue;
      const date = findDates(sentence).find((d) => BEFORE_NOON.test(sentence.slice(d.index + d.text.length)));
      if (!date) continue;
      const hour = BEFORE_NOON.exec(sentence.slice(date.index + date.text.length))![0];
      return {
        value: date.iso,
        from: `the morning its results are reviewed on a call, ${quote(`${date.text}${hour}`.trim())} (${inText(line)}): results are released before a morning call reviews them, the same morning or the evening before`,
        assumed: true,
      };
    }
  }
  return null;
}

/** "12:00 p.m. ET" written without the dots that would end a sentence to the patterns above. */
const withoutClockDots = (text: string) => text.replace(/\b([ap])\.m\./gi, '$1m');

/** The day after an ISO date. */
function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
