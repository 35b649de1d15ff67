/**
 * The text of a table's note, as printed among the notes after the table: what a mark on a line says of it.
 */
import type { Release, Table } from '../types.ts';
import type { CheckContext } from './context.ts';
import { escapeRegExp } from '../reg-exp.ts';
import { firstAfterLine } from '../by-line.ts';

/**
 * The text of a table's note `mark` as printed among the notes after it ("(2) For presentation purposes, … total
 * earning assets and total assets of the businesses may not equal total Consumer Banking."), or null. A page's notes
 * may follow its last block (Bank of America's quarters, then the year-ago quarter, then the notes of both), so the
 * notes read on past tables, up to the first line of prose that is no note.
 */
export function noteText(ctx: CheckContext, table: Table, mark: string): string | null {
  const m = escapeRegExp(mark);
  // Printed as a superscript too, the line's mark read as its digit ("Impairment and exit charges²" over "² Impairment or
  // abandonment of …", Forterra's 1Q20).
  const raised = /^\d+$/.test(mark) ? `|${[...mark].map((d) => SUPERSCRIPTS['0123456789'.indexOf(d)]).join('')}(?![⁰¹²³⁴⁵⁶⁷⁸⁹])` : '';
  const opens = new RegExp(`^(?:\\(${m}\\)|${m}(?![\\d.,])${raised})\\s*(?=\\S)`, 'i');
  // The lines right after the table first: notes set out as a table of their own, the mark in one cell and the text in
  // the next ("\t(1)\tThis table represents …", Cadence's EDGAR filing), are read as no prose, and the prose after them
  // holds the next table's notes under the same marks.
  // Read from the table's end on, never from the release's start: each table's marks ask (a long release's checks grew
  // with its square when each copied the lines after the table and walked the prose before it).
  const lines = linesOf(ctx.release);
  for (let i = table.endLine; i < lines.length; i++) {
    const text = lines[i]!.replace(/\t+/g, ' ').trim();
    if (text === '') continue;
    if (opens.test(text)) return text.replace(opens, '').trim();
    // A legend of a word or two is no prose that ends the notes ("NM" over "Not meaningful", Forterra's 1Q20).
    if (LEGEND.test(text)) continue;
    if (!ANY_NOTE.test(text)) break;
  }
  const prose = ctx.release.prose;
  for (let i = firstAfterLine(prose, table.endLine); i < prose.length; i++) {
    const p = prose[i]!;
    // A title or unit statement of a table in between is no prose that ends the notes.
    if (p.line <= table.endLine || p.kind === 'caption') continue;
    if (opens.test(p.text)) return p.text.replace(opens, '').trim();
    if (!ANY_NOTE.test(p.text)) return null;
  }
  return null;
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** At most three words, no figure and no sentence's end. */
const LEGEND = /^[A-Za-z][A-Za-z'’/-]*(?:[ ][A-Za-z][A-Za-z'’/-]*){0,2}$/;

function linesOf(release: Release): string[] {
  let lines = split.get(release);
  if (!lines) split.set(release, (lines = release.text.split(/\r?\n/)));
  return lines;
}
const split = new WeakMap<Release, string[]>();
/** A line opening with a note mark: "(2)", "(a)", "2 ", "*". */
const ANY_NOTE = /^(?:\(\w{1,3}\)|\d{1,2}(?![\d.,])\s|[a-z](?:\)|\s)|[*†‡§]|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}\s)/i;


/**
 * The note that narrows what a place's line covers, as "(1) This table represents the activity in the ACL for funded
 * loans." over Cadence's Table 4 (1Q20), whose "Provision for credit losses" 82,238 is the funded loans' part of the
 * 83,429 its other tables print: a note marked on the table's title, saying what the table or its figures represent,
 * include or exclude, or that they are only some. Null where no such note is printed. (A line's own note is left out:
 * "Adjusted EBITDA (1)" noted "excludes …" defines the measure, printed alike wherever it is.)
 */
export function scopeNote(ctx: CheckContext, table: Table): { mark: string; text: string } | null {
  const title = TITLE_MARKS.exec(table.title ?? '');
  const mark = title ? (title[1] ?? title[2]!) : null;
  const text = mark ? noteText(ctx, table, mark) : null;
  return mark && text && NARROWS.some((r) => r.test(text)) ? { mark, text } : null;
}
/** A note mark closing a title: "… (“ACL”) (1)", "… (a)". */
const TITLE_MARKS = /(?:\((\d{1,2}|[a-z])\)|([*†‡]))\s*$/i;
/** Words of a note that says what a table or its figures cover. */
const NARROWS = [
  /\b(?:this|the) (?:table|schedule|amounts?|figures?|information|data|activity)\b[^.]*?\b(?:represents?|reflects?|includes?|excludes?|covers?|relates?|presents?|(?:is|are) (?:for|of|limited))\b/i,
  /\b(?:only|solely|limited to|excludes|excluding)\b/i,
];

/**
 * The sentence of the release's prose that gives its non-GAAP or adjusted results another scope than its GAAP
 * statements: Antero's "The non-GAAP results described herein reflect the applicable results as if the simplification
 * transaction had occurred at the beginning of the applicable period" (1Q20), its reconciliation to Adjusted Net
 * Income then adding back 6,426 of equity-based compensation for Q1 2019 where the statement prints 8,903 (the 2,477
 * of the partnership consolidated until March 12, 2019). Null where the prose says no such thing.
 */
export function proFormaScope(ctx: CheckContext): string | null {
  if (!proForma.has(ctx.release)) proForma.set(ctx.release, proFormaSentence(ctx.release));
  return proForma.get(ctx.release)!;
}
const proForma = new WeakMap<Release, string | null>();

function proFormaSentence(release: Release): string | null {
  for (const p of release.prose) {
    if (p.kind === 'caption') continue;
    for (const sentence of p.text.split(/(?<=[.;])\s+(?=[A-Z(])/)) if (AS_IF.test(sentence)) return sentence.trim();
  }
  return null;
}
/** Non-GAAP or adjusted results stated as if a transaction had happened at another time: pro forma. */
const AS_IF = /\b(?:non-?gaap|adjusted|pro forma)\b[^.;]*\bas if\b[^.;]*\b(?:had|have)\s+(?:occurred|taken place|closed|been (?:completed|consummated|effective))\b/i;
