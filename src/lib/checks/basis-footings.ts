/**
 * A total line's change at constant currency, read from its lines' changes on that basis: the table does not print
 * the figures the change compares, but a currency-neutral amount is a sum like the printed one, so the total's change
 * is its lines' changes weighted by their amounts (Pfizer's "% Change | Total | Oper.", operational variances being
 * "growth rates that exclude the impact of foreign exchange rates": Total revenues' 106% Oper. from Biopharma's 108% on
 * $11,325 and Pfizer CentreOne's 25% on $308, Q4 2021).
 *
 * Only a currency basis: the header names one ("Constant Currency", "Ex-FX", ./qualified-basis.ts), a note on it speaks
 * of exchange rates, or the release defines the words the column adds to its plain change as excluding foreign
 * exchange and nothing else. An organic or comparable basis also takes acquisitions out of one period, so its lines'
 * printed amounts do not weight it. Two conventions compare at one rate, and the table does not say which:
 *
 * - the current period at the prior period's rates (`prior`): the total's change is Σ prior × (100 + change) ÷ Σ prior − 100;
 * - the prior period at the current period's rates (`current`): Σ current ÷ Σ (current × 100 ÷ (100 + change)) × 100 − 100.
 *
 * Which lines a total covers is the footing of both its printed columns (./footing.ts), each holding; a line printing
 * nothing in both periods counts as nothing, one whose current amount is nothing adds only its prior amount (under
 * `prior`), and one whose change is not a figure leaves the total unread. A table's constant-currency columns are read
 * under the convention that holds in more of their totals; a total that fails is a mismatch only where that convention
 * holds in two totals at least and twice as many as fail, and the other convention fails there too. Else it is
 * unverifiable, saying why.
 *
 * Ids are the growth check's of the same figure (`growth/<table>/<row>/<column>`), which they replace.
 */
import { parseDecimal } from '../decimal.ts';
import type { Check, Fact, Table, TableColumn } from '../types.ts';
import { type CheckContext, columnKey, isMoney } from './context.ts';
import { qualifiedChangeColumns } from './growth.ts';
import { basisFootingRestsOn, basisFootingUncorroborated, basisFootingOtherConvention } from './relation-messages.ts';
import { holds, type Term, term, termsCheck } from './ratio-terms.ts';
import { rowWords } from './words.ts';

type Convention = 'prior' | 'current';

export function basisFootingChecks(ctx: CheckContext, footings: readonly Check[]): Check[] {
  // Judged a table at a time: one company compares at one rate, so its constant-currency columns (Pfizer's worldwide and
  // international "Oper.") bear out one convention together, a column of one total being no evidence of its own.
  const byTable = new Map<Table, { prior: Check | null; current: Check | null }[]>();
  for (const q of qualifiedChangeColumns(ctx)) {
    const definition = OTHER_ADJUSTMENTS.test(q.column.header) ? null : currencyBasis(ctx, q.basis);
    if (!definition) continue;
    const spec = { ...q, definition };
    const lines = blocksOf(ctx, spec, footings).flatMap((b) => {
      const both = { prior: totalCheck(ctx, spec, b, 'prior'), current: totalCheck(ctx, spec, b, 'current') };
      return both.prior || both.current ? [both] : [];
    });
    byTable.set(q.table, [...(byTable.get(q.table) ?? []), ...lines]);
  }
  const checks = [...byTable.values()].flatMap(judged);
  // A total two blocks read (a footing, and the lines its heading carries) is one figure: its first reading.
  const seen = new Set<string>();
  return checks.filter((c) => !seen.has(c.id) && Boolean(seen.add(c.id)));
}

/** A total line and the lines it sums, in both columns the change compares. */
interface Block {
  total: string;
  parts: string[];
}

/**
 * The table's totals and their lines: a footing that holds in both columns of the pair, over the same lines, adding
 * each (no line taken away), and a
 * heading line whose figures its indented lines sum to in every period column of the table (Pfizer's "Vaccines
 * $13,914" over Comirnaty, Prevnar family and the rest of its vaccines), which no footing reads as the total sits above.
 */
function blocksOf(ctx: CheckContext, spec: Spec, footings: readonly Check[]): Block[] {
  const { table } = spec;
  const footingOf = (row: string, key: string) => {
    const f = ctx.index.cell(table.id, row, key);
    const c = f && footings.find((x) => x.kind === 'footing' && x.reported.fact === f.id);
    return c && holds(c) ? c : null;
  };
  const rowsOf = (c: Check) => c.inputs.map((id) => ctx.index.fact(id)?.row ?? '');
  const blocks: Block[] = [];
  for (const row of table.rows) {
    const prior = footingOf(row.id, spec.prior);
    const current = footingOf(row.id, spec.current);
    if (!prior || !current || rowsOf(prior).join('|') !== rowsOf(current).join('|')) continue;
    // Only a sum of its lines: Oracle's operating income, revenues less expenses, does not change as they do.
    const parts = rowsOf(prior);
    if (sumsTo(ctx, table, row.id, parts, spec.prior) && sumsTo(ctx, table, row.id, parts, spec.current)) blocks.push({ total: row.id, parts });
  }
  return [...blocks, ...headingBlocks(ctx, table)];
}

