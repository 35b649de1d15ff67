import type { FactStatus } from '../types.ts';
import { CURRENCY_SYMBOL, currencyOfSymbol } from '../units/currencies.ts';
import { CURRENCY_NAME } from '../currency-names.ts';
import { rangeSplits } from '../range-joins.ts';
import { Kept } from '../kept.ts';

/** What the printed text of a value says its unit is. */
export type UnitHint = 'percent' | 'basis-points' | 'percentage-points' | 'minor-currency' | 'ratio';

/** A value cell as printed, read. */
export interface ParsedValue {
  /** Exact decimal string, sign applied, separators removed; null unless status is 'reported'. */
  value: string | null;
  status: FactStatus;
  decimals: number;
  /** A unit the printed text itself states: "16.4%", "590 BPS", "(2.7) pts", "24.5c". */
  unitHint: UnitHint | null;
  /** Printed with a dollar sign ("$", "US$", "S$"). */
  dollar: boolean;
  /** The currency symbol or code printed with the figure ("$", "£", "RMB"), or null. */
  symbol: string | null;
  underlined: boolean;
  /** Printed as approximate: "~ $ 310", "≈ 0.10" (an outlook's estimate, not a figure that ties exactly). */
  approximate: boolean;
  /** Footnote marks printed after the figure: "390,000(1)" → ["1"]. */
  footnotes: string[];
  /** Status 'range': its two ends ("$111.0 - $112.0" → 111.0 and 112.0). */
  range?: { low: string; high: string };
}

