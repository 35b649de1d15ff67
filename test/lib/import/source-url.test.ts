import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { findSourceUrl } from '../../../src/lib/import/source-url.ts';
import { projectRoot } from '../../support/site.ts';

const corpus = join(projectRoot, '..', 'shared', 'corpus');

describe('findSourceUrl: where the release is published, for release.yaml', () => {
  test.each([
    ['--source-url wins', '', { canonical: { text: 'https://a.example/x', what: '<link rel="canonical">' } }, 'https://b.example/y', 'https://b.example/y'],
    ["the page's canonical address", '', { canonical: { text: 'https://a.example/x', what: '<link rel="canonical">' } }, undefined, 'https://a.example/x'],
    ['an address that is not http(s) is not written', '', { canonical: { text: 'javascript:alert(1)', what: '<link rel="canonical">' } }, undefined, null],
    ['a relative canonical address is not written', '', { canonical: { text: '/news/x', what: '<link rel="canonical">' } }, undefined, null],
    [
      "an EDGAR submission's filing index, from its header",
      '<SEC-HEADER>0001125282-05-006555.hdr.sgml : 20051215\nACCESSION NUMBER:\t\t0001125282-05-006555\nFILER:\n\tCOMPANY DATA:\n\t\tCENTRAL INDEX KEY:\t\t\t0001001258\n</SEC-HEADER>\n<DOCUMENT>',
      null,
      undefined,
      'https://www.sec.gov/Archives/edgar/data/1001258/000112528205006555/0001125282-05-006555-index.htm',
    ],
    ['a file that names none', 'Acme reports', null, undefined, null],
  ])('%s', (_name, text, page, given, expected) => {
    expect(findSourceUrl(text, page ? { metaDates: [], ...page } : null, given)?.value ?? null).toBe(expected);
  });

  test('import writes it to release.yaml from an EDGAR .txt submission, and refuses a --source-url that is no web address', () => {
    const file = join(corpus, 'asfi-fy2005-q4.txt');
    const text = readFileSync(file, 'latin1');
    const result = importRelease({ text, file, kind: 'text' }, { id: 'asfi-fy2005-q4' });
    expect(result.metaYaml).toMatch(/^source_url: https:\/\/www\.sec\.gov\/Archives\/edgar\/data\/1001258\/000112528205006555\/0001125282-05-006555-index\.htm +# the EDGAR filing its header names/m);
    const bad = importRelease({ text, file, kind: 'text' }, { id: 'asfi-fy2005-q4', sourceUrl: 'file:///etc/passwd' });
    expect(bad.metaYaml).toBeNull();
    expect(bad.invalid.join('\n')).toMatch(/--source-url/);
  });
});
