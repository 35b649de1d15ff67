import { describe, expect, test } from 'vitest';
import { waterfall, waterfallBars, type WaterfallStep } from '../../../src/lib/charts/index.ts';
import { Decimal } from '../../../src/lib/decimal.ts';
import { chartSvg, PIXEL_PRECISION, texts } from './dom.ts';
import { bridgeFromTable, factOf } from './release.ts';

const ebitdaBridge = (period: string) => bridgeFromTable('adjusted-ebitda', 'adjusted-ebitda', period);
const options = { title: 'Adjusted EBITDA bridge, Q2 2010', unit: 'USD thousands' };

describe('waterfallBars(steps)', () => {
  test('the Q2 2010 Adjusted EBITDA bridge runs from loss from operations through each adjustment to the printed Adjusted EBITDA, in Decimal', () => {
    const steps = ebitdaBridge('2010-q2');
    const bars = waterfallBars(steps);
    const printed = factOf('adjusted-ebitda', 'adjusted-ebitda', '2010-q2').value!;
    const start = factOf('adjusted-ebitda', 'loss-from-operations', '2010-q2').value!;
    // The running total, recomputed here from the steps as read, one Decimal sum.
    const sum = steps.slice(0, -1).reduce((total, step) => total.plus(step.value!), new Decimal(0));
    expect(bars[0]!.running).toBe(start);
    expect(bars.at(-2)!.running).toBe(sum.toFixed());
    expect(bars.at(-2)!.running).toBe(printed);
    expect(bars.at(-1)).toMatchObject({ kind: 'total', from: '0', to: printed, computed: printed, ties: true });
    // Each delta floats from where the one before ended.
    for (let i = 1; i < bars.length - 1; i++) expect(bars[i]!.from).toBe(bars[i - 1]!.running);
  });

  test.each(['2010-q2', '2010-q1', '2009-q2'])('the %s Adjusted EBITDA bridge ties to its printed total', (period) => {
    expect(waterfallBars(ebitdaBridge(period)).at(-1)!.ties).toBe(true);
  });

  test('a nil delta (Q2 2009 disposals, printed "-") moves nothing and is marked nil', () => {
    const bars = waterfallBars(ebitdaBridge('2009-q2'));
    const nil = bars.find((bar) => bar.value === null)!;
    expect(nil).toMatchObject({ kind: 'delta', role: 'nil' });
    expect(nil.from).toBe(nil.to);
  });

  test('sums are exact where floats drift: 0.1 + 0.2 runs to 0.3, and 2^53 + 1 stays odd', () => {
    expect(waterfallBars([{ label: 'a', value: '0.1', kind: 'start' }, { label: 'b', value: '0.2', kind: 'delta' }]).at(-1)!.running).toBe('0.3');
    expect(waterfallBars([{ label: 'a', value: '9007199254740992', kind: 'start' }, { label: 'b', value: '1', kind: 'delta' }]).at(-1)!.running).toBe('9007199254740993');
  });

  test('a total that differs from the running total keeps its printed value and says what the steps give; the bridge continues from it', () => {
    const bars = waterfallBars([
      { label: 'start', value: '10', kind: 'start' },
      { label: 'up', value: '5', kind: 'delta' },
      { label: 'subtotal', value: '16', kind: 'total' },
      { label: 'down', value: '-6', kind: 'delta' },
    ]);
    expect(bars[2]).toMatchObject({ to: '16', computed: '15', ties: false });
    expect(bars[3]).toMatchObject({ from: '16', to: '10', role: 'decrease' });
  });

  test('a total without a value is drawn at the running total', () => {
    const bars = waterfallBars([{ label: 'a', value: '-3', kind: 'start' }, { label: 'b', value: '5', kind: 'delta' }, { label: 'c', value: null, kind: 'total' }]);
    expect(bars[2]).toMatchObject({ value: null, from: '0', to: '2', computed: '2', ties: null });
  });

  test('refuses a JavaScript number, an unknown kind, and an empty bridge, naming the step', () => {
    expect(() => waterfallBars([{ label: 'Cash', value: 73926 as unknown as string, kind: 'start' }])).toThrow(/step 1 \(Cash\).*decimal string/);
    expect(() => waterfallBars([{ label: 'x', value: '1', kind: 'subtotal' as WaterfallStep['kind'] }])).toThrow(/kind must be/);
    expect(() => waterfallBars([])).toThrow(/non-empty/);
    expect(() => waterfallBars([{ label: 'x', value: '1,444', kind: 'start' }])).toThrow(/'1,444' is not a decimal string/);
  });
});

