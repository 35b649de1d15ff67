/**
 * A header line whose headings a converter packed to the left, having lost the spans that set
 * them over their columns: "| | Three Months Ended | Nine Months Ended |" over "| | 2024 | 2023 |
 * 2024 | 2023 |" (a Markdown pipe table has no colspan). Read cell by cell, "Nine Months Ended"
 * would head the second 2023 column and no heading the last two: columns of the wrong period.
 */

import { isYear } from './cell-text.ts';

/** What became of a table's header lines (each a text per column). */
export interface PackedHeadings {
  header: string[][];
  /** Lines whose headings stop short of the columns below and whose spans cannot be told. */
  unresolved: { line: number; headings: number; columns: number; unheaded?: number }[];
}

/** A heading over a run of columns of a header line. */
interface Unit {
  text: string;
  start: number;
  end: number;
}

/** A packed line spread over its columns, and its headings with the columns each covers. */
interface Spread {
  line: string[];
  units: Unit[];
}

/**
 * Spreads each packed line's headings over the columns below them when the line below says
 * how: its headings fall into as many groups as the packed line prints headings, a group ending
 * where a heading would repeat one already in it ("2024 2023 | 2024 2023" under two headings;
 * "Dec. 31 2024, Sep. 30 2024, Dec. 31 2023 | Dec. 31 2024, Dec. 31 2023" under "For the three
 * months ended" and "For the year ended"; "$ | $ | $ %" under "YTD 2025", "YTD 2024",
 * "Variation"). Lines are read bottom up, so a line spread so groups the line above it by its
 * headings, not its columns. Heading g is written over the first column of group g, the rest of
 * its group left empty, which the release text reads as the heading covering them. A packed line
 * whose columns the line below does not divide so is left as printed and listed as unresolved
 * when the line below repeats a text (so only the headings could tell those columns apart);
 * headings over some columns and none over the rest ("Q4 | Q4" over "2024 | 2023 | Change") are
 * no loss and stay as printed. But a packed line over a line that does not divide its columns,
 * whose last columns no line heads at all, is headings that lost their spans, not headings over
 * some columns only: Pegasystems' backlog, "Subscription services | Subscription license |
 * Perpetual license | Consulting | Total" packed over seven columns (two under the first,
 * "Pega Cloud" and "Maintenance", and a last "% of total" column no heading names), would put
 * Maintenance's figures under "Subscription license" and Consulting's under "Total". No heading
 * of such a header can be placed with certainty: each line that does not head every column is
 * left empty (its figures then read under no heading, so unread) and the line reported with how
 * many columns nothing heads. Where the line below does not group them, one heading alone naming a
 * span of periods covers the columns the others leave (see spanGroups).
 */
