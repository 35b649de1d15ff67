/**
 * A cell's value as HTML, chosen by its type, formatted as the release's tables are:
 * - an Arquero table, or an array of plain objects → `<table>` (first `maxRows` rows), numbers
 *   grouped with negatives in parentheses and right-aligned, null (and, in a column of
 *   figures, undefined, as a pivot leaves it) as the nil mark "—";
 * - a fact (what `fact()` returns, or a row of `facts.objects()`) → what a reader needs of it: its
 *   line item, period, figure as printed, value, reading (unit, scale, precision), source line and
 *   id, the names of its other fields below; an array of facts → a table of the same, a fact a row;
 *   a check (what `check()` returns) → its title, verdict, the figure printed and recomputed, the
 *   tolerance, formula, explanation and id, the names of its other fields below;
 * - a plain object → a table of its keys and values;
 * - a DOM element Plot made (SVG or figure) → inline SVG markup (charts/serializeChart);
 * - Markup (what chart helpers of the scope return) → its HTML, as is;
 * - a number, bigint or Decimal → the number, grouped (many places are cut, marked "…");
 *   a string or boolean → text;
 * - anything else (an array of scalars, a nested value) → indented JSON in `<pre>`;
 * - undefined → no output.
 * Period ids ("2010-q2") in headers and cells read as their labels ("Q2 2010") when the page
 * says how (`label`). Every piece of text is HTML-escaped; only chart markup, which linkedom
 * serialized (escaping its text), is inlined as is.
 */
import { Table, from as tableFrom } from 'arquero';
import { serializeChart } from '../charts/index.ts';
import { formatNumber, formatTableNumber, isDecimalText, MAX_PLACES, printedText, readingWords } from '../format/index.ts';
import { escapeHtml, inlineText, isDecimal, Markup } from '../markup.ts';

export { escapeHtml, inlineText, isDecimal, Markup };

export type OutputKind = 'none' | 'table' | 'chart' | 'text' | 'json';

export interface Output {
  kind: OutputKind;
  html: string;
}

export interface OutputOptions {
  /** Rows of a table shown before "… n more rows". */
  maxRows?: number;
  /** Text alternative for a chart that has none of its own. */
  chartTitle?: string;
  /** A reader's name for an id shown in a header or cell ("2010-q2" → "Q2 2010"), or undefined to keep it. */
  label?: (text: string) => string | undefined;
}

export function renderOutput(value: unknown, options: OutputOptions = {}): Output {
  if (value === undefined) return { kind: 'none', html: '' };
  if (value instanceof Markup) return { kind: 'chart', html: value.html };
  if (value instanceof Table) return { kind: 'table', html: tableHtml(value, options) };
  if (isElement(value)) return { kind: 'chart', html: serializeChart(value, options.chartTitle ? { title: options.chartTitle } : {}) };
  if (typeof value === 'number' || typeof value === 'bigint' || isDecimal(value)) {
    return { kind: 'text', html: `<output>${escapeHtml(scalarNumber(value))}</output>` };
  }
  const text = inlineText(value);
  if (text !== undefined) return { kind: 'text', html: `<output>${escapeHtml(cut(text, MAX_TEXT))}</output>${moreText(text, MAX_TEXT)}` };
  if (isFact(value)) return { kind: 'table', html: factHtml(value, options) };
  if (isCheck(value)) return { kind: 'table', html: checkHtml(value, options) };
  const list = value as unknown as unknown[];
  if (Array.isArray(list) && list.length > 0 && list.every(isFact)) {
    return { kind: 'table', html: tableHtml(tableFrom(list.map((f) => readerFields(f, options))), options) };
  }
  if (Array.isArray(list) && list.length > 0 && list.every(isPlainObject)) {
    return { kind: 'table', html: tableHtml(tableFrom(list), options) };
  }
  if (isPlainObject(value) && Object.keys(value).length > 0) return { kind: 'table', html: objectHtml(value, options) };
  const json = toJson(value);
  return { kind: 'json', html: `<pre>${escapeHtml(cut(json, MAX_TEXT))}</pre>${moreText(json, MAX_TEXT)}` };
}

