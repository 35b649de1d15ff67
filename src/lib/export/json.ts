/**
 * A list of records as JSON, laid out for its reader: indented for a terminal (the CLI), or one
 * record a line for a download (the site), which parses to the same value without the
 * indentation's bytes (about a sixth of the bundled release's checks) and still diffs line by line.
 */
export type JsonLayout = 'indented' | 'lines';

export function jsonRecords(records: readonly unknown[], layout: JsonLayout): string {
  if (layout === 'indented') return `${JSON.stringify(records, null, 2)}\n`;
  return records.length === 0 ? '[]\n' : `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}
