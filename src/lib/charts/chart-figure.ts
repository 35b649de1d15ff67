/**
 * A chart with its caption and the data behind it, readable without JavaScript: the rows
 * in a <details> table, and an optional link to the downloadable facts.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export interface ChartFigureOptions {
  caption: string;
  /** Link to the data file the rows come from (e.g. the release's facts.csv). */
  dataHref?: string;
  /** Columns of the rows to show, in order; default: every key of the first row. */
  columns?: string[];
}

export function chartFigure(svg: string, rows: Record<string, unknown>[], options: ChartFigureOptions): string {
  const columns = options.columns ?? Object.keys(rows[0] ?? {});
  const cell = (v: unknown) => escape(v === null || v === undefined ? '' : String(v));
  const table = `<table><thead><tr>${columns.map((c) => `<th scope="col">${escape(c)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${columns.map((c) => `<td>${cell(r[c])}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
  const link = options.dataHref ? ` <a href="${escape(options.dataHref)}">Download the facts</a>` : '';
  return `<figure class="chart">${svg}<figcaption>${escape(options.caption)}</figcaption><details class="chart-data"><summary>Data behind this chart</summary>${table}${link}</details></figure>`;
}