export function spreadPackedHeadings(header: string[][], rows: string[][] = []): PackedHeadings {
  const overRuns = headingsOverRuns(header);
  if (overRuns) header = overRuns;
  const underFirst = headingsUnderFirst(header, rows);
  if (underFirst) return { header: underFirst, unresolved: [] };
  const pairs = changeOverPairs(header, rows);
  if (pairs) return { header: pairs, unresolved: [] };
  const unresolved: PackedHeadings['unresolved'] = [];
  const out = header.map((line) => [...line]);
  // The columns printing figures (every column when no rows are given).
  const filled = (c: number) => rows.length === 0 || rows.some((r) => (r[c] ?? '') !== '');
  let below: Unit[] | null = null;
  for (let h = out.length - 1; h >= 0; h--) {
    const line = out[h]!;
    const k = packedCount(line);
    // The last line packed under a line heading every column: spread over that line's groups, as a line over them
    // is ("| Dec 31, 2024 | Dec 31, 2023 | Dec 31, 2024 | Dec 31, 2023 |" over "| Amortized Cost | | Fair Value |",
    // Chimera's portfolio composition: a converter printed the spans under the dates).
    // The line above is read as the release text writes a span, in each column it covers: the same heading in
    // adjacent columns is one heading (Bank of America's "Year Ended December 31" over "2021 | 2020", beside five
    // quarters named with their years; grouped cell by cell, "2020" went over every quarter).
    const aboveUnits = !below && h === out.length - 1 && h > 0 && k >= 2 ? unitsOf(out[h - 1]!, true) : null;
    const above = aboveUnits ? joinRepeated(aboveUnits) : null;
    const over = above ? groupsOf(above, k) : null;
    if (over) {
      // Written in each column of its group: no line below says how far an empty cell after it reaches.
      out[h] = line.map((_, c) => line[over.findIndex((u) => u.start <= c && c <= u.end)]!);
      below = null;
      continue;
    }
    if (below && k >= 2) {
      const groups: Unit[] | null = groupsOf(below, k) ?? groupsOf(columnsBelow(out, h), k) ?? spanGroups(below, line, k);
      if (groups) {
        out[h] = line.map((_, c) => {
          const g = groups.findIndex((u) => u.start === c);
          return g >= 0 ? line[g]! : '';
        });
        below = groups.map((u, g) => ({ text: line[g]!, start: u.start, end: u.end }));
        continue;
      }
      if (new Set(below.map((u) => key(u.text))).size < below.length) {
        // Left as printed, the headings may head two columns alike, which no reader takes for two periods; a heading
        // printed twice side by side is then one span, and the spans, one a group, head the groups the line below makes.
        const alike = alikeAsPrinted(out, h, filled);
        const twice: Spread | null = alike ? spansOverGroups(line, k, below) : null;
        if (twice && !alikeAsPrinted([twice.line, ...out.slice(h + 1)], 0, filled)) {
          out[h] = twice.line;
          below = twice.units;
          continue;
        }
        // Period spans and change headings alternating over the dates and their change columns (Plains All American's
        // "Three Months Ended December 31, | % | Twelve Months Ended December 31, | %" over "2024 | 2023 | Change |
        // 2024 | 2023 | Change"): each span over its dates, each "%" over its change, where that heads every column apart.
        const overChanges = k >= 2 && h === out.length - 2 ? spreadAlternating(line, k, out[h + 1]!) : null;
        // (A change column is read with the pair of dates before it, so two "% | Change" columns are no two alike.)
        const dated = (c: number) => filled(c) && !isChangeHeading(out[h + 1]![c] ?? '');
        if (overChanges && !alikeAsPrinted([overChanges, ...out.slice(h + 1)], 0, dated)) {
          out[h] = overChanges;
          continue;
        }
        unresolved.push({ line: h, headings: k, columns: line.length });
        if (alike) {
          // No reading heads every column apart: the line says no period of its columns for certain.
          out[h] = line.map(() => '');
          continue;
        }
      }
    }
    const changes = k >= 2 && h === out.length - 2 ? spreadOverChanges(line, k, out[h + 1]!) : null;
    if (changes) {
      out[h] = changes;
      continue;
    }
    // One heading written in each column of its span ("THREE MONTHS ENDED MARCH 31," over three columns of Standard
    // Motor Products' segment table, a last column of margins beside it under none) is one heading, not several
    // packed: it heads the columns it covers.
    const distinct = new Set(line.slice(0, k).map(key)).size;
    if (k >= 2 && distinct >= 2 && h < out.length - 1 && unresolved.at(-1)?.line !== h && lostSpans(header, k)) {
      unresolved.push({ line: h, headings: k, columns: line.length, unheaded: line.length - k });
      return { header: out.map((l) => (l.every((t) => t !== '') ? l : l.map(() => ''))), unresolved };
    }
    // A line heading some columns only, the first not, ("% of Net" over the "Revenues" of
    // "Amount | Revenues" pairs) makes no groups: the line above is grouped by the one below it.
    const units = unitsOf(line, h === out.length - 1);
    if (units || !below || k > 0) below = units;
  }
  return { header: out, unresolved };
}

