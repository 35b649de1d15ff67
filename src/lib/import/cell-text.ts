/**
 * What a table cell's printed text is: a figure, a nil mark, a currency symbol or closing
 * mark printed in a cell of its own, a year, a unit statement, a footnote. Table-driven
 * tests in test/lib/import/cell-text.test.ts name each form.
 */
import { rangeSplits } from '../range-joins.ts';
import { CURRENCY_NAME } from '../currency-names.ts';

/** Currency symbols, codes and names that print before a figure ("$", "US$", "€", "RMB", "NT$", "Yen"). */
const CURRENCY = new RegExp(String.raw`^(?:US\$|[A-Z]{1,3}\$|\$|€|£|¥|₹|₩|₽|₪|₺|฿|R\$|RMB|Rs\.?|CHF|USD|EUR|GBP|JPY|CNY|CAD|AUD|HKD|SGD|TWD|INR|${CURRENCY_NAME})$`);
/**
 * A closing mark printed in its own cell after a figure: "(65" then ")"; or the close with the figure's note mark
 * after it, ")(a)" (Apple's 3Q FY2004 "(8 | )(a)").
 */
const CLOSER = /^(?:\)|%|\)\s*%|%\s*\)|\)\s*\((?:[a-zA-Z]|\d{1,2})\))$/;
/** A unit word printed in its own cell after a figure: "10.1" then "pts". */
const UNIT_WORD = /^(?:pts?\.?|bps|bp|points?|x|×|percent)$/i;
/** Footnote marks that may follow a figure or a label. */
const FOOTNOTE_TAIL = /(?:\s*\((?:\d{1,2}|[a-zA-Z]{1,2})\)|\s*\[\d{1,2}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?:,[¹²³⁴⁵⁶⁷⁸⁹⁰]+)*|\*+|†+|‡+|§)+$/;
const SYMBOL = String.raw`(?:US\$|[A-Z]{1,3}\$|\$|€|£|¥|₹|₩|₽|R\$|RMB|CHF|${CURRENCY_NAME})`;
/**
 * A printed figure: optional direction word, sign, currency, parentheses and unit; a
 * parenthesis may be left open when its closing mark sits in the next cell. Thousands grouped by
 * dots take a decimal comma ("1.234,5"): "360.733.3050" is a telephone number (Horizon
 * Financial's contacts, hrzb-fy2006-q3.txt), not 360,733.305. Indian grouping, lakhs and crores in pairs of digits
 * over the last three ("3,78,147", "1,23,45,678": Shyam Metalics' tonnes), is a figure too.
 */
const FIGURE = new RegExp(
  String.raw`^(?:(?:up|down|increase|decrease|higher|lower)\s+)?[+\-−–]?\s*\(?\s*(?:${SYMBOL}\s*)?[+\-−–]?\s*\(?\s*(?:\d{1,3}(?:[,\u00a0 ]\d{3})+(?:[.,]\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?|\.\d+)\s*\)?\s*(?:%|pts?\.?|bps|bp|points?|x|×|:1|percent|sen|cents?|pence)?\s*\)?\s*%?$`,
  'i',
);
/**
 * A figure led by a direction word says what it measures ("Up 46%", "Down 22.0 pts", "Higher
 * $1.2"): a bare number after the word is a label that names a place or a rank ("Lower 48",
 * the oil industry's contiguous states), not a change.
 */
const DIRECTION = /^(?:up|down|increase|decrease|higher|lower)\s+/i;
const MARKED = new RegExp(String.raw`${SYMBOL}|%|\b(?:pts?\.?|bps|bp|points?|percent)\b|\d\s*[x×]$`, 'i');
/**
 * Printed in place of a figure: dashes, "n/a", "NM", "nil", "TBD" (an estimate not yet made: Chesapeake Utilities'
 * "FCG Rate Case" in its columns of estimates, 2Q26), optionally with % or a currency.
 */
const NIL = new RegExp(String.raw`^(?:${SYMBOL}\s*)?(?:[-–—−]+|n\.?\s?\/?\s?[am]\.?|n\.s\.|nil|none|nm|tbd|—\s*%|-+\s*%|–\s*%|\*)$`, 'i');

export function stripFootnoteTail(text: string): string {
  const stripped = text.replace(FOOTNOTE_TAIL, '').trim();
  return stripped || text;
}

export function isCurrencySymbol(text: string): boolean {
  return CURRENCY.test(text.trim());
}

