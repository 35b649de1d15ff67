/** Ids are permalinks: readable slugs, unique, whatever the printed text. */
import { expect } from 'vitest';
import { replaceLine, type Case, type Run } from './harness.ts';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const tables = (run: Run) => [...new Set(run.facts.map((f) => f.table))];

export const ids: Case[] = [
  { name: 'a release folder with spaces and capitals', folder: 'Acme Q2 2010', files: {}, expect: { error: { file: 'release.yaml', message: /release id|folder|slug/i } } },
  { name: 'a release folder with non-ASCII letters', folder: 'acmé-2010-q2', files: {}, expect: { error: { file: 'release.yaml', message: /release id|folder|slug/i } } },
  {
    name: 'two tables with the same title',
    files: { 'release.txt': (t) => t.replace('CONDENSED BALANCE SHEETS', 'CONDENSED STATEMENTS OF OPERATIONS') },
    expect: { reads: (run) => expect(tables(run)).toHaveLength(2) },
  },
  {
    name: 'a table title of punctuation only',
    files: { 'release.txt': (t) => t.replace('ACME CORP\nCONDENSED BALANCE SHEETS\n', '***\n') },
    expect: { reads: (run) => { for (const t of tables(run)) expect(t).toMatch(SLUG); } },
  },
  {
    name: 'labels differing only in case',
    files: { 'release.txt': replaceLine(12, (l) => `${l}\nSERVICES\t1\t2`) },
    expect: { reads: (run) => expect(run.facts.filter((f) => f.table === 'statement-of-operations' && /services/i.test(f.label) && f.origin === 'cell')).toHaveLength(4) },
  },
  {
    name: 'a label whose slug is empty',
    files: { 'release.txt': replaceLine(12, () => '%%%\t500\t300') },
    expect: { reads: (run) => { for (const f of run.facts) expect(f.row).toMatch(/^[a-z0-9][a-z0-9.-]*$/); } },
  },
  {
    name: 'the same label in two sections',
    files: { 'release.txt': replaceLine(14, (l) => `Costs:\t\t\nServices\t100\t90\n${l}`) },
    expect: { reads: (run) => expect(run.facts.filter((f) => f.label === 'Services' && f.origin === 'cell')).toHaveLength(4) },
  },
];
