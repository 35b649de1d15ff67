import { describe, expect, test } from 'vitest';
import { GroupAssigner, OWN_PAGES, ownPages, renderThreads } from '../../src/integrations/render-pool.ts';

describe('how many render threads a build starts', () => {
  test.each([
    [{}, 2, 2],
    [{}, 8, 8],
    [{}, 1, 0],
    [{ TIEOUT_RENDER_THREADS: '' }, 4, 4],
    [{ TIEOUT_RENDER_THREADS: '0' }, 4, 0],
    [{ TIEOUT_RENDER_THREADS: '3' }, 1, 3],
  ])('env %j on %i cores: %i', (env, cores, threads) => {
    expect(renderThreads(env as NodeJS.ProcessEnv, cores)).toBe(threads);
  });

  test.each(['two', '-1', '1.5', ' 2'])('TIEOUT_RENDER_THREADS=%j is refused, saying what is expected', (set) => {
    expect(() => renderThreads({ TIEOUT_RENDER_THREADS: set } as NodeJS.ProcessEnv, 2)).toThrow(`TIEOUT_RENDER_THREADS is "${set}": expected a whole number of threads`);
  });
});

describe('how many pages the build renders itself before it starts render threads', () => {
  test.each([
    [{}, OWN_PAGES],
    [{ TIEOUT_RENDER_THREADS: '' }, OWN_PAGES],
    [{ TIEOUT_RENDER_THREADS: '2' }, 0],
    [{ TIEOUT_RENDER_THREADS: '0' }, 0],
  ])('env %j: %i', (env, pages) => {
    expect(ownPages(env as NodeJS.ProcessEnv)).toBe(pages);
  });
});

describe('which renderer renders a group of pages', () => {
  test('without render threads, the build renders every page itself', () => {
    const a = new GroupAssigner(0);
    expect(['r1', 'r1', 'r2', ''].map((g) => a.start(g))).toEqual([0, 0, 0, 0]);
  });

  test("a group goes whole to the thread with the fewest groups pending; the build's own thread renders none", () => {
    const a = new GroupAssigner(2);
    // r1 and r2 start on threads 1 and 2; r3 goes to 1 (a tie: the first), r1's later pages stay on 1.
    expect([a.start('r1'), a.start('r1'), a.start('r2'), a.start('r3'), a.start('r1')]).toEqual([1, 1, 2, 1, 1]);
    // r2 (its one page) is done: thread 2 has nothing pending, thread 1 has r1 and r3, so r4 goes to 2.
    a.done('r2');
    expect(a.start('r4')).toBe(2);
    // Done with every page of r1 (three) and r3: thread 1 has nothing pending, thread 2 has r4.
    for (const g of ['r1', 'r1', 'r1', 'r3']) a.done(g);
    expect(a.start('r5')).toBe(1);
    expect(a.counts()).toEqual([0, 3, 2]);
  });

  test('a group keeps its renderer even when its pages come after others were given out', () => {
    const a = new GroupAssigner(3);
    const given = new Map<string, number>();
    const order = ['a', 'b', 'a', 'c', 'd', 'b', 'e', 'a', 'e', 'f', 'c'];
    for (const [i, g] of order.entries()) {
      const r = a.start(g);
      if (given.has(g)) expect(r, `page ${i} of ${g}`).toBe(given.get(g));
      given.set(g, r);
      expect(r).toBeGreaterThan(0);
      if (i % 2) a.done(g);
    }
  });

  test("the build's own thread renders whole groups until it was given its pages; then new groups go to threads", () => {
    const a = new GroupAssigner(2, 3);
    // r1 (two pages) and r2 start on the build's own thread: three pages given.
    expect([a.start('r1'), a.start('r2'), a.start('r1')]).toEqual([0, 0, 0]);
    // Its pages given, new groups go to threads; r2's later page stays with it.
    expect([a.start('r3'), a.start('r4'), a.start('r2'), a.start('r5')]).toEqual([1, 2, 0, 1]);
    expect(a.counts()).toEqual([2, 2, 1]);
  });

  test("once the threads are in use (a cold build), the build's own thread renders no new group", () => {
    const a = new GroupAssigner(2, 100);
    a.useThreads();
    expect([a.start('r1'), a.start('r2'), a.start('r1')]).toEqual([1, 2, 1]);
  });

  test('without render threads, the pages the own thread is given do not matter', () => {
    const a = new GroupAssigner(0, 1);
    expect(['r1', 'r2', 'r3'].map((g) => a.start(g))).toEqual([0, 0, 0]);
  });
});
