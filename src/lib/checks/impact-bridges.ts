/**
 * A change bridged to another basis by the impacts between them, printed as lines in points: Assurant's "Including FX
 * impact 5.0% | FX impact (0.6)% | Excluding FX impact 5.6%" (4Q24), Watts' "Net sales % increase 2.8% | Foreign
 * exchange impact 0.2% | Acquisition impact (5.9)% | Organic sales (decrease) (2.9)%" (4Q24). The last line is the first
 * with each impact taken out, or put in: companies print an impact either as what it added to the reported change
 * (Assurant: 5.0 − (0.6) = 5.6) or as what the reported change is adjusted by (Watts: 2.8 + 0.2 − 5.9 = −2.9), and
 * neither says which. So both are read; the table is read under the one that holds in more of its bridges, and a bridge
 * failing under it is a mismatch only where the other fails too and it holds in two bridges at least and twice as many
 * as fail. Else unverifiable, saying why.
 *
 * A bridge: a line of a change in percent, then one line or more naming an impact or effect, then a line naming the
 * basis they lead to (excluding, organic, constant currency, comparable, underlying, adjusted), all in percent, in the
 * same column.
 *
 * Ids: `footing/<table>/<last line>/<column key>/impacts`.
 */
import type { Check, Table, TableRow } from '../types.ts';
import { type CheckContext, columnKey } from './context.ts';
import { impactsAdded, impactsNotEstablished, impactsTakenOut } from './relation-messages.ts';
import { cellOf, holds, labelWords, rowUnit, term, termsCheck, valueRows } from './ratio-terms.ts';
import { rowWords } from './words.ts';

/** An impact's line: "FX impact", "Foreign exchange impact", "Impact of currency", "Acquisition impact", "Effect of …". */
const IMPACT = /\b(?:impacts?|effects?)\b/;
/** The basis a bridge leads to. */
const BASIS = /\b(?:excluding|excl|ex|organic|constant currency|comparable|underlying|adjusted|core|like for like)\b/;

type Convention = 'out' | 'in';

interface Bridge {
  start: TableRow;
  impacts: TableRow[];
  end: TableRow;
}

export function impactBridgeChecks(ctx: CheckContext): Check[] {
  return ctx.release.tables.flatMap((table) => {
    const bridges = bridgesOf(ctx, table);
    if (bridges.length === 0) return [];
    const lines = bridges.flatMap((b) =>
      table.columns.flatMap((column) => {
        const both = { out: bridgeCheck(ctx, table, b, column, 'out'), in: bridgeCheck(ctx, table, b, column, 'in') };
        return both.out && both.in ? [both as { out: Check; in: Check }] : [];
      }),
    );
    return judged(lines);
  });
}

/** The table's bridges: a line in percent, impacts under it, the line of the basis they lead to. */
function bridgesOf(ctx: CheckContext, table: Table): Bridge[] {
  const rows = valueRows(table);
  const percent = (r: TableRow) => rowUnit(ctx, table, r) === 'percent';
  const words = (r: TableRow) => labelWords(r.label).join(' ');
  // "Including FX impact" is the change the impacts bridge from, never one of them.
  const impact = (r: TableRow) => percent(r) && IMPACT.test(words(r)) && !BASIS.test(words(r)) && !/\bincluding\b/.test(words(r));
  const section = (r: TableRow) => r.section.join('\u0000');
  const out: Bridge[] = [];
  for (let i = 1; i < rows.length; i++) {
    const start = rows[i - 1]!;
    if (!percent(start) || impact(start) || !impact(rows[i]!) || (BASIS.test(words(start)) && !/\bincluding\b/.test(words(start)))) continue;
    let j = i;
    while (j < rows.length && impact(rows[j]!)) j++;
    const end = rows[j];
    if (!end || !percent(end) || !BASIS.test(words(end)) || /\bincluding\b/.test(words(end))) continue;
    // One block: the lines under one caption.
    if ([...rows.slice(i, j), end].some((r) => section(r) !== section(start))) continue;
    out.push({ start, impacts: rows.slice(i, j), end });
    i = j;
  }
  return out;
}

function bridgeCheck(ctx: CheckContext, table: Table, bridge: Bridge, column: Table['columns'][number], convention: Convention): Check | null {
  const reported = cellOf(ctx, table, bridge.end, column);
  const from = cellOf(ctx, table, bridge.start, column);
  if (!reported || reported.status !== 'reported' || reported.value === null || !from || from.value === null) return null;
  const impacts = bridge.impacts.map((r) => cellOf(ctx, table, r, column));
  if (impacts.some((f) => !f || (f.value === null && f.status !== 'nil'))) return null;
  const sign = convention === 'out' ? '-' : '+';
  return termsCheck(ctx, {
    kind: 'footing',
    id: `footing/${table.id}/${bridge.end.id}/${columnKey(column)}/impacts`,
    subject: rowWords(bridge.end),
    expression: ['a', ...impacts.map((_, k) => `${sign} i${k}`)].join(' '),
    terms: [term('a', from), ...impacts.map((f, k) => term(`i${k}`, f!))],
    reported,
    column,
    restsOn: convention === 'out' ? impactsTakenOut(rowWords(bridge.start), rowWords(bridge.end)) : impactsAdded(rowWords(bridge.start), rowWords(bridge.end)),
  });
}

/** Each bridge under the convention holding in more of the table's, accused only where both fail and it is established. */
function judged(lines: { out: Check; in: Check }[]): Check[] {
  const count = (c: Convention, pred: (x: Check) => boolean) => lines.filter((l) => pred(l[c])).length;
  const best: Convention = count('in', holds) > count('out', holds) ? 'in' : 'out';
  const other: Convention = best === 'out' ? 'in' : 'out';
  const n = count(best, holds);
  const m = count(best, (x) => x.verdict === 'mismatch');
  const established = n >= 2 && n >= 2 * m;
  return lines.map((l) => {
    const c = l[best];
    if (c.verdict !== 'mismatch') return c;
    // The other reading explains it: the release says neither.
    if (holds(l[other])) return l[other];
    if (established) return c;
    return { ...c, verdict: 'unverifiable' as const, difference: null, explanation: `${c.explanation} ${impactsNotEstablished(n, m)}` };
  });
}
