import type { Release } from '../types.ts';

/**
 * Whether a release was read as one: it has at least one table. A release whose tables were
 * read with a few located problems (a row with a figure too many, a header naming no period)
 * is read all the same: its facts are published and its problems listed (on stderr, on its
 * page). One with no table at all (release.txt empty, or prose alone) is not: nothing in it
 * can be checked, and it is bad input like a release.yaml that cannot be read.
 */
export function isRead(release: Pick<Release, 'tables'>): boolean {
  return release.tables.length > 0;
}
