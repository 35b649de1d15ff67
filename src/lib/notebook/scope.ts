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
import { barChart, chartFigure, createDocument, groupedBars, lineTrend, PLOT_CLASS, renderPlot, responsive, stackedBars, stackLayout, waterfall, waterfallBars, type ChartText } from '../charts/index.ts';
import { Markup } from '../markup.ts';

/**
 * Observable Plot with `Plot.plot` bound to a server-side document. Without a `width`, a chart
 * is drawn as the site's own are (charts/responsive.ts): once for a desktop column and once for a
 * phone, the one that fits shown, at the site's font size and in its theme (charts.css), so that
 * `Plot.plot` as a cell first writes it never shows 4 px text on a phone; the result is Markup.
 * With a `width`, it is one drawing, the element Plot makes. Marks' shorthand `mark.plot()` does
 * not go through it: write `Plot.plot({ marks: [mark] })`.
 */
export const Plot = {
  ...PlotModule,
  plot: (options: PlotModule.PlotOptions = {}) =>
    options.width !== undefined
      ? PlotModule.plot({ document: createDocument(), className: PLOT_CLASS, ...options })
      : new Markup(responsive((width) => renderPlot({ ...options, width }, { title: typeof options.title === 'string' ? options.title : undefined } as ChartText))),
};

/**
 * A chart function for cells: drawn for a desktop and for a phone (charts/responsive.ts),
 * unless the cell asks for a width of its own; the result is Markup, shown as is.
 */
function forCells<R, O extends { width?: number }>(chart: (rows: R, options: O) => string) {
  return (rows: R, options: O) =>
    new Markup(options && typeof options === 'object' && options.width !== undefined ? chart(rows, options) : responsive((width) => chart(rows, { ...options, width })));
}

export function baseScope(): Record<string, unknown> {
  return {
    aq,
    op: aq.op,
    Plot,
    /** barChart(table, options): an SVG bar chart (charts/bar-chart.ts), shown as a chart. */
    barChart: (...args: Parameters<typeof barChart>) => new Markup(barChart(...args)),
    /** waterfall(steps, { title, unit, … }): a bridge from a start through deltas to totals (charts/waterfall.ts). */
    waterfall: forCells(waterfall),
    /** waterfallBars(steps): the bridge's running totals, computed in Decimal, as plain objects. */
    waterfallBars,
    /** groupedBars(rows, { x, group, y, title, unit }): a block of bars per x (charts/grouped-bars.ts). */
    groupedBars: forCells(groupedBars),
    /** lineTrend(rows, { x, series, y, title, unit }): a line per series across x (charts/line-trend.ts). */
    lineTrend: forCells(lineTrend),
    /** stackedBars(rows, { x, stack, y, title, unit }): diverging stacks with their net (charts/stacked-bars.ts). */
    stackedBars: forCells(stackedBars),
    /** stackLayout(rows, { x, stack, y }): the stacks' segment ends and nets, computed in Decimal. */
    stackLayout,
    /** chartFigure(chart, rows, { caption, dataHref }): the chart in a <figure> with its caption and data table (Markup). */
    chartFigure,
  };
}
