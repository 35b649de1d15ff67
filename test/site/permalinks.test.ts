import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { permalinks, LIST } from '../../scripts/permalinks.ts';
import { distDir, projectRoot, requireBuiltSite } from '../support/site.ts';

describe('permalinks', () => {
  test(`every permalink in ${LIST} is still published (run \`npm run permalinks\` to accept a change)`, () => {
    requireBuiltSite();
    const published = new Set(permalinks(distDir));
    const listed = readFileSync(join(projectRoot, LIST), 'utf8').split('\n').filter(Boolean);
    expect(listed.length).toBeGreaterThan(100);
    expect(listed.filter((p) => !published.has(p))).toEqual([]);
  });

  test('no page publishes the same id twice', () => {
    requireBuiltSite();
    const all = permalinks(distDir);
    expect(all.filter((p, i) => all.indexOf(p) !== i)).toEqual([]);
  });
});
