import type { Fact, IngestIssue, Period, Table, TableColumn, TableRow } from '../types.ts';
import { issueAt } from '../issues.ts';
import { splitCells, type Cell } from './cells.ts';
import { parseValue, type ParsedValue } from './parse-value.ts';
import { parseHeaderPeriod, isSpanHeader, priorPeriod, changePeriod, type FiscalCalendar } from './periods.ts';
import { parseLabel, rowSlug, sectionSlug, slugify, isAllCaps, lineItem } from './labels.ts';
import { inferUnit, scaleOf } from './units.ts';
import { findLabelNumbers } from './label-numbers.ts';
import { messages } from './messages.ts';
import type { TableBlock } from './layout.ts';
import type { Caption } from './caption.ts';

export interface TableContext {
  file: string;
  release: string;
  lines: string[];
  calendar: FiscalCalendar;
  /** Power of ten for tables whose caption states no scale. */
  defaultScale: number;
  /** Concept of a `table/row` key. */
  concepts: Map<string, string>;
}

export interface BuiltTable {
  table: Table | null;
  facts: Fact[];
  periods: Period[];
  issues: IngestIssue[];
}

/** A row read from a line, before ids are given. */
interface DraftRow {
  line: number;
  labelCell: Cell;
  label: ReturnType<typeof parseLabel>;
  rawLabel: string;
  section: string[];
  kind: TableRow['kind'];
  total: boolean;
  values: { index: number; cell: Cell; parsed: ParsedValue }[];
}

/**
 * Turns one located table into a Table and its facts. Problems are collected, never
 * thrown: every value that can be read becomes a fact even when its neighbours cannot.
 */
export function buildTable(block: TableBlock, caption: Caption, id: string, ctx: TableContext): BuiltTable {
  const issues: IngestIssue[] = [];
  const at = (line: number, column: number, message: string) =>
    issues.push(issueAt(ctx.file, { line, column }, message));

  if (block.header.length === 0) {
    const first = block.body[0];
    at(first + 1, 1, messages.noHeader());
    return { table: null, facts: [], periods: [], issues };
  }

  const { columns, periods, width } = readHeader(block.header, ctx, at);
  const scale = caption.scale ?? ctx.defaultScale;
  const drafts = readRows(block.body, width, columns, ctx, at);
  const ids = rowIds(drafts);

  const facts: Fact[] = [];
  const rows: TableRow[] = drafts.map((draft, r) => {
    const rowId = ids[r];
    const base = {
      release: ctx.release,
      table: id,
      label: draft.label.text,
      section: draft.section,
      footnotes: draft.label.footnotes,
      total: draft.total,
    };
    const cells: (string | null)[] = columns.map(() => null);
    for (const { index, cell, parsed } of draft.values) {
      const column = columns[index];
      if (!column?.period) continue; // its header was reported as unreadable
      const unit = inferUnit(lineItem(draft.label.text), draft.section, parsed.unitHint);
      const fact: Fact = {
        ...base,
        id: `${ctx.release}/${id}/${rowId}/${column.period}`,
        row: rowId,
        concept: ctx.concepts.get(`${id}/${rowId}`) ?? null,
        period: column.period,
        value: parsed.value,
        status: parsed.status,
        unit,
        scale: scaleOf(unit, scale),
        decimals: parsed.decimals,
        raw: cell.text,
        line: draft.line,
        column: cell.column,
        total: draft.total || parsed.underlined,
        underlined: parsed.underlined,
        dollar: parsed.dollar,
        origin: 'cell',
      };
      facts.push(fact);
      cells[index] = fact.id;
    }
    const labelFacts = readLabelNumbers(draft, rowId, id, scale, columns, ctx, at).map((f) => {
      facts.push({ ...base, ...f, total: false });
      return f.id;
    });
    return {
      id: rowId,
      label: draft.label.text,
      rawLabel: draft.rawLabel,
      section: draft.section,
      kind: draft.kind,
      total: draft.total || draft.values.some((v) => v.parsed.underlined),
      footnotes: draft.label.footnotes,
      cells,
      labelFacts,
      line: draft.line,
      column: draft.labelCell.column,
    };
  });

  const firstLine = (block.caption[0] ?? block.header[0]) + 1;
  const table: Table = {
    id,
    release: ctx.release,
    title: caption.title,
    unitNote: caption.unitNote,
    scale,
    columns: columns.filter((c): c is TableColumn => c.period !== null),
    rows,
    line: firstLine,
    column: 1,
    endLine: Math.max(...block.header, ...block.body) + 1,
  };
  return { table, facts, periods, issues };
}

