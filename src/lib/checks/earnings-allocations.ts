/**
 * What a release allocates earnings to besides its common stock, read from the words of its lines, and which of those
 * allocations the line an earnings per share divides has already taken. Net income ÷ shares is earnings per share
 * only where nothing else takes a share; but a numerator printed after the allocation has taken it: "Net (loss)
 * income attributable to the Company" is net of the noncontrolling interest St. Joe prints above it (1Q20), "Net
 * income allocable to common shareholders" of the preferred dividends PS Business Parks takes from it (1Q20).
 *
 * - interests: a noncontrolling (minority) interest's share, taken by a line attributable to the company or to its
 *   common holders. Not a redeemable interest's distributions or remeasurement, which come out of the company's own
 *   earnings (Nabors' "accrued distribution on redeemable noncontrolling interest in subsidiary", 4Q24): those are
 *   `other`.
 * - preferred: preferred dividends, taken by a line attributable (available, allocable) to the common holders.
 * - other: participating securities, the two-class method, what the caller's own words name: taken only by a line
 *   allocated to common stock (Cadence's "Net income allocated to common stock", 2Q19).
 */
import { twinOf } from '../model/index.ts';

export type AllocationKind = 'interests' | 'preferred' | 'other';

const INTERESTS = /\b(non[ -]?controlling|minority)\b/i;
/** What a redeemable interest takes from the company's own earnings: its distributions, its remeasurement. */
const REDEEMABLE = /\b(redeemable|redemption|accretion|distributions?)\b/i;
const PREFERRED = /\bpreferred\b/i;

/** What a line's words say earnings are allocated to, or null; `other` names the caller's further words. */
export function allocationKind(label: string, other: RegExp): AllocationKind | null {
  if (other.test(label)) return 'other';
  if (INTERESTS.test(label)) return REDEEMABLE.test(label) ? 'other' : 'interests';
  return PREFERRED.test(label) ? 'preferred' : null;
}

/** How far down the allocations a numerator stands. */
export type NumeratorLevel = 'allocated' | 'common' | 'attributable' | null;

/** A line left to the common holders: "… available to common stockholders", "… allocable to the common shareholders". */
export const TO_COMMON = /\b(attributable|available|allocable|allocated|applicable)\s+to\s+(the\s+)?common\b/i;

/**
 * The level of a line of net income, by its concept (the base model's reading) and its words: a line whose words leave
 * it to the common holders is so whatever the base model reads (Coherent's "Net Earnings Available to the Common
 * Shareholders", which it leaves unread beside "Net Earnings Attributable to Coherent Corp.": two lines of one concept).
 */
export function numeratorLevel(concept: string | null | undefined, label: string): NumeratorLevel {
  const base = concept ? (twinOf(concept) ?? concept) : null;
  if (base === 'net-income-allocated') return 'allocated';
  if (TO_COMMON.test(label)) return 'common';
  return base === 'net-income-attributable' ? 'attributable' : null;
}

const SETTLED: Record<AllocationKind, NumeratorLevel[]> = {
  interests: ['allocated', 'common', 'attributable'],
  preferred: ['allocated', 'common'],
  other: ['allocated'],
};

/**
 * Whether some allocation of `kinds` is still to take from a numerator of `level`. Diluted earnings only from a line
 * allocated to common stock: beside a noncontrolling interest the parent's share of a subsidiary's earnings is diluted
 * by the subsidiary's own potential shares (IAS 33, ASC 260), and a release under IFRS adjusts the numerator for
 * convertible instruments it may not name (ASE's diluted NT$2.07 on 2.12 of earnings attributable to owners per
 * diluted share, 4Q24; Precision Drilling's 9.81 on 9.46, 4Q23).
 */
export function unsettled(kinds: ReadonlySet<AllocationKind>, level: NumeratorLevel, diluted = false): boolean {
  return [...kinds].some((k) => !(diluted ? (['allocated'] as NumeratorLevel[]) : SETTLED[k]).includes(level));
}
