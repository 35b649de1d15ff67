import { describe, expect, test } from 'vitest';
import { inReleaseOrder, pathGroup } from '../../src/integrations/release-order.ts';

describe('pages in release order', () => {
  test('a page belongs to the first segment of its path', () => {
    expect(pathGroup('/')).toBe('');
    expect(pathGroup('/inap-2010-q2/')).toBe('inap-2010-q2');
    expect(pathGroup('/inap-2010-q2/statements/cash-flows/')).toBe('inap-2010-q2');
    expect(pathGroup('/inap-2010-q2/facts.csv')).toBe('inap-2010-q2');
  });

  test("Astro's route-by-route order becomes release by release, each release's pages in Astro's order", () => {
    const routes = ['/', '/a/', '/b/', '/a/checks/', '/b/checks/', '/a/statements/x/', '/a/statements/y/', '/b/statements/x/', '/search/', '/a/facts.csv'];
    const paths = routes.map((pathname, i) => ({ pathname, i }));
    expect(inReleaseOrder(paths).map((p) => p.pathname)).toEqual([
      '/',
      '/a/', '/a/checks/', '/a/statements/x/', '/a/statements/y/', '/a/facts.csv',
      '/b/', '/b/checks/', '/b/statements/x/',
      '/search/',
    ]);
    // The same pages, nothing lost or repeated.
    expect(inReleaseOrder(paths).map((p) => p.i).sort((a, b) => a - b)).toEqual(paths.map((p) => p.i));
  });
});
