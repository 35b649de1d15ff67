// The release as published: one popover for all of its figures. In the page's HTML a figure is a
// link to its cell on its statement's page, which shows its provenance without JavaScript. Here
// each becomes the button it acts as: it opens the page's popover, filled from the release's
// original.json (what tieout read, the checks on it), fetched once, when a figure is first
// approached; it says whether the popover is open for it (aria-expanded, aria-controls), is
// pressed with Enter or Space, and takes the focus back when the popover closes from inside. The
// permalink to the fact and the link to its cell stay links, inside the popover. The parts are
// HTML the build wrote and escaped (components/original-html.ts). Anchored to its figure by CSS
// (the figure is the popover's source), as every popover of the site is.
const pop = document.getElementById('o-pv');
let data = null;
const load = () =>
  (data ??= fetch(pop.dataset.figures).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${r.status}`)))));

const ESCAPED = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };
for (const link of document.querySelectorAll('.of[id] > a.fv')) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = link.className;
  button.dataset.cell = link.getAttribute('href');
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', pop.id);
  button.append(...link.childNodes);
  link.replaceWith(button);
}
const figureOf = (target) => (target instanceof Element ? target.closest('.of[id] > button.fv') : null);

// The popover's figure while it is open. A click on that figure closes it, as a popover's own
// button does: the press that precedes the click has already closed it (light dismiss), so
// which figure it was open for is taken when the press starts.
let openFor = null;
let pressedWhileOpenFor = null;
// Which figure it closed for, and whether the focus was inside it then: said as it closes
// (beforetoggle, at once: a figure clicked while another's is open opens it again before any
// toggle event), acted on once it has closed.
let closedFor = null;
let focusInside = false;
pop.addEventListener('beforetoggle', (e) => {
  if (e.newState !== 'closed') return;
  focusInside = pop.contains(document.activeElement);
  closedFor = openFor;
  openFor?.setAttribute('aria-expanded', 'false');
  openFor = null;
});
pop.addEventListener('toggle', (e) => {
  if (e.newState !== 'closed') return;
  // Closed from inside (Escape, a link of its own), the focus goes back to its figure, as it
  // does to a popover's own button; closed by a press elsewhere, it stays where the press put it.
  const active = document.activeElement;
  if (closedFor && focusInside && (active === null || active === document.body || pop.contains(active))) closedFor.focus({ preventScroll: true });
  closedFor = null;
  focusInside = false;
});
document.addEventListener('pointerdown', () => (pressedWhileOpenFor = openFor), true);
for (const type of ['pointerover', 'focusin']) {
  document.addEventListener(type, (e) => {
    if (figureOf(e.target)) load().catch(() => {});
  });
}

document.addEventListener('click', async (e) => {
  const figure = figureOf(e.target);
  if (!figure || e.defaultPrevented) return;
  const wasOpen = openFor === figure || (e.detail > 0 && pressedWhileOpenFor === figure);
  pressedWhileOpenFor = null;
  if (pop.matches(':popover-open')) pop.hidePopover();
  if (wasOpen) return;
  let parts;
  try {
    parts = (await load()).f[figure.parentElement.id];
  } catch {
    parts = undefined;
  }
  // Without its data the figure still leads to its provenance.
  if (!parts) {
    location.href = figure.dataset.cell;
    return;
  }
  const d = await load();
  // The parts joined, with the figure's own values in their slots (components/original-html.ts originalPopoverHtml).
  const [line, column, ...shown] = parts;
  const values = { id: figure.parentElement.id, line: String(line), column: String(column), cell: figure.dataset.cell };
  pop.innerHTML = shown
    .map((i) => d.s[i])
    .join('')
    .replace(/\{(id|line|column|cell)\}/g, (_, slot) => values[slot].replace(/[&"<>]/g, (c) => ESCAPED[c]));
  if (pop.matches(':popover-open')) pop.hidePopover();
  pop.showPopover({ source: figure });
  openFor = figure;
  figure.setAttribute('aria-expanded', 'true');
});
