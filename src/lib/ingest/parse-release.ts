import { countsInUnitsByEarnings } from './shares-by-earnings.ts';
import type { Fact, IngestIssue, Period, Release, ReleaseMeta, Table } from '../types.ts';
import type { CompanyModel } from '../model/index.ts';
import { conceptIndex, tableIdFor } from '../model/index.ts';
import { layout, type TableBlock } from './layout.ts';
import { type Caption, namesTheExhibit, NOTES_POINTER, readCaption, RUNNING_HEAD } from './caption.ts';
import { buildTable, COUNT_SCALE_UNSTATED, releaseExemptsShares } from './build-table.ts';
import { statementRows } from './statement-rows.ts';
import { fiscalYearOfId, isNominal, monthsIntoYear, yearEndMonthOf } from './fiscal-calendar.ts';
import { slugify } from './labels.ts';
import { readUnitStatement } from '../units/unit-statements.ts';
import { messages } from './messages.ts';
import { startsAfterPrintedEnds } from './release-periods.ts';
import { periodsLeftOut } from './left-out-periods.ts';
import { firstAfterLine } from '../by-line.ts';
import { numericDateOrder } from './dates.ts';

/** Line breaks: LF, CRLF, a lone CR, and the Unicode line and paragraph separators all end a line. */
export const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;

/**
 * Parses a release's text into tables, facts and prose. Never throws on bad text:
 * problems come back in `errors`, each located, and everything readable is kept.
 */
