/**
 * One measure reconciled twice: a block of lines from a starting line to a result, printed in two
 * tables under the same labels (First Quantum's "Net earnings (loss) attributable to shareholders of
 * the Company" to "Adjusted earnings (loss)", in its financial highlights and again in its MD&A). The
 * two blocks start at the same line (its label, and its figures in every column the tables share)
 * and end at a line of the same label: they reconcile one figure to one measure, so their results
 * are one figure and must agree, whatever adjustments each lists. First Quantum's highlights reach
 * 31 and (259) for Q4 2024 and Q4 2023, its MD&A 34 and (419): one of them leaves adjustments out.
 *
 * The reading rests on what the release establishes: each block foots, its result the starting line
 * plus every line printed between them, in at least two columns and in more than it fails (a column
 * where it does not is a mismatch of that block, corroborated by its other columns); the starting
 * lines agree in most columns both tables print; columns of one period each (a period a table reads
 * twice is not established). The results are then tied in every shared column
 * (`tie/<table>/<row>/<period>/block`), the reference the table with the more authority (a
 * reconciliation before a table of selected figures), as ties are; and each block's footing is
 * published (`footing/<table>/<row>/<period>/block`) where the table's structure reads none.
 */
import type { Check, Fact, Table, TableColumn, TableRow } from '../types.ts';
import { type CheckContext, columnKey, columnLabel, isAdditive } from './context.ts';
import { ofTwoEntities } from './entity-statements.ts';
import { periodNotEstablished } from './established.ts';
import { evaluate, inUnitsOf, type Lookup, type Scope } from './evaluate.ts';
import { parseExpression } from './expression.ts';
import { checkWith, makeCheck, titleOf } from './make-check.ts';
import { blankCountsAsZero, blockFootingCorroborated, blockFootingRestsOn, blockTieRestsOn, nilCountsAsZero } from './relation-messages.ts';
import { judge } from './verdict.ts';
import { rowWords, tableName } from './words.ts';
import { pushTo } from '../grouped.ts';

/** A block in one table: its starting line, the lines between, its result. */
interface Block {
  table: Table;
  start: TableRow;
  between: TableRow[];
  end: TableRow;
}

