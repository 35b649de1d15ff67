/**
 * The part of a notebook's scope that every notebook shares. A page adds the
 * release's own names (`facts`, `checks`, `Decimal`, …) on top:
 *
 *     const scope = { ...baseScope(), facts: factsTable(release), checks, Decimal };
 *
 * so that this module never depends on ingest or checks.
 */
import * as aq from 'arquero';
import * as PlotModule from '@observablehq/plot';
import { barChart, chartFigure, createDocument, groupedBars, lineTrend, PLOT_CLASS, renderPlot, responsive, SERIES, stackedBars, stackLayout, waterfall, waterfallBars, type ChartText } from '../charts/index.ts';
import { Markup } from '../markup.ts';
import { FONT_SIZE } from '../charts/options.ts';

/**
 * Observable Plot with `Plot.plot` bound to a server-side document. Without a `width`, a chart
 * is drawn as the site's own are (charts/responsive.ts): once for a desktop column and once for a
 * phone, the one that fits shown, at the site's font size and in its theme (charts.css), so that
 * `Plot.plot` as a cell first writes it never shows 4 px text on a phone; the result is Markup.
 * With a `width`, it is one drawing, the element Plot makes. Marks' shorthand `mark.plot()` does
 * not go through it: write `Plot.plot({ marks: [mark] })`.
 */
export const Plot = plotFor();

/**
 * A reader's name for a value on a chart, or undefined to keep it: the release's period labels
 * ("2010-q2" → "Q2 2010", "2025-q3" → "Q3 FY2025"), the function its tables in cells use.
 */
export type ChartLabel = (value: string) => string | undefined;

const ORDINAL = new Set(['ordinal', 'band', 'point']);
const LABELLED_SCALES = ['x', 'y', 'fx', 'fy', 'color', 'symbol'] as const;

/**
 * Observable Plot as cells see it (`Plot` above). The chart is first laid out once, to learn what
 * Plot decided from the data, and then drawn with defaults a cell has not set itself:
 * - with `label`, a scale of categories (band, point, ordinal: a chart's periods) whose values it
 *   names is labelled by it, unless the cell gives the scale a tickFormat; a continuous scale
 *   (numbers, dates) keeps Plot's own format;
 * - the left margin fits the y axis's tick labels at the site's font size: Plot leaves 40 px, which
 *   its 10 px text fills with "8,000" and the site's 12 px text overflowed, cutting the first digit;
 * - the bottom margin leaves the x axis's title ("period") clear of its tick labels at that size;
 * - a colour scale of categories takes the site's series colours.
 */
function plotFor(label?: ChartLabel) {
  const laidOut = (options: PlotModule.PlotOptions): PlotModule.PlotOptions => {
    let probe: ReturnType<typeof PlotModule.plot>;
    try {
      probe = PlotModule.plot({ document: createDocument(), ...options, width: options.width ?? 640 });
    } catch {
      return options; // Plot's own error, as the cell's, comes from the drawing itself.
    }
    const out: Record<string, unknown> = { ...options };
    const named = (v: string) => (label ? label(v) : undefined);
    for (const name of LABELLED_SCALES) {
      if (!label) break;
      const scale = probe.scale(name);
      const own = (options as Record<string, { tickFormat?: unknown } | undefined>)[name];
      if (!scale || !ORDINAL.has(scale.type ?? '') || own?.tickFormat !== undefined) continue;
      if (![...(scale.domain ?? [])].some((v: unknown) => typeof v === 'string' && named(v) !== undefined)) continue;
      out[name] = { ...own, tickFormat: (v: unknown) => (typeof v === 'string' ? (named(v) ?? v) : String(v)) };
    }
    // Categories in colour take the site's series colours, defined for both schemes (site.css), as the
    // helpers' charts do, unless the cell chose colours or there are more categories than colours.
    // A mark in no scale's colour is drawn in the site's first series colour by site.css.
    const colour = probe.scale('color');
    const ownColour = (options as { color?: { scheme?: unknown; range?: unknown; interpolate?: unknown } }).color;
    if (colour?.type === 'ordinal' && ownColour?.scheme === undefined && ownColour?.range === undefined && ownColour?.interpolate === undefined && [...(colour.domain ?? [])].length <= SERIES.length) {
      out.color = { ...(out.color as object | undefined), range: SERIES };
    }
    const y = (options as { y?: { axis?: unknown } }).y;
    // Drawn at a width of its own, the chart is Plot's, at Plot's font size.
    if (options.width === undefined && options.marginLeft === undefined && options.margin === undefined && y?.axis !== 'right') {
      const yLabelled = out.y !== (options as { y?: unknown }).y;
      const ticks = [...(probe as unknown as Element).querySelectorAll('g[aria-label="y-axis tick label"] text')].map((t) => t.textContent ?? '');
      // Characters at about 0.62 em of the site's font, the tick and its padding (9 px), a little room.
      const widest = Math.max(0, ...ticks.map((t) => ((yLabelled && named(t)) || t).length));
      const need = Math.ceil(widest * 0.62 * FONT_SIZE) + 13;
      if (need > 40) out.marginLeft = need;
    }
    const x = (options as { x?: { axis?: unknown } }).x;
    const xLabel = (probe as unknown as Element).querySelector('g[aria-label="x-axis label"]');
    if (options.width === undefined && options.marginBottom === undefined && options.margin === undefined && x?.axis !== 'top' && xLabel) {
      // Plot sets the axis title's baseline 3 px above the bottom and its tick labels 9 px under the
      // frame: its 30 px leave its own 10 px text 1 px apart, and the site's 12 px text overlapped.
      // Room for the tick labels' lines, 4 px, then the title.
      const lines = Math.max(1, ...[...(probe as unknown as Element).querySelectorAll('g[aria-label="x-axis tick label"] text')].map((t) => Math.max(1, t.querySelectorAll('tspan').length)));
      out.marginBottom = 9 + lines * FONT_SIZE + 4 + FONT_SIZE + 3;
    }
    return out as PlotModule.PlotOptions;
  };
  return {
    ...PlotModule,
    plot: (options: PlotModule.PlotOptions = {}) => {
      const o = laidOut(options);
      return o.width !== undefined
        ? PlotModule.plot({ document: createDocument(), className: PLOT_CLASS, ...o })
        : new Markup(responsive((width) => renderPlot({ ...o, width }, { title: typeof o.title === 'string' ? o.title : undefined } as ChartText)));
    },
  };
}

