/**
 * Column totals: a column headed as a total ("Total", "Consolidated", "Segment total", "Total
 * reportable segments") sums the other columns of its period, line by line, where a table prints
 * its segments, products or regions as columns of one period (Computer Modelling's "Reservoir &
 * Production Solutions | Seismic Solutions | Consolidated" for each year; Air T's "Revenue:
 * Contrail | Other Subsidiaries | Segment total" under a spanner, whose words the total's parts
 * share).
 *
 * The columns of a period are read left to right as a row's lines are read top to bottom: a
 * total column stands for the columns it sums, so a later total sums it with the columns after
 * it ("Total Building Materials | Magnesia Specialties | Total reportable segments"). Where that
 * reading does not tie, the others the layout allows are tried: only the columns since the last
 * total; only the columns just before it, fewer at a time (Aames' "Prior principal balance |
 * Interest | Principal | Total" sums interest and principal, not the balance); columns no header calls a total that sum the columns just before them (First Quantum's
 * "Copper" after its copper mines), each then standing for them; the columns after a total
 * printed first. As for a footing (./footing.ts), the first reading that ties on every line is
 * published, else the one that ties on most (at least as many as it fails, one of them with two
 * figures printed non-zero): the other lines are then mismatches, corroborated by the same
 * columns. Where no reading ties on any line, the checks are unverifiable, naming the readings
 * considered: a consolidated column may hold eliminations the table does not print, so the
 * header alone makes no relation certain.
 *
 * Only lines whose figures add up are read (amounts, shares, counts): a margin, a per-share figure
 * or a line that names a ratio in a total column is never a sum of its segments'. A line that
 * prints no figure in any of the columns summed (a line of the consolidated column only) says
 * nothing, and is not read.
 *
 * Ids: `footing/<table>/<row>/<total column key>/columns`; a total the figures alone establish (`figuredTotals`),
 * `…/spanner`.
 */
import type { Check, Fact, Table, TableColumn, TableRow } from '../types.ts';
import { type CheckContext, columnKey, columnLabel, isAdditive } from './context.ts';
import { evaluate, inUnitsOf, type Lookup, type Scope } from './evaluate.ts';
import type { Expression } from './expression.ts';
import { type CheckSpec, checkWith, titleOf } from './make-check.ts';
import { blankCountsAsZero, columnTotalBecause, corroboratedByLines, nilCountsAsZero, noReadingFits, notPrinted, notRead, noteExplains, readingsConsidered, restsOnReading } from './relation-messages.ts';
import { againstRivals, type Fit, holdsEverywhere, corroborated, namesARatio, noFit, tallyFit } from './structure.ts';
import { judge } from './verdict.ts';
import { rowWords } from './words.ts';
import { noteText } from './note-text.ts';

/** One reading of a total column: the columns it sums, and what it takes differently, in words ("" for the first). */
interface ColumnReading {
  parts: TableColumn[];
  says: string;
  /** Parts taken away rather than added: what leaves a roll-forward from its beginning to its end. */
  minus?: TableColumn[];
  /** Columns read as unlabelled subtotals of the columns just before them, each with its parts. */
  subs?: { total: TableColumn; parts: TableColumn[]; fit: 'holds' | 'corroborated' }[];
}

/** A total column and the reading of its parts the figures fit. */
export interface ColumnFooting {
  table: Table;
  total: TableColumn;
  parts: TableColumn[];
  /** Parts taken away (see ColumnReading.minus). */
  minus?: TableColumn[];
  reason: string;
  fit: 'holds' | 'corroborated' | 'fails';
  read: string;
  considered: string[];
  /** Found by the figures alone, a spanner's columns adding up to a column no header names their total (`figuredTotals`). */
  figured?: true;
}

export function columnFootingChecks(ctx: CheckContext): Check[] {
  return ctx.release.tables.flatMap((table) => {
    const footings = columnFootingsOf(ctx, table);
    const drafts = footings.map((f) => draftsOf(ctx, f));
    // The note marks of the lines that add up in some total column of the table: a mark that only lines failing in
    // every column carry is the release saying why they need not add up (allocated assets).
    const heldMarks = new Set(drafts.flatMap((ds, i) => (footings[i].fit === 'fails' ? [] : ds.filter(holds).flatMap((d) => d.row.footnotes))));
    return footings.flatMap((f, i) => checksOf(ctx, f, drafts[i], heldMarks));
  });
}

