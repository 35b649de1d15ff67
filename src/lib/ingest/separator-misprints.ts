import type { Fact } from '../types.ts';

/**
 * Figures printed with a full stop where a thousands separator belongs: "139.435" among whole figures in
 * thousands printed with commas ("141,129", "133,203" beside it; "660,591", "116,972" above and below it),
 * HomeTrust Bancshares' loans table, fiscal 3Q20. Three decimals of a thousand dollars are no precision a table
 * of whole thousands prints, so the figure as printed is doubted, not read as 139.435: a located problem on its
 * cell, and no check rests on it (a total footed over it is not judged, never accused).
 *
 * A figure is doubted where it is money in thousands or more, printed as one to three digits, a full stop and
 * three digits, and every other figure of its unit in its row and in its column, two at least in each, is whole,
 * one at least printing a comma there (so the table's separator is the comma).
 */
export function separatorMisprints(facts: Fact[]): Fact[] {
  const doubted = facts.filter((f) => f.origin === 'cell' && f.status === 'reported' && f.decimals === 3 && f.scale >= 3 && MONEY.test(f.unit) && SHAPE.test(digits(f.raw)));
  if (doubted.length === 0) return [];
  const columnOf = (f: Fact) => f.id.slice(f.id.lastIndexOf('/') + 1);
  const wholeWithCommas = (peers: Fact[]) =>
    peers.length >= 2 && peers.every((p) => p.decimals === 0) && peers.some((p) => digits(p.raw).includes(','));
  return doubted.filter((f) => {
    const peers = facts.filter((p) => p !== f && !doubted.includes(p) && p.origin === 'cell' && p.status === 'reported' && p.unit === f.unit && p.table === f.table);
    return wholeWithCommas(peers.filter((p) => p.row === f.row)) && wholeWithCommas(peers.filter((p) => columnOf(p) === columnOf(f)));
  });
}

/** The figure a doubted one stands for, its full stop read as the table's separator: "139.435" → "139,435". */
export function asSeparated(raw: string): string {
  return digits(raw).replace('.', ',');
}

/** A currency code: money, not a count, a ratio or a figure per share. */
const MONEY = /^[A-Z]{3}$/;
/** One to three digits, a full stop, three digits. */
const SHAPE = /^\d{1,3}\.\d{3}$/;

/** The printed figure less markup, currency signs, spaces and brackets: "<u>$ (1,234)</u>" → "1,234". */
function digits(raw: string): string {
  return raw.replace(/<\/?u>/g, '').replace(/[^\d.,]/g, '');
}
