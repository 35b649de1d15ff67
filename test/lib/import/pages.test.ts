import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';

const figures = '<table><tr><td></td><td>Q3 2023</td></tr><tr><td>Revenue</td><td>$ 5,931</td></tr></table>';
const body = `<p>SANTA CLARA, Calif., Nov. 16, 2023 -- Acme Corp. (NASDAQ: ACME) today reported results.</p>${figures}<p>About Acme</p><p>Acme makes things.</p>`;
const expected = `Acme Reports Third Quarter 2023 Results\n\nSANTA CLARA, Calif., Nov. 16, 2023 -- Acme Corp. (NASDAQ: ACME) today reported results.\n\n\tQ3 2023\nRevenue\t$ 5,931\n\nAbout Acme\n\nAcme makes things.\n`;

function text(html: string): string {
  return importRelease({ text: html, file: 'page.html', kind: 'html' }).releaseText;
}

/**
 * Finding the release in a page: newsroom layouts as wire services and company sites
 * build them, each with the same release inside; what surrounds it is left out.
 */
describe('the release inside a newsroom page', () => {
  const pages: [string, string][] = [
    [
      'site header and navigation, an article with tags and share buttons, related news, a footer, a cookie banner, scripts',
      `<html><head><title>Acme Reports Third Quarter 2023 Results | Acme Newsroom</title><script>track()</script><style>p{}</style></head><body>
        <header class="site-header"><nav><a href="/">Home</a><a href="/news">News</a></nav></header>
        <main><article><header><h1>Acme Reports Third Quarter 2023 Results</h1></header>${body}
          <footer><ul class="tags"><li>Earnings</li></ul><div class="social-share"><a>Share on X</a></div></footer></article>
          <aside class="related-news"><h2>More news</h2><p>Acme opens a plant.</p></aside></main>
        <footer><p>© Acme. Privacy policy.</p></footer>
        <div class="cookie-banner">We use cookies. <button>Accept</button></div><script>more()</script></body></html>`,
    ],
    [
      'a wire-service page: the story in a release container between the service’s own chrome',
      `<body><div id="bw-header" class="header"><a>Business Wire</a><form><input></form></div><div class="breadcrumb">Home › News</div>
        <div class="bw-release-main"><h1>Acme Reports Third Quarter 2023 Results</h1><div class="bw-release-story">${body}</div></div>
        <div class="bw-release-sidebar sidebar"><h3>Contacts</h3></div><div class="bw-footer footer">© Business Wire</div></body>`,
    ],
    [
      'hidden copies and a mobile layout repeating the closing section',
      `<body><div style="display:none"><p>Hidden teaser text</p></div><h1>Acme Reports Third Quarter 2023 Results</h1>${body}
        <div class="mobile-only" aria-hidden="true"><p>About Acme</p></div>
        <div class="desktop"><p>SANTA CLARA, Calif., Nov. 16, 2023 -- Acme Corp. (NASDAQ: ACME) today reported results. Acme makes things and sells them in many markets around the world, reporting its results every quarter to investors who follow the company closely.</p></div>
        <div class="mobile"><p>SANTA CLARA, Calif., Nov. 16, 2023 -- Acme Corp. (NASDAQ: ACME) today reported results. Acme makes things and sells them in many markets around the world, reporting its results every quarter to investors who follow the company closely.</p></div></body>`,
    ],
  ];

  test.each(pages)('%s', (_, html) => {
    const out = text(html);
    // The third page repeats its closing section once (kept once).
    expect(out.startsWith(expected) || out.startsWith(expected.replace(/\n$/, ''))).toBe(true);
    expect(out).not.toMatch(/Home|Share on|More news|plant|Privacy|cookies|Business Wire|Hidden teaser|track\(|p\{\}/);
  });

  test('a section printed twice (a page’s mobile and desktop layouts) is kept once', () => {
    const out = text(pages[2][1]);
    expect(out.match(/reporting its results every quarter/g)).toHaveLength(1);
  });

  test('the release’s contacts are kept, even in a sidebar', () => {
    const html = `<body><h1>Acme Reports Third Quarter 2023 Results</h1>${body}<div class="sidebar"><div class="widget"><h3>Latest</h3><p>Other news</p></div><div class="media-contacts"><p>Jane Doe</p><p>ir@acme.com</p></div></div></body>`;
    const out = text(html);
    expect(out).toContain('Jane Doe\n\nir@acme.com');
    expect(out).not.toContain('Other news');
  });
});
