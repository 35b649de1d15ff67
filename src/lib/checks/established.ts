/**
 * What a relation between tables may rest on: a figure whose column's period its table
 * establishes. A table prints a period once (a named column, "Outlook" or "Restated", aside):
 * where two of its columns read as the same period (ASE's "For the three months ended Dec. 31
 * 2023" and "For the year ended Dec. 31 2023" both read as twelve months, the second numbered
 * `-2`), the reading of its header is wrong for at least one of them, and neither says which
 * period its figures are. A tie or a sum of periods never rests on them: it is unverifiable,
 * with this reason. Nor does a column read as a day alone where its table's other columns head
 * a span ending that day: the day is that span's end, not a balance at it.
 */
import { type Decimal, parseDecimal } from '../decimal.ts';
import { figureOf } from './interval.ts';
import type { Fact, Release, TableRow } from '../types.ts';
import type { CheckContext } from './context.ts';
import { breakdownSum, columnsOfOnePeriod, dayEndsSpan, includedPart } from './relation-messages.ts';
import { noteText } from './note-text.ts';
import { findDates } from '../ingest/dates.ts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A heading of a span that ends on a day: "Three Months Ended December 31, 2023", "Year ended", "13 weeks ended". */
const SPAN_ENDED = /\b(?:months?|weeks?|years?|quarters?|period|days)\s+ended\b/i;

/** The days the headers name as the end of a span, each with the words that say so ("Three Months Ended December 31, 2023"). */
function spanEnds(headers: readonly string[]): Map<string, string> {
  const ends = new Map<string, string>();
  for (const header of headers) {
    for (const m of header.matchAll(/\b((?:three|six|nine|twelve|\d{1,2})\s+months?|\d{1,2}\s+weeks?|(?:fiscal\s+)?years?|quarters?|period)\s+ended\s+/gi)) {
      const date = findDates(header.slice(m.index + m[0].length))[0];
      if (date?.iso && date.index === 0 && !ends.has(date.iso)) ends.set(date.iso, header.slice(m.index, m.index + m[0].length + date.length));
    }
  }
  return ends;
}

/** Why the period of `fact`'s column is not established, or null when it is. */
export function periodNotEstablished(ctx: CheckContext, fact: Fact): string | null {
  if (fact.origin !== 'cell') return null;
  return repeatedPeriods(ctx.release).get(`${fact.table}\0${fact.period}\0${fact.dimension ?? ''}`) ?? null;
}

/** Why the period of a table's column is not established (two of its columns read as it), or null when it is. */
export function columnPeriodNotEstablished(ctx: CheckContext, table: string, column: { period: string | null; dimension?: string | null }): string | null {
  if (!column.period) return null;
  return repeatedPeriods(ctx.release).get(`${table}\0${column.period}\0${column.dimension ?? ''}`) ?? null;
}

// Each table's repeated periods, read once a release: every tie asks for each of its places.
const kept = new WeakMap<Release, Map<string, string>>();

function repeatedPeriods(release: Release): Map<string, string> {
  let found = kept.get(release);
  if (found) return found;
  found = new Map();
  const labels = new Map(release.periods.map((p) => [p.id, p.label]));
  for (const table of release.tables) {
    const columns = new Map<string, string[]>();
    for (const c of table.columns) {
      if (!c.period) continue;
      const key = `${table.id}\0${c.period}\0${c.dimension ?? ''}`;
      const headers = columns.get(key);
      if (headers) headers.push(c.header);
      else columns.set(key, [c.header]);
    }
    for (const [key, headers] of columns) {
      if (headers.length < 2) continue;
      const period = key.split('\0')[1];
      found.set(key, columnsOfOnePeriod(headers.length, labels.get(period) ?? period, headers));
    }
    // A column read as a day alone, in a table whose other columns head a span ending that day: the day ends
    // the span whose heading lost its reach over it (Danaos prints "Three Months Ended" over two of four
    // columns of each period, so its "December 31, 2023 Total" read as a balance at that day).
    const ends = spanEnds(table.columns.map((c) => c.header));
    for (const c of table.columns) {
      if (!c.period || !ISO_DAY.test(c.period) || SPAN_ENDED.test(c.header)) continue;
      const span = ends.get(c.period);
      const key = `${table.id}\0${c.period}\0${c.dimension ?? ''}`;
      if (span && !found.has(key)) found.set(key, dayEndsSpan(c.header, span));
    }
  }
  kept.set(release, found);
  return found;
}

/**
 * Why `fact`'s line is not, in its column, the line item it is read as, or null when it is. The lines
 * printed right under it that sum to it in every column are a breakdown of it; where one of them is
 * that line item itself (`same`: ASE's "Cash and cash equivalents at the end of period" over "… in the
 * consolidated balance sheet" and "… included in disposal groups held for sale") and more than one
 * prints a figure in this column, the line is there the line item and something else, so it ties to
 * nothing printed as that line item alone. (A positive split under its total, "Net income" over its
 * attributable parts, is no such breakdown: none of its parts is the line itself.)
 */
