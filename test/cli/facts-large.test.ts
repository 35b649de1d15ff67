// A table of 300,000 rows in release.txt ended `tieout facts` in 'Maximum call stack size exceeded'
// (issue 30): the text output spread one line a row as the arguments of a call. The release is
// made here as the ingest gives it (parsing 300,000 rows takes longer than the printing tested).
import { describe, expect, test, vi } from 'vitest';
import type { Release } from '../../src/lib/types.ts';

const ROWS = 300_000;
const release = {
  meta: { id: 'acme-2023-q3' },
  periods: [],
  errors: [],
  facts: [],
  tables: [
    {
      id: 'segments',
      title: 'Segment data',
      columns: [{ key: '2023-q3', header: 'September 30, 2023' }],
      rows: Array.from({ length: ROWS }, (_, i) => ({ kind: 'values', id: `segment-${i}`, label: `Segment ${i}`, cells: [null], labelFacts: [], reading: { unit: 'money', scale: 'millions', evidence: 'the table' } })),
    },
  ],
} as unknown as Release;

vi.mock('../../src/lib/ingest/index.ts', async (original) => ({ ...(await original<object>()), loadRelease: () => release }));
const { factsCommand } = await import('../../src/cli/facts.ts');

describe('tieout facts on a table of many rows', () => {
  test.each([['text'], ['json'], ['csv'], ['jsonl']] as const)('%s: every row printed, no stack overflow', (format) => {
    const out: string[] = [];
    const err: string[] = [];
    expect(factsCommand(['data/releases/acme-2023-q3'], format, { out: (t) => out.push(t), err: (t) => err.push(t) })).toBe(0);
    expect(err).toEqual([]);
    if (format === 'text') expect(out.join('').split('\n').filter((l) => l.startsWith('  row segment-')).length).toBe(ROWS);
  });
});
