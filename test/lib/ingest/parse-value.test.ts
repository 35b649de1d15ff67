import { describe, expect, test } from 'vitest';
import { parseValue } from '../../../src/lib/ingest/parse-value.ts';

// Every value form the Internap release prints, and forms that must be refused.
describe('parseValue', () => {
  const t = (input: string, expected: Partial<NonNullable<ReturnType<typeof parseValue>>> | null) =>
    test(`parseValue(${JSON.stringify(input)}) reads ${expected ? JSON.stringify(expected) : 'nothing'}`, () => {
      const got = parseValue(input);
      if (expected === null) expect(got).toBeNull();
      else expect(got).toMatchObject(expected);
    });

  t('\\$ 31,197', { value: '31197', status: 'reported', decimals: 0, dollar: true, underlined: false });
  t('29,328', { value: '29328', dollar: false });
  // India's grouping in lakhs and crores (Shyam Metalics' tonnes sold, Q3 FY2026, unseen set s36): read as printed, the
  // figure went into its line's label and the line lost its figures.
  t('3,78,147', { value: '378147' });
  t('1,23,45,678', { value: '12345678' });
  t('(2,72,638)', { value: '-272638' });
  t('1,2,3', null);
  t('(1,271)', { value: '-1271' });
  t('\\$ (0.03)', { value: '-0.03', decimals: 2, dollar: true });
  t('\\$ 0.03', { value: '0.03', decimals: 2 });
  t('16.4%', { value: '16.4', decimals: 1, unitHint: 'percent' });
  t('590 BPS', { value: '590', unitHint: 'basis-points' });
  t('-3%', { value: '-3', unitHint: 'percent' });
  t('81%', { value: '81', unitHint: 'percent' });
  t('n/m', { value: null, status: 'not-meaningful' });
  // A note's mark alone where a figure goes (Green Plains 4Q24's "% Var.": "* Percentage variances not considered meaningful").
  t('*', { value: null, status: 'not-meaningful', footnotes: ['*'] });
  t('<u>**</u>', { value: null, status: 'not-meaningful', footnotes: ['**'], underlined: true });
  t('-', { value: null, status: 'nil' });
  t('----', { value: null, status: 'nil' });
  t('<u>\\$ 9,924</u>', { value: '9924', underlined: true, dollar: true });
  t('<u>48.3%</u>', { value: '48.3', underlined: true, unitHint: 'percent' });
  t('<u>\\$ (1,468)</u>', { value: '-1468', underlined: true });
  t('1,227,054', { value: '1227054' });
  t('(0)', { value: '0' }); // a printed zero in parentheses is still zero, never "-0"
  // Corpus forms: PG&E's approximate guidance, Slate's and Killam's multiples, CIM's leverage, Copa's points.
  t('~ $ 310', { value: '310', dollar: true, approximate: true, unitHint: null });
  t('~ (87)', { value: '-87', approximate: true });
  t('~ 0.10', { value: '0.10', decimals: 2, approximate: true });
  t('$ 310', { value: '310', approximate: false });
  t('~', null);
  t('2.61x', { value: '2.61', decimals: 2, unitHint: 'ratio', approximate: false });
  t('10.29x', { value: '10.29', unitHint: 'ratio' });
  t('4.0:1', { value: '4.0', decimals: 1, unitHint: 'ratio' });
  t('1.2:1', { value: '1.2', unitHint: 'ratio' });
  t('-0.4 p.p', { value: '-0.4', unitHint: 'percentage-points' });
  t('0.1 p.p.', { value: '0.1', unitHint: 'percentage-points' });
  t('x', null);
  // Forms printed by other companies' releases (NVIDIA, DBS, C&C Group, Li & Fung, A&F).
  t('$8,288', { value: '8288', dollar: true, symbol: '$' });
  t('Up 46%', { value: '46', unitHint: 'percent' });
  t('Down 37%', { value: '-37', unitHint: 'percent' });
  t('Up 10 bps', { value: '10', unitHint: 'basis-points' });
  t('Down 22.0 pts', { value: '-22.0', decimals: 1, unitHint: 'percentage-points' });
  t('(2.7) pts', { value: '-2.7', decimals: 1, unitHint: 'percentage-points' });
  // Mastercard's EX-99.1 of April 2020 (unseen s15, release.txt:33-34): "Operating margin 55.2% 56.9% (1.8) ppt".
  t('(1.8) ppt', { value: '-1.8', decimals: 1, unitHint: 'percentage-points' });
  t('(0.7) ppt', { value: '-0.7', decimals: 1, unitHint: 'percentage-points' });
  t('1.0 pts.', { value: '1.0', decimals: 1, unitHint: 'percentage-points' });
  t('0.3 ppts', { value: '0.3', decimals: 1, unitHint: 'percentage-points' });
  t('(1)%', { value: '-1', unitHint: 'percent' });
  t('(78) bps', { value: '-78', unitHint: 'basis-points' });
  // Oracle, 4Q FY2022 (../shared/unseen-edgar-s19): the operating margin's change in constant currency.
  t('(51) bp.', { value: '-51', unitHint: 'basis-points' });
  t('12 bps.', { value: '12', unitHint: 'basis-points' });
  t('+3.6%', { value: '3.6', decimals: 1, unitHint: 'percent' });
  t('100.0 %', { value: '100.0', decimals: 1, unitHint: 'percent' });
  t('−2', { value: '-2' }); // U+2212 MINUS SIGN
  t('Flat', { value: '0', status: 'reported' });
  t('—%', { value: null, status: 'nil', unitHint: 'percent' });
  t('—', { value: null, status: 'nil' });
  t('–', { value: null, status: 'nil' });
  t('--', { value: null, status: 'nil' });
  t('Nil', { value: null, status: 'nil' });
  t('\\$ —', { value: null, status: 'nil', dollar: true });
  t('N/A', { value: null, status: 'not-meaningful' });
  t('NM', { value: null, status: 'not-meaningful' });
  t('NM%', { value: null, status: 'not-meaningful', unitHint: 'percent' }); // Kelly's 4Q24, among its percentages
  t('n/m %', { value: null, status: 'not-meaningful', unitHint: 'percent' });
  t('NMF%', { value: null, status: 'not-meaningful' });
  t('n.m.', { value: null, status: 'not-meaningful' });
  t('n.s.', { value: null, status: 'not-meaningful' }); // not significant: BNP Paribas' changes (2Q25)
  t('TBD', { value: null, status: 'not-meaningful' }); // to be determined: no figure given (Chesapeake Utilities, 2Q26)
  t('>100', { value: null, status: 'not-meaningful' }); // a bound, not a figure
  t('(>100)', { value: null, status: 'not-meaningful' });
  t('390,000(1)', { value: '390000', footnotes: ['1'] });
  t('1,234¹', { value: '1234', footnotes: ['1'] });
  t('12.5%*', { value: '12.5', footnotes: ['*'] });
  t('$14.0^', { value: '14.0', footnotes: ['^'] }); // Intel, 4Q22: "^ No adjustment on a non-GAAP basis.
  // Per-share figures as older releases print them, with no zero before the point.
  t('.42', { value: '0.42', decimals: 2 });
  t('\\$ .42', { value: '0.42', decimals: 2, dollar: true });
  t('\\$ (.03)', { value: '-0.03', decimals: 2, dollar: true });
  t('(.03)', { value: '-0.03', decimals: 2 });
  t('-.5%', { value: '-0.5', decimals: 1, unitHint: 'percent' });
  t('.', null);
  t('\\$ .', null);
  t('£1,234', { value: '1234', symbol: '£', dollar: false });
  t('€ (12.5)', { value: '-12.5', symbol: '€' });
  t('RMB 1,234', { value: '1234', symbol: 'RMB' });
  t('Yen 263.8', { value: '263.8', decimals: 1, symbol: 'Yen' }); // a currency's name (Cboe 4Q24, Japanese equities)
  t('<u>Yen 0.233</u>', { value: '0.233', decimals: 3, symbol: 'Yen', underlined: true });
  t('US$ 5.2', { value: '5.2', symbol: 'US$', dollar: true });
  t('(24.5c)', { value: '-24.5', decimals: 1, unitHint: 'minor-currency' }); // cents per share
  t('12.3p', { value: '12.3', unitHint: 'minor-currency' }); // pence
  t('18.54 Sen', { value: '18.54', decimals: 2, unitHint: 'minor-currency' }); // sen, the ringgit's hundredth (Dow Jones' Malaysian summary tables)
  t('-0.75 Sen', { value: '-0.75', unitHint: 'minor-currency' }); // a loss per share in sen, signed
  t('12.5 cents', { value: '12.5', unitHint: 'minor-currency' });
  t('1\u00a0234\u00a0567', { value: '1234567' }); // no-break spaces between groups
  t('1 234', null); // an ordinary space may be a lost tab: never read as one figure
  t('(1)', { value: '-1', footnotes: [] }); // alone, "(1)" is a figure, not a footnote
  t('Up (5)%', null);
  t('590 XYZ', null);
  t('12,3a4', null);
  t('(1,271', null);
  t('1,2345', null);
  t('--5', null);
  t('(-5)', null);
  t('abc', null);
});

