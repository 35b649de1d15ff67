/** Sizes: long tables, long lines, many tables; all read in seconds, run with a time limit. */
import { expect } from 'vitest';
import type { Case } from './harness.ts';

const table = (rows: number) =>
  `ACME CORP\nCONDENSED SEGMENT DATA\n(In thousands)\n\tJune 30, 2010\tDecember 31, 2009\n${Array.from({ length: rows }, (_, i) => `Segment ${i + 1}\t${i + 1}\t${i + 2}`).join('\n')}\n`;

export const sizes: Case[] = [
  {
    name: 'a table of 60,000 rows',
    files: { 'release.txt': (t) => `${t}\n${table(60_000)}` },
    expect: { reads: (run) => expect(run.facts.filter((f) => f.table.includes('segment')).length).toBe(120_000) },
    isolate: true,
    commands: ['facts'],
  },
  {
    name: 'a prose line of a million characters',
    files: { 'release.txt': (t) => t.replace('Revenue was', `${'word '.repeat(200_000)}Revenue was`) },
    expect: { accepted: 'a long paragraph is prose; the tables are read as before', check: (run) => expect(run.facts.filter((f) => f.origin === 'cell')).toHaveLength(20) },
    isolate: true,
  },
  {
    // Issue 30: `check` on one 5 MB prose line ran past ten minutes. A line no reader reads as one paragraph is not
    // read for claims, with a located problem; the tables are checked as before.
    name: 'a prose line of five million characters, full of figures',
    files: { 'release.txt': (t) => t.replace('Revenue was', `${'Revenue was $1.2 million, up 5% from the prior year. '.repeat(95_000)}Revenue was`) },
    expect: { error: { file: 'release.txt', message: /numbers, more than the 2,000 a paragraph is read to for claims/ } },
    isolate: true,
    commands: ['check'],
  },
  {
    // Issue 30: a line of five million characters and fewer figures than the limit, with no full stop, is one
    // sentence; each growth in it read every figure of it again (four minutes of processor time), now once.
    name: 'a prose line of five million characters and a thousand figures, with no full stop',
    files: {
      'release.txt': (t) =>
        t.replace(
          'Revenue was',
          `${Array.from({ length: 50_000 }, (_, i) => (i % 53 === 0 ? 'revenue was $1.2 million, up 5% from the prior year, and ' : 'the company continued to invest in its network and its people across all of its regions, and ')).join('')}Revenue was`,
        ),
    },
    expect: { accepted: 'a long sentence is read for claims in time proportional to its length', check: (run) => expect(run.checks.length).toBeGreaterThan(0) },
    isolate: true,
    commands: ['check'],
  },
  {
    name: 'a hundred thousand blank lines',
    files: { 'release.txt': (t) => t.replace('\n\nACME CORP\nCONDENSED BALANCE', `${'\n'.repeat(100_000)}ACME CORP\nCONDENSED BALANCE`) },
    expect: { reads: (run) => expect(run.facts.find((f) => f.id.endsWith('/total-assets/2010-06-30'))?.line).toBe(100_023) },
    isolate: true,
  },
  {
    name: 'two thousand small tables',
    files: { 'release.txt': (t) => `${t}\n${Array.from({ length: 2_000 }, (_, i) => `Table ${i + 1}\n\tJune 30, 2010\tDecember 31, 2009\nItem\t${i}\t${i + 1}\n`).join('\n')}` },
    expect: { reads: (run) => expect(run.facts.filter((f) => f.origin === 'cell').length).toBe(20 + 4_000) },
    isolate: true,
    commands: ['facts'],
  },
  {
    name: 'the bundled release twenty times over',
    base: 'inap',
    files: { 'release.txt': (t) => t.repeat(20) },
    expect: { accepted: 'repeated tables are read as more tables with their own ids; nothing is lost', check: (run) => { expect(run.facts.length).toBeGreaterThan(6_000); expect(run.facts.length % 20).toBe(0); } },
    isolate: true,
    commands: ['facts'],
  },
];
