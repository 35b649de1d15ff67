/**
 * Cache keys of pages (src/lib/site/page-keys.ts), for Astro's incremental build: a page is
 * copied from the last build only when its key is unchanged, so the key must change with
 * everything a page is made from that is not code, and with nothing else (a release's pages
 * must not be rendered again because another release changed). Each input is edited in turn in a
 * copy of the data folder (TIEOUT_DATA) with two releases of one company and one of another.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'tieout-page-keys-'));
const data = join(work, 'data');
cpSync('data', data, { recursive: true });
cpSync(join(data, 'releases', 'inap-2010-q2'), join(data, 'releases', 'inap-copy'), { recursive: true });
cpSync(join(data, 'releases', 'inap-2010-q2'), join(data, 'releases', 'other-2010-q2'), { recursive: true });
cpSync(join(data, 'companies', 'inap'), join(data, 'companies', 'other'), { recursive: true });
const otherMeta = join(data, 'releases', 'other-2010-q2', 'release.yaml');
writeFileSync(otherMeta, readFileSync(otherMeta, 'utf8').replace(/^company: inap\b/m, 'company: other'));
process.env.TIEOUT_DATA = data;
process.env.TIEOUT_CACHE = 'off';
afterAll(() => rmSync(work, { recursive: true, force: true }));

const { releasePagesKey, notebookPageKey, releasePaths } = await import('../../../src/lib/site/page-keys.ts');

// `digest` stands for what notebookLoader stores: a hash of the file's text.
const notebook = (release: string, id: string, text: string, title = 'A notebook', order = 1) => ({
  id: `${release}/${id}`,
  data: { release, title, summary: 'What it shows.', order },
  digest: `digest of ${text}`,
});
const notebooks = [notebook('inap-2010-q2', 'a', 'first'), notebook('inap-2010-q2', 'b', 'second', 'B', 2), notebook('inap-copy', 'a', 'first')];
const RELEASES = ['inap-2010-q2', 'inap-copy', 'other-2010-q2'];
const keys = (nbs = notebooks) => Object.fromEntries(RELEASES.map((r) => [r, releasePagesKey(r, nbs)]));

/** Changes a file and moves its modification time, as an editor would. */
let tick = 0;
function edit(file: string, change: (text: string) => string) {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
  const later = new Date(Date.now() + 5000 * ++tick);
  utimesSync(file, later, later);
}

describe('page keys', () => {
  test('every release page has its release key; the same inputs give the same keys', () => {
    expect(releasePaths(notebooks)).toEqual(RELEASES.map((release) => ({ params: { release }, cacheKey: releasePagesKey(release, notebooks) })));
    expect(keys()).toEqual(keys());
    expect(new Set(Object.values(keys())).size).toBe(3);
  });

  test.each([
    ['release.txt', (t: string) => t.replace('Revenue', 'Revenues')],
    ['release.yaml', (t: string) => t.replace(/^title: (.*)$/m, 'title: $1 (edited)')],
    ['claims.yaml', (t: string) => `${t}\n# edited\n`],
  ])("editing a release's %s changes its pages' key and no other release's", (file, change) => {
    const before = keys();
    edit(join(data, 'releases', 'inap-copy', file), change);
    const after = keys();
    expect(after['inap-copy']).not.toBe(before['inap-copy']);
    expect(after['inap-2010-q2']).toBe(before['inap-2010-q2']);
    expect(after['other-2010-q2']).toBe(before['other-2010-q2']);
  });

  test("adding and editing the release as published (source.html, its original page) changes its pages' key only", () => {
    const before = keys();
    const file = join(data, 'releases', 'inap-copy', 'source.html');
    writeFileSync(file, '<p>Internap reports</p>');
    const added = keys();
    expect(added['inap-copy']).not.toBe(before['inap-copy']);
    edit(file, (t) => t.replace('reports', 'announces'));
    const after = keys();
    expect(after['inap-copy']).not.toBe(added['inap-copy']);
    expect(after['inap-2010-q2']).toBe(before['inap-2010-q2']);
    expect(after['other-2010-q2']).toBe(before['other-2010-q2']);
  });

  test("editing a company's model changes the keys of its releases' pages only", () => {
    const before = keys();
    edit(join(data, 'companies', 'other', 'model.yaml'), (t) => `${t}\n# edited\n`);
    const after = keys();
    expect(after['other-2010-q2']).not.toBe(before['other-2010-q2']);
    expect(after['inap-2010-q2']).toBe(before['inap-2010-q2']);
    expect(after['inap-copy']).toBe(before['inap-copy']);
  });

  test.each([
    ['title', { title: 'Renamed' }],
    ['summary', { summary: 'Says something else.' }],
    ['order', { order: 7 }],
  ])("a notebook's %s (the navigation and overview list it) changes its release's pages' key only", (_, change) => {
    const before = keys();
    const edited = notebooks.map((n) => (n.id === 'inap-2010-q2/b' ? { ...n, data: { ...n.data, ...change } } : n));
    const after = keys(edited);
    expect(after['inap-2010-q2']).not.toBe(before['inap-2010-q2']);
    expect(after['inap-copy']).toBe(before['inap-copy']);
    expect(after['other-2010-q2']).toBe(before['other-2010-q2']);
  });

  test("a notebook's text changes its own page's key, not its siblings'", () => {
    const [a, b] = notebooks;
    const edited = { ...a!, digest: 'digest of first, edited' };
    const after = notebooks.map((n) => (n === a ? edited : n));
    expect(notebookPageKey(edited, after)).not.toBe(notebookPageKey(a!, notebooks));
    expect(notebookPageKey(b!, after)).toBe(notebookPageKey(b!, notebooks));
    expect(releasePagesKey('inap-2010-q2', after)).toBe(releasePagesKey('inap-2010-q2', notebooks));
  });
});
