/** Reading chart markup back as a DOM, for the chart tests. */
import { parseHTML } from 'linkedom';

export function parse(markup: string): Document {
  return parseHTML(`<!doctype html><html><body>${markup}</body></html>`).document as unknown as Document;
}

/** The chart's own SVG (the one with role=img; a legend's swatches are SVGs too). */
export function chartSvg(markup: string): Element {
  const svg = parse(markup).querySelector('svg[role="img"]');
  if (!svg) throw new Error('no svg[role=img] in the markup');
  return svg;
}

/** The text of each match; a label Plot wrapped into <tspan> lines is joined back with spaces. */
export function texts(root: Element | Document, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((node) => {
    const lines = [...node.querySelectorAll('tspan')];
    return lines.length > 0 ? lines.map((line) => line.textContent).join(' ') : (node.textContent ?? '');
  });
}

/** Every colour an element of the markup is painted with: fill, stroke and color attributes, and fill/stroke in style attributes. */
export function paints(markup: string): string[] {
  const document = parse(markup);
  const found: string[] = [];
  for (const node of document.querySelectorAll('*')) {
    for (const name of ['fill', 'stroke', 'color', 'stop-color']) {
      const value = node.getAttribute(name);
      if (value !== null) found.push(value);
    }
    const style = node.getAttribute('style') ?? '';
    for (const m of style.matchAll(/(?:^|;)\s*(?:fill|stroke|color|background(?:-color)?)\s*:\s*([^;]+)/g)) found.push(m[1]!.trim());
  }
  return found;
}

/** A paint that follows the page's colour scheme: a CSS variable (with its fallbacks), currentColor or none. */
export const SCHEME_PAINT = /^(none|currentColor|var\(--[\w-]+(, *(var\(--[\w-]+(, *currentColor)?\)|currentColor))?\))$/;

/** Charts write positions and sizes to a hundredth of a pixel (render.ts rounds them). */
export const PIXEL_PRECISION = 0.01;

/**
 * Whether two sizes drawn for two values are in proportion, as far as sizes written to a
 * hundredth of a pixel can be: each is within half a hundredth of its exact size, so
 * |a·vb − b·va| ≤ 0.005·(|va| + |vb|).
 */
export function proportional(a: number, b: number, va: number, vb: number): boolean {
  return Math.abs(a * vb - b * va) <= (PIXEL_PRECISION / 2) * (Math.abs(va) + Math.abs(vb)) + 1e-9;
}
