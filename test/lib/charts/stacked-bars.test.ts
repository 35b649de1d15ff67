import { describe, expect, test } from 'vitest';
import { stackedBars, stackLayout } from '../../../src/lib/charts/index.ts';
import { chartSvg, parse, texts } from './dom.ts';
import { release } from './release.ts';

/** The balance sheet's value rows under a section header (at any depth), less totals, at a date. */
const section = (header: string, date: string) =>
  release.facts
    .filter((f) => f.table === 'balance-sheet' && f.origin === 'cell' && f.period === date && !f.total && f.section.includes(header))
    .map((f) => ({ date: release.periods.find((p) => p.id === date)!.label, item: f.label, value: f.value }));
const printed = (row: string, date: string) => release.facts.find((f) => f.table === 'balance-sheet' && f.row === row && f.period === date)!.value!;
const equityHeader = release.facts.find((f) => f.row === 'accumulated-deficit')!.section.at(-1)!;
const dates = ['2010-06-30', '2009-12-31'];
const options = { x: 'date', stack: 'item', y: 'value', title: 'Balance sheet', unit: 'USD thousands' };

describe('stackLayout(rows, options)', () => {
  test.each(dates)('equity at %s: positives stack up, the deficit and treasury stock down, and the net is the printed total equity', (date) => {
    const { segments, totals } = stackLayout(section(equityHeader, date), options);
    expect(totals).toHaveLength(1);
    expect(totals[0]!.net).toBe(printed('total-stockholders-equity', date));
    const deficit = segments.find((s) => s.stack === 'Accumulated deficit')!;
    expect(deficit.from.startsWith('-') || deficit.from === '0').toBe(true);
    expect(deficit.to.startsWith('-')).toBe(true);
    // Every segment starts where the previous one of its sign ended.
    for (const sign of [1, -1]) {
      const run = segments.filter((s) => s.value !== null && Math.sign(Number(s.value)) === sign);
      run.forEach((s, i) => expect(s.from).toBe(i === 0 ? '0' : run[i - 1]!.to));
    }
  });

  test.each(dates)('assets at %s stack to the printed total assets', (date) => {
    const { totals } = stackLayout(section('ASSETS', date), options);
    expect(totals[0]).toMatchObject({ negative: '0', net: printed('total-assets', date), positive: printed('total-assets', date) });
  });
});

describe('stackedBars(rows, options)', () => {
  const equity = () => stackedBars(dates.flatMap((d) => section(equityHeader, d)), options);

  test('marks the net of a diverging stack and labels it; a stack without negatives is labelled with its total', () => {
    const svg = chartSvg(equity());
    expect(texts(svg, 'g[data-mark="text"] text')).toEqual(expect.arrayContaining(['Net 187,876', 'Net 184,402']));
    expect(svg.querySelectorAll('g[data-mark="tick"] line')).toHaveLength(2);
    const assets = chartSvg(stackedBars(section('ASSETS', '2010-06-30'), options));
    expect(texts(assets, 'g[data-mark="text"] text')).toContain('Total 294,697');
  });

  test('draws every component with a value below or above zero, and names the large ones inside their segment', () => {
    const svg = chartSvg(equity());
    const rects = [...svg.querySelectorAll('g[data-mark="bar"] rect')];
    const withValues = dates.flatMap((d) => section(equityHeader, d)).filter((r) => r.value !== null && r.value !== '0');
    expect(rects).toHaveLength(withValues.length);
    expect(texts(svg, 'g[data-mark="text"] text')).toEqual(expect.arrayContaining(['Additional paid-in capital 1,227,054', 'Accumulated deficit −1,038,079']));
  });

  test('has a legend naming every component, in stack order', () => {
    const document = parse(equity());
    const names = [...document.querySelectorAll('figure > div span')].map((span) => span.textContent);
    expect(names).toEqual([...new Set(section(equityHeader, dates[0]!).map((r) => r.item))]);
    expect(parse(stackedBars(section('ASSETS', dates[0]!), { ...options, legend: false })).querySelector('figure')).toBeNull();
  });

  test('draws two rows naming one component in a bar as two adjacent segments of it, both counted', () => {
    const rows = [
      { date: 'D', item: 'Deferred revenues', value: '3364' },
      { date: 'D', item: 'Accounts payable', value: '26306' },
      { date: 'D', item: 'Deferred revenues', value: '2114' },
    ];
    const { segments, totals } = stackLayout(rows, options);
    expect(segments.map((s) => [s.stack, s.from, s.to])).toEqual([
      ['Deferred revenues', '0', '3364'],
      ['Deferred revenues', '3364', '5478'],
      ['Accounts payable', '5478', '31784'],
    ]);
    expect(totals[0]!.net).toBe('31784');
    const fills = [...chartSvg(stackedBars(rows, options)).querySelectorAll('g[data-mark="bar"] rect')].map((r) => r.getAttribute('fill'));
    expect(fills[0]).toBe(fills[1]);
  });
  test.each([360, 640])('rules the value axis about every 50 px at width %i, not every 35 as Plot would: a handful of labelled gridlines, evenly spaced', (width) => {
    const svg = chartSvg(stackedBars(dates.flatMap((d) => section('ASSETS', d)), { ...options, width }));
    const at = [...svg.querySelectorAll('[data-mark="y-axis tick label"] text')].map((t) => Number(/translate\([^,]+,([^)]+)\)/.exec(t.getAttribute('transform')!)![1]));
    expect(texts(svg, '[data-mark="y-axis tick label"] text')[0]).toBe('0');
    expect(at.length).toBeGreaterThanOrEqual(4);
    expect(at.length).toBeLessThanOrEqual(9);
    const gaps = at.slice(1).map((y, i) => Math.abs(y - at[i]!));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(40);
    expect(svg.querySelectorAll('[data-mark="y-grid"] line')).toHaveLength(at.length);
  });
});
