/**
 * The search index in shards: a rebuild indexes only the shards whose pages changed, copies
 * the others from the cache, and is never stale. Driven as Astro drives it (the page feed of
 * release-order.ts, then astro:build:done), with real Pagefind, on small pages in a temp folder.
 */
import { gunzipSync } from 'node:zlib';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { searchIndex, spaced, SHARDS_FILE } from '../../src/integrations/search-index.ts';
import { SHARD_COUNT, PRIMARY, isUnused, isSearchable, shardOf } from '../../src/integrations/search-shards.ts';

const page = (title: string, words: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><nav>Menu words</nav><main data-pagefind-body><h1>${title}</h1><p>${words}</p></main></body></html>`;

/** A site: path → words of its page. Release pages are `/<release>/…`; `/` is the home page. */
type Site = Record<string, string>;

const fileOf = (pathname: string) => (pathname === '/' ? 'index.html' : `${pathname.replace(/^\/|\/$/g, '')}/index.html`);

/** Builds the index of `site` into `out` as a build would: every page written, then fed in order (half as rendered, half as copied from disk). */
async function buildIndex(site: Site, out: string): Promise<string[]> {
  rmSync(out, { recursive: true, force: true });
  const logs: string[] = [];
  const integration = searchIndex();
  const hooks = integration.hooks as Record<string, (arg: unknown) => unknown>;
  await hooks['astro:config:done']!({ config: { outDir: pathToFileURL(`${out}/`) } });
  const paths = Object.keys(site);
  integration.feed.paths(paths);
  paths.forEach((p, i) => {
    const html = page(p, site[p]!);
    mkdirSync(join(out, fileOf(p), '..'), { recursive: true });
    writeFileSync(join(out, fileOf(p)), html);
    if (i % 2 === 0) integration.feed.rendered(p, html);
    if (i > 0) integration.feed.reached(p);
  });
  const logger = { info: (m: string) => logs.push(m), warn: () => {}, error: () => {}, debug: () => {} };
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${out}/`), logger });
  return logs;
}

/** Every file of a folder with its bytes (paths relative to it). */
function filesOf(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    try {
      files.set(f, readFileSync(join(dir, f)).toString('base64'));
    } catch {
      // A folder.
    }
  }
  return files;
}

/** The text Pagefind keeps for every page of one index folder (its fragments). */
function indexedText(dir: string): string {
  return readdirSync(join(dir, 'fragment'))
    .map((f) => gunzipSync(readFileSync(join(dir, 'fragment', f))).toString('utf8'))
    .join('\n');
}

describe('shards of the search index', () => {
  test('a page outside a release is in the primary index; every page of a release is in its release\'s shard', () => {
    expect(shardOf('/')).toBe(PRIMARY);
    for (const id of ['inap-2010-q2', 'nvda-2025-q1', 'c001-r01']) {
      const shard = shardOf(`/${id}/`);
      expect(shard).toMatch(/^shard-\d+$/);
      for (const p of [`/${id}`, `/${id}/checks/footing/`, `/${id}/statements/balance-sheet/`, `/${id}/adjusted-ebitda/`]) expect(shardOf(p)).toBe(shard);
    }
  });

  test('releases spread over every shard, and only those', () => {
    const used = new Set(Array.from({ length: 400 }, (_, i) => shardOf(`/release-${i}/`)));
    expect([...used].sort()).toEqual(Array.from({ length: SHARD_COUNT }, (_, i) => `shard-${i}`).sort());
  });

  test.each([
    ['<main data-pagefind-body><h1>x</h1></main>', true],
    ['<div class="a" data-pagefind-body="">x</div>', true],
    ['<MAIN\n  data-pagefind-body>x</MAIN>', true],
    ['<main><p>The data-pagefind-body attribute</p></main>', false],
    ['<p>&lt;main data-pagefind-body&gt;</p>', false],
    ['<main data-pagefind-ignore>x</main>', false],
  ])('%s asks to be searched: %s', (html, searchable) => {
    expect(isSearchable(html)).toBe(searchable);
  });

  test.each([
    // [file, kept in the primary index, kept in a merged shard]
    ['pagefind.js', true, false],
    ['pagefind-worker.js', true, false],
    ['wasm.en.pagefind', true, false],
    ['wasm.unknown.pagefind', true, false],
    ['pagefind-entry.json', true, true],
    ['pagefind.en_52fcc0336b.pf_meta', true, true],
    ['index', true, true],
    ['fragment', true, true],
    ['filter', true, true],
    ['pagefind-ui.js', false, false],
    ['pagefind-ui.css', false, false],
    ['pagefind-modular-ui.js', false, false],
    ['pagefind-component-ui.css', false, false],
    ['pagefind-highlight.js', false, false],
  ])('%s: kept in the primary index %s, in a merged shard %s', (file, primary, shard) => {
    expect(isUnused(file, true)).toBe(!primary);
    expect(isUnused(file, false)).toBe(!shard);
  });
});

