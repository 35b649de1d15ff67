/**
 * Lines under a caption that names a line the release prints elsewhere, the caption closed by no total of its own:
 * the lines are that line's parts, their sum its figure for the same period (Amazon's supplemental metrics, Q3 2022:
 * "Net Sales" over "Online stores", "Physical stores", "Third-party seller services", "Subscription services",
 * "Advertising services", "AWS" and "Other", each quarter's lines adding up to "Worldwide (WW) net sales" printed in
 * the table before: 53,157 + 4,198 + 25,085 + 7,917 + 7,451 + 14,809 + 463 = 113,080 for Q2 2021).
 *
 * The caption names the line by its words; the line elsewhere may add a word naming the whole ("Total",
 * "Consolidated", "Worldwide", "WW"). Its figure for a column's period is the one every other table printing the line
 * for that period agrees with, in a column naming no part. Only lines of money are read, under the caption and before
 * the next one, none of them a total; a line printing nothing in a column leaves that column unread.
 *
 * Nothing but the caption's words says the lines are the whole's parts (a caption may head a selection of them), so
 * the reading must be borne out: a column that fails is a mismatch only where the sum holds in two columns at least
 * and in twice as many as fail; where it holds in none, nothing is published.
 *
 * Ids: `footing/<table>/<first line under the caption>/<column key>/caption`.
 */
import type { Check, Fact, Table, TableColumn, TableRow } from '../types.ts';
import { type CheckContext, columnKey, isMoney } from './context.ts';
import { columnPeriodNotEstablished, periodNotEstablished } from './established.ts';
import { captionPartsCorroborated, captionPartsRestsOn, captionPartsUncorroborated } from './relation-messages.ts';
import { agreedPrinting, cellOf, holds, isChange, labelWords, rowUnit, term, termsCheck, valueRows } from './ratio-terms.ts';
import { totalWords } from './structure.ts';
import { rowWords } from './words.ts';

/** Words by which a line names the whole of what a caption names. */
const WHOLE = new Set(['total', 'consolidated', 'worldwide', 'ww', 'company', 'group']);

export function captionPartChecks(ctx: CheckContext): Check[] {
  const checks: Check[] = [];
  for (const table of ctx.release.tables) {
    for (const { caption, lines } of captionedRuns(ctx, table)) {
      const whole = wholeOf(ctx, table, caption);
      if (!whole) continue;
      const drafted = table.columns.flatMap((column) => {
        const c = columnCheck(ctx, table, caption, lines, column, whole);
        return c ? [c] : [];
      });
      checks.push(...judged(drafted));
    }
  }
  return checks;
}

/** The runs of money lines under a caption line, up to the next one, none a total nor followed by one. */
function captionedRuns(ctx: CheckContext, table: Table): { caption: string; lines: TableRow[] }[] {
  const out: { caption: string; lines: TableRow[] }[] = [];
  let caption: string | null = null;
  let run: TableRow[] = [];
  const flush = (next?: TableRow) => {
    const lines = run.filter((r) => isMoney(rowUnit(ctx, table, r) ?? ''));
    // A total among them, or one right after them closing the caption, sums them where the table prints it.
    const closed = run.some((r) => r.total || totalWords(r.label) !== null) || (next !== undefined && next.kind === 'values' && totalWords(next.label) !== null);
    if (caption && lines.length >= 2 && !closed) out.push({ caption, lines });
  };
  for (const row of table.rows) {
    if (row.kind === 'label' || row.kind === 'section') {
      flush(row);
      caption = row.label;
      run = [];
    } else if (row.kind === 'values') {
      if (totalWords(row.label) !== null && caption) {
        run.push(row);
        flush();
        caption = null;
        run = [];
      } else run.push(row);
    }
  }
  flush();
  return out;
}

/** The whole a caption names, printed in other tables: its figure for a period, agreed by every printing. */
function wholeOf(ctx: CheckContext, table: Table, caption: string): ((period: string) => Fact | undefined) | null {
  const words = labelWords(caption);
  if (words.length === 0) return null;
  const facts = (linesByName(ctx).get(words.join(' ')) ?? []).filter((f) => f.table !== table.id && periodNotEstablished(ctx, f) === null);
  if (facts.length === 0) return null;
  return (period) => agreedPrinting(facts.filter((f) => f.period === period));
}

const byName = new WeakMap<CheckContext, Map<string, Fact[]>>();

/**
 * The release's lines of money by their words less those naming the whole, built once a release (a caption asks for
 * its line among every figure): a line under a section naming a part ("Net sales" under "North America") is the
 * part's, not the whole, and is left out.
 */
function linesByName(ctx: CheckContext): Map<string, Fact[]> {
  let map = byName.get(ctx);
  if (map) return map;
  map = new Map();
  for (const f of ctx.release.facts) {
    if (f.origin !== 'cell' || f.dimension || f.value === null || !isMoney(f.unit)) continue;
    if (!f.section.every((h) => labelWords(h).every((x) => WHOLE.has(x)))) continue;
    const key = labelWords(f.label).filter((x) => !WHOLE.has(x)).join(' ');
    if (!key) continue;
    const list = map.get(key);
    if (list) list.push(f);
    else map.set(key, [f]);
  }
  byName.set(ctx, map);
  return map;
}

function columnCheck(ctx: CheckContext, table: Table, caption: string, lines: TableRow[], column: TableColumn, whole: (period: string) => Fact | undefined): Check | null {
  if (isChange(ctx, column) || column.dimension || !column.period || columnPeriodNotEstablished(ctx, table.id, column) !== null) return null;
  const reported = whole(column.period);
  const parts = lines.map((r) => cellOf(ctx, table, r, column));
  if (!reported || reported.value === null || parts.some((f) => !f || f.value === null)) return null;
  const terms = parts.map((f, k) => term(`p${k}`, f!, rowWords(lines[k]!)));
  return termsCheck(ctx, {
    kind: 'footing',
    id: `footing/${table.id}/${lines[0]!.id}/${columnKey(column)}/caption`,
    subject: rowWords(reported),
    expression: terms.map((t) => t.name).join(' + '),
    terms,
    reported,
    column,
    restsOn: captionPartsRestsOn(caption, rowWords(reported), lines.length),
  });
}

/** Published where the sum holds in a column at least; a failing column accused where two hold and twice as many as fail. */
function judged(checks: Check[]): Check[] {
  const n = checks.filter(holds).length;
  const m = checks.filter((c) => c.verdict === 'mismatch').length;
  if (n === 0) return [];
  const published = n >= 2 && n >= 2 * m;
  return checks.map((c) =>
    c.verdict !== 'mismatch'
      ? c
      : published
        ? { ...c, explanation: `${c.explanation} ${captionPartsCorroborated(n)}` }
        : { ...c, verdict: 'unverifiable' as const, difference: null, explanation: `${c.explanation} ${captionPartsUncorroborated(n, m)}` },
  );
}
