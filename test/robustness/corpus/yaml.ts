/** YAML data files: hostile YAML and invalid values, each located in its file. */
import { expect } from 'vitest';
import type { Case } from './harness.ts';

const bomb = ['lol: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  .concat(Array.from({ length: 8 }, (_, i) => `l${i}: &${'bcdefghi'[i]} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`))
  .join('\n');
const set = (key: string, value: string) => (t: string) => t.replace(new RegExp(`^${key}:.*$`, 'm'), `${key}: ${value}`);

export const yaml: Case[] = [
  { name: 'an alias bomb in release.yaml', files: { 'release.yaml': (t) => `${t}${bomb}\n` }, expect: { error: { file: 'release.yaml', line: 12, message: /at most 100 alias expansions/ } } },
  { name: 'an alias bomb in model.yaml', files: { 'model.yaml': (t) => `${t}${bomb}\n` }, expect: { error: { file: 'model.yaml', message: /at most 100 alias expansions/ } } },
  { name: 'an alias bomb in claims.yaml', files: { 'claims.yaml': (t) => `${t}${bomb}\n` }, expect: { error: { file: 'claims.yaml', message: /at most 100 alias expansions/ } } },
  { name: 'nesting ten thousand brackets deep', files: { 'model.yaml': (t) => `${t}deep: ${'['.repeat(10_000)}\n` }, expect: { error: { file: 'model.yaml', message: /nested at most 64 levels/ } } },
  { name: 'nesting by sequence markers', files: { 'release.yaml': (t) => `${t}deep:\n${'- '.repeat(5_000)}x\n` }, expect: { error: { file: 'release.yaml', line: 12, column: 1, message: /indented at most 256 columns/ } } },
  { name: 'a key written twice', files: { 'release.yaml': (t) => `${t}currency: EUR\n` }, expect: { error: { file: 'release.yaml', line: 11, column: 1, message: /'currency' again \(first at line 9\)/ } } },
  { name: 'a tab used for indentation', files: { 'model.yaml': (t) => t.replace('  - { id: balance-sheet', '\t- { id: balance-sheet') }, expect: { error: { file: 'model.yaml', line: 5, message: /YAML/ } } },
  { name: 'two documents in one file', files: { 'release.yaml': (t) => `${t}---\ntitle: other\n` }, expect: { error: { file: 'release.yaml', line: 11, message: /a second document/ } } },
  { name: 'an unclosed quote', files: { 'release.yaml': set('title', '"Acme Corp Reports') }, expect: { error: { file: 'release.yaml', line: 1, message: /YAML/ } } },
  { name: 'a custom tag', files: { 'release.yaml': set('title', '!!js/function "function () { return 1 }"') }, expect: { error: { file: 'release.yaml', line: 1, message: /title|tag/i } } },
  { name: 'a fiscal period in the wrong form', files: { 'release.yaml': set('fiscal_period', 'Q2 2010') }, expect: { error: { file: 'release.yaml', line: 7, message: /'fiscal_period'/ } } },
  { name: 'an impossible fiscal year end (02-31)', files: { 'release.yaml': set('fiscal_year_end', '"02-31"') }, expect: { error: { file: 'release.yaml', line: 6, message: /'fiscal_year_end'/ } } },
  { name: 'an impossible release date (June 31)', files: { 'release.yaml': set('release_date', '2010-06-31') }, expect: { error: { file: 'release.yaml', line: 8, message: /'release_date'/ } } },
  { name: 'a release date in the year 20100', files: { 'release.yaml': set('release_date', '20100-08-04') }, expect: { error: { file: 'release.yaml', line: 8, message: /'release_date'/ } } },
  { name: 'an unknown currency code', files: { 'release.yaml': set('currency', 'XYZ') }, expect: { error: { file: 'release.yaml', line: 9, message: /'currency'/ } } },
  { name: 'a currency in lower case', files: { 'release.yaml': set('currency', 'usd') }, expect: { error: { file: 'release.yaml', line: 9, message: /'currency'/ } } },
  { name: 'an unknown scale', files: { 'release.yaml': set('scale', 'gazillions') }, expect: { error: { file: 'release.yaml', line: 10, message: /'scale'/ } } },
  { name: 'a company that is not a slug', files: { 'release.yaml': set('company', '../../etc') }, expect: { error: { file: 'release.yaml', line: 2, message: /'company'/ } } },
  { name: 'a title that is a number', files: { 'release.yaml': set('title', '2010') }, expect: { error: { file: 'release.yaml', line: 1, message: /'title'/ } } },
  {
    name: 'a misspelt key (fiscal_perod)',
    files: { 'release.yaml': (t) => t.replace('fiscal_period:', 'fiscal_perod:') },
    expect: { error: { file: 'release.yaml', message: /'fiscal_period'|fiscal_perod/ } },
  },
  {
    name: 'a company model naming a row that does not exist',
    files: { 'model.yaml': (t) => t.replace('gross-profit: total-revenues - cost-of-revenues', 'gross-profit: total-revenue - cost-of-revenues') },
    expect: { error: { file: 'model.yaml', line: 13, message: /no row 'total-revenue'/ } },
  },
  { name: 'a company model that is not a map', files: { 'model.yaml': '"just text"\n' }, expect: { error: { file: 'model.yaml', line: 1, message: /./ } } },
  { name: 'twenty thousand keys in a model', files: { 'model.yaml': (t) => `${t}extra:\n${Array.from({ length: 20_000 }, (_, i) => `  k${i}: ${i}`).join('\n')}\n` }, expect: { accepted: 'unknown keys of the model are ignored by its schema; reading them is linear', check: (run) => expect(run.checks.length).toBeGreaterThan(0) }, isolate: true, commands: ['check'] },
];
