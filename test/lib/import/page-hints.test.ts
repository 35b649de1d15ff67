// Issue 30: a <title> is read by the parser as characters, so markup a generator put inside it
// came out as a title with tags ('Q1 <b>Results</b>'). The title is its words, as with a headline;
// a '<' that opens no tag ('<5%') is a character of the title and stays.
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';

const figures = '<table><tr><td></td><td>Q3 2023</td></tr><tr><td>Revenue</td><td>$ 5,931</td></tr></table>';
const page = (title: string) =>
  `<html><head><title>${title}</title></head><body><p>SANTA CLARA, Calif., Nov. 16, 2023 -- Acme Corp. (NASDAQ: ACME) today reported results.</p>${figures}</body></html>`;
const titleOf = (title: string) => importRelease({ text: page(title), file: 'page.html', kind: 'html' }).meta.title?.value;

describe('a page title is its words', () => {
  test.each([
    ['plain', 'Acme Reports Third Quarter 2023 Results | Acme Newsroom', 'Acme Reports Third Quarter 2023 Results'],
    ['a bold word', 'Acme Reports <b>Third Quarter</b> 2023 Results', 'Acme Reports Third Quarter 2023 Results'],
    ['a span with attributes inside a word', 'Acme Reports Q<span class="x">3</span> 2023 Results | Acme', 'Acme Reports Q3 2023 Results'],
    ['a line break', 'Acme Reports<br/> Third Quarter Results', 'Acme Reports Third Quarter Results'],
    ['a less-than sign that opens no tag', 'Acme Keeps Costs <5% of Sales', 'Acme Keeps Costs <5% of Sales'],
  ])('%s', (_, title, expected) => {
    expect(titleOf(title)).toBe(expected);
  });
});