describe('what Pagefind is sent', () => {
  test.each([
    ['<table><tr><th>Check</th><th>Reported</th></tr><tr><td>Revenue</td><td>60,525</td></tr></table>', ['Check', 'Reported', 'Revenue', '60,525']],
    ['<dl><dt>Revenue</dt><dd>$60,525</dd></dl><ul><li>One</li><li>Two</li></ul>', ['Revenue', '$60,525', 'One', 'Two']],
    ['<table><caption>Balance</caption><thead><tr><th scope="col">2010</th></tr></thead></table>', ['Balance', '2010']],
    ['<a href="#c7">In&nbsp;[7]</a><details open><summary>Source</summary><pre>x</pre></details><figure><svg></svg><figcaption>Margin</figcaption></figure>', ['In&nbsp;[7]', 'Source', 'x', 'Margin']],
  ])('words of adjacent cells, items and terms stay apart: %s', (html, words) => {
    const text = spaced(html).replace(/<[^>]*>/g, '');
    expect(text.split(/\s+/).filter(Boolean)).toEqual(words);
    // Only whitespace is added: the page's markup is otherwise the same.
    expect(spaced(html).replace(/ </g, '<')).toBe(html.replace(/ </g, '<'));
  });

  test('an indexed table has each cell\'s words as words', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tieout-search-cells-'));
    const saved = process.env.TIEOUT_CACHE;
    process.env.TIEOUT_CACHE = join(dir, 'cache');
    try {
      const out = join(dir, 'out');
      const integration = searchIndex();
      const hooks = integration.hooks as Record<string, (arg: unknown) => unknown>;
      await hooks['astro:config:done']!({ config: { outDir: pathToFileURL(`${out}/`) } });
      const html = '<!doctype html><html lang="en"><head><title>T</title></head><body><main data-pagefind-body><table><tr><th>Check</th><th>Reported</th><th>Recomputed</th></tr></table></main></body></html>';
      mkdirSync(join(out, 'r1'), { recursive: true });
      writeFileSync(join(out, 'r1', 'index.html'), html);
      const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };
      await hooks['astro:build:done']!({ dir: pathToFileURL(`${out}/`), logger });
      const text = indexedText(join(out, 'pagefind', shardOf('/r1/')));
      expect(text).toMatch(/Check Reported Recomputed/);
    } finally {
      if (saved === undefined) delete process.env.TIEOUT_CACHE;
      else process.env.TIEOUT_CACHE = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a rebuild of the search index', () => {
  let dir = '';
  const saved = process.env.TIEOUT_CACHE;
  // Releases chosen to land in different shards.
  const releases = Array.from({ length: 40 }, (_, i) => `rel-${i}`).filter((id, i, all) => all.findIndex((o) => shardOf(`/${o}/`) === shardOf(`/${id}/`)) === i).slice(0, 3);
  const site: Site = { '/': 'Home of every release' };
  for (const id of releases) {
    site[`/${id}/`] = `Overview of ${id} revenue grew`;
    site[`/${id}/checks/`] = `Checks of ${id} footing ties`;
  }

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tieout-search-'));
    process.env.TIEOUT_CACHE = join(dir, 'cache');
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TIEOUT_CACHE;
    else process.env.TIEOUT_CACHE = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  test('is a primary index and one shard per release here, listed for the search page; unchanged, every shard is copied from the cache, byte for byte', async () => {
    expect(releases).toHaveLength(3);
    const out = join(dir, 'out');
    const cold = await buildIndex(site, out);
    expect(cold.join('\n')).toMatch(/7 pages in 3 shard\(s\) and the primary index; 0 of 4 unchanged/);
    const listed = JSON.parse(readFileSync(join(out, 'pagefind', SHARDS_FILE), 'utf8')) as string[];
    expect(listed.sort()).toEqual(releases.map((id) => shardOf(`/${id}/`)).sort());
    expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(out, 'pagefind', 'pagefind-ui.js'))).toBe(false);
    for (const shard of listed) {
      expect(existsSync(join(out, 'pagefind', shard, 'pagefind-entry.json'))).toBe(true);
      expect(existsSync(join(out, 'pagefind', shard, 'pagefind.js'))).toBe(false);
      expect(indexedText(join(out, 'pagefind', shard))).not.toMatch(/Home of every release|Menu words/);
    }
    expect(indexedText(join(out, 'pagefind'))).toMatch(/Home of every release/);
    const before = filesOf(join(out, 'pagefind'));

    const again = await buildIndex(site, out);
    expect(again.join('\n')).toMatch(/4 of 4 unchanged, copied from the cache/);
    expect(filesOf(join(out, 'pagefind'))).toEqual(before);
  });

  test("after one page changes, only its shard is indexed again, it has the page's new words and not its old ones, and it is what a cold build writes", async () => {
    const out = join(dir, 'out');
    const changed = releases[1]!;
    const shard = shardOf(`/${changed}/`);
    const edited = { ...site, [`/${changed}/checks/`]: `Checks of ${changed} footing mismatch found` };
    const before = filesOf(join(out, 'pagefind'));
    const warm = await buildIndex(edited, out);
    expect(warm.join('\n')).toMatch(/3 of 4 unchanged, copied from the cache/);
    const text = indexedText(join(out, 'pagefind', shard));
    expect(text).toMatch(/footing mismatch found/);
    expect(text).not.toMatch(/footing ties/);
    const after = filesOf(join(out, 'pagefind'));
    for (const [f, bytes] of after) if (!f.startsWith(shard)) expect([f, bytes]).toEqual([f, before.get(f)]);

    // A cold build (no cache) of the edited site writes the same files.
    process.env.TIEOUT_CACHE = join(dir, 'cold-cache');
    const cold = join(dir, 'cold');
    expect((await buildIndex(edited, cold)).join('\n')).toMatch(/0 of 4 unchanged/);
    expect(filesOf(join(cold, 'pagefind'))).toEqual(after);
    process.env.TIEOUT_CACHE = join(dir, 'cache');
  });

  test('pages built a few at a time: a page still being copied when the build moves on is indexed whole, and one still rendering waits for its own text', async () => {
    const out = join(dir, 'concurrent');
    rmSync(out, { recursive: true, force: true });
    process.env.TIEOUT_CACHE = join(dir, 'concurrent-cache');
    try {
      const id = releases[0]!;
      const [copied, rendering, next] = [`/${id}/`, `/${id}/checks/`, `/${releases[1]}/`];
      const texts = { [copied]: 'Overview words first half and the zebraword at its end', [rendering]: 'Checks words of the quaggaword page', [next]: 'Next release words' };
      const integration = searchIndex();
      const hooks = integration.hooks as Record<string, (arg: unknown) => unknown>;
      await hooks['astro:config:done']!({ config: { outDir: pathToFileURL(`${out}/`) } });
      integration.feed.paths(Object.keys(texts));
      const write = (p: string, html: string) => {
        mkdirSync(join(out, fileOf(p), '..'), { recursive: true });
        writeFileSync(join(out, fileOf(p)), html);
      };
      // The copy of the first page is half done; the second is rendered again while its last build's file is on disk.
      const whole = page(copied, texts[copied]!);
      write(copied, whole.slice(0, whole.indexOf('zebraword')));
      write(rendering, page(rendering, 'Stale words of the last build'));
      integration.feed.rendering(rendering);
      integration.feed.reached(next);
      await new Promise((r) => setTimeout(r, 20));
      write(copied, whole);
      integration.feed.reached(next);
      await new Promise((r) => setTimeout(r, 20));
      write(rendering, page(rendering, texts[rendering]!));
      integration.feed.rendered(rendering, page(rendering, texts[rendering]!));
      integration.feed.rendering(next);
      write(next, page(next, texts[next]!));
      integration.feed.rendered(next, page(next, texts[next]!));
      const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };
      await hooks['astro:build:done']!({ dir: pathToFileURL(`${out}/`), logger });
      const text = indexedText(join(out, 'pagefind', shardOf(copied)));
      expect(text).toMatch(/zebraword/);
      expect(text).toMatch(/quaggaword/);
      expect(text).not.toMatch(/Stale words/);
    } finally {
      process.env.TIEOUT_CACHE = join(dir, 'cache');
    }
  });

  test('with no page of its own, the primary index is written after the shards, beside them, and cached without them', async () => {
    const out = join(dir, 'no-home');
    const noHome = { ...site };
    delete noHome['/'];
    process.env.TIEOUT_CACHE = join(dir, 'no-home-cache');
    try {
      expect((await buildIndex(noHome, out)).join('\n')).toMatch(/6 pages in 3 shard\(s\) and the primary index; 0 of 4 unchanged/);
      const cold = filesOf(join(out, 'pagefind'));
      for (const id of releases) expect(indexedText(join(out, 'pagefind', shardOf(`/${id}/`)))).toMatch(new RegExp(`Overview of ${id}`));
      expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
      // The primary's cache entry (the one with the script) holds no shard.
      const entries = (readdirSync(join(dir, 'no-home-cache'), { recursive: true }) as string[]).filter((f) => f.endsWith('pagefind.js'));
      expect(entries).toHaveLength(1);
      expect(readdirSync(join(dir, 'no-home-cache', entries[0]!, '..')).filter((f) => f.startsWith('shard-'))).toEqual([]);
      expect((await buildIndex(noHome, out)).join('\n')).toMatch(/4 of 4 unchanged/);
      expect(filesOf(join(out, 'pagefind'))).toEqual(cold);
    } finally {
      process.env.TIEOUT_CACHE = join(dir, 'cache');
    }
  });

  test('pages copied from the cache are taken while the build goes on: a shard is written once its pages are on disk, before the build is done', async () => {
    const out = join(dir, 'copied');
    rmSync(out, { recursive: true, force: true });
    process.env.TIEOUT_CACHE = join(dir, 'copied-cache');
    try {
      const integration = searchIndex();
      const hooks = integration.hooks as Record<string, (arg: unknown) => unknown>;
      await hooks['astro:config:done']!({ config: { outDir: pathToFileURL(`${out}/`) } });
      const paths = Object.keys(site);
      integration.feed.paths(paths);
      // No page is rendered (a rebuild that copies every page): only the files appear.
      for (const p of paths) {
        mkdirSync(join(out, fileOf(p), '..'), { recursive: true });
        writeFileSync(join(out, fileOf(p)), page(p, site[p]!));
      }
      const shard = shardOf(`/${releases[0]}/`);
      for (let i = 0; i < 50 && !existsSync(join(out, 'pagefind', shard, 'pagefind-entry.json')); i++) await new Promise((r) => setTimeout(r, 50));
      expect(existsSync(join(out, 'pagefind', shard, 'pagefind-entry.json'))).toBe(true);
      const logs: string[] = [];
      const logger = { info: (m: string) => logs.push(m), warn: () => {}, error: () => {}, debug: () => {} };
      await hooks['astro:build:done']!({ dir: pathToFileURL(`${out}/`), logger });
      expect(logs.join('\n')).toMatch(/7 pages in 3 shard\(s\) and the primary index/);
      expect(indexedText(join(out, 'pagefind', shard))).toMatch(new RegExp(`Overview of ${releases[0]}`));
    } finally {
      process.env.TIEOUT_CACHE = join(dir, 'cache');
    }
  });

  test('a shard indexed again reads its earlier pages back as they were rendered, waiting for one still being written', async () => {
    process.env.TIEOUT_CACHE = join(dir, 'read-back-cache');
    try {
      const id = releases[0]!;
      const [first, second] = [`/${id}/`, `/${id}/checks/`];
      const cold = { [first]: 'Overview words and the okapiword at its end', [second]: 'Checks words before' };
      await buildIndex(cold, join(dir, 'read-back-cold'));
      const out = join(dir, 'read-back');
      rmSync(out, { recursive: true, force: true });
      const integration = searchIndex();
      const hooks = integration.hooks as Record<string, (arg: unknown) => unknown>;
      await hooks['astro:config:done']!({ config: { outDir: pathToFileURL(`${out}/`) } });
      integration.feed.paths([first, second]);
      const write = (p: string, html: string) => {
        mkdirSync(join(out, fileOf(p), '..'), { recursive: true });
        writeFileSync(join(out, fileOf(p)), html);
      };
      // The first page is as the last build had it (so the shard waits), rendered, and still being written.
      const whole = page(first, cold[first]!);
      integration.feed.rendering(first);
      integration.feed.rendered(first, whole);
      write(first, whole.slice(0, whole.indexOf('okapiword')));
      // The second differs: the shard is indexed again from its first page.
      integration.feed.rendering(second);
      integration.feed.rendered(second, page(second, 'Checks words after'));
      write(second, page(second, 'Checks words after'));
      setTimeout(() => write(first, whole), 100);
      const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };
      await hooks['astro:build:done']!({ dir: pathToFileURL(`${out}/`), logger });
      const text = indexedText(join(out, 'pagefind', shardOf(first)));
      expect(text).toMatch(/okapiword/);
      expect(text).toMatch(/Checks words after/);
    } finally {
      process.env.TIEOUT_CACHE = join(dir, 'cache');
    }
  });

  test('a shard that lost a page at its end is indexed again, not served from its last list', async () => {
    const out = join(dir, 'out');
    const last = releases[2]!;
    const changed = releases[1]!;
    // As the last build left it (the page edited above), less one page.
    const fewer = { ...site, [`/${changed}/checks/`]: `Checks of ${changed} footing mismatch found` };
    delete fewer[`/${last}/checks/`];
    const logs = await buildIndex(fewer, out);
    expect(logs.join('\n')).toMatch(/6 pages in 3 shard\(s\) and the primary index; 3 of 4 unchanged/);
    expect(indexedText(join(out, 'pagefind', shardOf(`/${last}/`)))).not.toMatch(/Checks of/);
  });
  test("a written shard's cache entry is its folder linked whole (no copy); a later build is served from it, and writing the output again never changes it", async () => {
    const cache = join(dir, 'links-cache');
    process.env.TIEOUT_CACHE = cache;
    try {
      const out = join(dir, 'links');
      await buildIndex(site, out);
      const written = filesOf(join(out, 'pagefind'));
      // Each index's entry: the folder holding its pagefind-entry.json.
      const entries = (readdirSync(join(cache, 'search-index'), { recursive: true }) as string[]).filter((f) => f.endsWith('pagefind-entry.json')).map((f) => join(cache, 'search-index', f, '..'));
      expect(entries).toHaveLength(4);
      const folders = ['', ...releases.map((id) => shardOf(`/${id}/`))];
      for (const folder of folders) {
        const index = join(out, 'pagefind', folder);
        const mine = [...filesOf(index)].filter(([f]) => !f.startsWith('shard-') && f !== SHARDS_FILE);
        const entry = entries.find((e) => readFileSync(join(e, 'pagefind-entry.json'), 'utf8') === readFileSync(join(index, 'pagefind-entry.json'), 'utf8') && filesOf(e).size === mine.length);
        expect(entry, folder).toBeDefined();
        expect([...filesOf(entry!)].sort()).toEqual(mine.sort());
        // Linked, not copied: the entry's files are the output's.
        for (const [f] of mine) if (statSync(join(index, f)).isFile()) expect(statSync(join(entry!, f)).ino).toBe(statSync(join(index, f)).ino);
      }
      const cached = entries.map((e) => filesOf(e));

      // Unchanged: every index is linked from the cache, byte for byte.
      expect((await buildIndex(site, out)).join('\n')).toMatch(/4 of 4 unchanged, copied from the cache/);
      expect(filesOf(join(out, 'pagefind'))).toEqual(written);
      // A page edited: its shard is written anew over the output, and no cache entry changes.
      const changed = releases[0]!;
      expect((await buildIndex({ ...site, [`/${changed}/`]: 'Overview of a different release' }, out)).join('\n')).toMatch(/3 of 4 unchanged/);
      expect(entries.map((e) => filesOf(e))).toEqual(cached);
      // Back as it was (that shard indexed again: its last list is the edited one's), the same bytes.
      await buildIndex(site, out);
      expect(filesOf(join(out, 'pagefind'))).toEqual(written);
    } finally {
      process.env.TIEOUT_CACHE = join(dir, 'cache');
    }
  });
});

