import * as aq from 'arquero';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { barChart } from '../../../src/lib/charts/index.ts';
import { proportional } from './dom.ts';

const segments = () =>
  aq.table({ segment: ['Data center services', 'IP services'], revenue: ['39123', '27408'] });

test('barChart(table, options) draws one bar per row, in row order, from decimal strings', () => {
  const svg = barChart(segments(), { x: 'segment', y: 'revenue', title: 'Revenue by segment', yLabel: 'USD thousands' });
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const bars = [...document.querySelectorAll('g[data-mark="bar"] rect')];
  expect(bars).toHaveLength(2);
  const heights = bars.map((bar) => Number(bar.getAttribute('height')));
  expect(proportional(heights[0]!, heights[1]!, 39123, 27408)).toBe(true);
  const labels = [...document.querySelectorAll('g[data-mark="x-axis tick label"] text')].map((t) => t.textContent);
  expect(labels).toEqual(['Data center services', 'IP services']);
  expect(svg).toContain('<title>Revenue by segment</title>');
  expect(svg).toContain('USD thousands');
});

test('barChart is a pure function of its input: the same table gives the same bytes', () => {
  const options = { x: 'segment', y: 'revenue', title: 'Revenue by segment' };
  expect(barChart(segments(), options)).toBe(barChart(segments(), options));
});
