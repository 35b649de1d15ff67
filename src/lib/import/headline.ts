import type { ScannedText } from './scan-text.ts';
import { inSource, inText, type Found, type PageHints } from './evidence.ts';

/** Words a results headline uses. */
const RESULTS = /\b(reports?|reported|announces?|announced|posts?|delivers?|results|earnings|revenue|sales|quarter|fiscal|profit|income)\b/i;

/** A line that cannot end a headline: it stops on a preposition, an article, a conjunction or a comma. */
const UNFINISHED = /(?:\b(?:for|of|and|the|to|in|on|with|a|an|its|from|at|by|or)|[,&–-])$/i;

/**
 * The release's headline: the page's `<h1>`; otherwise the first short line near the top
 * that reads like a results headline ("… Reports Third Quarter Net Income"); otherwise the
 * page's `<title>`, or the first line.
 */
export function findHeadline(scan: ScannedText, page: PageHints | null): Found<string> | null {
  if (page?.h1) return { value: page.h1.text, from: `the page's headline, <h1> at ${inSource(page.h1.at, page)}` };
  const top = scan.prose.slice(0, 40);
  const at = top.findIndex((l) => l.text.length <= 200 && !/[.:;]$/.test(l.text) && RESULTS.test(l.text) && !/^exhibit\b/i.test(l.text));
  if (at >= 0) {
    const [line, next] = [top[at], top[at + 1]];
    // "ManTech Announces Financial Results for" / "First Quarter of 2020": a headline set on two lines.
    if (next && UNFINISHED.test(line.text) && next.text.length <= 120 && !/[.:;]$/.test(next.text) && !/^[-•*]/.test(next.text)) {
      return { value: tidy(`${line.text} ${next.text}`), from: `the first lines that read as a results headline (${inText(line.line)}–${next.line})` };
    }
    return { value: tidy(line.text), from: `the first line that reads as a results headline (${inText(line.line)})` };
  }
  if (page?.title) return { value: page.title.text, from: `the page's ${page.title.what}` };
  const first = scan.prose[0];
  return first ? { value: first.text, from: `the first line (${inText(first.line)})` } : null;
}

/** An all-capitals headline is kept as printed, less a trailing colon. */
function tidy(text: string): string {
  return text.replace(/[:\s]+$/, '');
}
