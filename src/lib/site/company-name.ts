/**
 * A company's name as pages print it: with its listing in parentheses ("Internap Network Services
 * Corporation (NASDAQ: INAP)") where release.yaml has one, and alone where it has none, since
 * `tieout import` leaves ticker and exchange empty when the release does not print them (issue 29).
 */
export function nameWithListing(name: string, ticker: string, exchange = ''): string {
  const listing = ticker.trim() ? (exchange.trim() ? `${exchange.trim()}: ${ticker.trim()}` : ticker.trim()) : '';
  // release.yaml may leave the name empty (an excerpt, a wire copy that prints none): the listing stands alone.
  if (!name.trim()) return listing;
  return listing ? `${name.trim()} (${listing})` : name.trim();
}

/** Parts of a byline ("name · Q2 2010 · released …") joined, leaving out the empty ones, so no part opens with "·". */
export function byline(parts: readonly string[]): string {
  return parts.map((part) => part.trim()).filter(Boolean).join(' · ');
}

/** The company a release is of, in a sentence: its name, else its ticker, else its folder name. */
export function companyName(meta: { name: string; ticker: string; company: string }): string {
  return meta.name.trim() || meta.ticker.trim() || meta.company;
}
