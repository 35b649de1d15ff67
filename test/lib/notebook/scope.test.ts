/**
 * A release's notebook draws its periods as its tables print them (issue 31): the chart helpers
 * and Plot.plot in a cell label a period id with the release's label by default ("2025-q3" is
 * drawn "Q3 FY2025"), and leave every other value, and a cell's own tickFormat, alone.
 */
import { describe, expect, test } from 'vitest';
import * as aq from 'arquero';
import { baseScope, Markup } from '../../../src/lib/notebook/index.ts';

const LABELS: Record<string, string> = { '2025-q2': 'Q2 FY2025', '2025-q3': 'Q3 FY2025' };
const label = (v: string) => LABELS[v];
const rows = [
  { period: '2025-q2', series: 'Revenue', value: '30040' },
  { period: '2025-q3', series: 'Revenue', value: '35082' },
  { period: '2025-q2', series: 'Gross profit', value: '22574' },
  { period: '2025-q3', series: 'Gross profit', value: '26156' },
];
type Chart = (rows: unknown, options: Record<string, unknown>) => Markup;
const title = { title: 'Revenue and gross profit', unit: 'USD millions' };

const CASES: [string, (scope: Record<string, unknown>) => Markup][] = [
  ['lineTrend across periods', (s) => (s.lineTrend as Chart)(rows, { x: 'period', series: 'series', y: 'value', ...title })],
  ['groupedBars by period', (s) => (s.groupedBars as Chart)(rows, { x: 'period', group: 'series', y: 'value', ...title })],
  ['groupedBars from an Arquero table', (s) => (s.groupedBars as Chart)(aq.from(rows), { x: 'period', group: 'series', y: 'value', ...title })],
  ['stackedBars by period', (s) => (s.stackedBars as Chart)(rows, { x: 'period', stack: 'series', y: 'value', ...title })],
  ['waterfall steps named by period', (s) => (s.waterfall as Chart)([{ label: '2025-q2', value: '30040', kind: 'start' }, { label: 'Growth', value: '5042', kind: 'delta' }, { label: '2025-q3', value: '35082', kind: 'total' }], title)],
  ['Plot.plot with periods on a band scale', (s) => (s.Plot as { plot: (o: object) => Markup }).plot({ title: 'Revenue', marks: [(s.Plot as typeof import('@observablehq/plot')).barY(rows, { x: 'period', y: (d: { value: string }) => Number(d.value), fill: 'series' })] })],
  ['Plot.plot with periods on a vertical band scale', (s) => (s.Plot as { plot: (o: object) => Markup }).plot({ title: 'Revenue', marks: [(s.Plot as typeof import('@observablehq/plot')).barX(rows, { y: 'period', x: (d: { value: string }) => Number(d.value) })] })],
  ['chartFigure\'s data table', (s) => (s.chartFigure as (c: Markup, r: unknown, o: object) => Markup)(new Markup('<svg></svg>'), rows, { caption: 'Revenue by quarter.' })],
];