/** Heading lines with figures whose more indented lines below sum to them in every period column of the table. */
function headingBlocks(ctx: CheckContext, table: Table): Block[] {
  const rows = table.rows;
  const columns = table.columns.filter((c) => c.period && ctx.index.period(c.period)?.kind !== 'change');
  const blocks: Block[] = [];
  for (let i = 0; i < rows.length; i++) {
    const head = rows[i];
    if (head.kind !== 'values' || head.indent === undefined) continue;
    let end = i + 1;
    while (end < rows.length && (rows[end].indent ?? 0) > head.indent) end++;
    const inner = rows.slice(i + 1, end);
    if (inner.length < 2) continue;
    const level = Math.min(...inner.map((r) => r.indent ?? 0));
    const parts = inner.filter((r) => (r.indent ?? 0) === level);
    if (parts.length < 2 || parts.some((r) => r.kind !== 'values')) continue;
    if (columns.length > 0 && columns.every((c) => sumsTo(ctx, table, head.id, parts.map((r) => r.id), columnKey(c)))) blocks.push({ total: head.id, parts: parts.map((r) => r.id) });
  }
  return blocks;
}

/** Whether the lines' amounts in a column add up to the total's, within the rounding of each printed figure. */
export function sumsTo(ctx: CheckContext, table: Table, total: string, parts: string[], key: string): boolean {
  const t = ctx.index.cell(table.id, total, key);
  if (!t || !isMoney(t.unit) || t.status !== 'reported' || t.value === null) return false;
  let sum = parseDecimal('0');
  let slack = halfUnit(t);
  for (const row of parts) {
    const f = ctx.index.cell(table.id, row, key);
    if (!f || f.unit !== t.unit || f.scale !== t.scale) return false;
    if (f.status === 'nil') continue;
    if (f.status !== 'reported' || f.value === null) return false;
    sum = sum.plus(parseDecimal(f.value));
    slack = slack.plus(halfUnit(f));
  }
  return sum.minus(parseDecimal(t.value)).abs().lte(slack);
}

const halfUnit = (f: Fact) => parseDecimal('0.5').times(parseDecimal('10').pow(-f.decimals));

/** The column's totals under the convention that holds in more of them, accused only where both conventions fail. */
function judged(lines: { prior: Check | null; current: Check | null }[]): Check[] {
  const count = (c: Convention, pred: (x: Check) => boolean) => lines.filter((l) => l[c] && pred(l[c]!)).length;
  const mismatch = (x: Check) => x.verdict === 'mismatch';
  const best: Convention = count('current', holds) > count('prior', holds) ? 'current' : 'prior';
  const other: Convention = best === 'prior' ? 'current' : 'prior';
  const n = count(best, holds);
  const m = count(best, mismatch);
  const established = n >= 2 && n >= 2 * m;
  return lines.flatMap((l) => {
    const c = l[best] ?? l[other]!;
    if (c.verdict !== 'mismatch') return [c];
    const alt = l[other];
    if (established && l[best] && (!alt || alt.verdict === 'mismatch')) return [c];
    const why = alt && holds(alt) ? basisFootingOtherConvention() : basisFootingUncorroborated(n, m);
    return [{ ...c, verdict: 'unverifiable' as const, difference: null, explanation: `${c.explanation} ${why}` }];
  });
}

interface Spec {
  table: Table;
  column: TableColumn;
  current: string;
  prior: string;
  /** The header's own words for the basis, or the release's sentence defining them. */
  basis: string;
  definition: string;
}

