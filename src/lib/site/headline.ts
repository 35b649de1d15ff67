import type { Fact, Release } from '../types.ts';

/** The concepts an overview leads with, in order. A release whose model lacks one simply omits it. */
export const HEADLINE_CONCEPTS = [
  'revenue',
  'segment-profit',
  'segment-margin',
  'adjusted-ebitda',
  'adjusted-ebitda-margin',
  'net-loss',
  'normalized-net-income',
] as const;

/**
 * The fact that states a concept for a period: the first table that prints it (the summary
 * comes first in a release). Ties elsewhere check that the other printings agree.
 */
export function factFor(release: Release, concept: string, period: string): Fact | null {
  return release.facts.find((f) => f.concept === concept && f.period === period && f.origin === 'cell') ?? null;
}

/** Headline figures for the release's own fiscal period, each with the same concept a year earlier when printed. */
export function headline(release: Release): { concept: string; current: Fact; prior: Fact | null }[] {
  const period = release.meta.fiscalPeriod;
  const prior = priorYear(period);
  return HEADLINE_CONCEPTS.flatMap((concept) => {
    const current = factFor(release, concept, period);
    return current ? [{ concept, current, prior: prior ? factFor(release, concept, prior) : null }] : [];
  });
}

/** "2010-q2" → "2009-q2". */
function priorYear(period: string): string | null {
  const m = /^(\d{4})-(.+)$/.exec(period);
  return m ? `${Number(m[1]) - 1}-${m[2]}` : null;
}
