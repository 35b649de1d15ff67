/**
 * A release's text as HTML (the body of its source page), one string for some 400 lines and
 * 600 table cells rather than a template each: one anchor per line (#L123) and one per
 * printed figure (#L123C16); tables as tables, their cells aligned; `<u>` rules as underlines.
 */
import type { Piece, SourceBlock, SourceCell } from '../lib/site/source.ts';

/** The release text as printed, escaped as the source page always has (`&`, `<`, `>`, `"`). */
function esc(s: string): string {
  return /[&<>"]/.test(s) ? s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!) : s;
}

const run = (pieces: Piece[]) => pieces.map((p) => (p.underline ? `<u>${esc(p.text)}</u>` : esc(p.text))).join('');
const html = (parts: SourceCell['parts']) => parts.map((p) => (p.id ? `<span class="f" id="${p.id}">${run(p.pieces)}</span>` : run(p.pieces))).join('');

/** The blocks of `sourceBlocks`: a paragraph a line, a table a table. */
export function sourceHtml(blocks: readonly SourceBlock[]): string {
  let out = '';
  for (const b of blocks) {
    if (b.kind === 'line') {
      out += `<p id="L${b.line}" class="${b.parts.length === 0 ? 'sl blank' : 'sl'}"><a class="ln" href="#L${b.line}">${b.line}</a><span class="tx">${html(b.parts)}</span></p>`;
      continue;
    }
    out += `<div class="st-wrap" role="region" aria-label="Table at lines ${b.rows[0]!.line}–${b.rows.at(-1)!.line}" tabindex="0"><table class="st"><tbody>`;
    for (const r of b.rows) {
      out += `<tr id="L${r.line}"><th scope="row" class="ln"><a href="#L${r.line}">${r.line}</a></th>`;
      if (r.cells) for (const c of r.cells) out += `<td${c.numeric ? ' class="num"' : ''}>${html(c.parts)}</td>`;
      else out += `<td class="note" colspan="${b.width}">${html(r.note)}</td>`;
      out += '</tr>';
    }
    out += '</tbody></table></div>';
  }
  return out;
}
