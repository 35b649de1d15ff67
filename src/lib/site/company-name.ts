/**
 * A company's name as pages print it: with its listing in parentheses ("Internap Network Services
 * Corporation (NASDAQ: INAP)") where release.yaml has one, and alone where it has none, since
 * `tieout import` leaves ticker and exchange empty when the release does not print them (issue 29).
 */
export function nameWithListing(name: string, ticker: string, exchange = ''): string {
  const listing = ticker ? (exchange ? `${exchange}: ${ticker}` : ticker) : '';
  return listing ? `${name} (${listing})` : name;
}