describe('waterfall(steps, options)', () => {
  test('draws one bar per step, top to bottom in order, labelled with the step names', () => {
    const steps = ebitdaBridge('2010-q2');
    const svg = chartSvg(waterfall(steps, options));
    expect(svg.querySelectorAll('g[data-mark="bar"] rect')).toHaveLength(steps.filter((s) => s.value !== null).length);
    expect(texts(svg, 'g[data-mark="y-axis tick label"] text')).toEqual(steps.map((s) => s.label));
  });

  test('increases and decreases differ by more than colour: deltas are labelled with their sign, start and total without', () => {
    const svg = chartSvg(
      waterfall(
        [
          { label: 'Net loss', value: '-1271', kind: 'start' },
          { label: 'Up', value: '1183', kind: 'delta' },
          { label: 'Down', value: '-30', kind: 'delta' },
          { label: 'Nil', value: null, kind: 'delta' },
          { label: 'End', value: '-118', kind: 'total' },
        ],
        options,
      ),
    );
    expect(texts(svg, 'g[data-mark="text"] text')).toEqual(['−1,271', '+1,183', '−30', '—', '−118']);
    const fills = [...svg.querySelectorAll('g[data-mark="bar"] rect')].map((rect) => rect.getAttribute('fill'));
    expect(new Set([fills[1], fills[2]]).size).toBe(2);
    expect(fills[0]).toBe(fills.at(-1));
  });

  test('each connector carries the running total from one bar’s edge to the next bar’s edge', () => {
    const svg = chartSvg(waterfall(ebitdaBridge('2010-q2'), options));
    const rects = [...svg.querySelectorAll('g[data-mark="bar"] rect')].map((r) => {
      const x = Number(r.getAttribute('x'));
      return [x, x + Number(r.getAttribute('width'))];
    });
    const connectors = [...svg.querySelectorAll('g[data-mark="rule"] line[stroke-dasharray], g[data-mark="rule"][stroke-dasharray] line')];
    const xs = connectors.map((line) => Number(line.getAttribute('x1')) + translateX(line.parentElement!));
    expect(xs).toHaveLength(rects.length - 1);
    xs.forEach((x, i) => {
      // Each of x, width, x1 and the translation is written to a hundredth of a pixel.
      expect(rects[i]!.some((edge) => Math.abs(edge - x) <= 2 * PIXEL_PRECISION + 1e-9)).toBe(true);
      expect(rects[i + 1]!.some((edge) => Math.abs(edge - x) <= 2 * PIXEL_PRECISION + 1e-9)).toBe(true);
    });
  });

  test('a total that disagrees with its steps is marked, and the label and description say what the steps give', () => {
    const markup = waterfall(
      [
        { label: 'Start', value: '100', kind: 'start' },
        { label: 'Up', value: '5', kind: 'delta' },
        { label: 'Total', value: '104', kind: 'total' },
      ],
      options,
    );
    const svg = chartSvg(markup);
    expect(texts(svg, 'g[data-mark="text"] text').at(-1)).toBe('104 (steps give 105)');
    expect(svg.querySelector('desc')!.textContent).toContain('Total is given as 104, but the steps before it add up to 105.');
    expect(svg.querySelectorAll('g[data-mark="tick"] line')).toHaveLength(1);
  });

  test('the description adds the data, step by step, to the author’s text', () => {
    const desc = chartSvg(waterfall(ebitdaBridge('2010-q2'), { ...options, description: 'From the release.' })).querySelector('desc')!.textContent!;
    expect(desc).toMatch(/^From the release\. Waterfall in USD thousands, top to bottom: \(Loss\) income from operations −713; Stock-based compensation \+1,444;/);
    expect(desc).toContain('Adjusted EBITDA (non-GAAP) 9,924 (total).');
  });

  test('options are checked by name', () => {
    const steps = ebitdaBridge('2010-q2');
    expect(() => waterfall(steps, { title: 'T' } as never)).toThrow(/waterfall: options\.unit is required/);
    expect(() => waterfall(steps, { ...options, colour: 'red' } as never)).toThrow(/waterfall: unknown option 'colour'/);
    expect(() => waterfall(steps, { ...options, title: ' ' })).toThrow(/options\.title is required/);
  });
});

function translateX(node: Element): number {
  const m = /translate\(([-\d.]+)/.exec(node.getAttribute('transform') ?? '');
  return m ? Number(m[1]) : 0;
}