/**
 * Whether header lines `h` on, read as the release text reads them (a heading over the empty cells right of it, on
 * every line but the last), head two columns alike on every line. Jamaica Broilers' "Quarter ended | Nine months
 * ended | Nine months ended" packed over "28 January 2023 | 29 January 2022 | 28 January 2023 | 29 January 2022"
 * heads the second and the fourth columns "Nine months ended 29 January 2022". Only columns printing figures count
 * (Everything Fresh prints an empty "$,000" column beside each period).
 */
function alikeAsPrinted(out: string[][], h: number, filled: (c: number) => boolean): boolean {
  const width = out[h]!.length;
  const read = out.slice(h).map((line, i, lines) => {
    const units = i < lines.length - 1 ? unitsOf(line, false) : null;
    return units ? line.map((_, c) => units.find((u) => u.start <= c && c <= u.end)!.text) : line;
  });
  const keys = [...Array(width).keys()].filter((c) => filled(c)).map((c) => read.map((line) => key(line[c] ?? '')).join('\n'));
  return new Set(keys).size < keys.length;
}

/**
 * A packed line's headings, each printed twice or more side by side read as one span, spread over the groups of
 * the line below (each ending where a heading would repeat one already in it), one span a group, when they are as
 * many: Jamaica Broilers' "Quarter ended" over its first two dates and "Nine months ended" over the last two (its
 * converter wrote three spans of two columns over four). Null when they are not as many.
 */
function spansOverGroups(line: string[], k: number, below: Unit[]): Spread | null {
  const spans = joinRepeated(line.slice(0, k).map((text, c) => ({ text, start: c, end: c })));
  if (spans.length === k || spans.length < 2) return null;
  const groups = groupsOf(below, spans.length);
  if (!groups) return null;
  return {
    line: line.map((_, c) => spans[groups.findIndex((u) => u.start === c)]?.text ?? ''),
    units: groups.map((u, g) => ({ text: spans[g]!.text, start: u.start, end: u.end })),
  };
}

/** What a last header line's heading names: a day of a month, a year, or a change. */
function headingKind(text: string): 'day' | 'year' | 'change' | null {
  const t = text.trim();
  if (isYear(t)) return 'year';
  if (isChangeHeading(t)) return 'change';
  return DAY.test(t) ? 'day' : null;
}

/** A month and its day, no year ("Mar. 31", "June 30", "Sept. 30"). */
const DAY = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?$/i;

/**
 * A line of headings a converter set one column off the runs they head: the last line's headings fall into runs of
 * one kind (days of months, years, changes), as many as the line above prints headings, each heading printed within
 * one column of its run's first. Precision Drilling's contracts (4Q24) print "Average for the quarter ended 2024 |
 * Average | Average for the quarter ended 2025 | Average" over "Mar. 31 June 30 Sept. 30 Dec. 31 | 2024 | Mar. 31 …
 * Dec. 31 | 2025", the first "Average" over 2025's Mar. 31 and the 2025 span from its June 30: read as printed, the
 * year 2024 was a quarter of 2024 and 2025's first quarter had no year. Each heading heads its run; the header so
 * mended, or null where the line above is not so (a heading two columns off, or more or fewer than the runs).
 */
