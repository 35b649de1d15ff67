import type { SourceLocation } from '../types.ts';
import { attr, childNodes, descendants, flattenDeep, isElement, isText, locate, nameTokens, parseHtml, rawText, tag, type Element, type Node, type ParentNode } from './dom.ts';
import { SHOWS_MARKUP, describeElement, isChrome, isChromeAnyway, isInvisible, isKept, keptInside, opensArticle, unreadInText } from './chrome.ts';
import { heldText, hiddenTextHow } from './hidden.ts';
import { BLOCK_TAGS, PLAIN, collapse, flatText, formatOf, overridesRightToLeft, runLines, superscript, type Format, type Run } from './inline-text.ts';
import { isPageBreak } from './style.ts';
import { cellsOf, holdsTable, tableRows } from './table-grid.ts';
import { readTable, type TableIssue, type TableText } from './read-table.ts';
import { joinContinuedTables } from './continued-tables.ts';
import { messages } from './messages.ts';

/** A piece of the release in reading order. */
export type Block =
  | { kind: 'text'; role: 'heading' | 'paragraph' | 'bullet'; lines: string[]; at: SourceLocation; list?: number; tag: string }
  | { kind: 'table'; table: TableText }
  | { kind: 'break' };

export interface ReadBlocks {
  blocks: Block[];
  issues: TableIssue[];
  /** How many chrome elements (navigation, scripts, widgets…) and repeated sections were left out. */
  leftOut: { chrome: number; duplicates: number; pageNumbers: number };
  /** The page's own date element (`<time>`, `class="article-date"`), if any. */
  dateElement: { text: string; at: SourceLocation; what: string } | null;
  /** Tables that hold no figures and were read as text. */
  layoutTables: number;
}

