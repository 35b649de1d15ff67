import type { SourceLine } from './text-lines.ts';

/** Pages a text must have for a line at their edges to be told apart as the page's, not the release's. */
const MIN_PAGES = 3;

/**
 * The lines of a paged plain-text release that are its pages' running heads and feet: the first or last line a page
 * prints, printed so at the edge of at least half its pages and of three or more, alike but for their numbers (a page
 * counter, "3/14"). A browser prints them round a page it prints to PDF, the time it printed and the page's title on
 * top ("8/14/26, 10:15 AM   CENTENE CORPORATION REPORTS SECOND QUARTER 2026 RESULTS - Jul 28, 2026"), its address
 * and the counter at the foot (Centene's and Core Natural Resources' 2Q26 pages); read as the release's, the head stood
 * over the columns of a table the page break cut, as their headings, and the foot was a row between its rows. A
 * heading printed again over a table continued on two pages of ten is no page's running head.
 */
export function runningLines(source: readonly SourceLine[]): Set<number> {
  const pages: number[][] = [[]];
  source.forEach((l, i) => {
    if ((l.pageBreak || l.documentBreak) && pages.at(-1)!.length > 0) pages.push([]);
    if (l.text.trim() !== '') pages.at(-1)!.push(i);
  });
  const out = new Set<number>();
  if (pages.length < MIN_PAGES) return out;
  const key = (i: number) => source[i]!.text.trim().replace(/\d+/g, '0').replace(/\s+/g, ' ');
  const edges = new Map<string, number[]>();
  for (const page of pages) {
    const ends = page.length > 1 ? [page[0]!, page.at(-1)!] : page;
    for (const i of ends) edges.set(key(i), [...(edges.get(key(i)) ?? []), i]);
  }
  for (const [, at] of edges) if (at.length >= MIN_PAGES && at.length * 2 >= pages.length) for (const i of at) out.add(i);
  return out;
}
