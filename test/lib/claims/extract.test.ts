import { describe, expect, test } from 'vitest';
import { extractLine, extractNumbers } from '../../../src/lib/claims/extract.ts';

/** The one token a line yields, in a compact form. */
const only = (text: string) => {
  const tokens = extractLine(1, text);
  expect(tokens, `tokens of ${JSON.stringify(text)}`).toHaveLength(1);
  const { kind, text: shown, value, decimals, scale, unit } = tokens[0];
  return { kind, text: shown, value, decimals, scale, unit };
};

describe('extractLine reads a printed figure with its unit, scale and precision', () => {
  const t = (input: string, expected: ReturnType<typeof only>) =>
    test(`${JSON.stringify(input)} → ${expected.kind} ${expected.value}`, () => expect(only(input)).toEqual(expected));

  t('Revenue of \\$60.5 million compared', { kind: 'money', text: '$60.5 million', value: '60.5', decimals: 1, scale: 6, unit: 'USD' });
  t('net loss was \\$(1.3) million,', { kind: 'money', text: '$(1.3) million', value: '-1.3', decimals: 1, scale: 6, unit: 'USD' });
  t('or \\$(0.03) per share,', { kind: 'per-share', text: '$(0.03) per share', value: '-0.03', decimals: 2, scale: 0, unit: 'USD/share' });
  t('or \\$0.01 per share.', { kind: 'per-share', text: '$0.01 per share', value: '0.01', decimals: 2, scale: 0, unit: 'USD/share' });
  t('allowance of $2,102.', { kind: 'money', text: '$2,102', value: '2102', decimals: 0, scale: 0, unit: 'USD' });
  t('up 46.5 percent year-over-year', { kind: 'percent', text: '46.5 percent', value: '46.5', decimals: 1, scale: 0, unit: 'percent' });
  t('a change of -3% on', { kind: 'percent', text: '-3%', value: '-3', decimals: 0, scale: 0, unit: 'percent' });
  t('up 510 basis points', { kind: 'basis-points', text: '510 basis points', value: '510', decimals: 0, scale: 0, unit: 'basis-points' });
  t('margin up 80 BPS', { kind: 'basis-points', text: '80 BPS', value: '80', decimals: 0, scale: 0, unit: 'basis-points' });
  t('We had 2,807 customers', { kind: 'number', text: '2,807', value: '2807', decimals: 0, scale: 0, unit: 'count' });
  t('and flat sequentially.', { kind: 'flat', text: 'flat', value: '0', decimals: 0, scale: 0, unit: 'percent' });
  t('in more than two years', { kind: 'word', text: 'two', value: '2', decimals: 0, scale: 0, unit: 'count' });
  t('Our fourth consecutive quarter', { kind: 'word', text: 'fourth', value: '4', decimals: 0, scale: 0, unit: null });
  // PNC's 4Q20 (../shared/series/pnc/pnc-2020-q4.htm): a percentage with no digit before its point, once read as 50.
  t('assets were .50% at December', { kind: 'percent', text: '.50%', value: '0.50', decimals: 2, scale: 0, unit: 'percent' });
  t('compared with .47 percent at', { kind: 'percent', text: '.47 percent', value: '0.47', decimals: 2, scale: 0, unit: 'percent' });
  // PNC's 1Q22 headline (../shared/corpus/pnc-2022-q1.htm), set in capitals.
  t('NET INCOME OF $1.4 BILLION, UP', { kind: 'money', text: '$1.4 BILLION', value: '1.4', decimals: 1, scale: 9, unit: 'USD' });
  t('Net Income of $1.4 Billion', { kind: 'money', text: '$1.4 Billion', value: '1.4', decimals: 1, scale: 9, unit: 'USD' });
  // Molson Coors' 4Q24 Dow Jones flashes (../shared/corpus/tap-2024-q4.md lines 29, 33, 34): a wire's abbreviated scale.
  t('Net Sales $2.74B >TAP', { kind: 'money', text: '$2.74B', value: '2.74', decimals: 2, scale: 9, unit: 'USD' });
  t('*Molson Coors Beverage Sees Capital Spending $750M, Plus or', { kind: 'money', text: '$750M', value: '750', decimals: 0, scale: 6, unit: 'USD' });
  t('Underlying Free Cash Flow $1.3bn, Plus', { kind: 'money', text: '$1.3bn', value: '1.3', decimals: 1, scale: 9, unit: 'USD' });
  t('a $5MW plant', { kind: 'money', text: '$5', value: '5', decimals: 0, scale: 0, unit: 'USD' });
  t('ACCESS TO 2.5 MILLION HOMES', { kind: 'number', text: '2.5 MILLION', value: '2.5', decimals: 1, scale: 6, unit: 'count' });
  // Pfizer's 3Q22 (../shared/series/pfe/pfe-2022-q3.txt): "… and (4.2)% and 7.8% in the three and nine months ended
  // October 3, 2021": a negative percentage in accounting parentheses, the unit after them.
  t('and (4.2)% and', { kind: 'percent', text: '(4.2)%', value: '-4.2', decimals: 1, scale: 0, unit: 'percent' });
  t('a rate of (12.5) percent', { kind: 'percent', text: '(12.5) percent', value: '-12.5', decimals: 1, scale: 0, unit: 'percent' });
});

