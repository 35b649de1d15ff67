/**
 * Figures printed in characters the release text does not use, written in the ones it does,
 * so that what the import writes the ingest reads (issue 30). Only a cell that is a figure once
 * written so is changed; anything else keeps its characters (a label in full-width script, a
 * footnote mark), and a figure still not in a form the ingest reads is reported by the import's
 * own reading of what it wrote (src/cli/import.ts).
 *
 * - Directional marks (LRM, RLM, ALM, embeddings, isolates) are invisible: dropped anywhere.
 * - Full-width ASCII (`５,９３１`, `（１２）`) and Arabic-Indic digits with their separators
 *   (`٥٬٩٣١`, `٣٫٥`) are the ASCII figure they print.
 * - Thousands grouped by spaces (a no-break, thin or narrow space, which reach here as spaces:
 *   `5 931`) or by apostrophes (`5'931`, as printed in Switzerland) are grouped by commas.
 * - A nil in parentheses (`$ (—)`) is the nil.
 */
import { isValueText } from './cell-text.ts';

const DIRECTIONAL = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

/** Drops directional marks, which print nothing. */
export function withoutDirectionalMarks(text: string): string {
  return text.replace(DIRECTIONAL, '');
}

/** A value cell in the characters the release text reads, or as it was when it is no figure so. */
export function figureForm(cell: string): string {
  const ascii = cell
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (c) => String(c.charCodeAt(0) - 0x06f0))
    .replace(/\u066c/g, ',')
    .replace(/\u066b/g, '.')
    .replace(/\u3000/g, ' ');
  const grouped = ascii.replace(/\b\d{1,3}(?:[ \u00a0\u2009\u202f'\u2019]\d{3})+\b/g, (n) =>
    /^\d{1,3}([ \u00a0\u2009\u202f]\d{3})+$|^\d{1,3}(['\u2019]\d{3})+$/.test(n) ? n.replace(/[ \u00a0\u2009\u202f'\u2019]/g, ',') : n,
  );
  const nil = grouped.replace(/^(\$\s?)?\(\s*([—–-]+)\s*\)$/, (_, dollar: string | undefined, dash: string) => `${dollar ?? ''}${dash}`);
  // "5 931" reads as a figure to the import's eye too: what decides is that the form changed to one that is.
  return nil !== cell && isValueText(nil) ? nil : cell;
}
