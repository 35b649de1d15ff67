// Search with Pagefind: the only script tieout ships, loaded by the search page alone.
// Reads ?q=, asks Pagefind's index (built with the site), and lists results as links to
// their permalinks (the row, cell or check that matched) with the matching words marked. No
// inline code, so the page's strict Content-Security-Policy holds; text goes in with textContent, and Pagefind's excerpts
// keep only their <mark> elements.
const results = document.getElementById('search-results');
const status = document.getElementById('search-status');
const input = document.getElementById('q');
const form = input.form;

const pagefind = await import(results.dataset.pagefind);
await pagefind.options({ excerptLength: 24 });
pagefind.init();
// The index is a primary index and shards of releases (src/integrations/search-shards.ts), listed
// next to it: each is merged, so one search spans them all.
const shardList = new URL('shards.json', new URL(results.dataset.pagefind, location.href));
const shards = await fetch(shardList)
  .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${r.status}`))))
  .catch(() => {
    status.textContent = `The list of the index's shards (${shardList.pathname}) could not be read: results come from part of the site only.`;
    return [];
  });
await Promise.all(shards.map((name) => pagefind.mergeIndex(new URL(`${name}/`, shardList).pathname, { excerptLength: 24 })));

// Pagefind finds pages; where on a page the words matched (their word positions) and the page's
// elements with an id (Pagefind's anchors, with their word positions) say which row, cell or
// check matched: the nearest element with an id at or before the match. So "60,525" lands on
// its statement cell and "adjusted EBITDA growth" on the check's row, with no record of its own
// in the index. A page's matches are grouped by where they land, the places with most first,
// and listed under the page.
const PER_PAGE = 3;
/** A page's elements with an id, in reading order, less its popovers (they repeat their figure). */
const anchorsOf = (item) => (item.landable ??= (item.anchors ?? []).filter((a) => !a.id.startsWith('pop-')).sort((a, b) => a.location - b.location));
/** The row of a place: a cell's row (the last row before it), else the place itself. */
const rowOf = (item, anchor) => (anchor.element === 'td' ? anchorsOf(item).filter((a) => a.element === 'tr' && a.location <= anchor.location).pop() : anchor);

/** Where a page's matches land (an element with an id), the places with most matches first. */
function landings(item) {
  const anchors = anchorsOf(item);
  const places = new Map();
  for (const at of item.locations ?? []) {
    let anchor = null;
    for (const a of anchors) {
      if (a.location > at) break;
      anchor = a;
    }
    const key = anchor ? anchor.id : '';
    const place = places.get(key) ?? { anchor, hits: [] };
    place.hits.push(at);
    places.set(key, place);
  }
  // The page's own matches take their rank among the places, but the page is already its result's link.
  return [...places.values()]
    .sort((a, b) => b.hits.length - a.hits.length || a.hits[0] - b.hits[0])
    .slice(0, PER_PAGE)
    .filter((p) => p.anchor)
    .map((p) => ({ ...p, next: anchors.find((a) => a.location > p.anchor.location) }));
}

const words = (item) => (item.words ??= item.content.split(/\s+/));
// The marks a figure carries (✓ ≈ ✗ ?) are not part of its words.
const clean = (text) => text.replace(/[✓≈✗]/g, '').trim();

/** What a place is called: its row's words (a cell's row label and figure), up to a dozen words. */
function placeName(item, place) {
  const all = words(item);
  const { anchor, next } = place;
  // Up to a dozen words, ending at the first that ends a heading or sentence ("Numbers linked and checked.").
  const span = (from, to) => {
    const ws = all.slice(from, Math.min(to ?? from + 12, from + 12));
    const stop = ws.findIndex((w) => /[.:]$/.test(w));
    return clean((stop >= 1 ? ws.slice(0, stop + 1) : ws).join(' ')).replace(/[.:]$/, '');
  };
  if (anchor.element === 'td') {
    const row = rowOf(item, anchor);
    const label = row ? span(row.location, Math.min(anchor.location, row.location + 12)) : '';
    return `${label}${label ? ': ' : ''}${span(anchor.location, next?.location ?? anchor.location + 1)}`;
  }
  const name = span(anchor.location, next?.location);
  // A notebook cell's words open with its prompt ("In [2]", then its fold's "Source"): name it by prompt and id.
  const cell = /^In \[(\d+)\]/.exec(name);
  if (cell) return `In [${cell[1]}] (${anchor.id.replace(/-/g, ' ')})`;
  return name || anchor.id;
}

