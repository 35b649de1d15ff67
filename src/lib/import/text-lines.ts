import { shownLine } from './figure-forms.ts';
/** A line of a plain-text release, with the line it is printed on in the source file. */
export interface SourceLine {
  text: string;
  /** 1-based line in the source file. */
  line: number;
  /** A page ends just before this line (a form feed or an EDGAR `<PAGE>` mark). */
  pageBreak: boolean;
  /** An EDGAR `<TABLE>` or `</TABLE>` tag stands just before this line: a table starts or ends here. */
  tableBreak: boolean;
  /** The first line after a Markdown code fence: a table's header never reaches above it. */
  fenced?: true;
  /** The line opens the next exhibit of a submission: a document of its own, which no table continues into. */
  documentBreak?: boolean;
}

export interface TextSource {
  lines: SourceLine[];
  /**
   * The document read is HTML (an EDGAR submission of 2001 on carries its exhibits as HTML
   * inside `<TEXT>`): its text, preceded by as many empty lines as the source has before
   * it, so that the HTML path locates problems at the source's own lines. Null for text.
   */
  html: string | null;
  /** The text of the documents read (the EX-99 exhibits of an EDGAR submission, or the whole file). */
  text: string;
  /** The file was an EDGAR submission; its SGML envelope was left out. */
  envelope: boolean;
  /**
   * A submission whose exhibits are some HTML, some plain text (Southern Company's 2007 8-K: the
   * release EX-99.01 in HTML, its tables EX-99.02–99.06 fixed-width text): each run of exhibits
   * in one format, in order, to be read in that format. Null when all are in one format.
   */
  parts: ({ html: string } | { lines: SourceLine[] })[] | null;
}