describe('pages waiting for the search index', () => {
  /** A feed over `paths` of two releases in `dir`, with at most `maxWaiting` pages waiting. */
  async function feedIn(dir: string, maxWaiting: number, paths: string[]) {
    const out = join(dir, 'out');
    const integration = searchIndex({ maxWaiting });
    const hooks = integration.hooks as Record<string, (arg: unknown) => unknown>;
    await hooks['astro:config:done']!({ config: { outDir: pathToFileURL(`${out}/`) } });
    integration.feed.paths(paths);
    const render = (p: string, words: string) => {
      const html = page(p, words);
      mkdirSync(join(out, fileOf(p), '..'), { recursive: true });
      writeFileSync(join(out, fileOf(p)), html);
      return integration.feed.rendered(p, html);
    };
    const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };
    const done = () => hooks['astro:build:done']!({ dir: pathToFileURL(`${out}/`), logger }) as Promise<void>;
    return { out, feed: integration.feed, render, done };
  }
  const settled = (p: Promise<void> | void) => {
    const state = { settled: p === undefined };
    void p?.then(() => (state.settled = true));
    return state;
  };
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tieout-search-wait-'));
    process.env.TIEOUT_CACHE = join(dir, 'cache');
  });
  afterAll(() => {
    delete process.env.TIEOUT_CACHE;
    rmSync(dir, { recursive: true, force: true });
  });

  test('a page rendered while more pages than the limit wait for the index waits, and goes on once they are indexed; the index is the same', async () => {
    const paths = ['/a-1/', '/a-1/x/', '/a-1/y/', '/b-2/', '/b-2/x/'];
    const { out, feed, render, done } = await feedIn(join(dir, 'limited'), 1, paths);
    // The pages of the release being rendered never count: the build cannot send them until it moves on.
    expect(render('/a-1/', 'First release overview')).toBeUndefined();
    expect(render('/a-1/x/', 'First release checks')).toBeUndefined();
    expect(render('/a-1/y/', 'First release statements')).toBeUndefined();
    // The build moves on: three pages can now be sent, more than the one allowed, so the next page waits.
    feed.reached('/b-2/');
    const waiting = render('/b-2/', 'Second release overview');
    expect(waiting).toBeInstanceOf(Promise);
    const state = settled(waiting);
    expect(state.settled).toBe(false);
    // Pagefind takes them and answers: the page goes on by itself, before the build is done.
    await waiting;
    expect(render('/b-2/x/', 'Second release checks')).toBeUndefined();
    await done();
    const limited = indexedText(join(out, 'pagefind', shardOf('/a-1/')));
    expect(limited).toMatch(/First release statements/);

    // Without a limit the index is byte for byte the same.
    const free = await feedIn(join(dir, 'free'), Infinity, paths);
    for (const [p, words] of [['/a-1/', 'First release overview'], ['/a-1/x/', 'First release checks'], ['/a-1/y/', 'First release statements']] as const) free.render(p, words);
    free.feed.reached('/b-2/');
    free.render('/b-2/', 'Second release overview');
    free.render('/b-2/x/', 'Second release checks');
    await free.done();
    expect(filesOf(join(free.out, 'pagefind'))).toEqual(filesOf(join(out, 'pagefind')));
  });

  test('when the index fails, a waiting page goes on at once, and the build fails with the index\'s error', async () => {
    const paths = ['/a-1/', '/a-1/x/', '/b-2/'];
    const { out, feed, render, done } = await feedIn(join(dir, 'failing'), 0, paths);
    // The first page was copied from the last build, but what is on disk at its place is a folder: the index cannot read it.
    mkdirSync(join(out, fileOf('/a-1/')), { recursive: true });
    render('/a-1/x/', 'First release checks');
    feed.reached('/b-2/');
    const waiting = render('/b-2/', 'Second release overview');
    expect(waiting).toBeInstanceOf(Promise);
    await waiting;
    await expect(done()).rejects.toThrow(/EISDIR/);
  });
});

