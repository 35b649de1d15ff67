/**
 * Lines naming a ratio, rate or return in a table of money: what their bare figures are.
 *
 * A bank prints its capital ratios among its capital amounts under "($ in billions)": Wells Fargo's "Common Equity
 * Tier 1 (CET1) ratio 11.4% 11.6 11.6", then "Total loss absorbing capacity (TLAC) ratio 23.0", "Supplementary
 * Leverage Ratio (SLR) 6.9" and "Liquidity Coverage Ratio (LCR) 118", "%" printed once, on the first figure of the
 * first ratio, as "$" is printed on a block's first amount. A company prints "Current ratio 1.19" and "Net debt to
 * equity ratio 0.37" among its balance sheet's millions. None of these is an amount at the table's scale: a reader
 * takes the line's head noun, a ratio, and the "%" printed beside it.
 */
import type { BlockRow } from './per-share-blocks.ts';

/** What a line's figures are, where its label and the "%" printed on the table's ratios say, and why in words. */
export interface RatioReading {
  kind: 'percent' | 'ratio';
  why: string;
}

/** The line item less its parenthesized notes and footnote marks ("Liquidity Coverage Ratio (LCR) (e)" → "Liquidity Coverage Ratio"). */
function itemOf(label: string): string {
  return label
    .replace(/\([^()]*\)/g, ' ')
    .replace(/[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s:;,.]+$/, '')
    .trim();
}

/**
 * A line whose head noun is a ratio: "Current ratio", "Tier 1 leverage ratio", "Ratio of interest-earning assets to
 * interest bearing liabilities", "Common equity tier 1 ratio - fully phased-in" (a qualifier after a dash or comma).
 * Not an amount a ratio is worked out from ("Ratio numerator", "Capital for ratio purposes"), whose head is another noun.
 */
const RATIO_HEAD = /\bratio(?:\s*[-–—,]\s*[^-–—,]*)?$|^ratio\s+of\b/i;
/**
 * A line whose head is a rate, yield or return, which a "%" printed on one of its figures makes a percentage in all:
 * "Effective tax rate 21.0% 20.5", "Return on average assets 1.17% 1.05".
 */