describe('extractLine keeps numbers that name or locate something whole, as one token', () => {
  const t = (input: string, kind: string, text: string) =>
    test(`${JSON.stringify(input)} → ${kind} '${text}'`, () => expect(only(input)).toMatchObject({ kind, text, value: null }));

  t('ATLANTA, GA – (August 4, 2010) Internap', 'date', 'August 4, 2010');
  t('from Wednesday, August 11, 2010 at', 'date', 'Wednesday, August 11, 2010');
  t('in the second quarter of 2009;', 'period', 'second quarter of 2009');
  // Infinity Bancorp, 4Q24 (unseen set s21): the year after a comma, not a number of its own.
  t('in the fourth quarter, 2023.', 'period', 'fourth quarter, 2023');
  t('Second Quarter 2010 Financial Summary', 'period', 'Second Quarter 2010');
  t('for the six months ended June 30, 2010 was', 'period', 'six months ended June 30, 2010');
  t('held today at 5:00 p.m. EDT.', 'time', '5:00 p.m. EDT');
  t('by dialing 866-515-9839.', 'phone', '866-515-9839');
  t('(781) 418-2404', 'phone', '(781) 418-2404');
  t('Reports on Form 10-Q and', 'form-name', 'Form 10-Q');
  t('Reconciliations of (1) net loss, the', 'enumeration', '(1)');
  t('Segment profit¹ of', 'footnote', '¹');
  // Arkema, 2Q26 (unseen set s31): "(€91 million in Q2'25)": a period, not the figures 2 and 25.
  t("in Q2'25)", 'period', "Q2'25");
  t('in Q2’25)', 'period', 'Q2’25');
  t("in H1'26", 'period', "H1'26");
  t("in 2Q'25", 'period', "2Q'25");
  t("for FY'25", 'period', "FY'25");
});

describe('extractLine locates tokens in raw columns', () => {
  test('the release’s \\$ escape counts as two characters', () => {
    // "- Revenue of \$60.5 million": the backslash is column 14, the token runs to column 27.
    const [token] = extractLine(7, '- Revenue of \\$60.5 million compared');
    expect(token).toMatchObject({ line: 7, column: 14, end: 28, raw: '\\$60.5 million', text: '$60.5 million' });
  });

  test('tokens come in reading order, none overlapping', () => {
    const tokens = extractLine(1, 'Total debt was \\$40.4 million at June 30, 2010, up 5 percent; 2,807 customers.');
    expect(tokens.map((t) => [t.column, t.kind, t.text])).toEqual([
      [16, 'money', '$40.4 million'],
      [34, 'date', 'June 30, 2010'],
      [52, 'percent', '5 percent'],
      [63, 'number', '2,807'],
    ]);
  });

  test('digits that fit no pattern are still a number, never dropped', () => {
    expect(extractLine(1, 'the X7 platform').map((t) => [t.kind, t.text])).toEqual([['number', '7']]);
  });

  test('a URL without digits is no number, and its letters never become one', () => {
    expect(extractLine(1, 'at <http://ir.internap.com/results.cfm> and www.example2.com')).toMatchObject([
      { kind: 'url', text: 'www.example2.com' },
    ]);
  });
});

describe('extractNumbers reads a footnote’s own number only where the release uses its marker', () => {
  const line = (line: number, text: string) => ({ line, text, kind: 'bullet' as const });

  test('"- 1 Segment profit is …" is footnote 1 when "¹" appears', () => {
    const tokens = extractNumbers([line(1, 'Segment profit¹ of'), line(2, '- 1 Segment profit is revenue less costs.')]);
    expect(tokens.map((t) => [t.line, t.column, t.kind, t.text])).toEqual([
      [1, 15, 'footnote', '¹'],
      [2, 3, 'footnote', '1'],
    ]);
  });

  // Martin Marietta's 4Q24 (../shared/corpus/mlm-2024-q4.md): the tables print "Gross profit per ton2" (a superscript
  // flattened), and the notes follow as lines "1 Revenues include …", "2 Year ended …", … in turn.
  test('lines opening 1, 2, 3 … in turn are notes, each number its note\'s', () => {
    const tokens = extractNumbers([
      line(1, '1 Revenues include the sales of products and services to customers.'),
      line(2, '2 Year ended December 31, 2024, gross profit includes $20 million of charges.'),
      line(3, '3 Earnings from operations include $1.2 billion for a gain.'),
      line(4, 'The Company operates in 28 states.'),
    ]);
    expect(tokens.filter((t) => t.column === 1).map((t) => [t.line, t.kind])).toEqual([[1, 'footnote'], [2, 'footnote'], [3, 'footnote']]);
    expect(tokens.filter((t) => t.kind === 'money').map((t) => t.text)).toEqual(['$20 million', '$1.2 billion']);
    expect(tokens.find((t) => t.text === '28')?.kind).toBe('number');
  });

  test('one line opening with a number is no run of notes: "12 New stores …" stays a figure', () => {
    const tokens = extractNumbers([line(1, '12 New stores opened in the quarter.'), line(2, '3 Directors joined the board.')]);
    expect(tokens.map((t) => [t.kind, t.text])).toEqual([['number', '12'], ['number', '3']]);
  });

  test('"- 5 New data centers …" is a number when no "⁵" appears', () => {
    const tokens = extractNumbers([line(1, '- 5 New data centers opened.')]);
    expect(tokens.map((t) => [t.kind, t.text])).toEqual([['number', '5']]);
  });
});