/** EDGAR's SGML tags that lay out a text table; they print nothing. */
const LAYOUT_TAGS = /^\s*(?:<\/?(?:TABLE|CAPTION|S|C|FN|F\d{1,2})>\s*)+$/i;
const CODE_FENCE = /^\s*(?:`{3,}|~{3,})[\w-]*\s*$/;
const PAGE_MARK = /^\s*<PAGE>\s*\d*\s*$/i;
const TAB_STOP = 8;

/**
 * A plain-text release as lines: an EDGAR submission's SGML envelope (`<DOCUMENT>`,
 * `<TYPE>`, `<TEXT>`) is left out and its EX-99 exhibits read, in order, each starting a new
 * page (else its first exhibit, else its first document);
 * EDGAR's layout tags (`<TABLE>`, `<CAPTION>`, `<S>`, `<C>`, `<FN>`) and a Markdown copy's
 * code fences are left out, and end any table; page
 * marks and form feeds become page breaks; tabs are expanded to 8-column stops, as a
 * typewriter layout was drawn; inline `<F1>` tags read "(1)". Every line keeps its source line number.
 */
export function textSource(source: string): TextSource {
  const all = source.split('\n');
  let spans: { textStart: number; textEnd: number }[] = [{ textStart: 0, textEnd: all.length }];
  let envelope = false;
  const documents = findDocuments(all);
  if (documents.length > 0) {
    envelope = true;
    // The press release is exhibit 99, and a filing may furnish it in several (99.01 the
    // release, 99.02–99.06 its tables): all of them are the release, in order. Else the first
    // exhibit; else the filing itself.
    const exhibits99 = documents.filter((d) => /^EX-99/i.test(d.type));
    spans = exhibits99.length > 0 ? exhibits99 : [documents.find((d) => /^EX-/i.test(d.type)) ?? documents[0]];
  }
  const lines = sourceLines(all, spans, envelope);
  const text = spans.map((s) => all.slice(s.textStart, s.textEnd).join('\n')).join('\n');
  const htmlSpans = spans.filter((s) => isHtml(all.slice(s.textStart, s.textEnd).join('\n')));
  if (htmlSpans.length > 0 && htmlSpans.length < spans.length) {
    // Each run of documents in one format, in order: HTML read as HTML, text as text.
    const parts: NonNullable<TextSource['parts']> = [];
    let run: typeof spans = [];
    const close = () => {
      if (run.length === 0) return;
      parts.push(htmlSpans.includes(run[0]) ? { html: htmlAtSourceLines(all, run) } : { lines: sourceLines(all, run, envelope) });
      run = [];
    };
    for (const span of spans) {
      if (run.length > 0 && htmlSpans.includes(run[0]) !== htmlSpans.includes(span)) close();
      run.push(span);
    }
    close();
    return { lines, text, envelope, html: null, parts };
  }
  return { lines, text, envelope, html: htmlSpans.length > 0 ? htmlAtSourceLines(all, spans) : null, parts: null };
}

/** EDGAR's own text tags (<TABLE>, <S>, <C>, <PAGE>) are not HTML; rows, cells and paragraphs are. */
function isHtml(text: string): boolean {
  return /<(?:html|body|tr|td|div|p|font)\b[^>]*>/i.test(text) && /<\/(?:html|body|tr|td|div|p|font)>/i.test(text);
}

/** The lines of the documents' text, in order, each document starting a new page. */
function sourceLines(all: string[], spans: { textStart: number; textEnd: number }[], envelope: boolean): SourceLine[] {
  const lines: SourceLine[] = [];
  let pageBreak = false;
  let tableBreak = false;
  let fenced = false;
  let documentBreak = false;
  for (const [n, span] of spans.entries()) {
    // Each exhibit is a document of its own: it starts on a new page, and no table runs across.
    if (n > 0) pageBreak = tableBreak = documentBreak = true;
    for (let i = span.textStart; i < span.textEnd; i++) {
      let text = all[i];
      if (PAGE_MARK.test(text)) {
        pageBreak = true;
        continue;
      }
      if (LAYOUT_TAGS.test(text)) {
        if (/<\/?TABLE>/i.test(text)) tableBreak = true;
        continue;
      }
      // A Markdown copy's code fence around its fixed-width tables prints nothing, and no table runs across it.
      if (!envelope && CODE_FENCE.test(text)) {
        tableBreak = fenced = true;
        continue;
      }
      if (text.includes('\f')) {
        pageBreak = true;
        text = text.replace(/\f/g, '');
      }
      lines.push({ text: inlineTags(expandTabs(shownLine(text))).trimEnd(), line: i + 1, pageBreak, tableBreak, ...(documentBreak ? { documentBreak } : {}), ...(fenced ? { fenced: true as const } : {}) });
      pageBreak = false;
      tableBreak = false;
      fenced = false;
      documentBreak = false;
    }
  }
  return lines;
}

/**
 * The documents' HTML with every other line of the file emptied, so that the HTML path
 * locates a problem at its line in the submission; several exhibits parse as one page, in order.
 */
function htmlAtSourceLines(all: string[], spans: { textStart: number; textEnd: number }[]): string {
  const out: string[] = [];
  for (const span of spans) {
    while (out.length < span.textStart) out.push('');
    for (let i = span.textStart; i < span.textEnd; i++) out.push(all[i]);
  }
  return out.join('\n');
}

interface SgmlDocument {
  type: string;
  /** Source line indexes of the document's text: after `<TEXT>`, before `</TEXT>`. */
  textStart: number;
  textEnd: number;
}

function findDocuments(lines: string[]): SgmlDocument[] {
  const docs: SgmlDocument[] = [];
  let current: { type: string; textStart: number } | null = null;
  let type = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (/^<DOCUMENT>$/i.test(line)) type = '';
    const t = /^<TYPE>\s*(\S+)/i.exec(line);
    if (t) type = t[1];
    if (/^<TEXT>/i.test(line)) current = { type, textStart: i + 1 };
    if (/<\/TEXT>\s*$/i.test(line) && current) {
      docs.push({ ...current, textEnd: i });
      current = null;
    }
  }
  return docs;
}

/**
 * EDGAR's inline tags: a footnote reference `<F1>` printed as the "(1)" it stands for (the
 * ingest reads "(1)" after a figure or label as a footnote mark); `<R>`/`</R>` (revised text)
 * print nothing. Spaces keep the columns after a tag where they were.
 */
function inlineTags(text: string): string {
  if (!text.includes('<')) return text;
  return text.replace(/<F(\d{1,2})>/gi, (tag, n: string) => `(${n})`.padEnd(tag.length)).replace(/<\/?R>/gi, (tag) => ' '.repeat(tag.length));
}

function expandTabs(text: string): string {
  if (!text.includes('\t')) return text;
  let out = '';
  for (const ch of text) {
    if (ch === '\t') out += ' '.repeat(TAB_STOP - (out.length % TAB_STOP));
    else out += ch;
  }
  return out;
}
