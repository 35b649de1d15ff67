import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { waterfall, waterfallBars, groupedBars, lineTrend, stackedBars, chartFigure } from '../../../src/lib/charts/index.ts';
import { loadRelease } from '../../../src/lib/ingest/index.ts';

const release = loadRelease('data/releases/inap-2010-q2');
const printed = (concept: string, period: string) => {
  const f = release.facts.find((x) => x.concept === concept && x.period === period && x.origin === 'cell');
  if (!f) throw new Error(`no ${concept} ${period}`);
  return f.value ?? '0';
};
const ADJUSTMENTS = ['stock-based-compensation', 'depreciation-and-amortization-total', 'loss-on-disposals', 'impairments-and-restructuring'];
const ebitdaBridge = (period: string) => [
  { label: 'Loss from operations', value: printed('loss-from-operations', period), kind: 'start' as const },
  ...ADJUSTMENTS.map((c) => ({ label: c, value: printed(c, period), kind: 'delta' as const })),
  { label: 'Adjusted EBITDA', value: printed('adjusted-ebitda', period), kind: 'total' as const },
];
const svgOf = (markup: string) => parseHTML(`<html><body>${markup}</body></html>`).document.querySelector('svg[role="img"]')!;

describe('waterfallBars', () => {
  test('the Q2 2010 Adjusted EBITDA bridge runs −713 + 1,444 + 7,992 + 18 + 1,183 to 9,924, the printed total, in exact decimals', () => {
    const bars = waterfallBars(ebitdaBridge('2010-q2'));
    const lastDelta = bars.at(-2)!;
    expect(lastDelta.to).toBe(printed('adjusted-ebitda', '2010-q2'));
    expect(bars.map((b) => [b.from, b.to])).toEqual([
      ['0', '-713'], ['-713', '731'], ['731', '8723'], ['8723', '8741'], ['8741', '9924'], ['0', '9924'],
    ]);
  });

  test('a nil step ("-" printed for Q2 2009 disposals) moves nothing', () => {
    const bars = waterfallBars(ebitdaBridge('2009-q2'));
    const disposals = bars.find((b) => b.label === 'loss-on-disposals')!;
    expect(disposals.from).toBe(disposals.to);
  });

  test('decimals stay exact where floats would drift: 0.1 + 0.2 runs to 0.3', () => {
    expect(waterfallBars([{ label: 'a', value: '0.1', kind: 'start' }, { label: 'b', value: '0.2', kind: 'delta' }]).at(-1)!.to).toBe('0.3');
  });
});

const charts = {
  waterfall: () => waterfall(ebitdaBridge('2010-q2'), { title: 'Adjusted EBITDA bridge, Q2 2010', description: 'From loss from operations to Adjusted EBITDA.', unit: 'USD thousands' }),
  groupedBars: () =>
    groupedBars(
      ['2010-q2', '2009-q2'].flatMap((p) => [
        { period: p, measure: 'Revenue', value: printed('revenue-data-center', p) },
        { period: p, measure: 'Segment profit', value: printed('segment-profit-data-center', p) },
      ]),
      { x: 'period', group: 'measure', y: 'value', title: 'Data center services', description: 'Revenue and profit.', unit: 'USD thousands' },
    ),
  lineTrend: () =>
    lineTrend(
      ['2009-q2', '2010-q1', '2010-q2'].map((p) => ({ period: p, series: 'Segment margin', value: printed('segment-margin', p) })),
      { x: 'period', series: 'series', y: 'value', title: 'Segment margin', description: 'By quarter.', unit: 'percent' },
    ),
  stackedBars: () =>
    stackedBars(
      [
        { date: 'June 30, 2010', item: 'Cash', value: printed('cash', '2010-06-30') },
        { date: 'June 30, 2010', item: 'Deficit', value: '-1038079' },
      ],
      { x: 'date', stack: 'item', y: 'value', title: 'Composition', description: 'Items.', unit: 'USD thousands' },
    ),
};

describe.each(Object.entries(charts))('%s', (name, render) => {
  test('renders byte-identically twice', () => expect(render()).toBe(render()));

  test('has a title, a description and the unit on its axis', () => {
    const svg = svgOf(render());
    expect(svg.querySelector('title')?.textContent).toBeTruthy();
    expect(svg.querySelector('desc')?.textContent).toBeTruthy();
    expect(svg.getAttribute('aria-label')).toBeTruthy();
    expect(svg.textContent).toMatch(/USD thousands|percent/);
  });

  test('uses no fixed black or white (light and dark schemes both read it)', () => {
    const markup = render();
    expect(markup).not.toMatch(/(fill|stroke)="(black|white|#000|#fff|#000000|#ffffff)"/i);
    if (name !== 'stackedBars') {
      // Colours come from the site's CSS variables or currentColor; stacked bars use Plot's
      // categorical scheme, whose mid-tone colours read on both backgrounds.
      for (const m of markup.matchAll(/fill="([^"]+)"/g)) expect(m[1]).toMatch(/^(var\(|currentColor|none)/);
    }
  });
});

describe('chartFigure', () => {
  test('puts the data behind the chart in a <details> table, escaped, with a link to the facts', () => {
    const html = chartFigure('<svg></svg>', [{ item: '<b>R&D</b>', value: '1' }], { caption: 'Caption <i>', dataHref: '/x/facts.csv' });
    const { document } = parseHTML(`<html><body>${html}</body></html>`);
    expect(document.querySelector('figure > figcaption')!.textContent).toBe('Caption <i>');
    expect(document.querySelector('details td')!.textContent).toBe('<b>R&D</b>');
    expect(document.querySelector('details td b')).toBeNull();
    expect(document.querySelector('details a')!.getAttribute('href')).toBe('/x/facts.csv');
  });

  test('labels in a chart are escaped', () => {
    const markup = waterfall([{ label: 'R&D <costs>', value: '5', kind: 'start' }], { title: 'T & <t>', unit: 'USD thousands' });
    expect(markup).not.toContain('<costs>');
    expect(svgOf(markup).textContent).toContain('R&D <costs>');
  });
});
