/**
 * A company's key figures by quarter, for its page (issue 32): revenue, gross and operating
 * margin, net income, diluted EPS, operating cash flow and the non-GAAP measures its releases
 * print, one row each, with a column for every quarter any release prints (newest first, named as
 * the statements name it: "Q3 FY2025"). Each figure is the latest printing of it (the newest
 * release that prints the line for that quarter), linked to that fact; one that release prints
 * otherwise than first (restated, split-adjusted or different with nothing said: the series'
 * comparisons) is marked so and linked to its finding; a per-share figure or share count that only
 * releases before a stated stock split print is marked as printed before it (not adjusted: no
 * figure is made up).
 *
 * Concepts are the base model's reading of each release (`baseConcepts`: lines recognized with
 * certainty by their labels), so no company model is needed. A margin the releases do not print
 * is computed from the figures they do (the base model's definition: gross profit or operating
 * income ÷ revenue × 100, both from one release), said so, and never a printed figure.
 */
import { parseDecimal, powerOfTen, toPlain } from '../decimal.ts';
import { baseConcept } from '../model/index.ts';
import { formatNumber } from '../format/index.ts';
import type { Fact, Release, SeriesComparison } from '../types.ts';
import { statementsOf } from '../series/index.ts';
import { baseConcepts } from './headline.ts';
import { periodName } from './labels.ts';
import { paths } from './paths.ts';

/** The rows, in order: a row no release prints (or can compute) is left out. */
export const KEY_CONCEPTS = [
  'revenue',
  'gross-margin',
  'operating-margin',
  'net-income',
  'eps-diluted',
  'cash-from-operations',
  'non-gaap-gross-margin',
  'non-gaap-operating-margin',
  'non-gaap-operating-income',
  'non-gaap-net-income',
  'non-gaap-eps-diluted',
  'adjusted-ebitda',
  'adjusted-ebitda-margin',
  'free-cash-flow',
] as const;

/** A margin a release may not print, and the measure it is computed from (÷ revenue × 100). */
const MARGINS: Record<string, string> = {
  'gross-margin': 'gross-profit',
  'operating-margin': 'operating-income',
  'non-gaap-gross-margin': 'non-gaap-gross-profit',
  'non-gaap-operating-margin': 'non-gaap-operating-income',
  'adjusted-ebitda-margin': 'adjusted-ebitda',
};

/** A quarter's period id, as every release of a company names it ("2023-q2"). */
const QUARTER = /^\d{4}-q[1-4]$/;

export interface KeyFigureCell {
  /** The figure as printed (markup removed), or as computed ("24.7%"). */
  figure: string;
  /** The release whose printing is shown. */
  release: string;
  /** The fact's permalink (paths.fact); for a computed margin, the measure's. */
  href: string;
  /** For a computed margin: how, in words ("operating income ÷ revenue, as printed in nvda-fy2023-q4"). */
  computed: string | null;
  /** Printed otherwise than first: the verdict and the anchor of its finding on the company page. */
  otherwise: { verdict: Exclude<SeriesComparison['verdict'], 'same'>; finding: string; first: string; firstRelease: string } | null;
  /** How many releases print it. */
  printings: number;
  /** A per-share figure or share count printed before a stock split a later release states, so not adjusted for it: that statement. */
  beforeSplit: { release: string; text: string } | null;
}

export interface KeyFigureRow {
  concept: string;
  label: string;
  /** The row's unit in words ("USD millions", "percent", "USD per share"). */
  unit: string;
  /** One per period of `KeyFigures.periods`, null where no release prints it. */
  cells: (KeyFigureCell | null)[];
}

export interface KeyFigures {
  /** Quarters, newest first: id and the name the latest release printing it gives it. */
  periods: { id: string; label: string }[];
  rows: KeyFigureRow[];
}

/** A finding's anchor on the company page: stable, from the later printing's fact id. */
export function findingId(factId: string): string {
  return `across-${factId.replace(/[^a-z0-9]+/gi, '-')}`;
}

interface Printing {
  release: Release;
  fact: Fact;
}

/**
 * The key figures of a company's releases (any order), each the latest printing of its quarter;
 * `comparisons` are the releases' series comparisons (seriesComparisons), which mark a figure
 * printed otherwise than first.
 */
