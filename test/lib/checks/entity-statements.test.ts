// Two statements of one kind, each in full, in one release (src/lib/checks/entity-statements.ts): the group's and the
// company's own, as IFRS reports print them (unseen set s16, class E). Derrimon prints the group's cash flow (page 9)
// and the company's (page 10) with no title; "Differred tax liability" Q1 2022 is (5,090) in one and (2,369) in the
// other (excerpt dtl-2023-q1-cash-flows). Everything Fresh prints "CONSOLIDATED STATEMENT OF CASH FLOWS" on page 5 (over
// a table titled only "$,000") and "STATEMENT OF CASH FLOWS" on page 10: cash at 31 December 2021 (18,852) and (29,830)
// (excerpt fresh-2022-q2-cash-flows). Tied as one line printed twice they were mismatches; a tie between two such
// statements is judged only where the release says both are of one entity, and otherwise is unverifiable, saying why.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const DTL = 'dtl-2023-q1-cash-flows';
const FRESH = 'fresh-2022-q2-cash-flows';
const DTL_TIE = 'tie/differred-tax-liability/2022-q1';
const FRESH_TIE = 'tie/cash/2021-12-31';
const PAGE_9 = '*End of Page 8* --- ### Page 9';
const PAGE_10 = '*End of Page 9* --- ### Page 10';
const FRESH_COMPANY = 'EVERYTHING FRESH LIMITED STATEMENT OF CASH FLOWS';

describe('twoStatements: a tie between two statements of one kind', () => {
  test.each([
    // [excerpt, edits, tie, words of its explanation]
    [DTL, [], DTL_TIE, 'Two statements of one kind: entity not established.'],
    [FRESH, [], FRESH_TIE, 'Two statements of one kind: entity not established.'],
    // Headings naming the two entities: the group's and the company's own, never one line.
    [DTL, [[PAGE_9, `${PAGE_9} Group Statement of Cash Flows`], [PAGE_10, `${PAGE_10} Company Statement of Cash Flows`]], DTL_TIE, "are the group's (consolidated) and the company's own"],
    [FRESH, [[FRESH_COMPANY, 'EVERYTHING FRESH LIMITED COMPANY STATEMENT OF CASH FLOWS']], FRESH_TIE, "are the group's (consolidated) and the company's own"],
  ] as const)('%s edited %j: %s is unverifiable', (id, edits, tie, words) => {
    const c = excerpt(id, edits.map(([a, b]) => [a, b])).check(tie);
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).toContain(words);
  });

  test.each([
    // Both said to be the group's: one entity's statement printed twice, and the tie is judged.
    [DTL, [[PAGE_9, `${PAGE_9} Group Statement of Cash Flows`], [PAGE_10, `${PAGE_10} Consolidated Statement of Cash Flows`]], DTL_TIE],
    [FRESH, [[FRESH_COMPANY, 'EVERYTHING FRESH LIMITED CONSOLIDATED STATEMENT OF CASH FLOWS']], FRESH_TIE],
  ] as const)('%s edited %j: %s stays a mismatch', (id, edits, tie) => {
    expect(excerpt(id, edits.map(([a, b]) => [a, b])).check(tie).verdict).toBe('mismatch');
  });
});

describe('a figure of either statement printed wrong is still a mismatch', () => {
  test.each([
    // Each statement's own sums catch its figures, the tie between them aside.
    [DTL, 'Differred tax liability\t-\t(2,369)', 'Differred tax liability\t-\t(3,369)', 'footing/note-2/net-cash-used-financing-activities/2022-q1'],
    [DTL, 'Differred tax liability\t\t(5,090)', 'Differred tax liability\t\t(6,090)', 'footing/note/net-cash-used-financing-activities/2022-q1'],
    [FRESH, 'Lease payments\t(10,581)', 'Lease payments\t(11,581)', 'footing/end-of-page-9/cash-used-in-provided-by-financing-activities/2022-h1'],
  ] as const)('%s: %s printed %s makes %s a mismatch', (id, from, to, check) => {
    alteredIsMismatch(id, from, to, check);
  });
});

// Everything Fresh's two cash flows read with their periods (excerpt fresh-2022-q2-cash: the group's "2022 June | 2021 June
// | 2021 December" under "CONSOLIDATED … SIX MONTHS ENDED 30 JUNE 2022" is now the half years and the year, as the
// company's "2022 six months | 2021 six months | 2021 twelve months December" are). The company is most of the group:
// "Loan received" is 92,021 in both for H1 2021 and 248,292 for 2021, then 165,790 and 155,913 for H1 2022. Periods that
// agree do not make the group's line and the company's one line where the release names one statement consolidated
// and not the other; nor do blocks of the two reaching their results from lines printed alike.
describe('ofTwoEntities: the group\'s statement and the company\'s own, alike in some periods', () => {
  const ID = 'fresh-2022-q2-cash';
  test.each([
    ['tie/loan-received/2022-h1'],
    ['tie/purchase-of-property-plant-and-equipment/2022-h1'],
    ['tie/cash/2021-12-31'],
  ])('%s is unverifiable, not a mismatch', (tie) => {
    const c = excerpt(ID).check(tie);
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).toContain('Two statements of one kind');
  });

  test('no block of one is tied to a block of the other', () => {
    expect(excerpt(ID).checks.filter((c) => c.id.startsWith('tie/') && c.id.endsWith('/block')).map((c) => c.id)).toEqual([]);
  });
});
