import { describe, expect, it } from 'vitest';
import { firstAfterLine } from '../../src/lib/by-line.ts';

// Lines as a release's prose numbers them: in order, with gaps where tables are printed.
const prose = [3, 4, 9, 10, 10, 15].map((line) => ({ line }));

describe('firstAfterLine', () => {
  it.each([
    [0, 0],
    [2, 0],
    [3, 1],
    [4, 2],
    [5, 2],
    [9, 3],
    [10, 5],
    [14, 5],
    [15, 6],
    [99, 6],
  ])('after line %i: index %i', (line, index) => {
    expect(firstAfterLine(prose, line)).toBe(index);
    // The same as the scan it replaces.
    const scanned = prose.findIndex((p) => p.line > line);
    expect(firstAfterLine(prose, line)).toBe(scanned < 0 ? prose.length : scanned);
  });

  it('finds nothing in no prose', () => {
    expect(firstAfterLine([], 7)).toBe(0);
  });
});