/** The total's change under `convention`, from its block's lines, or null where it cannot be read. */
function totalCheck(ctx: CheckContext, spec: Spec, block: Block, convention: Convention): Check | null {
  const { table, column } = spec;
  const total = ctx.index.cell(table.id, block.total, spec.prior);
  const currentTotal = ctx.index.cell(table.id, block.total, spec.current);
  const reported = ctx.index.cell(table.id, block.total, columnKey(column));
  if (!total || !currentTotal || !reported || reported.status !== 'reported' || reported.unit !== 'percent' || reported.value === null) return null;
  if (!positive(total) || !positive(currentTotal)) return null;
  const terms: Term[] = [];
  const numerator: string[] = [];
  const denominator: string[] = [];
  for (const row of block.parts) {
    const prior = ctx.index.cell(table.id, row, spec.prior);
    if (!prior || !isMoney(prior.unit)) return null;
    const current = ctx.index.cell(table.id, prior.row, spec.current);
    if (!current || !isMoney(current.unit)) return null;
    if (negative(prior) || negative(current)) return null;
    if (!positive(prior) && !positive(current)) continue;
    const k = numerator.length + denominator.length + 1;
    if (!positive(prior)) return null;
    if (!positive(current)) {
      // Nothing in the current period is nothing at any rate; the prior amount at the current rates is not printed.
      if (convention === 'current') return null;
      terms.push(term(`p${k}`, prior));
      denominator.push(`p${k}`);
      continue;
    }
    const change = ctx.index.cell(table.id, prior.row, columnKey(column));
    if (!change || change.status !== 'reported' || change.unit !== 'percent' || change.value === null) return null;
    if (parseDecimal(change.value).lte(-100)) return null;
    const g = `g${k}`;
    terms.push(term(g, change, `${rowWords(change)} (${column.header})`));
    if (convention === 'prior') {
      terms.push(term(`p${k}`, prior));
      numerator.push(`p${k} * ( 100 + ${g} )`);
      denominator.push(`p${k}`);
    } else {
      terms.push(term(`c${k}`, current));
      numerator.push(`c${k}`);
      denominator.push(`c${k} * 100 / ( 100 + ${g} )`);
    }
  }
  if (numerator.length < 2) return null;
  const expression =
    convention === 'prior'
      ? `( ${numerator.join(' + ')} ) / ( ${denominator.join(' + ')} ) - 100`
      : `( ${numerator.join(' + ')} ) / ( ${denominator.join(' + ')} ) * 100 - 100`;
  return termsCheck(ctx, {
    kind: 'growth',
    id: `growth/${table.id}/${total.row}/${columnKey(column)}`,
    subject: `${rowWords(total)}, ${column.header}`,
    expression,
    terms,
    reported,
    column,
    // A basis the header names needs no quotation: the header says so.
    restsOn: basisFootingRestsOn(rowWords(total), column.header, spec.definition === spec.basis ? null : spec.definition, convention === 'prior'),
  });
}

const positive = (f: Fact): boolean => f.status === 'reported' && f.value !== null && parseDecimal(f.value).gt(0);
const negative = (f: Fact): boolean => f.value !== null && parseDecimal(f.value).isNegative();

/** A basis the header or its note names as a currency's. */
const CURRENCY_BASIS = /\b(?:currenc(?:y|ies)|fx|exchange|constant|cer|cc)\b/i;
/** A sentence that says a basis leaves out foreign exchange. */
const EXCLUDES_CURRENCY = /\b(?:exclud\w*|eliminat\w*)\b[^.;]*\b(?:foreign[\s-]+(?:exchange|currenc(?:y|ies))|exchange[\s-]+rates?|currenc(?:y|ies))\b/i;
/**
 * Words of a basis that takes amounts out of one period (a business bought or sold), so that the printed amounts do not
 * weight it; not one that scales a period's amounts (selling days), which still add up.
 */
const OTHER_ADJUSTMENTS = /\b(?:acqui\w*|divest\w*|dispos\w*|organic|portfolio|structur\w*|mergers?|m&a|same[\s-]+stores?|comparable|like[\s-]+for[\s-]+like|pro[\s-]+forma)\b/i;

/** What each basis of a release was found to be (`readCurrencyBasis`), asked for by two checks for each qualified column. */
const definitions = new WeakMap<CheckContext, Map<string, string | null>>();

/**
 * What makes `basis` a currency's: the header's or note's own words, or the release's sentence defining the words
 * (each of at least three letters, "Oper." read as the start of "operational") as excluding foreign exchange, where
 * no sentence naming them says they exclude anything else. Null where nothing does.
 */
export function currencyBasis(ctx: CheckContext, basis: string): string | null {
  let known = definitions.get(ctx);
  if (!known) definitions.set(ctx, (known = new Map()));
  if (!known.has(basis)) known.set(basis, readCurrencyBasis(ctx, basis));
  return known.get(basis)!;
}

function readCurrencyBasis(ctx: CheckContext, basis: string): string | null {
  if (CURRENCY_BASIS.test(basis)) return OTHER_ADJUSTMENTS.test(basis) ? null : basis;
  const stems = basis
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^a-z]/g, ''))
    .filter((w) => w.length >= 3);
  if (stems.length === 0) return null;
  const names = (sentence: string) => stems.every((w) => new RegExp(String.raw`\b${w}[a-z]*\b`, 'i').test(sentence));
  // "operational variances … pertain to … growth rates that exclude …": the words, then what they leave out.
  const leaves = new RegExp(String.raw`\b${stems[0]}[a-z]*\b[^.;]{0,120}?\b(?:exclud|eliminat)\w*`, 'i');
  // Prose only: a table's row ("Operational revenue growth … excluding COVID-19 products | 7% to 9%") defines nothing.
  const prose = ctx.release.text.split('\n').filter((line) => !line.includes('\t'));
  const defining = prose
    .flatMap((line) => line.split(/(?<=[.;])\s+/))
    .filter((sentence) => names(sentence) && leaves.test(sentence))
    .map((sentence) => ({ sentence: sentence.trim(), left: sentence.slice(leaves.exec(sentence)!.index) }));
  // Every sentence that says what the words leave out: one leaving out more than currency makes the basis another.
  if (defining.some((d) => OTHER_ADJUSTMENTS.test(d.left))) return null;
  return defining.find((d) => EXCLUDES_CURRENCY.test(d.left))?.sentence ?? null;
}