function headingsOverRuns(header: string[][]): string[][] | null {
  if (header.length < 2) return null;
  const last = header.at(-1)!;
  const kinds = last.map(headingKind);
  if (kinds.some((k) => k === null)) return null;
  const runs: number[] = [];
  kinds.forEach((k, c) => {
    if (c === 0 || k !== kinds[c - 1]) runs.push(c);
  });
  const h = header.length - 2;
  const line = header[h]!;
  const at = line.flatMap((t, c) => (t !== '' ? [c] : []));
  if (runs.length < 2 || at.length !== runs.length) return null;
  if (at.some((c, i) => Math.abs(c - runs[i]!) > 1) || at.every((c, i) => c === runs[i])) return null;
  // A change heading heads a run of changes and only it; one heading printed twice side by side ("Q4 | Q4" over
  // "2024 | 2023 | Change") heads a column each, no runs.
  if (at.some((c, i) => isChangeHeading(line[c]!) !== (kinds[runs[i]!] === 'change'))) return null;
  if (at.some((c, i) => i > 0 && key(line[c]!) === key(line[at[i - 1]!]!))) return null;
  const mended = line.map(() => '');
  at.forEach((c, i) => (mended[runs[i]!] = line[c]!));
  return header.map((l, i) => (i === h ? mended : l));
}

/**
 * Each column's headings on the lines below line `h`, read together, when every column prints one there: the
 * line just below may repeat one text over all ("December 31, | December 31, | December 31, | December 31,")
 * and only the lines under it tell the groups apart ("2024 | 2023 | 2024 | 2023"): Watts Water's consolidated
 * results print "Fourth Quarter Ended | Year Ended" packed over those two lines. Empty when some column has none.
 */
function columnsBelow(out: string[][], h: number): Unit[] {
  if (h >= out.length - 2) return [];
  const units: Unit[] = [];
  for (let c = 0; c < out[h]!.length; c++) {
    const text = out
      .slice(h + 1)
      .map((l) => l[c] ?? '')
      .filter((t) => t !== '')
      .join(' ');
    if (text === '') return [];
    units.push({ text, start: c, end: c });
  }
  return units;
}

/** Whether the printed value is a percentage ("56%", "(9)%", "—%"). */
const isPercent = (text: string) => /%\)?$/.test(text.replace(/<\/?u>/g, '').trim());

/**
 * Two lines packed left, the last heading the first columns only, over a table whose last columns
 * are shares of the total (every figure a percentage, one of them 100%), which no heading names: the
 * last line's headings are the columns of the first heading above them, each other heading one column
 * of its own, when that takes every column but the shares exactly. Pegasystems' backlog: "Subscription
 * services | Subscription license | Perpetual license | Consulting | Total" over "Pega Cloud |
 * Maintenance" over seven columns, the seventh "56%" … "100%": Pega Cloud and Maintenance under
 * Subscription services (525,133 + 230,866 + 88,880 + 317 + 50,519 = 895,715 under Total). Each share
 * column is marked "%" on the last line, as paired-columns.ts marks them, so that it is a column of the
 * heading before it. Null for any other header.
 */
function headingsUnderFirst(header: string[][], rows: string[][]): string[][] | null {
  if (header.length !== 2) return null;
  const [top, last] = header as [string[], string[]];
  const k = packedCount(top);
  const m = packedCount(last);
  const width = top.length;
  if (k < 2 || m < 2) return null;
  let shares = 0;
  for (let c = width - 1; c >= 0; c--) {
    const cells = rows.map((r) => r[c] ?? '').filter((t) => t !== '');
    if (cells.length < 2 || !cells.every(isPercent) || !cells.some((t) => /^100(?:\.0+)?\s?%$/.test(t.replace(/<\/?u>/g, '').trim()))) break;
    shares++;
  }
  if (shares === 0 || k - 1 + m !== width - shares) return null;
  if (top.slice(0, k).some((t) => CHANGE.test(t)) || new Set(last.slice(0, m).map(key)).size < m) return null;
  const spreadTop = Array<string>(width).fill('');
  const spreadLast = Array<string>(width).fill('');
  spreadTop[0] = top[0]!;
  for (let i = 1; i < k; i++) spreadTop[m + i - 1] = top[i]!;
  for (let i = 0; i < m; i++) spreadLast[i] = last[i]!;
  for (let c = width - shares; c < width; c++) spreadLast[c] = '%';
  return [spreadTop, spreadLast];
}

