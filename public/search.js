// Search with Pagefind: the only script tieout ships, loaded by the search page alone.
// Reads ?q=, asks Pagefind's index (built with the site), and lists results as links to
// their permalinks with the matching words marked. No inline code, so the page's strict
// Content-Security-Policy holds; text goes in with textContent, and Pagefind's excerpts
// keep only their <mark> elements.
const results = document.getElementById('search-results');
const status = document.getElementById('search-status');
const input = document.getElementById('q');
const form = input.form;

const pagefind = await import(results.dataset.pagefind);
await pagefind.options({ excerptLength: 24 });
pagefind.init();

// A row's record lists its printed figures ("60,525\t2010-q2" a line, in meta.cells): a query
// that names one of them links to that figure's cell, the row's permalink followed by its column.
const bare = (text) => text.replace(/[$€£¥\s()]/g, '').replace(/^[-−–]/, '');
function cellOf(item, query) {
  const words = new Set(query.split(/\s+/).map(bare).filter((w) => /\d/.test(w)));
  for (const line of (item.meta.cells ?? '').split('\n')) {
    const [figure, column] = line.split('\t');
    if (column && words.has(bare(figure))) return `${item.url}/${column}`;
  }
  return item.url;
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
  status.textContent = found.results.length === 0 ? `Nothing matches “${query}”.` : `${found.results.length} results for “${query}”${found.results.length > 30 ? ', the first 30 shown' : ''}.`;
  for (const item of shown) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = cellOf(item, query);
    a.textContent = item.meta.title || item.url;
    const kind = document.createElement('span');
    kind.className = 'kind';
    kind.textContent = item.filters?.kind?.[0] ?? 'page';
    const p = document.createElement('p');
    p.append(excerpt(item.excerpt));
    li.append(kind, a, p);
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