/** The total columns of a table, each with the reading of its parts the figures fit; read once per check run (the
 * footing checks and the currency parts both ask for every table's). */
export function columnFootingsOf(ctx: CheckContext, table: Table): ColumnFooting[] {
  let tables = footingsRead.get(ctx);
  if (!tables) footingsRead.set(ctx, (tables = new WeakMap()));
  let read = tables.get(table);
  if (!read) tables.set(table, (read = readColumnFootings(ctx, table)));
  return read;
}
const footingsRead = new WeakMap<CheckContext, WeakMap<Table, ColumnFooting[]>>();

function readColumnFootings(ctx: CheckContext, table: Table): ColumnFooting[] {
  const changes = new Set(ctx.release.periods.filter((p) => p.kind === 'change').map((p) => p.id));
  const columns = table.columns.filter((c) => !changes.has(c.period) && c.dimension && !c.dimension.startsWith('percent-of'));
  phrasesOf(columns);
  const out: ColumnFooting[] = [];
  const seen = new Set<TableColumn>();
  for (const column of columns) {
    const phrase = phraseOf(column);
    if (!phrase || seen.has(column)) continue;
    // The columns of its group: the same period, under the same spanner (the words before the total's own).
    const group = columns.filter((c) => c.period === column.period && (phrase.prefix === '' || c.dimension!.startsWith(`${phrase.prefix}-`)));
    for (const c of group) if (phraseOf(c)) seen.add(c);
    out.push(...readGroup(ctx, table, group, phrase.prefix === '' ? [] : besideSpanner(columns, group)));
  }
  out.push(...figuredTotals(ctx, table, columns, out));
  return out;
}

/**
 * A spanner's columns with no total among them whose sum, line by line, is another column of their period: Qualcomm's
 * "Non-GAAP Supplemental Information" over "QCT | QTL | Non-GAAP Reconciling Items", adding up to the reconciliation's
 * "Non-GAAP Results" beside them (Q1 FY2023: 7,892 + 1,524 + 40 = 9,456 revenues; 2,183 + 1,117 − 134 = 3,166 EBT).
 * No header names that column their total, so only the figures establish it: every line printing them all adds up,
 * three at least, or all but one, which is then a mismatch (corroborated); one such column, else none is read.
 *
 * Where no column beside them is their sum, one of three or more under the heading may be the others' (Choice
 * Properties' reconciliation to its proportionate share: "GAAP Basis | Adjustment to Proportionate Share Basis |
 * Proportionate Share Basis", 344,861 + 23,515 = 368,376 rental revenue): read so only where it sums exactly on three
 * lines at least, each with two of its parts printed non-zero (a line whose adjustment is nil says nothing), and no
 * other of the columns is so read.
 */
function figuredTotals(ctx: CheckContext, table: Table, columns: TableColumn[], read: ColumnFooting[]): ColumnFooting[] {
  const out: ColumnFooting[] = [];
  const taken = new Set(read.flatMap((f) => [f.total, ...f.parts]));
  for (const group of spannerGroups(columns)) {
    if (group.some((c) => taken.has(c) || phraseOf(c) !== null)) continue;
    const fits = columns
      .filter((c) => c.period === group[0]!.period && !group.includes(c))
      .map((total) => ({ total, fit: fitOf(ctx, table, total, group) }))
      .filter(({ fit }) => fit.held >= 3 && (holdsEverywhere(fit) || (corroborated(fit) && fit.failed === 1)));
    const inside =
      fits.length === 0 && group.length >= 3
        ? group
            .map((total) => ({ total, parts: group.filter((c) => c !== total), fit: fitOf(ctx, table, total, group.filter((c) => c !== total)) }))
            .filter(({ fit }) => fit.sums >= 3 && (holdsEverywhere(fit) || (corroborated(fit) && fit.failed === 1)))
        : [];
    if (inside.length === 1) {
      const { total, parts, fit } = inside[0]!;
      out.push({
        table,
        total,
        parts,
        reason: `the columns under one heading ${parts.map((p) => `'${words(ctx, p)}'`).join(' and ')} add up to the third, '${words(ctx, total)}', on ${fit.held} lines, ${fit.sums} of them adding figures printed non-zero, which no header names their total.`,
        fit: holdsEverywhere(fit) ? 'holds' : 'corroborated',
        read: '',
        considered: [],
        figured: true,
      });
      continue;
    }
    if (fits.length !== 1) continue;
    const { total, fit } = fits[0]!;
    out.push({
      table,
      total,
      parts: group,
      reason: `the ${group.length} columns under one heading (${group.map((p) => `'${words(ctx, p)}'`).join(', ')}) add up to '${words(ctx, total)}' on ${fit.held} lines, which no header names their total.`,
      fit: holdsEverywhere(fit) ? 'holds' : 'corroborated',
      read: '',
      considered: [],
      figured: true,
    });
  }
  return out;
}

