/**
 * A printed figure with its provenance as HTML (Figure.astro's markup), for components that
 * render many: a statement's page has some 200 figures, each with a popover of a dozen
 * elements and marks, and a component instance for each cost more than the figure.
 *
 * The figure is a button that opens a native popover (no JavaScript; keyboard: Enter or
 * Space opens it, Escape closes it), anchored next to the figure where the browser supports
 * CSS anchor positioning. The popover names the line item and period in words, the unit, scale
 * and printed precision it was read at, the table
 * and the printed text with links to its place in the release as published and in the release text, the checks that report this
 * figure with their recomputed values, and apart from them the checks it only feeds.
 *
 * Its mark is the worst verdict of the checks that *report* it (see lib/site/verdicts.ts).
 * Every text is escaped here, as a component's would be.
 */
import { hash } from 'node:crypto';
import type { Check, Fact, ReleaseHead } from '../lib/types.ts';
import { escapeAttribute as attr, escapeHtml as text } from '../lib/markup.ts';
import { displayValue, paths, href, columnKey } from '../lib/site/index.ts';
import { figureChecks } from '../lib/site/verdicts.ts';
import { computedShown, derivation } from '../lib/site/check-figures.ts';
import { columnName, rowName, tableTitle } from '../lib/site/labels.ts';
import { printedText, readingWords } from '../lib/format/index.ts';
import { markHtml } from './mark-html.ts';

export interface FigureProps {
  fact: Fact;
  /** The release, or as much as naming its figures needs (a listing's card holds no more). */
  release: ReleaseHead;
  checks: readonly Check[];
  /** Text to show instead of the fact's accounting format (e.g. "$60.5 million"). */
  text?: string;
  /** Hang a closing parenthesis outside the figure, so digits align in a column. */
  hang?: boolean;
  /** Link the popover to the figure's cell in its statement (pages other than the statement itself). */
  cellLink?: boolean;
  /** Where on the page the figure sits (a table's anchor prefix, a notebook line), so its popover id is stable across builds. */
  place?: string;
  /** Link to the figure's cell on its statement's page instead of opening the provenance here (a page of many tables). */
  link?: boolean;
}

/**
 * A figure's HTML. `popovers` holds the popover ids the page has used (one set per page): a
 * figure shown twice in one place gets a second id, not the first's.
 */
export function figureHtml(props: FigureProps, popovers: Set<string>, base: string): string {
  const { fact, release, checks, hang = false, cellLink = true, place = '', link = false } = props;
  const { verdict, reported, feeds } = figureChecks(checks, fact.id);
  const shown = props.text ?? displayValue(fact);
  const hung = hang && shown.endsWith(')');
  const face = `${text(hung ? shown.slice(0, -1) : shown)}${hung ? '<span class="hang">)</span>' : ''}${verdict ? markHtml(verdict) : ''}`;
  const id = release.meta.id;
  const cellHref = () => attr(href(base, paths.fact(id, fact.table, fact.row, columnKey(fact))));
  if (link) return `<span class="fig"><a class="${verdict ? `fv ${verdict}` : 'fv'}" href="${cellHref()}">${face}</a></span>`;

  const popId = popoverId(popovers, `${fact.id}|${place}`);
  const table = release.tables.find((t) => t.id === fact.table);
  const section = fact.section.at(-1);
  const where = fact.section.length > 0 && section !== fact.label ? ` (${section})` : '';
  const checkHref = (c: Check) => attr(href(base, paths.check(id, c.id)));
  // Checks of one quantity share a title (its footing, its tie to another table, its claims in the
  // prose): where titles repeat, in either list, each says what it is and where its figure is printed.
  const titles = [...reported, ...feeds].map((c) => c.title.toLowerCase());
  const repeated = new Set(titles.filter((t, i) => titles.indexOf(t) !== i));
  const feedName = (c: Check) => (repeated.has(c.title.toLowerCase()) ? `${c.title} (${KIND_WORDS[c.kind] ?? c.kind}, line ${c.reported.line})` : c.title);
  const reportedName = (c: Check) => (repeated.has(c.title.toLowerCase()) ? `${c.title} (${KIND_WORDS[c.kind] ?? c.kind})` : c.title);
  let html =
    `<span class="fig"><button type="button" class="${verdict ? `fv ${verdict}` : 'fv'}" popovertarget="${attr(popId)}">${face}</button>` +
    `<span class="pv" popover id="${attr(popId)}">` +
    `<span class="pv-t"><b>${text(rowName(fact.label, fact.total))}</b>${text(where)}, ${text(columnName(release, fact))}</span>` +
    `<span class="pv-r">Read as ${text(readingWords(fact))}</span>` +
    `<span>${text(table ? tableTitle(table, release) : fact.table)}: printed “${text(printedText(fact.raw))}”, ` +
    `<a href="${attr(href(base, paths.originalFact(id, fact.table, fact.row, columnKey(fact))))}">as published</a>, ` +
    `<a href="${attr(href(base, paths.sourceFact(id, fact.line, fact.column)))}">source line ${fact.line}</a>` +
    `${cellLink ? `, <a href="${cellHref()}">in its table</a>` : ''}</span>`;
  for (const c of reported) {
    const from = derivation(c);
    // The value recomputed, and from what where it is more than one figure as printed.
    const recomputed = c.computed === null ? `: ${c.explanation}` : `: recomputed ${computedShown(c)}${from !== null && /[−+×÷]/.test(from) ? ` = ${from}` : ''}`;
    // A mismatch or an unverdicted relation says what it rests on: the reading of its table.
    const after = c.restsOn && (c.verdict === 'mismatch' || c.verdict === 'unverifiable') && c.computed !== null ? `${recomputed}; rests on: ${c.restsOn}` : recomputed;
    html += `<span class="pv-c"><a href="${checkHref(c)}">${markHtml(c.verdict, { label: true })}</a> ${text(reportedName(c))}${text(after)}</span>`;
  }
  if (reported.length === 0) html += '<span class="pv-c muted">No check reports this figure.</span>';
  if (feeds.length > 0) {
    html += `<span class="pv-f">Used by ${feeds.length === 1 ? 'one check' : `${feeds.length} checks`}: `;
    feeds.forEach((c, i) => {
      html += `${i > 0 ? ', ' : ''}<a href="${checkHref(c)}">${markHtml(c.verdict)} ${text(feedName(c))}</a>`;
    });
    html += '</span>';
  }
  return `${html}</span></span>`;
}

/**
 * A popover's id: it only pairs a button with its popover on this page, and is no permalink. It
 * comes from the figure and its place, not a counter, because Astro may render components out
 * of order; a second figure of the same place takes the next free suffix.
 */
function popoverId(popovers: Set<string>, key: string): string {
  const stem = `pop-${hash('sha256', key).slice(0, 8)}`;
  let popId = stem;
  for (let n = 2; popovers.has(popId); n++) popId = `${stem}-${n}`;
  popovers.add(popId);
  return popId;
}

/** A check's kind in readers' words, where two checks of one figure share a title. */
const KIND_WORDS: Partial<Record<Check['kind'], string>> = {
  footing: 'its total',
  definition: 'as defined',
  tie: 'tie to another table',
  growth: 'growth',
  change: 'change',
  claim: 'in the prose',
};