export function keyFigures(releases: readonly Release[], comparisons: readonly SeriesComparison[]): KeyFigures {
  const ordered = [...releases].sort((a, b) => a.meta.releaseDate.localeCompare(b.meta.releaseDate) || a.meta.id.localeCompare(b.meta.id));
  const wanted = new Set<string>([...KEY_CONCEPTS, ...Object.values(MARGINS)]);
  // concept → period → the printings, oldest release first (one a release: the first of its lines in its order).
  const printed = new Map<string, Map<string, Printing[]>>();
  const labels = new Map<string, string>();
  const ends = new Map<string, string>();
  // The latest release naming each quarter: its name is the column's.
  const latestNaming = new Map<string, Release>();
  for (const release of ordered) {
    const quarters = new Map(release.periods.filter((p) => p.kind === 'duration' && QUARTER.test(p.id)).map((p) => [p.id, p]));
    for (const [id, p] of quarters) {
      if (p.end) ends.set(id, p.end);
      latestNaming.set(id, release);
    }
    const byRow = new Map<string, Fact[]>();
    for (const f of release.facts) {
      if (f.origin !== 'cell' || f.status !== 'reported' || f.value === null || f.dimension || f.basis === 'previously-reported' || !quarters.has(f.period)) continue;
      const key = `${f.table}/${f.row}`;
      const list = byRow.get(key);
      if (list) list.push(f);
      else byRow.set(key, [f]);
    }
    for (const [concept, reading] of baseConcepts(release)) {
      if (!wanted.has(concept)) continue;
      labels.set(concept, reading.label);
      const own = new Map<string, Fact>();
      for (const row of reading.rows) {
        if (!row.certain) continue;
        for (const f of byRow.get(row.key) ?? []) if (!own.has(f.period)) own.set(f.period, f);
      }
      let periods = printed.get(concept);
      if (!periods) printed.set(concept, (periods = new Map()));
      for (const [period, fact] of own) {
        const list = periods.get(period);
        if (list) list.push({ release, fact });
        else periods.set(period, [{ release, fact }]);
      }
    }
  }
  const otherwise = new Map(comparisons.filter((c) => c.verdict !== 'same').map((c) => [c.later.fact, c]));
  // Each split by the first release stating it: a figure printed by an earlier release predates it, and so does one
  // printed by that release where it only announces the split ("announced a ten-for-one forward stock split") rather than
  // saying its figures reflect it ("retroactively adjusted to reflect the 20-for-1 stock split"). Later releases that
  // mention the split again ("comparable prior year periods … adjusted") print figures after it.
  const splits = new Map<string, { at: number; release: string; text: string }>();
  ordered.forEach((r, at) => {
    const split = statementsOf(r).split;
    if (split && !splits.has(split.ratio.toString())) splits.set(split.ratio.toString(), { at, release: r.meta.id, text: split.text });
  });
  const position = new Map(ordered.map((r, i) => [r, i]));
  const splitAfter = (release: Release) => {
    const i = position.get(release)!;
    return [...splits.values()].find((s) => s.at > i || (s.at === i && !/\b(adjust|reflect|retroactive)/i.test(s.text))) ?? null;
  };
  const periodIds = [...new Set([...printed.values()].flatMap((m) => [...m.keys()]))].sort((a, b) => (ends.get(b) ?? b).localeCompare(ends.get(a) ?? a) || b.localeCompare(a));
  const latestOf = (concept: string, period: string) => printed.get(concept)?.get(period)?.at(-1) ?? null;
  const periods = periodIds.map((id) => ({ id, label: periodName(latestNaming.get(id)!, id) }));

  const rows: KeyFigureRow[] = [];
  for (const concept of KEY_CONCEPTS) {
    const latest = periodIds.map((p) => latestOf(concept, p));
    const shown = latest.find((p) => p !== null);
    const unitOf = shown ? shown.fact : null;
    const cells = periodIds.map((period, i): KeyFigureCell | null => {
      const p = latest[i];
      if (p && unitOf && sameUnit(p.fact, unitOf)) {
        const split = p.fact.unit.endsWith('/share') || p.fact.unit === 'shares' ? splitAfter(p.release) : null;
        return { ...printedCell(p, printed.get(concept)!.get(period)!.length, unitOf.scale, otherwise), beforeSplit: split && { release: split.release, text: split.text } };
      }
      if (!p && MARGINS[concept]) return computedMargin(concept, period, printed);
      return null;
    });
    if (cells.every((c) => c === null)) continue;
    const label = labels.get(concept) ?? labelOf(concept);
    rows.push({ concept, label, unit: unitOf ? unitWords(unitOf.unit, unitOf.scale) : 'percent', cells });
  }
  return { periods, rows };
}

