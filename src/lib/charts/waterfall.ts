/**
 * A bridge (waterfall): a starting amount, the changes that lead from it, and the total
 * they reach. Running totals are computed in Decimal; numbers are made only for drawing.
 */
import * as Plot from '@observablehq/plot';
import { Decimal } from '../decimal.ts';
import { renderPlot } from './render.ts';

export interface WaterfallStep {
  label: string;
  /** Exact decimal string (a nil step is "0"). */
  value: string;
  /** start and total are drawn from zero; a delta floats from the running total. */
  kind: 'start' | 'delta' | 'total';
}

export interface WaterfallOptions {
  title: string;
  description?: string;
  /** Axis label of the amounts, e.g. "USD thousands". */
  unit: string;
  width?: number;
  height?: number;
}

/** The bars of a bridge: where each starts and ends, exactly. */
export function waterfallBars(steps: WaterfallStep[]) {
  let running = new Decimal(0);
  return steps.map((step, i) => {
    const value = new Decimal(step.value);
    const from = step.kind === 'delta' ? running : new Decimal(0);
    const to = step.kind === 'delta' ? running.plus(value) : value;
    running = to;
    return { index: i, label: step.label, kind: step.kind, from: from.toString(), to: to.toString(), value: value.toString() };
  });
}

const FILL = { start: 'var(--accent, currentColor)', total: 'var(--accent, currentColor)', up: 'var(--exact, currentColor)', down: 'var(--mismatch, currentColor)' };

/** A signed label, so that a rise and a fall differ by more than colour: "+1,444", "−713". */
function signed(value: string, kind: WaterfallStep['kind']): string {
  const d = new Decimal(value);
  const text = d.abs().toNumber().toLocaleString('en-US', { maximumFractionDigits: 2 });
  if (kind !== 'delta') return d.isNegative() ? `−${text}` : text;
  return d.isNegative() ? `−${text}` : `+${text}`;
}

export function waterfall(steps: WaterfallStep[], options: WaterfallOptions): string {
  const bars = waterfallBars(steps).map((b) => ({
    ...b,
    y1: Number(b.from),
    y2: Number(b.to),
    top: Math.max(Number(b.from), Number(b.to)),
    fill: b.kind === 'delta' ? (new Decimal(b.value).isNegative() ? FILL.down : FILL.up) : FILL[b.kind],
    text: signed(b.value, b.kind),
  }));
  return renderPlot(
    {
      width: options.width ?? 680,
      height: options.height ?? 360,
      marginLeft: 64,
      marginBottom: 70,
      x: { domain: bars.map((b) => b.label), label: null, tickRotate: -20 },
      y: { label: `↑ ${options.unit}`, grid: true },
      color: { type: 'identity' },
      marks: [
        Plot.barY(bars, { x: 'label', y1: 'y1', y2: 'y2', fill: 'fill' }),
        Plot.text(bars, { x: 'label', y: 'top', text: 'text', dy: -7, fill: 'currentColor' }),
        Plot.ruleY([0]),
      ],
    },
    { title: options.title, description: options.description },
  );
}
