/** Charts: Observable Plot rendered to inline SVG at build time, as pure functions of their rows. */
export { barChart, type BarChartOptions } from './bar-chart.ts';
export { waterfall, waterfallBars, type WaterfallStep, type WaterfallOptions } from './waterfall.ts';
export { groupedBars, type GroupedBarsOptions } from './grouped-bars.ts';
export { lineTrend, type LineTrendOptions } from './line-trend.ts';
export { stackedBars, type StackedBarsOptions } from './stacked-bars.ts';
export { chartFigure, type ChartFigureOptions } from './chart-figure.ts';
export { ChartTitleMissing, renderPlot, serializeChart, type ChartText } from './render.ts';
export { createDocument } from './document.ts';