/**
 * The most characters of text or JSON an output shows, and of one table cell: a cell may return anything (a string of
 * 20 MB, two million numbers), and its page must stay a page; what is cut is said, as a table's rows past `maxRows` are.
 */
const MAX_TEXT = 100_000;
const MAX_CELL = 1_000;

/** `text` cut to `max` characters, marked "…" where cut (never inside a surrogate pair). */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]!) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}

function moreText(text: string, max: number): string {
  return text.length > max ? `<p class="nb-more">… ${(text.length - max).toLocaleString('en-US')} more characters (${text.length.toLocaleString('en-US')} in all)</p>` : '';
}

/** What a value is, in words, for messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value instanceof Table) return 'table';
  if (isElement(value)) return 'chart';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function isElement(value: unknown): value is Element {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Node).nodeType === 1 &&
    typeof (value as Element).outerHTML === 'string'
  );
}

function tableHtml(table: Table, options: OutputOptions): string {
  const names = table.columnNames();
  const rows = table.objects({ limit: options.maxRows ?? 50 }) as Record<string, unknown>[];
  const numeric = new Set(names.filter((name) => rows.some((row) => isNumeric(row[name])) && rows.every((row) => row[name] == null || isNumeric(row[name]))));
  const head = names.map((name) => `<th scope="col"${numeric.has(name) ? ' class="num"' : ''}>${escapeHtml(labelled(name, options))}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${names.map((name) => cellHtml(row[name], numeric.has(name), options)).join('')}</tr>`)
    .join('');
  const total = table.numRows();
  const more = total > rows.length ? `<p class="nb-more">… ${total - rows.length} more rows (${total} in all)</p>` : '';
  return `<div class="nb-table-wrap" tabindex="0"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>${more}`;
}

function objectHtml(value: Record<string, unknown>, options: OutputOptions): string {
  const entries = Object.entries(value);
  const shown = entries.slice(0, options.maxRows ?? 50);
  const rows = shown
    .map(([key, v]) => `<tr><th scope="row">${escapeHtml(labelled(key, options))}</th>${cellHtml(v, isNumeric(v), options)}</tr>`)
    .join('');
  const more = entries.length > shown.length ? `<p class="nb-more">… ${entries.length - shown.length} more keys (${entries.length} in all)</p>` : '';
  return `<div class="nb-table-wrap" tabindex="0"><table class="nb-object"><tbody>${rows}</tbody></table></div>${more}`;
}

/** The fields of a fact as ingest makes it (types.ts Fact), or as a row of the facts table. */
interface FactLike {
  id: string;
  label: string;
  section: string[] | string;
  period: string;
  dimension?: string | null;
  raw: string;
  value: string | null;
  unit: string;
  scale: number;
  decimals: number;
  line: number;
  column: number;
}

const FACT_FIELDS: [keyof FactLike, string][] = [
  ['id', 'string'], ['label', 'string'], ['period', 'string'], ['raw', 'string'], ['unit', 'string'],
  ['scale', 'number'], ['decimals', 'number'], ['line', 'number'], ['column', 'number'],
];

function isFact(value: unknown): value is FactLike {
  return isPlainObject(value) && FACT_FIELDS.every(([key, type]) => typeof value[key] === type) && 'value' in value && 'section' in value;
}

/** A fact in a reader's words: the fields a reader needs, in order. */
function readerFields(fact: FactLike, options: OutputOptions): Record<string, string | null> {
  const section = Array.isArray(fact.section) ? fact.section.join(' › ') : fact.section;
  return {
    'Line item': section && section !== fact.label ? `${section} › ${fact.label}` : fact.label,
    Period: `${labelled(fact.period, options)}${fact.dimension ? ` (${fact.dimension})` : ''}`,
    Printed: printedText(fact.raw),
    Value: fact.value,
    'Read as': readingWords(fact),
    Source: `release.txt:${fact.line}:${fact.column}`,
    Id: fact.id,
  };
}

function factHtml(fact: FactLike, options: OutputOptions): string {
  const shown = new Set<string>(['id', 'label', 'section', 'period', 'dimension', 'raw', 'value', 'unit', 'scale', 'decimals', 'line', 'column']);
  const others = Object.keys(fact).filter((key) => !shown.has(key));
  const more = others.length > 0 ? `<p class="nb-more">Its other fields: ${escapeHtml(others.join(', '))}.</p>` : '';
  return `${objectHtml(readerFields(fact, options), {})}${more}`;
}

