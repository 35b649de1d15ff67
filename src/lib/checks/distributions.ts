/**
 * A whole split in percentages: the lines under one caption that print shares of one whole add up
 * to 100% in every column (ASE's EMS "Revenues by Application": Communication 37 %, Computing 9 %,
 * Consumer 33 %, Industrial 11 %, Automotive 8 %, Others 2 %; Lattice's "Revenue % (by
 * Geography)" and "(by Channel)"). No label says the lines are shares of one whole, so the figures
 * must: the run of percentage lines right under a caption (two or more, up to the next caption or
 * line of another unit; never a line naming a rate, a ratio, a margin, a yield, a return or a
 * change, nor a total) adds up to 100 within the rounding of its figures in every column, exactly
 * in two; or in every column but one, exactly in two others, that column then a mismatch.
 * The check reports the last line as 100% less the others.
 *
 * Ids: `footing/<table>/<last line>/<column key>/distribution`.
 */
import type { Check, Table, TableColumn, TableRow } from '../types.ts';
import { type CheckContext, columnKey, columnLabel } from './context.ts';
import { evaluate, inUnitsOf } from './evaluate.ts';
import type { Expression } from './expression.ts';
import { checkWith, titleOf } from './make-check.ts';
import { distributionCorroborated, distributionRestsOn, sharesRestsOn } from './relation-messages.ts';
import { namesARatio } from './structure.ts';
import { judge } from './verdict.ts';
import { rowWords } from './words.ts';
import { ColumnScope, signature } from './breakdowns.ts';

/** Words of a line that is no share of a whole. */
const NOT_A_SHARE = /\b(rates?|ratios?|margins?|yields?|returns?|changes?|growth|increase|decrease|variance|total|subtotal|average|per)\b|\bvs\.?\b/i;

export function distributionChecks(ctx: CheckContext, given: Check[]): Check[] {
  const evaluated = new Set(given.filter((c) => c.verdict !== 'unverifiable').map((c) => signature(c.reported.fact, c.inputs)));
  return ctx.release.tables.flatMap((table) => blocksOf(ctx, table).flatMap((b) => checksOf(ctx, table, b, evaluated)));
}

interface Block {
  caption: TableRow;
  lines: TableRow[];
  columns: TableColumn[];
  fit: 'holds' | 'corroborated';
  /** Lines of the whole whose own shares are printed right under them (see nestedShares). */
  parts?: Part[];
}

interface Part {
  whole: TableRow;
  parts: TableRow[];
  fit: 'holds' | 'corroborated';
}

function percentLine(ctx: CheckContext, row: TableRow): boolean {
  if (row.kind !== 'values' || namesARatio(row.label) || NOT_A_SHARE.test(row.label)) return false;
  const units = new Set(row.cells.flatMap((id) => (id ? [ctx.index.fact(id)?.unit] : [])));
  return units.size === 1 && units.has('percent');
}

function blocksOf(ctx: CheckContext, table: Table): Block[] {
  const changes = new Set(ctx.release.periods.filter((p) => p.kind === 'change').map((p) => p.id));
  const columns = table.columns.filter((c) => !changes.has(c.period) && !c.dimension?.startsWith('percent'));
  if (columns.length < 2) return [];
  const out: Block[] = [];
  table.rows.forEach((caption, at) => {
    if ((caption.kind !== 'section' && caption.kind !== 'label') || NOT_A_SHARE.test(caption.label)) return;
    const lines: TableRow[] = [];
    for (const row of table.rows.slice(at + 1)) {
      if (!percentLine(ctx, row)) break;
      lines.push(row);
    }
    if (lines.length < 2) return;
    let holds = 0;
    let exact = 0;
    let fails = 0;
    for (const column of columns) {
      const d = draft(ctx, table, lines, column);
      if (!d) continue;
      if (d.judgement.verdict === 'mismatch') fails++;
      else if (d.judgement.verdict === 'exact' || d.judgement.verdict === 'rounding') holds++;
      if (d.judgement.verdict === 'exact') exact++;
    }
    if (exact >= 2 && fails === 0) out.push({ caption, lines, columns, fit: 'holds' });
    else if (exact >= 2 && fails === 1 && holds >= 2) out.push({ caption, lines, columns, fit: 'corroborated' });
    else {
      const nested = nestedShares(ctx, table, lines, columns);
      if (nested) out.push({ caption, columns, ...nested });
    }
  });
  return out;
}

/** How a sum fits over the columns: where it holds, exactly, and where it fails. */
function fitOf(ctx: CheckContext, table: Table, columns: TableColumn[], drafted: (column: TableColumn) => ReturnType<typeof draft>): 'holds' | 'corroborated' | null {
  let holds = 0;
  let exact = 0;
  let fails = 0;
  for (const column of columns) {
    const d = drafted(column);
    if (!d) continue;
    if (d.judgement.verdict === 'mismatch') fails++;
    else if (d.judgement.verdict === 'exact' || d.judgement.verdict === 'rounding') holds++;
    if (d.judgement.verdict === 'exact') exact++;
  }
  if (exact >= 2 && fails === 0) return 'holds';
  if (exact >= 2 && fails === 1 && holds >= 2) return 'corroborated';
  return null;
}

/**
 * Shares of one whole printed with the shares of some of them right under them (Chimera's portfolio
 * composition: "Non-Agency RMBS 7.9%" over "Senior 3.7%", "Subordinated 3.0%", "Interest-only 1.2%",
 * then "Agency RMBS" over its two, …, "Loans held for investment 88.0%"): read top down, a line whose
 * next lines (two or more, the fewest) add up to it is their whole, and the lines left add up to 100%.
 * Each sum must fit as a whole split does (every column, exactly in two; or all but one column), so
 * that the figures, not a label, establish the reading. Null where they do not.
 */