/** The header elements of an EDGAR submission's SGML wrapper. */
const SGML_HEADER = new Set(['type', 'sequence', 'filename', 'description']);
/** A bullet glyph opening a paragraph ("• Revenue of …", Symbol-font "·", Wingdings ""). */
const BULLET = /^[•·●◦▪■‣⁃∙\uf0b7\uf0a7\uf0d8\uf076]\s*/;
/** A marker cell before a note's text in a layout table ("(1)", "*", "1."). */
const MARKER = /^(?:\(?\d{1,2}[.)]?|\([a-zA-Z]\)|[*†‡§]+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$/;
const PAGE_NUMBER = /^(?:page\s+)?[-–]?\s*\d{1,3}\s*[-–]?(?:\s+of\s+\d{1,3})?$/i;
/** Sections this long that repeat one already read are copies (a page's mobile and desktop layouts). */
const DUPLICATE_MIN = 200;

/**
 * Reads the release's text in reading order: headings, paragraphs, list items and tables.
 * Site chrome, hidden elements and repeated copies of a section are left out (and
 * counted); tables of figures are read by readTable, tables that lay out text are read
 * as text.
 */
export function readBlocks(root: Node): ReadBlocks {
  const walker = new Walker();
  walker.walk(root, PLAIN, { article: false, kept: false });
  walker.flush();
  // Before the page breaks are dropped: a table with no header continues the one before it across a page break.
  const joined = joinContinuedTables(walker.blocks, walker.issues);
  walker.leftOut.pageNumbers += joined.runningHeads;
  const blocks = dropPageNumbers(joinBrokenParagraphs(joined.blocks, walker.leftOut), walker.leftOut);
  return { blocks, issues: walker.issues, leftOut: walker.leftOut, dateElement: walker.dateElement, layoutTables: walker.layoutTables };
}

/**
 * Elements whose content the page does not lay out as markup, by how a reader meets it: a
 * template's content is in no page, and the others keep their markup as text (a script's, the
 * fallback of a frame, what a page shows only where scripts do not run, a form field showing it
 * as characters). A table of figures written there is no table a reader sees,
 * and is left out, said with its figures like a hidden one.
 */
const UNLAID: Record<string, string> = {
  template: 'a <template>, whose content no page shows',
  noscript: 'shown only where scripts do not run',
  script: 'the text of a script',
  iframe: "a frame's fallback, which browsers do not show",
  noembed: 'the fallback of an embed, which browsers do not show',
  noframes: 'the fallback of frames, which browsers do not show',
  textarea: 'a form field, which shows its markup as characters',
  xmp: 'an <xmp>, which shows its markup as characters',
  plaintext: 'a <plaintext>, which shows the rest of the file as characters, its markup unread',
};

/** How an element of UNLAID keeps the tables it holds from the page, and their figures; null when it holds none. */
function unlaidTables(el: Element): { how: string; figures: number } | null {
  const how = UNLAID[tag(el)];
  if (how === undefined) return null;
  let inner: ParentNode;
  if (tag(el) === 'template') {
    inner = (el as Element & { content: ParentNode }).content;
    flattenDeep(inner);
  } else {
    const text = rawText(el);
    if (!/<table\b/i.test(text)) return null;
    inner = parseHtml(text).document;
  }
  let figures = 0;
  for (const child of childNodes(inner)) if (isElement(child)) figures += figuresIn(child);
  return figures > 0 ? { how, figures } : null;
}

/** How many figures the tables of figures inside an element print (0 when it holds none). */
function figuresIn(el: Element): number {
  let figures = 0;
  const visit = (node: Element) => {
    if (tag(node) === 'table') {
      const read = figuresTable(node);
      if (read) figures += figureCount(read.tables);
      if (!read || holdsTable(node)) for (const inner of tablesInside(node)) visit(inner);
      return;
    }
    for (const child of node.childNodes) if (isElement(child)) visit(child);
  };
  visit(el);
  return figures;
}

function figureCount(tables: TableText[]): number {
  let figures = 0;
  for (const t of tables) for (const row of t.rows) figures += row.slice(1).filter((c) => c !== '').length;
  return figures;
}

/** Rows of figures, and figures, a table's own cells must print for it to be read as a table of figures although it holds tables. */
const OWN_ROWS = 2;
const OWN_FIGURES = 4;

/**
 * A table read as a table of figures, or null when it lays out text (read as text). A table that
 * holds tables lays out a page unless its own cells, the tables they hold left out, print rows of
 * figures (a small footnote table in a cell of a statement): then it is a table of figures, and
 * the tables it holds are read after it, each as a table of its own.
 */
function figuresTable(el: Element): ReturnType<typeof readTable> {
  const read = readTable(el);
  if (!read || !holdsTable(el)) return read;
  const rows = read.tables.reduce((n, t) => n + t.rows.filter((row) => row.slice(1).some((c) => c !== '')).length, 0);
  return rows >= OWN_ROWS && figureCount(read.tables) >= OWN_FIGURES ? read : null;
}

/** The tables a table holds in its cells, outermost first, in reading order. */
function tablesInside(table: Element): Element[] {
  const out: Element[] = [];
  const visit = (node: Element) => {
    for (const child of node.childNodes) {
      if (!isElement(child)) continue;
      if (tag(child) === 'table') out.push(child);
      else visit(child);
    }
  };
  visit(table);
  return out;
}

/** Where the walk is: inside an article (its header is kept), inside a kept contacts block. */
interface Inside {
  article: boolean;
  kept: boolean;
}

class Walker {
  blocks: Block[] = [];
  issues: TableIssue[] = [];
  leftOut = { chrome: 0, duplicates: 0, pageNumbers: 0 };
  dateElement: ReadBlocks['dateElement'] = null;
  layoutTables = 0;
  private runs: Run[] = [];
  private at: SourceLocation | null = null;
  private role: 'paragraph' | 'bullet' = 'paragraph';
  private list = 0;
  private tagName = 'p';
  private seen = new Set<string>();

  walk(node: Node, format: Format, inside: Inside, elementsOnly = false): void {
    const textHidden = hiddenTextHow(node);
    for (const child of childNodes(node)) {
      if (isText(child)) {
        if (elementsOnly) continue;
        if (textHidden) {
          const text = collapse(child.value);
          if (/\d/.test(text)) this.issues.push({ at: locate(child), message: messages.hiddenText(describeElement(node as Element), textHidden, text) });
          continue;
        }
        if (this.at === null && child.value.trim() !== '') this.at = locate(child);
        this.runs.push({ text: child.value.replace(/[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g, ''), bold: format.bold, underline: format.underline });
        continue;
      }
      if (!isElement(child)) continue;
      if (isChrome(child, inside.article, inside.kept)) {
        // What a reader sees is the release's, whatever its element or name says: a newsroom
        // page's body inside a <form>, an aria-hidden wrapper, a class naming "share" or "ads".
        // A table of figures keeps the element; one hidden from every reader is left out, said.
        const figures = figuresIn(child);
        const invisible = isInvisible(child);
        if (figures > 0 && !invisible) {
          this.element(child, format, { article: inside.article || opensArticle(child), kept: inside.kept || isKept(child) });
          continue;
        }
        if (figures > 0) this.issues.push({ at: locate(child), message: messages.hiddenFigures(describeElement(child), figures, invisible ?? undefined) });
        else if (invisible && !isChromeAnyway(child, inside.article, inside.kept)) {
          // Release text hidden from sight (a paragraph, a phrase inside one) is left out as hidden rows are, and said
          // where it holds a digit (a figure or a claim the reader does not see); hidden chrome (a menu) is chrome.
          const text = heldText(child);
          if (/\d/.test(text)) this.issues.push({ at: locate(child), message: messages.hiddenText(describeElement(child), invisible, text) });
        } else {
          // A formula, a drawing, a button in the text holding a digit is seen and not read: said, as in a cell.
          const unread = invisible ? null : unreadInText(child, inside.article, inside.kept);
          if (unread) this.issues.push({ at: locate(child), message: messages.unreadInText(describeElement(child), unread.text, unread.how) });
          // A table kept from the page as text or a template is no table a reader sees: said, wherever in what is left out it is.
          for (const el of [child, ...descendants(child)]) {
            const unlaid = unlaidTables(el);
            if (unlaid) this.issues.push({ at: locate(el), message: messages.hiddenFigures(describeElement(el), unlaid.figures, unlaid.how) });
            else if (SHOWS_MARKUP.has(tag(el)) && /\d/.test(heldText(el))) this.issues.push({ at: locate(el), message: messages.markupShown(describeElement(el), heldText(el)) });
          }
        }
        // The <head> the parser supplies where the source has none was never in the source.
        if (child.sourceCodeLocation) this.leftOut.chrome++;
        // A sidebar may still hold the release's own contacts.
        for (const kept of keptInside(child)) this.element(kept, format, { article: inside.article, kept: true });
        continue;
      }
      this.element(child, format, { article: inside.article || opensArticle(child), kept: inside.kept || isKept(child) });
    }
  }

  private element(el: Element, format: Format, inside: Inside): void {
    const name = tag(el);
    this.noteDate(el);
    // An EDGAR submission's SGML wrapper (<TYPE>EX-99.1 <SEQUENCE>2 <FILENAME>… <TEXT>) parses
    // as nested unknown elements: their own text is the wrapper's, the document is inside.
    if (SGML_HEADER.has(name)) {
      this.walk(el, format, inside, true);
      return;
    }
    if (name === 'br') {
      this.runs.push({ text: '', bold: false, underline: false, br: true });
      return;
    }
    if (name === 'img') return;
    if (name === 'hr') {
      this.flush();
      if (isPageBreak(el)) this.blocks.push({ kind: 'break' });
      return;
    }
    if (name === 'table') {
      this.flush();
      this.table(el, format, inside);
      return;
    }
    const f = formatOf(el, format);
    if (f.superscript && !format.superscript) {
      const inner = collapse(flatText(el));
      if (inner) this.runs.push({ text: superscript(inner), bold: f.bold, underline: f.underline });
      return;
    }
    if (name === 'pre') {
      this.flush();
      const lines = flatPre(el);
      if (lines.length) this.blocks.push({ kind: 'text', role: 'paragraph', lines, at: locate(el), tag: name });
      return;
    }
    if (!BLOCK_TAGS.has(name)) {
      // Text printed right to left by override is read as shown, as in a cell (inline-text.ts).
      const rtl = overridesRightToLeft(el);
      if (rtl) this.runs.push({ text: '\u202e', bold: f.bold, underline: f.underline });
      this.walk(el, f, inside);
      if (rtl) this.runs.push({ text: '\u202c', bold: f.bold, underline: f.underline });
      return;
    }
    this.flush();
    if (isPageBreak(el) && /before/.test(el.attrs.find((a) => a.name === 'style')?.value ?? '')) this.blocks.push({ kind: 'break' });
    const key = name !== 'li' && !holdsTable(el) ? collapse(flatText(el)) : '';
    if (key.length >= DUPLICATE_MIN && this.seen.has(key)) {
      this.leftOut.duplicates++;
      return;
    }
    if (name === 'ul' || name === 'ol') this.list++;
    const role = this.role;
    const tagName = this.tagName;
    if (name === 'li') this.role = 'bullet';
    this.tagName = name;
    this.walk(el, f, inside);
    this.flush();
    this.role = role;
    this.tagName = tagName;
    if (name === 'ul' || name === 'ol') this.list++;
    if (key.length >= DUPLICATE_MIN) this.seen.add(key);
    if (isPageBreak(el) && !/before/.test(el.attrs.find((a) => a.name === 'style')?.value ?? '')) this.blocks.push({ kind: 'break' });
  }

  /** A table held in a cell of a table of figures: read unless it, or what holds it in the cell, is chrome or hidden (then said, with its figures). */
  private nested(el: Element, format: Format, inside: Inside): void {
    for (let node: Element | null = el; node && tag(node) !== 'td' && tag(node) !== 'th'; node = node.parentNode as Element | null) {
      const how = isInvisible(node);
      if (how === null) continue;
      const figures = figuresIn(el);
      if (figures > 0) this.issues.push({ at: locate(node), message: messages.hiddenFigures(describeElement(node), figures, how) });
      return;
    }
    this.table(el, format, inside);
  }

  private table(el: Element, format: Format, inside: Inside): void {
    const read = figuresTable(el);
    if (read) {
      for (const issue of read.issues) this.issues.push(issue);
      for (const table of read.tables) this.blocks.push({ kind: 'table', table });
      // The tables its cells hold (a footnote table), each read as the page shows it, after it.
      if (holdsTable(el)) for (const inner of tablesInside(el)) this.nested(inner, format, inside);
      return;
    }
    this.layoutTables++;
    for (const tr of tableRows(el)) {
      const cells = cellsOf(tr).filter((td) => flatText(td) !== '');
      const texts = cells.map((td) => flatText(td));
      if (cells.length >= 2 && !cells.some(holdsTable) && (BULLET.test(`${texts[0]} `) && texts[0].length <= 2)) {
        this.blocks.push({ kind: 'text', role: 'bullet', lines: [texts.slice(1).join(' ')], at: locate(cells[1]), list: this.list, tag: 'td' });
        continue;
      }
      if (cells.length === 2 && !cells.some(holdsTable) && MARKER.test(texts[0])) {
        this.blocks.push({ kind: 'text', role: 'paragraph', lines: [`${texts[0]} ${texts[1]}`], at: locate(cells[0]), tag: 'td' });
        continue;
      }
      for (const td of cells) {
        this.walk(td, formatOf(td, format), inside);
        this.flush();
      }
    }
    this.list++;
  }

  flush(): void {
    const runs = this.runs;
    const at = this.at ?? { line: 1, column: 1 };
    this.runs = [];
    this.at = null;
    // Two line breaks in a row end a paragraph: what follows is a new one.
    let group: Run[] = [];
    let breaks = 0;
    for (const run of runs) {
      if (run.br) breaks++;
      else if (run.text.trim() !== '') {
        if (breaks >= 2 && group.some((r) => !r.br && r.text.trim() !== '')) {
          this.emit(group, at);
          group = [];
        }
        breaks = 0;
      }
      group.push(run);
    }
    this.emit(group, at);
  }

  private emit(runs: Run[], at: SourceLocation): void {
    const lines = runLines(runs);
    if (lines.length === 0) return;
    const heading = /^h[1-6]$/.test(this.tagName);
    if (heading) {
      this.blocks.push({ kind: 'text', role: 'heading', lines: lines.map((l) => l.text), at, tag: this.tagName });
      return;
    }
    // A bold lead-in on its own line ("Outlook" <br> "NVIDIA's outlook …") is a heading.
    const first = lines[0];
    if (first.bold && isHeadingText(first.text) && this.role !== 'bullet') {
      this.blocks.push({ kind: 'text', role: 'heading', lines: [first.text], at, tag: this.tagName });
      lines.shift();
      if (lines.length === 0) return;
    }
    const texts = lines.map((l) => l.text);
    if (this.role === 'bullet') {
      this.blocks.push({ kind: 'text', role: 'bullet', lines: texts, at, list: this.list, tag: 'li' });
    } else if (BULLET.test(texts[0]) && texts[0].replace(BULLET, '') !== '') {
      texts[0] = texts[0].replace(BULLET, '');
      this.blocks.push({ kind: 'text', role: 'bullet', lines: texts, at, list: this.list, tag: this.tagName });
    } else {
      this.blocks.push({ kind: 'text', role: 'paragraph', lines: texts, at, tag: this.tagName });
    }
  }

  /** The page's date element: `<time>`, or a short element whose class says date. */
  private noteDate(el: Element): void {
    if (this.dateElement) return;
    const name = tag(el);
    const named = nameTokens(el).some((t) => /(^|[-_])(date|dateline|published|pubdate|time)([-_]|$)/.test(t)) || attr(el, 'itemprop') === 'datePublished';
    if (name !== 'time' && !named) return;
    const text = attr(el, 'datetime') ?? flatText(el);
    if (text && text.length <= 60 && /\d{4}/.test(text)) {
      this.dateElement = { text, at: locate(el), what: name === 'time' ? '<time>' : `<${name} class="${attr(el, 'class') ?? attr(el, 'id') ?? ''}">` };
    }
  }
}

/** Short, and not a sentence: a heading, not a paragraph. */
export function isHeadingText(text: string): boolean {
  return text.length <= 100 && !/[.,;]$/.test(text) && /[A-Za-z]/.test(text);
}

function flatPre(el: Element): string[] {
  const text = rawPre(el).replace(/\r\n?/g, '\n').replace(/\t/g, '    ');
  return text.split('\n').map((l) => l.replace(/\u00a0/g, ' ').trimEnd()).filter((l, i, all) => l !== '' || (i > 0 && i < all.length - 1));
}

function rawPre(node: Node): string {
  if (isText(node)) return node.value;
  if (isElement(node) && tag(node) === 'br') return '\n';
  return childNodes(node).map(rawPre).join('');
}

/** Page numbers printed at a page break ("2", "- 3 -", "Page 4 of 9") are page furniture, not release text. */
function dropPageNumbers(blocks: Block[], leftOut: ReadBlocks['leftOut']): Block[] {
  const out: Block[] = [];
  blocks.forEach((b, i) => {
    if (b.kind === 'break') return;
    if (b.kind === 'text' && b.lines.length === 1 && PAGE_NUMBER.test(b.lines[0])) {
      const nearBreak = [blocks[i - 1], blocks[i + 1]].some((n) => n === undefined || n.kind === 'break');
      if (nearBreak) {
        leftOut.pageNumbers++;
        return;
      }
    }
    out.push(b);
  });
  return out;
}

/** "- more -", "(more)", "– continued –": a page's foot saying the text goes on overleaf. */
const MORE = /^[-–—(]?\s*(?:more|continued)\s*[-–—)]?$/i;
/** A running head or foot naming its page: "PNC Reports Full Year 2020 Net Income of $7.6 Billion … – Page 6". */
const NAMES_ITS_PAGE = /(?:^|[\s–—-])page\s+\d{1,3}(?:\s+of\s+\d{1,3})?$/i;
const FURNITURE_MAX = 160;
/** A paragraph cut mid-sentence: its last character no sentence's end. */
const CUT = /[\p{L}\p{N},$%]$/u;
/** The rest of a sentence: a paragraph going on in lower case or with a figure ("31, 2019. Balance sheet growth …"). */
const GOES_ON = /^[\p{Ll}\d]/u;

/**
 * A paragraph a page break cuts mid-sentence, the page's foot and the next page's head printed between its halves (PNC's
 * 4Q20: "… and $410.3 billion at December" / "- more -" / the break / "PNC Reports Full Year 2020 … – Page 6" / "31,
 * 2019. Balance sheet growth …"): one paragraph, as a reader reads it, and the furniture left out as page numbers are
 * (counted). Only across a page break, where every line between says it is furniture (more overleaf, or the page's
 * number) and the second half goes on in lower case or with a figure: the claims read "at December 31, 2019", not a
 * month with no day.
 */
function joinBrokenParagraphs(blocks: Block[], leftOut: ReadBlocks['leftOut']): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.kind === 'text' && b.role === 'paragraph' && GOES_ON.test(b.lines[0]!.trimStart())) {
      // Furniture and the break right before b, after the paragraph it continues.
      let k = out.length - 1;
      while (k >= 0 && (out[k]!.kind === 'break' || isFurniture(out[k]!))) k--;
      const cut = out[k];
      const between = out.slice(k + 1);
      const furniture = between.filter((x) => x.kind !== 'break').length;
      if (between.some((x) => x.kind === 'break') && furniture >= 1 && furniture <= 3 && cut?.kind === 'text' && cut.role === 'paragraph' && CUT.test(cut.lines.at(-1)!.trimEnd())) {
        leftOut.pageNumbers += furniture;
        out.length = k;
        out.push({ ...cut, lines: [...cut.lines.slice(0, -1), `${cut.lines.at(-1)!.trimEnd()} ${b.lines[0]!.trimStart()}`, ...b.lines.slice(1)] });
        continue;
      }
    }
    out.push(b);
  }
  return out;
}

function isFurniture(b: Block): boolean {
  if (b.kind !== 'text' || b.lines.length !== 1) return false;
  const line = b.lines[0]!.trim();
  return line.length <= FURNITURE_MAX && (MORE.test(line) || NAMES_ITS_PAGE.test(line) || PAGE_NUMBER.test(line));
}
