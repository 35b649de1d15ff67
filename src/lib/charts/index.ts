/**
 * Charts: pure functions (rows, options) → SVG markup, Observable Plot
 * rendered at build time. Every chart is titled and described, draws only in
 * currentColor and the site's CSS custom properties, is 100% wide, and gives
 * byte-identical markup for the same input. Values are decimal strings or
 * Decimals; sums are done in Decimal and only positions become numbers.
 */
export { waterfall, waterfallBars, type WaterfallStep, type WaterfallBar, type WaterfallOptions, type StepKind } from './waterfall.ts';
export { groupedBars, type GroupedBarsOptions } from './grouped-bars.ts';
export { lineTrend, type LineTrendOptions } from './line-trend.ts';
export { stackedBars, stackLayout, type StackedBarsOptions, type StackSegment, type StackTotal } from './stacked-bars.ts';
export { chartFigure, type ChartFigureOptions } from './chart-figure.ts';
export type { ChartOptions } from './options.ts';
export type { Row, Rows, DecimalInput } from './rows.ts';
export { barChart, type BarChartOptions } from './bar-chart.ts';
export { ChartInlineStyle, ChartTitleMissing, PLOT_CLASS, renderPlot, serializeChart, type ChartText } from './render.ts';
export { chartsCss, FRAMED_CLASS } from './stylesheet.ts';
export { createDocument } from './document.ts';
export { responsive } from './responsive.ts';
export { SERIES } from './palette.ts';
export { DEFAULT_WIDTH, NARROW_WIDTH } from './options.ts';
