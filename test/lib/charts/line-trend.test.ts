import { describe, expect, test } from 'vitest';
import { lineTrend } from '../../../src/lib/charts/index.ts';
import { chartSvg, texts } from './dom.ts';
import { factOf, release } from './release.ts';

const periodLabel = (id: string) => release.periods.find((p) => p.id === id)!.label;
const chronological = ['2009-q2', '2010-q1', '2010-q2'];
const series = [
  ['Data center services', 'segment-profit', 'segment-margin-data-center'],
  ['IP services', 'segment-profit', 'segment-margin-ip'],
  ['Adjusted EBITDA margin', 'financial-summary', 'adjusted-ebitda-margin'],
] as const;
const rows = chronological.flatMap((p) => series.map(([name, table, concept]) => ({ period: periodLabel(p), series: name, value: factOf(table, concept, p).value })));
const options = { x: 'period', series: 'series', y: 'value', title: 'Margins by quarter', unit: 'percent' };

describe('lineTrend(rows, options)', () => {
  test('keeps the periods in the order given (chronological), not sorted', () => {
    const svg = chartSvg(lineTrend(rows, options));
    expect(texts(svg, 'g[data-mark="x-axis tick label"] text')).toEqual(['Q2 2009', 'Q1 2010', 'Q2 2010']);
  });

  test('draws a line per series, each with its own point symbol and its name at its end', () => {
    const svg = chartSvg(lineTrend(rows, options));
    expect(svg.querySelectorAll('g[data-mark="line"] path')).toHaveLength(3);
    const symbols = new Set([...svg.querySelectorAll('g[data-mark="dot"] path')].map((p) => p.getAttribute('d')!.replace(/[-\d.]+/g, 'n')));
    expect(symbols.size).toBe(3);
    expect(texts(svg, 'g[data-mark="text"] text').sort()).toEqual(series.map(([name]) => name).sort());
  });

  test('writes each point’s value when asked, exactly as printed', () => {
    const svg = chartSvg(lineTrend(rows, { ...options, labels: true }));
    expect(texts(svg, 'g[data-mark="text"] text')).toEqual(expect.arrayContaining(rows.map((r) => r.value!)));
  });

  test('end labels of lines that end close together are moved apart', () => {
    const close = [
      { period: 'A', series: 'one', value: '10' },
      { period: 'A', series: 'two', value: '10.1' },
      { period: 'B', series: 'one', value: '50' },
      { period: 'B', series: 'two', value: '50.1' },
      { period: 'A', series: 'low', value: '0' },
      { period: 'B', series: 'low', value: '0' },
    ];
    const svg = chartSvg(lineTrend(close, options));
    const ys = [...svg.querySelectorAll('g[data-mark="text"] text')].map((t) => Number(/translate\([-\d.]+,([-\d.]+)\)/.exec(t.getAttribute('transform')!)![1]));
    expect(Math.abs(ys[0]! - ys[1]!)).toBeGreaterThanOrEqual(12);
  });

  test('a missing value leaves a gap, and a float is refused', () => {
    const gappy = [
      { period: 'A', series: 's', value: '1' },
      { period: 'B', series: 's', value: null },
      { period: 'C', series: 's', value: '3' },
    ];
    const svg = chartSvg(lineTrend(gappy, options));
    expect(svg.querySelectorAll('g[data-mark="dot"] path')).toHaveLength(2);
    expect(svg.querySelector('g[data-mark="line"] path')!.getAttribute('d')!.match(/M/g)).toHaveLength(2);
    expect(() => lineTrend([{ period: 'A', series: 's', value: 16.4 }], options)).toThrow(TypeError);
  });

  describe('x labels never overlap', () => {
    const quarters = (ends: [string, string][]) => ends.map(([period, end]) => ({ period, end, series: 's', value: '1' }));
    const three = quarters([['Q2 2009', '2009-06-30'], ['Q1 2010', '2010-03-31'], ['Q2 2010', '2010-06-30']]);
    const xLabels = (markup: string) =>
      [...chartSvg(markup).querySelectorAll('g[data-mark="x-axis tick label"] text')].map((t) => ({
        lines: [...t.querySelectorAll('tspan')].map((l) => l.textContent),
        text: t.textContent,
        x: Number(/translate\(([-\d.]+),/.exec(t.getAttribute('transform')!)![1]),
      }));

    test('spaced by time, quarters a quarter apart keep one line on a desktop chart and go on two ("Q1" over "2010") on a phone', () => {
      const wide = xLabels(lineTrend(three, { ...options, at: 'end', width: 640 }));
      expect(wide.map((l) => l.lines.length === 0 ? l.text : l.lines.join('|'))).toEqual(['Q2 2009', 'Q1 2010', 'Q2 2010']);
      const narrow = xLabels(lineTrend(three, { ...options, at: 'end', width: 360 }));
      expect(narrow.map((l) => l.lines.join('|'))).toEqual(['Q2|2009', 'Q1|2010', 'Q2|2010']);
      // The two lines fit beside each other: "2010" is under 30 px wide at 12 px.
      expect(narrow[2]!.x - narrow[1]!.x).toBeGreaterThan(30);
    });

    test('twelve evenly spaced quarters on a phone: labels are left out rather than overlapping, the latest kept', () => {
      const twelve = quarters(Array.from({ length: 12 }, (_, i) => [`Q${(i % 4) + 1} ${2010 + Math.floor(i / 4)}`, '2010-03-31']));
      const labels = xLabels(lineTrend(twelve.map(({ end: _, ...r }) => r), { ...options, width: 360 }));
      const shown = labels.filter((l) => l.text !== '');
      expect(shown.length).toBeGreaterThan(1);
      expect(shown.length).toBeLessThan(12);
      expect(shown.at(-1)!.lines.join(' ')).toBe('Q4 2012');
      for (let i = 1; i < shown.length; i++) expect(shown[i]!.x - shown[i - 1]!.x).toBeGreaterThanOrEqual(4 * 12 * 0.6 + 6);
      // On a desktop chart they all fit.
      expect(xLabels(lineTrend(twelve.map(({ end: _, ...r }) => r), { ...options, width: 1200 })).every((l) => l.text !== '')).toBe(true);
    });
  });

  test('starts the value axis at zero only when asked', () => {
    const ticks = (markup: string) => texts(chartSvg(markup), 'g[data-mark="y-axis tick label"] text');
    expect(ticks(lineTrend(rows, options))).not.toContain('0');
    expect(ticks(lineTrend(rows, { ...options, zero: true }))).toContain('0');
  });
});
