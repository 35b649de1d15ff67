/**
 * Observable Plot rendered to SVG markup at build time, with linkedom as the
 * document (`Plot.plot({ ...options, document })`, as Plot's own
 * test/document-test.js does).
 *
 * The markup is made to be inlined in a page:
 * - deterministic: Plot numbers clip paths, patterns and markers from
 *   module-wide counters (`plot-clip-7`), so a chart's ids depend on how many
 *   charts came before it. They are renumbered within each chart and suffixed
 *   with a hash of the chart, so that two renders of one input are byte-identical
 *   and two different charts on a page never share an id;
 * - described: the SVG gets `role="img"`, an `aria-label` and a `<title>` (and a
 *   `<desc>` when there is a description, which is its accessible description: no
 *   `aria-description` repeats it); the names Plot gives its marks' groups
 *   (`aria-label="bar"`) become `data-mark`, since ARIA forbids them inside an image;
 * - readable in light and dark: Plot draws axes and text in `currentColor`;
 *   its one fixed colour, the white `--plot-background` behind tips and halos,
 *   becomes `var(--chart-background, Canvas)`;
 * - free of inline styles, which the site's Content-Security-Policy forbids:
 *   Plot's own `<style>` elements are dropped and charts.css gives the same
 *   rules to its classes (`plot`, `plot-figure`, `plot-swatches`, …, the class
 *   name PLOT_CLASS fixes); an inline style Plot was asked for (its `style`
 *   option, `mixBlendMode`, swatch widths) is refused with ChartInlineStyle.
 */
import { createHash } from 'node:crypto';
import * as Plot from '@observablehq/plot';
import { createDocument } from './document.ts';