/** An opening parenthesis printed in its own cell before a figure, alone, after the currency symbol or before it ("(", "$ (", "($"). */
export function isOpener(text: string): boolean {
  return /^(?:(?:US\$|[A-Z]{1,3}\$|\$|€|£|¥)\s*)?\($|^\(\s*(?:US\$|[A-Z]{1,3}\$|\$|€|£|¥)$/.test(text.trim());
}

/** A mark printed in its own cell before a figure to say it is approximate ("~" then "$ 310"). */
export function isApproximation(text: string): boolean {
  return /^(?:~|≈|approx\.?|approximately)$/i.test(text.trim());
}

export function isCloser(text: string): boolean {
  return CLOSER.test(text.trim());
}

export function isUnitWord(text: string): boolean {
  return UNIT_WORD.test(text.trim());
}

/** A figure as printed ("$5,931", "(65", "53.6", "Up 46%", "(2.7) pts", "−2", "1.5x", "18.54 Sen"). */
export function isFigure(text: string): boolean {
  // An approximate figure ("~ $ 310") is a figure.
  const t = stripUnderline(text).trim().replace(/^(?:~|≈|approx\.|approximately)\s*(?=\S)/i, '');
  if (!/\d/.test(t)) return false;
  if (DIRECTION.test(t) && !MARKED.test(t)) return false;
  return FIGURE.test(stripFootnoteTail(t)) || FIGURE.test(t) || isRange(t);
}

/** A range printed as one figure, as outlooks print them ("$111.0 - $112.0", "5% to 7%"); a span of years is none. */
function isRange(text: string): boolean {
  for (const [left, right] of rangeSplits(text)) if (FIGURE.test(left) && FIGURE.test(right)) return true;
  return false;
}

export function isNilMark(text: string): boolean {
  return NIL.test(stripUnderline(text).trim());
}

/** A figure or a mark printed in its place. */
export function isValueText(text: string): boolean {
  return isFigure(text) || isNilMark(text);
}

/** A year as column headers print it ("2023", "2024 (1)", "2022*"). */
export function isYear(text: string): boolean {
  return /^(?:19|20)\d{2}$/.test(stripFootnoteTail(text.trim()));
}

/**
 * A date's day and year run together where a heading wraps its date ("As of December" over "31,2024", Danaos' balance
 * sheet, 4Q24): no figure, its digits grouped as no figure's are, but the end of the heading above it.
 */
export function isDayAndYear(text: string): boolean {
  return /^(?:0?[1-9]|[12]\d|3[01]),\s?(?:19|20)\d{2}$/.test(stripFootnoteTail(text.trim()));
}

/** Currency codes a table's unit statement may print before its scale. */
const ISO_CURRENCIES = 'USD|EUR|GBP|JPY|CNY|CAD|AUD|HKD|SGD|TWD|INR|CHF|SEK|NOK|DKK|ISK|PLN|CZK|HUF|ZAR|BRL|MXN|KRW|NZD';

/**
 * A unit statement: "(In millions, except per share data)", "($ in millions)",
 * "(Amounts in Thousands Except Per Share Amounts)", "(dollars in millions)", "£m", "($000)".
 */
export function isUnitStatement(text: string): boolean {
  const t = text.trim();
  if (t.length > 140) return false;
  if (/^\(?\s*(?:in\s+)?(?:US\s*)?[$€£¥]\s*(?:'?000s?|m|mn|mm|bn|k|millions?|billions?|thousands?)\s*\)?$/i.test(t)) return true;
  // A currency's code and a scale, as European issuers head their tables: "SEK m", "EUR bn", "(NOK million)".
  if (new RegExp(String.raw`^\(?\s*(?:in\s+)?(?:${ISO_CURRENCIES})\s*(?:'?000s?|m|mn|bn|k|millions?|billions?|thousands?)\s*\)?$`).test(t)) return true;
  // "000" names thousands only on its own ("($000)", "'000s"), never as the digits of a figure: Asta Funding's
  // "Preferred stock, $.01 par value; authorized 5,000,000;" states a count of shares, no scale.
  if (!/\b(?:thousands?|millions?|billions?)\b|(?<!\d[,.]?)(?:\b000s?|'000s?|\b000's)\b/i.test(t) && !/\$000/.test(t)) return false;
  // A sentence that happens to say "millions" is not a unit statement.
  return /^\(|^\[|^(?:in|amounts|dollars|figures|all amounts|unaudited|\$|€|£|US\$)\b/i.test(t) || t.split(/\s+/).length <= 8;
}

/** "(Unaudited)" and its variants, printed above a table. */
export function isUnauditedNote(text: string): boolean {
  return /^\(?\s*unaudited\s*\)?$/i.test(text.trim());
}

/** A footnote printed as a table row: "(A) Acquisition-related …", "(1) Excludes …", "* Not meaningful". */
export function isFootnoteText(text: string): boolean {
  const t = text.trim();
  if (/^(?:\((?:\d{1,2}|[a-zA-Z]{1,2})\)|\[\d{1,2}\]|\d{1,2}[.)]|[*†‡§]+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*\S/.test(t) && t.length > 12) return true;
  if (/^(?:notes?|source|sources)\s*:/i.test(t)) return true;
  // A long sentence under the rows is a note, not a line item.
  return t.length > 140 && /[.)]$/.test(t);
}

function stripUnderline(text: string): string {
  return text.replace(/^<u>([\s\S]*)<\/u>$/i, '$1');
}