type Report = (line: number, column: number, message: string) => void;
type DraftColumn = Omit<TableColumn, 'period'> & { period: string | null };

/**
 * Reads the header lines into one period per column. Text in a header line applies to
 * its own column, except a span phrase ("Three Months Ended …"), which applies to every
 * column up to the next non-empty cell; a column's texts are joined across lines.
 */
function readHeader(headerLines: number[], ctx: TableContext, at: Report) {
  const rows = headerLines.map((n) => splitCells(ctx.lines[n]).slice(1).map((c) => ({ ...c, line: n + 1 })));
  const width = Math.max(...rows.map((cells) => cells.reduce((w, c, i) => (c.text ? i + 1 : w), 0)));
  const texts: string[][] = Array.from({ length: width }, () => []);
  const origin: ({ line: number; column: number } | null)[] = Array.from({ length: width }, () => null);
  for (const cells of rows) {
    for (let i = 0; i < width; i++) {
      const cell = cells[i];
      if (!cell?.text) continue;
      const text = cell.text.replace(/<\/?u>/gi, '').replace(/\s+/g, ' ').trim();
      let last = i;
      if (isSpanHeader(text)) while (last + 1 < width && !cells[last + 1]?.text) last++;
      for (let j = i; j <= last; j++) {
        texts[j].push(text);
        origin[j] ??= { line: cell.line, column: cell.column };
      }
    }
  }

  const periods = new Map<string, Period>();
  const columns: DraftColumn[] = texts.map((parts, i) => {
    const header = parts.join(' ');
    const where = origin[i] ?? { line: headerLines[0] + 1, column: 1 };
    return { header, period: null, ...where };
  });
  const parsed = columns.map((c) => parseHeaderPeriod(c.header, ctx.calendar));
  parsed.forEach((p, i) => {
    if (!p) at(columns[i].line, columns[i].column, messages.badPeriod(columns[i].header));
    else if (p.kind === 'period') {
      periods.set(p.period.id, p.period);
      columns[i].period = p.period.id;
    }
  });
  // Change columns compare the first period with the one a year or a quarter before it.
  const current = parsed.find((p) => p?.kind === 'period' && p.period.kind === 'duration');
  parsed.forEach((p, i) => {
    if (p?.kind !== 'change') return;
    if (current?.kind !== 'period') return at(columns[i].line, columns[i].column, messages.noCurrent());
    const expected = priorPeriod(current.period, p.basis, ctx.calendar);
    const prior = periods.get(expected.id);
    if (!prior) return at(columns[i].line, columns[i].column, messages.noPrior(p.basis, expected.label));
    const change = changePeriod(current.period, prior, p.basis);
    periods.set(change.id, change);
    columns[i].period = change.id;
  });
  return { columns, periods: [...periods.values()], width };
}