/**
 * Rows with the values of `columns` (all of a row's, when null) that `label` names replaced by
 * their names, as new objects; the rows given are left as they are.
 */
function labelRows(rows: unknown, columns: readonly (string | undefined)[] | null, label: ChartLabel | undefined): unknown {
  if (!label) return rows;
  const list = rows instanceof aq.Table ? rows.objects() : rows;
  if (!Array.isArray(list)) return rows;
  return list.map((row: unknown) => {
    if (typeof row !== 'object' || row === null) return row;
    let out = row as Record<string, unknown>;
    for (const column of columns ?? Object.keys(row)) {
      const value = column === undefined ? undefined : out[column];
      const name = typeof value === 'string' ? label(value) : undefined;
      if (name !== undefined) out = { ...out, [column!]: name };
    }
    return out;
  });
}

/**
 * A chart function for cells: drawn for a desktop and for a phone (charts/responsive.ts),
 * unless the cell asks for a width of its own; the result is Markup, shown as is.
 */
function forCells<R, O extends { width?: number }>(chart: (rows: R, options: O) => string, label?: ChartLabel, columns?: (options: O) => (string | undefined)[]) {
  return (rows: R, options: O) => {
    const shown = (columns ? labelRows(rows, columns(options ?? ({} as O)), label) : rows) as R;
    return new Markup(options && typeof options === 'object' && options.width !== undefined ? chart(shown, options) : responsive((width) => chart(shown, { ...options, width })));
  };
}

/**
 * With `label` (a release's notebook: its period labels), the charts name what it names as its
 * tables do, by default: the periods of a chart's categories (lineTrend's and groupedBars' x,
 * stackedBars' x and stacks, a series or group, a waterfall's steps, Plot's band and point
 * scales) and of a chart's data table ("2025-q3" is drawn "Q3 FY2025").
 */
export function baseScope({ label }: { label?: ChartLabel } = {}): Record<string, unknown> {
  type Opt<F> = F extends (rows: never, options: infer O) => string ? O : never;
  return {
    aq,
    op: aq.op,
    Plot: label ? plotFor(label) : Plot,
    /** barChart(table, options): an SVG bar chart (charts/bar-chart.ts), shown as a chart. */
    barChart: (...args: Parameters<typeof barChart>) => new Markup(barChart(...args)),
    /** waterfall(steps, { title, unit, … }): a bridge from a start through deltas to totals (charts/waterfall.ts). */
    waterfall: forCells(waterfall, label, () => ['label']),
    /** waterfallBars(steps): the bridge's running totals, computed in Decimal, as plain objects. */
    waterfallBars,
    /** groupedBars(rows, { x, group, y, title, unit }): a block of bars per x (charts/grouped-bars.ts). */
    groupedBars: forCells(groupedBars, label, (o: Opt<typeof groupedBars>) => [o.x, o.group]),
    /** lineTrend(rows, { x, series, y, title, unit }): a line per series across x (charts/line-trend.ts). */
    lineTrend: forCells(lineTrend, label, (o: Opt<typeof lineTrend>) => [o.x, o.series]),
    /** stackedBars(rows, { x, stack, y, title, unit }): diverging stacks with their net (charts/stacked-bars.ts). */
    stackedBars: forCells(stackedBars, label, (o: Opt<typeof stackedBars>) => [o.x, o.stack]),
    /** stackLayout(rows, { x, stack, y }): the stacks' segment ends and nets, computed in Decimal. */
    stackLayout,
    /** chartFigure(chart, rows, { caption, dataHref }): the chart in a <figure> with its caption and data table (Markup). */
    chartFigure: (chart: Parameters<typeof chartFigure>[0], rows: Parameters<typeof chartFigure>[1], options: Parameters<typeof chartFigure>[2]) =>
      chartFigure(chart, labelRows(rows, null, label) as Parameters<typeof chartFigure>[1], options),
  };
}