/** The words of a place's row (a cell's whole row; a check's row and explanation), the query's words marked (by their positions). */
function placeExcerpt(item, place) {
  const all = words(item);
  const row = rowOf(item, place.anchor) ?? place.anchor;
  const end = anchorsOf(item).find((a) => a.element === row.element && a.location > row.location)?.location ?? all.length;
  const from = Math.max(row.location, place.hits[0] - 12);
  const hits = new Set(place.hits);
  const span = document.createElement('span');
  for (let i = from; i < Math.min(end, from + 24); i++) {
    if (i > from) span.append(' ');
    if (hits.has(i)) {
      const mark = document.createElement('mark');
      mark.textContent = clean(all[i]);
      span.append(mark);
    } else span.append(all[i]);
  }
  return span;
}

function kindOf(url, place) {
  if (url.includes('/checks/')) return 'check';
  if (url.includes('/statements/')) return place.anchor.element === 'td' ? 'figure' : 'row';
  return 'page';
}

function excerpt(html) {
  // Pagefind escapes the text and marks matches with <mark>; nothing else is let through.
  const span = document.createElement('span');
  for (const part of html.split(/(<mark>.*?<\/mark>)/)) {
    const m = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = (m ? m[1] : part).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    if (m) {
      const mark = document.createElement('mark');
      mark.textContent = text;
      span.append(mark);
    } else span.append(text);
  }
  return span;
}

async function search(query) {
  results.replaceChildren();
  if (!query.trim()) {
    status.textContent = 'Type a figure (60,525), a line item (adjusted EBITDA), a check or a word.';
    return;
  }
  status.textContent = 'Searching…';
  const found = await pagefind.search(query);
  const shown = await Promise.all(found.results.slice(0, 30).map((r) => r.data()));
  // A page, then the places on it where the query matched (its rows, cells, checks or cells of a
  // notebook). A query that is a figure ("60,525") wants the pages where it is printed first.
  const pages = shown.map((item) => {
    const places = landings(item);
    return { item, places, figure: places.some((place) => kindOf(item.url, place) === 'figure') };
  });
  if (/\d/.test(query)) pages.sort((a, b) => Number(b.figure) - Number(a.figure));
  status.textContent =
    found.results.length === 0
      ? `Nothing matches “${query}”.`
      : `${found.results.length} results for “${query}”${found.results.length > 30 ? ', the first 30 shown' : ''}.`;
  for (const { item, places } of pages) {
    const li = document.createElement('li');
    const kind = document.createElement('span');
    kind.className = 'kind';
    kind.textContent = places.length > 0 ? kindOf(item.url, places[0]) : 'page';
    const a = document.createElement('a');
    a.href = item.url;
    // A search spans every release: a page's title says whose it is ("Statements — INAP Q2 2010").
    a.textContent = [item.meta.title || item.url, item.meta.release].filter(Boolean).join(' — ');
    const p = document.createElement('p');
    p.append(excerpt(item.excerpt));
    li.append(kind, a);
    if (places.length === 0) li.append(p);
    else {
      const list = document.createElement('ul');
      list.className = 'places';
      for (const place of places) {
        const item2 = document.createElement('li');
        const link = document.createElement('a');
        link.href = `${item.url}#${place.anchor.id}`;
        link.textContent = placeName(item, place);
        const text = document.createElement('p');
        text.append(placeExcerpt(item, place));
        item2.append(link, text);
        list.append(item2);
      }
      li.append(list);
    }
    results.append(li);
  }
}

const query = new URLSearchParams(location.search).get('q') ?? '';
input.value = query;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const q = input.value;
  history.replaceState(null, '', `?q=${encodeURIComponent(q)}`);
  search(q);
});
search(query);
