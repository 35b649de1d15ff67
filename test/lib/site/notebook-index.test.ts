import { describe, expect, test } from 'vitest';
import { notebookIndex, siteNotebooks } from '../../../src/lib/site/notebook-index.ts';

const entry = (release: string, slug: string, order: number) => ({ id: `${release}/${slug}`, data: { release, order, title: slug } });

describe('notebook index', () => {
  const entries = [entry('b', 'x', 2), entry('a', 'one', 1), entry('b', 'y', 1), entry('b', 'z', 2), entry('a', 'two', 1)];

  test("a release's notebooks are those the pages' filter and sort gave, in the same order", () => {
    const index = notebookIndex(entries);
    for (const release of ['a', 'b', 'none']) {
      const filtered = entries.filter((n) => n.data.release === release).sort((x, y) => x.data.order - y.data.order);
      expect(index.of(release).map((n) => n.id)).toEqual(filtered.map((n) => n.id));
    }
    expect(index.of('b').map((n) => n.id)).toEqual(['b/y', 'b/x', 'b/z']);
    expect(index.all).toBe(entries);
  });

  test('the same entries give the same index; other entries their own', () => {
    expect(notebookIndex(entries)).toBe(notebookIndex(entries));
    expect(notebookIndex([...entries].reverse()).of('a').map((n) => n.id)).toEqual(['a/two', 'a/one']);
  });

  test('a build reads the collection once', async () => {
    let reads = 0;
    const load = async () => (reads++, entries);
    const first = await siteNotebooks(load);
    const second = await siteNotebooks(load);
    expect(reads).toBe(1);
    expect(second).toBe(first);
    expect(first.of('a')).toHaveLength(2);
  });
});
