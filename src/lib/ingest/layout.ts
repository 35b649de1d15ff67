import type { ProseLine } from '../types.ts';
import { parseValue } from './parse-value.ts';
import { isSpanHeader } from './periods.ts';
import { readUnitStatement, titleBeforeUnitStatement } from '../units/unit-statements.ts';
import { isRuleLine } from './rule-lines.ts';
import { LONG_TITLE, closesTitle, isClosedLongTitle } from './closed-title.ts';
import { figureLed } from './cells.ts';

/** Where one table sits in the release: 0-based line indexes. */
export interface TableBlock {
  /** Title lines above the header (company name, title, unit statement), possibly empty. */
  caption: number[];
  /** Header lines naming the periods; empty for rows found with no header above them. */
  header: number[];
  /** Rows: tab-separated lines, short caption lines between them ("Stockholders' equity:") and rule lines. */
  body: number[];
  /** Rule lines (rule-lines.ts), under the header or in the body: they mark totals, never rows. */
  rules: Set<number>;
  /** Caption lines of the body that end in figures (reported as rows whose tabs became spaces). */
  spaced: Set<number>;
}

/** A line without tabs that ends in figures: a table row whose tabs became spaces. */
export interface SpacedLine {
  /** 0-based line index. */
  line: number;
  /** Figures found at the end of the line. */
  figures: number;
}

export interface Layout {
  tables: TableBlock[];
  prose: ProseLine[];
  /** Lines that read like table rows but are not tab-separated: reported, never read as prose silently. */
  spaced: SpacedLine[];
}

const isBlank = (line: string) => line.trim() === '';
const hasTab = (line: string) => line.includes('\t');
const firstCell = (line: string) => {
  const tab = line.indexOf('\t');
  return (tab < 0 ? line : line.slice(0, tab)).trim();
};
const otherCells = (line: string) => line.slice(line.indexOf('\t') + 1).split('\t').map((c) => c.trim());
/**
 * A caption line inside a table, such as "Commitments and contingencies" or "Stockholders' equity:";
 * one that opens the rows below it with a colon may be long ("Weighted-average shares used in
 * computing basic and diluted net (loss) income per common share:").
 */
const isInnerCaption = (line: string) => {
  const text = line.trim();
  // A long line behind a note's mark is a footnote, not a caption, even one that ends "was as follows:" over a table
  // of its own (Oracle's "(4) Estimated future annual amortization expense … was as follows:" under its statement).
  if (text.length > 80 && NOTE_OPENING.test(text)) return false;
  return !hasTab(line) && (text.length <= 80 || (text.length <= 200 && text.endsWith(':'))) && !/[.!?]$/.test(text) && !isRuleLine(line);
};
const NOTE_OPENING = /^(?:\(\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})\s*\)|\d{1,2}\)|\*{1,3}|[†‡§])\s+\S/i;
/** A company name's abbreviation ends a title line without ending a sentence ("THE BUCKLE, INC."). */
const ABBREVIATION = /\b(?:inc|corp|co|ltd|plc|llc|l\.?p|n\.?v|s\.?a|ag|se|limited|incorporated|corporation)\.$/i;
/**
 * A title line: short, and not a sentence; a unit statement at its end does not count against its length, and
 * a line it closes may be longer (Palomar's "Palomar Holdings, Inc. and SubsidiariesCondensed Consolidated
 * Statements of Income and Comprehensive Income (loss) (Unaudited)(in thousands, except shares and per share data)").
 */
const isTitleLine = (line: string) => {
  if (hasTab(line)) return false;
  // Tigo Energy's "… Statement of Income (in thousands, except share and per share data) (unaudited)": one line of 120
  // characters over its header.
  const titled = titleBeforeUnitStatement(line, 'USD');
  const text = titled?.title ?? line.trim();
  return text.length <= (titled ? LONG_TITLE : 100) && (!/[.:]$/.test(text) || ABBREVIATION.test(text));
};
// A year may carry a note mark ("2025*" over Nebius's statements: "* Derived from audited consolidated financial statements";
// "2025(1)" over Dauch's recast EBITDA, 2Q26: "(1) The amounts … have been recast").
const YEAR = /^(?:19|20|21)\d\d(?:\*{1,3}|[†‡]|\(\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})?$/;

/**
 * A header line, before any row: a first cell left empty, a unit statement printed in the
 * table's corner ("($ in millions, except earnings per share)") or a span phrase ("Year ended
 * December 31,"), and column headings in the other cells.
 */
function isHeaderLine(line: string): boolean {
  if (!hasTab(line) || isRuleLine(line)) return false;
  const rest = otherCells(line);
  if (!rest.some((c) => c !== '')) return false;
  const corner = firstCell(line);
  if (corner === '') return true;
  if (!corner.includes('(') && !isSpanHeader(corner)) return false; // a label: the common case, decided cheaply
  if (readUnitStatement(corner, 'USD') === null && !isSpanHeader(corner)) return false;
  return !rest.some((c) => c !== '' && isFigure(c) && !YEAR.test(c));
}

