import { attr, descendants, tag, type Document, type Element } from './dom.ts';
import type { Block } from './blocks.ts';
import type { PageHints } from './evidence.ts';

const META_DATES = new Set(['article:published_time', 'og:published_time', 'date', 'dc.date', 'dcterms.date', 'dc.date.issued', 'pubdate', 'publish-date', 'publication_date', 'article.published', 'sailthru.date']);

/** What the page says about itself: its `<h1>`, `<title>`, og:title, date element, `<meta>` dates and its own address. */
export function pageHints(document: Document, blocks: Block[], dateElement: PageHints['dateElement'] | null): PageHints {
  const h1 = blocks.find((b) => b.kind === 'text' && b.tag === 'h1');
  const hints: PageHints = { metaDates: [] };
  if (h1 && h1.kind === 'text') hints.h1 = { text: h1.lines.join(' '), at: h1.at };
  if (dateElement) hints.dateElement = dateElement;
  for (const el of descendants(document)) {
    const name = tag(el);
    if (name === 'title' && !hints.title) {
      const text = flatTitle(el);
      if (text) hints.title = { text, what: '<title>' };
    }
    if (name === 'link' && hints.canonical?.what !== '<link rel="canonical">' && (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) {
      const address = attr(el, 'href')?.trim();
      if (address) hints.canonical = { text: address, what: '<link rel="canonical">' };
    }
    if (name !== 'meta') continue;
    const key = (attr(el, 'property') ?? attr(el, 'name') ?? attr(el, 'itemprop') ?? '').toLowerCase();
    const content = attr(el, 'content');
    if (!content) continue;
    if (key === 'og:url' && !hints.canonical) hints.canonical = { text: content.trim(), what: '<meta property="og:url">' };
    if (key === 'og:title') hints.title = { text: content.trim(), what: '<meta property="og:title">' };
    if (META_DATES.has(key) || key === 'datepublished') hints.metaDates.push({ text: content.trim(), what: `<meta ${key}>` });
  }
  return hints;
}

/**
 * A `<title>` less the site's name after a separator ("… | NVIDIA Newsroom"). The parser reads a
 * title's content as characters, so markup a generator put in it ('Q1 <b>Results</b>') is text
 * with tags: the tags are left out, the words kept.
 */
function flatTitle(el: Element): string {
  const raw = el.childNodes.map((n) => ('value' in n ? n.value : '')).join('');
  const text = raw.replace(/<\/?[a-zA-Z][^<>]*>/g, '').replace(/\s+/g, ' ').trim();
  return text.replace(/\s+[|–—-]\s+[^|–—-]+$/, '').trim();
}
