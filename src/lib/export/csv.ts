/**
 * Text that a spreadsheet would run as a formula when the CSV is opened: a cell starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return (OWASP, "CSV Injection"). A plain signed
 * number (`-1271`, `+3.5`, `-3%`) is left alone, as spreadsheets read it as the number it is.
 */
export const FORMULA_START = /^(?![+-][\d,]*\.?\d+%?$)[=+\-@\t\r]/;

/**
 * CSV for a spreadsheet: fields that could start a formula are prefixed with `'` (which the
 * spreadsheet shows as text), as OWASP advises. Only the CSV is changed; JSON keeps the text.
 *
 * Written as Papa Parse's `unparse` writes it (RFC 4180: CRLF after every row, the last too;
 * a field quoted when it holds a comma, a quote, a line break or a byte-order mark, or starts
 * or ends with a space), which test/lib/export/csv.test.ts checks against Papa itself: Papa
 * took a site's downloads some 5 ms a release, most of it in its general options.
 */
export function toCsv(fields: readonly string[], data: unknown[][]): string {
  // Papa writes no rows as one empty row.
  const rows = data.length === 0 ? [[]] : data;
  const header = fields.length > 0;
  let csv = '';
  if (header) csv += `${fields.map(cell).join(',')}\r\n`;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    // A row with no entries (Papa's "null line") is written without commas.
    const none = row.length === 0 || (header && !(0 in row) && Object.keys(row).length === 0);
    const columns = header ? fields.length : row.length;
    for (let c = 0; c < columns; c++) {
      if (c > 0 && !none) csv += ',';
      csv += cell(row[c]);
    }
    csv += '\r\n';
  }
  return csv;
}

// Characters that make Papa quote a field (its BAD_DELIMITERS, and the delimiter).
const QUOTED = /[\r\n",\ufeff]/;

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if ((value as object).constructor === Date) {
    const date = value as Date;
    return Number.isNaN(date.getTime()) ? '' : date.toISOString();
  }
  let text = (value as { toString(): string }).toString();
  let quote = false;
  if (typeof value !== 'number' && typeof value !== 'bigint' && typeof value !== 'boolean' && FORMULA_START.test(text)) {
    text = `'${text}`;
    quote = true;
  }
  if (quote || QUOTED.test(text) || text.startsWith(' ') || text.endsWith(' ')) return `"${text.replaceAll('"', '""')}"`;
  return text;
}
