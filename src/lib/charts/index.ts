/** Charts: Observable Plot rendered to inline SVG at build time. */
export { barChart, type BarChartOptions } from './bar-chart.ts';
export { ChartTitleMissing, renderPlot, serializeChart, type ChartText } from './render.ts';
export { createDocument } from './document.ts';