describe('a release notebook\'s charts label its periods as its tables do', () => {
  test.each(CASES)('%s: "Q3 FY2025", not "2025-q3"', (_name, draw) => {
    const html = draw(baseScope({ label })).html;
    expect(html).toContain('Q3 FY2025');
    expect(html).not.toMatch(/>\s*2025-q3\s*</);
    expect(rows[1]!.period).toBe('2025-q3'); // the cell's rows are left as they were
  });

  test.each(CASES)('%s: without a release\'s labels, ids as given', (_name, draw) => {
    const html = draw(baseScope()).html;
    expect(html).not.toContain('Q3 FY2025');
    expect(html).toContain('2025-q3');
  });

  test('Plot.plot keeps a continuous scale\'s own format and a cell\'s own tickFormat', () => {
    const scope = baseScope({ label });
    const Plot = scope.Plot as Omit<typeof import('@observablehq/plot'), 'plot'> & { plot: (o: object) => Markup };
    const big = rows.map((r) => ({ ...r, value: `${r.value}000` }));
    const html = Plot.plot({ title: 'Revenue', marks: [Plot.barY(big, { x: 'period', y: (d: { value: string }) => Number(d.value) })] }).html;
    expect(html).toContain('Q2 FY2025');
    expect(html).toMatch(/>30,000,000</);
    const own = Plot.plot({ title: 'Revenue', x: { tickFormat: (d: string) => `[${d}]` }, marks: [Plot.barY(rows, { x: 'period', y: (d: { value: string }) => Number(d.value) })] }).html;
    expect(own).toContain('[2025-q3]');
    expect(own).not.toContain('Q3 FY2025');
  });

  test('Plot.plot colours categories in the site\'s series colours (both schemes), unless the cell chose its own', () => {
    const Plot = baseScope().Plot as Omit<typeof import('@observablehq/plot'), 'plot'> & { plot: (o: object) => Markup };
    const fills = (html: string) => [...new Set([...html.matchAll(/<rect fill="([^"]+)"/g)].map((m) => m[1]))];
    const bars = (color?: object) => Plot.plot({ title: 'Revenue', ...(color ? { color } : {}), marks: [Plot.barY(rows, { x: 'period', y: (d: { value: string }) => Number(d.value), fill: 'series' })] }).html;
    expect(fills(bars()).sort()).toEqual(['var(--chart-1, var(--accent, currentColor))', 'var(--chart-2, currentColor)']);
    expect(fills(bars({ range: ['red', 'blue'] })).sort()).toEqual(['blue', 'red']);
    expect(fills(bars({ scheme: 'tableau10' }))).not.toContain('var(--chart-1, var(--accent, currentColor))');
    // A continuous scale keeps Plot's interpolation: the site's colours are for categories.
    const continuous = Plot.plot({ title: 'Revenue', marks: [Plot.barY(rows, { x: 'period', y: (d: { value: string }) => Number(d.value), fill: (d: { value: string }) => Number(d.value) })] }).html;
    expect(continuous).not.toContain('var(--chart-');
  });

  test('Plot.plot leaves the y axis room for its tick labels at the site\'s font size, unless the cell sets a margin', () => {
    const tickX = (html: string) => Number(/data-mark="y-axis tick"[^>]*><path [^>]*transform="translate\(([\d.]+),/.exec(html)![1]);
    const draw = (scope: Record<string, unknown>, options: object, mark: 'barY' | 'barX' = 'barY') => {
      const Plot = scope.Plot as Omit<typeof import('@observablehq/plot'), 'plot'> & { plot: (o: object) => Markup };
      const channels = mark === 'barY' ? { x: 'period', y: (d: { value: string }) => Number(d.value) } : { y: 'period', x: (d: { value: string }) => Number(d.value) };
      return Plot.plot({ title: 'Revenue', ...options, marks: [Plot[mark](rows.slice(0, 2), channels)] }).html;
    };
    // "30,000" at 12 px: six characters, about 45 px, and the tick's 9 px: Plot's 40 px cut its first digit.
    expect(tickX(draw(baseScope(), {}))).toBe(Math.ceil(6 * 0.62 * 12) + 13);
    expect(tickX(draw(baseScope(), { marginLeft: 30 }))).toBe(30);
    // Periods down the side, as the release names them ("Q2 FY2025").
    expect(tickX(draw(baseScope({ label }), {}, 'barX'))).toBe(Math.ceil(9 * 0.62 * 12) + 13);
  });

  test('Plot.plot leaves the x axis\'s title clear of its tick labels at the site\'s font size, unless the cell sets a margin', () => {
    // The tick labels hang from 9 px under the frame; the title's baseline sits 3 px above the bottom.
    const dy = (html: string, what: string) => Number(new RegExp(`data-mark="${what}" transform="translate\\([\\d.]+,(-?[\\d.]+)\\)"`).exec(html)![1]);
    const draw = (options: object, tick = (d: { period: string }) => d.period) => {
      const Plot = baseScope().Plot as Omit<typeof import('@observablehq/plot'), 'plot'> & { plot: (o: object) => Markup };
      return Plot.plot({ title: 'Revenue', ...options, marks: [Plot.barY(rows.slice(0, 2), { x: tick, y: (d: { value: string }) => Number(d.value) })], x: { label: 'period', ...(options as { x?: object }).x } }).html;
    };
    const gap = (html: string) => dy(html, 'x-axis label') - dy(html, 'x-axis tick label');
    // From the tick labels' top to the title's baseline: their 12 px, 4 px apart, the title's 12 px (Plot's 30 px margin left 18).
    expect(gap(draw({}))).toBe(12 + 4 + 12);
    // Tick labels of two lines leave room for both.
    expect(gap(draw({}, (d) => `${d.period}\nfiscal`))).toBe(2 * 12 + 4 + 12);
    expect(dy(draw({ marginBottom: 30 }), 'x-axis label')).toBe(27);
    // No title at the bottom, no room made for one.
    expect(draw({ x: { label: null } })).not.toContain('x-axis label');
    expect(dy(draw({ x: { axis: 'top' } }), 'x-axis tick label')).toBeLessThan(0);
  });
});
