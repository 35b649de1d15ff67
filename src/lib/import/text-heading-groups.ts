import { isYear } from './cell-text.ts';
import type { Token } from './text-tokens.ts';

/** A period or date heading: "Three Months Ended", "SECOND QUARTER", "Q1", "June 30,", "December 31, 2022", "2023". */
const PERIOD_HEADING = /\b(?:ended|ending|months|weeks|quarters?|year|years|fiscal|to date|Q[1-4]|[1-4]Q|H[12])\b/i;
const DATE_HEADING = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2},?(?:\s+(?:19|20)\d\d)?$/i;
/** A date in figures: "12/31/2024", "9/30/24" (FinWise's average balances over each quarter's three columns). */
const NUMERIC_DATE_HEADING = /^(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])\/(?:(?:19|20)\d\d|\d\d)$/;
const isPeriodHeading = (text: string) => PERIOD_HEADING.test(text) || DATE_HEADING.test(text.trim()) || NUMERIC_DATE_HEADING.test(text.trim()) || isYear(text);

/** One heading laid over columns first..last (0-based value columns). */
export interface GroupedHeading {
  first: number;
  last: number;
  text: string;
  start: number;
}

/** A header line read by order: the stub's words printed left of its headings, and its headings. */
export interface GroupedLine {
  stub: Token[];
  cells: GroupedHeading[];
}

/** A heading's words as a repeat is told: case, spacing and a note mark after them aside ("Adjusted(1)" repeats "Adjusted"). */
const norm = (text: string) => text.replace(/(?:\s*(?:\(\w{1,2}\)|[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]+))+\s*$/, '').toLowerCase().replace(/\s+/g, ' ').trim();
/**
 * Whether a leaf's heading repeats the first group's: the same words, or the same last words where one group's heading
 * carries a word the others print on the line above ("Average Balance" in the first group, "Average" over "Balance" in
 * the next two: FinWise's average balances, 4Q24). Words only: a date's day is no word ("30, 2023" does not repeat "2023").
 */
const repeats = (text: string, first: string) => text === first || (text !== '' && first !== '' && !/\d/.test(text + first) && (first.endsWith(` ${text}`) || text.endsWith(` ${first}`)));
/** A heading naming a change, which heads the columns of its group as a period's heading does ("Change" over "Reported | Adjusted"). */
const CHANGE_HEADING = /^(?:%\s*|percent(?:age)?\s+)?(?:change|variance|increase\s*\/\s*\(?decrease\)?|inc\.?\s*\/\s*\(?dec\.?\)?)$/i;

/**
 * Header lines whose period headings a reader matches to the columns by order, not by where the layout
 * set them (text from a PDF, `pdftotext -layout`, sets headings apart from the figures they head: eBay's
 * "Three Months Ended   Six Months Ended" twenty characters left of their pairs, McDonald's spanners a
 * column right of theirs, J&J's "SECOND QUARTER" centred over the middle of its five columns).
 *
 * The last header line naming each of the `n` columns in turn (its last `n` texts, the stub's words before
 * them, none a year) is the leaf. When the leaf repeats one run of texts ("2023 2022 | 2023 2022", "2023
 * 2022 Total Operations Currency" twice), each repeat is a group of columns. A line above the leaf printing
 * as many period headings as there are groups, and nothing else right of the stub, heads the groups in
 * turn, each whole; one printing a period heading per column heads the columns in turn. A line whose texts
 * are not all periods ("Percent Change" over part of each group) is left to the layout, as is every line
 * when the leaf does not repeat or no line matches a count: a period is never taken from a heading by
 * order unless the counts say which one.
 *
 * `lines` are the header lines' texts (empty for rules and blank lines), each split into column headings
 * by `split`. Returns the lines so read, by index.
 */
