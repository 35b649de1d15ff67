/**
 * Earnings per share of net income is that of continuing operations plus that of discontinued
 * operations, on one basis (basic, diluted), as the statements print them: HanesBrands' "Earnings
 * (loss) per share - basic:" over "Continuing operations", "Discontinued operations" and "Net income
 * (loss)"; Martin Marietta's "Basic from continuing operations", "Basic from discontinued
 * operations", "Basic"; SunLink's sections "Loss Per Share from Continuing Operations:",
 * "… from Discontinued Operations:" and "Net Loss Per Share:", each over "Basic" and "Diluted".
 * Both parts are divided by the same shares, so they add up within the rounding of the three
 * printed figures.
 *
 * The labels establish it: a table's per-share lines (a line's sections and label read together)
 * that name continuing operations, discontinued operations, and neither (its net figure), exactly
 * one of each for the basis, and no other per-share line of that basis (a cumulative effect of a
 * change in accounting, an extraordinary item, would be a third part). A row's columns are judged
 * together: a column where it fails is a mismatch where it holds in as many others; where it fails
 * in most, the release may print its parts otherwise, and the check is unverifiable, saying so.
 *
 * Ids: `footing/<table>/<net line>/<column>/operations`.
 */
import type { Check, Fact, Table, TableRow } from '../types.ts';
import { type CheckContext, columnKey, columnLabel, isPerShare } from './context.ts';
import { evaluate, inUnitsOf } from './evaluate.ts';
import type { Expression } from './expression.ts';
import { checkWith, titleOf } from './make-check.ts';
import { operationsAllocatedOtherwise, operationsCorroborated, operationsRestsOn, operationsUnread } from './relation-messages.ts';
import { type Decimal, parseDecimal } from '../decimal.ts';
import { judge } from './verdict.ts';
import { rowWords } from './words.ts';
import { ColumnScope, signature } from './breakdowns.ts';

type Part = 'continuing' | 'discontinued' | 'net';

export function perShareOperationChecks(ctx: CheckContext, given: Check[]): Check[] {
  const evaluated = new Set(given.filter((c) => c.verdict !== 'unverifiable').map((c) => signature(c.reported.fact, c.inputs)));
  return ctx.release.tables.flatMap((table) => blocksOf(ctx, table).flatMap((b) => checksOf(ctx, table, b, evaluated)));
}

interface Block {
  basis: string;
  continuing: TableRow;
  discontinued: TableRow;
  net: TableRow;
}

/** The words a line is read by: its sections and its label. */
function wordsOf(row: TableRow): string {
  return [...row.section, row.label].join(' ').toLowerCase();
}

function partOf(words: string): Part {
  if (/\bdiscontinued\b/.test(words)) return 'discontinued';
  if (/\bcontinuing\b/.test(words)) return 'continuing';
  // Sears' 2Q04 "Earnings per share before cumulative effect of change in accounting principle", "Cumulative effect of
  // change in accounting principle" and "Earnings/ (loss) per share": the item a statement sets apart after the earnings
  // before it, as it sets apart discontinued operations after continuing ones.
  if (new RegExp(String.raw`\bbefore (?:the )?${ITEM}`).test(words)) return 'continuing';
  if (new RegExp(String.raw`\b${ITEM}`).test(words)) return 'discontinued';
  return 'net';
}

/** An item a statement of operations sets apart below earnings before it: a change in accounting, an extraordinary item. */
const ITEM = String.raw`(?:cumulative effects? of (?:an? )?(?:accounting )?changes?|extraordinary (?:items?|gains?|loss(?:es)?))\b`;

function basisOf(words: string): string {
  const diluted = /\bdiluted\b|\bdilution\b/.test(words);
  const basic = /\bbasic\b/.test(words);
  return basic && diluted ? 'basic and diluted' : diluted ? 'diluted' : basic ? 'basic' : '';
}

/** Lines per share that are no earnings: dividends, book value, cash flow, a non-GAAP or pro forma figure. */
const OTHER = /\b(dividends?|distributions?|book value|cash|adjusted|non-gaap|pro forma|core|operating|funds|ffo|affo|price)\b/;

function blocksOf(ctx: CheckContext, table: Table): Block[] {
  const byBasis = new Map<string, { row: TableRow; part: Part }[]>();
  for (const row of table.rows) {
    if (row.kind !== 'values') continue;
    const unit = row.cells.map((id) => (id ? ctx.index.fact(id)?.unit : undefined)).find((u) => u !== undefined);
    if (!unit || !isPerShare(unit)) continue;
    const words = wordsOf(row);
    const basis = basisOf(words);
    const list = byBasis.get(basis) ?? [];
    byBasis.set(basis, list);
    list.push({ row, part: OTHER.test(words) ? ('other' as Part) : partOf(words) });
  }
  const out: Block[] = [];
  for (const [basis, rows] of byBasis) {
    if (rows.length !== 3) continue;
    const [continuing, discontinued, net] = (['continuing', 'discontinued', 'net'] as Part[]).map((p) => rows.filter((r) => r.part === p));
    if (continuing.length !== 1 || discontinued.length !== 1 || net.length !== 1) continue;
    out.push({ basis, continuing: continuing[0].row, discontinued: discontinued[0].row, net: net[0].row });
  }
  return out;
}

