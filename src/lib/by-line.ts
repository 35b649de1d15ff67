/**
 * The index of the first of `items` printed after line `line`, `items.length` if none: `items` are in the
 * order of their lines (a release's prose), so it is found by bisection. The checks and the ingest each ask it
 * for every table, and filtering the whole prose each time made a long release's reading grow with its square.
 */
export function firstAfterLine(items: readonly { readonly line: number }[], line: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.line <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
