import * as aq from 'arquero';
import Decimal from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { escapeHtml, Markup, renderOutput } from '../../../src/lib/notebook/index.ts';
import { Plot } from '../../../src/lib/notebook/scope.ts';

describe('renderOutput', () => {
  test('a string containing <script> renders as escaped text', () => {
    const { kind, html } = renderOutput('<script>alert("x")</script> & more');
    expect(kind).toBe('text');
    expect(html).toBe('<output>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more</output>');
  });

  test('numbers, bigints, booleans and Decimals render as text', () => {
    expect(renderOutput(1234.5).html).toBe('<output>1234.5</output>');
    expect(renderOutput(10n).html).toBe('<output>10</output>');
    expect(renderOutput(false).html).toBe('<output>false</output>');
    expect(renderOutput(new Decimal('0.10')).html).toBe('<output>0.1</output>');
    expect(renderOutput(new (Decimal.clone())('-1271')).html).toBe('<output>-1271</output>');
  });

  test('undefined renders nothing', () => {
    expect(renderOutput(undefined)).toEqual({ kind: 'none', html: '' });
  });

  test('arrays and objects render as escaped, indented JSON', () => {
    const { kind, html } = renderOutput({ label: '<b>', values: [1, new Decimal('2.50')] });
    expect(kind).toBe('json');
    expect(html).toBe('<pre>{\n  &quot;label&quot;: &quot;&lt;b&gt;&quot;,\n  &quot;values&quot;: [\n    1,\n    &quot;2.5&quot;\n  ]\n}</pre>');
  });

  test('a cyclic object still renders', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(renderOutput(cyclic).html).toBe('<pre>[object Object]</pre>');
  });

  test('an Arquero table renders as an escaped HTML table, numbers right-aligned', () => {
    const table = aq.table({ label: ['a<i>', 'b'], value: ['-1271', '3.5'] });
    const { kind, html } = renderOutput(table);
    expect(kind).toBe('table');
    expect(html).toBe(
      '<div class="nb-table-wrap"><table><thead><tr><th scope="col">label</th><th scope="col">value</th></tr></thead>' +
        '<tbody><tr><td>a&lt;i&gt;</td><td class="num">-1271</td></tr><tr><td>b</td><td class="num">3.5</td></tr></tbody></table></div>',
    );
  });

  test('a long table shows its first rows and how many more there are', () => {
    const table = aq.table({ n: Array.from({ length: 60 }, (_, i) => i) });
    const { html } = renderOutput(table, { maxRows: 50 });
    expect(html.match(/<tr>/g)).toHaveLength(51);
    expect(html).toContain('… 10 more rows (60 in all)');
  });

  test('a Plot figure renders as inline SVG with its title', () => {
    const chart = Plot.plot({ ariaLabel: 'Dots <1>', marks: [Plot.dot([1, 2, 3])] });
    const { kind, html } = renderOutput(chart);
    expect(kind).toBe('chart');
    expect(html).toMatch(/^<svg /);
    expect(html).toContain('<title>Dots &lt;1&gt;</title>');
  });

  test('a Plot chart without any text alternative is refused', () => {
    expect(() => renderOutput(Plot.plot({ marks: [Plot.dot([1, 2, 3])] }))).toThrow('text alternative');
  });

  test('Markup is inlined as is', () => {
    expect(renderOutput(new Markup('<svg></svg>'))).toEqual({ kind: 'chart', html: '<svg></svg>' });
  });

  test('escapeHtml escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