const UNDERLINE = /^<u>([\s\S]*)<\/u>$/i;
const SUPERSCRIPTS: Record<string, string> = {
  '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁰': '0',
};
/** A footnote mark after a figure: "(1)" or "(a)" right after it, superscripts, asterisks, daggers, carets ("$14.0^": Intel's "^ No adjustment on a non-GAAP basis"). */
const FOOTNOTE = /(?<=[\d%)a-z])\((\d{1,2}|[a-z])\)$|\s*([¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*{1,3}|\^{1,2}|[†‡§]+)$/;
const DIRECTION = /^(up|down|flat|higher|lower)\b\s*/i;
/** "~ $ 310", "≈0.10": the figure that follows is approximate. */
const APPROXIMATE = /^[~≈∼]\s*/;
// A currency's name before a figure ("Yen 263.8") as well as its symbol or code.
const CURRENCY = new RegExp(String.raw`^(${CURRENCY_SYMBOL}|${CURRENCY_NAME})\s*`);
const TRAILING_CURRENCY = new RegExp(String.raw`\s*(${CURRENCY_SYMBOL})$`);
// "2.61x", "4.0:1": a multiple; "-0.4 p.p": percentage points.
// "18.54 Sen", "12.5 cents", "9 pence": a per-share figure in the currency's hundredth (Dow Jones' Malaysian summary tables print Sen).
// "(1.8) ppt" (Mastercard's EX-99.1 of April 2020) and "1.0 pts." are points too.
const SUFFIX = String.raw`(%|bps\.?|bp\.?|basis\s+points|pts\.?|ppts?|pp|p\.p\.?|percentage\s+points|points|sen|cents?|pence|c|p|x|×|:1)`;
const NIL = /^(?:-+|—+|–|−|nil|none)$/i;
/** The text before an optional unit suffix ("—%" → "—" and "%"). */
const BARE = new RegExp(String.raw`^(.*?)\s*${SUFFIX}?$`, 'i');
const NOTE_MARK_ALONE = /^\*{1,3}$/;
// "TBD": a figure not yet determined, so none is given (Chesapeake Utilities' estimates of a rate case, 2Q26).
// With the unit of the column it stands in: Kelly's "NM%" among its percentages (4Q24).
const NOT_MEANINGFUL = /^(?:n\/?m|n\.m\.?|nmf|n\/a|na|n\.a\.?|n\.s\.?|not\s+meaningful|not\s+significant|not\s+applicable|tbd)\s?%?$/i;
/** A bound rather than a figure: ">100", "(>100)", "<1%". */
const BOUND = /^\(?\s*[<>]\s*\d[\d,]*(?:\.\d+)?\s*\)?\s*%?$/;
// Grouped with commas (or no-break/thin spaces; or in India's lakhs and crores, "3,78,147") or plain digits, optional
// fraction, optional suffix;
// no whole digits before a fraction (".42", "$(.03)") is how older releases print per-share figures.
const NUMBER = new RegExp(
  String.raw`^(\()?\s*([-+−–])?\s*(${CURRENCY_SYMBOL})?\s*(\d{1,3}(?:[,\u00a0\u2009\u202f]\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+|(?=\.\d))(?:\.(\d+))?\s*${SUFFIX}?\s*(\))?\s*${SUFFIX}?$`,
  'i',
);

/**
 * Reads one printed value: `\$ 31,197`, `(1,271)`, `\$ (0.03)`, `16.4%`, `590 BPS`, `-3%`,
 * `+3.6%`, `−2`, `.42`, `$(.03)`, `(1)%`, `(2.7) pts`, `(78) bps`, `Up 46%`, `Down 22.0 pts`, `Flat`, `£1,234`,
 * `24.5c`, `18.54 Sen`, `390,000(1)`, nil marks (`-`, `----`, `—`, `–`, `--`, `Nil`, `—%`), not meaningful
 * (`n/m`, `NM`, `N/A`, `>100`), any of them inside `<u>…</u>`.
 * Returns null when the text is not a value of any of these forms.
 */
export function parseValue(text: string): Readonly<ParsedValue> | null {
  // Each cell is read by the layout, for its rule marks and for its figure; and a release prints the same
  // few texts often ("—", "n/m"). A reading is kept per text (bounded), frozen since it is shared.
  if (text.length > KEPT_LENGTH) return readValue(text);
  return readings.get(text, () => {
    const value = readValue(text);
    if (value) {
      Object.freeze(value.footnotes);
      if (value.range) Object.freeze(value.range);
      Object.freeze(value);
    }
    return value;
  });
}

const KEPT_LENGTH = 200;
const readings = new Kept<Readonly<ParsedValue> | null>(20_000);

function readValue(text: string): ParsedValue | null {
  let rest = text.trim();
  const under = UNDERLINE.exec(rest);
  if (under) rest = under[1].trim();
  rest = rest.replace(/\\\$/g, '$');
  const footnotes: string[] = [];
  for (let m = FOOTNOTE.exec(rest); m && rest.length > m[0].length; m = FOOTNOTE.exec(rest)) {
    const mark = m[1] ?? m[2];
    footnotes.unshift([...mark].map((c) => SUPERSCRIPTS[c] ?? c).join(''));
    rest = rest.slice(0, m.index).trimEnd();
  }
  const approx = APPROXIMATE.exec(rest);
  if (approx) rest = rest.slice(approx[0].length);
  let direction: string | null = null;
  const dir = DIRECTION.exec(rest);
  if (dir) {
    direction = dir[1].toLowerCase();
    rest = rest.slice(dir[0].length);
  }
  let symbol: string | null = null;
  const cur = [CURRENCY.exec(rest), TRAILING_CURRENCY.exec(rest)].find((c) => c && isSymbol(c[1]));
  if (cur && (cur.index > 0 || cur[0].length < rest.length)) {
    symbol = cur[1];
    rest = cur.index === 0 ? rest.slice(cur[0].length) : rest.slice(0, cur.index);
  }
  const base = {
    dollar: symbol !== null && symbol.includes('$'),
    symbol,
    underlined: under !== null,
    approximate: approx !== null,
    footnotes,
    decimals: 0,
  };

  if (direction === 'flat' && rest === '') return { ...base, value: '0', status: 'reported', unitHint: null };
  const bare = BARE.exec(rest)!;
  if (NIL.test(bare[1]) && !direction) return { ...base, value: null, status: 'nil', unitHint: hintOf(bare[2]) };
  // A note's mark alone where a figure goes: the figure is not given, and the note says why (Green Plains' segment table,
  // 4Q24: "*" in its "% Var." columns, "* Percentage variances not considered meaningful"). No value, never a figure a
  // check could use; read so that the line it stands in is a line of figures (an unlabelled total printing one).
  if (NOTE_MARK_ALONE.test(rest) && !direction) return { ...base, value: null, status: 'not-meaningful', unitHint: null, footnotes: [...footnotes, rest] };
  if (NOT_MEANINGFUL.test(rest) || BOUND.test(rest)) {
    return { ...base, value: null, status: 'not-meaningful', unitHint: /%$/.test(rest) ? 'percent' : null };
  }

  const m = NUMBER.exec(rest);
  if (!m) return direction ? null : parseRange(rest, base);
  const [, open, sign, innerSymbol, whole, fraction = '', suffix1, close, suffix2] = m;
  if (Boolean(open) !== Boolean(close) || (open && sign) || (suffix1 && suffix2) || (innerSymbol && (symbol || !isSymbol(innerSymbol)))) return null;
  if (direction && (open || sign)) return null;
  const suffix = suffix1 ?? suffix2;
  if (suffix && /^[cp]$/i.test(suffix) && (open || sign || direction)) {
    // "(24.5c)" is a negative amount in cents; "(5)p" is not a form anyone prints.
    if (!(open && suffix1)) return null;
  }
  const digits = (whole.replace(/[,\u00a0\u2009\u202f]/g, '') || '0') + (fraction ? `.${fraction}` : '');
  const negative = Boolean(open || (sign && sign !== '+') || direction === 'down' || direction === 'lower') && /[1-9]/.test(digits);
  if (innerSymbol) {
    base.symbol = innerSymbol;
    base.dollar = innerSymbol.includes('$');
  }
  return {
    ...base,
    value: normalizeDigits(digits, negative),
    status: 'reported',
    decimals: fraction.length,
    unitHint: hintOf(suffix),
  };
}

/**
 * A range printed as one figure ("$111.0 - $112.0", "$0.80-$0.85", "5% to 7%", "(0.10) - 0.05"):
 * two figures of one kind, each read as parseValue reads a figure. A unit printed on one end
 * holds for both ("5 - 7%"); the one a figure keeps is the finer of the two ends' places.
 */
function parseRange(text: string, base: Omit<ParsedValue, 'value' | 'status' | 'unitHint'>): ParsedValue | null {
  for (const [leftText, rightText] of rangeSplits(text, base.symbol !== null)) {
    const left = parseValue(leftText);
    const right = parseValue(rightText);
    if (left?.status !== 'reported' || right?.status !== 'reported' || left.range || right.range) continue;
    if (left.unitHint && right.unitHint && left.unitHint !== right.unitHint) continue;
    if (left.symbol && right.symbol && left.symbol !== right.symbol) continue;
    const symbol = base.symbol ?? left.symbol ?? right.symbol;
    return {
      ...base,
      symbol,
      dollar: base.dollar || left.dollar || right.dollar,
      value: null,
      status: 'range',
      decimals: Math.max(left.decimals, right.decimals),
      unitHint: left.unitHint ?? right.unitHint,
      footnotes: [...base.footnotes, ...left.footnotes, ...right.footnotes],
      range: { low: left.value!, high: right.value! },
    };
  }
  return null;
}

/** "$", "£", "US$", "RMB", "EUR" — but not three capitals that name no currency ("BPS", "PTS"). */
function isSymbol(text: string): boolean {
  return currencyOfSymbol(text, 'USD') !== null;
}

function hintOf(suffix: string | undefined): UnitHint | null {
  if (!suffix) return null;
  // "(51) bp." (Oracle's margin change) abbreviates as "bp" does.
  const s = suffix.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
  if (s === '%') return 'percent';
  if (s === 'bps' || s === 'bp' || s === 'basis points') return 'basis-points';
  if (s === 'c' || s === 'p' || s === 'sen' || s === 'cent' || s === 'cents' || s === 'pence') return 'minor-currency';
  if (s === 'x' || s === '×' || s === ':1') return 'ratio';
  return 'percentage-points';
}

/** Drops leading zeros of the whole part ("007" → "7") but keeps printed fraction digits. */
function normalizeDigits(digits: string, negative: boolean): string {
  const trimmed = digits.replace(/^0+(?=\d)/, '');
  return negative ? `-${trimmed}` : trimmed;
}
