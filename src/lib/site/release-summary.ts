/**
 * Small summaries of a release for pages about many releases (issue 12): the routes and the
 * sitemap need its tables' ids, a listing its card, yet loading the release itself means
 * parsing all its facts and checks from the disk cache. Each summary is cached on disk under
 * the release's own key (releaseInputKey: its files, its company model and the tool's version,
 * this module included), so it is never staler than the release it was computed from.
 */
import type { Check, Release, ReleaseHead, Verdict } from '../types.ts';
import { cached } from '../cache/index.ts';
import { countByVerdict } from '../checks/index.ts';
import { releaseInputKey, siteRelease } from './releases.ts';
import { siteChecks, siteModel } from './checks.ts';
import { headline, type HeadlineFigure } from './headline.ts';

/** What the routes and the sitemap need of a release: its tables' ids, in the release's order. */
export interface ReleaseOutline {
  tables: string[];
}

/** A release as a listing shows it. */
export interface ReleaseCard {
  /** Its metadata, periods and tables without rows: what its figures' names and links need. */
  release: ReleaseHead;
  /** How many facts it holds, and how many checks. */
  facts: number;
  checks: number;
  /** How many of its checks have each verdict. */
  verdicts: Record<Verdict, number>;
  /** Its first CARD_FIGURES headline figures, labelled by its company model's concepts. */
  figures: HeadlineFigure[];
  /**
   * The checks that report or use a figure the card may show (a headline figure, its printed
   * growth), in the release's order: everything those figures' popovers list, and no more.
   */
  figureChecks: Check[];
}

/** How many headline figures a card shows. */
export const CARD_FIGURES = 4;

/** A release's outline, from the disk cache when its inputs are unchanged. */
export function siteReleaseOutline(id: string): ReleaseOutline {
  return cached('release-outline', releaseInputKey(id), () => releaseOutline(siteRelease(id)));
}

/** A release's card, from the disk cache when its inputs are unchanged. */
export function siteReleaseCard(id: string): ReleaseCard {
  return cached('release-card', releaseInputKey(id), () => {
    const release = siteRelease(id);
    const model = siteModel(release);
    const labels = Object.fromEntries(Object.entries(model.concepts).map(([k, c]) => [k, c.label]));
    return releaseCard(release, siteChecks(release), labels);
  });
}

export function releaseOutline(release: Release): ReleaseOutline {
  return { tables: release.tables.map((t) => t.id) };
}

/** The card of a release, given its checks and its model's concept labels. */
export function releaseCard(release: Release, checks: readonly Check[], labels: Record<string, string>): ReleaseCard {
  const figures = headline(release, checks, labels).slice(0, CARD_FIGURES);
  const shown = new Set(figures.flatMap((f) => [f.current.id, ...(f.printed ? [f.printed.fact.id] : [])]));
  return {
    release: { meta: release.meta, periods: release.periods, tables: release.tables.map(({ rows: _, ...head }) => head) },
    facts: release.facts.length,
    checks: checks.length,
    verdicts: countByVerdict(checks),
    figures,
    figureChecks: checks.filter((c) => (c.reported.fact !== null && shown.has(c.reported.fact)) || c.inputs.some((id) => shown.has(id))),
  };
}
