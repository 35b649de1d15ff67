import type { ScannedText } from './scan-text.ts';
import { inSource, inText, type Found, type PageHints } from './evidence.ts';
import { FORM_TITLE } from './cover-page.ts';

/** Words a results headline uses. */
const RESULTS = /\b(reports?|reported|announces?|announced|posts?|delivers?|results|earnings|revenue|sales|quarter|fiscal|profit|income)\b/i;

/** A line that cannot end a headline: it stops on a preposition, an article, a conjunction, a comma or a verb awaiting its object. */
// A semicolon too: "Spok Reports First-Quarter 2020 Operating Results;" goes on below (Spok's exhibit 99.1 of 1Q20).
const UNFINISHED = /(?:\b(?:for|of|and|the|to|in|on|with|a|an|its|from|at|by|or|ended|ending|reports?|announces?|discusses|posts?|delivers?)|[,&–;-])$/i;
/**
 * A line that goes on with the line above it: opened in small letters, or by a word that joins ("per Diluted Common Share
 * and Net Income of $1.3 Million" under Equity Bancshares' "… Announces First Quarter Earnings of $0.08", EX-99.1 of 1Q20;
 * "AND DECLARES QUARTERLY DIVIDEND" under Home Bancorp's).
 */
const goesOn = (text: string) => /^[a-z]/.test(text) || /^(?:and|or|per|with|including|plus)\b/i.test(text);
/** A headline's verb opening its line, its subject left on the line above. */
const OPENS_ON_VERB = /^(?:reports?|announces?|posts?|delivers?|declares?|achieves?)\b/i;
/**
 * A period named without its year, the year and "Results" on the line below: "Ulta Beauty Announces Second Quarter" /
 * "Fiscal 2023 Results" (Ulta's Q2 FY23 release as a PDF's text). Read alone, the first line names no year and the
 * second a fiscal year, so the release's period was drafted as the year.
 */
const yearBelow = (line: string, next: string) =>
  /\b(?:quarter|half|months|weeks)$/i.test(line) && !/\b(?:19|20)\d{2}\b/.test(line) && /^(?:(?:fiscal|FY)\s*)?(?:19|20)\d{2}\b.*\bresults?$/i.test(next);
/** How many lines a headline may be set on. */
const HEADLINE_LINES = 4;

/**
 * The lines a headline is set on, around the one that reads as one: "ManTech Announces Financial Results for" / "First
 * Quarter of 2020"; "Standard Motor Products, Inc. Discusses" / "COVID-19 Business Impact and Announces" / "First Quarter
 * 2020 Results"; in capitals, "OSHKOSH CORPORATION REPORTS FISCAL 2020" / "SECOND QUARTER RESULTS". A line joins where the
 * line before it is unfinished, or where both are in capitals and it names results; each a short line, no sentence, no
 * bullet, within a blank line of the other.
 */
function headlineLines(top: ScannedText['prose'], at: number): ScannedText['prose'] {
  const short = (l: { text: string }) => l.text.length <= 120 && !/[.:;]$/.test(l.text) && !/^[-•*]/.test(l.text);
  const near = (a: { line: number }, b: { line: number }) => b.line - a.line <= 2;
  const capitals = (t: string) => /[A-Z]{3}/.test(t) && t === t.toUpperCase();
  let [from, to] = [at, at];
  // A headline opening on its verb has its subject on the line above: "AGNC INVESTMENT CORP." / "ANNOUNCES FIRST QUARTER 2020 FINANCIAL RESULTS" (AGNC's exhibit 99.1 of 1Q20).
  // The name may end on its abbreviation's period ("CORP.").
  const subjectAbove = (k: number) => {
    const name = top[k - 1].text.replace(/\b(?:inc|corp|co|ltd|plc|n\.v|s\.a)\.$/i, '');
    return k === at && OPENS_ON_VERB.test(top[k].text) && short({ text: name }) && !/^[-•*]/.test(name);
  };
  while (from > 0 && to - from + 1 < HEADLINE_LINES && near(top[from - 1], top[from]) && ((short(top[from - 1]) && UNFINISHED.test(top[from - 1].text)) || subjectAbove(from))) from--;
  while (to + 1 < top.length && to - from + 1 < HEADLINE_LINES && short(top[to + 1]) && near(top[to], top[to + 1])) {
    const [line, next] = [top[to], top[to + 1]];
    if (!(UNFINISHED.test(line.text) || goesOn(next.text) || (capitals(line.text) && capitals(next.text) && RESULTS.test(next.text)) || yearBelow(line.text, next.text))) break;
    to++;
  }
  return top.slice(from, to + 1);
}

