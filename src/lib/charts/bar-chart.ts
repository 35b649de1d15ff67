/**
 * A bar chart of one label column and one value column of an Arquero table,
 * in the table's row order. Values may be exact decimal strings: they are
 * converted to numbers for drawing only, where a float's precision is plenty.
 */
import * as Plot from '@observablehq/plot';
import type { Table } from 'arquero';
import { renderPlot } from './render.ts';

export interface BarChartOptions {
  /** Column of bar labels (x). */
  x: string;
  /** Column of bar values (y): numbers or decimal strings. */
  y: string;
  /** Text alternative of the chart. */
  title: string;
  description?: string;
  /** Axis label of the values, e.g. "USD thousands". */
  yLabel?: string;
  width?: number;
  height?: number;
}

export function barChart(table: Table, options: BarChartOptions): string {
  const rows = table.objects() as Record<string, unknown>[];
  const labels = rows.map((row) => String(row[options.x]));
  const value = (row: Record<string, unknown>) => Number(row[options.y]);
  return renderPlot(
    {
      width: options.width ?? 640,
      height: options.height ?? 320,
      marginLeft: 60,
      x: { domain: labels, label: null },
      y: { label: options.yLabel ?? options.y, grid: true },
      marks: [Plot.barY(rows, { x: (row: Record<string, unknown>) => String(row[options.x]), y: value }), Plot.ruleY([0])],
    },
    { title: options.title, description: options.description },
  );
}
