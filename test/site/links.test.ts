import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { pages, anchors } from '../../scripts/permalinks.ts';
import { distDir, requireBuiltSite } from '../support/site.ts';

/** Resolves a link to a file in dist/ and its fragment, or null for links that leave the site. */
function target(from: string, href: string): { path: string; hash: string } | null {
  const url = new URL(href, `http://site${from}`);
  if (url.host !== 'site') return null;
  return { path: decodeURIComponent(url.pathname), hash: decodeURIComponent(url.hash.slice(1)) };
}

function fileFor(path: string): string | null {
  const candidates = path.endsWith('/') ? [join(distDir, path, 'index.html')] : [join(distDir, path), join(distDir, `${path}.html`), join(distDir, path, 'index.html')];
  return candidates.find((c) => existsSync(c)) ?? null;
}

describe('the built site', () => {
  test('every internal link and anchor resolves', () => {
    requireBuiltSite();
    const idsOf = new Map<string, Set<string>>();
    const ids = (file: string) => {
      if (!idsOf.has(file)) idsOf.set(file, new Set(file.endsWith('.html') ? anchors(readFileSync(file, 'utf8')) : []));
      return idsOf.get(file)!;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages(distDir)) {
      const { document } = parseHTML(readFileSync(page.file, 'utf8'));
      for (const a of document.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        const t = target(page.url, href);
        if (!t) continue;
        checked++;
        const file = fileFor(t.path);
        if (!file) broken.push(`${page.url}: ${href} (no such page)`);
        else if (t.hash && !ids(file).has(t.hash)) broken.push(`${page.url}: ${href} (no #${t.hash} there)`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });

  test('pages ship no JavaScript', () => {
    requireBuiltSite();
    const withScripts = pages(distDir).filter((p) => /<script\b/i.test(readFileSync(p.file, 'utf8'))).map((p) => p.url);
    expect(withScripts).toEqual([]);
  });
});
