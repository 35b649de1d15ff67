import type { ScannedText } from './scan-text.ts';
import { inSource, inText, type Found, type PageHints } from './evidence.ts';

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
  while (from > 0 && to - from + 1 < HEADLINE_LINES && short(top[from - 1]) && near(top[from - 1], top[from]) && UNFINISHED.test(top[from - 1].text)) from--;
  while (to + 1 < top.length && to - from + 1 < HEADLINE_LINES && short(top[to + 1]) && near(top[to], top[to + 1])) {
    const [line, next] = [top[to], top[to + 1]];
    if (!(UNFINISHED.test(line.text) || goesOn(next.text) || (capitals(line.text) && capitals(next.text) && RESULTS.test(next.text)))) break;
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
  const top = scan.prose.slice(0, 40);
  // A short line ending in a semicolon is a headline going on below; a longer one is a sentence's clause.
  const at = top.findIndex((l) => l.text.length <= 200 && !/[.:]$/.test(l.text) && !(/;$/.test(l.text) && (l.text.length > 120 || /^[-•*]/.test(l.text))) && RESULTS.test(l.text) && !/^exhibit\b/i.test(l.text));
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

/** An all-capitals headline is kept as printed, less a trailing colon. */
function tidy(text: string): string {
  return text.replace(/[:;\s]+$/, '');
}
