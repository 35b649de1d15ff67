/**
 * A line broken down in the lines printed right under it: a total printed first, its parts after
 * it (First Quantum's "Copper production (tonnes)" over its mines, "Gold sales (ounces)" over
 * theirs; PNC's "Net income" over what is attributable to noncontrolling interests, preferred
 * dividends and common shareholders). No label says so, so the figures must: the run of lines
 * right under the line (two or more, of its unit, up to the next caption) sums to it exactly, the
 * line and two of the run printed non-zero, in two columns at least, and holds in every other.
 * Where one column fails and the others bear it out so (exact sums in two of them: `bornOut`; in one,
 * where the run is set in under the line and the line after it set back out), that column is a
 * mismatch, corroborated; where two runs would be borne out, the lines are left open and
 * nothing is accused. The shortest run that holds is read. A line that says how it adjusts ("Less:",
 * "Add:", "Plus") ends the run: it is a reconciliation's, whose signs only its reading weighs (TAT-QA's
 * "Add: deferred revenue adjustment" under "Total net revenue", nil in four years of five).
 *
 * Only lines whose figures add up are read (never a percentage, a ratio, a per-share figure or a
 * figure per unit), in the table's period columns (never a change column). A relation another
 * check already evaluates on the very same figures (the chain of a statement, a section's total)
 * is not made twice. The lines of a breakdown are line items: a line that is a total (labelled so,
 * underlined, or the total of a footing read elsewhere) ends the run, as small figures can add up
 * by chance where a total is summed with its own parts (Martin Marietta's segments: "Total
 * reportable segments" and a corporate line twice Magnesia Specialties' gave "Total Building
 * Materials business" in both quarters).
 *
 * Ids: `footing/<table>/<line>/<column key>/breakdown`.
 */
import type { Check, Fact, Table, TableColumn, TableRow } from '../types.ts';
import { type CheckContext, columnKey, columnLabel, isAdditive } from './context.ts';
import { evaluate, inUnitsOf, type Lookup, type Scope } from './evaluate.ts';
import type { Expression } from './expression.ts';
import { checkWith, titleOf } from './make-check.ts';
import { blankCountsAsZero, breakdownCorroborated, breakdownRestsOn, nilCountsAsZero, notPrinted } from './relation-messages.ts';
import { bornOut, type Fit, holdsEverywhere, namesARatio, noFit, tallyFit } from './structure.ts';
import { judge } from './verdict.ts';
import { rowWords } from './words.ts';
import { PER_UNIT } from './column-footing.ts';
import { sumScreen } from './sum-screen.ts';
import { saysItAdjusts } from '../model/index.ts';

/** The longest run of lines read as a breakdown. */
const LONGEST = 12;

export function breakdownChecks(ctx: CheckContext, given: Check[]): Check[] {
  const evaluated = new Set(given.filter((c) => c.verdict !== 'unverifiable').map((c) => signature(c.reported.fact, c.inputs)));
  // The lines other footings read as totals: a total of other lines is no line of a breakdown.
  const totals = new Set(given.filter((c) => c.kind === 'footing' && c.verdict !== 'unverifiable' && c.reported.fact).map((c) => rowOf(ctx, c.reported.fact!)));
  return ctx.release.tables.flatMap((table) => breakdownsOf(ctx, table, totals).flatMap((b) => checksOf(ctx, b, evaluated)));
}

interface Breakdown {
  table: Table;
  head: TableRow;
  parts: TableRow[];
  columns: TableColumn[];
  fit: 'holds' | 'corroborated';
}