describe('line separators and lone carriage returns inside a line never crash the extractor', () => {
  test.each([
    ['U+2028', '\u2028'],
    ['U+2029', '\u2029'],
    ['a lone CR', '\r'],
  ])('%s between a figure and its unit is whitespace', (_name, sep) => {
    const [percent] = extractLine(1, `up 46.5${sep}percent year-over-year`);
    expect(percent).toMatchObject({ kind: 'percent', value: '46.5', decimals: 1 });
    const [money] = extractLine(1, `revenue of \\$60.5${sep}million`);
    expect(money).toMatchObject({ kind: 'money', value: '60.5', scale: 6 });
    const [bps] = extractLine(1, `margin up 80${sep}basis points`);
    expect(bps).toMatchObject({ kind: 'basis-points', value: '80' });
  });
});

describe('footnotes numbered in parentheses, as SunCoke prints them (test/fixtures/checks/real/sxc-2026-q2)', () => {
  const line = (line: number, text: string) => ({ line, text, kind: 'paragraph' as const });
  const read = (...texts: string[]) => extractNumbers(texts.map((t, i) => line(i + 1, t))).map((t) => [t.line, t.kind, t.text]);

  test('"(1) See definition of Adjusted EBITDA …" opening a line is the footnote\'s text, and "(1)" after a term marks it', () => {
    expect(read(
      '- Consolidated Adjusted EBITDA (1) for the quarter was $69.6 million',
      '(1) See definition of Adjusted EBITDA and reconciliation to GAAP elsewhere in this release.',
      '(2) Reflects Domestic Coke Adjusted EBITDA divided by Domestic Coke sales volumes.',
      '- Domestic coke total sales are expected to be approximately 3.4 million tons (1)',
    )).toEqual([
      [1, 'footnote', '(1)'],
      [1, 'money', '$69.6 million'],
      [2, 'footnote', '(1)'],
      [3, 'footnote', '(2)'],
      [4, 'number', '3.4 million'],
      [4, 'footnote', '(1)'],
    ]);
  });

  test('"(1)" counting the items of a list stays an enumeration, with or without footnotes in the release', () => {
    const list = 'Reconciliations of (1) net loss, the most directly comparable GAAP measure, to normalized net income (loss), (2) diluted shares';
    expect(read(list).map(([, kind]) => kind)).toEqual(['enumeration', 'enumeration']);
    expect(read(list, '(1) See definition of Adjusted EBITDA.').map(([, kind]) => kind)).toEqual(['enumeration', 'enumeration', 'footnote']);
  });

  // Pfizer's EDGAR exhibits (../shared/series/pfe/) set a note's text right against its mark: "(3)Adjusted income and …".
  test('"(3)Adjusted income …" opening a line is note (3)\'s text too, and "(3)" after a term marks it', () => {
    expect(read(
      '- First-Quarter 2022 Reported Diluted EPS(2) of $1.37 and Adjusted Diluted EPS(3) of $1.62',
      '(2)Revenues is defined as revenues in accordance with U.S. generally accepted accounting principles (GAAP).',
      '(3)Adjusted income and Adjusted diluted EPS are defined as U.S. GAAP net income attributable to Pfizer Inc.',
    ).filter(([line]) => line === 1)).toEqual([
      [1, 'period', 'First-Quarter 2022'],
      [1, 'footnote', '(2)'],
      [1, 'money', '$1.37'],
      [1, 'footnote', '(3)'],
      [1, 'money', '$1.62'],
    ]);
  });

  test('"(3)" after a term is no footnote where no line opens with "(3)"', () => {
    expect(read('Adjusted EBITDA (3) for the quarter').map(([, kind]) => kind)).not.toContain('footnote');
  });
});
