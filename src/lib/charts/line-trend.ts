/** Lines across ordered periods, one per series (e.g. segment margins and Adjusted EBITDA margin). */
import * as Plot from '@observablehq/plot';
import { renderPlot } from './render.ts';
import { SERIES_COLORS } from './palette.ts';

export interface LineTrendOptions {
  /** Field of the periods, drawn in the order first seen (give rows chronologically). */
  x: string;
  series: string;
  /** Field of the values: exact decimal strings. */
  y: string;
  title: string;
  description?: string;
  unit: string;
  width?: number;
  height?: number;
}

export function lineTrend(rows: Record<string, unknown>[], options: LineTrendOptions): string {
  const periods = [...new Set(rows.map((r) => String(r[options.x])))];
  const series = [...new Set(rows.map((r) => String(r[options.series])))];
  const data = rows.map((r) => ({ x: String(r[options.x]), series: String(r[options.series]), y: Number(r[options.y]), text: String(r[options.y]) }));
  return renderPlot(
    {
      width: options.width ?? 680,
      height: options.height ?? 340,
      marginLeft: 56,
      marginRight: 40,
      x: { type: 'point', domain: periods, label: null, inset: 30 },
      y: { label: `↑ ${options.unit}`, grid: true },
      color: { domain: series, range: SERIES_COLORS, legend: true },
      marks: [
        Plot.line(data, { x: 'x', y: 'y', stroke: 'series', strokeWidth: 2 }),
        Plot.dot(data, { x: 'x', y: 'y', fill: 'series', r: 3.5 }),
        Plot.text(data, { x: 'x', y: 'y', text: 'text', dy: -9, fill: 'currentColor' }),
      ],
    },
    { title: options.title, description: options.description },
  );
}