export function parseRelease(text: string, meta: ReleaseMeta, model: CompanyModel, file: string): Release {
  const errors: IngestIssue[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(LINE_BREAK);
  const release: Release = { meta, file, text, tables: [], periods: [], facts: [], prose: [], errors };
  if (text.trim() === '') {
    errors.push({ file, line: 1, column: 1, message: messages.emptyFile() });
    return release;
  }

  const { tables: blocks, prose, spaced } = layout(lines);
  release.prose = prose;
  if (blocks.length === 0) errors.push({ file, line: 1, column: 1, message: messages.noTables() });
  for (const s of spaced) errors.push({ file, line: s.line + 1, column: 1, message: messages.spacedRow(s.figures) });

  const ctx = {
    file,
    release: meta.id,
    lines,
    calendar: { yearEndMonth: yearEndMonthOf(meta.fiscalYearEnd), namedBy: meta.fiscalYearNamedBy ?? 'end', ...numericOrderOf(lines) },
    fiscalYearEnd: meta.fiscalYearEnd,
    intoYear: monthsIntoYear(meta.fiscalPeriod),
    fiscalYear: fiscalYearOfId(meta.fiscalPeriod),
    wholeYear: meta.fiscalPeriod.endsWith('-fy'),
    defaultScale: meta.scale,
    currency: meta.currency,
    concepts: conceptIndex(model),
  };
  const periods = new Map<string, Period>();
  const usedIds = new Set<string>();
  const namedByRows: { table: Table; last: string }[] = [];
  let previousEnd = -1;
  const read = blocks.map((found) => {
    // A unit statement printed as a row under the header is the table's, not a row of it.
    const stated = statementRows(found.body, lines, meta.currency, found.caption.map((n) => lines[n]));
    const block = stated.lines.length ? { ...found, body: found.body.filter((n) => !stated.lines.includes(n)) } : found;
    return { block, caption: readCaption(block.caption.map((n) => lines[n]), meta.name, meta.currency, stated.texts, meta.title) };
  });
  const tableCtx = { ...ctx, sharesInFull: releaseExemptsShares(read.flatMap((r) => (r.caption.unitNote ? [r.caption.unitNote] : []))) };
  let before: (typeof read)[number] | null = null;
  for (const { block, caption } of read) {
    const start = Math.min(block.caption[0] ?? Infinity, block.header[0] ?? Infinity, block.body[0] ?? Infinity);
    const leftOut = before ? periodsLeftOut(before, { block }, lines, start, tableCtx) : null;
    if (before && continues(before, { block, caption }, lines, start)) {
      const { unitNote, scale, currency, moneyOnly } = before.caption;
      Object.assign(caption, { unitNote, scale, currency, moneyOnly, noteFrom: 'the table it continues' as const });
    } else if (before && goesOn(before, { block, caption }, lines, start)) {
      caption.goesOnFrom = before.caption.goesOnFrom ?? before.caption.title;
    }
    before = { block, caption };
    // A table with no title of its own under a heading of the prose ("Domestic Coke", then a sentence
    // about the segment, then its table) is named by that heading.
    // Not across "Exhibit 99.1" in its own title block: what is above it belongs to another document.
    const opensExhibit = block.caption.some((n) => namesTheExhibit(lines[n]));
    if (caption.title === '' && !opensExhibit) caption.title = headingAbove(prose, previousEnd, start);
    // A loop, not a spread: a table of 300,000 rows spread as arguments overflows the stack.
    for (const n of block.body) previousEnd = Math.max(previousEnd, n);
    for (const n of block.header) previousEnd = Math.max(previousEnd, n);
    const titled = tableIdFor(model, caption.title) ?? derivedTableId(caption.title);
    const body = block.body.map((n) => lines[n]);
    const id = uniqueId(titled || idFromRows(body), usedIds);
    const built = buildTable(block, caption, id, leftOut ? { ...tableCtx, lines: lines.map((l, n) => leftOut.get(n) ?? l) } : tableCtx);
    // Named by its first lines, as printed: its id drops what a slug cannot hold ("EMEA&APAC" is `emeaapac`).
    if (!titled && built.table) {
      const name = nameFromRows(body);
      if (name) {
        built.table.name = name;
        namedByRows.push({ table: built.table, last: closingLabel(built.table, built.facts) });
      }
    }
    for (const issue of built.issues) errors.push(issue);
    if (built.table) release.tables.push(built.table);
    for (const fact of built.facts) release.facts.push(fact);
    // A period printed with its dates ("Three Months Ended May 1, 2022") describes it better than its fiscal name ("Q1 FY23").
    for (const p of built.periods) if (!periods.has(p.id) || (isNominal(periods.get(p.id)!) && !isNominal(p))) periods.set(p.id, p);
  }
  release.periods = startsAfterPrintedEnds([...periods.values()]);
  toldApart(namedByRows);
  countsInFull(release);
  countsInUnitsByEarnings(release);
  countsInStatedScale(release);
  errors.sort((a, b) => a.line - b.line || a.column - b.column);
  return release;
}

/**
 * A count of shares printed in full (seven digits or more) under a table's thousands, which the release prints
 * again for the same period where it reads it in units (a statement excepting share data): the same count, in
 * units. Palomar's "Weighted-average common shares outstanding, diluted 27,206,225" under "(in thousands, except
 * per share data)" is the 27,206,225 shares of its income statement "(in thousands, except shares and per share
 * data)", not 27 billion.
 */
function countsInFull(release: Release): void {
  const full = /^\d{7,}$/;
  const inUnits = new Set<string>();
  for (const f of release.facts) if (f.unit === 'shares' && f.scale === 0 && f.origin === 'cell' && f.value !== null && full.test(f.value)) inUnits.add(`${f.period}\0${f.value}`);
  if (inUnits.size === 0) return;
  const rows = new Set<string>();
  for (const f of release.facts) {
    if (f.unit !== 'shares' || f.scale !== 3 || f.origin !== 'cell' || f.value === null || !full.test(f.value) || !inUnits.has(`${f.period}\0${f.value}`)) continue;
    f.scale = 0;
    rows.add(`${f.table}\0${f.row}`);
  }
  for (const table of release.tables) {
    for (const row of table.rows) {
      if (!rows.has(`${table.id}\0${row.id}`) || !row.reading || row.reading.unit !== 'shares') continue;
      row.reading = { ...row.reading, scale: 0, evidence: row.reading.evidence.replace(/; scale: .*$/, '; scale: in units: the same count printed in full where the release reads it in units') };
    }
  }
}

/** How a count's scale reads in its evidence when nothing stated one (build-table.ts): in units by default. */
const COUNT_IN_UNITS = `; scale: ${COUNT_SCALE_UNSTATED}`;

/**
 * A count that states no scale, read in units, whose figures the release prints again, period for period (two or
 * more, none differing), on a count whose own words, section or block state a scale: the same count, in that
 * scale. Spok's statements print "Units in service 926 … 1,024" under "(in thousands except share, per share
 * amounts and ARPU)", which names no count; its "Ending units in service" under "Paging units in service (000's)"
 * prints the same eight quarters: 926 thousand units, not 926.
 */
function countsInStatedScale(release: Release): void {
  const rows = new Map<string, { scale: number; values: Map<string, string>; stated: boolean }>();
  const reading = new Map<string, { evidence: string }>();
  for (const table of release.tables) for (const row of table.rows) if (row.reading?.unit === 'count') reading.set(`${table.id}\0${row.id}`, row.reading);
  for (const f of release.facts) {
    if (f.unit !== 'count' || f.origin !== 'cell' || f.value === null) continue;
    const key = `${f.table}\0${f.row}`;
    const evidence = reading.get(key)?.evidence;
    if (evidence === undefined) continue;
    let row = rows.get(key);
    // A count in units may have said so; one in a scale did (a count's scale is in units unless stated).
    if (!row) rows.set(key, (row = { scale: f.scale, values: new Map(), stated: f.scale !== 0 || !evidence.endsWith(COUNT_IN_UNITS) }));
    if (row.scale !== f.scale) row.scale = NaN;
    row.values.set(`${f.period}\0${f.dimension ?? ''}\0${f.basis ?? ''}`, f.value);
  }
  const stated = [...rows.values()].filter((r) => r.stated && r.scale > 0);
  if (stated.length === 0) return;
  // Each stated count by the figures it prints, so a count is compared only with those printing one of its own
  // (a long release repeats its tables: comparing every pair would grow with its square).
  const byFigure = new Map<string, number[]>();
  stated.forEach((r, i) => {
    for (const [column, value] of r.values) {
      const key = `${column}\0${value}`;
      const list = byFigure.get(key);
      if (list) list.push(i);
      else byFigure.set(key, [i]);
    }
  });
  const rescaled = new Map<string, number>();
  for (const [key, row] of rows) {
    if (row.stated || row.scale !== 0) continue;
    const candidates = new Set<number>();
    for (const [column, value] of row.values) for (const i of byFigure.get(`${column}\0${value}`) ?? []) candidates.add(i);
    const scales = new Set<number>();
    for (const i of candidates) {
      const other = stated[i]!;
      let same = 0;
      let differ = false;
      for (const [column, value] of row.values) {
        const v = other.values.get(column);
        if (v === undefined) continue;
        if (v === value) same++;
        else differ = true;
      }
      if (same >= 2 && !differ) scales.add(other.scale);
      if (scales.size > 1) break;
    }
    if (scales.size === 1) rescaled.set(key, [...scales][0]!);
  }
  if (rescaled.size === 0) return;
  for (const f of release.facts) {
    const scale = rescaled.get(`${f.table}\0${f.row}`);
    if (scale !== undefined && f.unit === 'count') f.scale = scale;
  }
  for (const table of release.tables) {
    for (const row of table.rows) {
      const scale = rescaled.get(`${table.id}\0${row.id}`);
      if (scale === undefined || !row.reading) continue;
      row.reading = { ...row.reading, scale, evidence: row.reading.evidence.replace(COUNT_IN_UNITS, `; scale: ${scale === 3 ? 'thousands' : scale === 6 ? 'millions' : `10^${scale}`}: the same count printed for the same periods where the release states its scale`) };
    }
  }
}

/**
 * Whether a table continues the one before it: no title block or unit statement of its own, its header lines
 * printed again as they were, and nothing but blank lines between (a page break in the source). Its figures are in
 * the unit that table states: Confluent's reconciliation to non-GAAP operating income goes on under no title after
 * "(in thousands, except percentages, share and per share data)", its share counts printed in full. A header that
 * prints the first columns of that one's, cell for cell, is that header printed again over fewer columns: Reddit's
 * users by geography (2Q26) under "Three months ended June 30, | 2026 | 2025 | % Change" after its revenue under those
 * columns and the six months'.
 */
function continues(
  prev: { block: TableBlock; caption: Caption },
  next: { block: TableBlock; caption: Caption },
  lines: string[],
  start: number,
): boolean {
  if (next.block.caption.length > 0 || next.caption.unitNote !== null || prev.caption.unitNote === null) return false;
  const headers = (b: TableBlock) => b.header.map((n) => lines[n]!.trim());
  const [a, b] = [headers(prev.block), headers(next.block)];
  const starts = (long: string, short: string) => long === short || (short.includes('\t') && long.startsWith(`${short}\t`));
  if (a.length === 0 || a.length !== b.length || a.some((t, i) => !starts(t, b[i]!))) return false;
  let end = -1;
  for (const n of prev.block.body) end = Math.max(end, n);
  for (let n = end + 1; n < start; n++) if (lines[n]!.trim() !== '') return false;
  return true;
}

/**
 * Whether a table goes on from the one before it under its unit statement printed again: no title of its own, the
 * same statement, and nothing but blank lines between. PC Connection (1Q20) prints its operating data under "At or
 * for the Three Months Ended March 31," and then, under "(Amounts and shares in thousands, …)" again, its product mix
 * headed "2020 | 2019": the same quarters.
 */
function goesOn(
  prev: { block: TableBlock; caption: Caption },
  next: { block: TableBlock; caption: Caption },
  lines: string[],
  start: number,
): boolean {
  if (next.caption.title !== '' || next.caption.unitNote === null || next.caption.unitNote !== prev.caption.unitNote) return false;
  if ((prev.caption.goesOnFrom ?? prev.caption.title) === '') return false;
  let end = -1;
  for (const n of prev.block.body) end = Math.max(end, n);
  for (let n = end + 1; n < start; n++) if (lines[n]!.trim() !== '') return false;
  return true;
}

/**
 * The prose lines strictly between two 0-based line indexes. Prose is in the order of its lines, so the run is found by
 * bisection: each table asks, and filtering the whole prose for each made a long release's reading grow with its square.
 */
function proseBetween(prose: Release['prose'], after: number, before: number): Release['prose'] {
  // Prose lines are 1-based: the first strictly after index `after` is the first after line `after + 1`.
  const from = firstAfterLine(prose, after + 1);
  return prose.slice(from, Math.max(from, firstAfterLine(prose, before)));
}

/** The last heading of the prose between two tables, with at most two paragraphs after it; '' if none. */
function headingAbove(prose: Release['prose'], after: number, before: number): string {
  let between = proseBetween(prose, after, before);
  // "Exhibit 99.1" starts another document: what is printed above it (a signature, the cover) names nothing of its tables.
  const exhibit = between.findLastIndex((p) => namesTheExhibit(p.text));
  if (exhibit >= 0) between = between.slice(exhibit + 1);
  // A line just above the table that is no sentence (no full stop) is its title, however long
  // ("Reconciliation of cash flow from operations, free cash flow … with profit for the period"),
  // before a heading further up, which names the section or the whole release. Not a page's running
  // head ("PNC Reports First Quarter 2022 … – Page 6"), nor a line stating a unit, which the caption reads.
  const last = between.at(-1);
  const text = last?.text.trim() ?? '';
  // Above the first table, such a line is the release's headline, not a table's title.
  const alone = after >= 0 && last !== undefined && !between.some((p) => p.line === last.line - 1);
  if (alone && last.kind === 'paragraph' && text.length <= 200 && !/[.!?:;,]$/.test(text) && !RUNNING_HEAD.test(text) && !NOTES_POINTER.test(text) && !readUnitStatement(text, 'USD')) return text;
  const at = between.findLastIndex((p) => p.kind === 'heading' && !RUNNING_HEAD.test(p.text.trim()) && !NOTES_POINTER.test(p.text.trim()));
  if (at < 0 || between.length - at - 1 > 2) return '';
  return between[at].text.trim().replace(/:$/, '');
}

const NOISE = /\b(unaudited|condensed|consolidated|interim)\b/gi;
/** The period a title states ("… For the year ended 31 December 2019") is not part of what the table is. */
const TITLE_PERIOD = /\s(?:for|as\s+(?:of|at)|at)\s+(?:the\s+)?(?:(?:fiscal\s+)?(?:years?|quarters?|periods?|half[\s-]*years?|(?:three|six|nine|twelve|\d+)\s+months|\d+\s+weeks|thirteen\s+weeks)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}\s+[a-z]+\s+\d{4}).*$/i;