export function groupedHeadings(lines: Token[][], n: number): Map<number, GroupedLine> {
  const read = new Map<number, GroupedLine>();
  if (n < 2) return read;
  let leaf = -1;
  for (let r = lines.length - 1; r >= 0 && leaf < 0; r--) {
    const tokens = lines[r];
    if (tokens.length < n) continue;
    const stub = tokens.slice(0, tokens.length - n);
    if (stub.some((t) => isYear(t.text))) continue;
    leaf = r;
  }
  if (leaf < 0) return read;
  const texts = lines[leaf].slice(lines[leaf].length - n);
  const from = texts[0].start;
  // The shortest run the leaf repeats: its groups.
  let size = 0;
  for (let p = 2; p < n && size === 0; p++) {
    if (n % p === 0 && texts.every((t, k) => repeats(norm(t.text), norm(texts[k % p].text)))) size = p;
  }
  for (let r = 0; r < leaf; r++) {
    const tokens = lines[r];
    // The stub's words end before the leaf's first heading begins.
    const over = tokens.filter((t) => t.end >= from);
    const stub = tokens.filter((t) => t.end < from);
    if (over.length === 0) continue;
    // Periods, one per group, and a change heading over the group of changes after them (Ferguson's "2024 | 2023 | Change"
    // over "Reported | Adjusted(1)" three times, FY2024 Q4): each heads its group, as periods alone do.
    const periodsAndChange = size > 0 && over.length === n / size && over.filter((t) => isPeriodHeading(t.text)).length >= 2 && over.every((t) => isPeriodHeading(t.text) || CHANGE_HEADING.test(norm(t.text)));
    if (periodsAndChange) {
      const cells = byGroups(over, texts, size);
      if (cells) read.set(r, { stub, cells });
      continue;
    }
    if (!over.every((t) => isPeriodHeading(t.text))) {
      const centred = size > 0 ? centredInGroups(over, texts, size) : null;
      if (centred) read.set(r, { stub, cells: centred });
      continue;
    }
    if (over.length < 2) continue;
    if (over.length === n) {
      // One per column, each over its own column's leaf heading or over none.
      if (over.every((t, k) => leafSpan(t, texts).every((i) => i === k))) read.set(r, { stub, cells: over.map((t, k) => ({ first: k, last: k, text: t.text, start: t.start })) });
    } else if (size > 0 && over.length === n / size) {
      const cells = byGroups(over, texts, size);
      if (cells) read.set(r, { stub, cells });
    }
  }
  spanOverGroupedPeriods(lines, leaf, from, read);
  return read;
}

/**
 * A period heading alone on its line ("Three months ended July 31,"), over a line read by groups, centred over a run of
 * that line's period headings: it heads the columns they head (Ferguson's FY2024 Q4 summary, "Three months ended July
 * 31," centred over "2024" and "2023", each over its "Reported | Adjusted(1)" pair; its characters over the second and
 * third columns alone, it left 2024's reported figures under the year alone, read as the fiscal year's). The widest
 * such run, its centre within a character or two of the heading's, as a reader sees a span centred over its years.
 */
function spanOverGroupedPeriods(lines: Token[][], leaf: number, from: number, read: Map<number, GroupedLine>): void {
  for (let r = 0; r < leaf; r++) {
    if (read.has(r)) continue;
    const over = lines[r].filter((t) => t.end >= from);
    if (over.length !== 1 || !isPeriodHeading(over[0].text) || isYear(over[0].text)) continue;
    const below = [...read.entries()].find(([k]) => k > r)?.[1];
    if (!below) continue;
    const heading = over[0];
    const centre = (heading.start + heading.end) / 2;
    const cells = below.cells;
    let best: [number, number] | null = null;
    for (let i = 0; i < cells.length; i++) {
      for (let j = i + 1; j < cells.length && isPeriodHeading(cells[j].text) && !CHANGE_HEADING.test(norm(cells[j].text)); j++) {
        if (!isPeriodHeading(cells[i].text) || CHANGE_HEADING.test(norm(cells[i].text))) break;
        const start = cells[i].start;
        const end = cells[j].start + cells[j].text.length - 1;
        if (heading.end < start || heading.start > end) continue;
        if (Math.abs(centre - (start + end) / 2) > SPAN_SLACK) continue;
        if (best === null || j - i > best[1] - best[0]) best = [i, j];
      }
    }
    if (best === null) continue;
    read.set(r, { stub: lines[r].filter((t) => t.end < from), cells: [{ first: cells[best[0]].first, last: cells[best[1]].last, text: heading.text, start: heading.start }] });
  }
}

/** How far, in characters, a span's centre may stand from the centre of the period headings it is set over. */
const SPAN_SLACK = 3.5;

/** How far, in characters, a heading's centre may stand from the centre of the leaf headings it is set over. */
const CENTRE_SLACK = 2;

