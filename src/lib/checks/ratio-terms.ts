/**
 * What the ratio rows of a table (margins, shares of revenue, returns, growth, per-share
 * figures: ./margins.ts, ./growth-rows.ts, ./per-share-rows.ts) share: a label read as
 * words, the rows a label names, the figures of one column, a check built from named
 * figures, and the rule by which a row's columns are judged together.
 */
import { parseDecimal } from '../decimal.ts';
import { contains, printedFigure } from './interval.ts';
import type { Check, CheckKind, Fact, Table, TableColumn, TableRow } from '../types.ts';
import { type CheckContext, columnKey, columnLabel, isMoney } from './context.ts';
import { evaluate, inUnitsOf, type Scope } from './evaluate.ts';
import { parseExpression } from './expression.ts';
import { makeCheck, titleOf } from './make-check.ts';
import { corroboratedByColumns, corroboratedByLines, holdsInNoColumn } from './ratio-messages.ts';
import { rowWords } from './words.ts';

/**
 * A label's words: lower case, "%" read as "percent", "&" as "and" (none between an
 * abbreviation's letters: "R&D"), less what is in parentheses, "on a GAAP basis", footnote marks
 * ("Operating margin1)", "NOI 1 2") and punctuation.
 */
export function labelWords(text: string): string[] {
  // Asked for every pair of lines a ratio or a growth row compares (8% of checking Amazon's 1Q22): read once a label.
  let words = wordsRead.get(text);
  if (!words) {
    if (wordsRead.size >= 100_000) wordsRead.clear();
    wordsRead.set(text, (words = readLabelWords(text)));
  }
  return [...words];
}
const wordsRead = new Map<string, readonly string[]>();

function readLabelWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/%/g, ' percent ')
    .replace(/\([^()]*\)/g, ' ')
    // "… on a GAAP basis" says which of a reconciliation's two lines it is, as the bare label does.
    .replace(/\bon an? gaap basis\b/g, ' ')
    .replace(/(?<=[a-z])\d+\)?(?=\s|$)/g, ' ')
    .replace(/\b\d+\)/g, ' ')
    // An abbreviation's letters joined by a mark ("R&D", "SG&A") are one word; "Sales & marketing" is two.
    .replace(/(?<=[a-z])&(?=[a-z])/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9\s]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * The names a line's label gives it: its words, and where it defines an abbreviation of its first words in
 * parentheses, the abbreviation with the words after it ("Worldwide (WW) net sales" is "WW net sales").
 */
export function labelNames(label: string): string[][] {
  const m = /^\s*(?<long>[A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?) \((?<short>[A-Z]{2,5})\) (?<rest>\S.*)$/.exec(label);
  if (m && m.groups!.long.split(' ').length <= m.groups!.short.length) return [labelWords(label), labelWords(`${m.groups!.short} ${m.groups!.rest}`)];
  // "Recurring operating income (REBIT) (a)": a line ending on the abbreviation it defines is named by it too
  // ("REBIT margin"); not by a basis or a currency printed so ("Net income (GAAP)", "Sales (USD)").
  const end = /^\s*[A-Za-z][^()]*?[a-z][^()]*?\s\((?<short>[A-Z][A-Za-z&]{1,6})\)(?:\s*\(\w{1,2}\)|\s*\*+|\s*\d)*\s*$/.exec(label);
  const short = end?.groups!.short;
  if (short && (short.match(/[A-Z]/g) ?? []).length >= 2 && !NO_NAME.test(short)) return [labelWords(label), labelWords(short)];
  return [labelWords(label)];
}
const NO_NAME = /^(?:GAAP|IFRS|NM|NA|USD|EUR|GBP|CAD|AUD|CHF|JPY|SEK|NOK|DKK|CNY|RMB|HKD|TWD|INR|BRL|MXN|ZAR)$/;

/** The initials of words that name a line ("gross written premiums" → "gwp"; "research and development" → "rd"). */
function initials(words: string[]): string {
  return words
    .filter((w) => !['and', 'of', 'the', 'ex', 'for', 'in'].includes(w))
    .map((w) => w[0])
    .join('');
}

/**
 * Whether a row's words are the words a label names: the same words, with or without a
 * leading "total", or the name an abbreviation of them ("GWP" for "Gross written premiums",
 * "R&D" for "Research and development"). `tail`: words both may end in that the label keeps
 * ("ex 3rd party captives").
 */
export function namesRow(name: string[], row: string[]): boolean {
  const bare = (w: string[]) => (w[0] === 'total' ? w.slice(1) : w);
  const a = bare(name).join(' ');
  const b = bare(row).join(' ');
  if (a === b && a !== '') return true;
  // An abbreviation: its first word the initials of the row's leading words, the rest the same.
  const [first, ...rest] = bare(name);
  const r = bare(row);
  if (!first || first.length < 2 || rest.length > r.length) return false;
  const lead = r.slice(0, r.length - rest.length);
  // "r d" from "R&D": the letters of an abbreviation printed with a mark between them.
  if (rest.join(' ') === r.slice(r.length - rest.length).join(' ') && lead.length >= 2 && initials(lead) === first) return true;
  // "SG&A" alone names "Selling, general and administrative expenses": the kind of line the letters leave unsaid.
  return rest.length === 0 && lead.length >= 3 && EXPENSE_NOUN.test(lead.at(-1)!) && initials(lead.slice(0, -1)) === first;
}
const EXPENSE_NOUN = /^(?:expenses?|costs?)$/;

/** Joins single letters an abbreviation printed with "&" or "/" leaves apart: "r and d expense" → "rd expense". */
export function joinInitials(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i].length === 1 && words[i + 1] === 'and' && words[i + 2]?.length === 1) {
      out.push(words[i] + words[i + 2]);
      i += 2;
    } else out.push(words[i]);
  }
  return out;
}

