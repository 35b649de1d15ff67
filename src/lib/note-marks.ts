/**
 * The letters of a cell that holds only note marks, "(b)" or "(a)(c)", else null. Letters only: a
 * parenthesised digit is a negative figure as often as a note. Shared by the importer (a column of
 * such cells needs no header) and the ingest (each is the mark of the figure left of it).
 */
export function noteLetters(text: string): string[] | null {
  const t = text.trim();
  if (!/^(?:\(\s*[a-z]\s*\)\s*)+$/i.test(t)) return null;
  return [...t.matchAll(/\(\s*([a-z])\s*\)/gi)].map((m) => m[1].toLowerCase());
}
