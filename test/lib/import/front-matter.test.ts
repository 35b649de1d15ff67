// A saved copy's YAML front matter is metadata of the copy, never the release's text: the page of the release as
// published shows its fields apart (src/lib/site/original.ts, [release]/original.astro), the text starting after it.
// Molson Coors' 4Q24 Dow Jones copy (test/fixtures/site-imported/tap-2024-q4.md, lines 1-26 of
// ../shared/corpus/tap-2024-q4.md) showed its 25 lines of title, date, summary and the site's settings as the text.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { frontMatter } from '../../../src/lib/import/index.ts';

const copy = readFileSync('test/fixtures/site-imported/tap-2024-q4.md', 'utf8');

describe('frontMatter(source).fields: every key with a value, as text, in the order printed', () => {
  const front = frontMatter(copy)!;
  test.each([
    ['title', 'Molson Coors Beverage Company Reports 2024 Fourth Quarter and Full Year Results'],
    ['date', '2025-02-13 19:35:00'],
    ['categories', 'Dow Jones Newswires'],
    ['widgets', 'search, recent, taglist'],
    ['comments', 'false'],
    ['sidebar', 'right'],
  ])('%s: %s', (key, value) => expect(front.fields.find((f) => f.key === key)?.value).toBe(value));

  test('keys with no value are left out; the block is 26 lines, its fences included', () => {
    expect(front.fields.map((f) => f.key)).not.toContain('menu');
    expect(front.fields.map((f) => f.key)).not.toContain('thumbnail');
    expect(front.fields[0]!.key).toBe('title');
    expect(front.lines).toBe(26);
    expect(copy.split('\n')[front.lines]).toBe('');
  });

  test.each([
    ['no front matter', '**(11:30 GMT)** Molson Coors\n'],
    ['a block that is no YAML map', '---\n- a\n- b\n---\ntext\n'],
    ['a rule opening the text, not closed', '---\nRevenue rose 5%.\n'],
  ])('%s: none', (_, text) => expect(frontMatter(text)).toBeNull());
});

describe('a value as its site shows it: character references decoded, nothing read as markup', () => {
  // The summaries of the Dow Jones copies keep the wire's headlines HTML-escaped (tap-2024-q4.md line 4:
  // "*Molson Coors 4Q Net $287.3M &gt;TAP"); the page showed "&gt;" where the site shows ">".
  const summary = frontMatter(copy)!.fields.find((f) => f.key === 'summary')!.value;
  test('the copy of Molson Coors: "&gt;TAP" is ">TAP"', () => {
    expect(summary).toContain('>TAP');
    expect(summary).not.toContain('&gt;');
  });
  test.each([
    ['title: "AT&amp;T Reports &#8220;Strong&#8221; Results"', 'AT&T Reports \u201cStrong\u201d Results'],
    ['title: "Sales < 5% &lt;b&gt; up"', 'Sales < 5% <b> up'],
    ['title: "<script>alert(1)</script> &amp; more"', '<script>alert(1)</script> & more'],
    ['title: "R&D up; Q&A at 5"', 'R&D up; Q&A at 5'],
  ])('%s', (line, title) => {
    expect(frontMatter(`---\n${line}\n---\ntext\n`)!.title!.text).toBe(title);
  });
});
