/**
 * The bound an allocation of earnings leaves earnings per share. Where a release allocates earnings to
 * participating or preferred securities or to noncontrolling interests, net income ÷ shares is no definition of
 * its earnings per share (./definition.ts, ./per-share-rows.ts), but each of those allocations takes from the
 * earnings of the common shares, never adds to them, and diluted earnings per share is never above basic (a
 * security enters the diluted count only where it dilutes). So the figure, basic or diluted, is at most net income
 * ÷ the basic shares, within rounding: a figure printed above that no allocation explains, and it is a mismatch
 * (Adaptive's −0.23 on −33,692 ÷ 117,677,685 = −0.286; Pericom's 7.00 on 129 ÷ 26,554).
 *
 * Only where the numerator is net of what noncontrolling interests take (a line attributable to the company, or no
 * line after it in its table naming those interests), and the release prints no line of preferred stock redeemed,
 * repurchased, exchanged or deemed (a gain on it adds to the earnings of the common shares), no redeemable
 * noncontrolling interest (carried at its redemption value, whose fall adds back to those earnings: Generac's 4Q24
 * prints "Redeemable noncontrolling interest - 6,549" and basic earnings per share of $2.18 on 117,226 ÷ 59,122,093 =
 * 1.98, "Net income attributable to common shareholders" being a line it does not print), none of discontinued
 * operations (earnings per share of continuing operations is above net income ÷ shares where those lose), no
 * convertible preferred converted within the period (./preferred-conversion.ts: the conversion may add), and one
 * class of common stock (a class may take more than its count's share: ./share-classes.ts).
 */
import { parseDecimal } from '../decimal.ts';
import type { Check, Fact } from '../types.ts';
import type { CheckContext } from './context.ts';
import { preferredConvertedIn } from './preferred-conversion.ts';
import { shareClasses } from './share-classes.ts';

const INTERESTS = /\b(non[ -]?controlling|minority|attributable)\b/i;
const PREFERRED_GAIN = /\bpreferred\b.*\b(redeem|redemption|repurchase|exchange|extinguish|induce|deemed)|\b(redeem|redemption|repurchase|exchange|extinguish|induce|deemed)\w*\b.*\bpreferred\b/i;
const DISCONTINUED = /\bdiscontinued\b/i;
const REDEEMABLE_INTEREST = /\bredeemable\b.*\b(non[ -]?controlling|minority)\b/i;
const ATTRIBUTABLE = new Set(['net-income-attributable', 'net-income-allocated', 'non-gaap-net-income-attributable', 'non-gaap-net-income-allocated']);

/**
 * Whether `check` (a mismatch of earnings per share) is above `bound`, the same figure computed as `numerator` ÷ the
 * basic shares (the check itself for a basic figure), beyond rounding, where the allocation can only lower it.
 */
export function aboveWhatAllocationLeaves(ctx: CheckContext, check: Check, bound: Check | null, numerator: Fact | undefined): boolean {
  if (check.verdict !== 'mismatch' || !bound || bound.verdict !== 'mismatch' || !numerator) return false;
  if (check.reported.value === null || bound.computedInterval === null || bound.tolerance === null) return false;
  if (preferredConvertedIn(ctx).has(check.period ?? '') || !netOfInterests(ctx, numerator) || shareClasses(ctx.release) || ctx.release.tables.some((t) => t.rows.some((r) => PREFERRED_GAIN.test(r.label) || REDEEMABLE_INTEREST.test(r.label) || DISCONTINUED.test(r.label)))) return false;
  return parseDecimal(check.reported.value).minus(parseDecimal(bound.tolerance)).gt(parseDecimal(bound.computedInterval.hi));
}

/** Whether a line of net income is what is left after noncontrolling interests: attributable, or no line after it names them. */
function netOfInterests(ctx: CheckContext, numerator: Fact): boolean {
  if (ATTRIBUTABLE.has(ctx.recognition.conceptOf(numerator) ?? '')) return true;
  const rows = ctx.release.tables.find((t) => t.id === numerator.table)?.rows ?? [];
  const at = rows.findIndex((r) => r.id === numerator.row);
  return at >= 0 && !rows.slice(at + 1).some((r) => INTERESTS.test(r.label));
}