/** A table id for a title the model does not name: its words less boilerplate and the period it states, at most six; '' for none. */
function derivedTableId(title: string): string {
  const words = title.replace(TITLE_PERIOD, '').replace(NOISE, ' ').trim().split(/\s+/).slice(0, 6).join(' ');
  return slugify(words);
}

/** Labels that name nothing alone: a table is not named "total" or "basic". */
const BARE = /^(?:total|subtotal|basic|diluted|gaap|non-gaap|as reported|adjusted|other|net)$/i;

/**
 * A table with no title and no heading above it, named by what it prints first: its first row's
 * label less parentheses, footnote marks and colon ("Revenues:" → `revenues`), with the next
 * label where the first names nothing alone; at most six words. `table` when no row has a label.
 */
function idFromRows(body: string[]): string {
  const words = firstLabels(body, (label) => label.replace(/\([^()]*\)/g, ' ')).split(' ').slice(0, 6).join(' ');
  return slugify(words) || 'table';
}

/**
 * The words idFromRows names a table by, as a reader reads them: the first labels as printed, less
 * their note marks ("Net sales(1)", "Cost(a)", "Revenue*") and colon; '' when no row has a label.
 */
function nameFromRows(body: string[]): string {
  // A label wrapped onto the next line ("Unallocated &" over "eliminations") ends in its joining word.
  return firstLabels(body, (label) => label.replace(NOTE_MARK, ' ')).replace(/\s+([,.)])/g, '$1').replace(/\s*(?:&|\band|,)$/i, '').trim();
}

