import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { ChartInlineStyle, ChartTitleMissing, chartsCss, createDocument, PLOT_CLASS, renderPlot, serializeChart } from '../../../src/lib/charts/index.ts';

const clipped = (): Plot.PlotOptions => ({
  marks: [Plot.barY([3, 1, 2], { clip: true }), Plot.ruleY([0])],
});

describe('renderPlot', () => {
  test('two renders of the same input are byte-identical, even though Plot numbers clip paths globally', () => {
    const first = renderPlot(clipped(), { title: 'Three bars' });
    renderPlot({ marks: [Plot.dot([1], { clip: true })] }, { title: 'Another chart in between' });
    const second = renderPlot(clipped(), { title: 'Three bars' });
    expect(second).toBe(first);
    expect(first).toMatch(/id="plot-clip-[0-9a-f]{8}-1"/);
    expect(first).toContain('clip-path="url(#plot-clip-');
  });

  test('different charts never share an id', () => {
    const ids = (svg: string) => new Set(svg.match(/plot-clip-[\w-]+/g));
    const a = ids(renderPlot(clipped(), { title: 'A' }));
    const b = ids(renderPlot(clipped(), { title: 'B' }));
    expect([...a].filter((id) => b.has(id))).toEqual([]);
  });

  test('the SVG has a <title>, an aria-label and role=img; a description becomes <desc>', () => {
    const svg = renderPlot(clipped(), { title: 'Revenue by segment', description: 'Data center leads.' });
    const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
    const root = document.querySelector('svg')!;
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-label')).toBe('Revenue by segment');
    expect(root.firstElementChild!.localName).toBe('title');
    expect(root.querySelector('title')!.textContent).toBe('Revenue by segment');
    expect(root.querySelector('desc')!.textContent).toBe('Data center leads.');
  });

  test('the description is in the <desc> once, not repeated in an aria-description (browsers describe an SVG image by its <desc>)', () => {
    for (const svg of [
      renderPlot(clipped(), { title: 'Revenue by segment', description: 'Data center leads.' }),
      renderPlot({ ...clipped(), ariaDescription: 'Given to Plot.' }, { title: 'Revenue by segment' }),
    ]) {
      const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
      const root = document.querySelector('svg')!;
      expect(root.hasAttribute('aria-description')).toBe(false);
      expect(root.querySelectorAll('desc')).toHaveLength(1);
      expect(svg.split(root.querySelector('desc')!.textContent!)).toHaveLength(2);
    }
  });

  test('text alternatives are escaped, in attributes too (& < >), so the SVG is well-formed XML as well as HTML', () => {
    const svg = renderPlot(clipped(), { title: 'R&D <script>alert(1)</script>' });
    expect(svg).toContain('aria-label="R&amp;D &lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(svg).toContain('<title>R&amp;D &lt;script&gt;alert(1)&lt;/script&gt;</title>');
    const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(document.querySelector('svg')!.getAttribute('aria-label')).toBe('R&D <script>alert(1)</script>');
  });

  test('inside the image no element but the SVG has an aria-label: mark names (and per-element labels) move to data-mark, escaped', () => {
    const svg = renderPlot({ marks: [Plot.dot(['R&D <lab>'], { x: 0, ariaLabel: (d: string) => d })] }, { title: 'Labs' });
    expect(svg.match(/aria-label=/g)).toHaveLength(1);
    expect(svg).toContain('aria-label="Labs"');
    expect(svg).toContain('<g data-mark="dot"');
    expect(svg).toContain('data-mark="R&amp;D &lt;lab&gt;"');
  });

  test('draws in currentColor and puts the tip/halo background on a CSS variable (in the stylesheet), for light and dark schemes', () => {
    const svg = renderPlot(clipped(), { title: 'Bars' });
    expect(svg).toContain('fill="currentColor"');
    expect(svg).toMatch(new RegExp(`^<svg [^>]*class="${PLOT_CLASS} `));
    expect(chartsCss()).toContain(`:where(.${PLOT_CLASS}) {\n  --plot-background: var(--chart-background, Canvas);\n}`);
    expect(svg).not.toMatch(/(fill|stroke)="(black|#000|#000000)"/);
  });

  test('carries no <style> element and no inline style, which the Content-Security-Policy forbids; the stylesheet has Plot’s rules', () => {
    const legend = renderPlot({ color: { legend: true }, marks: [Plot.dot(['a', 'b'], { x: (d: string) => d, fill: (d: string) => d })] }, { title: 'Legend' });
    expect(legend).toMatch(/^<figure class="plot-figure">/);
    expect(legend).not.toMatch(/<style|\sstyle=/);
    const css = chartsCss();
    for (const rule of [':where(.plot) {', ':where(.plot-swatches) {', ':where(.plot-swatches-wrap .plot-swatch) {', ':where(.plot-figure) {\n  max-width: initial;']) {
      expect(css).toContain(rule);
    }
  });

  test('an inline style an author asked for is refused, naming it, not silently dropped', () => {
    expect(() => renderPlot({ ...clipped(), style: { background: 'pink' } }, { title: 'Pink' })).toThrow(ChartInlineStyle);
    expect(() => renderPlot({ ...clipped(), style: { fontSize: '20px' } }, { title: 'Big' })).toThrow(/<svg style="font-size:20px">/);
  });

  test('a figure (Plot title option) keeps its heading and describes its own SVG', () => {
    const markup = renderPlot({ ...clipped(), title: 'Shown title' }, { title: 'Alt text' });
    expect(markup).toMatch(/^<figure [^>]*><h2>Shown title<\/h2><svg /);
    expect(markup).toContain('<title>Alt text</title>');
  });
});

describe('serializeChart', () => {
  test('takes the title from aria-label when none is given, and refuses a chart with no text alternative', () => {
    const document = createDocument();
    const labelled = Plot.plot({ document, ariaLabel: 'Labelled', marks: [Plot.dot([1])] }) as unknown as Element;
    expect(serializeChart(labelled)).toContain('<title>Labelled</title>');
    const bare = Plot.plot({ document, marks: [Plot.dot([1])] }) as unknown as Element;
    expect(() => serializeChart(bare)).toThrow(ChartTitleMissing);
  });
});

test('positions are written to a hundredth of a pixel; text keeps its numbers', () => {
  const rows = [
    { x: 'a', y: 277.22249999999997 },
    { x: 'b', y: 88.66500000000008 },
    { x: 'c', y: 1 / 3 },
  ];
  const markup = renderPlot({ marks: [Plot.barY(rows, { x: 'x', y: 'y' }), Plot.text(rows, { x: 'x', y: 'y', text: () => '0.123456' })] }, { title: 'Thirds 0.333333' });
  const geometry = [...markup.matchAll(/ (?:x|y|width|height|d|transform|viewBox)="([^"]*)"/g)].map((m) => m[1]!);
  expect(geometry.length).toBeGreaterThan(10);
  for (const value of geometry) expect(value).not.toMatch(/\.\d{3}/);
  expect(markup).toContain('0.123456');
  expect(markup).toContain('Thirds 0.333333');
});
