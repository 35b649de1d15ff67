import type { Check, Fact, Period, Table, TableRow } from '../types.ts';
import { formatAccounting, formatPercent, formatBasisPoints, DEFAULT_NIL, printedText } from '../format/index.ts';
import { readBareUnitStatement, readUnitStatement } from '../ingest/index.ts';

/** A table row ready to render: what each cell shows and how the row is ruled. */
export interface StatementRow {
  row: TableRow;
  depth: number;
  /** A single rule above the figures: a subtotal (a footing's total, or printed as a total). */
  total: boolean;
  /** A double rule under the figures: a grand total (a total of totals that no other total in the table takes in). */
  grand: boolean;
  /** A line of no figures that only states the unit of those below it ("In billions"): a note, not a section. */
  unit: boolean;
  cells: ({ fact: Fact; text: string } | null)[];
}

/** Whether a line of no figures is a unit statement and nothing else ("In billions", "(in thousands, except per share data)"). */
export function isUnitLine(label: string): boolean {
  const text = label.trim();
  if (text === '') return false;
  const stated = readBareUnitStatement(text, 'USD') ?? readUnitStatement(text, 'USD');
  return stated !== null && stated.note.trim().replace(/^\(|\)$/g, '') === text.replace(/^\(|\)$/g, '');
}

/** The last part of a fact's id: its column's key (the period id, `<period>.<dimension>`, or the dimension). */
export function columnKey(fact: Fact): string {
  return fact.id.slice(fact.id.lastIndexOf('/') + 1);
}

/** A fact's value as the release shows it, in accounting format: nil as one mark (an em dash), n/m as n/m. */
export function displayValue(fact: Fact): string {
  if (fact.status === 'nil') return DEFAULT_NIL;
  if (fact.status === 'not-meaningful') return 'n/m';
  if (fact.status === 'range') return printedText(fact.raw);
  if (fact.unit === 'percent') return formatPercent(fact.value, { decimals: fact.decimals });
  if (fact.unit === 'basis-points') return formatBasisPoints(fact.value);
  if (fact.unit === 'percentage-points') return `${formatAccounting(fact.value, { decimals: fact.decimals })} pts`;
  if (fact.unit === 'reference' || fact.unit === 'ratio') return printedText(fact.raw);
  const text = formatAccounting(fact.value, { decimals: fact.decimals });
  // The currency as printed: "$", "£", or a code before the figure ("RMB 1,234").
  const symbol = fact.symbol ?? (fact.dollar ? '$' : '');
  return symbol === '' ? text : /^[A-Z]{2,}$/.test(symbol) ? `${symbol} ${text}` : `${symbol}${text}`;
}

const factMaps = new WeakMap<readonly Fact[], Map<string, Fact>>();

/** A release's facts by id, made once per release: every table, check table and overview of it looks figures up by id. */
export function factsById(release: { facts: readonly Fact[] }): ReadonlyMap<string, Fact> {
  let map = factMaps.get(release.facts);
  if (!map) factMaps.set(release.facts, (map = new Map(release.facts.map((f) => [f.id, f]))));
  return map;
}

const laidOut = new WeakMap<Table, WeakMap<readonly Check[], readonly StatementRow[]>>();

/**
 * statementRows of a release's table with its checks, laid out once: the statements page and
 * the table's own page show the same rows.
 */
export function releaseRows(table: Table, release: { facts: readonly Fact[] }, checks: readonly Check[]): readonly StatementRow[] {
  let byChecks = laidOut.get(table);
  if (!byChecks) laidOut.set(table, (byChecks = new WeakMap()));
  let rows = byChecks.get(checks);
  if (!rows) byChecks.set(checks, (rows = statementRows(table, factsById(release), checks)));
  return rows;
}

/**
 * Lays a table out for display. Pure: formatting only, no arithmetic. Rules follow the
 * accounting convention from the checks' structure: a rule above every total a footing
 * checks (or the release prints as a total), a double rule under a total of totals that no
 * other footing of the table takes in (total assets, net loss, ending cash), and under the
 * table's last row when it is a total.
 */
export function statementRows(table: Table, facts: ReadonlyMap<string, Fact>, checks: readonly Check[] = []): StatementRow[] {
  const footed = new Map<string, Set<string>>(); // total row → its component rows, in this table
  for (const c of checks) {
    if (c.kind !== 'footing' || !c.reported.fact) continue;
    const total = facts.get(c.reported.fact);
    if (!total || total.table !== table.id) continue;
    const parts = footed.get(total.row) ?? new Set<string>();
    for (const id of c.inputs) {
      const f = facts.get(id);
      if (f?.table === table.id) parts.add(f.row);
    }
    footed.set(total.row, parts);
  }
  const takenIn = new Set([...footed.values()].flatMap((parts) => [...parts]));
  // The printed indentation where the release has one; else the nesting of its sections.
  const indented = table.rows.some((r) => (r.indent ?? 0) > 0);
  const last = table.rows.findLastIndex((r) => r.kind === 'values');
  return table.rows.map((row, i) => {
    const cells = row.cells.map((id) => {
      const fact = id ? facts.get(id) : undefined;
      return fact ? { fact, text: displayValue(fact) } : null;
    });
    const parts = footed.get(row.id);
    const totalOfTotals = parts !== undefined && [...parts].some((p) => footed.has(p));
    // A per-share figure is never the sum of the lines above it: a rule the release prints over
    // earnings per share closes the block of amounts, it does not make the line a total.
    const perShare = cells.some((c) => c !== null) && cells.every((c) => c === null || c.fact.unit.endsWith('/share'));
    const printedTotal = row.total && !perShare;
    return {
      row,
      depth: indented ? (row.indent ?? 0) : row.section.length,
      total: row.kind === 'values' && (printedTotal || parts !== undefined),
      grand: row.kind === 'values' && ((totalOfTotals && !takenIn.has(row.id)) || (i === last && (printedTotal || parts !== undefined))),
      unit: row.kind !== 'values' && isUnitLine(row.label),
      cells,
    };
  });
}

