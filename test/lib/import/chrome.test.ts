// Issue 30: elements that switch the HTML parser to reading characters (plaintext, xmp, noscript,
// iframe, noembed, noframes, textarea, title in the body) hold no release text: browsers show
// them not at all, in a form field, or as their markup typed out. A stray <plaintext> in a headline
// made the release's title the rest of the file's tags; a <noembed> in it put its fallback into the
// title. The headline is what a reader sees of it, the tables such an element swallows are said with
// their figures, and a digit it shows is a located problem. The table is NVIDIA's outlook
// reconciliation (first quarter fiscal 2023).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { messages } from '../../../src/lib/import/messages.ts';

const source = readFileSync('test/fixtures/import/real/nvda-fy2023-q1-outlook.html', 'utf8').replace(/^<!--.*-->\n/, '');
const FIGURE = 'style="text-align: right;">2,460</td>';
const page = (headline: string, table = source) => `<!doctype html><html><head></head><body><h1>${headline}</h1>\n${table}\n</body></html>\n`;
const imported = (html: string) => importRelease({ text: html, file: 'page.html', kind: 'html' }, { ticker: 'NVDA', fiscalPeriod: '2023-q1', scale: 'millions' });
const line = (text: string, label: string) => text.split('\n').find((l) => l.startsWith(label));

describe('a headline holding an element that switches the parser reads as a reader sees it', () => {
  test.each([
    ['<noscript>', 'NVIDIA Announces <noscript>Q9 2099</noscript>Results'],
    ['<iframe>', 'NVIDIA Announces <iframe>Q9 2099</iframe>Results'],
    ['<noembed>', 'NVIDIA Announces <noembed>Q9 2099</noembed>Results'],
    ['<noframes>', 'NVIDIA Announces <noframes>Q9 2099</noframes>Results'],
    ['<textarea>', 'NVIDIA Announces <textarea>Q9 2099</textarea>Results'],
    ['<title> in the body', 'NVIDIA Announces <title>Q9 2099</title>Results'],
    ['<style>', 'NVIDIA Announces <style>h1 { color: #123 }</style>Results'],
    ['<xmp> (code it types out, no release text)', 'NVIDIA Announces <xmp>draft</xmp>Results'],
  ])('%s', (_, headline) => {
    const result = imported(page(headline));
    expect(result.meta.title?.value).toBe('NVIDIA Announces Results');
    expect(result.releaseText.split('\n')[0]).toBe('NVIDIA Announces Results');
    expect(line(result.releaseText, 'GAAP operating expenses')).toBe('GAAP operating expenses\t$ 2,460');
    expect(result.issues).toEqual([]);
  });

  test('<listing> is parsed as <pre>, its text read', () => {
    const result = imported(page('NVIDIA Announces <listing>First Quarter</listing> Results'));
    expect(result.meta.title?.value).toBe('NVIDIA Announces First Quarter Results');
  });

  test('a <plaintext> ends the headline before it: the tables it swallows are said with their figures', () => {
    const result = imported(page('NVIDIA Announces <plaintext>Results'));
    expect(result.meta.title?.value).toBe('NVIDIA Announces');
    expect(result.releaseText).not.toMatch(/<|gnw_/);
    expect(result.issues.map((i) => [i.line, i.message])).toEqual([
      [1, messages.hiddenFigures('<plaintext>', 6, 'a <plaintext>, which shows the rest of the file as characters, its markup unread')],
      [1, messages.noTables()],
    ]);
  });

  test.each([
    ['<xmp>', '<xmp><b>Q1</b> revenue $8.29 billion</xmp>', '<xmp>', '<b>Q1</b> revenue $8.29 billion'],
    ['<plaintext> after the tables', '<p>Revenue <plaintext>was $8.29 billion</p>', '<plaintext>', 'was $8.29 billion</p> </body></html>'],
  ])('the markup %s shows is no text of the release, said where it holds a digit', (_, prose, element, shown) => {
    const result = imported(page('NVIDIA Announces Results', `${source}\n${prose}`));
    expect(line(result.releaseText, 'GAAP operating expenses')).toBe('GAAP operating expenses\t$ 2,460');
    expect(result.releaseText).not.toContain('8.29');
    expect(result.issues.map((i) => i.message)).toEqual([messages.markupShown(element, shown)]);
  });

  test.each([
    ['<xmp>', '<xmp>1</xmp>', 'an <xmp>, which shows its markup as characters'],
    ['<plaintext>', '<plaintext>1', 'a <plaintext>, which shows the rest of the file as characters, its markup unread'],
  ])('a digit %s shows in a cell is not glued into the figure, and is said', (_, before, how) => {
    const result = imported(page('NVIDIA Announces Results', source.replace(FIGURE, `style="text-align: right;">${before}2,460</td>`)));
    expect(result.releaseText).not.toContain('12,460');
    expect(result.issues.map((i) => i.message)).toContainEqual(expect.stringContaining(`here is in ${how}, which a reader sees but the import does not read`));
  });
});
