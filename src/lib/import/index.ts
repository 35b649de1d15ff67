/**
 * Import: a release as published (HTML of an EDGAR exhibit or a newsroom page, or plain
 * text) → release.txt in the layout the ingest reads, and a drafted release.yaml. Sits
 * before ingest in the data flow; writes nothing itself (the CLI does).
 */
import type { ImportResult, IngestIssue } from '../types.ts';
import type { PageHints } from './evidence.ts';
import { importHtml } from './import-html.ts';
import type { ReadLinked } from './stylesheet.ts';
import { importText } from './import-text.ts';
import { scanText } from './scan-text.ts';
import { draftMeta, type MetaOptions } from './draft-meta.ts';
import { metaYaml } from './meta-yaml.ts';
import { messages } from './messages.ts';
import { findSourceUrl } from './source-url.ts';
import { submissionReportDate } from './report-date.ts';
import { isPublicUrl } from '../public-url.ts';

export { binaryKind, decodeSource, type Decoded, type DecodeProblem } from './decode.ts';
export { frontMatter, type FrontMatter } from './front-matter.ts';
export { coverPages } from './cover-page.ts';
export { parseHtml } from './dom.ts';
export { classesOf, compounds, matches, pageSheets, selectorsOf, styleRules, type Compound, type ReadLinked, type StyleRule } from './stylesheet.ts';
import { isChrome, isInvisible, isKept, keptInside, opensArticle } from './chrome.ts';
import { useStylesheets } from './hidden.ts';
/**
 * What of an HTML page is not the release (its chrome), as the import decides it: the site shows
 * the original by the same rules. `useStylesheets(document)` first, so that what the page's own
 * `<style>` rules hide is hidden there too; `useStylesheets(null)` after.
 */
export const chromeRules = { isChrome, isInvisible, isKept, keptInside, opensArticle, useStylesheets };
export { messages } from './messages.ts';
export { markedAsDrafted } from './meta-yaml.ts';
export type { MetaOptions } from './draft-meta.ts';

export interface ImportInput {
  /** The file's text (decoded, LF line endings). */
  text: string;
  /** The file as the user named it, for locating problems. */
  file: string;
  kind: 'html' | 'text';
  encoding?: string;
  /** What decoding the file's bytes found (decodeSource): reported first, at their places. */
  decodeProblems?: { line: number; column: number; message: string }[];
  /** Reads a stylesheet the page links to, by its href: the caller's, as the import reads no file itself (stylesheet.ts). */
  readLinked?: ReadLinked;
}

/**
 * Imports one release: its text in the release-text layout, its metadata drafted from
 * what it states (options override), and every problem located in the source.
 * `companies` are the folders under data/companies/, preferred when one matches.
 */