/** Runs of adjacent columns of one period whose dimensions open with the same words, a spanner's, two columns at least. */
function spannerGroups(columns: TableColumn[]): TableColumn[][] {
  const words = (c: TableColumn) => c.dimension!.split('-');
  const shared = (a: string[], b: string[]) => {
    let k = 0;
    while (k < a.length && k < b.length && a[k] === b[k]) k++;
    return k;
  };
  const out: TableColumn[][] = [];
  let run: TableColumn[] = [];
  let prefix = 0;
  const flush = () => {
    if (run.length >= 2) out.push(run);
    run = [];
    prefix = 0;
  };
  for (const c of columns) {
    const last = run.at(-1);
    if (last && last.period === c.period) {
      const k = shared(words(last), words(c));
      // The spanner's words: two at least, each column with words of its own after them.
      const within = k >= 2 && k < words(c).length && k < words(last).length && (run.length === 1 || k === prefix);
      if (within) {
        prefix = k;
        run.push(c);
        continue;
      }
    }
    flush();
    run = [c];
  }
  flush();
  return out;
}

/**
 * The columns of a group's period printed just before the first column under its spanner, none a total: a spanner
 * centred over the middle of the columns it heads may be read over fewer of them than it spans (XP Power's
 * "Attributable to equity holders of the Company" over the reserves, H1 2025, its "Share capital" to the left of it
 * summed into its "Total" as the reserves are).
 */
function besideSpanner(columns: TableColumn[], group: TableColumn[]): TableColumn[] {
  const first = columns.indexOf(group[0]!);
  const out: TableColumn[] = [];
  for (let i = first - 1; i >= 0; i--) {
    const c = columns[i]!;
    if (c.period !== group[0]!.period || group.includes(c) || phraseOf(c)) break;
    out.unshift(c);
  }
  return out;
}

