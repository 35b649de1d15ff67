/**
 * Anchor ids of cells. An id never depends on a cell's position in the whole
 * notebook, so adding a cell or a paragraph elsewhere never breaks a link:
 * a cell without `id=` is named after the nearest heading above it and its
 * place under that heading (`cell-segment-margins-2`), or `cell-<k>` before
 * the first heading.
 */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether an explicit id is a usable slug. */
export function isCellId(id: string): boolean {
  return SLUG.test(id);
}

/** The derived id of the k-th cell (1-based) under the heading whose id is `headingId`. */
export function derivedCellId(headingId: string | undefined, k: number): string {
  return headingId ? `cell-${headingId}-${k}` : `cell-${k}`;
}