function checksOf(ctx: CheckContext, table: Table, b: Block, evaluated: Set<string>): Check[] {
  const expression: Expression = { type: 'binary', op: '+', left: { type: 'name', name: b.continuing.id }, right: { type: 'name', name: b.discontinued.id } };
  const subject = rowWords(b.net);
  const item = !/\bcontinuing\b/i.test(wordsOf(b.continuing));
  const restsOn = operationsRestsOn(b.net.label, b.continuing.label, b.discontinued.label, b.basis, item);
  const drafted = table.columns.flatMap((column) => {
    const key = columnKey(column);
    if (ctx.index.period(column.period)?.kind === 'change') return [];
    const reported = ctx.index.cell(table.id, b.net.id, key);
    if (!reported || reported.status !== 'reported') return [];
    if (!ctx.index.cell(table.id, b.continuing.id, key) && !ctx.index.cell(table.id, b.discontinued.id, key)) return [];
    const e = evaluate(expression, new ColumnScope(ctx, table, key));
    if (e.value === null || evaluated.has(signature(reported.id, e.inputs.map((f) => f.id)))) return [];
    return [{
      column,
      allocated: allocatedOtherwise(ctx, table, b, key, reported.value, e.value),
      judgement: judge({ value: reported.value, decimals: reported.decimals, status: reported.status }, inUnitsOf(e, reported.scale)),
      spec: {
        release: ctx.release,
        kind: 'footing' as const,
        id: `footing/${table.id}/${b.net.id}/${key}/operations`,
        title: titleOf(subject, columnLabel(ctx, column)),
        formula: `${subject} = ${e.words}`,
        period: column.period || null,
        inputs: e.inputs,
        reported,
        notes: [restsOn],
        restsOn,
      },
    }];
  });
  const holding = drafted.filter((d) => d.judgement.verdict === 'exact' || d.judgement.verdict === 'rounding').map((d) => columnLabel(ctx, d.column));
  const failing = drafted.filter((d) => d.judgement.verdict === 'mismatch').length;
  return drafted.map((d) => {
    if (d.judgement.verdict !== 'mismatch') return checkWith(d.spec, d.judgement);
    const unread = (note: string) => checkWith({ ...d.spec, notes: [...d.spec.notes, note] }, { ...d.judgement, verdict: 'unverifiable', difference: null });
    if (d.allocated) return unread(operationsAllocatedOtherwise(d.allocated.loss, d.allocated.earnings));
    if (holding.length >= failing) return checkWith({ ...d.spec, notes: [...d.spec.notes, operationsCorroborated(holding)] }, d.judgement);
    return unread(operationsUnread(holding.length, drafted.length));
  });
}

/**
 * Whether a column's parts, one a loss and the other earnings, may be allocated otherwise than their total: under the
 * two-class method earnings are shared with participating securities and a loss is not, so the earnings part and the
 * total carry an allocation the loss part does not. Total − (loss + earnings) = −p × loss for the participating share p
 * (under 1): the total lies above the sum toward the earnings, by less than the loss part. PNC's 2Q20: (1.90) + 10.28 =
 * 8.38 against 8.40, p about 1%. A total off the other way, or by more, has no such reading (Sears' 26 weeks of 2004,
 * 0.15 and (3.86) with (3.71), altered to (3.91)). The two parts as printed, null where no such reading applies.
 */
function allocatedOtherwise(ctx: CheckContext, table: Table, b: Block, key: string, printed: string | null, sum: Decimal | null): { loss: string; earnings: string } | null {
  if (printed === null || sum === null) return null;
  const facts = [b.continuing.id, b.discontinued.id].map((id) => ctx.index.cell(table.id, id, key));
  if (facts.some((f) => f?.status !== 'reported' || f.value === null)) return null;
  const [loss, earnings] = facts.toSorted((x, y) => parseDecimal(x!.value!).comparedTo(parseDecimal(y!.value!))) as Fact[];
  const [l, g] = [parseDecimal(loss.value!), parseDecimal(earnings.value!)];
  if (!l.isNegative() || !g.isPositive() || g.isZero()) return null;
  const above = parseDecimal(printed).minus(sum);
  return above.isPositive() && !above.isZero() && above.lessThan(l.abs()) ? { loss: loss.raw, earnings: earnings.raw } : null;
}