/** The total columns of one group of columns, read left to right; `before`: the columns of its period just before its spanner (besideSpanner). */
function readGroup(ctx: CheckContext, table: Table, group: TableColumn[], before: TableColumn[] = []): ColumnFooting[] {
  const out: ColumnFooting[] = [];
  // The columns standing so far: a total stands for the columns it sums.
  let standing: TableColumn[] = [];
  let lastTotal: TableColumn | null = null;
  group.forEach((column, at) => {
    if (!phraseOf(column)) {
      standing.push(column);
      return;
    }
    // A column printing another unit than the total on every line both print (the shares beside the amounts of a
    // statement of changes in equity, OpenText's "Shares | Amount" under "Treasury Stock" beside "Total") is no part of
    // it: left standing, every line with shares in it was left unread.
    standing = standing.filter((c) => !otherUnit(ctx, table, c, column));
    const readings: ColumnReading[] = [];
    // In a roll-forward whose columns name what leaves it, that reading comes first: the words state it.
    const leaving = rollForwardOutflows(ctx, standing, column);
    if (leaving.length > 0) readings.push({ parts: standing, minus: leaving, says: `${leaving.map((c) => `'${words(ctx, c)}'`).join(', ')} taken away, what leaves between the beginning and the end` });
    if (standing.length > 0) readings.push({ parts: standing, says: '' });
    // The first total under a spanner may sum the columns printed just before it too (besideSpanner), nearest first.
    if (lastTotal === null && standing.length > 0) {
      for (let k = 1; k <= before.length; k++) {
        const more = before.slice(before.length - k);
        readings.push({ parts: [...more, ...standing], says: `${more.map((c) => `'${words(ctx, c)}'`).join(', ')} too, printed just before its heading` });
      }
    }
    if (lastTotal && standing.indexOf(lastTotal) >= 0 && standing.indexOf(lastTotal) < standing.length - 1) {
      const since = standing.slice(standing.indexOf(lastTotal) + 1);
      readings.push({ parts: since, says: `only the ${since.length} column${since.length === 1 ? '' : 's'} since '${words(ctx, lastTotal)}'` });
    }
    // Only the columns just before it: a total of a flow printed after a balance it does not include
    // ("Prior principal balance | Interest | Principal | Total": interest plus principal).
    for (let from = standing.length - 2; from >= 1; from--) {
      const run = standing.slice(from);
      if (readings.some((r) => r.parts.length === run.length && r.parts.every((c, i) => c === run[i]))) continue;
      readings.push({ parts: run, says: `only the ${run.length} columns just before it` });
    }
    const collapsed = collapseSubtotals(ctx, table, standing);
    if (collapsed) readings.push(collapsed);
    // A total printed before its parts: the columns after it, up to the next total.
    if (standing.length === 0) {
      const after = group.slice(at + 1);
      const end = after.findIndex((c) => phraseOf(c) !== null);
      const parts = end < 0 ? after : after.slice(0, end);
      if (parts.length > 0) readings.push({ parts, says: `the ${parts.length} columns after it` });
    }
    const usable = readings.filter((r) => r.parts.length >= 2);
    if (usable.length === 0) return;
    const fits = usable.map((r) => fitOf(ctx, table, column, r.parts, r.minus));
    let pick = fits.findIndex(holdsEverywhere);
    let fit: ColumnFooting['fit'] = 'holds';
    if (pick < 0) {
      fit = 'corroborated';
      const evidence = againstRivals(fits);
      evidence.forEach((f, i) => {
        if (f && corroborated(f) && (pick < 0 || f.held > evidence[pick]!.held)) pick = i;
      });
    }
    if (pick < 0) {
      // A total of part of the group, the whole printed first: Pfizer's "WORLDWIDE | UNITED STATES | TOTAL
      // INTERNATIONAL" (4Q21), where the international total is what the world leaves after the United States.
      const whole = wholeFirst(ctx, table, standing, column);
      if (whole) {
        out.push(whole);
        standing = [whole.total];
        lastTotal = whole.total;
        return;
      }
      // Nothing to judge: no line prints figures in the total column and its parts.
      if (fits.every((f) => f.held === 0 && f.failed === 0)) return;
      pick = 0;
      fit = 'fails';
    }
    const reading = usable[pick];
    // The unlabelled subtotals the reading rests on are footed too, each on its own; so are those
    // the figures make plain among the parts of a reading that ties without them ("Copper" after
    // its seven mines, summed with "Nickel" into "Total" as printed), as a relation of their own.
    const subs = reading.subs ?? (fit === 'holds' ? plainSubtotals(ctx, table, standing, reading.parts) : []);
    for (const sub of fit === 'fails' ? [] : subs) {
      out.push({
        table, total: sub.total, parts: sub.parts, fit: sub.fit, read: '', considered: [],
        reason: `'${words(ctx, sub.total)}' sums the ${sub.parts.length} columns before it (${sub.parts.map((p) => `'${words(ctx, p)}'`).join(', ')}), and '${words(ctx, column)}' ties read so.`,
      });
    }
    out.push({
      table,
      total: column,
      parts: reading.parts,
      minus: reading.minus,
      reason: `'${words(ctx, column)}' heads a column that sums the other columns ${column.period ? `of ${columnLabel(ctx, { ...column, dimension: null })}` : 'under its heading'} (${reading.parts.map((p) => `'${words(ctx, p)}'`).join(', ')}).`,
      fit,
      read: reading.says,
      considered: usable.length > 1 ? usable.map((r) => r.says || 'every column before it, as the layout first reads them') : [],
    });
    standing = fit === 'fails' ? [...standing, column] : [...standing.filter((c) => !reading.parts.includes(c)), column];
    lastTotal = column;
  });
  return out;
}