/**
 * Tables named by their first line alike are told apart by the line each closes on: ManTech's two
 * untitled reconciliations both open on "NET INCOME" and are "NET INCOME to EBITDA" and "NET INCOME to
 * ADJUSTED NET INCOME". A table that closes on no such line keeps its name.
 */
function toldApart(named: { table: Table; last: string }[]): void {
  const byName = Map.groupBy(named, (n) => (n.table.name ?? '').toLowerCase());
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    for (const { table, last } of group) if (last && last.toLowerCase() !== (table.name ?? '').toLowerCase()) table.name = `${table.name} to ${last}`;
  }
}

/**
 * The total a table closes on, in the unit of its first line of figures: a reconciliation goes from one
 * amount to another, and the per-share lines printed below its closing amount ("Class B common stock
 * $0.81") close nothing. '' where no such total is printed.
 */
function closingLabel(table: Table, facts: readonly Fact[]): string {
  const unitOf = new Map(facts.map((f) => [f.id, f.unit]));
  const unit = (row: Table['rows'][number]) => row.cells.map((id) => (id ? unitOf.get(id) : undefined)).find((u) => u !== undefined);
  const valued = table.rows.filter((r) => r.kind === 'values' && unit(r) !== undefined);
  if (valued.length < 2) return '';
  const first = unit(valued[0]);
  const closing = valued.slice(1).reverse().find((r) => r.total && r.section.length === 0 && unit(r) === first);
  const label = closing ? closing.label.replace(NOTE_MARK, ' ').replace(/[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰:]+/g, ' ').replace(/\s+/g, ' ').trim() : '';
  return label && !BARE.test(label) ? label : '';
}

/** A note's mark in parentheses: "(1)", "(a)", "(iv)"; never a word ("(loss)"). */
const NOTE_MARK = /\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)/gi;

function firstLabels(body: string[], strip: (label: string) => string): string {
  const labels = body
    .map((line) => (line.includes('\t') ? line.split('\t')[0] : ''))
    .map((label) => strip(label).replace(/[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰:]+/g, ' ').replace(/\s+/g, ' ').trim())
    .filter((label) => /[a-z]/i.test(label));
  const first = labels.findIndex((l) => !BARE.test(l));
  return first < 0 ? '' : first > 0 ? `${labels[0]} ${labels[first]}` : labels[0];
}

function uniqueId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let k = 2; used.has(candidate); k++) candidate = `${id}-${k}`;
  used.add(candidate);
  return candidate;
}

export type { Fact, Table };

/** The order the release's numeric dates are printed in, where its own dates settle it (FiscalCalendar.numericOrder). */
function numericOrderOf(lines: readonly string[]): { numericOrder?: 'month-first' | 'day-first' } {
  const order = numericDateOrder(lines.join('\n'));
  return order ? { numericOrder: order } : {};
}
