/**
 * A count of shares printed in full under a table's thousands, whose statement does not except share data: the
 * earnings per share printed beside it say which scale the count is in.
 *
 * Standard Motor Products (1Q20) prints "WEIGHTED AVERAGE NUMBER OF COMMON SHARES 22,438,087" under "(In thousands,
 * except per share amounts)", beside "NET EARNINGS $ 8,627" and "NET EARNINGS PER COMMON SHARE - BASIC $ 0.38": read
 * at the table's thousands, 22 billion shares earn $0.0004 each; in units, $8,627 thousand over 22,438,087 shares is
 * the $0.38 printed. A reader divides so; a count of seven digits or more at the table's scale that no amount of its
 * table divides into one of its table's figures per share, where in units one does, is in units.
 */
import { parseDecimal, powerOfTen, type Decimal } from '../decimal.ts';
import type { Fact, Release } from '../types.ts';

/** Seven digits or more: a count in full, which in thousands would be billions of shares. */
const FULL = /^\d{7,}$/;

/** A figure per share with its amount: money in the per-share figure's currency, of the same table, period and column. */
interface Column {
  perShare: Fact[];
  money: Fact[];
}

const columnKey = (f: Fact) => `${f.table}\0${f.period}\0${f.dimension ?? ''}`;

/**
 * Whether some amount of the column divided by `shares` (already scaled) gives one of its figures per share, within
 * that figure's printed rounding and a hundredth of it for the rounding of the amount and the count.
 */
function divides(column: Column, shares: Decimal): boolean {
  if (shares.isZero()) return false;
  for (const p of column.perShare) {
    const per = parseDecimal(p.value!);
    if (per.isZero()) continue;
    const slack = powerOfTen(-p.decimals).div(2).plus(per.abs().div(100));
    for (const m of column.money) {
      const quotient = parseDecimal(m.value!).times(powerOfTen(m.scale)).div(shares);
      if (quotient.minus(per).abs().lte(slack)) return true;
    }
  }
  return false;
}

/** Rescales to units the counts the earnings per share beside them read in units (see the module's comment). */
export function countsInUnitsByEarnings(release: Release): void {
  const columns = new Map<string, Column>();
  const column = (f: Fact) => {
    const key = columnKey(f);
    let c = columns.get(key);
    if (!c) columns.set(key, (c = { perShare: [], money: [] }));
    return c;
  };
  const counts: Fact[] = [];
  for (const f of release.facts) {
    if (f.origin !== 'cell' || f.status !== 'reported' || f.value === null || !f.period) continue;
    if (f.unit === 'shares' && f.scale > 0 && FULL.test(f.value)) counts.push(f);
    else if (f.unit.endsWith('/share') && f.scale === 0) column(f).perShare.push(f);
    else if (/^[A-Z]{3}$/.test(f.unit)) column(f).money.push(f);
  }
  if (counts.length === 0) return;
  // Per row: every figure of it must read in units, and none at the scale it was read in.
  const rows = new Map<string, { facts: Fact[]; units: boolean }>();
  for (const f of counts) {
    const c = columns.get(columnKey(f));
    const key = `${f.table}\0${f.row}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { facts: [], units: true }));
    row.facts.push(f);
    if (!row.units) continue;
    // Money per share only in its own currency.
    const own = c && { perShare: c.perShare, money: c.money.filter((m) => c.perShare.some((p) => p.unit === `${m.unit}/share`)) };
    const value = parseDecimal(f.value!);
    row.units = own !== undefined && divides(own, value) && !divides(own, value.times(powerOfTen(f.scale)));
  }
  const rescaled = new Map<string, number>();
  for (const [key, row] of rows) if (row.units) rescaled.set(key, row.facts[0]!.scale);
  if (rescaled.size === 0) return;
  // The line's other counts at that scale with them: its change beside them (Choice Properties' "63,601" units more
  // beside 723,726,328 and 723,662,727) is printed in the same units.
  for (const f of release.facts) if (f.unit === 'shares' && f.origin === 'cell' && rescaled.get(`${f.table}\0${f.row}`) === f.scale) f.scale = 0;
  for (const table of release.tables) {
    for (const row of table.rows) {
      if (!rescaled.has(`${table.id}\0${row.id}`) || !row.reading || row.reading.unit !== 'shares') continue;
      row.reading = { ...row.reading, scale: 0, evidence: row.reading.evidence.replace(/; scale: .*$/, '; scale: in units: an amount of its table over the count printed in full is a figure per share printed beside it, as at the table\'s scale none is') };
    }
  }
}
