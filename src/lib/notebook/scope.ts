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
import { barChart, chartFigure, createDocument, groupedBars, lineTrend, stackedBars, waterfall } from '../charts/index.ts';
import { Markup } from './output.ts';

/**
 * Observable Plot with `Plot.plot` bound to a server-side document. Marks'
 * shorthand `mark.plot()` does not go through it: write `Plot.plot({ marks: [mark] })`.
 */
export const Plot = {
  ...PlotModule,
  plot: (options: PlotModule.PlotOptions = {}) => PlotModule.plot({ document: createDocument(), ...options }),
};

export function baseScope(): Record<string, unknown> {
  return {
    aq,
    op: aq.op,
    Plot,
    /** barChart(table, options): an SVG bar chart (charts/bar-chart.ts), shown as a chart. */
    barChart: (...args: Parameters<typeof barChart>) => new Markup(barChart(...args)),
    // Chart functions return SVG strings; a cell shows them through chartFigure (with its data) or as is.
    waterfall: (...args: Parameters<typeof waterfall>) => new Markup(waterfall(...args)),
    groupedBars: (...args: Parameters<typeof groupedBars>) => new Markup(groupedBars(...args)),
    lineTrend: (...args: Parameters<typeof lineTrend>) => new Markup(lineTrend(...args)),
    stackedBars: (...args: Parameters<typeof stackedBars>) => new Markup(stackedBars(...args)),
    /** chartFigure(chart, rows, { caption, dataHref }): the chart with its caption and the data behind it. */
    chartFigure: (chart: Markup | string, rows: Record<string, unknown>[], options: Parameters<typeof chartFigure>[2]) =>
      new Markup(chartFigure(typeof chart === 'string' ? chart : chart.html, rows, options)),
  };
}
