/**
 * Figures printed in characters the release text does not use, written in the ones it does,
 * so that what the import writes the ingest reads (issue 30). Only a cell that is a figure once
 * written so is changed; anything else keeps its characters (a label in full-width script, a
 * footnote mark), and a figure still not in a form the ingest reads is reported by the import's
 * own reading of what it wrote (src/cli/import.ts).
 *
 * - Directional marks (LRM, RLM, ALM, embeddings, isolates) are invisible: dropped anywhere.
 * - Full-width ASCII (`５,９３１`, `（１２）`), Arabic-Indic digits with their separators
 *   (`٥٬٩٣١`, `٣٫٥`) and the digits of any other script (Devanagari `२,४६०`, Thai, Bengali: every
 *   decimal digit of Unicode) are the ASCII figure they print.
 * - A triangle before a figure is a sign as the release establishes it (triangle-signs.ts,
 *   `useTriangleSigns`): a minus is the figure in parentheses (`△1,234`, `▲ 1,234` → `(1,234)`),
 *   a rise the figure as printed (`▲1,234` → `1,234`); a triangle not settled stays as printed.
 * - Thousands grouped by spaces (a no-break, thin or narrow space, which reach here as spaces:
 *   `5 931`) or by apostrophes (`5'931`, as printed in Switzerland) are grouped by commas.
 * - A nil in parentheses (`$ (—)`) is the nil.
 */
import { isValueText } from './cell-text.ts';
import { NO_EVIDENCE, type Triangle, type TriangleSigns } from './triangle-signs.ts';

const DIRECTIONAL = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
/** A right-to-left override (RLO) and the run it reverses, to its pop (PDF) or the end of the text, holding no other directional mark. */
const OVERRIDE = /\u202e([^\u202a-\u202e\u2066-\u2069]*)(?:\u202c|$)/g;
const MIRRORED: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<' };

/**
 * Drops directional marks, which print nothing, after showing what a right-to-left override prints: its run
 * reversed, brackets mirrored ('\u202e006\u202c' shows 600, and read as 006 it was a hundredth of the figure seen).
 */
export function withoutDirectionalMarks(text: string): string {
  const shown = text.includes('\u202e') ? text.replace(OVERRIDE, (_, run: string) => [...run].reverse().map((c) => MIRRORED[c] ?? c).join('')) : text;
  return shown.replace(DIRECTIONAL, '');
}

/** Characters a plain-text line prints nothing for: zero-width spaces, word joiners, byte-order marks, soft hyphens. */
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]|(?<=\d)[\u200c\u200d](?=[\d,.])|(?<=[\d,.])[\u200c\u200d](?=\d)/g;

/**
 * A line of a plain-text release as a reader sees it: what prints nothing is dropped (a byte-order mark inside
 * '1,\ufeff100' split it into two cells) and directional marks are read as withoutDirectionalMarks reads them, before
 * columns are measured, as a zero-width character takes no column on the screen.
 */
export function shownLine(text: string): string {
  // A character of the Private Use Area is an icon font's glyph (a share button's icon, printed with a page to PDF): no
  // text. It takes its column, as a space does: Dauch's "\uf045" closing a page (2Q26) was a text line between a balance
  // sheet's rows, and its total, printed after it, a table without a header.
  const glyphless = /[\ue000-\uf8ff]/.test(text) ? text.replace(/[\ue000-\uf8ff]/g, ' ') : text;
  return /[\u200b-\u200f\u2060\ufeff\u00ad\u061c\u202a-\u202e\u2066-\u2069]/.test(glyphless) ? withoutDirectionalMarks(glyphless.replace(INVISIBLE, '')) : glyphless;
}

let signs: TriangleSigns = NO_EVIDENCE;

/** What triangles before figures print in the release being read (triangle-signs.ts); null forgets it. */
export function useTriangleSigns(established: TriangleSigns | null): void {
  signs = established ?? NO_EVIDENCE;
}

/**
 * The value of a decimal digit of any script: Unicode places each script's ten digits in a run
 * from its zero (the mathematical digits in five runs of ten), so it is the distance from where
 * the run of digits it is in starts, modulo ten.
 */
function digitValue(c: string): string {
  let cp = c.codePointAt(0)!;
  let k = 0;
  while (/\p{Nd}/u.test(String.fromCodePoint(cp - 1))) {
    cp--;
    k++;
  }
  return String(k % 10);
}

/** A figure after a triangle with the sign the release establishes for it (useTriangleSigns); as it was otherwise. */
function withTriangleSign(cell: string): string {
  return cell.replace(/^([$€£¥]?\s?)([△▲▼])\s?(\d[\d,]*(?:\.\d+)?%?)$/, (all, before: string, mark: Triangle, figure: string) => {
    const reading = signs.readings[mark];
    return reading === 'minus' ? `${before}(${figure})` : reading === 'rise' ? `${before}${figure}` : all;
  });
}

/** A value cell of a plain-text table with its triangle read as a sign, or as it was. */
export function triangleForm(cell: string): string {
  const signed = withTriangleSign(cell);
  return signed !== cell && isValueText(signed) ? signed : cell;
}

/** A value cell in the characters the release text reads, or as it was when it is no figure so. */
export function figureForm(cell: string): string {
  const ascii = cell
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(?![0-9])\p{Nd}/gu, digitValue)
    .replace(/\u066c/g, ',')
    .replace(/\u066b/g, '.')
    .replace(/\u3000/g, ' ');
  const grouped = ascii.replace(/\b\d{1,3}(?:[ \u00a0\u2009\u202f'\u2019]\d{3})+\b/g, (n) =>
    /^\d{1,3}([ \u00a0\u2009\u202f]\d{3})+$|^\d{1,3}(['\u2019]\d{3})+$/.test(n) ? n.replace(/[ \u00a0\u2009\u202f'\u2019]/g, ',') : n,
  );
  const signed = withTriangleSign(grouped);
  const nil = signed.replace(/^(\$\s?)?\(\s*([—–-]+)\s*\)$/, (_, dollar: string | undefined, dash: string) => `${dollar ?? ''}${dash}`);
  // "5 931" reads as a figure to the import's eye too: what decides is that the form changed to one that is.
  return nil !== cell && isValueText(nil) ? nil : cell;
}
