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

  test('pages ship no JavaScript, but the search page its one external script', () => {
    requireBuiltSite();
    const withScripts = pages(distDir).filter((p) => p.url !== '/search/' && /<script\b/i.test(readFileSync(p.file, 'utf8'))).map((p) => p.url);
    expect(withScripts).toEqual([]);
    const search = readFileSync(join(distDir, 'search', 'index.html'), 'utf8');
    const scripts = [...search.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]![1]).toMatch(/type="module" src="\/search\.js"/);
    expect(scripts[0]![2]).toBe('');
    expect(existsSync(join(distDir, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  test('sitemap.xml lists every page at its published address, robots.txt points to it', () => {
    requireBuiltSite();
    const sitemap = readFileSync(join(distDir, 'sitemap.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const html = pages(distDir).map((p) => p.url).filter((u) => u !== '/404');
    expect(listed.sort()).toEqual(html.sort());
    expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
  });

  test('every page has a title, a description, a canonical URL and OpenGraph tags', () => {
    requireBuiltSite();
    const missing = pages(distDir).flatMap(({ url, file }) => {
      const { document } = parseHTML(readFileSync(file, 'utf8'));
      return [
        'title',
        'meta[name="description"][content]',
        'link[rel="canonical"][href]',
        'meta[property="og:title"][content]',
        'meta[property="og:description"][content]',
        'meta[property="og:url"][content]',
      ]
        .filter((selector) => !document.querySelector(selector)?.textContent && !document.querySelector(selector)?.getAttribute('content') && !document.querySelector(selector)?.getAttribute('href'))
        .map((selector) => `${url}: ${selector}`);
    });
    expect(missing).toEqual([]);
  });
});
