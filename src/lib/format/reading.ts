/**
 * What tieout read a figure as, in words, for its provenance: its unit at its scale and the
 * precision it is printed to ("USD thousands, printed whole", "USD per share, printed
 * to 2 decimals", "percent, printed to 1 decimal").
 */
import { SCALE_NAMES } from './figure-format.ts';

// A scale by its power of ten, named as release.yaml names it ('units' goes unsaid).
const SCALES = new Map<number, string>(Object.entries(SCALE_NAMES).map(([name, [power]]) => [power, power === 0 ? '' : name]));

export function readingWords(fact: { unit: string; scale: number; decimals: number }): string {
  const scale = SCALES.get(fact.scale) ?? `× 10^${fact.scale}`;
  const per = /^([A-Z]{3})\/(\S+)$/.exec(fact.unit);
  const unit = per
    ? `${per[1]} per ${per[2]}`
    : /^[A-Z]{3}$/.test(fact.unit)
      ? `${fact.unit}${scale ? ` ${scale}` : ''}`
      : fact.unit === 'shares' || fact.unit === 'count'
        ? `${scale ? `${scale} of ` : ''}${fact.unit === 'shares' ? 'shares' : 'units'}`
        : `${fact.unit.replace(/-/g, ' ')}${scale ? ` (${scale})` : ''}`;
  const precision = fact.decimals === 0 ? 'whole' : `to ${fact.decimals} decimal${fact.decimals === 1 ? '' : 's'}`;
  return `${unit}, printed ${precision}`;
}