/**
 * One line of headings packed left over more columns than it names, where a change heading stands over an amount and
 * the percentage beside it: "December 31, 2024 | December 31, 2023 | Change | Constant Currency Change" over "$ 652,443
 * | $ 552,998 | $ 99,445 | 18% | 21%" (Pegasystems' annual contract value, 4Q24). A reader reads the change in amount
 * and in percent under "Change" and each other heading over one column; read cell by cell, "Constant Currency Change"
 * headed the 18% and no heading the 21%. The line so spread, with a line marking the pair's percentage "%", as
 * paired-columns.ts marks them, when the headings then take every column exactly; null otherwise.
 */
function changeOverPairs(header: string[][], rows: string[][]): string[][] | null {
  if (header.length !== 1) return null;
  const line = header[0]!;
  const k = packedCount(line);
  const width = line.length;
  if (k < 2 || k >= width) return null;
  const cells = (c: number) => rows.map((r) => r[c] ?? '').filter((t) => t !== '');
  const percent = (c: number) => cells(c).length >= 2 && cells(c).every(isPercent);
  const amount = (c: number) => cells(c).length >= 2 && !cells(c).some(isPercent);
  const spread = line.map(() => '');
  const marks = line.map(() => '');
  let c = 0;
  for (let i = 0; i < k; i++) {
    if (c >= width) return null;
    spread[c] = line[i]!;
    if (CHANGE.test(line[i]!) && width - c > k - i && amount(c) && percent(c + 1)) {
      marks[c + 1] = '%';
      c += 2;
    } else c++;
  }
  return c === width && marks.includes('%') ? [spread, marks] : null;
}

/** A heading naming a change rather than a period: it heads a column of its own, with no period under it. */
const CHANGE = /^(?:%\s*|\$\s*)?(?:change|variance|variation|increase\s*\/?\s*\(?decrease\)?|growth)\b/i;

/**
 * A packed line of spans and then change headings over a last line packed too, whose headings
 * head the first columns and none the rest: "Year Ended December 31, | Change" over "2024 |
 * 2023" over three columns, the third printing "59%" (Pegasystems' free cash flow). Each span
 * takes the next group of the last line's headings (ending where one would repeat), each change
 * heading one column of its own, of those no heading of the last line stands over; the line
 * so spread when they take every column exactly, null otherwise. Read cell by cell, "Change"
 * would head 2023's figures and the change column none.
 */
function spreadOverChanges(line: string[], k: number, last: string[]): string[] | null {
  const m = packedCount(last);
  if (m < 1) return null;
  const spans = line.slice(0, k).findIndex((t) => CHANGE.test(t));
  if (spans < 1 || line.slice(spans, k).some((t) => !CHANGE.test(t))) return null;
  if (m + (k - spans) !== line.length) return null;
  const groups = groupsOf(last.slice(0, m).map((text, c) => ({ text, start: c, end: c })), spans);
  if (!groups) return null;
  const spread = line.map(() => '');
  groups.forEach((g, i) => (spread[g.start] = line[i]!));
  for (let i = spans; i < k; i++) spread[m + i - spans] = line[i]!;
  return spread;
}

/** A change column's heading: "Change", "% Change", "Variance", or "%" alone over one. */
const isChangeHeading = (t: string) => CHANGE.test(t.trim()) || /^%$/.test(t.trim());

/**
 * A packed line whose headings alternate, period spans and change headings, as the last line's columns do, runs of
 * dates and change columns: Plains All American's "Three Months Ended December 31, | % | Twelve Months Ended December
 * 31, | %" over "2024 | 2023 | Change | 2024 | 2023 | Change". Each span heads its run, each change heading its
 * column; null unless the two sequences match one for one.
 */
