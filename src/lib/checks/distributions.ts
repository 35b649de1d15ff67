/**
 * A whole split in percentages: the lines under one caption that print shares of one whole add up
 * to 100% in every column (ASE's EMS "Revenues by Application": Communication 37 %, Computing 9 %,
 * Consumer 33 %, Industrial 11 %, Automotive 8 %, Others 2 %; Lattice's "Revenue % (by
 * Geography)" and "(by Channel)"). No label says the lines are shares of one whole, so the figures
 * must: the run of percentage lines right under a caption (two or more, up to the next caption or
 * line of another unit; never a line naming a rate, a ratio, a margin, a yield, a return or a
 * change, nor a total) adds up to 100 within the rounding of its figures in every column, exactly
 * in two; or in every column but one, exactly in two others, that column then a mismatch.
 * The check reports the last line as 100% less the others. A run that fits as no one whole may
 * print two splits of it one after the other (Chimera's portfolio by class of asset, then "Fixed-rate
 * percentage of portfolio" 87.9% and "Adjustable-rate percentage of portfolio" 12.1%): it is read so
 * only where each part, cut in order, fits as a whole of its own.
 *
 * A run closed by a total printed as 100 in every column (Goldman Sachs' net revenues by region:
 * "Americas 63%", "EMEA 24%", "Asia 13%", "Total 100%") says by that figure that its lines are shares
 * of one whole: the total is their sum, each rounded, so n lines allow n half-units. A total named so
 * closes them in the columns where it prints 100 (Best Buy's "Revenue Mix" beside "Comparable Sales":
 * "Total 100 % | 100 % | (9.6)%"); a line of no name only where it prints 100 in every column, two at
 * least (Ulta's categories over "100% 100%"). A column where it fails is a mismatch only where it holds
 * in two others at least and fails in none, or, closed by a printed 100, in one other; else unverifiable.
 *
 * Ids: `footing/<table>/<last line>/<column key>/distribution`, `footing/<table>/<total>/<column key>/shares`.
 */
import type { Check, Table, TableColumn, TableRow } from '../types.ts';
import { type CheckContext, columnKey, columnLabel } from './context.ts';
import { evaluate, inUnitsOf } from './evaluate.ts';
import type { Expression } from './expression.ts';
import { checkWith, titleOf } from './make-check.ts';
import { distributionCorroborated, distributionRestsOn, sharesRestsOn, totalledNotCorroborated, totalledRestsOn } from './relation-messages.ts';
import { namesARatio } from './structure.ts';
import { judge } from './verdict.ts';
import { rowWords } from './words.ts';
import { parseDecimal } from '../decimal.ts';
import { corroboratedOrNot } from './ratio-terms.ts';
import { ColumnScope, signature } from './breakdowns.ts';

/**
 * Words of a line that is no share of a whole. A rate joined to the word before it names a kind of thing, not a
 * rate: "Fixed-rate percentage of portfolio" is the fixed-rate part of a portfolio.
 */
const NOT_A_SHARE = /\b(?<!-)rates?\b|\b(ratios?|margins?|yields?|returns?|changes?|growth|increase|decrease|variance|total|subtotal|average|per)\b|\bvs\.?\b/i;

/** A total's label: "Total", "Total net revenues". */
const A_TOTAL = /^\s*total\b/i;

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
  /** The last line of the split printed before this one under the same caption (see splits). */
  after?: TableRow;
  /** The line printing 100 that closes the lines (see hundredTotal): the sum they are judged against. */
  total?: TableRow;
}

interface Part {
  whole: TableRow;
  parts: TableRow[];
  fit: 'holds' | 'corroborated';
}

function percentLine(ctx: CheckContext, row: TableRow): boolean {
  if (row.kind !== 'values' || namesARatio(row.label) || NOT_A_SHARE.test(row.label)) return false;
  // A figure not given ("N/A") prints no unit: it says nothing of the line's.
  const units = new Set(row.cells.flatMap((id) => {
    const f = id ? ctx.index.fact(id) : undefined;
    return f && f.status !== 'not-meaningful' ? [f.unit] : [];
  }));
  return units.size === 1 && units.has('percent');
}

function blocksOf(ctx: CheckContext, table: Table): Block[] {
  const changes = new Set(ctx.release.periods.filter((p) => p.kind === 'change').map((p) => p.id));
  const periods = table.columns.filter((c) => !changes.has(c.period));
  // Lines of percentages only closed by a 100: a column of shares with no amounts beside it is read too
  // (PC Connection's "Product Mix", "2020 % of Total"), as a share beside an amount makes its line no percentage line.
  const out: Block[] = periods.length > 0 ? totalledBlocks(ctx, table, periods) : [];
  const columns = periods.filter((c) => !c.dimension?.startsWith('percent'));
  if (columns.length < 2) return out;
  const totalled = new Set(out.flatMap((b) => b.lines));
  table.rows.forEach((caption, at) => {
    if ((caption.kind !== 'section' && caption.kind !== 'label') || NOT_A_SHARE.test(caption.label)) return;
    const lines: TableRow[] = [];
    for (const row of table.rows.slice(at + 1)) {
      if (!percentLine(ctx, row)) break;
      lines.push(row);
    }
    if (lines.length < 2 || lines.some((l) => totalled.has(l))) return;
    const whole = wholeOf(ctx, table, lines, columns);
    if (whole) out.push({ caption, columns, ...whole });
    else out.push(...(splits(ctx, table, lines, columns) ?? []).map((w, k, all) => ({ caption, columns, ...w, ...(k > 0 ? { after: all[k - 1].lines.at(-1)! } : {}) })));
  });
  return out;
}

