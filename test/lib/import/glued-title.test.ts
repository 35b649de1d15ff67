// Title lines a wire converter glued into one (src/lib/import/glued-title.ts), parted where the glue shows; names
// printed in camel case and titles with spaces stay whole.
import { describe, expect, test } from 'vitest';
import { ungluedTitle } from '../../../src/lib/import/glued-title.ts';

describe('ungluedTitle', () => {
  test.each([
    // Byrna, 4Q24 (../shared/unseen-edgar-s11/byrn-fy2024-q4.md:123, :154).
    ['BYRNA TECHNOLOGIES INC.Condensed Consolidated Statements of Operations and Comprehensive Income (Loss)(Amounts in thousands except share and per share data)(Unaudited)',
      ['BYRNA TECHNOLOGIES INC.', 'Condensed Consolidated Statements of Operations and Comprehensive Income (Loss)', '(Amounts in thousands except share and per share data)', '(Unaudited)']],
    ['BYRNA TECHNOLOGIES INC.Condensed Consolidated Balance Sheets(Amounts in thousands, except share and per share data)',
      ['BYRNA TECHNOLOGIES INC.', 'Condensed Consolidated Balance Sheets', '(Amounts in thousands, except share and per share data)']],
    // Brookfield, 2024 (../shared/corpus/bn-2024-fy.md:42).
    ['UnauditedFor the periods ended December 31(US$ millions, except per share amounts)', ['Unaudited', 'For the periods ended December 31', '(US$ millions, except per share amounts)']],
    ['Condensed Consolidated Statements of Cash FlowsUnaudited', ['Condensed Consolidated Statements of Cash Flows', 'Unaudited']],
    // Whole: spaces where the lines meet, a parenthesis that is part of the title, names in camel case, initials.
    ['Revenue (in millions)', ['Revenue (in millions)']],
    ['Income (Loss)', ['Income (Loss)']],
    ['PayPal Holdings, Inc.', ['PayPal Holdings, Inc.']],
    ['BlackRock Inc.', ['BlackRock Inc.']],
    ['U.S.Bancorp', ['U.S.Bancorp']],
    // Royalty Pharma, 4Q24 (../shared/corpus/rprx-2024-q4.md:252, :281): the name's "plc" glued to the title, the
    // audit note glued to the table's number.
    ['Royalty Pharma plcCondensed Consolidated Operations (unaudited)Table 1', ['Royalty Pharma plc', 'Condensed Consolidated Operations (unaudited)', 'Table 1']],
    ['Royalty Pharma plcSelected Balance Sheet Data (unaudited)Table 2', ['Royalty Pharma plc', 'Selected Balance Sheet Data (unaudited)', 'Table 2']],
    ['Royalty Pharma plcFourth Quarter and Full Year Portfolio Receipts Highlights (unaudited)Table 5', ['Royalty Pharma plc', 'Fourth Quarter and Full Year Portfolio Receipts Highlights (unaudited)', 'Table 5']],
    ['Royalty Pharma plcGAAP to Non-GAAP Reconciliation (unaudited)Table 4', ['Royalty Pharma plc', 'GAAP to Non-GAAP Reconciliation (unaudited)', 'Table 4']],
    // Farmers & Merchants Bancshares, 2024 (../shared/corpus/fmbs-2024-fy.md:62) and Palomar, 4Q24 (corpus-extra/plmr-2024-q4.md):
    // the group's "and Subsidiaries" glued to the statement's title.
    ['Farmers and Merchants Bancshares, Inc. and SubsidiariesConsolidated Balance Sheets(Unaudited)', ['Farmers and Merchants Bancshares, Inc. and Subsidiaries', 'Consolidated Balance Sheets', '(Unaudited)']],
    ['Palomar Holdings, Inc. and SubsidiariesCondensed Consolidated Balance Sheets (unaudited)', ['Palomar Holdings, Inc. and Subsidiaries', 'Condensed Consolidated Balance Sheets (unaudited)']],
    ['Acme Corp. and SubsidiaryStatements of Cash Flows', ['Acme Corp. and Subsidiary', 'Statements of Cash Flows']],
    // PennantPark Investment, 1Q FY2025 (set s28, pnnt-fy2025-q1.md): in capitals, a name's last word glued to a title's first.
    ['PENNANTPARK INVESTMENT CORPORATION AND SUBSIDIARIESCONSOLIDATED STATEMENTS OF OPERATIONS', ['PENNANTPARK INVESTMENT CORPORATION AND SUBSIDIARIES', 'CONSOLIDATED STATEMENTS OF OPERATIONS']],
    ['ACME HOLDINGSBALANCE SHEETS', ['ACME HOLDINGS', 'BALANCE SHEETS']],
    ['ACME GROUPSTATEMENTS OF INCOME', ['ACME GROUP', 'STATEMENTS OF INCOME']],
    // Watts Water, 4Q24 (set s28, wts-2024-q4.md): a table's number glued to its title; never a number glued to a year.
    ['TABLE 3SEGMENT INFORMATION - RECONCILIATION OF NET SALES TO NON-GAAP ORGANIC SALES(Amounts in millions)', ['TABLE 3', 'SEGMENT INFORMATION - RECONCILIATION OF NET SALES TO NON-GAAP ORGANIC SALES', '(Amounts in millions)']],
    ['TABLE 62025 FULL YEAR OUTLOOK', ['TABLE 62025 FULL YEAR OUTLOOK']],
    // Words in capitals that only begin like a name's last word, or go on past a title's first, stay whole.
    ['NET INCOME', ['NET INCOME']],
    ['TRUSTEES REPORT', ['TRUSTEES REPORT']],
    ['TRUSTKEYNOTE', ['TRUSTKEYNOTE']],
    // Names in camel case after a name's word, with no title's word after them, stay whole.
    ['Itaú CorpBanca', ['Itaú CorpBanca']],
    ['Acme Holdings Group', ['Acme Holdings Group']],
    ['TrustCo Bancorp', ['TrustCo Bancorp']],
    // Legrand, 2024: a note mark after the unit statement is the title's.
    ['Consolidated data (€ millions)(1)', ['Consolidated data (€ millions)(1)']],
  ])('%s', (line, expected) => {
    expect(ungluedTitle(line)).toEqual(expected);
  });
});