const RATE_HEAD = /\b(?:rate|yield|return\s+on\s+(?:[\w'’&-]+\s+){0,5}(?:equity|capital|assets))(?:\s*[-–—,]\s*[^-–—,]*)?$/i;
/**
 * Ratios stated in percent by their definition (bank regulators' capital and liquidity ratios, an insurer's loss,
 * expense and combined ratios, a payout ratio, loan to value): bare, they are percentages ("Liquidity Coverage Ratio
 * 118" is 118%). Other ratios are quotients ("Current ratio 1.19", "Debt to EBITDA ratio 2.5").
 */
const PERCENT_RATIO = new RegExp(
  String.raw`\b(?:tier\s*[12]|cet\s*1|common\s+equity|capital|(?:supplementary|tier\s*1)\s+leverage|tlac|loss[\s-]absorbing|liquidity\s+coverage|` +
    String.raw`net\s+stable\s+funding|loss|loss\s+and\s+(?:lae|loss\s+adjustment\s+expense)|combined|expense|efficiency|payout|loan[\s-]to[\s-](?:value|deposits?))\s+ratio\b`,
  'i',
);

/**
 * A line naming a rate, yield, spread, ratio or percentage anywhere in its words: "Secured borrowing rates", "Yields on
 * residential mortgage investments", "Total financing spreads", "Operating costs as a percentage of LTIC". Where the
 * table prints "%" on such a line, its bare ones are percentages too (Capstead's "Constant prepayment rate 26.71%" over
 * them, 1Q20). Not a margin, whose name is as often an amount's ("Gross margin 512"), nor what a rate qualifies (AGNC's
 * "Interest rate swap periodic income, net 31", in millions beside its yields in percent).
 */
const RATE_WORD = /\b(?:rates?|yields?|spreads?|ratios?|percentages?)\b(?!\s+(?:swaps?|caps?|floors?|locks?|derivatives?|contracts?|hedges?|agreements?|risk|changes?|fluctuations?|movements?|impacts?|effects?)\b)|\breturn\s+on\b/i;

/**
 * A line named as the quotient of two lines, a slash or "to" between their names: "Non-performing assets/total assets",
 * "Allowance for loan losses to nonperforming loans", "Nonperforming loans to total assets". Words only on both sides
 * ("Loans 30 to 89 days past due" counts days), and not a line moved or owed to another ("Transfers to other real
 * estate", "Net income attributable to …"), whose figures are amounts: it is read as a quotient only where every figure
 * prints decimals and the table prints such a line with "%" (see ratioLines).
 */
const QUOTIENT = /^[a-z][a-z'’ -]*[a-z]\s*(?:\/\s*|\s+to\s+)(?:total\s+|average\s+|gross\s+)?[a-z][a-z'’ -]*[a-z]$/i;
/** Words that make "A to B" a line of money moved, owed or attributed to B, not a quotient. */
const TO_AN_AMOUNT = /\b(?:attributable|available|applicable|allocated|allocable|due|related|relating|transfers?|transferred|additions?|payments?|paid|contributions?|adjustments?|proceeds|reclassifi\w+|distributions?|dividends?|prior|similar|equivalent|up)\s+to\b/i;

/** Whether a label names one line over another ("Allowance for credit losses to nonaccrual loans and leases"), by its words alone. */
export function namesAQuotient(label: string): boolean {
  const item = itemOf(label);
  return QUOTIENT.test(item) && !TO_AN_AMOUNT.test(item);
}

/** A quotient line whose every printed figure is bare and prints decimals, as a ratio's do and an amount in a scale does not. */
const quotient = (item: string, row: BlockRow) =>
  QUOTIENT.test(item) && !TO_AN_AMOUNT.test(item) && row.values.some((v) => v.value !== null) && row.values.every((v) => v.value === null || v.decimals >= 1);

/** A figure read as money only because nothing says otherwise: no "%", no currency. */
const unmarked = (v: BlockRow['values'][number]): boolean => v.value === null || (v.unitHint === null && !v.dollar && (v.symbol ?? null) === null);

/** An unmarked figure under 1,000: a line of such figures may be a ratio's whatever else it names. */
const bare = (v: BlockRow['values'][number]): boolean => unmarked(v) && (v.value === null || Math.abs(Number(v.value)) < 1000);

/**
 * A line read as money by default only: no unit of its own, and every figure bare or printed with "%". `anyMagnitude`:
 * figures of 1,000 or more too, for a line whose label and its table already establish a ratio (Bridge Bancorp's
 * "Allowance/non-performing loans 850.84 750.42 1,034.97": an allowance ten times the loans it covers).
 */
function open(row: BlockRow, anyMagnitude = false): boolean {
  return (
    row.kind === 'money' && row.own.kind === null && row.own.currency === null && row.own.scale === null &&
    row.values.some((v) => v.value !== null) &&
    row.values.every((v) => v.value === null || v.unitHint === 'percent' || (anyMagnitude ? unmarked(v) : bare(v)))
  );
}

/** Every printed figure prints decimals, as a ratio's do and an amount in a scale does not. */
const decimalsOnly = (row: BlockRow) => row.values.some((v) => v.value !== null) && row.values.every((v) => v.value === null || v.decimals >= 1);

/** "%" printed on the line's first figure, as "$" is on an amount's: not on a change beside bare figures ("Yield (US$ Cents) 12.5 14.0 (10.8)%"). */
const printsPercent = (row: BlockRow) => row.values.find((v) => v.value !== null)?.unitHint === 'percent';

/**
 * The lines of a table read as money that name a ratio, rate or return, each with what its bare figures are:
 * - a line naming a ratio, rate or return that prints "%" on one of its figures: percent in all (the "%" printed once);
 * - a line naming a ratio, all bare, in a table where a ratio's line prints "%": percent, as that one;
 * - else a line naming a ratio stated in percent by its definition ("Liquidity coverage ratio"): percent;
 * - else a line naming a ratio: a quotient ("Current ratio 1.19");
 * - a line naming a rate, yield, spread or percentage, all bare, in a table where such a line prints "%": percent;
 * - a line named as one line over another ("Non-performing assets/total assets"), all bare and printing decimals, in a
 *   table where such a line prints "%": percent.
 * A line under a caption naming a ratio, naming none itself, is read as that caption names. A line naming a ratio, or one
 * line over another, whose figures all print decimals, is read so at any magnitude (1,034.97) where its table prints
 * such a line with "%": elsewhere a bare 1,000 or more is an amount.
 */
export function ratioLines(rows: readonly BlockRow[]): Map<number, RatioReading> {
  const out = new Map<number, RatioReading>();
  const items = rows.map((row) => (row.label === undefined ? '' : itemOf(row.label)));
  const ratioInPercent = rows.some((row, r) => RATIO_HEAD.test(items[r]!) && printsPercent(row));
  const rateInPercent = rows.some((row, r) => RATE_WORD.test(items[r]!) && printsPercent(row));
  const quotientInPercent = rows.some((row, r) => quotient(items[r]!, row) && printsPercent(row));
  // The lines under a caption naming a ratio are its parts, in its unit, where none of them prints an amount (The
  // Hartford's "Losses and loss adjustment expense ratio" over "Current accident year before catastrophes 59.3",
  // "Expenses 35.2"); not the amounts a ratio is worked out from (Cadence's "Adjusted efficiency ratio" over
  // "Noninterest expenses $ 537,653", "Less: expenses related to COVID-19 pandemic 122").
  const amountsUnder = new Set(rows.flatMap((row) => (row.kind !== null && !open(row) && row.section?.length ? [row.section.at(-1)!] : [])));
  rows.forEach((row, r) => {
    if (!open(row)) {
      // A ratio's line stays a ratio at any magnitude where its label names one, its table prints such a line with
      // "%", and its figures print decimals: "Allowance/non-performing loans 1,034.97" under "Non-performing
      // loans/total loans 0.12%" (Bridge Bancorp, 1Q20), never "Current ratio 1,190".
      if (!open(row, true) || !decimalsOnly(row)) return;
      if (quotientInPercent && quotient(items[r]!, row)) out.set(r, { kind: 'percent', why: 'percent: its label names one line over another, its figures print decimals, and the table prints such a line with "%"' });
      else if (ratioInPercent && RATIO_HEAD.test(items[r]!)) out.set(r, { kind: 'percent', why: 'percent: its label names a ratio, its figures print decimals, and the table prints a ratio\'s line with "%"' });
      return;
    }
    const caption = row.section?.at(-1);
    const partOf = caption !== undefined && !amountsUnder.has(caption) && RATIO_HEAD.test(itemOf(caption));
    const item = RATIO_HEAD.test(items[r]!) || !partOf ? items[r]! : itemOf(caption);
    const ratio = RATIO_HEAD.test(item);
    if (printsPercent(row)) {
      const what = ratio ? 'a ratio' : RATE_HEAD.test(item) ? 'a rate or return' : quotient(item, row) ? 'one line over another' : null;
      if (what) out.set(r, { kind: 'percent', why: `percent: its label names ${what} and its line prints "%" on a figure, as "$" is printed once` });
      return;
    }
    if (!ratio) {
      if (rateInPercent && RATE_WORD.test(item)) out.set(r, { kind: 'percent', why: 'percent: its label names a rate, yield, spread or percentage, and the table prints such a line with "%"' });
      // Bridge Bancorp's "Non-performing loans/total loans 0.12%" over "Non-performing assets/total assets 0.09".
      else if (quotientInPercent && quotient(item, row)) out.set(r, { kind: 'percent', why: 'percent: its label names one line over another, its figures print decimals, and the table prints such a line with "%"' });
      return;
    }
    out.set(r,
      ratioInPercent ? { kind: 'percent', why: 'percent: its label names a ratio, and the table prints a ratio\'s line with "%"' }
      : PERCENT_RATIO.test(item) ? { kind: 'percent', why: 'percent: its label names a ratio stated in percent by its definition' }
      : { kind: 'ratio', why: 'ratio: its label names a ratio and no figure of it prints "%" or a currency' });
  });
  return out;
}