function spreadAlternating(line: string[], k: number, last: string[]): string[] | null {
  if (last.some((t) => t === '')) return null;
  const isChange = isChangeHeading;
  const segments: { start: number; change: boolean }[] = [];
  last.forEach((t, c) => {
    const change = isChange(t);
    if (change || segments.length === 0 || segments.at(-1)!.change) segments.push({ start: c, change });
  });
  const headings = line.slice(0, k);
  if (segments.length !== k || segments.filter((g) => !g.change).length < 2 || !segments.some((g) => g.change)) return null;
  if (segments.some((g, i) => g.change !== isChange(headings[i]!))) return null;
  const spread = line.map(() => '');
  segments.forEach((g, i) => (spread[g.start] = headings[i]!));
  return spread;
}

/** Whether no line of the header heads any column from the k-th on: a packed line's last columns left to no heading. */
function lostSpans(header: string[][], k: number): boolean {
  return header.every((line) => line.slice(k).every((t) => t === ''));
}

/** How many headings the line prints when they fill its first columns and leave the rest empty; 0 otherwise. */
function packedCount(line: string[]): number {
  const k = line.findIndex((t) => t === '');
  if (k <= 0 || line.slice(k).some((t) => t !== '')) return 0;
  return k;
}

/**
 * A line's headings with the columns each covers, or null when some column has none: on the
 * last line every column must print one; above it, a heading covers the empty columns to its
 * right (as the release text reads it), and the first column must print one.
 */
function unitsOf(line: string[], last: boolean): Unit[] | null {
  if (line[0] === '' || (last && line.some((t) => t === ''))) return null;
  const units: Unit[] = [];
  line.forEach((text, c) => {
    if (text !== '') units.push({ text, start: c, end: c });
    else units.at(-1)!.end = c;
  });
  return units;
}

/** Adjacent units printing the same heading, one heading written in each column of its span, as one unit. */
function joinRepeated(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const last = out.at(-1);
    if (last && key(last.text) === key(u.text) && last.end + 1 === u.start) last.end = u.end;
    else out.push({ ...u });
  }
  return out;
}

/**
 * The headings of a line in `count` groups, each ending where a heading would repeat one
 * already in it, or null when they do not fall into that many.
 */
function groupsOf(units: Unit[], count: number): Unit[] | null {
  const groups: Unit[] = [];
  let seen = new Set<string>();
  for (const u of units) {
    if (groups.length === 0 || seen.has(key(u.text))) {
      groups.push({ text: '', start: u.start, end: u.end });
      seen = new Set();
    } else groups.at(-1)!.end = u.end;
    seen.add(key(u.text));
  }
  return groups.length === count ? groups : null;
}

/** A heading that names a span of several periods ("Year Ended December 31", "Nine Months Ended", "Year to date"). */
const SPAN = /\b(?:ended|ending)\b|\bto[\s-]+date\b|\bytd\b/i;

/**
 * The columns of a packed line whose headings the line below does not group, when one heading
 * alone names a span of periods and the others a period each: the span covers the columns the
 * others leave, each of those printing another heading below it ("Year Ended December 31 | Fourth
 * Quarter | Third Quarter | Fourth Quarter" over "2024 | 2023 | 2024 | 2024 | 2023": the years
 * 2024 and 2023, then three quarters; Bank of America's 2023 was read as its fourth quarter). Null
 * when no heading, or more than one, names a span.
 */
function spanGroups(units: Unit[], line: string[], k: number): Unit[] | null {
  const spans = line.slice(0, k).flatMap((t, i) => (SPAN.test(t) ? [i] : []));
  const width = units.length - (k - 1);
  if (spans.length !== 1 || width < 2) return null;
  const groups: Unit[] = [];
  let at = 0;
  for (let g = 0; g < k; g++) {
    const members = units.slice(at, at + (g === spans[0] ? width : 1));
    if (new Set(members.map((u) => key(u.text))).size < members.length) return null;
    groups.push({ text: '', start: members[0]!.start, end: members.at(-1)!.end });
    at += members.length;
  }
  return groups;
}

const key = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
