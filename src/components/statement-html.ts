/**
 * A statement's rows as HTML (the body of StatementTable.astro): one string per table rather
 * than a component per figure, as a release's pages show some 1,400 figures. Row and cell
 * ids are permalinks (#row, #row/column); every text is escaped here.
 */
import type { Check, ReleaseHead } from '../lib/types.ts';
import { escapeAttribute as attr, escapeHtml as text } from '../lib/markup.ts';
import { columnKey, type StatementRow } from '../lib/site/statement.ts';
import { figureHtml } from './figure-html.ts';

export interface StatementRowsOptions {
  release: ReleaseHead;
  checks: readonly Check[];
  /** Prefix for row anchors, when several tables share a page. */
  anchorPrefix: string;
  /** Figures link to their cells on the table's own page instead of opening their provenance here. */
  linked: boolean;
  /** The page's popover ids (see figureHtml). */
  popovers: Set<string>;
  base: string;
}

/** The `<tr>`s of a statement: each row's label with its anchor, then its figures. */
export function statementRowsHtml(rows: readonly StatementRow[], options: StatementRowsOptions): string {
  const { release, checks, anchorPrefix, linked, popovers, base } = options;
  const place = `t:${anchorPrefix}`;
  let html = '';
  for (const r of rows) {
    const id = `${anchorPrefix}${r.row.id}`;
    const classes = [r.row.kind === 'values' ? '' : 'section', r.total ? 'total' : '', r.grand ? 'grand' : '', r.depth > 0 ? `d${Math.min(r.depth, 3)}` : ''].filter((c) => c !== '').join(' ');
    html +=
      `<tr id="${attr(id)}"${classes ? ` class="${classes}"` : ''}><th scope="row">${text(r.row.label)}` +
      `${r.row.footnotes.length > 0 ? `<sup>${text(r.row.footnotes.join(','))}</sup>` : ''}` +
      `<a class="anchor" href="${attr(`#${id}`)}" aria-label="${attr(`Link to the row ${r.row.label}`)}">#</a></th>`;
    for (const c of r.cells) {
      html += c
        ? `<td class="num" id="${attr(`${id}/${columnKey(c.fact)}`)}">${figureHtml({ fact: c.fact, release, checks, text: c.text, hang: true, cellLink: false, place, link: linked }, popovers, base)}</td>`
        : '<td class="num"></td>';
    }
    html += '</tr>';
  }
  return html;
}