const label = (row: TableRow) => row.label.toLowerCase().replace(/[“”"]/g, '').replace(/\s+/g, ' ').trim();

/**
 * The checks, given those already made: a result another check already ties to the other is left
 * to it, and a block its table's structure already foots is not footed again. `stats.pairs` counts
 * the pairs of blocks read, the work that grows with the release.
 */
export function measureBlockChecks(ctx: CheckContext, made: readonly Check[], stats?: { pairs: number }): Check[] {
  // The ties already made, by fact: two facts one tie reads are tied already.
  const tied = new Map<string, Set<string>>();
  for (const c of made) {
    if (c.kind !== 'tie') continue;
    for (const f of [c.reported.fact, ...c.inputs]) if (f) tied.set(f, (tied.get(f) ?? new Set()).add(c.id));
  }
  const footed = new Set(made.filter((c) => c.kind === 'footing').map((c) => c.reported.fact));
  const out: Check[] = [];
  const seen = new Set<string>();
  // A block's footing, made once however many blocks it pairs with.
  const cache = new Map<Block, Check[] | null>();
  const footingOf = (b: Block) => {
    if (!cache.has(b)) cache.set(b, footings(ctx, b));
    return cache.get(b)!;
  };
  const columnsOf = onceColumns(ctx);
  // A pair whose every check would repeat one already made is not read again (issue 30: a block
  // printed in n tables is n² pairs, and a release repeated n times printed each block n times).
  // A block is spent once its footing is published (or can never be) and, as the result a tie
  // reports, every column it prints once is tied or cannot be; a pair of spent blocks adds nothing.
  const authority = (t: Table) => {
    const kind = ctx.recognition.tables.get(t.id)?.kind ?? 'other';
    return kind === 'income' || kind === 'balance' || kind === 'cash-flow' ? 0 : kind === 'reconciliation' ? 1 : 2;
  };
  const footingDone = (b: Block) => footingOf(b)!.every((f) => footed.has(f.reported.fact) || seen.has(f.id));
  // The columns where the block's result may yet be tied: its tie not made, its figure one a tie can report.
  const open = new Map<Block, TableColumn[]>();
  const tiesOpen = (b: Block) => {
    let left = open.get(b);
    if (!left) {
      left = [...columnsOf(b.table)].flatMap(([period, c]) => {
        const reported = result(b, c);
        return reported && referable(period, reported) ? [c] : [];
      });
    }
    left = left.filter((c) => !seen.has(tieId(b, c)));
    open.set(b, left);
    return left.length > 0;
  };
  // A result a tie may read: printed, meaningful, in a period its table establishes.
  const result = (b: Block, c: TableColumn) => {
    const f = cell(ctx, b, b.end, c);
    return f && f.status !== 'not-meaningful' && periodNotEstablished(ctx, f) === null ? f : undefined;
  };
  // The results of the current group a result may be tied to, in one period: how many in each unit,
  // and how many of those each tie already made reads. A result every other one is tied to already
  // (one tie of a line item across the tables that print it) is tied by no block, whatever the pair.
  let results = new Map<string, { all: number; byTie: Map<string, number> }>();
  const referable = (period: string, reported: Fact) => {
    const here = results.get(`${period}\u0001${reported.unit}`);
    if (!here) return false;
    const own = [...(tied.get(reported.id) ?? [])];
    const tiedAlready = own.length === 0 ? 1 : Math.max(...own.map((t) => here.byTie.get(t) ?? 0));
    return here.all - tiedAlready > 0;
  };
  // Whether two blocks' starting lines agree depends only on the periods their tables print once
  // and the starting line's figures in them: worked out once for each two such starts.
  const startOf = new Map<Block, string>();
  const startKey = (b: Block) => {
    let key = startOf.get(b);
    if (key === undefined) {
      key = [...columnsOf(b.table)]
        .map(([p, c]) => {
          const f = cell(ctx, b, b.start, c);
          return `${p}\u0001${f ? `${f.status}\u0001${f.unit}\u0001${f.value}\u0001${f.decimals}\u0001${f.scale}` : ''}`;
        })
        .join('\u0002');
      startOf.set(b, key);
    }
    return key;
  };
  const agreed = new Map<string, boolean>();
  const agree = (a: Block, b: Block) => {
    const key = `${startKey(a)}\u0003${startKey(b)}`;
    let yes = agreed.get(key);
    if (yes === undefined) {
      const columns = sharedColumns(columnsOf, a, b);
      yes = columns.length >= 2 && startsAgree(ctx, a, b, columns);
      agreed.set(key, yes);
    }
    return yes;
  };
  // A block whose start agrees with no other block's of its group is in no pair that holds.
  let pairable = new Set<Block>();
  const live = (b: Block) => pairable.has(b) && footingOf(b) !== null && (!footingDone(b) || tiesOpen(b));
  const useful = (a: Block, b: Block) => {
    if (a.table === b.table || !agree(a, b) || footingOf(a) === null || footingOf(b) === null) return false;
    if (ofOtherScopes(ctx, a, b, sharedColumns(columnsOf, a, b))) return false;
    return !footingDone(a) || !footingDone(b) || tiesOpen(authority(b.table) < authority(a.table) ? a : b);
  };
  for (const group of groups(ctx)) {
    const starts = new Map<string, Block>();
    for (const b of group) if (!starts.has(startKey(b))) starts.set(startKey(b), b);
    const agreeing = new Set([...starts].filter(([, a]) => [...starts.values()].some((b) => agree(a, b) || agree(b, a))).map(([k]) => k));
    pairable = new Set(group.filter((b) => agreeing.has(startKey(b))));
    results = new Map();
    for (const b of group) {
      for (const [period, c] of columnsOf(b.table)) {
        const f = result(b, c);
        if (!f) continue;
        const key = `${period}\u0001${f.unit}`;
        const here = results.get(key) ?? { all: 0, byTie: new Map<string, number>() };
        results.set(key, here);
        here.all++;
        for (const t of tied.get(f.id) ?? []) here.byTie.set(t, (here.byTie.get(t) ?? 0) + 1);
      }
    }
    // The blocks after the current one not yet spent, in order: the only partners a spent block may still need.
    let ahead = group.map((_, i) => i);
    for (let i = 0; i < group.length; i++) {
      const a = group[i]!;
      ahead = ahead.filter((j) => j > i && live(group[j]!));
      const partners = live(a) ? null : ahead;
      const n = partners ? partners.length : group.length - i - 1;
      for (let k = 0; k < n; k++) {
        const b = group[partners ? partners[k]! : i + 1 + k]!;
        if (stats) stats.pairs++;
        if (!useful(a, b)) continue;
        const columns = sharedColumns(columnsOf, a, b);
        const fa = footingOf(a);
        const fb = footingOf(b);
        if (!fa || !fb) continue;
        for (const f of [...fa, ...fb]) {
          if (footed.has(f.reported.fact) || seen.has(f.id)) continue;
          seen.add(f.id);
          out.push(f);
        }
        // The group's statement and the company's own reach their results from lines printed alike where the company
        // is most of the group, not one figure twice.
        if (ofTwoEntities(ctx, a.table.id, b.table.id)) continue;
        for (const t of endTies(ctx, a, b, columns, tied, seen)) {
          seen.add(t.id);
          out.push(t);
        }
      }
    }
  }
  return out;
}

const tieId = (b: Block, column: TableColumn) => `tie/${b.table.id}/${b.end.id}/${columnKey(column)}/block`;

/** Blocks in two tables or more with the same starting and ending labels, in the tables' order: each group pairs its blocks of different tables. */
function groups(ctx: CheckContext): Block[][] {
  // Only lines whose label another table prints too can start or end a block printed twice.
  const tablesOf = new Map<string, Set<Table>>();
  for (const t of ctx.release.tables) {
    for (const r of t.rows) if (r.kind === 'values') tablesOf.set(label(r), (tablesOf.get(label(r)) ?? new Set()).add(t));
  }
  const shared = (r: TableRow) => (tablesOf.get(label(r))?.size ?? 0) > 1;
  const byKey = new Map<string, Block[]>();
  for (const t of ctx.release.tables) {
    for (const b of blocksOf(t, shared)) {
      const key = `${label(b.start)}\0${label(b.end)}`;
      const group = byKey.get(key);
      if (group) group.push(b);
      else byKey.set(key, [b]);
    }
  }
  return [...byKey.values()].filter((g) => g.length > 1);
}

/**
 * Every block of a table: a line of figures, then two lines or more, then a line of figures, both
 * labels printed in another table too. Candidates only: what holds is decided by the figures below.
 */
function blocksOf(table: Table, shared: (row: TableRow) => boolean): Block[] {
  const rows = table.rows;
  const out: Block[] = [];
  for (let s = 0; s < rows.length; s++) {
    if (rows[s]!.kind !== 'values' || !shared(rows[s]!)) continue;
    for (let e = s + 3; e < rows.length && e <= s + 15; e++) {
      if (rows[e]!.kind !== 'values' || !shared(rows[e]!) || label(rows[e]!) === label(rows[s]!)) continue;
      const between = rows.slice(s + 1, e).filter((r) => r.kind === 'values');
      if (between.length < 2 || between.some((r) => label(r) === label(rows[s]!))) continue;
      out.push({ table, start: rows[s]!, between, end: rows[e]! });
    }
  }
  return out;
}

/** Each table's columns of a period it prints once, by period (read once a table). */
function onceColumns(ctx: CheckContext): (t: Table) => Map<string, TableColumn> {
  const kept = new Map<Table, Map<string, TableColumn>>();
  return (t) => {
    let found = kept.get(t);
    if (found) return found;
    const byPeriod = new Map<string, TableColumn[]>();
    for (const c of t.columns) {
      if (!c.period || ctx.index.period(c.period)?.kind === 'change') continue;
      pushTo(byPeriod, c.period, c);
    }
    found = new Map([...byPeriod].filter(([, cs]) => cs.length === 1).map(([p, cs]) => [p, cs[0]!]));
    kept.set(t, found);
    return found;
  };
}

/** The columns of a period both tables print once, as [column of a, column of b]. */
function sharedColumns(columnsOf: (t: Table) => Map<string, TableColumn>, a: Block, b: Block): [TableColumn, TableColumn][] {
  const [ca, cb] = [columnsOf(a.table), columnsOf(b.table)];
  return [...ca].flatMap(([p, c]) => (cb.has(p) ? [[c, cb.get(p)!] as [TableColumn, TableColumn]] : []));
}

function cell(ctx: CheckContext, block: Block, row: TableRow, column: TableColumn): Fact | undefined {
  return ctx.index.cell(block.table.id, row.id, columnKey(column));
}

/** The starting lines print the same figure in most shared columns (two at least, non-zero). */
function startsAgree(ctx: CheckContext, a: Block, b: Block, columns: [TableColumn, TableColumn][]): boolean {
  let same = 0;
  let differ = 0;
  for (const [x, y] of columns) {
    const [fx, fy] = [cell(ctx, a, a.start, x), cell(ctx, b, b.start, y)];
    if (fx?.status !== 'reported' || fy?.status !== 'reported' || fx.unit !== fy.unit || !isAdditive(fx.unit)) continue;
    const v = judge({ value: fy.value, decimals: fy.decimals, status: 'reported' }, inUnitsOf(one(fx), fy.scale)).verdict;
    if ((v === 'exact' || v === 'rounding') && fx.value !== '0') same++;
    else differ++;
  }
  return same >= 2 && same > differ;
}

/**
 * Whether two blocks are of different scopes though they start alike: a line printed between in both, under one
 * label, that differs in every column both print (two at least). Ally's insurance segment and the whole company
 * both reach "Total other revenue" from "Insurance premiums and service revenue earned" 280, the segment earning all
 * of it, but "Other income, net of losses" is 3 in the segment and 188 in the company: a part and the whole, whose
 * results differ by the other parts. One measure reconciled twice lists its common adjustments alike.
 */
function ofOtherScopes(ctx: CheckContext, a: Block, b: Block, columns: [TableColumn, TableColumn][]): boolean {
  for (const ra of a.between) {
    const rb = b.between.find((r) => label(r) === label(ra));
    if (!rb) continue;
    let differ = 0;
    let same = 0;
    for (const [x, y] of columns) {
      const [fx, fy] = [cell(ctx, a, ra, x), cell(ctx, b, rb, y)];
      if (fx?.status !== 'reported' || fy?.status !== 'reported' || fx.unit !== fy.unit || !isAdditive(fx.unit)) continue;
      const v = judge({ value: fy.value, decimals: fy.decimals, status: 'reported' }, inUnitsOf(one(fx), fy.scale)).verdict;
      if (v === 'exact' || v === 'rounding') same++;
      else differ++;
    }
    if (differ >= 2 && same === 0) return true;
  }
  return false;
}

/** A fact as an evaluation of itself, for the interval verdict. */
function one(f: Fact) {
  return evaluate(parseExpression('x'), { lookup: () => ({ fact: f }), label: () => f.label, range: () => [] });
}

/** The block's footing in every column of its table: null where it does not hold in most of them (two at least). */
function footings(ctx: CheckContext, block: Block): Check[] | null {
  const names = ['start', ...block.between.map((_, i) => `b${i}`)];
  const rowOf = new Map<string, TableRow>([['start', block.start], ...block.between.map((r, i) => [`b${i}`, r] as [string, TableRow])]);
  const expression = parseExpression(names.join(' + '));
  const checks: Check[] = [];
  const restsOn = blockFootingRestsOn(rowWords(block.end), rowWords(block.start));
  for (const column of block.table.columns) {
    if (!column.period || ctx.index.period(column.period)?.kind === 'change') continue;
    const reported = cell(ctx, block, block.end, column);
    if (!reported || reported.status === 'not-meaningful' || !isAdditive(reported.unit)) continue;
    const scope: Scope = {
      lookup: (name): Lookup => {
        const row = rowOf.get(name)!;
        const f = cell(ctx, block, row, column);
        if (f && f.status === 'reported' && f.unit !== reported.unit) return { missing: `${row.label} is in ${f.unit}` };
        return f ? { fact: f } : row.cells.some((c) => c !== null) ? { blank: row.label } : { missing: `${row.label} prints nothing` };
      },
      label: (name) => rowWords(rowOf.get(name)!),
      range: () => [],
    };
    const e = evaluate(expression, scope);
    if (e.missing.length > 0) return null;
    const subject = rowWords(block.end);
    checks.push(
      makeCheck({
        release: ctx.release,
        kind: 'footing',
        id: `footing/${block.table.id}/${block.end.id}/${columnKey(column)}/block`,
        title: titleOf(subject, columnLabel(ctx, column)),
        formula: `${subject} = ${e.words}`,
        period: column.period,
        inputs: e.inputs,
        reported,
        computed: inUnitsOf(e, reported.scale),
        notes: [
          ...(e.nils.length > 0 ? [nilCountsAsZero(e.nils.map((n) => n.label))] : []),
          ...(e.blanks.length > 0 ? [blankCountsAsZero(e.blanks, columnLabel(ctx, column))] : []),
        ],
        restsOn,
      }),
    );
  }
  const held = checks.filter((c) => c.verdict === 'exact' || c.verdict === 'rounding').length;
  const failed = checks.filter((c) => c.verdict === 'mismatch').length;
  if (held < 2 || held <= failed) return null;
  return checks.map((c) => (c.verdict === 'mismatch' ? { ...c, explanation: `${c.explanation} ${blockFootingCorroborated(held)}` } : c));
}

/** The two results tied in every shared column: the reference the table with more authority. */
function endTies(ctx: CheckContext, a: Block, b: Block, columns: [TableColumn, TableColumn][], tied: Map<string, Set<string>>, made: Set<string>): Check[] {
  const authority = (t: Table) => {
    const kind = ctx.recognition.tables.get(t.id)?.kind ?? 'other';
    return kind === 'income' || kind === 'balance' || kind === 'cash-flow' ? 0 : kind === 'reconciliation' ? 1 : 2;
  };
  const [ref, rep] = authority(b.table) < authority(a.table) ? [b, a] : [a, b];
  const out: Check[] = [];
  for (const [x, y] of columns) {
    const [cx, cy] = ref === a ? [x, y] : [y, x];
    if (made.has(tieId(rep, cy))) continue;
    const reference = cell(ctx, ref, ref.end, cx);
    const reported = cell(ctx, rep, rep.end, cy);
    if (!reference || !reported || reference.status === 'not-meaningful' || reported.status === 'not-meaningful') continue;
    if (reference.unit !== reported.unit) continue;
    if (periodNotEstablished(ctx, reference) || periodNotEstablished(ctx, reported)) continue;
    const both = [...(tied.get(reported.id) ?? [])].some((id) => tied.get(reference.id)?.has(id));
    if (both) continue;
    const subject = rowWords(rep.end);
    const e = one(reference);
    out.push(
      checkWith(
        {
          release: ctx.release,
          kind: 'tie',
          id: `tie/${rep.table.id}/${rep.end.id}/${columnKey(cy)}/block`,
          title: titleOf(subject, columnLabel(ctx, cy)),
          formula: `${subject} in ${tableName(rep.table)} = ${subject} in ${tableName(ref.table)}`,
          period: cy.period,
          inputs: [reference],
          reported,
          restsOn: blockTieRestsOn(subject, rowWords(rep.start)),
        },
        judge({ value: reported.value, decimals: reported.decimals, status: reported.status }, inUnitsOf(e, reported.scale)),
      ),
    );
  }
  return out;
}
