/**
 * A trailing-twelve-month line beside its quarters: "WW net sales -- TTM" under "Worldwide (WW) net sales", in a
 * table whose columns are consecutive quarters (Amazon's supplemental metrics, Q3 2020 to Q4 2021). In a quarter's
 * column the trailing line is the sum of the line's figures in that quarter and the three before it, where the table
 * prints all four: 108,518 + 113,080 + 110,812 + 137,412 = 469,822 at Q4 2021.
 *
 * The reading rests on the label alone ("TTM", "LTM", "trailing twelve months", "last twelve months", the rest of
 * the label the line's own, in the same section, in money). A company may count a quarter otherwise (a line
 * restated, an acquisition counted from its date), so a row's columns are judged together: a column that fails is a
 * mismatch where more columns hold than fail; where none holds, the failing columns are unverifiable, saying why. A
 * figure per share over twelve months is not the sum of its quarters' (their shares differ), and is never read.
 *
 * Ids: `footing/<table>/<trailing row>/<column>/quarters`.
 */
import type { Check, Fact, Table, TableColumn, TableRow } from '../types.ts';
import { type CheckContext, columnKey, columnLabel, isMoney } from './context.ts';
import { evaluate, inUnitsOf, type Lookup, type Scope } from './evaluate.ts';
import { parseExpression } from './expression.ts';
import { checkWith, titleOf } from './make-check.ts';
import { priorFiscalId } from '../ingest/release-periods.ts';
import { labelNames, labelWords } from './ratio-terms.ts';
import { nilCountsAsZero, trailingSumCorroborated, trailingSumRestsOn, trailingSumUnread } from './relation-messages.ts';
import { judge, type Judgement } from './verdict.ts';
import { rowWords } from './words.ts';

/** The words of a label that say it is over the trailing twelve months. */
const TRAILING = /\b(?:ttm|ltm|(?:trailing|last) (?:twelve|12) months?)\b/;

/** A quarter's column: a column of a fiscal quarter alone (no part, no named column). */
function isQuarter(column: TableColumn): boolean {
  return !column.dimension && (column.key === undefined || column.key === column.period) && /^\d{4}-q[1-4]$/.test(column.period ?? '');
}

export function trailingSumChecks(ctx: CheckContext): Check[] {
  return ctx.release.tables.flatMap((table) => tableChecks(ctx, table));
}

function tableChecks(ctx: CheckContext, table: Table): Check[] {
  const quarters = new Map<string, TableColumn>();
  for (const c of table.columns) if (isQuarter(c) && !quarters.has(c.period)) quarters.set(c.period, c);
  if (quarters.size < 4) return [];
  const rows = table.rows.filter((r) => r.kind === 'values');
  const out: Check[] = [];
  for (const [row, line] of trailingRows(ctx, table, rows, [...quarters.values()])) {
    const drafted = [...quarters.values()].flatMap((column) => {
      const d = draft(ctx, table, row, line, column, quarters);
      return d ? [d] : [];
    });
    out.push(...judged(drafted));
  }
  return out;
}

/**
 * Each trailing-twelve-month row of a table whose columns are quarters, with the one line it trails: the rest of its
 * label the line's own, in the same section and unit, money.
 */
function trailingRows(ctx: CheckContext, table: Table, rows: TableRow[], quarters: TableColumn[]): Map<TableRow, TableRow> {
  const sectionOf = (r: TableRow) => r.section.join('\u0000');
  const unitOf = (r: TableRow): string | undefined => {
    for (const c of quarters) {
      const f = ctx.index.cell(table.id, r.id, columnKey(c));
      if (f && f.origin === 'cell') return f.unit;
    }
    return undefined;
  };
  const out = new Map<TableRow, TableRow>();
  for (const row of rows) {
    const text = labelWords(row.label).join(' ');
    if (!TRAILING.test(text)) continue;
    const base = text.replace(TRAILING, ' ').split(/\s+/).filter(Boolean).join(' ');
    const unit = unitOf(row);
    if (!base || !unit || !isMoney(unit)) continue;
    const lines = rows.filter((r) => r !== row && sectionOf(r) === sectionOf(row) && labelNames(r.label).some((w) => w.join(' ') === base) && unitOf(r) === unit);
    if (lines.length === 1) out.set(row, lines[0]!);
  }
  return out;
}

/**
 * A quarter's line a year before, where the table prints its trailing twelve months for the quarter and the one
 * before: the two trailing sums differ by the quarter less the same quarter a year before, so that quarter is the
 * quarter's figure less the difference (Amazon's operating income, Q2 2020: 7,702 − (29,634 − 27,775) = 5,843).
 * The facts of the quarter, its trailing sum and the trailing sum a quarter before; null where the table prints no
 * such trailing row or figures.
 */