/** The lines as one whole split in percentages, its shares' own shares under some of them or not; null where the figures do not bear it out. */
function wholeOf(ctx: CheckContext, table: Table, lines: TableRow[], columns: TableColumn[]): Pick<Block, 'lines' | 'parts' | 'fit'> | null {
  const fit = fitOf(ctx, table, columns, (column) => draft(ctx, table, lines, column));
  return fit ? { lines, fit } : nestedShares(ctx, table, lines, columns);
}

/**
 * Lines that are no one whole cut, in order, into wholes each split in percentages (two lines at least each): the
 * shortest first part that fits, then the rest the same way. Null unless every line falls in one of them, so a run
 * is read so only where its figures bear out each part; two parts each fitting only as corroborated are more than
 * one error the reading can stand on.
 */
function splits(ctx: CheckContext, table: Table, lines: TableRow[], columns: TableColumn[]): Pick<Block, 'lines' | 'parts' | 'fit'>[] | null {
  for (let k = 2; k <= lines.length - 2; k++) {
    const first = wholeOf(ctx, table, lines.slice(0, k), columns);
    if (!first) continue;
    const rest = wholeOf(ctx, table, lines.slice(k), columns);
    const tail = rest ? [rest] : splits(ctx, table, lines.slice(k), columns);
    if (!tail) continue;
    const parts = [first, ...tail];
    if (parts.filter((p) => p.fit === 'corroborated' || p.parts?.some((q) => q.fit === 'corroborated')).length > 1) return null;
    return parts;
  }
  return null;
}

/**
 * A total printed as 100 in every column that prints it ("Total | 100% | 100%"), named a total, of percentages only,
 * closing the run of percentage lines right above it (two or more): the figure says they are shares of one whole.
 */
function totalledBlocks(ctx: CheckContext, table: Table, columns: TableColumn[]): Block[] {
  const out: Block[] = [];
  table.rows.forEach((total, at) => {
    const shares = hundredTotal(ctx, table, total, columns);
    if (!shares) return;
    const lines: TableRow[] = [];
    for (let i = at - 1; i >= 0 && percentLine(ctx, table.rows[i]); i--) lines.unshift(table.rows[i]);
    if (lines.length < 2) return;
    const caption = table.rows[at - lines.length - 1];
    const drafts = shares.map((column) => sumDraft(ctx, table, total, lines, column));
    // The plain sum must hold somewhere: a total over subtotals of its own is another reading, not judged here.
    if (!drafts.some((d) => d && (d.judgement.verdict === 'exact' || d.judgement.verdict === 'rounding'))) return;
    out.push({ caption: caption ?? total, lines, columns: shares, fit: 'holds', total });
  });
  return out;
}

/**
 * The columns in which a line of percentages closes shares of one whole by printing 100, or null. A line named a total
 * closes them in each column where it prints 100, the others then measuring something else of the same lines (Best
 * Buy's "Revenue Mix | Comparable Sales": "Total 100 % | (9.6)%"); a line of no name only where it prints 100 in every
 * column, two at least (Ulta's "approximate percentage of net sales by primary category": "100% 100%" under the
 * categories), the figures then being all that say it is their whole.
 */
function hundredTotal(ctx: CheckContext, table: Table, row: TableRow, columns: TableColumn[]): TableColumn[] | null {
  const named = A_TOTAL.test(row.label);
  if (row.kind !== 'values' || !(named || row.label.trim() === '')) return null;
  const facts = row.cells.flatMap((id) => (id ? [ctx.index.fact(id)] : []));
  if (facts.some((f) => !f || f.unit !== 'percent')) return null;
  const printed = columns.filter((c) => ctx.index.cell(table.id, row.id, columnKey(c))?.status === 'reported');
  const hundred = printed.filter((c) => {
    const f = ctx.index.cell(table.id, row.id, columnKey(c))!;
    return f.value !== null && parseDecimal(f.value).eq(100);
  });
  if (named) return hundred.length > 0 ? hundred : null;
  return hundred.length >= 2 && hundred.length === printed.length ? hundred : null;
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
  if (b.total) {
    const total = b.total;
    const restsOn = totalledRestsOn(total.label, b.lines.map((l) => l.label));
    const drafted = (column: TableColumn) => sumDraft(ctx, table, total, b.lines, column);
    // The 100 printed states the whole: one other column where the lines add up to it rules out another reading of them.
    return corroboratedOrNot(relationChecks(ctx, table, b.columns, total, 'shares', drafted, restsOn, evaluated, false), totalledNotCorroborated(), 1);
  }
  const restsOn = distributionRestsOn(b.caption.label, b.lines.map((l) => l.label), b.fit, b.parts?.map((p) => p.whole.label), b.after?.label);
  const whole = relationChecks(ctx, table, b.columns, b.lines.at(-1)!, 'distribution', (column) => draft(ctx, table, b.lines, column), restsOn, evaluated);
  const parts = (b.parts ?? []).flatMap((p) =>
    relationChecks(ctx, table, b.columns, p.whole, 'shares', (column) => sumDraft(ctx, table, p.whole, p.parts, column), sharesRestsOn(b.caption.label, p.whole.label, p.parts.map((l) => l.label), p.fit), evaluated),
  );
  return [...whole, ...parts];
}

/** One relation's checks over the columns, a column where it fails while the others bear it out a mismatch saying so. */
function relationChecks(ctx: CheckContext, table: Table, columns: TableColumn[], row: TableRow, suffix: string, drafted: (column: TableColumn) => ReturnType<typeof draft>, restsOn: string, evaluated: Set<string>, corroborated = true): Check[] {
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
  return out.map((d) => checkWith(d.judgement.verdict === 'mismatch' && corroborated ? { ...d.spec, notes: [...d.spec.notes, distributionCorroborated(holding)] } : d.spec, d.judgement));
}