function breakdownsOf(ctx: CheckContext, table: Table, totals: Set<string>): Breakdown[] {
  const changes = new Set(ctx.release.periods.filter((p) => p.kind === 'change').map((p) => p.id));
  const columns = table.columns.filter((c) => !changes.has(c.period) && !c.dimension?.startsWith('percent'));
  if (columns.length < 2) return [];
  const out: Breakdown[] = [];
  const units = table.rows.map((r) => unitOf(ctx, r));
  // A quick screen of sums first, in exact integers (a long table has many runs): the rows read bottom to top, so
  // that a line over its parts is a total under them. It lets through every run that may hold in all columns but one.
  const cells = table.rows.map((r) => columns.map((c) => ctx.index.cell(table.id, r.id, columnKey(c))));
  const scale = cells.flat().find((f) => f !== undefined)?.scale;
  const last = table.rows.length - 1;
  // Two columns at least must hold, so one may fail only where there are three.
  const tolerate = Math.min(1, columns.length - 2);
  const screen = sumScreen(cells.map((row) => ({ values: row.map((f) => (f?.status === 'reported' ? f.value : null)), scale: row.find((f) => f !== undefined)?.scale ?? scale, sign: 1 as const })).reverse());
  table.rows.forEach((head, at) => {
    const unit = units[at];
    if (!unit) return;
    const fits: { parts: TableRow[]; fit: Fit; next: number }[] = [];
    const parts: TableRow[] = [];
    for (let i = at + 1; i < Math.min(table.rows.length, at + 1 + LONGEST); i++) {
      const next = table.rows[i];
      // A line that says how it adjusts ("Less:", "Add:", "Plus") is a reconciliation's, whose signs its reading weighs.
      if (units[i] !== unit || saysItAdjusts(next.label)) break;
      // Nor is a total a line of a breakdown (Martin Marietta's "Total reportable segments" under "Total Building
      // Materials business" and "Magnesia Specialties", which a corporate line twice Magnesia's made add up in two quarters).
      if (next.total || TOTAL.test(next.label) || totals.has(`${table.id}/${next.id}`)) break;
      parts.push(next);
      if (parts.length < 2 || !screen(last - i, last - at, tolerate)) continue;
      fits.push({ parts: [...parts], fit: fitOf(ctx, table, columns, head, parts), next: i + 1 });
    }
    const holding = fits.find((f) => holdsEverywhere(f.fit) && f.fit.sums >= 2);
    if (holding) {
      out.push({ table, head, parts: holding.parts, columns, fit: 'holds' });
      return;
    }
    // Only exact sums bear a run out: a line equal to one of its lines, the others nil, says nothing of the others.
    // Lines set in under the line, the line after them set back out (Core Natural Resources' "Tons Sold" over "Coking
    // Coal" and "Thermal Byproduct", 2Q26), are its parts by their layout: one exact sum bears them out.
    const borne = fits.filter((f) => (setIn(head, f.parts, table.rows[f.next]) ? bornOut(f.fit, 'block') && f.fit.sums >= 1 : bornOut(f.fit, 'figures') && f.fit.sums >= 2));
    if (borne.length === 1) out.push({ table, head, parts: borne[0].parts, columns, fit: 'corroborated' });
  });
  return out;
}

/**
 * Whether a run of lines is printed set in under its head, every one deeper than it, and the line after the run (if
 * any, `after`) set back to the head's depth or less: the layout of a line over its parts.
 */
function setIn(head: TableRow, parts: TableRow[], after: TableRow | undefined): boolean {
  const depth = head.indent;
  if (depth === undefined || parts.some((p) => p.indent === undefined || p.indent <= depth)) return false;
  return after === undefined || (after.indent !== undefined && after.indent <= depth);
}

/** A label that says its line is a total: "Total …", "Subtotal", "Consolidated …", or none at all. */
const TOTAL = /^\s*(?:$|(?:sub-?)?totals?\b|consolidated\b)/i;

/** `<table>/<row>` of a fact. */
function rowOf(ctx: CheckContext, id: string): string {
  const f = ctx.index.fact(id);
  return f ? `${f.table}/${f.row}` : '';
}

/** The unit of a line whose figures add up, or null (a caption, a ratio, a figure per unit, a percentage). */
function unitOf(ctx: CheckContext, row: TableRow): string | null {
  if (row.kind !== 'values' || namesARatio(row.label) || PER_UNIT.test(row.label)) return null;
  const units = new Set(row.cells.flatMap((id) => (id ? [ctx.index.fact(id)?.unit] : [])).filter((u) => u !== undefined));
  if (units.size !== 1) return null;
  const unit = [...units][0]!;
  return isAdditive(unit) ? unit : null;
}

function fitOf(ctx: CheckContext, table: Table, columns: TableColumn[], head: TableRow, parts: TableRow[]): Fit {
  const fit = noFit();
  const expression = sumOf(parts);
  for (const column of columns) {
    const reported = ctx.index.cell(table.id, head.id, columnKey(column));
    if (!reported || reported.status !== 'reported') continue;
    if (!parts.some((p) => ctx.index.cell(table.id, p.id, columnKey(column)))) continue;
    tallyFit(fit, reported, evaluate(expression, new ColumnScope(ctx, table, columnKey(column), rowsOf(table))));
  }
  return fit;
}