/**
 * The first column of a group as the whole of the others, the total column among them, where no reading of the total
 * column as a sum ties on any line: "TOTAL INTERNATIONAL" after "WORLDWIDE | UNITED STATES" is a part of the world, as
 * the figures show on every line (or on all but lines a mismatch each, corroborated by the others). Null where the
 * figures do not bear it out: then the total's own readings stand, unverifiable.
 */
function wholeFirst(ctx: CheckContext, table: Table, standing: TableColumn[], total: TableColumn): ColumnFooting | null {
  if (standing.length < 2) return null;
  const [first, ...others] = standing;
  const parts = [...others, total];
  const fit = fitOf(ctx, table, first!, parts);
  const how = holdsEverywhere(fit) && fit.telling > 0 ? 'holds' : corroborated(fit) && fit.held >= 2 * fit.failed && fit.telling >= 2 ? 'corroborated' : null;
  if (!how) return null;
  return {
    table,
    total: first!,
    parts,
    fit: how,
    read: `'${words(ctx, first!)}' as the whole, '${words(ctx, total)}' one of its parts`,
    considered: [],
    reason: `'${words(ctx, first!)}', printed first, is the whole of the other columns ${total.period ? `of ${columnLabel(ctx, { ...total, dimension: null })}` : 'under its heading'} (${parts.map((p) => `'${words(ctx, p)}'`).join(', ')}): read as the sum of the columns before it, '${words(ctx, total)}' ties on no line, and read as a part it ties.`,
  };
}

/**
 * Columns among `standing` that no header calls a total but that sum a run of at least two
 * columns just before them on every line ("Copper" after seven mines), or on all lines but one
 * where two others hold telling (that line then a mismatch): each stands for its run.
 * Null when there is none.
 */
function collapseSubtotals(ctx: CheckContext, table: Table, standing: TableColumn[]): ColumnReading | null {
  if (standing.length < 3) return null;
  let kept: TableColumn[] = [];
  const said: string[] = [];
  const subs: NonNullable<ColumnReading['subs']> = [];
  for (const column of standing) {
    let found = -1;
    let how: 'holds' | 'corroborated' = 'holds';
    for (let from = 0; from <= kept.length - 2 && found < 0; from++) {
      const fit = fitOf(ctx, table, column, kept.slice(from));
      if (holdsEverywhere(fit) && fit.telling > 0) found = from;
    }
    // Or on most lines, one failing where at least two others hold telling: that line is then a mismatch of its own.
    if (found < 0) {
      let held = 0;
      for (let from = 0; from <= kept.length - 2; from++) {
        const fit = fitOf(ctx, table, column, kept.slice(from));
        if (fit.failed === 1 && fit.telling >= 2 && fit.held > held) [found, held, how] = [from, fit.held, 'corroborated'];
      }
    }
    if (found >= 0) {
      said.push(`'${words(ctx, column)}' as a subtotal of the ${kept.length - found} columns before it`);
      subs.push({ total: column, parts: kept.slice(found), fit: how });
      kept = [...kept.slice(0, found), column];
    } else kept.push(column);
  }
  return said.length > 0 ? { parts: kept, says: said.join('; '), subs } : null;
}

/**
 * The unlabelled subtotals among the parts of a total that ties as printed (of the columns standing before it), where the figures make
 * them plain rather than merely possible: the column sums the run just before it on every line,
 * exactly as a sum (the subtotal and two of its parts printed non-zero) on two lines at least, or
 * on every line but one, where it then is a mismatch (as `collapseSubtotals` reads them).
 */
function plainSubtotals(ctx: CheckContext, table: Table, standing: TableColumn[], parts: TableColumn[]): NonNullable<ColumnReading['subs']> {
  const collapsed = collapseSubtotals(ctx, table, standing);
  return (collapsed?.subs ?? []).filter((s) => parts.includes(s.total) && (s.fit === 'corroborated' || fitOf(ctx, table, s.total, s.parts).sums >= 2));
}