export const valueRows = (table: Table): TableRow[] => table.rows.filter((r) => r.kind === 'values');

/** The figure a row prints in a column (a cell, not a number inside its label). */
export function cellOf(ctx: CheckContext, table: Table, row: TableRow, column: TableColumn): Fact | undefined {
  const f = ctx.index.cell(table.id, row.id, columnKey(column));
  return f && f.origin === 'cell' ? f : undefined;
}

/** The unit a row's figures are read in, from its first figure in a period column. */
export function rowUnit(ctx: CheckContext, table: Table, row: TableRow): string | undefined {
  for (const c of table.columns) {
    if (isChange(ctx, c)) continue;
    const f = cellOf(ctx, table, row, c);
    if (f) return f.unit;
  }
  return undefined;
}

export const isMoneyRow = (ctx: CheckContext, table: Table, row: TableRow): boolean => isMoney(rowUnit(ctx, table, row) ?? '');

/** A column of a period or a named column within one; not a change column. */
export function isChange(ctx: CheckContext, column: TableColumn): boolean {
  // A column naming no period prints a period's figures where its lines' captions name one (Qualcomm's reconciliation,
  // Q1 FY2023: "GAAP Results | Less QSI | …" under "Q1 Fiscal 2023", then under "Q1 Fiscal 2022").
  if (!column.period) return !ctx.index.periodsByCaption(column);
  return ctx.index.period(column.period)?.kind === 'change';
}

/**
 * Lines printed again for each block of periods a caption names over shared columns (Qualcomm's reconciliation, Q1
 * FY2023: "Revenues", "EBT", "EBT as % of revenues" under "Q1 Fiscal 2023", then again under "Q1 Fiscal 2022", the
 * columns "GAAP Results | Less QSI | …" naming no period): the ones of the row's own block.
 */
export function ofItsBlock(ctx: CheckContext, table: Table, row: TableRow, rows: TableRow[]): TableRow[] {
  const block = (r: TableRow) => {
    const column = table.columns.find((c) => !c.period && cellOf(ctx, table, r, c)?.period);
    return column ? cellOf(ctx, table, r, column)!.period : null;
  };
  const mine = block(row);
  if (mine === null) return rows;
  const same = rows.filter((r) => block(r) === mine);
  return same.length > 0 ? same : rows;
}

/**
 * The printing of a line for a period that every printing of it agrees with, each at its own precision (as a tie
 * compares two scales): the finest, where each other one is it rounded (Confluent's "Total Revenue" $261.2 million in
 * its highlights, 261,220 thousand in its statement); none where two disagree.
 */
export function agreedPrinting(printings: Fact[] | undefined): Fact | undefined {
  if (!printings || printings.length === 0) return undefined;
  const finest = printings.reduce((a, b) => (b.scale - b.decimals < a.scale - a.decimals ? b : a));
  const exact = printedFigure(finest.value!, finest.decimals, finest.scale).value;
  return printings.every((f) => contains(printedFigure(f.value!, f.decimals, f.scale).interval, exact)) ? finest : undefined;
}

/** A term of a relation: the name used in its expression, the figure, and the line in words. */
export interface Term {
  name: string;
  fact: Fact;
  label: string;
}

export const term = (name: string, fact: Fact, label?: string): Term => ({ name, fact, label: label ?? rowWords(fact) });

