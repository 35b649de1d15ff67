/**
 * A verdict mark as HTML, for components that render many (a statement's figures, a kind's
 * checks): Mark.astro's markup, byte for byte, without a component instance per mark. A
 * page of a release renders some 3,000 marks, and Astro's machinery for each instance cost
 * more than the mark itself.
 */
import type { Verdict } from '../lib/types.ts';
import { escapeAttribute, escapeHtml } from '../lib/markup.ts';
import { VERDICT_GLYPH, VERDICT_NAMES, VERDICT_WORDS } from '../lib/site/verdicts.ts';

export interface MarkOptions {
  /** Show the verdict's name after the glyph ("✗ mismatch"). */
  label?: boolean;
  /** Text after the glyph instead of the verdict's name ("4 mismatches"). */
  text?: string;
  /** Hide the mark from assistive technology: the surrounding text names the verdict already. */
  hidden?: boolean;
}

const VERDICTS = Object.keys(VERDICT_GLYPH) as Verdict[];
const each = (html: (v: Verdict) => string) => Object.fromEntries(VERDICTS.map((v) => [v, html(v)])) as Record<Verdict, string>;
const glyph = (v: Verdict) => escapeHtml(VERDICT_GLYPH[v]);
// The three forms of each verdict's mark; only a labelled mark's text varies.
const PLAIN = each((v) => `<span class="vm ${v}" role="img" aria-label="${escapeAttribute(VERDICT_WORDS[v])}"><span class="g">${glyph(v)}</span></span>`);
const HIDDEN = each((v) => `<span class="vm ${v}" aria-hidden="true"><span class="g">${glyph(v)}</span></span>`);
const LABEL_START = each((v) => `<span class="vm ${v}"><span class="g" aria-hidden="true">${glyph(v)}</span> `);
const LABELLED = each((v) => `${LABEL_START[v]}${escapeHtml(VERDICT_NAMES[v])}</span>`);

/** A verdict's mark: a glyph in the verdict's colour, its text alternative the verdict in words (Mark.astro). */
export function markHtml(verdict: Verdict, { label = false, text, hidden = false }: MarkOptions = {}): string {
  if (hidden) return HIDDEN[verdict];
  if (!label && !text) return PLAIN[verdict];
  return text == null ? LABELLED[verdict] : `${LABEL_START[verdict]}${escapeHtml(text)}</span>`;
}