export function yearBeforeByTrailing(ctx: CheckContext, table: Table, line: TableRow, column: TableColumn): { current: Fact; trailing: Fact; trailingBefore: Fact; ttm: TableRow; before: string } | null {
  if (!isQuarter(column)) return null;
  const quarters = table.columns.filter(isQuarter);
  const ttm = [...trailingRows(ctx, table, table.rows.filter((r) => r.kind === 'values'), quarters)].find(([, l]) => l === line)?.[0];
  const previous = priorFiscalId(column.period, 'qoq');
  const earlier = previous ? quarters.find((c) => c.period === previous) : undefined;
  if (!ttm || !earlier) return null;
  const cell = (r: TableRow, c: TableColumn) => {
    const f = ctx.index.cell(table.id, r.id, columnKey(c));
    return f && f.origin === 'cell' && f.value !== null ? f : undefined;
  };
  const [current, trailing, trailingBefore] = [cell(line, column), cell(ttm, column), cell(ttm, earlier)];
  if (!current || !trailing || !trailingBefore || trailing.unit !== current.unit || trailingBefore.unit !== current.unit) return null;
  return { current, trailing, trailingBefore, ttm, before: columnLabel(ctx, earlier) };
}

interface Drafted {
  spec: Parameters<typeof checkWith>[0];
  judgement: Judgement;
}

function draft(ctx: CheckContext, table: Table, row: TableRow, line: TableRow, column: TableColumn, quarters: Map<string, TableColumn>): Drafted | null {
  const reported = ctx.index.cell(table.id, row.id, columnKey(column));
  if (!reported || reported.origin !== 'cell' || reported.status === 'not-meaningful') return null;
  // The quarter of the column and the three before it, earliest first.
  const periods = [column.period];
  while (periods.length < 4) periods.unshift(priorFiscalId(periods[0]!, 'qoq')!);
  const columns: TableColumn[] = [];
  const facts: Fact[] = [];
  for (const period of periods) {
    const c = quarters.get(period);
    const f = c && ctx.index.cell(table.id, line.id, columnKey(c));
    if (!c || !f || f.origin !== 'cell' || f.status === 'not-meaningful' || f.unit !== reported.unit) return null;
    columns.push(c);
    facts.push(f);
  }
  const subject = rowWords(line);
  const names = ['q0', 'q1', 'q2', 'q3'];
  const scope: Scope = {
    lookup: (name): Lookup => ({ fact: facts[names.indexOf(name)]! }),
    label: (name) => `${subject} (${columnLabel(ctx, columns[names.indexOf(name)]!)})`,
    range: () => [],
  };
  const e = evaluate(parseExpression(names.join(' + ')), scope);
  const notes: string[] = [];
  if (e.nils.length > 0) notes.push(nilCountsAsZero(e.nils.map(() => subject)));
  const where = columnLabel(ctx, column) || column.header;
  return {
    spec: {
      release: ctx.release,
      kind: 'footing',
      id: `footing/${table.id}/${row.id}/${columnKey(column)}/quarters`,
      title: titleOf(rowWords(row), where),
      formula: `${rowWords(row)} = ${e.words}`,
      period: column.period || null,
      inputs: e.inputs,
      reported,
      notes,
      restsOn: trailingSumRestsOn(rowWords(row), subject),
    },
    judgement: judge({ value: reported.value, decimals: reported.decimals, status: reported.status }, inUnitsOf(e, reported.scale)),
  };
}

/** A row's columns judged together: a failing column accused where more columns hold than fail, else unverifiable. */
function judged(drafted: Drafted[]): Check[] {
  const holds = (d: Drafted) => d.judgement.verdict === 'exact' || d.judgement.verdict === 'rounding';
  const held = drafted.filter(holds).length;
  const failed = drafted.filter((d) => d.judgement.verdict === 'mismatch').length;
  return drafted.map((d) => {
    if (d.judgement.verdict !== 'mismatch') return checkWith(d.spec, d.judgement);
    if (held >= 1 && held > failed) return checkWith({ ...d.spec, notes: [...(d.spec.notes ?? []), trailingSumCorroborated(held)] }, d.judgement);
    return checkWith({ ...d.spec, notes: [...(d.spec.notes ?? []), trailingSumUnread(held, drafted.length)] }, { ...d.judgement, verdict: 'unverifiable', difference: null });
  });
}
