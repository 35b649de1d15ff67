/** A line of a plain-text release, with the line it is printed on in the source file. */
export interface SourceLine {
  text: string;
  /** 1-based line in the source file. */
  line: number;
  /** A page ends just before this line (a form feed or an EDGAR `<PAGE>` mark). */
  pageBreak: boolean;
  /** An EDGAR `<TABLE>` or `</TABLE>` tag stands just before this line: a table starts or ends here. */
  tableBreak: boolean;
}

export interface TextSource {
  lines: SourceLine[];
  /**
   * The document read is HTML (an EDGAR submission of 2001 on carries its exhibits as HTML
   * inside `<TEXT>`): its text, preceded by as many empty lines as the source has before
   * it, so that the HTML path locates problems at the source's own lines. Null for text.
   */
  html: string | null;
  /** The text of the document read (the EX-99 exhibit of an EDGAR submission, or the whole file). */
  text: string;
  /** The file was an EDGAR submission; its SGML envelope was left out. */
  envelope: boolean;
}

/** EDGAR's SGML tags that lay out a text table; they print nothing. */
const LAYOUT_TAGS = /^\s*(?:<\/?(?:TABLE|CAPTION|S|C|FN|F\d{1,2})>\s*)+$/i;
const PAGE_MARK = /^\s*<PAGE>\s*\d*\s*$/i;
const TAB_STOP = 8;

/**
 * A plain-text release as lines: an EDGAR submission's SGML envelope (`<DOCUMENT>`,
 * `<TYPE>`, `<TEXT>`) is left out and its EX-99 exhibit read (else its first document);
 * EDGAR's layout tags (`<TABLE>`, `<CAPTION>`, `<S>`, `<C>`, `<FN>`) are left out; page
 * marks and form feeds become page breaks; tabs are expanded to 8-column stops, as a
 * typewriter layout was drawn; inline `<F1>` tags read "(1)". Every line keeps its source line number.
 */
export function textSource(source: string): TextSource {
  const all = source.split('\n');
  let from = 0;
  let to = all.length;
  let envelope = false;
  const documents = findDocuments(all);
  if (documents.length > 0) {
    envelope = true;
    // The press release is exhibit 99; else the first exhibit; else the filing itself.
    const chosen = documents.find((d) => /^EX-99/i.test(d.type)) ?? documents.find((d) => /^EX-/i.test(d.type)) ?? documents[0];
    from = chosen.textStart;
    to = chosen.textEnd;
  }
  const lines: SourceLine[] = [];
  let pageBreak = false;
  let tableBreak = false;
  for (let i = from; i < to; i++) {
    let text = all[i];
    if (PAGE_MARK.test(text)) {
      pageBreak = true;
      continue;
    }
    if (LAYOUT_TAGS.test(text)) {
      if (/<\/?TABLE>/i.test(text)) tableBreak = true;
      continue;
    }
    if (text.includes('\f')) {
      pageBreak = true;
      text = text.replace(/\f/g, '');
    }
    lines.push({ text: inlineTags(expandTabs(text)).trimEnd(), line: i + 1, pageBreak, tableBreak });
    pageBreak = false;
    tableBreak = false;
  }
  const text = all.slice(from, to).join('\n');
  // EDGAR's own text tags (<TABLE>, <S>, <C>, <PAGE>) are not HTML; rows, cells and paragraphs are.
  const html = /<(?:html|body|tr|td|div|p|font)\b[^>]*>/i.test(text) && /<\/(?:html|body|tr|td|div|p|font)>/i.test(text) ? '\n'.repeat(from) + text : null;
  return { lines, text, envelope, html };
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