/**
 * Column headings: the period labels ("Q2 2010", "June 30, 2010", "Q2 2010 vs Q2 2009"), or the
 * printed header where a column is more than its period (a named column: "Q2 FY2023 Outlook",
 * "Level 1", "% of net sales") or names none.
 */
export function columnHeadings(table: Table, periods: Period[]): string[] {
  const byId = new Map(periods.map((p) => [p.id, p]));
  return table.columns.map((c) => (c.dimension || !c.period ? printedHeading(c.header || c.dimension || '') : (byId.get(c.period)?.label ?? c.header)));
}

const SCALE_WORDS: Record<number, string> = { 0: 'In units', 3: 'In thousands', 6: 'In millions', 9: 'In billions' };

/**
 * The line under a table's title that says what its figures are in: its own unit statement, else the release's
 * default scale of money where the table shows money; none where it shows only rates, ratios or counts (Molson
 * Coors' effective tax rates were captioned "In millions of USD").
 */
export function unitLine(table: Table, rows: readonly StatementRow[], currency: string): string | null {
  if (table.unitNote) return table.unitNote.replace(/^\(|\)$/g, '');
  const money = rows.some((r) => r.cells.some((c) => c !== null && /^[A-Z]{3}(?:\/|$)/.test(c.fact.unit)));
  if (!money) return null;
  return `${SCALE_WORDS[table.scale] ?? `In units of 10^${table.scale}`} of ${currency} (the table states no unit; the release's default)`;
}

/**
 * A printed header as a heading: less a span's period words that name no date over this column ("For the three
 * months ended" over Molson Coors' "Foreign Exchange Impact", its dates printed over other columns only), and with
 * a note's mark closing it as the superscript it is ("(Decrease)(1)" → "(Decrease)¹").
 */
export function printedHeading(header: string): string {
  const rest = header.replace(DATELESS_SPAN, '').trim();
  return (rest || header).replace(CLOSING_MARK, (_m, n: string) => [...n].map((d) => SUPERSCRIPT[Number(d)]).join(''));
}
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DATELESS_SPAN = new RegExp(
  String.raw`^(?:(?:for|as\s+of|at)\s+(?:the\s+)?)?(?:(?:three|six|nine|twelve|\d{1,2})[\s-]+months?|(?:thirteen|\d{2})[\s-]+weeks?|(?:fiscal\s+)?(?:years?|quarters?))\s+ended\b(?!\s*(?:,\s*)?(?:${MONTH}|\d))[\s:,]*`,
  'i',
);
const CLOSING_MARK = /(?<=\S)\((\d)\)$/;
const SUPERSCRIPT = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/** What a page shows of a table: rows named by id, and/or every total. */
export interface RowSelection {
  /** Row ids, in any order (the table's order is kept). */
  ids: readonly string[];
  /** Every row ruled as a total (a footing's total, or printed as one). */
  totals: boolean;
}

/**
 * The rows a page shows of a laid-out table: those selected, each with the section headings
 * above it (so "Total current assets" still reads under "Current assets:"), in the table's
 * order and with the rules the whole table gives them. `unknown` lists the ids no row has, for
 * the caller to report where the selection was written.
 */
export function selectRows(rows: readonly StatementRow[], selection: RowSelection): { rows: StatementRow[]; unknown: string[] } {
  const known = new Set(rows.map((r) => r.row.id));
  const unknown = [...new Set(selection.ids)].filter((id) => !known.has(id));
  const wanted = new Set(selection.ids);
  const shown = new Set<number>();
  rows.forEach((r, i) => {
    if (!wanted.has(r.row.id) && !(selection.totals && r.total)) return;
    shown.add(i);
    // The heading of each section the row sits in: the section row at that depth above it, with
    // nothing but rows of that section between them.
    const path = r.row.section;
    const within = (section: readonly string[], depth: number) => section.length > depth && path.slice(0, depth + 1).every((s, k) => s === section[k]);
    for (let depth = 0; depth < path.length; depth++) {
      for (let j = i - 1; j >= 0; j--) {
        const h = rows[j].row;
        if (h.kind === 'section' && h.section.length === depth && h.section.every((s, k) => s === path[k])) {
          shown.add(j);
          break;
        }
        if (!within(h.section, depth)) break;
      }
    }
  });
  return { rows: rows.filter((_, i) => shown.has(i)), unknown };
}
