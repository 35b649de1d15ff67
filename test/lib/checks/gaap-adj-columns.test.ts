// Oracle's reconciliations print each period as a group of columns, "2022 GAAP | Adj. | 2022 Non-GAAP | 2021 GAAP |
// Adj. | 2021 Non-GAAP", under one span "Three Months Ended May 31," (4Q FY2022, unseen set s19; excerpt
// test/fixtures/checks/corpus/orcl-fy2022-q4-gaap-adj). A reader takes each "Adj." column as the period of the
// columns either side of it (src/lib/ingest/columns.ts), and each Non-GAAP column as its GAAP column plus its
// adjustments (src/lib/checks/column-reconciliation.ts, group by group); a note's line "(4) … was as follows:"
// ends the table above it (src/lib/ingest/layout.ts): its schedule by fiscal year, printed with no header, is a table
// of its own (src/lib/ingest/schedule-rows.ts), not short rows of the table above; "(51) bp." is basis points.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatIssue } from '../../../src/lib/ingest/index.ts';
import { fromFiles } from './no-model.ts';

const DIR = 'test/fixtures/checks/corpus/orcl-fy2022-q4-gaap-adj';
const orcl = fromFiles('orcl-fy2022-q4', `${DIR}/release.txt`, `${DIR}/release.yaml`);
const TABLE = 'footing/q4-fiscal-2022-financial-results-reconciliation';

describe('an "Adj." column between two columns of one period', () => {
  test.each([
    ['TOTAL OPERATING EXPENSES', '$ (1,087)', '2022-q4', 'adj'],
    ['TOTAL OPERATING EXPENSES', '$ (908)', '2021-q4', 'adj'],
    ['OPERATING INCOME', '$ 1,087', '2022-q4', 'adj'],
  ])('%s %s is %s, %s', (label, raw, period, dimension) => {
    const fact = orcl.release.facts.find((f) => f.label === label && f.raw === raw && f.table.startsWith('q4-'));
    expect(fact?.period).toBe(period);
    expect(fact?.dimension).toBe(dimension);
  });

  test('no header of the excerpt is reported unread, nor a row of the schedule short', () => {
    const messages = orcl.release.errors.map(formatIssue);
    expect(messages.filter((m) => /names 3 months but not their year|expected 6 cells|found '\(\d+\) bp\.'/.test(m))).toEqual([]);
  });
});

describe('each Non-GAAP column is its GAAP column plus its adjustments, period by period', () => {
  test.each([
    // 7,337 − 1,087 = 6,250
    [`${TABLE}/total-operating-expenses/2022-q4.non-gaap/columns`, 'exact', '6250'],
    // 4,541 + 908 = 5,449
    [`${TABLE}/operating-income/2021-q4.non-gaap/columns`, 'exact', '5449'],
    // 11,840 and a dash: the dash adds nothing
    [`${TABLE}/total-revenues/2022-q4.non-gaap/columns`, 'exact', '11840'],
  ])('%s → %s (%s)', (id, verdict, computed) => {
    const c = orcl.check(id);
    expect(c.verdict).toBe(verdict);
    expect(c.computed).toBe(computed);
  });

  test('an adjustment printed wrong is a mismatch in its group alone', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const text = readFileSync(`${DIR}/release.txt`, 'utf8').replace('OPERATING INCOME\t$ 4,503\t$ 1,087', 'OPERATING INCOME\t$ 4,503\t$ 1,187');
    const tmp = mkdtempSync(join(tmpdir(), 'tieout-orcl-'));
    writeFileSync(join(tmp, 'release.txt'), text);
    const altered = fromFiles('orcl-fy2022-q4', join(tmp, 'release.txt'), `${DIR}/release.yaml`);
    expect(altered.check(`${TABLE}/operating-income/2022-q4.non-gaap/columns`).verdict).toBe('mismatch');
    expect(altered.check(`${TABLE}/operating-income/2021-q4.non-gaap/columns`).verdict).toBe('exact');
  });
});

describe('a note ending "was as follows:" ends the table above it', () => {
  test('the stock-based compensation table keeps its six columns; the schedule is not read into it, but as a table of its own', () => {
    const total = orcl.release.facts.filter((f) => f.label === 'Total stock-based compensation');
    expect(total.map((f) => f.period)).toEqual(['2022-fy', '2022-fy', '2022-fy', '2021-fy', '2021-fy', '2021-fy']);
    const stockComp = orcl.release.tables.find((t) => t.rows.some((r) => r.label === 'Total stock-based compensation'));
    expect(stockComp?.rows.map((r) => r.label)).not.toContain('Fiscal 2023');
    // The schedule is a table of its own, each line of the fiscal year it names (src/lib/ingest/schedule-rows.ts).
    const line = readFileSync(`${DIR}/release.txt`, 'utf8').split('\n').findIndex((l) => l.startsWith('Fiscal 2023')) + 1;
    expect(orcl.release.errors.filter((e) => e.line === line)).toEqual([]);
    expect(orcl.release.facts.filter((f) => f.label === 'Fiscal 2023').map((f) => [f.period, f.value])).toEqual([['2023-fy', '750']]);
  });

  test('"(51) bp." is a change of the margin in basis points', () => {
    const bp = orcl.release.facts.filter((f) => f.raw === '(51) bp.');
    expect(bp.map((f) => [f.value?.toString(), f.unit])).toEqual([['-51', 'basis-points']]);
  });
});
