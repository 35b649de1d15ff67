/**
 * A ratio a caption names, printed as its block's last line, is the sum of the ratios printed
 * in the block above it: United Fire's "Combined ratio:" over "Net loss ratio" and "Underwriting
 * expense ratio", then "Combined ratio" (4Q24 financial highlights). Ratios of one base add as
 * points do; a percentage is otherwise never summed (./structure.ts). The caption and the last
 * line say it together, and every line of the block must name a ratio itself (never "Catastrophes",
 * points of a ratio, nor an amount). A ratio may hold a part the block does not print (an
 * insurer's dividend ratio), so a row's columns are judged together: a column that fails where
 * others hold is a mismatch, corroborated; where none holds, unverifiable, saying the release may
 * define it otherwise. So is a line "Total … ratio" with no caption, right under two ratio lines at least whose names
 * end in the words after its "Total" (Palomar's "Catastrophe loss ratio" and "Non-catastrophe loss ratio" over "Total
 * loss ratio", 4Q24).
 *
 * Ids: `footing/<table>/<row>/<column key>/ratios`.
 */
import type { Check, Table, TableRow } from '../types.ts';
import { type CheckContext, columnKey } from './context.ts';
import { plainLabel } from '../model/words.ts';
import { cellOf, isChange, judgedByColumns, rowUnit, term, termsCheck, valueRows } from './ratio-terms.ts';
import { ratiosOfCaption, ratiosOfTotal } from './ratio-messages.ts';
import { rowWords } from './words.ts';

const RATIO = /\bratio$/;

export function ratioSectionChecks(ctx: CheckContext): Check[] {
  return ctx.release.tables.flatMap((table) => tableChecks(ctx, table));
}

function tableChecks(ctx: CheckContext, table: Table): Check[] {
  const checks: Check[] = [];
  const rows = valueRows(table);
  const percent = (r: TableRow) => rowUnit(ctx, table, r) === 'percent';
  const blocks: { caption: string; total: TableRow; parts: TableRow[] }[] = [];
  for (const caption of table.rows.filter((r) => r.kind === 'section')) {
    const name = plainLabel(caption.label);
    if (!RATIO.test(name)) continue;
    const inside = rows.filter((r) => r.section.at(-1) === caption.label.replace(/:\s*$/, '') || r.section.at(-1) === caption.label);
    const at = inside.findIndex((r) => plainLabel(r.label) === name);
    if (at < 2 || at !== inside.length - 1) continue;
    blocks.push({ caption: caption.label, total: inside[at], parts: inside.slice(0, at) });
  }
  // With no caption: "Total loss ratio" right under "Catastrophe loss ratio" and "Non-catastrophe loss ratio" (Palomar's
  // 4Q24 loss detail), each line before it ending in the words the total names after "Total".
  rows.forEach((total, i) => {
    const name = /^total (?<ratio>.+ ratio)$/.exec(plainLabel(total.label))?.groups?.ratio;
    if (!name) return;
    const parts: TableRow[] = [];
    for (let k = i - 1; k >= 0 && plainLabel(rows[k]!.label).endsWith(` ${name}`) && rows[k]!.section.join('\n') === total.section.join('\n'); k--) parts.unshift(rows[k]!);
    if (parts.length >= 2) blocks.push({ caption: '', total, parts });
  });
  for (const { caption, total, parts } of blocks) {
    if (!percent(total) || !parts.every((p) => percent(p) && RATIO.test(plainLabel(p.label)))) continue;
    const expression = parts.map((_, k) => `p${k}`).join(' + ');
    const row_checks = table.columns.flatMap((column) => {
      if (isChange(ctx, column)) return [];
      const reported = cellOf(ctx, table, total, column);
      const facts = parts.map((p) => cellOf(ctx, table, p, column));
      if (!reported || reported.value === null || facts.some((f) => !f || f.value === null)) return [];
      return [
        termsCheck(ctx, {
          kind: 'footing',
          id: `footing/${table.id}/${total.id}/${columnKey(column)}/ratios`,
          subject: rowWords(total),
          expression,
          terms: facts.map((f, k) => term(`p${k}`, f!, rowWords(parts[k]))),
          reported,
          column,
          restsOn: caption ? ratiosOfCaption(caption, total.label, parts.map((p) => p.label)) : ratiosOfTotal(total.label, parts.map((p) => p.label)),
        }),
      ];
    });
    checks.push(...judgedByColumns(row_checks, false));
  }
  return checks;
}