function checksOf(ctx: CheckContext, b: Breakdown, evaluated: Set<string>): Check[] {
  const expression = sumOf(b.parts);
  const subject = rowWords(b.head);
  const restsOn = breakdownRestsOn(b.head.label, b.parts.map((p) => p.label), b.fit);
  const drafted = b.columns.flatMap((column) => {
    const key = columnKey(column);
    const reported = ctx.index.cell(b.table.id, b.head.id, key);
    if (!reported || reported.status !== 'reported') return [];
    if (!b.parts.some((p) => ctx.index.cell(b.table.id, p.id, key))) return [];
    const e = evaluate(expression, new ColumnScope(ctx, b.table, key, rowsOf(b.table)));
    if (evaluated.has(signature(reported.id, e.inputs.map((f) => f.id)))) return [];
    const notes: string[] = [];
    if (e.nils.length > 0) notes.push(nilCountsAsZero(e.nils.map((n) => n.label)));
    if (e.blanks.length > 0) notes.push(blankCountsAsZero(e.blanks, columnLabel(ctx, column)));
    notes.push(restsOn);
    return [{
      column,
      judgement: judge({ value: reported.value, decimals: reported.decimals, status: reported.status }, inUnitsOf(e, reported.scale)),
      spec: {
        release: ctx.release,
        kind: 'footing' as const,
        id: `footing/${b.table.id}/${b.head.id}/${key}/breakdown`,
        title: titleOf(subject, columnLabel(ctx, column)),
        formula: `${subject} = ${e.words}`,
        period: column.period || null,
        inputs: e.inputs,
        reported,
        notes,
        restsOn,
      },
    }];
  });
  const holding = drafted.filter((d) => d.judgement.verdict === 'exact' || d.judgement.verdict === 'rounding').map((d) => columnLabel(ctx, d.column));
  return drafted.map((d) => checkWith(d.judgement.verdict === 'mismatch' ? { ...d.spec, notes: [...d.spec.notes, breakdownCorroborated(holding)] } : d.spec, d.judgement));
}

/** The figures a relation reads, in one column: the same set is the same relation. */
export function signature(reported: string | null | undefined, inputs: readonly string[]): string {
  return [reported ?? '', ...inputs].sort().join('\0');
}

const rowMaps = new WeakMap<Table, Map<string, TableRow>>();
/** A table's rows by id, made once. */
function rowsOf(table: Table): Map<string, TableRow> {
  let rows = rowMaps.get(table);
  if (!rows) rowMaps.set(table, (rows = new Map(table.rows.map((r) => [r.id, r]))));
  return rows;
}

/** a + b + c over row ids. */
function sumOf(parts: TableRow[]): Expression {
  const leaf = (r: TableRow): Expression => ({ type: 'name', name: r.id });
  return parts.slice(1).reduce<Expression>((left, r) => ({ type: 'binary', op: '+', left, right: leaf(r) }), leaf(parts[0]));
}

/** The names of a breakdown are the ids of the rows of one column. */
export class ColumnScope implements Scope {
  readonly #ctx: CheckContext;
  readonly #table: Table;
  readonly #key: string;
  readonly #rows: Map<string, TableRow>;

  constructor(ctx: CheckContext, table: Table, key: string, rows: Map<string, TableRow> = rowsOf(table)) {
    this.#ctx = ctx;
    this.#table = table;
    this.#key = key;
    this.#rows = rows;
  }

  #row(name: string): TableRow | undefined {
    return this.#rows.get(name);
  }

  label(name: string): string {
    const row = this.#row(name);
    return row ? rowWords(row) : name;
  }

  lookup(name: string): Lookup {
    const fact: Fact | undefined = this.#ctx.index.cell(this.#table.id, name, this.#key);
    if (fact) return { fact };
    const row = this.#row(name);
    // A line that prints figures in other columns but nothing in this one counts as zero, as a footing reads an empty cell.
    return row && row.cells.some((c) => c !== null) ? { blank: this.label(name) } : { missing: notPrinted(this.label(name), this.#key) };
  }

  range(): { label: string; lookup: Lookup }[] {
    return [];
  }
}