export function lineNotEstablished(ctx: CheckContext, fact: Fact, same: (part: Fact) => boolean): string | null {
  if (fact.origin !== 'cell' || fact.status !== 'reported') return null;
  let byRow = breakdowns.get(ctx.release);
  if (!byRow) breakdowns.set(ctx.release, (byRow = new Map()));
  const key = `${fact.table}\0${fact.row}`;
  let found = byRow.get(key);
  if (found === undefined) byRow.set(key, (found = breakdownOf(ctx, fact.table, fact.row)));
  if (!found) return partNoted(ctx, fact);
  const column = found.head.cells.indexOf(fact.id);
  const at = (r: TableRow) => {
    const id = r.cells[column];
    return id ? ctx.index.fact(id) : undefined;
  };
  if (!found.parts.some((r) => { const f = at(r); return f !== undefined && same(f); })) return null;
  const printed = found.parts.filter((r) => {
    const f = at(r);
    return f?.status === 'reported' && !parseDecimal(f.value!).isZero();
  });
  if (printed.length < 2) return null;
  return breakdownSum(found.parts.map((r) => `"${r.label}"`), found.parts[0].line, found.parts.at(-1)!.line, printed.length);
}

/**
 * Why `fact`'s line is only the rest of its line item in its column, or null: another line of its table, printing a
 * figure there, carries a note saying it is included in that line item. MSA Safety's reconciliation to adjusted
 * earnings prints "Non-deductible non-cash charge related to the recognition of currency translation adjustments (a)"
 * 15,359 and "(a) Included in Currency exchange losses, net on the Statement of Income", then "Currency exchange
 * losses, net" 1,602: the statement's 16,961 is the two together (1Q20). Where the noted line prints nil, the line is
 * the whole (270 in 2020, tied as printed).
 */
function partNoted(ctx: CheckContext, fact: Fact): string | null {
  const table = ctx.index.table(fact.table);
  const own = table?.rows.find((r) => r.id === fact.row);
  if (!table || !own) return null;
  const column = own.cells.indexOf(fact.id);
  if (column < 0) return null;
  for (const row of table.rows) {
    if (row === own || row.footnotes.length === 0) continue;
    const id = row.cells[column];
    const figure = id ? ctx.index.fact(id) : undefined;
    if (figure?.status !== 'reported' || parseDecimal(figure.value!).isZero()) continue;
    for (const mark of row.footnotes) {
      const text = noteText(ctx, table, mark);
      const whole = text === null ? null : INCLUDED_IN.exec(text)?.[1];
      if (whole && sameName(whole, fact.label)) return includedPart(`"${row.label}"`, row.line, mark, text!);
    }
  }
  return null;
}

/** A note placing its line inside another line item: "Included in Currency exchange losses, net on the Statement of Income". */
const INCLUDED_IN = /^(?:(?:this|the)\s+(?:amount|charge|item)\s+(?:is|was)\s+)?included\s+(?:with)?in\s+(.+?)(?:\s+(?:on|in|within)\s+(?:the|our)\s+.+)?\.?$/i;

/**
 * Two labels that name one line item before their qualifiers: "Cash and cash equivalents at the end of
 * period" and "Cash and cash equivalents in the consolidated balance sheet". The name is the words before
 * the first that qualifies (a preposition, "attributable", "held", punctuation).
 */
export function sameName(a: string, b: string): boolean {
  const name = (label: string) => label.toLowerCase().split(QUALIFIER)[0].replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim();
  const x = name(a);
  return x.length >= 4 && x === name(b);
}

const QUALIFIER = /\s(?:at|in|as|for|of|on|from|to|under|per|included|including|excluding|attributable|held|beginning|end|ending)\s|[,(:;–—]/;

const breakdowns = new WeakMap<Release, Map<string, { head: TableRow; parts: TableRow[] } | null>>();

/** The shortest run (two to six lines) printed right under a row that sums to it in every column it prints, or null. */
function breakdownOf(ctx: CheckContext, tableId: string, rowId: string): { head: TableRow; parts: TableRow[] } | null {
  const table = ctx.index.table(tableId);
  const at = table?.rows.findIndex((r) => r.id === rowId) ?? -1;
  if (!table || at < 0) return null;
  const head = table.rows[at];
  const unit = head.cells.map((id) => (id ? ctx.index.fact(id)?.unit : undefined)).find((u) => u !== undefined);
  const value = (id: string | null): Decimal | undefined => {
    const f = id ? ctx.index.fact(id) : undefined;
    if (!f || f.unit !== unit) return undefined;
    if (f.status === 'nil') return parseDecimal('0');
    return f.status === 'reported' ? figureOf(f).value : undefined;
  };
  const columns = head.cells.flatMap((id, j) => {
    const f = id ? ctx.index.fact(id) : undefined;
    return f && f.status === 'reported' && ctx.index.period(f.period)?.kind !== 'change' ? [j] : [];
  });
  if (columns.length === 0) return null;
  for (let k = 2; k <= 6 && at + k < table.rows.length; k++) {
    const parts = table.rows.slice(at + 1, at + 1 + k);
    if (parts.some((r) => r.kind !== 'values' || r.total)) return null;
    const sums = columns.every((j) => {
      let sum = parseDecimal('0');
      for (const r of parts) {
        const v = value(r.cells[j] ?? null);
        if (v === undefined) return false;
        sum = sum.plus(v);
      }
      return sum.eq(value(head.cells[j])!);
    });
    if (sums) return { head, parts };
  }
  return null;
}
