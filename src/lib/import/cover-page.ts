/**
 * An SEC form's cover page: from its title line ("FORM 8-K", "FORM 10-Q", "FORM 6-K") to its check boxes
 * ("Check the appropriate box …", "[ ]  Written communications …"), its first item or its signatures. It lays
 * the registrant's name, state, file number, IRS number, address and ZIP code out in columns over their
 * captions: no table of figures (Horizon Financial's 8-K, hrzb-fy2006-q3.txt: "1500 Cornwall Avenue,
 * Bellingham, Washington   98225" was read as a figure of 98,225).
 */

/** The title line of an SEC form's cover page. */
export const FORM_TITLE = /^FORM\s+(?:8-K|10-Q|10-K|6-K|20-F|40-F)(?:\/A)?$/i;
/** Where a form's cover page ends: its check boxes, its first item, its signatures, an exhibit, a tag of the submission. */
const COVER_END = /^(?:Check the appropriate box|Indicate by check mark|\[\s*[xX]?\s*\]|Item\s+\d|SIGNATURES?\b|Exhibit\s+\d|<)/i;
/** The longest cover page: past it, what follows is read as it is. */
const MAX_COVER = 60;

/** Ranges [from, to) of `lines` (their text) that are an SEC form's cover page, its title line excluded. */
export function coverPages(lines: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!FORM_TITLE.test(lines[i]!.trim())) continue;
    let end = i + 1;
    while (end < lines.length && end - i < MAX_COVER && !COVER_END.test(lines[end]!.trim())) end++;
    out.push([i + 1, end]);
    i = end - 1;
  }
  return out;
}