/** A column whose figures are of another unit than the total's on every line both print, two lines at least. */
function otherUnit(ctx: CheckContext, table: Table, column: TableColumn, total: TableColumn): boolean {
  let both = 0;
  for (const row of table.rows) {
    const a = ctx.index.cell(table.id, row.id, columnKey(column));
    const t = ctx.index.cell(table.id, row.id, columnKey(total));
    if (a?.status !== 'reported' || t?.status !== 'reported') continue;
    if (a.unit === t.unit) return false;
    both++;
  }
  return both >= 2;
}

/** The lines a total column is read on: figures that add up in the total column, and at least one figure in a part. */
function linesOf(ctx: CheckContext, table: Table, total: TableColumn, parts: TableColumn[]): { row: TableRow; reported: Fact }[] {
  const out: { row: TableRow; reported: Fact }[] = [];
  for (const row of table.rows) {
    if (row.kind !== 'values' || namesARatio(row.label) || PER_UNIT.test(row.label)) continue;
    const reported = ctx.index.cell(table.id, row.id, columnKey(total));
    if (!reported || reported.status !== 'reported' || !isAdditive(reported.unit)) continue;
    const printed = parts.map((p) => ctx.index.cell(table.id, row.id, columnKey(p))).filter((f): f is Fact => f !== undefined);
    // A part printed in another unit (a share of the total beside an amount) is no part of the sum.
    if (printed.length === 0 || printed.some((f) => f.unit !== reported.unit)) continue;
    out.push({ row, reported });
  }
  return out;
}

function fitOf(ctx: CheckContext, table: Table, total: TableColumn, parts: TableColumn[], minus: TableColumn[] = []): Fit {
  const fit: Fit = noFit();
  const expression = sumOf(parts, minus);
  for (const { row, reported } of linesOf(ctx, table, total, parts)) {
    tallyFit(fit, reported, evaluate(expression, new RowScope(ctx, table, row)));
  }
  return fit;
}
/** A figure per unit of something ("AISC (per lb)", "Revenue per ton"), whatever unit its figures were read in: a segment's is no part of the total's. */
export const PER_UNIT = /(?<!\bas )\bper (?!cent\b)\w/i;

interface Draft {
  row: TableRow;
  spec: Omit<CheckSpec, 'computed'>;
  judgement: ReturnType<typeof judge>;
}

const holds = (d: Draft): boolean => d.judgement.verdict === 'exact' || d.judgement.verdict === 'rounding';

function draftsOf(ctx: CheckContext, f: ColumnFooting): Draft[] {
  const key = columnKey(f.total);
  const expression = sumOf(f.parts, f.minus);
  return linesOf(ctx, f.table, f.total, f.parts).map(({ row, reported }) => {
    const e = evaluate(expression, new RowScope(ctx, f.table, row));
    const subject = rowWords(row);
    const notes = [columnTotalBecause(f.reason, f.fit)];
    if (f.considered.length > 1 && f.fit !== 'fails') notes.push(readingsConsidered(f.read, f.considered));
    if (e.blanks.length > 0) notes.unshift(blankCountsAsZero(e.blanks, subject));
    if (e.nils.length > 0) notes.unshift(nilCountsAsZero(e.nils.map((n) => columnWordsOf(ctx, f.table, n))));
    const spec: Omit<CheckSpec, 'computed'> = {
      release: ctx.release,
      kind: 'footing',
      id: `footing/${f.table.id}/${row.id}/${key}/${f.figured ? 'spanner' : 'columns'}`,
      title: titleOf(subject, columnLabel(ctx, f.total)),
      formula: `${subject}, ${words(ctx, f.total)} = ${e.words}`,
      period: f.total.period || null,
      inputs: e.inputs,
      reported,
      notes,
      restsOn: restsOnReading(f.reason, f.read),
      readings: f.considered.length > 1 ? f.considered : undefined,
    };
    return { row, spec, judgement: judge({ value: reported.value, decimals: reported.decimals, status: reported.status }, inUnitsOf(e, reported.scale)) };
  });
}

