// A headline set in capitals (Chimera Investment's 4Q24, ../shared/corpus/cim-2024-q4.md; excerpt
// test/fixtures/checks/corpus/cim-2024-q4-headline): "GAAP NET INCOME OF $90 MILLION, OR $1.10 PER DILUTED COMMON
// SHARE". Before, "MILLION" was not read as a scale (the figure was $90); read as $90 million, it names the share of
// net income the per-share figure divides: the statement's "Net income (loss) available to common shareholders"
// (90,329 thousand), not "Net income (loss)" above it (176,065 thousand), which would have been a false mismatch.
// PNC's 1Q22 running head (../shared/corpus/pnc-2022-q1.htm), "$3.23 Diluted EPS or $3.29 As Adjusted": a figure on
// another basis than the tables' diluted EPS.
import { describe, expect, test } from 'vitest';
import { analyzeClaims } from '../../../src/lib/claims/index.ts';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';

const release = loadRelease('test/fixtures/checks/corpus/cim-2024-q4-headline');
const claims = (text: string) => analyzeClaims(parseRelease(text, release.meta, emptyModel, release.file), { claims: null, model: emptyModel });

describe('a headline in capitals: its scale words read, its net income the share per-share figures divide', () => {
  test('"$90 MILLION" is $90 million of net income available to common shareholders, within rounding', () => {
    const { numbers, checks } = claims(release.text);
    const n = numbers.find((x) => x.line === 3 && x.text === '$90 MILLION')!;
    expect(n).toMatchObject({ status: 'linked' });
    const check = checks.find((c) => c.reported.text === '$90 MILLION')!;
    expect(check.verdict).toBe('rounding');
    expect(check.inputs.join()).toContain('net-income-loss-available-to-common-shareholders/2024-fy');
    expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });

  test('printed $80 MILLION instead, a figure neither line states: a mismatch', () => {
    const { checks } = claims(release.text.replace('$90 MILLION', '$80 MILLION'));
    expect(checks.find((c) => c.reported.text === '$80 MILLION')?.verdict).toBe('mismatch');
  });

  test('printed $176 MILLION instead, the line before preferred dividends: which line is meant is not established', () => {
    const { numbers, checks } = claims(release.text.replace('$90 MILLION', '$176 MILLION'));
    expect(numbers.find((x) => x.text === '$176 MILLION')).toMatchObject({ status: 'unlinked', reason: expect.stringContaining('which one the words mean is not established') });
    expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });

  test('"$3.29 As Adjusted" after the diluted EPS is a figure on another basis: unlinked, never a mismatch', () => {
    const text = release.text.replace('- FULL YEAR EARNINGS', 'Full year 2024 net income of $90 million, $1.10 diluted EPS or $1.13 As Adjusted\n\n- FULL YEAR EARNINGS');
    const { numbers, checks } = claims(text);
    const n = numbers.find((x) => x.text === '$1.13')!;
    expect(n).toMatchObject({ status: 'unlinked', reason: expect.stringContaining('another basis') });
    expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });
});