/** A row with a label, or (once rows have started) an unlabelled row of figures such as a subtotal. */
function isRow(line: string, started: boolean): boolean {
  if (!hasTab(line) || isRuleLine(line)) return false;
  // A unit statement or span phrase in the corner above column headings starts the next table.
  if (firstCell(line) !== '') return !isHeaderLine(line);
  if (!started) return false;
  const cells = otherCells(line).filter((c) => c !== '');
  // A figure with the words that qualify it ("20.6% before acquisitions"), alone on its line, is a row that they name.
  if (cells.length === 1 && figureLed(cells[0], isFigure) && !isSpanHeader(cells[0])) return true;
  // Years under an empty label are the header of the next table, not figures.
  return cells.length > 0 && cells.every(isFigure) && !cells.every((c) => YEAR.test(c.replace(/<\/?u>/g, '')));
}

/**
 * An unlabelled line whose cells are all figures, not all years, and printed as amounts (a currency
 * symbol, a percent sign, a decimal point, a thousands separator or three digits): "$ 6,226 | $ 20,397".
 * Column numbers ("(1) | (2)") and years head columns.
 */
function isFigureLine(line: string): boolean {
  if (!hasTab(line) || firstCell(line) !== '') return false;
  const cells = otherCells(line).filter((c) => c !== '').map((c) => c.replace(/<\/?u>/g, ''));
  return cells.length > 0 && cells.every(isFigure) && !cells.every((c) => YEAR.test(c)) && cells.some((c) => /[$€£¥%.,]|\d{3}/.test(c) && !YEAR.test(c));
}

function isFigure(text: string): boolean {
  return parseValue(text) !== null;
}

/**
 * Splits a release into tables and prose. A table is a run of header lines (a first
 * cell left empty, periods in the others) and then rows (a label, then values). A row
 * block may be interrupted by blank lines and short captions when more rows follow
 * with no header of their own: the balance sheet's "Stockholders' equity:" is part of it.
 */
export function layout(lines: string[]): Layout {
  const tables: TableBlock[] = [];
  const inTable = new Uint8Array(lines.length);
  const spaced: SpacedLine[] = [];
  let floor = -1;
  let i = 0;
  // A row of period headings closing the rows above, carried to the table whose header follows it (`periodsAbove`).
  let carried: number | null = null;
  while (i < lines.length) {
    if (!isHeaderLine(lines[i]) && !isRow(lines[i], false)) {
      i++;
      continue;
    }
    const header: number[] = [];
    const rules = new Set<number>();
    // Rules drawn under the headings (or between their lines) mark nothing.
    // A line of figures under the headings, with no label (Air T's one-row tables: "$ 6,226 | $ 20,397 | …"
    // under "2017 | 2018 | …"), is the table's row, not another heading.
    while (i < lines.length && (isHeaderLine(lines[i]) || (header.length > 0 && isRuleLine(lines[i]))) && !(header.length > 0 && isFigureLine(lines[i]))) {
      if (isRuleLine(lines[i])) rules.add(i++);
      else header.push(i++);
    }
    const body: number[] = [];
    const spacedInBody = new Set<number>();
    for (;;) {
      if (i < lines.length && (isRow(lines[i], body.length > 0 || (header.length > 0 && isFigureLine(lines[i]))) || (body.length > 0 && isRuleLine(lines[i])))) {
        if (isRuleLine(lines[i])) rules.add(i);
        body.push(i++);
        continue;
      }
      let k = i;
      const captions: number[] = [];
      const between: number[] = [];
      while (k < lines.length && (isBlank(lines[k]) || isInnerCaption(lines[k]) || isRuleLine(lines[k])) && captions.length <= 3) {
        if (isBlank(lines[k])) {
          k++;
          continue;
        }
        between.push(k);
        if (!isRuleLine(lines[k])) captions.push(k);
        k++;
      }
      // Captions between rows ("Stockholders' equity:"), or between the header and the first row ("ASSETS").
      if ((body.length > 0 || header.length > 0) && k < lines.length && captions.length <= 3 && isRow(lines[k], body.length > 0)) {
        for (const c of between) {
          if (isRuleLine(lines[c])) {
            rules.add(c);
            // Before the first row, a rule is still the headings' underline.
            if (body.length > 0) body.push(c);
            continue;
          }
          body.push(c);
          const figures = trailingFigures(lines[c]);
          if (figures > 0) {
            spaced.push({ line: c, figures });
            spacedInBody.add(c);
          }
        }
        i = k;
        continue;
      }
      break;
    }
    const start = header[0] ?? body[0];
    const above = carried !== null && header.length > 0 && carried > floor && carried < start ? carried : null;
    carried = null;
    const caption = captionAbove(lines, start, above ?? floor);
    if (above !== null) header.unshift(above);
    // With no header, a caption closing the title block right above the first row is the caption of the rows, as those
    // printed between them are (PennantPark's highlights, 1Q FY2025: "Assets and Liabilities:" over "Credit Facility
    // $ 460.0", as "Operating Results:" is over "Net investment income $ 13.0"), not a line of the title.
    const opening = caption.at(-1);
    if (header.length === 0 && opening !== undefined && opening === body[0]! - 1 && isRowCaption(lines[opening]!)) body.unshift(caption.pop()!);
    const last = body.at(-1);
    if (last !== undefined && body.length > 1 && periodsAbove(lines, last)) {
      body.pop();
      carried = last;
    }
    tables.push({ caption, header, body, rules, spaced: spacedInBody });
    for (const n of header) inTable[n] = 1;
    for (const n of body) inTable[n] = 1;
    for (const n of rules) inTable[n] = 1;
    floor = Math.max(header.at(-1) ?? -1, body.at(-1) ?? -1);
  }

  const captions = new Set<number>();
  for (const t of tables) for (const n of t.caption) captions.add(n);
  const prose: ProseLine[] = [];
  // One line ending in two figures may be a sentence; two such lines close together (with at
  // most three short captions or blank lines between them) are a table whose tabs became spaces.
  let run: SpacedLine[] = [];
  let gap = 0;
  const flush = () => {
    if (run.length >= 2) for (const s of run) spaced.push(s);
    run = [];
    gap = 0;
  };
  lines.forEach((text, n) => {
    if (inTable[n]) {
      flush();
      return;
    }
    if (isBlank(text) || isInnerCaption(text)) {
      if (run.length > 0 && ++gap > 3) flush();
    }
    if (isBlank(text)) return;
    const figures = captions.has(n) ? 0 : trailingFigures(text);
    if (figures >= 2 && !/^\s*-\s/.test(text)) {
      run.push({ line: n, figures });
      gap = 0;
    } else if (!isInnerCaption(text)) flush();
    const kind = captions.has(n) ? 'caption' : proseKind(lines, n);
    prose.push({ line: n + 1, text, kind });
  });
  flush();
  spaced.sort((a, b) => a.line - b.line);
  return { tables, prose, spaced };
}