export interface ChartText {
  /** Short text alternative; becomes the SVG's `<title>` and `aria-label`. */
  title: string;
  /** Longer description; becomes `<desc>`, the SVG's accessible description. */
  description?: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const PLOT_IDS = /\bplot-(clip|pattern|marker)-\d+\b/g;

/** Plot's class name for every chart tieout draws, which charts.css styles (Plot's default changes with its version). */
export const PLOT_CLASS = 'plot';

/** A chart that would carry an inline style, which the site's Content-Security-Policy does not allow. */
export class ChartInlineStyle extends Error {
  constructor(element: string, style: string) {
    super(
      `a chart may not carry inline styles (the site's Content-Security-Policy forbids them): <${element} style="${style}">; ` +
        "leave out Plot's style option (and mixBlendMode, swatch widths), and style charts with classes in the site's stylesheet",
    );
    this.name = 'ChartInlineStyle';
  }
}

export class ChartTitleMissing extends Error {
  constructor() {
    super('a chart needs a text alternative: give it a title (or Plot’s ariaLabel or title option)');
    this.name = 'ChartTitleMissing';
  }
}

/** Renders Plot options to SVG (or `<figure>`, when Plot adds legends or a title) markup. */
export function renderPlot(options: Plot.PlotOptions, text: ChartText): string {
  const chart = Plot.plot({
    className: PLOT_CLASS,
    ...options,
    ariaLabel: options.ariaLabel ?? text.title,
    ariaDescription: options.ariaDescription ?? text.description,
    document: createDocument(),
  });
  // tieout's charts are drawn full width, at their font size (charts.css, FRAMED_CLASS).
  mainSvg(chart as unknown as Element).classList.add(`${PLOT_CLASS}-framed`);
  return serializeChart(chart as unknown as Element, text);
}

/**
 * Serializes a chart Plot made into inline markup, deterministic and described.
 * The title is `text.title`, else the SVG's aria-label, else the figure's
 * heading; throws ChartTitleMissing when there is none.
 */
export function serializeChart(chart: Element, text: Partial<ChartText> = {}): string {
  const svg = mainSvg(chart);
  const title =
    text.title ??
    svg.getAttribute('aria-label') ??
    (chart === svg ? undefined : chart.querySelector('h2')?.textContent ?? undefined);
  if (!title?.trim()) throw new ChartTitleMissing();
  const description = text.description ?? svg.getAttribute('aria-description') ?? undefined;

  const document = svg.ownerDocument;
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', title);
  // The <desc> is the description browsers give an SVG image (SVG-AAM; Chromium, Firefox, Safari):
  // Plot's aria-description repeated it, a second copy of the chart's longest text in each drawing.
  svg.removeAttribute('aria-description');
  if (description) svg.prepend(element(document, 'desc', description));
  svg.prepend(element(document, 'title', title));
  tidy(chart, svg);

  return withStableIds(chart.outerHTML);
}

/** Attributes that hold positions and sizes in pixels (and path data, transforms, point lists). */
const GEOMETRY = new Set(['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'dx', 'dy', 'width', 'height', 'd', 'transform', 'points', 'viewBox']);
const NUMBER = /-?(?:\d+\.\d+|\.\d+)(?:e[-+]?\d+)?/gi;
const SPECIAL = /[&<>]/;

/**
 * Makes the chart's tree ready to serialize, in one walk over its elements (each pass of its
 * own was a walk of the whole tree and a copy of every element's attributes):
 * - Plot's `<style>` elements are dropped (charts.css has their rules), and so is the one
 *   inline style Plot always writes (`max-width: initial` on a figure with legends); any other
 *   inline style is one the chart's author asked for, and is refused (ChartInlineStyle) rather
 *   than silently lost;
 * - inside a role=img the marks are presentational: ARIA forbids aria-label on their `<g>`s
 *   (axe: aria-prohibited-attr), so Plot's mark names (every aria-label but the SVG's own) move
 *   to data-mark;
 * - attribute values are escaped (escapeAttribute);
 * - geometry is rounded (roundGeometry).
 */
function tidy(chart: Element, svg: Element): void {
  const styles: Element[] = [];
  for (const node of [chart, ...chart.querySelectorAll('*')]) {
    if (node.localName === 'style') {
      styles.push(node);
      continue;
    }
    let mark: string | undefined;
    // getAttributeNames() is an array; `attributes` is a proxy, slow to iterate.
    for (const name of node.getAttributeNames()) {
      const { value } = node.getAttributeNode(name)!;
      if (name === 'style') {
        inlineStyle(node, value);
        node.removeAttribute('style');
      } else if (name === 'aria-label' && node !== svg) {
        mark = value;
      } else {
        const escaped = escapeAttribute(value);
        const rounded = GEOMETRY.has(name) ? roundGeometry(escaped) : escaped;
        if (rounded !== value) node.setAttribute(name, rounded);
      }
    }
    if (mark !== undefined) {
      node.setAttribute('data-mark', escapeAttribute(mark));
      node.removeAttribute('aria-label');
    }
  }
  // Plot's <style>s hold only text: nothing inside them was to be tidied.
  for (const style of styles) style.remove();
}

/**
 * Positions rounded to hundredths of a pixel: Plot writes the floats its scales compute
 * (`277.22249999999997`), a fifth of a chart's bytes, where a hundredth of a pixel is far below
 * what a screen or printer can show. Only geometry: text, titles and data attributes keep
 * their numbers as written.
 */
function roundGeometry(value: string): string {
  if (!/\.\d{3}/.test(value)) return value;
  return value.replace(NUMBER, (n) => String(Math.round(Number(n) * 100) / 100));
}

/** Throws ChartInlineStyle unless `style` is empty or Plot's own `max-width: initial` on a figure. */
function inlineStyle(node: Element, style: string): void {
  const declarations = style.split(';').map((d) => d.trim()).filter(Boolean);
  const others = declarations.filter((d) => !(node.localName === 'figure' && /^max-width:\s*initial$/.test(d)));
  if (others.length > 0) throw new ChartInlineStyle(node.localName, others.join('; '));
}

/** The plot's own SVG: the chart itself, or the last SVG child of its figure (legends come first). */
function mainSvg(chart: Element): Element {
  if (chart.localName === 'svg') return chart;
  const svgs = [...chart.children].filter((child) => child.localName === 'svg');
  const svg = svgs.at(-1);
  if (!svg) throw new Error('serializeChart: the chart has no SVG element');
  return svg;
}

function element(document: Document, name: string, text: string): Element {
  const node = document.createElementNS(SVG_NS, name);
  node.textContent = text;
  return node;
}

/**
 * linkedom escapes only `"` in attribute values of an HTML document, so a
 * value such as `R&amp;D` would be read back as `R&D`, and a `<` would make the
 * SVG ill-formed as XML (harmless in HTML, but not in a saved .svg). The DOM is
 * thrown away after serialization, so escaping the stored value is the
 * simplest correct fix.
 */
function escapeAttribute(value: string): string {
  return SPECIAL.test(value) ? value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;') : value;
}

function withStableIds(markup: string): string {
  const local = new Map<string, string>();
  const numbered = markup.replace(PLOT_IDS, (id, kind: string) => {
    if (!local.has(id)) local.set(id, `plot-${kind}-@-${local.size + 1}`);
    return local.get(id)!;
  });
  if (local.size === 0) return markup;
  const hash = createHash('sha256').update(numbered).digest('hex').slice(0, 8);
  return numbered.replaceAll('-@-', `-${hash}-`);
}
