/**
 * A company's releases read together, for its page (issue 32): the figures each release prints
 * again for an earlier release's period, compared with their first printing (src/lib/series/),
 * and its headline figures across its releases, charted at build time (src/lib/charts/) as the
 * notebooks' charts are. Plain data, cached on disk under the keys of its releases.
 */
import type { Release, SeriesComparison, SeriesPrinting } from '../types.ts';
import { cached } from '../cache/index.ts';
import { namingSentence, periodNamings, seriesComparisons } from '../series/index.ts';
import { findingId, keyFigures, plainFigure, unitWords, type KeyFigures } from './key-figures.ts';
import { chartFigure, lineTrend } from '../charts/index.ts';
import { formatNumber } from '../format/index.ts';
import { headline } from './headline.ts';
import { periodName } from './labels.ts';
import { paths } from './paths.ts';
import { releaseInputKey, siteRelease } from './releases.ts';

/** A printing of a figure, as a page links it. */
export interface PrintingShown {
  release: string;
  /** The figure as printed, markup removed. */
  figure: string;
  /** Its column in the release's words ("Q1 FY2023"). */
  period: string;
  /** The fact's permalink (paths.fact). */
  href: string;
}

/** A figure printed otherwise than first, as the company page lists it. */
export interface FindingShown {
  /** Its anchor on the company page: stable, from the later printing's fact id. */
  id: string;
  verdict: Exclude<SeriesComparison['verdict'], 'same'>;
  label: string;
  earlier: PrintingShown;
  later: PrintingShown;
  /** The statement a restated or split-adjusted finding rests on, and where the release prints it. */
  statement: { release: string; text: string; covers: string | null; href: string } | null;
  /** A split-unstated, unverifiable or within-rounding finding's reading: tieout's words, never the company's. */
  reading: string | null;
}

export interface ChartShown {
  concept: string;
  label: string;
  /** A <figure> with its caption, the chart (SVG) and its data table: markup made by chartFigure, every text escaped. */
  html: string;
}

export interface CompanySeries {
  /** How many figures printed again for an earlier release's period have each verdict. */
  counts: Record<SeriesComparison['verdict'], number>;
  /** Differences first, then restatements, then splits, each in release order. */
  findings: FindingShown[];
  charts: ChartShown[];
  /** Key figures by quarter, each the latest printing (./key-figures.ts). */
  keyFigures: KeyFigures;
  /** Where the releases name one period otherwise, or one name other periods, in words (series/period-names.ts). */
  periodNamings: string[];
}

const ORDER: FindingShown['verdict'][] = ['mismatch', 'unverifiable', 'restated', 'split-adjusted', 'split-unstated', 'rounding'];

/** The company page's series, from the disk cache when none of its releases changed. */
export function siteCompanySeries(releaseIds: readonly string[]): CompanySeries {
  const key = releaseIds.map((id) => `${id}:${releaseInputKey(id)}`).join('|');
  return cached('company-series', key, () => companySeries(releaseIds.map((id) => siteRelease(id))));
}

/** A company's releases read together (any order): its findings and its headline charts. */
export function companySeries(releases: readonly Release[]): CompanySeries {
  const byId = new Map(releases.map((r) => [r.meta.id, r]));
  const compared = seriesComparisons(releases);
  const counts = { same: 0, rounding: 0, 'split-adjusted': 0, 'split-unstated': 0, restated: 0, unverifiable: 0, mismatch: 0 };
  for (const c of compared) counts[c.verdict]++;
  const shown = (p: SeriesPrinting, period: string): PrintingShown => {
    const release = byId.get(p.release)!;
    const fact = release.facts.find((f) => f.id === p.fact)!;
    return { release: p.release, figure: plainFigure(p.raw), period: periodName(release, period), href: paths.fact(p.release, fact.table, fact.row, p.fact.slice(p.fact.lastIndexOf('/') + 1)) };
  };
  const findings = ORDER.flatMap((verdict) =>
    compared
      .filter((c) => c.verdict === verdict)
      .map(
        (c): FindingShown => ({
          id: findingId(c.later.fact),
          verdict: verdict,
          label: c.later.label,
          earlier: shown(c.earlier, c.period),
          later: shown(c.later, c.period),
          statement: c.statement ? { release: c.statement.release, text: c.statement.text, covers: c.statement.covers ?? null, href: paths.sourceLine(c.statement.release, c.statement.line) } : null,
          reading: c.reading ?? null,
        }),
      ),
  );
  return { counts, findings, charts: headlineCharts(releases), keyFigures: keyFigures(releases, compared), periodNamings: periodNamings(releases).map(namingSentence) };
}

/**
 * A chart for each headline figure two or more releases print for their own period: its value
 * by period, as the release of that period printed it, in the order of the periods' ends.
 */
function headlineCharts(releases: readonly Release[]): ChartShown[] {
  const points = new Map<string, { label: string; unit: string; rows: { period: string; end: string; value: string; release: string }[] }>();
  for (const release of releases) {
    const period = release.periods.find((p) => p.id === release.meta.fiscalPeriod);
    for (const figure of headline(release)) {
      const f = figure.current;
      if (f.value === null) continue;
      const unit = `${f.unit}${f.scale ? ` 10^${f.scale}` : ''}`;
      const key = `${figure.concept}|${unit}`;
      const entry = points.get(key) ?? { label: figure.label, unit: unitWords(f.unit, f.scale), rows: [] };
      // Two releases of one period (a release and its re-issue): the period is charted once, as first printed.
      const label = periodName(release, release.meta.fiscalPeriod);
      const other = entry.rows.find((r) => r.period === label);
      if (other) {
        if (release.meta.releaseDate >= (releases.find((r) => r.meta.id === other.release)?.meta.releaseDate ?? '')) {
          points.set(key, entry);
          continue;
        }
        entry.rows.splice(entry.rows.indexOf(other), 1);
      }
      entry.rows.push({ period: periodName(release, release.meta.fiscalPeriod), end: period?.end ?? release.meta.fiscalPeriod, value: f.value, release: release.meta.id });
      points.set(key, entry);
    }
  }
  const charts: ChartShown[] = [];
  for (const [key, { label, unit, rows }] of points) {
    if (rows.length < 2) continue;
    rows.sort((a, b) => a.end.localeCompare(b.end));
    const data = rows.map((r) => ({ Period: r.period, [label]: r.value, Release: r.release, series: label }));
    const first = rows[0];
    const last = rows[rows.length - 1];
    const title = `${label} by period, as each release printed it`;
    const svg = lineTrend(data, {
      x: 'Period',
      series: 'series',
      y: label,
      title,
      description: `${label}: ${formatNumber(first.value)} in ${first.period}, ${formatNumber(last.value)} in ${last.period} (${unit}), across ${rows.length} releases.`,
      unit,
    });
    const figure = chartFigure(svg, data.map(({ series: _s, ...row }) => row), { caption: title, columns: ['Period', label, 'Release'] });
    charts.push({ concept: key.split('|')[0], label, html: figure.html });
  }
  return charts;
}
