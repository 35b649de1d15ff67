/**
 * Page weights of a built site: every HTML page's bytes raw and gzipped (level 9, as a static
 * host compresses), by kind of page, reported beside the reference's page.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { files, htmlFiles } from './build.ts';

export interface PageWeight {
  /** Path under the output folder, `/`-separated: `inap-2010-q2/checks/index.html`. */
  page: string;
  kind: string;
  bytes: number;
  gzip: number;
}

const RELEASE_PAGES = new Set(['statements', 'checks', 'claims', 'original', 'source']);

/** The kind of a page from its path: home, listing, overview, statements, table, checks, check kind, claims, original, source, notebook, other. */
export function pageKind(page: string, notebookSlugs: ReadonlySet<string> = new Set()): string {
  const parts = page.split('/').slice(0, -1);
  if (parts.length === 0) return page === 'index.html' ? 'home' : 'other';
  if (['page', 'companies', 'company'].includes(parts[0]!)) return 'listing';
  if (parts[0] === 'search' || parts.length === 1 && parts[0] === '404') return 'other';
  if (parts.length === 1) return 'overview';
  if (parts[1] === 'statements') return parts.length === 2 ? 'statements' : 'table';
  if (parts[1] === 'checks' && parts.length === 3) return 'check kind';
  if (RELEASE_PAGES.has(parts[1]!)) return parts[1]!;
  if (parts.length === 2 && (notebookSlugs.size === 0 || notebookSlugs.has(parts[1]!))) return 'notebook';
  return 'other';
}

export function gzipSize(bytes: Buffer | string): number {
  return gzipSync(bytes, { level: 9 }).length;
}

export function pageWeights(dist: string): PageWeight[] {
  return htmlFiles(dist)
    .map((file) => {
      const page = relative(dist, file).split(sep).join('/');
      const body = readFileSync(file);
      return { page, kind: pageKind(page), bytes: statSync(file).size, gzip: gzipSize(body) };
    })
    .sort((a, b) => a.page.localeCompare(b.page));
}

/** The heaviest page of each kind (by gzip). */
export function heaviestByKind(weights: PageWeight[]): Map<string, PageWeight> {
  const out = new Map<string, PageWeight>();
  for (const w of weights) if (!out.has(w.kind) || out.get(w.kind)!.gzip < w.gzip) out.set(w.kind, w);
  return new Map([...out].sort((a, b) => b[1].gzip - a[1].gzip));
}

/**
 * What a release's output is made of: bytes (raw, as stored) of every file under
 * `dist/<release>/` summed by kind of page, the downloads (facts and checks, JSON and CSV)
 * under their own names, largest first, so "output per release" says where its bytes are.
 */
export function releaseBytesByKind(dist: string, release: string): [string, number][] {
  const out = new Map<string, number>();
  for (const file of files(join(dist, release))) {
    const page = relative(dist, file).split(sep).join('/');
    const kind = page.endsWith('.html') ? pageKind(page) : page.slice(release.length + 1);
    out.set(kind, (out.get(kind) ?? 0) + statSync(file).size);
  }
  return [...out].sort((a, b) => b[1] - a[1]);
}

/** Parts of a page whose weight the bench reports, each a CSS selector (the first match wins a node). */
export const PAGE_PARTS: [string, string][] = [
  ['charts', '.chart-sizes, figure.plot-figure, figure.chart > svg'],
  ['second drawings', '.chart-narrow'],
  ['statements', '.statement-block'],
  ['popovers', '[popover]'],
  ['checks', 'table.check-rows, table.checks'],
  ['code', 'pre'],
  ['chart data', 'details.chart-data'],
];

/**
 * What a page's gzip weight is made of: for each part, how much smaller the gzipped page is
 * without it (so parts that repeat each other's text count only what they add; "second
 * drawings" is inside "charts"). Says where to cut, e.g. a notebook's charts against its tables.
 */
export function pageComposition(html: string, parts: [string, string][] = PAGE_PARTS): { part: string; count: number; gzip: number }[] {
  const whole = gzipSize(parseHTML(html).document.toString());
  return parts
    .map(([part, selector]) => {
      const { document } = parseHTML(html);
      const nodes = [...document.querySelectorAll(selector)];
      for (const node of nodes) node.remove();
      return { part, count: nodes.length, gzip: whole - gzipSize(document.toString()) };
    })
    .filter((p) => p.count > 0);
}
