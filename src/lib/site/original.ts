/**
 * A release's original document for its page: the file as published (source.html, else
 * source.txt), else, for a release written in the release-text layout by hand, its release.txt,
 * which is then the release as published. Each figure slot carries the fact tieout read from it,
 * or none (a figure tieout did not read); facts no slot holds are listed apart, so that every
 * fact's permalink on the page lands. Read once per release object (the page and its
 * stylesheet both ask), only from the release's own folder, never through a link.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkOnTheWay } from '../text-file.ts';
import type { Fact, Release } from '../types.ts';
import { DATA_DIR } from '../ingest/index.ts';
import { decodeSource, frontMatter } from '../import/index.ts';
import { alignFigures, digitsOf, isFigureCell, markOf, originalHtml, originalText, type OriginalParts } from '../original/index.ts';
import { escapeHtml } from '../markup.ts';
import { sourceBlocks, type SourceCell } from './source.ts';

export interface OriginalDocument extends OriginalParts {
  /** The file shown: `source.html`, `source.txt`, or `release.txt` when the release was published in that layout. */
  file: string;
  kind: 'html' | 'text' | 'release-text';
  /** The fact read from each slot, or null: a figure tieout did not read. */
  slotFacts: (Fact | null)[];
  /** Facts no slot holds (a figure printed inside a label, or not a table cell of its own in the original). */
  unplaced: Fact[];
  /** The original's safe styles as rules scoped to `.original` (HTML only). */
  css: string;
  /**
   * A text file's front matter (a saved copy's `---` block: title, date, the site's settings): metadata of the
   * copy, shown apart from the text, which starts after it. Null when the file has none.
   */
  frontMatter: { key: string; value: string }[] | null;
}

/** The files `tieout import` keeps as published, in the order they are looked for. */
export const ORIGINAL_FILES = ['source.html', 'source.txt'] as const;

const made = new WeakMap<Release, OriginalDocument>();

export function originalDocument(release: Release): OriginalDocument {
  const hit = made.get(release);
  if (hit) return hit;
  const dir = join(DATA_DIR, 'releases', release.meta.id);
  let doc: OriginalDocument | null = null;
  for (const file of ORIGINAL_FILES) {
    const text = publishedText(join(dir, file));
    if (text === null) continue;
    if (file === 'source.html') {
      const read = originalHtml(text);
      doc = placed(release, file, 'html', read, read.css('.original'));
    } else {
      const front = frontMatter(text);
      const body = front ? text.split('\n').slice(front.lines).join('\n').replace(/^(?:[ \t]*\r?\n)+/, '') : text;
      doc = { ...placed(release, file, 'text', originalText(body), ''), frontMatter: front?.fields ?? null };
    }
    break;
  }
  doc ??= releaseTextDocument(release);
  made.set(release, doc);
  return doc;
}

/** A published file's text, or null when there is none (or it is not a plain file: a link is never followed). */
function publishedText(path: string): string | null {
  const info = lstatSync(path, { throwIfNoEntry: false });
  if (!info?.isFile() || linkOnTheWay(path) !== null) return null;
  return decodeSource(readFileSync(path)).text;
}

/** The facts a release reads from table cells, in the order it prints them, each with its digits or its mark (nil, not meaningful). */
function printedFacts(release: Release): { fact: Fact; digits: string }[] {
  return release.facts
    .filter((f) => f.origin === 'cell')
    .map((fact) => {
      const raw = fact.raw.replace(/<\/?u>/g, '').replace(/\\\$/g, '$');
      return { fact, digits: fact.status === 'reported' || fact.status === 'range' ? digitsOf(raw) : markOf(raw) };
    })
    .filter((f): f is { fact: Fact; digits: string } => f.digits !== null)
    .sort((a, b) => a.fact.line - b.fact.line || a.fact.column - b.fact.column);
}

function placed(release: Release, file: string, kind: 'html' | 'text', read: OriginalParts, css: string): OriginalDocument {
  const facts = printedFacts(release);
  const at = alignFigures(
    facts.map((f) => f.digits),
    read.figures,
  );
  const slotFacts = [...at].map((i) => (i >= 0 ? facts[i]!.fact : null));
  return { ...read, file, kind, slotFacts, unplaced: notHeld(release, slotFacts), css, frontMatter: null };
}

/** release.txt as the release's own text: its tables as tables, every figure a slot. */
function releaseTextDocument(release: Release): OriginalDocument {
  const byPlace = new Map<string, Fact>();
  for (const f of release.facts) byPlace.set(`L${f.line}C${f.column}`, f);
  const parts: OriginalParts['parts'] = [];
  const figures: string[] = [];
  const slotText: string[] = [];
  const underlined: boolean[] = [];
  const slotFacts: (Fact | null)[] = [];
  let html = '';
  const slot = (text: string, underline: boolean, fact: Fact | null) => {
    parts.push(html, figures.length);
    html = '';
    figures.push(digitsOf(text) ?? '');
    slotText.push(text);
    underlined.push(underline);
    slotFacts.push(fact);
  };
  const write = (cellParts: SourceCell['parts'], figureCell: boolean) => {
    const plain = cellParts.flatMap((p) => p.pieces.map((x) => x.text)).join('').trim();
    for (const p of cellParts) {
      const fact = p.id ? byPlace.get(p.id) : undefined;
      const shown = p.pieces.map((x) => x.text).join('');
      if (fact) slot(shown, p.pieces.some((x) => x.underline), fact);
      else if (!p.id && figureCell && isFigureCell(plain) && p.pieces.some((x) => /\d/.test(x.text))) slot(shown, p.pieces.some((x) => x.underline), null);
      else html += p.pieces.map((x) => (x.underline ? `<u>${escapeHtml(x.text)}</u>` : escapeHtml(x.text))).join('');
    }
  };
  let tables = 0;
  for (const b of sourceBlocks(release)) {
    if (b.kind === 'line') {
      html += b.parts.length === 0 ? '' : '<p>';
      write(b.parts, false);
      html += b.parts.length === 0 ? '' : '</p>';
      continue;
    }
    tables++;
    html += `<div class="o-table" role="region" tabindex="0" aria-label="Table ${tables} of the release"><table class="o-rt"><tbody>`;
    for (const r of b.rows) {
      html += '<tr>';
      if (r.cells) {
        // A header line (its label cell empty, text over the columns) prints no figures.
        const header = r.cells[0]!.parts.length === 0 && r.cells.slice(1).some((c) => c.parts.length > 0 && !c.parts.some((p) => p.id));
        r.cells.forEach((c, i) => {
          // A heading over the figures ("December 31, 2009") may wrap; a figure may not.
          html += i === 0 ? '<td>' : header ? '<td class="num o-h">' : '<td class="num">';
          write(c.parts, i > 0 && !header);
          html += '</td>';
        });
      } else {
        html += `<td colspan="${b.width}">`;
        write(r.note, false);
        html += '</td>';
      }
      html += '</tr>';
    }
    html += '</tbody></table></div>';
  }
  parts.push(html);
  return { parts, figures, slotText, underlined, file: 'release.txt', kind: 'release-text', slotFacts, unplaced: notHeld(release, slotFacts), css: '', frontMatter: null };
}

/** Every fact no slot holds, in the order the release prints them: each still gets its anchor on the page. */
function notHeld(release: Release, slotFacts: readonly (Fact | null)[]): Fact[] {
  const held = new Set(slotFacts);
  return release.facts.filter((f) => !held.has(f)).sort((a, b) => a.line - b.line || a.column - b.column);
}