describe('pages read back from disk', () => {
  test('a page copied from the last build hashes as it did when it was rendered, whatever its characters, so its shard is served from the cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tieout-search-bytes-'));
    process.env.TIEOUT_CACHE = join(dir, 'cache');
    try {
      const out = join(dir, 'out');
      const paths = ['/r-1/', '/r-1/x/'];
      const words = { '/r-1/': 'Revenue € 60,525 ✓ — “exact”', '/r-1/x/': 'Marge brute 45,6 % ≈ arrondi' };
      const logger = (logs: string[]) => ({ info: (m: string) => logs.push(m), warn: () => {}, error: () => {}, debug: () => {} });
      // Every page rendered (held as text), then every page copied (read back as bytes).
      const build = async (rendered: boolean) => {
        const integration = searchIndex();
        const hooks = integration.hooks as Record<string, (arg: unknown) => unknown>;
        await hooks['astro:config:done']!({ config: { outDir: pathToFileURL(`${out}/`) } });
        integration.feed.paths(paths);
        for (const p of paths) {
          const html = page(p, words[p as keyof typeof words]);
          mkdirSync(join(out, fileOf(p), '..'), { recursive: true });
          writeFileSync(join(out, fileOf(p)), html);
          if (rendered) integration.feed.rendered(p, html);
        }
        const logs: string[] = [];
        await hooks['astro:build:done']!({ dir: pathToFileURL(`${out}/`), logger: logger(logs) });
        return logs.join('\n');
      };
      expect(await build(true)).toMatch(/0 of 2 unchanged/);
      const first = filesOf(join(out, 'pagefind'));
      expect(await build(false)).toMatch(/2 of 2 unchanged, copied from the cache/);
      expect(filesOf(join(out, 'pagefind'))).toEqual(first);
      expect(indexedText(join(out, 'pagefind', shardOf('/r-1/')))).toMatch(/arrondi/);
    } finally {
      delete process.env.TIEOUT_CACHE;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
