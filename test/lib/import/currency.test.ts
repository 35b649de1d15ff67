// The currency of a report whose figures print a bare "$" or none, named in words or by a dollar's letters (unseen set
// s16, Jamaican results reports in Markdown from PDF; excerpts in test/fixtures/import/jse/, see its README). Consolidated
// Bakeries' tables print only "Expressed in whole $", and the import stopped: "cannot infer currency: the figures print
// no currency symbol", though its notes say "presented in Jamaican dollars". Berger Paints' "JA$718M" was read as
// "A$", Australian dollars.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';

const imported = (file: string) => importRelease({ text: readFileSync(`test/fixtures/import/jse/${file}`, 'utf8'), file, kind: 'text' }, { releaseDate: '2023-03-31' });

describe('a currency named in the words of a statement or by its dollar letters (Jamaica Stock Exchange reports)', () => {
  test.each([
    // The notes' sentence, the tables saying only "whole $".
    ['cbl-2022-q2-currency.md', 'JMD', '"financial statements are presented in Jamaican dollars'],
    // "$'000" tables; the one dollar the report names by letters is "JA$", Jamaican (not "A$").
    ['bpjl-2023-q1-currency.md', 'JMD', 'the one dollar the release names being JMD'],
    // The columns' unit statement "TT$’000".
    ['ghl-2022-fy-currency.md', 'TTD', 'TT$’000'],
    // The statement's title "(Jamaican dollars in thousands)".
    ['eppley-2023-q1-currency.md', 'JMD', '(Jamaican dollars in thousands)'],
  ] as const)('%s → %s', (file, code, from) => {
    const result = imported(file);
    expect(result.missing.map((m) => m.key)).not.toContain('currency');
    expect(result.meta.currency?.value).toBe(code);
    expect(result.meta.currency?.from).toContain(from);
  });
});

describe('the same forms, as a line of a release', () => {
  const release = (prose: string[], table: string[]) => `${['Acme Reports Q3 2022 Results', ...prose, '', ...table].join('\n')}\n`;
  test.each([
    ['the notes name the currency in full', ['These financial statements are presented in Jamaican dollars unless otherwise indicated.'], ['\t2023', 'Revenue\t5,931'], 'JMD'],
    ['"expressed in United States dollars which is the functional currency"', ['The statements are expressed in United States dollars which is the functional currency of the company.'], ['\t2023', 'Revenue\t$ 5,931'], 'USD'],
    ['a title "(Expressed in Jamaican dollars unless otherwise indicated)"', [], ['(Expressed in Jamaican dollars unless otherwise indicated)', '\t2023', 'Revenue\t5,931'], 'JMD'],
    ['"Expressed in Trinidad and Tobago Dollars"', [], ['Expressed in Trinidad and Tobago Dollars', '\t2023', 'Revenue\t5,931'], 'TTD'],
    ['figures in "J$"', [], ['\t2023', 'Revenue\tJ$ 5,931', 'Profit\tJ$ 931'], 'JMD'],
    ['"$" figures, the prose naming "JA$" only', ['Revenues of JA$718M were on par with the prior year.'], ['\t2023', 'Revenue\t$ 5,931'], 'JMD'],
    // A mention is no statement: a US release's "the weaker Canadian dollar" leaves its "$" US dollars.
    ['"$" figures, the prose mentioning another dollar in passing', ['Sales fell on the weaker Canadian dollar.'], ['\t2023', 'Revenue\t$ 5,931'], 'USD'],
    // Another dollar given as the equivalent of a "$" amount names a dollar that "$" is not (Amazon 4Q21, release.txt:99:
    // "AWS will invest over $17 billion (CA$21 billion) in Canada by 2037"; its tables print "$" only): drafted CAD.
    ['"$" figures, the prose printing "$17 billion (CA$21 billion)"', ['AWS will invest over $17 billion (CA$21 billion) in Canada by 2037.'], ['\t2023', 'Revenue\t$ 5,931'], 'USD'],
    ['"$" figures, the prose printing "C$21 billion ($17 billion)"', ['We will invest C$21 billion ($17 billion) in Canada.'], ['\t2023', 'Revenue\t$ 5,931'], 'USD'],
    // The control: the one dollar named, with no equivalent beside it, is the "$" of the tables.
    ['"$" figures, the prose printing "C$21 billion" alone', ['Net income was C$21 billion.'], ['\t2023', 'Revenue\t$ 5,931'], 'CAD'],
    // Letters naming several dollars say nothing: "B$" begins BBD, BMD, BND, BSD and BZD.
    ['"$" figures, the prose printing "B$"', ['Revenues of B$718M.'], ['\t2023', 'Revenue\t$ 5,931'], 'USD'],
  ] as const)('%s → %s', (_, prose, table, code) => {
    const result = importRelease({ text: release([...prose], [...table]), file: 'acme-2022-q3.txt', kind: 'text' }, { releaseDate: '2022-11-01' });
    expect(result.meta.currency?.value).toBe(code);
  });
});

// A bare "$" in a release that names no dollar and no United States, whose words place it in one country of another
// dollar, is that country's: FosRich's Q3 2023 report (unseen set s16, fosrich-2023-q3.md, md line 11) prints "$" and
// only "the Jamaican marketplace", and was drafted USD. A release naming the United States anywhere, or two such
// countries, keeps the US dollar; so does one naming a dollar in passing (above).
describe('a bare "$" and the one country of a dollar the release is in', () => {
  const release = (prose: string[]) => `${['Acme Reports Q3 2023 Results', ...prose, '', '\t2023', 'Revenue\t$ 5,931'].join('\n')}\n`;
  test.each([
    ['FosRich', ['FosRich aims to differentiate itself from its competitors in the Jamaican marketplace by providing a quality and cost-effective service.'], 'JMD'],
    ['domiciled there', ['The Company is incorporated and domiciled in Jamaica.'], 'JMD'],
    ['the United States named too', ['The Company is domiciled in Jamaica and sells in the U.S.'], 'USD'],
    ['two countries', ['We sell in the Jamaican and Canadian markets.'], 'USD'],
    ['none', ['We sell soap.'], 'USD'],
  ] as const)('%s → %s', (_, prose, code) => {
    const result = importRelease({ text: release([...prose]), file: 'acme-2023-q3.txt', kind: 'text' }, { releaseDate: '2023-10-24' });
    expect(result.meta.currency?.value).toBe(code);
  });
});
