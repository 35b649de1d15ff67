import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { exceptedNames, inExceptedSection } from '../../../src/lib/ingest/excepted-sections.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

/**
 * A unit statement's exception that names a section of the table ("(In thousands, except rig
 * activity)"): the rows under "Rig activity:" are not thousands of dollars. Those of a block that
 * prints a currency symbol are dollars in units (daily rig revenue), the others counts (rigs
 * working). The fixture is Nabors' segment table (test/fixtures/import/wire/nbr-2024-q4-rig-activity.md)
 * as `tieout import` writes it.
 */
describe('exceptions of a unit statement that name a section', () => {
  test.each([
    ['(In thousands, except rig activity)', ['rig activity']],
    ['(In thousands, except per share amounts)', []],
    ['(In thousands, except share and per share data)', []],
    ['(Dollars in millions, except per ton amounts)', []],
    ['(In thousands, except ratios and number of stores)', ['ratio', 'number of store']],
    ['(In millions)', []],
  ])('%s names %j', (note, names) => expect(exceptedNames(note)).toEqual(names));

  test.each([
    [['Rig activity:', 'Average Rigs Working: (7)'], true],
    [['Rig Activity'], true],
    [['Operating revenues:'], false],
    [['Rig activity summary:'], false],
  ])('a row under %j is excepted: %s', (sections, expected) => expect(inExceptedSection(['rig activity'], sections)).toBe(expected));

  const meta: ReleaseMeta = {
    id: 'nbr', title: 'x', company: 'x', name: 'x', ticker: 'X', exchange: '', fiscalYearEnd: '12-31',
    fiscalPeriod: '2024-q4', releaseDate: '2025-02-11', currency: 'USD', scale: 3,
  };
  const file = 'test/fixtures/ingest/forms/nbr-2024-q4-rig-activity.txt';
  const release = parseRelease(readFileSync(file, 'utf8'), meta, emptyModel, file);
  const fact = (label: string, raw: string) => {
    const found = release.facts.filter((f) => f.label === label && f.raw === raw);
    expect(found).toHaveLength(1);
    return found[0]!;
  };

  test.each([
    // label, printed, unit, scale, period: as the table's reader reads them
    ['U.S. Drilling', '$ 241,637', 'USD', 3, '2024-q4'],
    ['Total operating revenues', '$ 3,005,981', 'USD', 3, '2023-fy'],
    ['Total average rigs working', '157.5', 'count', 0, '2024-q4'],
    ['International Drilling', '77.6', 'count', 0, '2023-fy'],
    ['Other US', '62,624', 'USD', 0, '2024-q4'],
    ['Other US', '66,352', 'USD', 0, '2024-q3'],
  ] as const)('%s %s is %s at scale %s in %s', (label, raw, unit, scale, period) => {
    expect(fact(label, raw)).toMatchObject({ unit, scale, period });
  });
});
