/**
 * Stacked bars, one per category (e.g. a balance sheet date), stacked by component. Negative
 * components (an accumulated deficit) stack below zero, so a bar's parts above and below the
 * axis net to its total: Plot's stackY diverges positive and negative values by default.
 */
import * as Plot from '@observablehq/plot';
import { renderPlot } from './render.ts';

export interface StackedBarsOptions {
  x: string;
  stack: string;
  /** Field of the values: exact decimal strings. */
  y: string;
  title: string;
  description?: string;
  unit: string;
  width?: number;
  height?: number;
}

export function stackedBars(rows: Record<string, unknown>[], options: StackedBarsOptions): string {
  const categories = [...new Set(rows.map((r) => String(r[options.x])))];
  const parts = [...new Set(rows.map((r) => String(r[options.stack])))];
  const data = rows.map((r) => ({ x: String(r[options.x]), stack: String(r[options.stack]), y: Number(r[options.y]) }));
  return renderPlot(
    {
      width: options.width ?? 680,
      height: options.height ?? 420,
      marginLeft: 72,
      x: { domain: categories, label: null },
      y: { label: `↑ ${options.unit}`, grid: true },
      color: { domain: parts, scheme: 'observable10', legend: true },
      marks: [
        Plot.barY(data, Plot.stackY({ x: 'x', y: 'y', fill: 'stack', order: parts, stroke: 'var(--bg, Canvas)', strokeWidth: 0.5 })),
        Plot.ruleY([0]),
      ],
    },
    { title: options.title, description: options.description },
  );
}