/** A check of `reported` = `expression` over the named figures, in the reported figure's units. */
export function termsCheck(
  ctx: CheckContext,
  spec: { kind: CheckKind; id: string; subject: string; expression: string; terms: Term[]; reported: Fact; column?: TableColumn; restsOn: string },
): Check {
  const byName = new Map(spec.terms.map((t) => [t.name, t]));
  const scope: Scope = {
    lookup: (name) => ({ fact: byName.get(name)!.fact }),
    label: (name) => byName.get(name)!.label,
    range: () => [],
  };
  const e = evaluate(parseExpression(spec.expression), scope);
  const when = spec.column ? columnLabel(ctx, spec.column) : spec.reported.period;
  return makeCheck({
    release: ctx.release,
    kind: spec.kind,
    id: spec.id,
    title: titleOf(spec.subject, when),
    formula: `${spec.subject} = ${e.words}`,
    period: spec.reported.period,
    inputs: e.inputs,
    reported: spec.reported,
    computed: inUnitsOf(e, spec.reported.scale),
    notes: [spec.restsOn],
    restsOn: spec.restsOn,
  });
}

/** Whether a check's relation holds: exact, or within rounding. */
export const holds = (c: Check): boolean => c.verdict === 'exact' || c.verdict === 'rounding';

/**
 * A row's relation judged over its columns (or a share column's over its lines, `across`), as a reader checks a line of ratios: where it
 * holds in as many columns as it fails (one at least), a column where it fails is a
 * mismatch, corroborated by the others; where it holds in none (or in fewer than it fails),
 * the release may define the figure otherwise, and the failing columns are unverifiable
 * with that reason, or, when `guess` (a term read from another table), left out.
 * A figure of zero or nil in both terms tells nothing either way.
 */
export function judgedByColumns(checks: Check[], guess: boolean, across: 'row' | 'column' = 'row'): Check[] {
  const n = checks.filter(holds).length;
  const m = checks.filter((c) => c.verdict === 'mismatch').length;
  if (n >= 1 && n >= m) {
    const why = across === 'row' ? corroboratedByColumns(n) : corroboratedByLines(n);
    return checks.map((c) => (c.verdict === 'mismatch' ? { ...c, explanation: `${c.explanation} ${why}` } : c));
  }
  if (guess) return checks.filter(holds);
  return checks.map((c) => (c.verdict === 'mismatch' ? { ...c, verdict: 'unverifiable' as const, difference: null, explanation: `${c.explanation} ${holdsInNoColumn()}` } : c));
}

/**
 * A row's relation resting on a reading the release does not state, judged over its columns: where it holds in
 * every column but one, `least` at least (two unless a printed figure states half the reading), that one is a
 * mismatch, corroborated; else a column where it fails is unverifiable, with `why`. Stricter than
 * `judgedByColumns`, as an unstated reading off by a little in every period (another count of shares) would hold in
 * some and fail in others.
 */
export function corroboratedOrNot(checks: Check[], why: string, least = 2): Check[] {
  const n = checks.filter(holds).length;
  const m = checks.filter((c) => c.verdict === 'mismatch').length;
  if (n >= least && m === 1) return checks.map((c) => (c.verdict === 'mismatch' ? { ...c, explanation: `${c.explanation} ${corroboratedByColumns(n)}` } : c));
  return checks.map((c) => (c.verdict === 'mismatch' ? { ...c, verdict: 'unverifiable' as const, difference: null, explanation: `${c.explanation} ${why}` } : c));
}

/**
 * Checks of one reading judged together, as named parts and a section's lines are: a failing figure stays a mismatch,
 * with `corroborated(n)`, where the reading holds in `least` at least (two unless the labels state it whole) and in as
 * many as fail (a check in `blank`, its figures all nil, holding by any reading, is no evidence); else it is
 * unverifiable, with `not(n)`.
 */
export function judgedTogether(checks: Check[], corroborated: (n: number) => string, not: (n: number) => string, blank: ReadonlySet<Check> = new Set(), least = 2): Check[] {
  const n = checks.filter((c) => holds(c) && !blank.has(c)).length;
  const m = checks.filter((c) => c.verdict === 'mismatch').length;
  const published = n >= least && n >= m;
  return checks.map((c) =>
    c.verdict !== 'mismatch'
      ? c
      : published
        ? { ...c, explanation: `${c.explanation} ${corroborated(n)}` }
        : { ...c, verdict: 'unverifiable' as const, difference: null, explanation: `${c.explanation} ${not(n)}` },
  );
}

/** Whether a fact prints a value that is not zero (a ratio of a zero tells nothing). */
export function nonZero(f: Fact | undefined): f is Fact {
  return Boolean(f && f.value !== null && !parseDecimal(f.value).isZero());
}
