/**
 * Which columns of a table print a currency effect and the constant-currency figures it
 * explains, read from their headers and their place, as a reader reads them:
 *
 *     As Reported | Impact from Foreign Currency | Constant Currency | …   (HanesBrands)
 *     Q4 2024 | Q4 2023 | Reported % Change | FX Impact | Constant Currency % Change   (Molson Coors)
 *
 * A constant-currency column is read with the effect column printed just before it (an effect
 * column names an impact or effect of foreign currency, exchange or FX, and no constant currency);
 * the column before the effect is then what it adjusts: the reported figures of the same period
 * (the constant-currency amount is the reported one less the effect), or the reported change of a
 * pair of periods (the constant-currency change is the change of the current figure less the effect
 * against the prior one). Any other layout is not read: nothing establishes what the columns mean.
 */
import type { Table, TableColumn } from '../types.ts';
import type { CheckContext } from './context.ts';

/** "Constant Currency", "constant-currency". */
const CONSTANT = /\bconstant[\s-]+currenc(?:y|ies)\b/i;
/** "Impact from Foreign Currency", "FX Impact", "Foreign Exchange Impact", "Currency effect". */
const EFFECT =
  /\b(?:fx|foreign[\s-]+(?:currency|currencies|exchange)|currency|currencies|exchange[\s-]+rates?)\b.*\b(?:impacts?|effects?)\b|\b(?:impacts?|effects?)\b.*\b(?:fx|currency|currencies|exchange)\b/i;

/** A column printing the effect of currency on the reported figures. */
export function isCurrencyEffect(header: string): boolean {
  return EFFECT.test(header) && !CONSTANT.test(header);
}

/** A column printing figures, or a change, on a constant-currency basis. */
export function isConstantCurrency(header: string): boolean {
  return CONSTANT.test(header);
}

/** A constant-currency column read with the columns it follows from. */
export type CurrencyReading =
  /** constant = reported − effect, in one period. */
  | { form: 'amount'; constant: TableColumn; effect: TableColumn; reported: TableColumn }
  /** constant change = change of (current − effect) against prior. */
  | { form: 'change'; constant: TableColumn; effect: TableColumn; change: TableColumn; current: TableColumn; prior: TableColumn };

/** How `column` of `table` is read, or null when it is no constant-currency column or its layout is not the one read here. */
export function currencyReading(ctx: CheckContext, table: Table, column: TableColumn): CurrencyReading | null {
  if (!isConstantCurrency(column.header)) return null;
  const at = table.columns.indexOf(column);
  const effect = table.columns[at - 1];
  const before = table.columns[at - 2];
  if (!effect || !before || !isCurrencyEffect(effect.header) || isConstantCurrency(before.header) || isCurrencyEffect(before.header)) return null;
  const kind = (c: TableColumn) => ctx.index.period(c.period)?.kind;
  if (kind(column) === 'change') {
    const compare = ctx.index.period(before.period)?.compare;
    if (kind(before) !== 'change' || !compare) return null;
    // The pair the reported change compares: the nearest columns before it of its two periods.
    const earlier = table.columns.slice(0, at - 2).reverse().filter((c) => kind(c) !== 'change' && !isCurrencyEffect(c.header) && !isConstantCurrency(c.header));
    const current = earlier.find((c) => c.period === compare.current);
    const prior = earlier.find((c) => c.period === compare.prior);
    return current && prior ? { form: 'change', constant: column, effect, change: before, current, prior } : null;
  }
  // An amount: the reported figures of the same period just before the effect.
  if (!column.period || kind(column) === 'change' || before.period !== column.period || kind(before) === 'change') return null;
  if (effect.period && effect.period !== column.period) return null;
  return { form: 'amount', constant: column, effect, reported: before };
}
