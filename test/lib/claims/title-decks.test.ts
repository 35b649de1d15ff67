// Criteo's 1Q20 exhibit 99.1 (unseen set s13; excerpt test/fixtures/claims/crto-2020-q1) sets a deck under its headline,
// "AMIDST A CHALLENGING ENVIRONMENT", before its dateline paragraph "NEW YORK - April 29, 2020 - Criteo S.A. …". Read as
// the heading of the highlights below, it qualified every one of them: "the words name “AMIDST A CHALLENGING ENVIRONMENT
// Revenue”, which no table prints", and none was checked. The headings above the dateline are the title's; they head
// nothing of the body, as a dateline standing alone closes them already; and a deck that names no period leaves the
// headline's ("FIRST QUARTER 2020") the topic of the body, as it is where no deck is set.
import { describe, expect, test } from 'vitest';
import { analyzeClaims } from '../../../src/lib/claims/index.ts';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { loadCompanyModel } from '../../../src/lib/model/index.ts';

const release = loadRelease('test/fixtures/claims/crto-2020-q1');
// No company model: the base model alone, as `tieout claims` reads a release imported a moment ago.
const { model } = loadCompanyModel('test/fixtures/claims/crto-2020-q1/no-model.yaml', 'no-model.yaml', 'crto');
const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;
const outcome = (text: string, start: string, figure: string) => {
  const { numbers, checks } = analyzeClaims(parseRelease(text, release.meta, model, release.file), { claims: null, model });
  const n = numbers.find((x) => x.line === lineOf(text, start) && x.text === figure)!;
  return { status: n.status, verdict: n.status === 'linked' ? (checks.find((c) => c.id === n.check)?.verdict ?? null) : null, reason: n.status === 'unlinked' ? n.reason : null };
};

describe('a deck under the headline heads nothing below the dateline', () => {
  test.each([
    // [line opening, figure, verdict]
    ['- Revenue decreased 10%', '10%', 'rounding'],
    ['- Net income decreased 23%', '3%', 'rounding'],
  ])('%s: %s is linked (%s)', (start, figure, verdict) => {
    expect(outcome(release.text, start, figure)).toMatchObject({ status: 'linked', verdict });
  });

  test('a wrong figure there is a mismatch', () => {
    const text = release.text.replace('Revenue decreased 10% year-over-year', 'Revenue decreased 12% year-over-year');
    expect(outcome(text, '- Revenue decreased 12%', '12%')).toMatchObject({ status: 'linked', verdict: 'mismatch' });
  });

  test('below a heading of the body, the heading still qualifies the words', () => {
    const text = release.text.replace('- Revenue decreased', 'Data Center\n\n- Revenue decreased');
    expect(outcome(text, '- Revenue decreased 10%', '10%')).toMatchObject({ status: 'unlinked' });
    expect(outcome(text, '- Revenue decreased 10%', '10%').reason).toContain('Data Center');
  });

  // Oracle's FY22 Q4 exhibit (unseen-edgar-s19/orcl-fy2022-q4.txt) sets its contacts block, each line alone, right above
  // its headline and highlights: "Oracle Corporate Communications" or "deborah.hellinger@oracle.com" read as the heading of
  // "Total Q4 Revenue $11.8 billion, up 5%" left it unchecked.
  test.each([
    ['an e-mail address', 'Contacts:\n\nJane Doe\n\nCriteo Investor Relations\n\ninvestors@criteo.com'],
    ['a department under "Contacts:"', 'Contacts:\n\nJane Doe\n\nCriteo Investor Relations'],
    ['a telephone number', 'Media Contact\n\nJohn Roe\n\n+33 1 40 40 22 29'],
  ])('a contacts block ending on %s heads nothing', (_, block) => {
    const text = release.text.replace('- Revenue decreased', `${block}\n\n- Revenue decreased`);
    expect(outcome(text, '- Revenue decreased 10%', '10%')).toMatchObject({ status: 'linked', verdict: 'rounding' });
  });
});
