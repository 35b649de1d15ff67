import type { IngestIssue } from '../types.ts';
import { releaseText } from './release-text.ts';
import { scanText } from './scan-text.ts';
import { textBlocks } from './text-blocks.ts';
import { textSource } from './text-lines.ts';
import { messages } from './messages.ts';
import { useTriangleSigns } from './figure-forms.ts';
import { TRIANGLES, triangleSigns } from './triangle-signs.ts';
import { hasPipeTable, markdownHtml } from './markdown.ts';
import { hasJoinedRows, joinedRowsHtml } from './joined-cells.ts';
import { gridAsJoined, hasGridRows } from './grid-rows.ts';
import { cellLinesAsJoined, hasCellLines } from './cell-lines.ts';
import { frontMatter, withoutFrontMatter, type FrontMatter } from './front-matter.ts';

export interface ImportedText {
  /** The document is HTML (an exhibit inside an EDGAR `.txt` submission): the caller reads it as HTML. */
  html: string | null;
  text: string;
  issues: IngestIssue[];
  /** The text was already in the release-text layout and is passed through as it is. */
  canonical: boolean;
  /** An EDGAR submission's SGML envelope was left out. */
  envelope: boolean;
  pageNumbers: number;
  /** A saved copy's front matter (its headline and date), which is not the release's text. */
  front: FrontMatter | null;
  /**
   * A submission mixing HTML and plain-text exhibits: each run in its format, in order, the text
   * runs read into release text here, the HTML runs for the caller's HTML path. Null otherwise.
   */
  parts: ({ html: string } | { text: string })[] | null;
}

/**
 * A plain-text release as release text. Text already in the release-text layout (tables
 * as tab-separated lines) passes through unchanged; a release as published (an EDGAR
 * `.txt` exhibit, a wire service's text, text copied from a PDF) lays its tables out in
 * columns aligned with spaces, and is read into that layout (text-blocks.ts). An EDGAR
 * submission whose exhibit is HTML is handed back for the HTML path.
 */
export function importText(source: string, file: string): ImportedText {
  const front = frontMatter(source);
  const input = textSource(source);
  if (input.parts) {
    const issues: IngestIssue[] = [];
    let pageNumbers = 0;
    const parts = input.parts.map((part) => {
      if ('html' in part) return part;
      const read = textBlocks(part.lines, file);
      issues.push(...read.issues);
      pageNumbers += read.pageNumbers;
      return { text: releaseText(read.blocks) };
    });
    return { html: null, text: '', issues, canonical: false, envelope: true, pageNumbers, front: null, parts };
  }
  if (input.html !== null) return { html: input.html, text: '', issues: [], canonical: false, envelope: input.envelope, pageNumbers: 0, front: null, parts: null };
  if (isReleaseText(input.text)) {
    const text = input.envelope ? `${input.text}\n` : source;
    return { html: null, text, issues: [], canonical: true, envelope: input.envelope, pageNumbers: 0, front: null, parts: null };
  }
  // Markdown with pipe tables is read by the HTML path, from the HTML its tree is written as.
  if (!input.envelope && hasPipeTable(input.text)) {
    return { html: markdownHtml(input.text), text: '', issues: [], canonical: false, envelope: false, pageNumbers: 0, front, parts: null };
  }
  // The HTML grid kept cell by cell, each cell closed by "|" (grid-rows.ts), is that form with its empty cells kept:
  // written as it, with where each figure stood across its row.
  if (!input.envelope && hasGridRows(input.text)) {
    const grid = gridAsJoined(input.text);
    const joined = joinedRowsHtml(grid.text, file, grid.positions);
    return { html: joined.html, text: '', issues: joined.issues, canonical: false, envelope: false, pageNumbers: 0, front, parts: null };
  }
  // Every cell on a line of its own (HTML written out element by element, cell-lines.ts): that form too.
  if (!input.envelope && hasCellLines(input.text)) {
    const cells = cellLinesAsJoined(input.text);
    const joined = joinedRowsHtml(cells.text, file, cells.positions);
    return { html: joined.html, text: '', issues: joined.issues, canonical: false, envelope: false, pageNumbers: 0, front, parts: null };
  }
  // Rows of cells joined by " | " (HTML a converter stripped to text) are read by the HTML path too.
  if (!input.envelope && hasJoinedRows(input.text)) {
    const joined = joinedRowsHtml(input.text, file);
    return { html: joined.html, text: '', issues: joined.issues, canonical: false, envelope: false, pageNumbers: 0, front, parts: null };
  }
  // A saved copy's front matter (title, date, summary, the site's settings) is not the release: its lines are left empty.
  const lines = front && !input.envelope ? textSource(withoutFrontMatter(source, front)).lines : input.lines;
  // What a triangle before a figure prints is what the release establishes (triangle-signs.ts); where it does not, it is said.
  const triangles = triangleSigns(lines.map((l) => l.text).join('\n'), []);
  useTriangleSigns(triangles);
  let read: ReturnType<typeof textBlocks>;
  try {
    read = textBlocks(lines, file);
  } finally {
    useTriangleSigns(null);
  }
  const issues = [...read.issues];
  for (const mark of TRIANGLES) {
    if (triangles.readings[mark] !== null) continue;
    const before = new RegExp(`${mark}\\s?[0-9０-９]`, 'u');
    const first = lines.find((l) => before.test(l.text));
    if (first) issues.push({ file, line: first.line, column: first.text.search(before) + 1, message: messages.triangleUnsettled(mark, triangles.unsettled[mark]!) });
  }
  if (read.tables === 0) {
    const first = lines.find((l) => l.text.trim() !== '');
    issues.push({ file, line: first?.line ?? 1, column: 1, message: messages.noTextTables() });
  }
  return { html: null, text: releaseText(read.blocks), issues, canonical: false, envelope: input.envelope, pageNumbers: read.pageNumbers, front: input.envelope ? null : front, parts: null };
}

/** Text whose tables are tab-separated lines under a header line, with figures. */
function isReleaseText(text: string): boolean {
  return scanText(text).tables.some((t) => t.columns.length > 0 && t.cells.length > 0);
}