/**
 * One heading over each group, each centred over a run of the leaf's headings inside its group (J&J's "Percent
 * Change" over "Total  Operations  Currency", its characters over "Operations" alone): each heads that run, the
 * widest run around the headings it overlaps whose centre is within CENTRE_SLACK of its own. A heading no wider
 * than the leaf headings it stands over is a word of a stacked heading ("Net" over "Income"), and keeps them.
 * Null unless every heading of the line overlaps a leaf heading of its own group and one of them is so widened:
 * the layout reads the rest.
 */
function centredInGroups(over: Token[], leaf: Token[], size: number): GroupedHeading[] | null {
  if (over.length !== leaf.length / size) return null;
  const cells: GroupedHeading[] = [];
  let widened = false;
  for (const [j, t] of over.entries()) {
    const hit = leaf.map((l, k) => (l.start <= t.end && l.end >= t.start ? k : -1)).filter((k) => k >= 0);
    if (hit.length === 0) return null;
    let first = hit[0];
    let last = hit.at(-1)!;
    const group = Math.floor(first / size);
    if (group !== j || Math.floor(last / size) !== group) return null;
    // A stacked heading's word over one column ("Net" over "Income") is no wider than that column's heading.
    if (t.start >= leaf[first].start && t.end <= leaf[last].end) {
      cells.push({ first, last, text: t.text, start: t.start });
      continue;
    }
    const centre = (t.start + t.end) / 2;
    const within = (k: number) => k >= group * size && k < (group + 1) * size && !cells.some((c) => c.first <= k && k <= c.last);
    let widest = 0;
    for (let w = 1; within(first - w) && within(last + w); w++) {
      if (Math.abs(centre - (leaf[first - w].start + leaf[last + w].end) / 2) <= CENTRE_SLACK) widest = w;
    }
    if (widest > 0) widened = true;
    first -= widest;
    last += widest;
    cells.push({ first, last, text: t.text, start: t.start });
  }
  return widened ? cells : null;
}

/**
 * The leaf headings a heading's characters stand over (indexes); where it stands over several, not those it reaches by
 * one character only (CT REIT's "Three Months Ended December 31," ending over the "C" of "Change"), as `headerColumns`.
 */
function leafSpan(t: Token, leaf: Token[]): number[] {
  const hit = leaf.map((l, k) => ({ k, o: Math.min(l.end, t.end) - Math.max(l.start, t.start) + 1 })).filter((x) => x.o > 0);
  while (hit.length > 1 && hit.at(-1)!.o <= 1) hit.pop();
  while (hit.length > 1 && hit[0].o <= 1) hit.shift();
  return hit.map((x) => x.k);
}

/**
 * Period headings, one per group, each set over its own group's leaf headings (or over the gap inside it), as the
 * header's own lines lay them out, wherever the figures stand: heading j heads group j. It keeps the leaf headings it
 * stands over where they include every year or date of the group (Hanesbrands' "Quarters Ended" over "2024  2023",
 * not "% Change"), and takes the whole group where it leaves one out (J&J's "SECOND QUARTER" over "Total" alone,
 * its 2023 and 2022 beside it; eBay's "Three Months Ended" over no figure at all). Null where a heading stands over
 * another group's headings (Danaos' "months" over each of two columns of one group), or over none.
 */
function byGroups(over: Token[], leaf: Token[], size: number): GroupedHeading[] | null {
  const cells: GroupedHeading[] = [];
  for (const [j, t] of over.entries()) {
    const from = j * size;
    const to = from + size - 1;
    const centre = (t.start + t.end) / 2;
    let hit = leafSpan(t, leaf);
    // Over no leaf heading: over the gap between two ("June 30," between "2023" and "2022"), it heads both.
    if (hit.length === 0) {
      const k = leaf.findIndex((l, i) => i + 1 < leaf.length && l.end < centre && leaf[i + 1].start > centre);
      if (k >= 0) hit = [k, k + 1];
    }
    if (hit.length === 0 || !hit.every((k) => k >= from && k <= to)) return null;
    const dated = leaf.slice(from, to + 1).flatMap((l, i) => (isPeriodHeading(l.text) ? [from + i] : []));
    const keeps = hit.length > 0 && dated.length > 0 && dated.every((k) => k >= hit[0] && k <= hit.at(-1)!);
    cells.push(keeps ? { first: hit[0], last: hit.at(-1)!, text: t.text, start: t.start } : { first: from, last: to, text: t.text, start: t.start });
  }
  return cells;
}