function checksOf(ctx: CheckContext, f: ColumnFooting, drafted: Draft[], heldMarks: Set<string>): Check[] {
  const held = drafted.filter(holds);
  const holding = held.map((d) => `'${d.row.label}'`);
  return drafted.map((d) => {
    if (d.judgement.verdict !== 'mismatch') return checkWith(d.spec, d.judgement);
    if (f.fit === 'fails') {
      return checkWith({ ...d.spec, notes: [...(d.spec.notes ?? []), noReadingFits(f.considered.length > 0 ? f.considered : [f.reason])] }, { ...d.judgement, verdict: 'unverifiable', difference: null });
    }
    const mark = held.length > 0 ? d.row.footnotes.find((m) => !heldMarks.has(m) && mayExplainColumns(noteText(ctx, f.table, m))) : undefined;
    if (mark !== undefined) {
      return checkWith({ ...d.spec, notes: [...(d.spec.notes ?? []), noteExplains(mark, noteText(ctx, f.table, mark), holding)] }, { ...d.judgement, verdict: 'unverifiable', difference: null });
    }
    return checkWith({ ...d.spec, notes: [...(d.spec.notes ?? []), corroboratedByLines(holding)] }, d.judgement);
  });
}

/**
 * Whether a note may say why a line's columns need not add up: one the release does not print where it can be found, or
 * one speaking of what is allocated, eliminated or left out among the parts (Bank of America's assets "allocated" to its
 * businesses, 1Q20). A note that only says what the line is (Forterra's "Impairment or abandonment of long-lived assets
 * and other exit charges.", 1Q20, on one line of its segments' reconciliation, each line with a note of its own) does not.
 */
function mayExplainColumns(text: string | null): boolean {
  return text === null || /\b(?:allocat\w*|unallocated|eliminat\w*|inter-?segments?|intercompany|consolidat\w*|segments?|excluded?|excluding|exclusive|not (?:be )?(?:included|reflected|add\w*|sum\w*|total\w*|foot\w*)|rounding)\b/i.test(text);
}

/** a + b − c over column keys, the columns in `minus` taken away. */
function sumOf(parts: TableColumn[], minus: TableColumn[] = []): Expression {
  const leaf = (c: TableColumn): Expression => ({ type: 'name', name: columnKey(c) });
  return parts.slice(1).reduce<Expression>((left, c) => ({ type: 'binary', op: minus.includes(c) ? '-' : '+', left, right: leaf(c) }), leaf(parts[0]));
}

/**
 * The columns of a roll-forward named for what leaves it (stores closed, assets disposed, debt repaid or redeemed,
 * shares retired, forfeited or cancelled), where the first column is the balance at the beginning and the total the
 * balance at the end: read taken away (Ulta's square feet, Q2 2023: 14,200,403 at the beginning + 54,495 opened −
 * 9,984 closed = 14,244,914 at the end). None where the columns are no roll-forward.
 */
function rollForwardOutflows(ctx: CheckContext, standing: TableColumn[], total: TableColumn): TableColumn[] {
  if (standing.length < 3) return [];
  const head = (c: TableColumn) => `${c.header} ${words(ctx, c)}`.toLowerCase();
  if (!/\b(?:beginning|opening|start)\b/.test(head(standing[0]!)) || !/\b(?:end|ending)\b/.test(head(total))) return [];
  return standing.slice(1).filter((c) => LEAVING.test(head(c)));
}

/** Words naming what leaves a balance ("closing" is the balance at the end, not a closure). */
const LEAVING = /\b(?:closed|closures?|disposed|disposals?|repaid|repayments?|redeemed|redemptions?|retired|retirements?|forfeited|forfeitures?|cancell?ed|cancell?ations?|expired|withdrawn|withdrawals?|sold)\b/;

/**
 * A total's words in a column's dimension, and the spanner before them that its parts share:
 * "consolidated", "total", "segment total" under "revenue" (prefix "revenue"), "total reportable
 * segments". Null for a column that is no total.
 */
/** Each column's total phrase (see phrasesOf), read once for a table's columns. */
const phrases = new WeakMap<TableColumn, { prefix: string } | null>();
const phraseOf = (c: TableColumn) => (phrases.has(c) ? phrases.get(c)! : totalPhrase(c.dimension!));

