/**
 * The original document's HTML for its page: the safe markup of lib/site/original.ts with each
 * figure slot filled. A figure tieout read is a link inside a span that carries the fact's
 * permalink id (`<table>/<row>/<column>`) and its state as a class: the verdict of the checks that
 * report it (exact, rounding, mismatch, unverifiable), `fed` when checks only take it as an input,
 * `unchecked` when none reads it. A figure tieout did not read is marked `unread`, with words for
 * screen readers.
 *
 * A page of some 300 figures cannot carry a popover each (they were half its weight), so the
 * page has one popover, which public/original.js fills, when a figure is clicked, from the
 * release's `original.json` (`originalPopovers`): what was read and the checks on it; the script
 * makes each figure's link the button it then acts as. Without JavaScript a figure links to its
 * cell on its statement's page, whose popover says the same and more (or, for a figure printed
 * inside a label, to its line in the release text).
 */
import type { Check, Fact, Release } from '../lib/types.ts';
import { escapeAttribute as attr, escapeHtml as text } from '../lib/markup.ts';
import { columnKey, figureChecks, href, paths } from '../lib/site/index.ts';
import type { OriginalDocument } from '../lib/site/original.ts';
import { figurePopoverParts, POPOVER_SLOTS } from './figure-html.ts';
import { markHtml } from './mark-html.ts';

export type FigureState = 'exact' | 'rounding' | 'mismatch' | 'unverifiable' | 'fed' | 'unchecked' | 'unread';

/** The state a read figure is marked with (see the module comment). */
export function figureState(checks: readonly Check[], fact: Fact): FigureState {
  const { verdict, feeds } = figureChecks(checks, fact.id);
  return verdict ?? (feeds.length > 0 ? 'fed' : 'unchecked');
}

/** A fact's anchor on the original's page: its id less the release. */
export function originalAnchor(fact: Fact): string {
  return `${fact.table}/${fact.row}/${columnKey(fact)}`;
}

/**
 * Links within the release, relative to the original's page (`<release>/original/`): the
 * release's path in each of hundreds of links is bytes of no use.
 */
export function nearOriginal(release: Release, base: string): (path: string) => string {
  const root = href(base, paths.release(release.meta.id));
  return (path: string) => {
    const u = href(base, path);
    return u.startsWith(root) ? `../${u.slice(root.length)}` : u;
  };
}

/** One read figure: its permalink and state around a link to where its provenance is shown. */
export function originalFigureHtml(fact: Fact, shown: string, release: Release, checks: readonly Check[], near: (path: string) => string): string {
  const { verdict } = figureChecks(checks, fact.id);
  const id = release.meta.id;
  // A figure printed inside a label has no cell of its own on its statement's page to link to.
  const to = fact.origin === 'cell' ? paths.fact(id, fact.table, fact.row, columnKey(fact)) : paths.sourceFact(id, fact.line, fact.column);
  const face = `${text(shown)}${verdict ? markHtml(verdict) : ''}`;
  return `<span class="of o-${figureState(checks, fact)}" id="${attr(originalAnchor(fact))}"><a class="${verdict ? `fv ${verdict}` : 'fv'}" href="${attr(near(to))}">${face}</a></span>`;
}

export function originalDocumentHtml(doc: OriginalDocument, release: Release, checks: readonly Check[], base: string): string {
  const near = nearOriginal(release, base);
  let out = '';
  for (const part of doc.parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const fact = doc.slotFacts[part];
    const shown = doc.slotText[part]!;
    const html = fact
      ? originalFigureHtml(fact, shown, release, checks, near)
      : `<span class="of o-unread">${text(shown)}<span class="visually-hidden"> (not read by tieout)</span></span>`;
    out += doc.underlined?.[part] ? `<u>${html}</u>` : html;
  }
  return out;
}

/** The text a fact not held by any slot is shown with in the list under the document. */
export function unplacedText(fact: Fact): string {
  return fact.raw.replace(/<\/?u>/g, '').replace(/\\([$%&*_#])/g, '$1');
}

/**
 * What the original page's one popover shows for each of its figures (`original.json`): `s`
 * holds every distinct part (see figurePopoverParts), `f` each figure, by its anchor, as its line
 * and column in the release text and then its parts. Joined, the parts are the popover's HTML
 * once the slots (POPOVER_SLOTS) are filled: the figure's anchor, line and column, and its
 * link's own href. A part many figures share (a line item, a period, a reading, the links) is
 * written once.
 */
export interface OriginalPopovers {
  s: string[];
  f: Record<string, [line: number, column: number, ...parts: number[]]>;
}

export function originalPopovers(doc: OriginalDocument, release: Release, checks: readonly Check[], base: string): OriginalPopovers {
  const near = nearOriginal(release, base);
  const s: string[] = [];
  const index = new Map<string, number>();
  const f: OriginalPopovers['f'] = {};
  const facts = [...doc.slotFacts.filter((x): x is Fact => x !== null), ...doc.unplaced];
  for (const fact of facts) {
    const parts = figurePopoverParts({ fact, release, checks, near }).map((part) => {
      let i = index.get(part);
      if (i === undefined) {
        i = s.push(part) - 1;
        index.set(part, i);
      }
      return i;
    });
    f[originalAnchor(fact)] = [fact.line, fact.column, ...parts];
  }
  return { s, f };
}

/** A popover of originalPopovers as HTML, its slots filled as public/original.js fills them (for tests). */
export function originalPopoverHtml(data: OriginalPopovers, anchor: string, cellHref: string): string {
  const [line, column, ...parts] = data.f[anchor]!;
  const values: Record<string, string> = { [POPOVER_SLOTS.id]: anchor, [POPOVER_SLOTS.line]: String(line), [POPOVER_SLOTS.column]: String(column), [POPOVER_SLOTS.cell]: cellHref };
  return parts.map((i) => data.s[i]!).join('').replace(/\{(id|line|column|cell)\}/g, (slot) => attr(values[slot]!));
}

/** How many figures of the original are in each state. */
export function stateCounts(doc: OriginalDocument, checks: readonly Check[]): Record<FigureState, number> {
  const counts: Record<FigureState, number> = { exact: 0, rounding: 0, mismatch: 0, unverifiable: 0, fed: 0, unchecked: 0, unread: 0 };
  for (const fact of doc.slotFacts) counts[fact ? figureState(checks, fact) : 'unread']++;
  for (const fact of doc.unplaced) counts[figureState(checks, fact)]++;
  return counts;
}
