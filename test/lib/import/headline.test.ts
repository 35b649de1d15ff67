/**
 * The headline drafted as a release's title: in an SEC form that carries the release (an 8-K with its exhibit 99.1
 * inline, an EDGAR submission), the exhibit's headline, not the form's "CURRENT REPORT Pursuant to Section 13 or 15(d)
 * of the Securities Exchange Act of 1934", which 20 EDGAR submissions of ../shared were titled by before.
 */
import { describe, expect, test } from 'vitest';
import { findHeadline } from '../../../src/lib/import/headline.ts';
import { scanText } from '../../../src/lib/import/scan-text.ts';

const text = (...paragraphs: string[]) => `${paragraphs.join('\n\n')}\n`;

describe('findHeadline', () => {
  test.each([
    [
      // Horizon Financial's 8-K of January 19, 2006 (corpus/hrzb-fy2006-q3.txt): one document, the exhibit inline after the signatures.
      'an 8-K with its exhibit inline',
      text('UNITED STATES', 'SECURITIES AND EXCHANGE COMMISSION', 'FORM 8-K', 'CURRENT REPORT', 'Pursuant to Section 13 or 15 (d) of the Securities Exchange Act of 1934',
        'Date of Report (Date of earliest event reported): January 19, 2006', 'HORIZON FINANCIAL CORP.', 'Item 2.02  Results of Operations and Financial Condition',
        'On January 19, 2006, Horizon Financial Corp. issued its earnings release for the quarter ended December 31, 2005.  A copy of the earnings release is attached hereto as Exhibit 99.1 and incorporated herein by reference.',
        'Item 9.01  Financial Statements and Exhibits', '99.1   Press Release of Horizon Financial Corp. dated January 19, 2006.', 'SIGNATURES', 'Exhibit 99.1', 'NEWS RELEASE',
        'HORIZON FINANCIAL GROWS EPS 29% IN THIRD FISCAL QUARTER;', 'NET INTEREST MARGIN EXPANSION CONTINUES AND CREDIT QUALITY REMAINS STRONG',
        'BELLINGHAM, WA - January 19, 2006 - Horizon Financial Corp. (Nasdaq: HRZB) today reported that continued growth in commercial loans and core deposits resulted in record profits.'),
      'HORIZON FINANCIAL GROWS EPS 29% IN THIRD FISCAL QUARTER; NET INTEREST MARGIN EXPANSION CONTINUES AND CREDIT QUALITY REMAINS STRONG',
    ],
    [
      // Amazon's submission of April 28, 2022 (series/amzn/amzn-2022-q1.txt): the form lists its exhibit before the exhibit's own heading.
      'a submission whose form lists the exhibit first',
      text('FORM 8-K', 'CURRENT REPORT', 'Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934', 'Item 9.01. Financial Statements and Exhibits.',
        'Exhibit 99.1 Press Release dated April 28, 2022 announcing Amazon.com, Inc.’s First Quarter 2022 results.', 'SIGNATURES', 'AMAZON.COM, INC. (REGISTRANT)', 'Exhibit 99.1',
        'AMAZON.COM ANNOUNCES FIRST QUARTER RESULTS', 'SEATTLE—(BUSINESS WIRE) April 28, 2022—Amazon.com, Inc. (NASDAQ: AMZN) today announced financial results for its first quarter ended March 31, 2022.'),
      'AMAZON.COM ANNOUNCES FIRST QUARTER RESULTS',
    ],
    [
      // A form whose exhibit has no heading of its own: the form's title lines are still no headline (Pfizer's are in capitals).
      'a form with no exhibit heading',
      text('FORM 8-K', 'CURRENT REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934', 'Date of report (Date of earliest event reported): May 3, 2022', 'PFIZER INC.',
        'PFIZER REPORTS FIRST-QUARTER 2022 RESULTS', 'NEW YORK, May 3, 2022 – Pfizer Inc. (NYSE: PFE) reported financial results for the first quarter of 2022.'),
      'PFIZER REPORTS FIRST-QUARTER 2022 RESULTS',
    ],
    [
      // AGNC's exhibit 99.1 of 1Q20 (unseen-edgar-s13/agnc-2020-q1.htm): the headline opens on its verb, the company on the line above.
      'a headline whose subject is set on the line above',
      text('Exhibit 99.1', 'Investors - (301) 968-9300', 'AGNC INVESTMENT CORP.', 'ANNOUNCES FIRST QUARTER 2020 FINANCIAL RESULTS',
        'Bethesda, MD - April 27, 2020 - AGNC Investment Corp. ("AGNC" or the "Company") (Nasdaq: AGNC) today reported a comprehensive loss of $(1.3) billion.'),
      'AGNC INVESTMENT CORP. ANNOUNCES FIRST QUARTER 2020 FINANCIAL RESULTS',
    ],
    [
      // Capstead's (unseen-edgar-s15/cmo-2020-q1.htm) prints its name in full.
      'a subject ending on a full name',
      text('CAPSTEAD MORTGAGE CORPORATION', 'ANNOUNCES FIRST QUARTER 2020 RESULTS', 'DALLAS--(BUSINESS WIRE)--April 22, 2020--Capstead Mortgage Corporation (NYSE: CMO) today announced results.'),
      'CAPSTEAD MORTGAGE CORPORATION ANNOUNCES FIRST QUARTER 2020 RESULTS',
    ],
    [
      // A sentence above is no subject.
      'a sentence above a headline opening on its verb',
      text('This release contains forward-looking statements.', 'Announces First Quarter 2020 Results'),
      'Announces First Quarter 2020 Results',
    ],
    [
      // No form: the first short line that reads as a results headline, as before (Westwood's wire copy, corpus/whg-2024-q4.md).
      'a release with no form',
      text('Westwood Holdings Group Reports Fourth Quarter and Full Year 2024 Results', 'DALLAS, Feb. 5, 2025 -- Westwood Holdings Group, Inc. (NYSE: WHG) today reported results.'),
      'Westwood Holdings Group Reports Fourth Quarter and Full Year 2024 Results',
    ],
    [
      // Ulta Beauty's Q2 FY23 release as a PDF's text (unseen-s27/ulta-fy2023-q2.txt): the quarter on one line, its fiscal
      // year and "Results" on the next. Read alone, the second line's "Fiscal 2023" drafted the release as the year.
      'a quarter whose year is set on the line below',
      text('August 24, 2023', 'Ulta Beauty Announces Second Quarter', 'Fiscal 2023 Results', 'Net Sales of $2.5 Billion Compared to $2.3 Billion in the Year-Ago Quarter'),
      'Ulta Beauty Announces Second Quarter Fiscal 2023 Results',
    ],
    [
      // A quarter naming its year stays one line.
      'a quarter with its year, then a line of results',
      text('Acme Announces Second Quarter 2023', 'Fiscal 2023 Results Exceed Outlook', 'Acme (NYSE: ACME) today announced results.'),
      'Acme Announces Second Quarter 2023',
    ],
    [
      // A wire copy kept as Markdown whose tables are no pipe tables (unseen-s35/pgc-2025-q3.md): the heading's "#" is
      // markup, no word of the title.
      'a Markdown heading',
      text('# Peapack-Gladstone Financial Corporation Reports Third Quarter Financial Results', 'BEDMINSTER, NJ - October 22, 2025 (NEWMEDIAWIRE) - Peapack-Gladstone Financial Corporation (NASDAQ Global Select Market: PGC) announces its third quarter 2025 financial results.'),
      'Peapack-Gladstone Financial Corporation Reports Third Quarter Financial Results',
    ],
  ])('%s', (_, release, headline) => {
    expect(findHeadline(scanText(release), null)?.value).toBe(headline);
  });
});