/**
 * The release's headline: the page's `<h1>`; otherwise the first short line near the top
 * that reads like a results headline ("… Reports Third Quarter Net Income"); otherwise the
 * page's `<title>`, or the first line.
 */
export function findHeadline(scan: ScannedText, page: PageHints | null): Found<string> | null {
  if (page?.h1) return { value: page.h1.text, from: `the page's headline, <h1> at ${inSource(page.h1.at, page)}` };
  const start = exhibitStart(scan.prose);
  const top = scan.prose.slice(start, start + 40);
  // A short line ending in a semicolon is a headline going on below; a longer one is a sentence's clause.
  const at = top.findIndex((l) => !FORM_LINE.test(l.text) && l.text.length <= 200 && !/[.:]$/.test(l.text) && !(/;$/.test(l.text) && (l.text.length > 120 || /^[-•*]/.test(l.text))) && RESULTS.test(l.text) && !/^exhibit\b/i.test(l.text));
  if (at >= 0) {
    const lines = headlineLines(top, at);
    const [first, last] = [lines[0], lines[lines.length - 1]];
    if (lines.length > 1) return { value: tidy(lines.map((l) => l.text).join(' ')), from: `the first lines that read as a results headline (${inText(first.line)}–${last.line})` };
    return { value: tidy(first.text), from: `the first line that reads as a results headline (${inText(first.line)})` };
  }
  if (page?.title) return { value: page.title.text, from: `the page's ${page.title.what}` };
  const first = scan.prose[0];
  return first ? { value: first.text, from: `the first line (${inText(first.line)})` } : null;
}

/** The title lines of an SEC form's cover ("CURRENT REPORT", "Date of report …", "Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934"): "report" is no results verb there. */
const FORM_LINE = /^(?:CURRENT|QUARTERLY|ANNUAL) REPORT\b|^Date of report\b|^REPORT OF FOREIGN PRIVATE ISSUER\b|\bSecurities Exchange Act of 1934\b/i;

/** An exhibit's own heading line, "Exhibit 99.1" or "EX-99", alone on its line (not an entry of the form's list of exhibits). */
const EXHIBIT_HEADING = /^(?:exhibit|ex-)\s*99(?:\.\d+)?$/i;

/**
 * Where the release starts in an SEC form that carries it (an 8-K's text with its exhibit 99.1 inline, an EDGAR
 * submission): after the exhibit's heading that follows the form's title. The form's cover, items and signatures come
 * first, and "CURRENT REPORT Pursuant to Section 13 or 15(d) …" is no headline (Horizon Financial's 8-K of January 2006,
 * Amazon's, Pfizer's and Qualcomm's submissions). Elsewhere the release starts at its first line.
 */
function exhibitStart(prose: ScannedText['prose']): number {
  const form = prose.findIndex((l) => FORM_TITLE.test(l.text.trim()));
  if (form < 0) return 0;
  const exhibit = prose.findIndex((l, i) => i > form && EXHIBIT_HEADING.test(l.text.trim()));
  return exhibit < 0 ? 0 : exhibit + 1;
}

/** An all-capitals headline is kept as printed, less a trailing colon. */
function tidy(text: string): string {
  // A Markdown heading's marks ("# Peapack-Gladstone … Reports Third Quarter Financial Results", a wire copy kept as
  // Markdown whose tables are no pipe tables) are no part of its words.
  return text.replace(/^#{1,6}\s+/, '').replace(/[:;\s]+$/, '');
}
