/**
 * Where a range printed as one figure ("$111.0 - $112.0", "5% to 7%", "$0.80-$0.85") may be
 * split into its two ends. The import (finding a table's figures) and the ingest (reading
 * them) split ranges alike; each judges the ends as it reads a figure.
 */

/** " - ", " – ", " to ", or a dash with no spaces between two figures, or a space on one side only ("$1.53- $1.73"). */
const JOIN = /\s+(?:-|–|—|to)\s+|\s*[–—]\s*|(?<=[\d%)])-\s*(?=[$£€¥(\d])|\s+-(?=[$£€¥(\d])/gi;
/** A figure that shows what it is: a currency symbol, a percent sign or a decimal point. */
const DRESSED = /[$£€¥%.]/;

/**
 * Each split of `text` into two ends, left to right, but never a span of years ("2023-24",
 * "2019 – 2020"), and at a bare hyphen only when both ends show what they are: "735-7777" is a
 * telephone number and "12-31" a date. `dressedLeft`: the left end's symbol was read off already.
 */
export function* rangeSplits(text: string, dressedLeft = false): Generator<[left: string, right: string]> {
  for (const join of text.matchAll(JOIN)) {
    const left = text.slice(0, join.index).trim();
    const right = text.slice(join.index + join[0].length).trim();
    if (/^(?:19|20)\d\d$/.test(left) && /^(?:(?:19|20)\d\d|\d\d)$/.test(right)) continue;
    // A hyphen not spaced on both sides joins only figures that show what they are.
    const bare = join[0].trim() === '-' && !/^\s.*\s$/.test(join[0]);
    if (bare && !((dressedLeft || DRESSED.test(left)) && DRESSED.test(right))) continue;
    yield [left, right];
  }
}
