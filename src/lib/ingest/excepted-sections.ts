/**
 * Sections a table's unit statement excepts from its scale by name: "(In thousands, except rig
 * activity)" over a table whose rows under "Rig activity:" are rigs working and dollars a day.
 * The statement says only what those rows are not (thousands of dollars); what they are comes
 * from what they print: a block of rows printing a currency symbol is money in units, else counts.
 * Per-unit and share-data exceptions ("except per share", "except share data") are read by their
 * own rules (build-table.ts); this module reads the exceptions that name a section of the table.
 */

/** The clause's items that may name a section: "except rig activity" → ["rig activity"]. */
export function exceptedNames(note: string): string[] {
  const clause = /\bexcept(?:\s+for)?\b(.*)$/i.exec(note)?.[1] ?? '';
  return clause
    .replace(/[()]/g, ' ')
    .split(/,|;|\band\b|\bor\b/i)
    .map((s) => sectionKey(s.replace(/\b(?:data|amounts?|figures|information)\b/gi, ' ')))
    .filter((s) => s !== '' && !/\bper\b/.test(s) && !/\bshares?\b/.test(s));
}

/** A section label as compared with the clause: lower case, footnote marks and the closing colon gone, plural folded. */
export function sectionKey(label: string): string {
  return label
    .toLowerCase()
    .replace(/\(\s*(?:\d{1,2}|[a-z])\s*\)/g, ' ')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
    .join(' ');
}

/** Whether a row under these sections (outermost first) is one the clause excepts. */
export function inExceptedSection(names: readonly string[], sections: readonly string[]): boolean {
  if (names.length === 0) return false;
  return sections.some((s) => names.includes(sectionKey(s)));
}
