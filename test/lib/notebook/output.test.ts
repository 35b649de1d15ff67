import * as aq from 'arquero';
import Decimal from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { escapeHtml, Markup, renderOutput } from '../../../src/lib/notebook/index.ts';
import { Plot } from '../../../src/lib/notebook/scope.ts';
import { parseHTML } from 'linkedom';
import { load } from '../checks/fixture.ts';

describe('renderOutput', () => {
  test('a string containing <script> renders as escaped text', () => {
    const { kind, html } = renderOutput('<script>alert("x")</script> & more');
    expect(kind).toBe('text');
    expect(html).toBe('<output>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more</output>');
  });

  test('numbers, bigints and Decimals render as grouped numbers; booleans as text', () => {
    expect(renderOutput(1234.5).html).toBe('<output>1,234.5</output>');
    expect(renderOutput(10n).html).toBe('<output>10</output>');
    expect(renderOutput(false).html).toBe('<output>false</output>');
    expect(renderOutput(new Decimal('0.10')).html).toBe('<output>0.1</output>');
    expect(renderOutput(new (Decimal.clone())('-1271')).html).toBe('<output>−1,271</output>');
  });

  test('a quotient is never shown to 40 places: it is cut to four and marked', () => {
    const q = new Decimal(9924).div(6776);
    expect(renderOutput(q).html).toBe('<output>1.4645…</output>');
  });

  test('undefined renders nothing', () => {
    expect(renderOutput(undefined)).toEqual({ kind: 'none', html: '' });
  });

  test('a plain object renders as a table of its keys and values, escaped', () => {
    const { kind, html } = renderOutput({ label: '<b>', yoy: '46.46', total: new Decimal('-60525') });
    expect(kind).toBe('table');
    expect(html).toBe(
      '<div class="nb-table-wrap" tabindex="0"><table class="nb-object"><tbody>' +
        '<tr><th scope="row">label</th><td>&lt;b&gt;</td></tr>' +
        '<tr><th scope="row">yoy</th><td class="num">46.46</td></tr>' +
        '<tr><th scope="row">total</th><td class="num">(60,525<span class="hang">)</span></td></tr>' +
        '</tbody></table></div>',
    );
  });

  test('a fact renders as what a reader needs of it (line item, period, printed, value, reading, source, id), its other fields named, not 23 rows', () => {
    const { release } = load('inap-2010-q2', '.');
    const fact = release.facts.find((f) => f.id === 'inap-2010-q2/statement-of-operations/revenues--data-center-services/2010-q2')!;
    const label = (id: string) => (id === '2010-q2' ? 'Q2 2010' : undefined);
    for (const shape of [fact, { ...fact, section: fact.section.join(' › '), footnotes: fact.footnotes.join(' ') }]) {
      const { kind, html } = renderOutput(shape, { label });
      expect(kind).toBe('table');
      const { document } = parseHTML(`<div>${html}</div>`);
      const rows = [...document.querySelectorAll('tr')].map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent]);
      expect(rows).toEqual([
        ['Line item', 'Revenues › Data center services'],
        ['Period', 'Q2 2010'],
        ['Printed', '$31,197'],
        ['Value', '31,197'],
        ['Read as', 'USD thousands, printed whole'],
        ['Source', `release.txt:${fact.line}:${fact.column}`],
        ['Id', fact.id],
      ]);
      expect(document.querySelector('.nb-more')!.textContent).toBe('Its other fields: release, table, total, row, concept, status, underlined, dollar, symbol, footnotes, origin.');
    }
  });

  test('a check renders as what a reader needs of it (title, verdict, printed, recomputed, tolerance, formula, explanation, id), escaped', () => {
    const { checks } = load('inap-2010-q2', '.');
    const check = { ...checks.find((c) => c.id === 'footing/financial-summary/total-revenues/2010-q2')!, title: 'Total <script>' };
    const { kind, html } = renderOutput(check);
    expect(kind).toBe('table');
    const { document } = parseHTML(`<div>${html}</div>`);
    expect(document.querySelector('script')).toBeNull();
    const rows = Object.fromEntries([...document.querySelectorAll('tr')].map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent]));
    expect(Object.keys(rows)).toEqual(['Check', 'Verdict', 'Printed', 'Recomputed', 'Tolerance', 'Formula', 'Explanation', 'Id']);
    expect(rows).toMatchObject({ Check: 'Total <script>', Verdict: 'ties exactly', Printed: '$60,525', Recomputed: '60,525', Id: check.id });
    expect(document.querySelector('.nb-more')!.textContent).toMatch(/^Its other fields: release, kind, .*inputs.*\.$/);
  });

  test('an array of facts renders as a table of the same, a fact a row; a hostile label is text', () => {
    const { release } = load('inap-2010-q2', '.');
    const facts = release.facts.filter((f) => f.row === 'total-revenues' && f.table === 'financial-summary').map((f) => ({ ...f }));
    facts[0]!.label = '<script>alert(1)</script>';
    const { html } = renderOutput(facts);
    const { document } = parseHTML(`<div>${html}</div>`);
    expect([...document.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Line item', 'Period', 'Printed', 'Value', 'Read as', 'Source', 'Id']);
    expect(document.querySelectorAll('tbody tr')).toHaveLength(facts.length);
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelector('tbody td')!.textContent).toContain('<script>');
  });

  test('an array of plain objects renders as a table; other arrays and nested values as JSON', () => {
    expect(renderOutput([{ a: '1' }, { a: '2000' }]).html).toContain('<td class="num">2,000</td>');
    const { kind, html } = renderOutput([1, new Decimal('2.50')]);
    expect(kind).toBe('json');
    expect(html).toBe('<pre>[\n  1,\n  &quot;2.5&quot;\n]</pre>');
  });

  test('a cyclic object still renders', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(renderOutput(cyclic).html).toContain('[object Object]');
  });

  test('an Arquero table renders as an escaped HTML table, numbers grouped, negatives in hanging parentheses, nil as —', () => {
    const table = aq.table({ label: ['a<i>', 'b', 'c'], value: ['-1271', '3.5', null] });
    const { kind, html } = renderOutput(table);
    expect(kind).toBe('table');
    expect(html).toBe(
      '<div class="nb-table-wrap" tabindex="0"><table><thead><tr><th scope="col">label</th><th scope="col" class="num">value</th></tr></thead>' +
        '<tbody><tr><td>a&lt;i&gt;</td><td class="num">(1,271<span class="hang">)</span></td></tr><tr><td>b</td><td class="num">3.5</td></tr>' +
        '<tr><td>c</td><td class="num">—</td></tr></tbody></table></div>',
    );
  });

  test('a pivot keeps the nil mark: Arquero turns a null it aggregates into undefined, which a column of figures shows as — too', () => {
    const facts = aq.from([
      { row: 'loss-on-disposals', period: '2010-q2', value: '18' },
      { row: 'loss-on-disposals', period: '2009-q2', value: null },
      { row: 'impairments', period: '2010-q2', value: '1183' },
      { row: 'impairments', period: '2009-q2', value: '53735' },
    ]);
    const { html } = renderOutput(facts.groupby('row').pivot('period', 'value'));
    expect(html).toContain('<td>loss-on-disposals</td><td class="num">—</td><td class="num">18</td>');
    expect(html).toContain('<td>impairments</td><td class="num">53,735</td><td class="num">1,183</td>');
    // A column of text leaves a missing value blank.
    expect(renderOutput(aq.from([{ a: 'x', b: '1' }, { b: '2' }])).html).toContain('<tr><td></td><td class="num">2</td></tr>');
  });

  test('period ids read as the page labels them, in headers and in cells', () => {
    const table = aq.table({ period: ['2010-q2', 'other'], '2010-q1': ['1', '2'] });
    const label = (t: string) => ({ '2010-q2': 'Q2 2010', '2010-q1': 'Q1 2010' })[t];
    const { html } = renderOutput(table, { label });
    expect(html).toContain('<th scope="col" class="num">Q1 2010</th>');
    expect(html).toContain('<td>Q2 2010</td>');
    expect(html).toContain('<td>other</td>');
  });

  test('a long table shows its first rows and how many more there are', () => {
    const table = aq.table({ n: Array.from({ length: 60 }, (_, i) => i) });
    const { html } = renderOutput(table, { maxRows: 50 });
    expect(html.match(/<tr>/g)).toHaveLength(51);
    expect(html).toContain('… 10 more rows (60 in all)');
  });

  test('Plot.plot in a cell draws for a desktop and for a phone, at the site\'s size and theme, unless the cell gives a width', () => {
    const { kind, html } = renderOutput(Plot.plot({ title: 'Dots', marks: [Plot.dotX([1, 2, 3])] }));
    expect(kind).toBe('chart');
    const wide = /<div class="chart-wide">(.*?)<\/div><div class="chart-narrow">(.*)<\/div><\/div>$/s.exec(html)!;
    expect(wide).not.toBeNull();
    for (const [drawing, width] of [[wide[1]!, 640], [wide[2]!, 360]] as const) {
      expect(drawing).toMatch(new RegExp(`<svg [^>]*width="${width}"[^>]*class="plot plot-framed"`));
      expect(drawing.match(/<circle/g)).toHaveLength(3);
      expect(drawing).toContain('<title>Dots</title>');
    }
    expect(renderOutput(Plot.plot({ title: 'Dots', width: 500, marks: [Plot.dotX([1, 2, 3])] })).html).toMatch(/<svg [^>]*width="500"/);
  });

  test('a Plot figure renders as inline SVG with its title', () => {
    const chart = Plot.plot({ width: 640, ariaLabel: 'Dots <1>', marks: [Plot.dot([1, 2, 3])] });
    const { kind, html } = renderOutput(chart);
    expect(kind).toBe('chart');
    expect(html).toMatch(/^<svg /);
    expect(html).toContain('<title>Dots &lt;1&gt;</title>');
  });

  test('a Plot chart without any text alternative is refused', () => {
    expect(() => renderOutput(Plot.plot({ width: 640, marks: [Plot.dot([1, 2, 3])] }))).toThrow('text alternative');
    expect(() => renderOutput(Plot.plot({ marks: [Plot.dot([1, 2, 3])] }))).toThrow('text alternative');
  });

  test('Markup is inlined as is', () => {
    expect(renderOutput(new Markup('<svg></svg>'))).toEqual({ kind: 'chart', html: '<svg></svg>' });
  });

  test('escapeHtml escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

// Issue 30: a cell may return huge output (a string of 20 MB, two million numbers, an object of a million keys, a
// table cell of megabytes); its page must stay a page, and what is cut is said, as a table's rows past 50 are.
describe('huge output is cut and said', () => {
  test.each([
    ['a string of 20 MB', () => 'x'.repeat(20_000_000), 'text', '… 19,900,000 more characters (20,000,000 in all)'],
    ['two million numbers', () => Array.from({ length: 2_000_000 }, (_, i) => i), 'json', 'more characters ('],
    ['an object of 300,000 keys', () => Object.fromEntries(Array.from({ length: 300_000 }, (_, i) => [`k${i}`, i])), 'table', '… 299950 more keys (300000 in all)'],
    ['an object holding a string of 10 MB', () => ({ a: 'x'.repeat(10_000_000) }), 'table', null],
    ['a table whose cell holds a string of 10 MB', () => aq.table({ a: ['x'.repeat(10_000_000)] }), 'table', null],
    ['rows of nested objects of 10 MB', () => [{ a: { b: 'x'.repeat(10_000_000) } }], 'table', null],
  ])('%s', (_, make, kind, said) => {
    const { kind: k, html } = renderOutput(make());
    expect(k).toBe(kind);
    expect(html.length).toBeLessThan(150_000);
    if (said) expect(html).toContain(said);
  });

  test('output under the limits is shown whole', () => {
    const text = 'y'.repeat(100_000);
    expect(renderOutput(text).html).toBe(`<output>${text}</output>`);
    expect(renderOutput(Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i]))).html).not.toContain('more keys');
  });

  test('a value JSON cannot hold that cannot be made a string either is named by its kind', () => {
    const odd = Object.create(null) as Record<string, unknown>;
    odd.self = odd;
    expect(renderOutput([odd]).html).toContain('<td><code>[object Object]</code></td>');
    expect(renderOutput([[odd]]).html).toBe('<pre>[object Array]</pre>');
  });
});
