/**
 * Segments printed as tables of their own, one after another, and the whole they make printed
 * after them: Molson Coors' "Americas", "EMEA&APAC" and "Unallocated & Eliminations" before
 * "Consolidated", each with the same columns (Q4 2024, Q4 2023, % change, FX impact, …). A line
 * of the whole (net sales, its FX impact) is the sum of the same line in its parts, in every
 * column of figures that add up.
 *
 * The reading rests on what the release establishes: a run of consecutive tables whose columns
 * are the same (the same periods and headings, read once by ingest for all of them), each named
 * by the caption it opens with or its title, the last named as the whole ("Consolidated", "Total"), two parts
 * at least. A line is matched by its label and sections; a part that does not print the line at
 * all counts as zero there, and the check says so. Figures in one unit only, and never a
 * percentage, a ratio or a figure per unit.
 *
 * Read charitably, then accused: a consolidated line may hold eliminations or parts no table
 * prints, so nothing is certain. A line is published where it holds in at least two columns
 * and in more columns than it fails, the other columns mismatches corroborated by the line's own
 * and by the run's other lines, and only where at least two lines of the run hold in every
 * column; else its failing columns are unverifiable, saying why.
 *
 * Ids: `footing/<whole table>/<row>/<column>/segments`.
 */
import type { Check, Fact, Table, TableColumn, TableRow } from '../types.ts';
import { type CheckContext, columnKey, columnLabel, isAdditive } from './context.ts';
import { evaluate, inUnitsOf, type Lookup, type Scope } from './evaluate.ts';
import { parseExpression } from './expression.ts';
import { checkWith, titleOf } from './make-check.ts';
import { blankCountsAsZero, nilCountsAsZero, segmentTablesCorroborated, segmentTablesRestsOn, segmentTablesUnread } from './relation-messages.ts';
import { judge, type Judgement } from './verdict.ts';
import { rowWords } from './words.ts';

/** A whole's name: the table printed last in its run, as the sum of the others. */
const WHOLE = /^(?:consolidated|total|total company|consolidated total|company total)$/i;
/** A figure per unit of something ("AISC (per lb)"), a ratio or a rate: never summed. */
const NOT_SUMMED = /\bper (?!cent\b)\w|\bratio\b|\brate\b|\bmargin\b|%/i;

interface Run {
  whole: Table;
  wholeName: string;
  parts: { table: Table; name: string }[];
}

export function segmentTableChecks(ctx: CheckContext): Check[] {
  return runsOf(ctx.release.tables).flatMap((run) => runChecks(ctx, run));
}

/** The table's name: the caption rows it opens with ("Unallocated &", "Eliminations"), else its title. */
export function tableName(table: Table): string {
  const captions: string[] = [];
  for (const row of table.rows) {
    if (row.kind !== 'label' && row.kind !== 'section') break;
    captions.push(row.label.trim());
  }
  const caption = captions.join(' ').replace(/\s+/g, ' ').replace(/:$/, '');
  return caption || table.title.trim();
}

/** Runs of consecutive tables with the same columns, the last named as the whole of the others. */
function runsOf(tables: Table[]): Run[] {
  const signature = (t: Table) => t.columns.map((c) => `${columnKey(c)}\u0000${c.header}`).join('\u0001');
  const runs: Run[] = [];
  let start = 0;
  for (let i = 1; i <= tables.length; i++) {
    if (i < tables.length && tables[i]!.columns.length > 0 && signature(tables[i]!) === signature(tables[start]!)) continue;
    const group = tables.slice(start, i);
    start = i;
    const whole = group.at(-1)!;
    const wholeName = tableName(whole);
    if (group.length < 3 || !WHOLE.test(wholeName)) continue;
    const parts = group.slice(0, -1).map((table) => ({ table, name: tableName(table) }));
    if (parts.some((p) => !p.name || WHOLE.test(p.name))) continue;
    runs.push({ whole, wholeName, parts });
  }
  return runs;
}

/** A line's key across the run's tables: its sections (the table's own caption left out) and label. */
function lineKey(table: Table, row: TableRow, name: string): string {
  const sections = row.section.filter((s) => s.trim() !== name && !name.startsWith(s.trim()));
  return [...sections, row.label].map((s) => s.toLowerCase().replace(/\s+/g, ' ').trim()).join(' / ');
}

interface Drafted {
  row: TableRow;
  column: TableColumn;
  spec: Parameters<typeof checkWith>[0];
  judgement: Judgement;
}