/** The fields of a check as the checks make it (types.ts Check). */
interface CheckLike {
  id: string;
  title: string;
  formula: string;
  explanation: string;
  verdict: string;
  reported: { text: string };
  computed: string | null;
  tolerance: string | null;
}

function isCheck(value: unknown): value is CheckLike {
  return (
    isPlainObject(value) &&
    ['id', 'kind', 'title', 'formula', 'explanation', 'verdict'].every((key) => typeof value[key] === 'string') &&
    isPlainObject(value.reported) &&
    typeof value.reported.text === 'string' &&
    Array.isArray(value.inputs) &&
    'computed' in value
  );
}

const VERDICT_WORDS: Record<string, string> = { exact: 'ties exactly', rounding: 'ties within rounding', mismatch: 'does not tie', unverifiable: 'cannot be verified' };

function checkHtml(check: CheckLike, options: OutputOptions): string {
  const rows: Record<string, string | null> = {
    Check: check.title,
    Verdict: VERDICT_WORDS[check.verdict] ?? check.verdict,
    Printed: printedText(check.reported.text),
    Recomputed: check.computed,
    Tolerance: check.tolerance,
    Formula: check.formula,
    Explanation: check.explanation,
    Id: check.id,
  };
  const shown = new Set(['id', 'title', 'verdict', 'reported', 'computed', 'tolerance', 'formula', 'explanation']);
  const others = Object.keys(check).filter((key) => !shown.has(key));
  const more = others.length > 0 ? `<p class="nb-more">Its other fields: ${escapeHtml(others.join(', '))}.</p>` : '';
  return `${objectHtml(rows, options)}${more}`;
}

function cellHtml(value: unknown, numeric: boolean, options: OutputOptions): string {
  // Arquero turns a null it aggregates (a pivot of nil facts) into undefined: in a column of figures both are nil.
  if (value === undefined) return numeric ? '<td class="num">—</td>' : '<td></td>';
  if (value === null) return `<td${numeric ? ' class="num"' : ''}>—</td>`;
  if (isNumeric(value)) {
    const text = tableNumber(value);
    // A closing parenthesis hangs outside the digits, so figures align as in a statement.
    const html = text.endsWith(')') ? `${escapeHtml(text.slice(0, -1))}<span class="hang">)</span>` : escapeHtml(text);
    return `<td class="num">${html}</td>`;
  }
  const text = inlineText(value);
  if (text !== undefined) return `<td>${escapeHtml(cut(labelled(text, options), MAX_CELL))}</td>`;
  return `<td><code>${escapeHtml(cut(toJson(value, 0), MAX_CELL))}</code></td>`;
}

function isNumeric(value: unknown): boolean {
  return (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'bigint' || isDecimal(value) || isDecimalText(value);
}

/** A number of a table cell in accounting format; JavaScript numbers as their shortest decimal text. */
function tableNumber(value: unknown): string {
  return formatTableNumber(decimalText(value));
}

/** A number, bigint or Decimal as text: grouped, a true minus, many places cut and marked "…". */
export function scalarNumber(value: unknown): string {
  const text = decimalText(value);
  const places = /e/i.test(text) ? MAX_PLACES + 1 : (text.split('.')[1]?.length ?? 0);
  return places > MAX_PLACES ? formatTableNumber(text, { parentheses: false }) : formatNumber(text);
}

function decimalText(value: unknown): string {
  if (isDecimal(value)) return (value as { toFixed(): string }).toFixed();
  return String(value);
}

function labelled(text: string, options: OutputOptions): string {
  return options.label?.(text) ?? text;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function toJson(value: unknown, indent = 2): string {
  try {
    const json = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? String(v) : v), indent);
    return json ?? String(value);
  } catch {
    // Cycles and other values JSON cannot hold; a value that cannot even be made a string (no prototype) is named by its kind.
    try {
      return String(value);
    } catch {
      return Object.prototype.toString.call(value);
    }
  }
}