export function importRelease(input: ImportInput, options: MetaOptions = {}, companies: string[] = []): ImportResult {
  const issues: IngestIssue[] = (input.decodeProblems ?? []).map((p) => ({ file: input.file, ...p }));
  const warnings: IngestIssue[] = [];
  let releaseText: string;
  let page: PageHints | null = null;
  let leftOut = { chrome: 0, duplicates: 0, pageNumbers: 0, beforeHeadline: 0 };
  let layoutTables = 0;
  const empty = input.text.trim() === '';
  const text = input.kind === 'text' && !empty ? importText(input.text, input.file) : null;
  // An EDGAR .txt submission whose exhibit is HTML is read as the HTML it is.
  const html = input.kind === 'html' ? input.text : (text?.html ?? null);
  if (empty) {
    issues.push({ file: input.file, line: 1, column: 1, message: messages.emptyFile() });
    releaseText = '';
  } else if (text?.parts) {
    // A submission mixing HTML and plain-text exhibits: each run read in its own format, in order.
    const texts: string[] = [];
    for (const issue of text.issues) issues.push(issue);
    for (const part of text.parts) {
      if ('text' in part) {
        texts.push(part.text);
        continue;
      }
      const read = importHtml(part.html, input.file);
      texts.push(read.text);
      page ??= read.page ? { ...read.page, source: 'source.txt' } : null;
      // A run of HTML with no table of its own (the release's prose, its tables in the text exhibits) is no problem of the release.
      for (const issue of read.issues) if (issue.message !== messages.noTables()) issues.push(issue);
      leftOut = { chrome: leftOut.chrome + read.leftOut.chrome, duplicates: leftOut.duplicates + read.leftOut.duplicates, pageNumbers: leftOut.pageNumbers + read.leftOut.pageNumbers, beforeHeadline: leftOut.beforeHeadline + read.leftOut.beforeHeadline };
      layoutTables += read.layoutTables;
    }
    releaseText = `${texts.map((t) => t.replace(/\n+$/, '')).join('\n\n')}\n`;
    if (scanText(releaseText).tables.length === 0) issues.push({ file: input.file, line: 1, column: 1, message: messages.noTextTables() });
    leftOut = { ...leftOut, pageNumbers: leftOut.pageNumbers + text.pageNumbers };
  } else if (html !== null) {
    const read = importHtml(html, input.file, input.readLinked);
    releaseText = read.text;
    // What the text's reading into HTML found (a table of joined rows left as text) comes first: it is the source's.
    for (const issue of text?.issues ?? []) issues.push(issue);
    page = read.page ? { ...read.page, source: input.kind === 'html' ? 'source.html' : 'source.txt' } : null;
    for (const issue of read.issues) issues.push(issue);
    warnings.push(...read.warnings);
    leftOut = read.leftOut;
    layoutTables = read.layoutTables;
  } else {
    releaseText = text!.text;
    for (const issue of text!.issues) issues.push(issue);
    leftOut = { ...leftOut, pageNumbers: text!.pageNumbers };
  }

  // A saved copy's front matter: its title is the headline (the HTML path has it as the page's <h1>), its date when the copy was published.
  const front = text?.front ?? null;
  if (front) {
    page ??= { source: 'source.txt', metaDates: [] };
    if (!page.h1 && front.title) page.h1 = { text: front.title.text, at: { line: front.title.line, column: 1 } };
    if (front.date) page.savedDate = { text: front.date.text, at: { line: front.date.line, column: 1 } };
  }

  // An EDGAR submission's 8-K dates the event it reports: the release date where the release prints none.
  const reportDate = text?.envelope ? submissionReportDate(input.text) : null;
  if (reportDate) {
    page ??= { source: 'source.txt', metaDates: [] };
    page.reportDate = reportDate;
  }

  const scan = scanText(releaseText);
  const draft = draftMeta(scan, page, options, companies, input.file.split(/[\\/]/).pop() ?? input.file);
  draft.sourceUrl = findSourceUrl(input.text, page, options.sourceUrl);
  if (options.sourceUrl !== undefined && !isPublicUrl(options.sourceUrl)) {
    draft.invalid.push(messages.badOption('--source-url', 'an http or https address, such as https://www.sec.gov/Archives/edgar/data/…', options.sourceUrl));
    draft.sourceUrl = null;
  }
  const complete = draft.missing.length === 0 && draft.invalid.length === 0;
  const lines = releaseText.split('\n');
  return {
    releaseText,
    id: draft.id,
    meta: draft.sourceUrl ? { ...draft.values, source_url: draft.sourceUrl } : draft.values,
    metaYaml: complete ? metaYaml(draft, input.kind === 'html' ? 'source.html' : 'source.txt') : null,
    missing: draft.missing,
    invalid: draft.invalid,
    issues,
    warnings,
    summary: {
      source: html !== null ? 'html' : 'text',
      encoding: input.encoding ?? 'utf-8',
      lines: lines.length - 1,
      tables: scan.tables.length,
      figures: scan.tables.reduce((n, t) => n + t.cells.length, 0),
      paragraphs: lines.filter((l) => l.trim() !== '' && !l.includes('\t') && !l.startsWith('- ')).length,
      bullets: lines.filter((l) => l.startsWith('- ')).length,
      leftOut,
      layoutTables,
    },
  };
}