/** Reads rows, tracks the section each one sits in, and reads every value cell. */
function readRows(bodyLines: number[], width: number, columns: DraftColumn[], ctx: TableContext, at: Report): DraftRow[] {
  interface Section {
    label: string;
    caps: boolean;
    hasValues: boolean;
  }
  const stack: Section[] = [];
  const drafts: DraftRow[] = [];

  for (const n of bodyLines) {
    const source = ctx.lines[n];
    const cells = splitCells(source);
    const labelCell = cells[0];
    const label = parseLabel(labelCell.text);
    const valueCells = cells.slice(1);
    const extra = valueCells.filter((c, i) => i >= width && c.text);
    if (extra.length > 0) {
      const found = valueCells.filter((c) => c.text).length;
      const periods = columns.map((c) => c.period ?? '?');
      at(n + 1, extra[0].column, messages.tooManyValues(width, periods, found));
    }
    const values: DraftRow['values'] = [];
    valueCells.forEach((cell, index) => {
      if (!cell.text || index >= width) return;
      const parsed = parseValue(cell.text);
      if (!parsed) at(n + 1, cell.column, messages.badNumber(cell.text));
      else values.push({ index, cell, parsed });
    });
    const printedValues = valueCells.some((c) => c.text);
    const section = stack.map((s) => s.label);

    let kind: TableRow['kind'] = 'values';
    if (!printedValues) {
      const caps = isAllCaps(label.text) && !label.colon;
      kind = label.colon || caps ? 'section' : 'label';
      if (kind === 'section') {
        if (caps) stack.length = 0;
        else if (stack.at(-1) && !stack.at(-1)!.caps && stack.at(-1)!.hasValues) stack.pop();
        drafts.push({ line: n + 1, labelCell, label, rawLabel: labelCell.text, section: stack.map((s) => s.label), kind, total: false, values });
        stack.push({ label: label.text, caps, hasValues: false });
        continue;
      }
    } else if (stack.length) {
      stack.at(-1)!.hasValues = true;
    }

    const total = /^total\b/i.test(label.text);
    drafts.push({ line: n + 1, labelCell, label, rawLabel: labelCell.text, section, kind, total, values });
    if (total) closeSection(stack, label.text);
  }
  return drafts;
}

/** "Total current assets" closes "Current assets"; a bare "Total" closes the innermost section. */
function closeSection(stack: { label: string }[], totalLabel: string): void {
  const named = slugify(totalLabel.replace(/^total\b/i, ''));
  const index = named === '' ? stack.length - 1 : stack.findLastIndex((s) => slugify(s.label) === named);
  if (index >= 0) stack.length = index;
}

/**
 * Row ids: the label's slug, prefixed with the innermost section's slug where the label
 * alone repeats within the table. Derived from the printed text, never from positions.
 */
function rowIds(drafts: DraftRow[]): string[] {
  const plain = drafts.map((d) => rowSlug(d.label.text) || 'row');
  const counts = new Map<string, number>();
  for (const s of plain) counts.set(s, (counts.get(s) ?? 0) + 1);
  const qualified = drafts.map((d, i) => {
    if (counts.get(plain[i])! === 1 || d.section.length === 0) return plain[i];
    return `${sectionSlug(d.section.at(-1)!)}--${plain[i]}`;
  });
  // Same label in the same section twice: number the repeats by their order among equals.
  const seen = new Map<string, number>();
  return qualified.map((id) => {
    const k = (seen.get(id) ?? 0) + 1;
    seen.set(id, k);
    return k === 1 ? id : `${id}-${k}`;
  });
}

/** Facts for numbers printed inside a label, located at their own column. */
function readLabelNumbers(
  draft: DraftRow,
  rowId: string,
  tableId: string,
  scale: number,
  columns: DraftColumn[],
  ctx: TableContext,
  at: Report,
): Omit<Fact, 'release' | 'table' | 'label' | 'section' | 'footnotes' | 'total'>[] {
  const raw = draft.rawLabel;
  const columnOf = (index: number) => draft.labelCell.column + [...raw.slice(0, index)].length;
  const { numbers, errors } = findLabelNumbers(raw);
  for (const e of errors) at(draft.line, columnOf(e.index), e.message);
  const periods = columns.map((c) => c.period);
  const out: ReturnType<typeof readLabelNumbers> = [];
  for (const number of numbers) {
    const { values } = number;
    if (values.length !== 1 && values.length !== periods.length) {
      at(draft.line, columnOf(values[0].index), messages.labelPairs(values.length, periods.length));
      continue;
    }
    values.forEach((v, i) => {
      // One number for several columns ("120,000 shares authorized") is stated as of the first column.
      const period = periods[values.length === 1 ? 0 : i];
      if (!period) return;
      const row = `${rowId}.${number.measure}`;
      out.push({
        id: `${ctx.release}/${tableId}/${row}/${period}`,
        row,
        concept: ctx.concepts.get(`${tableId}/${row}`) ?? null,
        period,
        value: v.value,
        status: 'reported',
        unit: number.unit,
        scale: number.units ? 0 : scaleOf(number.unit, scale),
        decimals: v.decimals,
        raw: v.raw,
        line: draft.line,
        column: columnOf(v.index),
        underlined: false,
        dollar: v.dollar,
        origin: 'label',
      });
    });
  }
  return out;
}