/** A concept's name where no release names it: the base model's, a non-GAAP twin's from its GAAP concept's. */
function labelOf(concept: string): string {
  const twin = concept.startsWith('non-gaap-') ? baseConcept(concept.slice('non-gaap-'.length))?.label : undefined;
  if (twin) return `Non-GAAP ${twin.charAt(0).toLowerCase()}${twin.slice(1)}`;
  return baseConcept(concept)?.label ?? concept;
}

function sameUnit(a: Fact, b: Fact): boolean {
  return a.unit === b.unit;
}

function printedCell(p: Printing, printings: number, rowScale: number, otherwise: Map<string, SeriesComparison>): KeyFigureCell {
  const f = p.fact;
  // A figure printed at another scale than the row's is shown at the row's (20,836 thousands as 20.836 millions).
  const figure =
    f.scale === rowScale
      ? plainFigure(f.raw).replace('$', '')
      : formatNumber(toPlain(parseDecimal(f.value!).times(powerOfTen(f.scale - rowScale))), { decimals: Math.max(0, f.decimals - (rowScale - f.scale)) });
  const c = otherwise.get(f.id);
  return {
    figure,
    release: p.release.meta.id,
    href: factHref(f),
    computed: null,
    otherwise: c && c.verdict !== 'same' ? { verdict: c.verdict, finding: findingId(f.id), first: plainFigure(c.earlier.raw), firstRelease: c.earlier.release } : null,
    printings,
    beforeSplit: null,
  };
}

/**
 * A margin no release prints for the quarter, from the latest release that prints both its measure
 * and revenue for it: measure ÷ revenue × 100, to one place, in decimal.js.
 */
function computedMargin(concept: string, period: string, printed: Map<string, Map<string, Printing[]>>): KeyFigureCell | null {
  const measure = printed.get(MARGINS[concept]!)?.get(period) ?? [];
  const revenue = printed.get('revenue')?.get(period) ?? [];
  for (let i = measure.length - 1; i >= 0; i--) {
    const m = measure[i]!;
    const r = revenue.find((x) => x.release === m.release);
    if (!r || r.fact.unit !== m.fact.unit) continue;
    const denominator = parseDecimal(r.fact.value!).times(powerOfTen(r.fact.scale));
    if (denominator.lte(0)) return null;
    const value = parseDecimal(m.fact.value!).times(powerOfTen(m.fact.scale)).div(denominator).times(100);
    return {
      figure: `${formatNumber(toPlain(value), { decimals: 1 })}%`,
      release: m.release.meta.id,
      href: factHref(m.fact),
      computed: `computed: ${m.fact.label} ${plainFigure(m.fact.raw)} ÷ ${r.fact.label} ${plainFigure(r.fact.raw)} × 100, as printed in ${m.release.meta.id}`,
      otherwise: null,
      printings: 1,
      beforeSplit: null,
    };
  }
  return null;
}

function factHref(f: Fact): string {
  return paths.fact(f.release, f.table, f.row, f.id.slice(f.id.lastIndexOf('/') + 1));
}

/** A printed figure less its markup ("<u>\$ 9,924</u>" → "$ 9,924", spaces after "$" dropped). */
export function plainFigure(raw: string): string {
  return raw.replace(/<\/?u>/g, '').replace(/\\/g, '').replace(/\$\s+/, '$');
}

export function unitWords(unit: string, scale: number): string {
  const scaleWord: Record<number, string> = { 3: ' thousands', 6: ' millions', 9: ' billions' };
  if (unit.endsWith('/share')) return `${unit.slice(0, -6)} per share`;
  const per = /^([A-Z]{3})\/(\S+)$/.exec(unit);
  if (per) return `${per[1]} per ${per[2]}`;
  if (unit === 'percent') return 'percent';
  return `${unit}${scaleWord[scale] ?? ''}`;
}
