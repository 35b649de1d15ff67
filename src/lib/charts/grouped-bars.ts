/** Bars grouped by a category (e.g. period), one bar per series in each group (e.g. segment revenue and profit). */
import * as Plot from '@observablehq/plot';
import { renderPlot } from './render.ts';
import { SERIES_COLORS } from './palette.ts';

export interface GroupedBarsOptions {
  /** Field of the groups along the axis, in the order first seen. */
  x: string;
  /** Field of the bars within a group. */
  group: string;
  /** Field of the values: exact decimal strings. */
  y: string;
  title: string;
  description?: string;
  unit: string;
  width?: number;
  height?: number;
}

export function groupedBars(rows: Record<string, unknown>[], options: GroupedBarsOptions): string {
  const groups = [...new Set(rows.map((r) => String(r[options.x])))];
  const series = [...new Set(rows.map((r) => String(r[options.group])))];
  const data = rows.map((r) => ({ x: String(r[options.x]), group: String(r[options.group]), y: Number(r[options.y]) }));
  return renderPlot(
    {
      width: options.width ?? 680,
      height: options.height ?? 340,
      marginLeft: 64,
      fx: { domain: groups, label: null },
      x: { domain: series, axis: null },
      y: { label: `↑ ${options.unit}`, grid: true },
      color: { domain: series, range: SERIES_COLORS, legend: true },
      marks: [Plot.barY(data, { fx: 'x', x: 'group', y: 'y', fill: 'group' }), Plot.ruleY([0])],
    },
    { title: options.title, description: options.description },
  );
}