function nestedShares(ctx: CheckContext, table: Table, lines: TableRow[], columns: TableColumn[]): Pick<Block, 'lines' | 'parts' | 'fit'> | null {
  const top: TableRow[] = [];
  const parts: Part[] = [];
  let corroborated = false;
  for (let i = 0; i < lines.length; i++) {
    top.push(lines[i]);
    for (let j = i + 2; j < lines.length; j++) {
      const fit = fitOf(ctx, table, columns, (column) => sumDraft(ctx, table, lines[i], lines.slice(i + 1, j + 1), column));
      if (!fit) continue;
      parts.push({ whole: lines[i], parts: lines.slice(i + 1, j + 1), fit });
      if (fit === 'corroborated') corroborated = true;
      i = j;
      break;
    }
  }
  if (parts.length === 0 || top.length < 2) return null;
  const fit = fitOf(ctx, table, columns, (column) => draft(ctx, table, top, column));
  if (!fit) return null;
  // Two sums each failing in a column of its own is more than one error the reading can stand on.
  if (fit === 'corroborated' && corroborated) return null;
  return { lines: top, parts, fit };
}

/** A whole as the sum of its parts, in one column; null where the column prints none of them. */
function sumDraft(ctx: CheckContext, table: Table, whole: TableRow, lines: TableRow[], column: TableColumn) {
  const key = columnKey(column);
  const reported = ctx.index.cell(table.id, whole.id, key);
  if (!reported || reported.status !== 'reported') return null;
  if (!lines.some((r) => ctx.index.cell(table.id, r.id, key)?.status === 'reported')) return null;
  const sum = lines.slice(1).reduce<Expression>((left, r) => ({ type: 'binary', op: '+', left, right: { type: 'name', name: r.id } }), { type: 'name', name: lines[0].id });
  const e = evaluate(sum, new ColumnScope(ctx, table, key));
  if (e.value === null) return null;
  return { column, reported, e, judgement: judge({ value: reported.value, decimals: reported.decimals, status: reported.status }, inUnitsOf(e, reported.scale)) };
}

/** The last line as 100% less the others, in one column; null where the column prints none of them. */
function draft(ctx: CheckContext, table: Table, lines: TableRow[], column: TableColumn) {
  const key = columnKey(column);
  const last = lines.at(-1)!;
  const reported = ctx.index.cell(table.id, last.id, key);
  if (!reported || reported.status !== 'reported') return null;
  const others = lines.slice(0, -1);
  if (!others.some((r) => ctx.index.cell(table.id, r.id, key)?.status === 'reported')) return null;
  const sum = others.slice(1).reduce<Expression>((left, r) => ({ type: 'binary', op: '+', left, right: { type: 'name', name: r.id } }), { type: 'name', name: others[0].id });
  const expression: Expression = { type: 'binary', op: '-', left: { type: 'number', value: '100' }, right: sum };
  const e = evaluate(expression, new ColumnScope(ctx, table, key));
  if (e.value === null) return null;
  return { column, reported, e, judgement: judge({ value: reported.value, decimals: reported.decimals, status: reported.status }, inUnitsOf(e, reported.scale)) };
}

function checksOf(ctx: CheckContext, table: Table, b: Block, evaluated: Set<string>): Check[] {
  const restsOn = distributionRestsOn(b.caption.label, b.lines.map((l) => l.label), b.fit, b.parts?.map((p) => p.whole.label));
  const whole = relationChecks(ctx, table, b.columns, b.lines.at(-1)!, 'distribution', (column) => draft(ctx, table, b.lines, column), restsOn, evaluated);
  const parts = (b.parts ?? []).flatMap((p) =>
    relationChecks(ctx, table, b.columns, p.whole, 'shares', (column) => sumDraft(ctx, table, p.whole, p.parts, column), sharesRestsOn(b.caption.label, p.whole.label, p.parts.map((l) => l.label), p.fit), evaluated),
  );
  return [...whole, ...parts];
}

/** One relation's checks over the columns, a column where it fails while the others bear it out a mismatch saying so. */
function relationChecks(ctx: CheckContext, table: Table, columns: TableColumn[], row: TableRow, suffix: string, drafted: (column: TableColumn) => ReturnType<typeof draft>, restsOn: string, evaluated: Set<string>): Check[] {
  const subject = rowWords(row);
  const out = columns.flatMap((column) => {
    const d = drafted(column);
    if (!d || evaluated.has(signature(d.reported.id, d.e.inputs.map((f) => f.id)))) return [];
    return [{
      ...d,
      spec: {
        release: ctx.release,
        kind: 'footing' as const,
        id: `footing/${table.id}/${row.id}/${columnKey(column)}/${suffix}`,
        title: titleOf(subject, columnLabel(ctx, column)),
        formula: `${subject} = ${d.e.words}`,
        period: column.period || null,
        inputs: d.e.inputs,
        reported: d.reported,
        notes: [restsOn],
        restsOn,
      },
    }];
  });
  const holding = out.filter((d) => d.judgement.verdict === 'exact' || d.judgement.verdict === 'rounding').map((d) => columnLabel(ctx, d.column));
  return out.map((d) => checkWith(d.judgement.verdict === 'mismatch' ? { ...d.spec, notes: [...d.spec.notes, distributionCorroborated(holding)] } : d.spec, d.judgement));
}
