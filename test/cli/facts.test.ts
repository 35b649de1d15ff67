import { describe, expect, test } from 'vitest';
import { runBin } from '../support/cli.ts';
import { main } from '../../src/cli/main.ts';

/** Runs the real executable (bin/tieout.mjs) on this test's Node, as `npx tieout` does. */
const tieout = (...args: string[]) => runBin(args);

describe('tieout facts', () => {
  test('--json lists every fact with its id, table, row, label, period, value, unit, scale, decimals, raw, line and column', () => {
    const { status, stdout, stderr } = tieout('facts', 'data/releases/inap-2010-q2', '--json');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const facts = JSON.parse(stdout);
    expect(facts.length).toBeGreaterThan(300);
    for (const key of ['id', 'table', 'row', 'label', 'period', 'value', 'unit', 'scale', 'decimals', 'raw', 'line', 'column']) {
      expect(facts.every((f: Record<string, unknown>) => key in f)).toBe(true);
    }
    expect(facts.find((f: { id: string }) => f.id === 'inap-2010-q2/adjusted-ebitda/stock-based-compensation/2010-q2')).toMatchObject({
      value: '1444', unit: 'USD', scale: 3, decimals: 0, period: '2010-q2', line: 304,
    });
  });

  test('--csv prints a header and one line per fact', async () => {
    const out: string[] = [];
    const status = await main(['facts', 'data/releases/inap-2010-q2', '--csv'], { out: (t) => out.push(t), err: () => {} });
    expect(status).toBe(0);
    const lines = out.join('').trim().split(/\r?\n/);
    expect(lines[0]).toBe('id,table,row,label,section,concept,period,dimension,value,status,unit,scale,decimals,raw,line,column,total,underlined,dollar,footnotes,origin');
    const json: unknown[] = [];
    await main(['facts', 'data/releases/inap-2010-q2', '--json'], { out: (t) => json.push(...JSON.parse(t)), err: () => {} });
    expect(lines.length - 1).toBe(json.length);
  });

  test('the readable form prints one table per release table, with row ids and periods', async () => {
    const out: string[] = [];
    await main(['facts', 'data/releases/inap-2010-q2'], { out: (t) => out.push(t), err: () => {} });
    const text = out.join('');
    expect(text).toContain('adjusted-ebitda — RECONCILIATION OF LOSS FROM OPERATIONS TO ADJUSTED EBITDA (in thousands)');
    expect(text).toMatch(/stock-based-compensation\s+Stock-based compensation\s+1444\s+991\s+1308/);
  });

  test('the readable form shows each table\'s reading with its evidence: the unit statement, each column\'s period and dates, each row\'s unit and scale', async () => {
    const out: string[] = [];
    await main(['facts', 'data/releases/inap-2010-q2'], { out: (t) => out.push(t), err: () => {} });
    const table = out.join('').split('\n\nadjusted-ebitda — ')[1];
    expect(table).toContain('\n  unit statement: the table\'s statement "(in thousands)", printed in its title\n');
    expect(table).toContain('\n  column 2010-q2: Q2 2010, 2010-04-01 to 2010-06-30 (its header "Three Months Ended June 30, 2010")\n');
    expect(table).toContain(
      '\n  row stock-based-compensation: USD, scale 3 (money: no word of its label, section or column says otherwise; scale: the table\'s statement "(in thousands)", printed in its title)\n',
    );
  });

  // A release whose tables were read with a located problem is read: exit 0, the problem on stderr (issue 29); --strict fails it.
  test('a located problem in a table: listed on stderr as file:line:column, no stack trace, exit 0; --strict exits 2', () => {
    const { status, stdout, stderr } = tieout('facts', 'test/fixtures/ingest/bad-release', '--json');
    expect(status).toBe(0);
    expect(JSON.parse(stdout).length).toBeGreaterThan(0);
    expect(stderr).toBe(
      'test/fixtures/ingest/bad-release/release.txt:10:15: expected at most 2 values (one per period: 2010-q2, 2009-q2); found 3\n',
    );
    expect(tieout('facts', 'test/fixtures/ingest/bad-release', '--json', '--strict').status).toBe(2);
  });

  test('a release with no table at all could not be read as one: exit 2', () => {
    const { status, stderr } = tieout('facts', 'test/fixtures/ingest/no-tables');
    expect(status).toBe(2);
    expect(stderr).toBe('test/fixtures/ingest/no-tables/release.txt:1:1: expected at least one table (lines of tab-separated cells under a header row naming the periods); found none\n');
  });

  test('a missing release exits 2 naming the file it expected', () => {
    const { status, stderr } = tieout('facts', 'data/releases/no-such-release');
    expect(status).toBe(2);
    expect(stderr).toBe('data/releases/no-such-release/release.txt:1:1: expected the release text in release.txt\n');
  });

  test('usage errors exit 2', () => {
    expect(tieout('facts').status).toBe(2);
    expect(tieout('frobnicate', 'x').status).toBe(2);
  });
});
