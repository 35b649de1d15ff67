// A bare "Total" read as the run of lines just above it (src/lib/checks/structure.ts, `suffixReadings`): where no run
// can sum in every column, one that sums in all but one is read only where the other columns bear it out, summing
// exactly in another column of the failing one's measure. PepsiCo's 4Q22 "Net Revenue Year over Year % Change" (test/
// fixtures/checks/corpus/pep-2022-q4-revenue-impacts, README there): each division's reported change and the impacts of
// currency, acquisitions and the 53rd week in points, and the company's "Total", no sum of the divisions' figures; a
// run of impacts of a point or two holds "within rounding" in one column and is no evidence of a sum in another.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const PEP = 'pep-2022-q4-revenue-impacts';

describe('a bare total over a run of lines, read only where the figures bear it out', () => {
  test("PepsiCo's company total of impacts in points is no sum of its divisions': nothing is accused", () => {
    const checks = excerpt(PEP).checks;
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => `${c.id}: ${c.explanation}`)).toEqual([]);
    // The currency column's "Total" 3 against the five lines above summing to 26: no reading of a sum is published.
    expect(checks.filter((c) => c.kind === 'footing' && c.id.endsWith('/total/foreign-exchange-translation') && c.verdict !== 'unverifiable')).toEqual([]);
  });
});
