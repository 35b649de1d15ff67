// A check's permalink is on the page of its kind, found from the id alone (paths.check is called
// where only the id is at hand: claims, the overview, search records). So every check id, of
// every kind and from releases nobody wrote a model for, must start with its kind, and that kind
// must be one the site gives a page.
import { describe, expect, test } from 'vitest';
import { paths, checkKindOf } from '../../../src/lib/site/paths.ts';
import { KIND_ORDER } from '../../../src/lib/site/check-groups.ts';
import { load } from '../checks/fixture.ts';
import { fromFiles } from '../checks/no-model.ts';

const nvidia = (q: number) =>
  fromFiles(`nvda-fy2023-q${q}`, `test/fixtures/import/nvda-fy2023-q${q}.release.txt`, `test/fixtures/import/nvda-fy2023-q${q}.release.yaml`);
const releases = [
  { name: 'inap-2010-q2 (with its model and claims)', ...load('inap-2010-q2', '.') },
  ...[1, 2, 3, 4].map((q) => ({ name: `nvda-fy2023-q${q} (no model)`, ...nvidia(q) })),
];
const kinds = new Set<string>(KIND_ORDER.map((k) => k.kind));

describe.each(releases)('$name', ({ release, checks }) => {
  test('every check’s permalink is on its own kind’s page, which the site publishes', () => {
    expect(checks.length).toBeGreaterThan(100);
    // Ids of claims, ties, footings, growth, definitions (and basis-point changes where printed) all go through here.
    expect(new Set(checks.map((c) => c.kind)).size).toBeGreaterThanOrEqual(5);
    const id = release.meta.id;
    for (const c of checks) {
      expect(checkKindOf(c.id), c.id).toBe(c.kind);
      expect(kinds.has(c.kind), c.kind).toBe(true);
      expect(paths.check(id, c.id)).toBe(`/${id}/checks/${c.kind}/#${c.id}`);
      expect(paths.checkRow(id, c.id)).toBe(`/${id}/checks/#${c.id}`);
    }
  });
});
