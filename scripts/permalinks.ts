/**
 * The permalinks a built site publishes: every page, and every element id outside charts
 * (headings, rows, cells, checks, notebook cells, source lines). `npm run permalinks`
 * rewrites test/site/permalinks.txt from dist/; test/site/permalinks.test.ts fails when a
 * listed permalink disappears, so removing one is a deliberate, reviewed change.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';

export const LIST = 'test/site/permalinks.txt';

/** Every HTML page under dist/ as its URL path ("/inap-2010-q2/checks/"). */
export function pages(dist: string): { url: string; file: string }[] {
  const out: { url: string; file: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        const rel = relative(dist, path).split(sep).join('/');
        out.push({ url: `/${rel.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`, file: path });
      }
    }
  };
  walk(dist);
  return out.sort((a, b) => a.url.localeCompare(b.url));
}

/** Ids a reader can link to: every id except chart internals (inside an SVG) and popovers (they only pair with their button). */
export function anchors(html: string): string[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll('[id]')]
    .filter((el) => !el.closest('svg') && !el.hasAttribute('popover'))
    .map((el) => el.getAttribute('id')!)
    .filter(Boolean);
}

export function permalinks(dist: string): string[] {
  return pages(dist).flatMap(({ url, file }) => [url, ...anchors(readFileSync(file, 'utf8')).map((id) => `${url}#${id}`)]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const list = permalinks('dist');
  writeFileSync(LIST, `${list.join('\n')}\n`);
  console.log(`${LIST}: ${list.length} permalinks`);
}