// Ranges, as outlooks print them: one fact, its ends kept exact, never an error.
describe('parseValue reads a range printed as one figure', () => {
  test.each([
    ['$111.0 - $112.0', { low: '111.0', high: '112.0' }, { decimals: 1, dollar: true, symbol: '$' }],
    ['$440 - $445', { low: '440', high: '445' }, { dollar: true }],
    ['$0.20 to $0.22', { low: '0.20', high: '0.22' }, { decimals: 2 }],
    ['$0.80-$0.85', { low: '0.80', high: '0.85' }, { dollar: true }],
    ['$1.53- $1.73', { low: '1.53', high: '1.73' }, { dollar: true }], // Qualcomm's EPS outlook, a space after the hyphen only
    ['$2.35 -$2.55', { low: '2.35', high: '2.55' }, { dollar: true }],
    ['440–445', { low: '440', high: '445' }, { dollar: false, symbol: null }],
    ['0.80-0.85', { low: '0.80', high: '0.85' }, { decimals: 2 }],
    ['5%-7%', { low: '5', high: '7' }, { unitHint: 'percent' }],
    ['5% to 7%', { low: '5', high: '7' }, { unitHint: 'percent' }],
    ['5 - 7%', { low: '5', high: '7' }, { unitHint: 'percent' }],
    ['(0.10) - 0.05', { low: '-0.10', high: '0.05' }, { decimals: 2 }],
    ['-3% - -1%', { low: '-3', high: '-1' }, { unitHint: 'percent' }],
    ['\\$ 1.10 – \\$ 1.20', { low: '1.10', high: '1.20' }, { dollar: true }],
    ['£1.2bn - £1.3bn', null, {}], // a unit suffix no figure takes
    ['<u>$1,000 - $1,100</u>', { low: '1000', high: '1100' }, { underlined: true }],
    ['$1.1 billion - $1.2 billion', null, {}],
  ] as const)('%j', (text, range, rest) => {
    const got = parseValue(text);
    if (range === null) expect(got).toBeNull();
    else expect(got).toMatchObject({ status: 'range', value: null, range, ...rest });
  });

  test.each([
    ['2023-24'], // a fiscal year, as a header names it
    ['2019 – 2020'],
    ['Q3 - Q4'],
    ['1 - 3 years'],
    ['$ - $'],
    ['- to -'],
    ['Up 5% to 7%'],
    ['5% to'],
    ['$1 - 2 - 3'],
    ['735-7777'], // a telephone number
    ['12-31'], // a date
    ['440-445'], // bare: as likely a code as a range
    ['440- 445'],
    ['1 -2'],
  ])('%j is no range', (text) => {
    expect(parseValue(text)?.status ?? null).not.toBe('range');
  });

  test('any two figures joined read as their range (property)', () => {
    const figures = ['1', '12.5', '(3)', '$1,234', '0.05', '-4', '99%', '$ 7.10'];
    const joins = [' - ', ' – ', ' to ', '–'];
    // A bare hyphen only between figures that show what they are.
    const dressed = (x: string) => /[$%.]/.test(x);
    for (const a of figures) for (const b of figures) {
      if (!dressed(a) || !dressed(b) || a.startsWith('-') || b.startsWith('-') || a.includes(' ')) continue;
      expect(parseValue(`${a}-${b}`), `${a}-${b}`).toMatchObject({ status: 'range' });
    }
    for (const a of figures) for (const b of figures) for (const j of joins) {
      const [left, right] = [parseValue(a)!, parseValue(b)!];
      const got = parseValue(`${a}${j}${b}`);
      if ((left.unitHint && right.unitHint && left.unitHint !== right.unitHint) || (left.symbol && right.symbol && left.symbol !== right.symbol)) continue;
      expect(got, `${a}${j}${b}`).toMatchObject({ status: 'range', range: { low: left.value, high: right.value } });
    }
  });
});

describe('parseValue of one text', () => {
  test('is read once and shared, frozen; another text is read on its own', () => {
    const first = parseValue('$ 1,234(1)');
    expect(parseValue('$ 1,234(1)')).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first!.footnotes)).toBe(true);
    expect(parseValue('$ 1,235(1)')).toMatchObject({ value: '1235', footnotes: ['1'] });
  });
});
