import * as aq from 'arquero';
import { describe, expect, test } from 'vitest';
import { chartFigure, waterfall } from '../../../src/lib/charts/index.ts';
import { baseScope } from '../../../src/lib/notebook/index.ts';
import { Markup, renderOutput } from '../../../src/lib/notebook/output.ts';
import { parse, texts } from './dom.ts';
import { bridgeFromTable } from './release.ts';

const steps = bridgeFromTable('adjusted-ebitda', 'adjusted-ebitda', '2010-q2');
const chart = () => waterfall(steps, { title: 'Adjusted EBITDA bridge', unit: 'USD thousands' });

describe('chartFigure(svg, rows, options)', () => {
  test('gives Markup: a <figure> with the caption first, the chart, and the rows in a closed <details> table', () => {
    const figure = chartFigure(chart(), steps, { caption: 'Loss from operations to Adjusted EBITDA, Q2 2010.', dataHref: '/inap-2010-q2/facts.csv' });
    expect(figure).toBeInstanceOf(Markup);
    const document = parse(figure.html);
    const root = document.querySelector('body > figure')!;
    expect([...root.children].map((c) => c.localName)).toEqual(['figcaption', 'svg', 'details']);
    expect(root.querySelector('figcaption')!.textContent).toBe('Loss from operations to Adjusted EBITDA, Q2 2010.');
    const details = root.querySelector('details')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe('Data');
    expect(texts(details, 'th')).toEqual(['label', 'value', 'kind']);
    expect(texts(details, 'tbody tr td:nth-child(2)')).toEqual(steps.map((s) => s.value));
    expect(details.querySelector('a')!.getAttribute('href')).toBe('/inap-2010-q2/facts.csv');
  });

  test('shows values exactly as given: no rounding, regrouping or reformatting', () => {
    const rows = [{ item: 'a', value: '0.10' }, { item: 'b', value: '-1271' }, { item: 'c', value: null }];
    const document = parse(chartFigure(chart(), rows, { caption: 'c' }).html);
    expect(texts(document, 'tbody td:nth-child(2)')).toEqual(['0.10', '-1271', '']);
    expect(document.querySelector('tbody td:nth-child(2)')!.getAttribute('class')).toBe('num');
    expect(document.querySelector('details a')).toBeNull();
  });

  test('escapes the caption, headers, cells and link', () => {
    const rows = [{ 'R&D <i>': '<b>R&D</b>', value: '1' }];
    const html = chartFigure(chart(), rows, { caption: 'Caption <script>x</script> & more', dataHref: '/a?b=1&c="2"', dataLabel: '<Data>' }).html;
    const document = parse(html);
    expect(document.querySelectorAll('script, b, i')).toHaveLength(0);
    expect(document.querySelector('figcaption')!.textContent).toBe('Caption <script>x</script> & more');
    expect(document.querySelector('th')!.textContent).toBe('R&D <i>');
    expect(document.querySelector('td')!.textContent).toBe('<b>R&D</b>');
    expect(document.querySelector('details a')!.getAttribute('href')).toBe('/a?b=1&c="2"');
    expect(document.querySelector('details a')!.textContent).toBe('<Data>');
  });

  test('takes the Markup a cell got from a chart, an Arquero table, and chosen columns', () => {
    const table = aq.from(steps);
    const viaMarkup = chartFigure(new Markup(chart()), table, { caption: 'c', columns: ['label', { key: 'value', label: 'USD thousands' }] });
    const document = parse(viaMarkup.html);
    expect(texts(document, 'th')).toEqual(['label', 'USD thousands']);
    expect(document.querySelectorAll('tbody tr')).toHaveLength(steps.length);
    expect(renderOutput(viaMarkup)).toEqual({ kind: 'chart', html: viaMarkup.html });
  });

  test('refuses a script URL, an unknown option, a missing caption and something that is not a chart', () => {
    expect(() => chartFigure(chart(), steps, { caption: 'c', dataHref: 'javascript:alert(1)' })).toThrow(/dataHref/);
    expect(() => chartFigure(chart(), steps, { caption: 'c', href: 'x' } as never)).toThrow(/unknown option 'href'/);
    expect(() => chartFigure(chart(), steps, { caption: '' })).toThrow(/caption is required/);
    expect(() => chartFigure('<p>not a chart</p>', steps, { caption: 'c' })).toThrow(/markup of a chart/);
  });
});

describe('the notebook scope', () => {
  test('offers every chart function; charts come back as Markup, so a cell shows them as charts', () => {
    const scope = baseScope() as Record<string, (...args: unknown[]) => unknown>;
    for (const name of ['waterfall', 'groupedBars', 'lineTrend', 'stackedBars', 'chartFigure', 'waterfallBars', 'stackLayout']) {
      expect(typeof scope[name]).toBe('function');
    }
    const svg = scope.waterfall!(steps, { title: 'Bridge', unit: 'USD thousands' });
    expect(svg).toBeInstanceOf(Markup);
    const figure = scope.chartFigure!(svg, steps, { caption: 'Bridge' }) as Markup;
    expect(renderOutput(figure).kind).toBe('chart');
    expect(figure.html).toContain((svg as Markup).html);
  });
});