/** A column heading naming a period and nothing else: "4Q21", "Q3 '24", "FY 2021", "H1 2024", "2021". */
const PERIOD_HEADING = /^(?:(?:[1-4]Q|Q[1-4]|[12]H|H[12]|FY|YTD)\s?['’]?(?:\d{4}|\d{2})|(?:fiscal|full\s+year)\s+(?:19|20)\d{2}|(?:first|second|third|fourth)\s+quarter(?:\s+(?:19|20)\d{2})?|(?:19|20)\d{2})$/i;

/**
 * A row whose cells are period headings and nothing else, closing the rows above it, where the next thing printed is
 * another table's header, perhaps under its title or unit statement: the periods of that table, printed above its unit
 * statement. Citizens Financial (4Q21) prints "Other notable items - primarily tax and TOP | 4Q21 | | 3Q21 | … FY 2020"
 * right under its integration costs, then "($s in millions, except per share data)" and "Pre-tax | After-tax | …": the
 * pre-tax and after-tax columns of each of those periods. A year alone in every cell is a row of figures.
 */
function periodsAbove(lines: string[], n: number): boolean {
  const cells = otherCells(lines[n]).map((c) => c.replace(/<\/?u>/g, '').trim()).filter((c) => c !== '');
  if (cells.length < 2 || !cells.every((c) => PERIOD_HEADING.test(c)) || cells.every((c) => YEAR.test(c))) return false;
  let k = n + 1;
  let titles = 0;
  while (k < lines.length && (isBlank(lines[k]) || (!hasTab(lines[k]) && isTitleLine(lines[k])))) {
    if (!isBlank(lines[k]) && ++titles > 3) return false;
    k++;
  }
  return k < lines.length && isHeaderLine(lines[k]);
}

/**
 * How many figures end a line that has no tabs ("Goodwill impairments ---- 55,647" ends in two),
 * not counting a date or a year that ends a label ("Balance at December 31, 2019"), nor a
 * sentence's last word.
 */
function trailingFigures(line: string): number {
  const text = line
    .trim()
    .replace(/(\\?\$|£|€|¥)\s+(?=[\d(])/g, '$1')
    .replace(/(\d|\))\s+(%|bps|BPS|pts|ppts?)(?=\s|$)/g, '$1$2');
  if (/[.!?:;]$/.test(text) && !/\d\.$/.test(text)) return 0;
  const tokens = text.split(/\s+/);
  let n = 0;
  for (let k = tokens.length - 1; k > 0; k--) {
    const token = tokens[k];
    if (!isFigure(token) || (YEAR.test(token) && /^(?:\d{1,2},?|[A-Za-z]+,?)$/.test(tokens[k - 1]))) break;
    if (!/\d/.test(token) && n === 0 && !/^-+$|^—$/.test(token)) break;
    n++;
  }
  return n;
}

/**
 * A caption of the rows below it: short, no sentence, closed by a colon ("Assets and Liabilities:"); never one that
 * dates the rows ("As of December 31, 2024:", "Quarter ended:"), which is the title's.
 */
function isRowCaption(line: string): boolean {
  const text = line.trim();
  return text.length <= 60 && text.endsWith(':') && !hasTab(line) && !/[.;\d]/.test(text) && !/\b(?:follows?|following|below|ended|ending|as\s+(?:of|at))\b/i.test(text);
}

/**
 * The title block above a table: the nearest paragraph of short title lines, looking
 * past one introductory sentence ("A reconciliation … is as follows (in thousands):").
 */
function captionAbove(lines: string[], start: number, floor: number): number[] {
  const paragraphs: number[][] = [];
  let k = start - 1;
  while (paragraphs.length < 2) {
    while (k > floor && isBlank(lines[k])) k--;
    if (k <= floor || hasTab(lines[k])) break;
    const para: number[] = [];
    while (k > floor && !isBlank(lines[k]) && !hasTab(lines[k])) para.push(k--);
    para.reverse();
    paragraphs.push(para);
  }
  const [nearest, above] = paragraphs;
  if (!nearest) return [];
  const below = (i: number) => nearest.slice(i + 1).map((n) => lines[n]);
  if (nearest.every((n, i) => isTitleLine(lines[n]) || (isClosedLongTitle(lines[n], below(i)) && below(i).every((l) => closesTitle(l) || isTitleLine(l))))) {
    const statement = nearest.some((n) => readUnitStatement(lines[n].trim(), 'USD') !== null) ? null : statementAbove(lines, nearest[0], floor);
    return statement === null ? nearest : [statement, ...nearest];
  }
  // A footnote that heads a table ("(A) … presented in the following line items:") and its unit statement.
  const leads = (n: number) => /:\s*$/.test(lines[n]);
  if (nearest.length > 1 && leads(nearest[0]) && nearest.slice(1).every((n) => isTitleLine(lines[n]))) return nearest;
  // A title, the sentence that introduces the table and its unit statement, with no blank line between
  // ("Supplemental Operating Data" / "The following table presents …:" / "(Dollars in thousands)").
  // So is a sentence that ends in a period where the unit statement follows it, just above the header
  // ("ALEXANDER'S, INC. FINANCIAL RESULTS …" / "Below is a table of selected financial results." / "(Amounts in thousands, …)").
  const intros = nearest.filter((n) => !isTitleLine(lines[n]));
  const statesUnit = readUnitStatement(lines[nearest.at(-1)!].trim(), 'USD') !== null;
  if (nearest.length > 1 && intros.length === 1 && (leads(intros[0]) || (statesUnit && intros[0] !== nearest.at(-1))) && isTitleLine(lines[nearest[0]])) return nearest;
  const intro = nearest.length === 1 && /:\s*$/.test(lines[nearest[0]]);
  if (intro && above?.every((n) => isTitleLine(lines[n]))) return [...above, ...nearest];
  return intro ? nearest : [];
}

/**
 * A unit statement printed alone as a paragraph of its own among the title block's lines, each set apart by blank lines
 * (LPL's 2Q26 PDF, page 12: "Monthly Metrics" / "(Dollars in billions, except where noted)" / "(Unaudited)", a blank
 * line after each): the line of the nearest such statement above `top`, through at most three one-line paragraphs of
 * title lines, or null. Only the statement joins the caption: the title stays the nearest paragraph's.
 */
function statementAbove(lines: string[], top: number, floor: number): number | null {
  let k = top - 1;
  for (let seen = 0; seen < 3; seen++) {
    while (k > floor && isBlank(lines[k])) k--;
    if (k <= floor || hasTab(lines[k]) || !isTitleLine(lines[k]) || (k - 1 > floor && !isBlank(lines[k - 1]))) return null;
    const text = lines[k].trim();
    if (readUnitStatement(text, 'USD')?.note === text) return k;
    k--;
  }
  return null;
}

function proseKind(lines: string[], n: number): ProseLine['kind'] {
  const text = lines[n].trim();
  if (/^-(\s|$)/.test(text)) return 'bullet';
  const alone = (m: number) => m < 0 || m >= lines.length || isBlank(lines[m]);
  if (text.length <= 80 && !/[.,;]$/.test(text) && alone(n - 1) && alone(n + 1)) return 'heading';
  return 'paragraph';
}
