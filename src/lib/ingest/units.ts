import type { Unit } from '../types.ts';
import type { UnitHint } from './parse-value.ts';
import { readHeaderUnit } from './unit-statements.ts';

/** What a figure measures, before its currency is known. */
export type UnitKind = 'money' | 'per-share' | 'shares' | 'percent' | 'basis-points' | 'percentage-points' | 'count' | 'reference';

const PER_SHARE = /\bper\s+(?:basic\s+|diluted\s+|common\s+|ordinary\s+)*(?:share|ads|adr)\b|\beps\b/i;
const SHARES = /\bshares\b/i;
const SHARE_COUNT = /\b(?:weighted|used|comput\w*|calculat\w*|denominator|number\s+of)\b/i;
const MINOR = /\((?:in\s+)?(?:cents?|pence|penny|sen)\)|\b(?:cents|pence)\s+per\b/i;

/** A unit stated in a row label or section header: "(%)", "(bp)", "(\$m)", "Per share data (\$)", "(pence)". */
export interface TextUnit {
  kind: UnitKind | null;
  currency: string | null;
  scale: number | null;
  minor: boolean;
  /** A count of shares that per-share figures are computed over: "Weighted average shares used for computation of:". */
  shareCount: boolean;
}

export function unitOfText(text: string, releaseCurrency: string): TextUnit {
  const out: TextUnit = { kind: null, currency: null, scale: null, minor: MINOR.test(text), shareCount: false };
  if (SHARES.test(text)) {
    out.kind = 'shares';
    out.shareCount = SHARE_COUNT.test(text);
  }
  else if (PER_SHARE.test(text) || out.minor) out.kind = 'per-share';
  for (const m of text.matchAll(/\(([^()]{1,30})\)/g)) {
    const inner = m[1].trim();
    if (/^%$|^percent(?:age)?s?$|^in\s+%$/i.test(inner)) out.kind ??= 'percent';
    else if (/^(?:bps?|basis\s+points)$/i.test(inner)) out.kind ??= 'basis-points';
    else if (/^(?:pts|ppts?|pp|percentage\s+points)$/i.test(inner)) out.kind ??= 'percentage-points';
    else {
      const unit = readHeaderUnit(inner, releaseCurrency);
      if (unit.rest.replace(/[\s,;]+|\bin\b/gi, '') !== '') continue;
      out.currency ??= unit.currency;
      out.scale ??= unit.scale;
    }
  }
  return out;
}

/**
 * The kind of a figure. The printed value decides first (%, BPS, pts, 24.5c); then a column
 * that holds notes or percentages ("Note", "% of total", "%"); then the row's own label ("… per
 * share" is money per share unless it counts "shares"; "(%)"); then the innermost section that
 * says either; otherwise money.
 */
export function inferKind(label: TextUnit, sections: TextUnit[], hint: UnitHint | null, column: { percent: boolean; reference: boolean }): UnitKind {
  if (hint === 'minor-currency') return label.kind === 'shares' ? 'money' : 'per-share';
  if (hint) return hint;
  if (column.reference) return 'reference';
  if (column.percent) return 'percent';
  // "Basic earnings per share" under "Weighted average shares used for computation of:" counts shares.
  if (label.kind === 'per-share' && sections.findLast((s) => s.kind)?.shareCount) return 'shares';
  if (label.kind) return label.kind;
  for (let i = sections.length - 1; i >= 0; i--) if (sections[i].kind) return sections[i].kind!;
  return 'money';
}

/** The Unit of a kind in a currency: money is its ISO code ('USD'), money per share 'USD/share'. */
export function unitOf(kind: UnitKind, currency: string): Unit {
  if (kind === 'money') return currency;
  if (kind === 'per-share') return `${currency}/share`;
  return kind;
}

/** Printed units: money and shares follow the scale in force; per-share money, percentages, points and counts are printed in units (cents: -2). */
export function scaleOfKind(kind: UnitKind, scale: number, minor: boolean): number {
  if (minor) return -2;
  return kind === 'money' || kind === 'shares' ? scale : 0;
}