function runChecks(ctx: CheckContext, run: Run): Check[] {
  const partLines = run.parts.map((p) => {
    const byKey = new Map<string, TableRow>();
    for (const row of p.table.rows) if (row.kind === 'values') byKey.set(lineKey(p.table, row, p.name), row);
    return { ...p, byKey };
  });
  const names = run.parts.map((p) => p.name);
  const restsOn = segmentTablesRestsOn(run.wholeName, names);
  const lines: Drafted[][] = [];
  for (const row of run.whole.rows) {
    if (row.kind !== 'values' || NOT_SUMMED.test(row.label)) continue;
    const key = lineKey(run.whole, row, run.wholeName);
    const rows = partLines.map((p) => ({ name: p.name, table: p.table, row: p.byKey.get(key) }));
    // Two parts at least print the line.
    if (rows.filter((r) => r.row).length < 2) continue;
    const drafted: Drafted[] = [];
    for (const column of run.whole.columns) {
      const d = draft(ctx, run, row, column, rows, restsOn);
      if (d) drafted.push(d);
    }
    if (drafted.length > 0) lines.push(drafted);
  }
  const holds = (d: Drafted) => d.judgement.verdict === 'exact' || d.judgement.verdict === 'rounding';
  const fails = (d: Drafted) => d.judgement.verdict === 'mismatch';
  // The run is read as a whole and its parts only where two lines at least hold in every column.
  const established = lines.filter((l) => l.length >= 2 && l.every(holds)).length >= 2;
  const out: Check[] = [];
  for (const line of lines) {
    const held = line.filter(holds).length;
    const failed = line.filter(fails).length;
    const accuse = established && held >= 2 && held > failed;
    for (const d of line) {
      if (!fails(d)) {
        out.push(checkWith(d.spec, d.judgement));
      } else if (accuse) {
        out.push(checkWith({ ...d.spec, notes: [...(d.spec.notes ?? []), segmentTablesCorroborated(held, rowWords(d.row))] }, d.judgement));
      } else {
        out.push(
          checkWith({ ...d.spec, notes: [...(d.spec.notes ?? []), segmentTablesUnread(run.wholeName, held, line.length)] }, { ...d.judgement, verdict: 'unverifiable', difference: null }),
        );
      }
    }
  }
  // Where the run is not established, only what holds is published; failures are unverifiable above or dropped here.
  return established ? out : out.filter((c) => c.verdict === 'exact' || c.verdict === 'rounding');
}

function draft(
  ctx: CheckContext,
  run: Run,
  row: TableRow,
  column: TableColumn,
  rows: { name: string; table: Table; row: TableRow | undefined }[],
  restsOn: string,
): Drafted | null {
  const key = columnKey(column);
  if (ctx.index.period(column.period)?.kind === 'change') return null;
  const reported = ctx.index.cell(run.whole.id, row.id, key);
  if (!reported || reported.status === 'not-meaningful' || !isAdditive(reported.unit)) return null;
  const printing = rows.filter((r) => r.row);
  const facts: (Fact | undefined)[] = printing.map((r) => ctx.index.cell(r.table.id, r.row!.id, key));
  if (facts.some((f) => f && f.status === 'reported' && f.unit !== reported.unit)) return null;
  if (facts.some((f) => f && f.status === 'not-meaningful')) return null;
  const subject = rowWords(row);
  // A part printing the line in other columns but not in this one counts as zero here, as a footing reads a blank.
  const at = new Map(printing.map((_, i) => [`p${i}`, i]));
  const scope: Scope = {
    lookup: (name): Lookup => {
      const i = at.get(name)!;
      const f = facts[i];
      return f ? { fact: f } : { blank: printing[i]!.name };
    },
    label: (name) => `${subject} (${printing[at.get(name)!]!.name})`,
    range: () => [],
  };
  const absent = rows.filter((r) => !r.row).map((r) => r.name);
  const e = evaluate(parseExpression(printing.map((_, i) => `p${i}`).join(' + ')), scope);
  const notes: string[] = [];
  if (e.nils.length > 0) notes.push(nilCountsAsZero(e.nils.map((n) => `${subject} (${tableName(ctx.index.table(n.table) ?? run.whole)})`)));
  if (e.blanks.length > 0) notes.push(blankCountsAsZero(e.blanks, `${subject}, ${columnLabel(ctx, column) || column.header}`));
  if (absent.length > 0) notes.push(blankCountsAsZero(absent, `the line ${subject}`));
  return {
    row,
    column,
    spec: {
      release: ctx.release,
      kind: 'footing',
      id: `footing/${run.whole.id}/${row.id}/${key}/segments`,
      title: titleOf(`${subject}, ${run.wholeName}`, columnLabel(ctx, column) || column.header),
      formula: `${subject} (${run.wholeName}) = ${e.words}`,
      period: column.period || null,
      inputs: e.inputs,
      reported,
      notes,
      restsOn,
    },
    judgement: judge({ value: reported.value, decimals: reported.decimals, status: reported.status }, inUnitsOf(e, reported.scale)),
  };
}
