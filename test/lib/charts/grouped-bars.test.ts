import * as aq from 'arquero';
import { describe, expect, test } from 'vitest';
import { groupedBars } from '../../../src/lib/charts/index.ts';
import { chartSvg, proportional, texts } from './dom.ts';
import { factOf, release } from './release.ts';

const periodLabel = (id: string) => release.periods.find((p) => p.id === id)!.label;
const quarters = ['2009-q2', '2010-q1', '2010-q2'];
const measures = [
  ['Revenue', 'revenue-data-center'],
  ['Segment profit', 'segment-profit-data-center'],
] as const;
const rows = quarters.flatMap((p) => measures.map(([measure, concept]) => ({ period: periodLabel(p), measure, value: factOf('segment-profit', concept, p).value })));
const options = { x: 'period', group: 'measure', y: 'value', title: 'Data center services by quarter', unit: 'USD thousands' };

describe('groupedBars(rows, options)', () => {
  test('draws a block per period in the given order, a bar per measure in it, each named and valued', () => {
    const svg = chartSvg(groupedBars(rows, options));
    const headings = texts(svg, 'g[data-mark="text"] text[font-weight="bold"], g[data-mark="text"][font-weight="bold"] text');
    expect(headings).toEqual(['Q2 2009', 'Q1 2010', 'Q2 2010']);
    expect(texts(svg, 'g[data-mark="y-axis tick label"] text').filter(Boolean)).toEqual(quarters.flatMap(() => ['Revenue', 'Segment profit']));
    const bars = [...svg.querySelectorAll('g[data-mark="bar"] rect')];
    expect(bars).toHaveLength(6);
    // Lengths are proportional to the printed values.
    const widths = bars.map((bar) => Number(bar.getAttribute('width')));
    expect(proportional(widths[0]!, widths[1]!, Number(rows[0]!.value), Number(rows[1]!.value))).toBe(true);
    expect(texts(svg, 'g[data-mark="text"] text:not([font-weight])').slice(-2)).toEqual(['31,197', '11,413']);
  });

  test('takes an Arquero table as well as an array of objects, with the same result', () => {
    expect(groupedBars(aq.from(rows), options)).toBe(groupedBars(rows, options));
  });

  test('a row without a value draws no bar and is labelled "—"; a negative value gets a true minus', () => {
    const svg = chartSvg(
      groupedBars(
        [
          { period: 'A', measure: 'm', value: null },
          { period: 'A', measure: 'n', value: '-1271' },
        ],
        options,
      ),
    );
    expect(svg.querySelectorAll('g[data-mark="bar"] rect')).toHaveLength(1);
    expect(texts(svg, 'g[data-mark="text"] text').slice(-2)).toEqual(['—', '−1,271']);
  });

  test('fails naming the problem: a missing column, a repeated pair, a float', () => {
    expect(() => groupedBars(rows, { ...options, y: 'amount' })).toThrow(/groupedBars: row 1 has no column 'amount' \(options\.y\)/);
    expect(() => groupedBars([...rows, rows[0]!], options)).toThrow(/two rows for period 'Q2 2009' and measure 'Revenue'/);
    expect(() => groupedBars([{ period: 'A', measure: 'm', value: 1.5 }], options)).toThrow(/row 1, column 'value'.*decimal string/);
  });
});