/**
 * The total phrase of each column, the spanner's words left out where they alone make every column of its period a
 * total: Generac's "Total Sales by Reportable Segment" over "External Net Sales | Intersegment Sales | Total Sales"
 * (4Q24) names one total, the last column, not three.
 */
function phrasesOf(columns: TableColumn[]): void {
  const byPeriod = new Map<string, TableColumn[]>();
  for (const c of columns) byPeriod.set(c.period, [...(byPeriod.get(c.period) ?? []), c]);
  for (const group of byPeriod.values()) {
    const words = group.map((c) => c.dimension!.split('-'));
    let n = 0;
    while (words.every((w) => n < w.length - 1 && w[n] === words[0]![n])) n++;
    const shared = words[0]!.slice(0, n).join('-');
    const spanned = group.length >= 2 && n > 0 && totalPhrase(shared) !== null && group.every((c) => totalPhrase(c.dimension!) !== null);
    for (const c of group) {
      if (!spanned) {
        phrases.set(c, totalPhrase(c.dimension!));
        continue;
      }
      const own = totalPhrase(c.dimension!.slice(shared.length + 1));
      phrases.set(c, own ? { prefix: own.prefix === '' ? shared : `${shared}-${own.prefix}` } : null);
    }
  }
}

export function totalPhrase(dimension: string): { prefix: string } | null {
  const w = dimension.replace(/-/g, ' ');
  // A share of the total ("% of total") is no total.
  if (/^percent\b/.test(w)) return null;
  if (/^(?:sub ?)?total\b|^consolidated(?: total)?$|^total consolidated$/.test(w)) return { prefix: '' };
  const m = /^(.+?) (?:(?:reportable )?segments? )?(?:sub ?)?total$/.exec(w);
  return m ? { prefix: m[1].replace(/ /g, '-') } : null;
}

/** A column's own words, as its header prints them ("Reservoir & Production Solutions"), else its dimension's. */
export function columnWords(ctx: CheckContext, _table: Table, column: TableColumn): string {
  return words(ctx, column);
}

function words(ctx: CheckContext, column: TableColumn): string {
  const want = (column.dimension ?? '').replace(/-/g, '');
  const tokens = column.header.split(/\s+/).filter(Boolean);
  const squashed = tokens.map((s) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''));
  // The first and shortest run of the header's words that squashes to the dimension, each run grown a word at a time
  // while it is still the dimension's start: a header of prose (a note read into it, hundreds of words) stays linear.
  for (let from = 0; from < tokens.length; from++) {
    let run = '';
    for (let to = from; to < tokens.length; to++) {
      run += squashed[to];
      if (run === want) return tokens.slice(from, to + 1).join(' ');
      if (!want.startsWith(run)) break;
    }
  }
  return (column.dimension ?? columnLabel(ctx, column)).replace(/-/g, ' ');
}

/** The words of the column a fact is printed in. */
export function columnWordsOf(ctx: CheckContext, table: Table, fact: Fact): string {
  const column = table.columns.find((c) => columnKey(c) === fact.id.slice(fact.id.lastIndexOf('/') + 1));
  return column ? words(ctx, column) : fact.label;
}

/** The names of a column total are the keys of the columns of one row. */
export class RowScope implements Scope {
  readonly #ctx: CheckContext;
  readonly #table: Table;
  readonly #row: TableRow;

  constructor(ctx: CheckContext, table: Table, row: TableRow) {
    this.#ctx = ctx;
    this.#table = table;
    this.#row = row;
  }

  label(name: string): string {
    const column = this.#table.columns.find((c) => columnKey(c) === name);
    return column ? words(this.#ctx, column) : name;
  }

  lookup(name: string): Lookup {
    const fact = this.#ctx.index.cell(this.#table.id, this.#row.id, name);
    if (fact) return { fact };
    if (this.#ctx.release.errors.some((e) => e.line === this.#row.line)) return { missing: notRead(rowWords(this.#row), this.#row.line) };
    // The line prints figures in other columns but nothing in this one: zero, as a footing reads an empty cell.
    return this.#row.cells.some((c) => c !== null) ? { blank: this.label(name) } : { missing: notPrinted(rowWords(this.#row), this.label(name)) };
  }

  range(): { label: string; lookup: Lookup }[] {
    return [];
  }
}
