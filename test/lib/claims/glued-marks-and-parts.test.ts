// Four sentences of real releases (each excerpted verbatim into test/fixtures/claims/) that a heading naming a period
// ("Q4 2024 SUMMARY", "Summary for the year ended …", "Year Ended December 31, 2024 Financial Results") used to keep
// from being read: read now, each is linked to the line it names or left unlinked with the reason, never a false
// mismatch.
import { describe, expect, test } from 'vitest';
import { analyzeClaims, type ProseNumber } from '../../../src/lib/claims/index.ts';
import { wordsOf } from '../../../src/lib/claims/words-of.ts';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';

const read = (dir: string) => {
  const release = loadRelease(`test/fixtures/claims/${dir}`);
  const { numbers, checks } = analyzeClaims(release, { claims: null, model: emptyModel });
  const lineOf = (start: string) => release.text.split('\n').findIndex((l) => l.includes(start)) + 1;
  const number = (start: string, text: string): ProseNumber => {
    const n = numbers.find((x) => x.line === lineOf(start) && x.text === text);
    expect(n, `'${text}' on the line of “${start}”`).toBeDefined();
    return n!;
  };
  return { release, checks, number };
};

describe('a note\'s digit set against a word is a mark, not part of the word', () => {
  test.each([
    ['EBITDA1 of', ['ebitda', 'of']],
    ['adjusted earnings per share2', ['adjusted', 'income', 'per', 'share']],
    ['On an adjusted basis1,', ['on', 'an', 'adjusted', 'basis']],
    // Periods and names with numbers keep theirs: too few letters, or more than one digit.
    ['Q4 FY24 H1', ['q4', 'fy24', 'h1']],
    ['COVID19 MI300 Gen2', ['covid19', 'mi300', 'gen2']],
  ])('%s → %j', (text, norms) => {
    expect(wordsOf(text).map((w) => w.norm)).toEqual(norms);
  });
});

describe('the sentences under headings that name a period', () => {
  test('First Quantum 4Q24 (fm-2024-q4-summary): "gross profit of $405 million, EBITDA1 of $455 million" — $455 million is EBITDA\'s', () => {
    const { number } = read('fm-2024-q4-summary');
    const n = number('EBITDA1 of $455 million', '$455 million');
    expect(n).toMatchObject({ status: 'linked', verdict: 'exact' });
    expect(n.status === 'linked' && n.check).toMatch(/^claim\/ebitda\//);
    expect(number('gross profit of $405 million', '$405 million')).toMatchObject({ status: 'linked', verdict: 'exact' });
  });

  test('Kelly Services 4Q24: "Adjusted earnings1 were $29.2 million" names "Adjusted net earnings" and "Adjusted earnings from operations" alike: unlinked, naming both', () => {
    const { number } = read('kelya-2024-q4');
    for (const text of ['$29.2 million', '$22.1 million']) {
      const n = number('Adjusted earnings1 were $29.2 million', text);
      expect(n.status).toBe('unlinked');
      expect(n.status === 'unlinked' && n.reason).toMatch(/net income.*operating income|operating income.*net income/i);
    }
  });

  test('Kelly Services 4Q24: "On an adjusted basis1, earnings per share were $0.82" is never the GAAP loss per share', () => {
    const { number } = read('kelya-2024-q4');
    for (const text of ['$0.82', '$2.34']) {
      const n = number(text === '$0.82' ? 'earnings per share were $0.82' : 'earnings per share were $2.34', text);
      expect(n.status === 'linked' ? n.check : '').not.toMatch(/eps-basic|eps-diluted/);
    }
    // The GAAP figures of the same sentences stay linked.
    expect(number('Loss per share was $0.90', '$0.90')).toMatchObject({ status: 'linked', verdict: 'exact' });
  });

  test('Precision Drilling 4Q24: "$22 million for expansion and upgrades and $37 million for the maintenance …" — $37 million is not the expansion line', () => {
    const { number } = read('pd-2024-q4');
    const n = number('$37 million for the maintenance', '$37 million');
    expect(n.status).toBe('unlinked');
    expect(n.status === 'unlinked' && n.reason).toMatch(/noun/);
  });

  test('Precision Drilling 2024: "higher income tax expense of $67 million" may be the level or the change: unlinked, saying so', () => {
    const { number } = read('pd-2024-q4');
    const n = number('higher income tax expense of $67 million', '$67 million');
    expect(n.status).toBe('unlinked');
    expect(n.status === 'unlinked' && n.reason).toMatch(/level or by its change/);
  });

  test('Alexander\'s 2024: "included $54.0 million, or $10.52 per diluted share, of income": the per-share twin of a part is a part', () => {
    const { number } = read('alx-2024-q4');
    for (const text of ['$54.0 million', '$10.52 per diluted share']) {
      const n = number('included $54.0 million', text);
      expect(n.status).toBe('unlinked');
      expect(n.status === 'unlinked' && n.reason).toMatch(/part/);
    }
    expect(number('included $54.0 million', '$19.97 per diluted share')).toMatchObject({ status: 'linked', verdict: 'exact' });
  });

  test.each(['fm-2024-q4-summary', 'kelya-2024-q4', 'pd-2024-q4', 'alx-2024-q4'])('%s: no claim is a mismatch', (dir) => {
    const { checks } = read(dir);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test('a wrong figure is still caught: "EBITDA1 of $465 million" is a mismatch against EBITDA', () => {
    const { release } = read('fm-2024-q4-summary');
    const text = release.text.replace('EBITDA1 of $455 million', 'EBITDA1 of $465 million');
    expect(text).not.toBe(release.text);
    const again = { ...release, text, prose: release.prose.map((p) => ({ ...p, text: p.text.replace('EBITDA1 of $455 million', 'EBITDA1 of $465 million') })) };
    const n = analyzeClaims(again, { claims: null, model: emptyModel }).numbers.find((x) => x.text === '$465 million');
    expect(n).toMatchObject({ status: 'linked', verdict: 'mismatch' });
  });
});

describe('a note\'s text set as a short line heads nothing', () => {
  test('"(b) See Non-GAAP Financial Measures reconciliation on page 16" (U.S. Bancorp\'s, 4Q21) over First Quantum\'s summary: its sentence is read by its own words', () => {
    const { release } = read('fm-2024-q4-summary');
    const note = '(b) See Non-GAAP Financial Measures reconciliation on page 16';
    const again = parseRelease(release.text.replace('Q4 2024 SUMMARY', note), release.meta, emptyModel, release.file);
    expect(again.prose.some((p) => p.kind === 'heading' && p.text === note)).toBe(true);
    const n = analyzeClaims(again, { claims: null, model: emptyModel }).numbers.find((x) => x.text === '$455 million');
    expect(n).toMatchObject({ status: 'linked', verdict: 'exact' });
  });
});

describe('the items a sentence lists after "includes" are each a part', () => {
  // Hasbro 1Q20 (test/fixtures/claims/has-2020-q1-eone: headline, dateline, the segment paragraphs, the statement of
  // operations and the reconciliation of operating results; the highlight bullets left out). Of eOne's operating loss:
  // its "purchased intangible amortization of $25.0 million" is the reconciliation's "Acquired Intangible Amortization"
  // 25,028, a part of the company's "Amortization of Intangibles" 36,811: judged against the whole it was a false mismatch.
  test('"operating loss includes eOne acquisition-related expenses of $77.7 million and purchased intangible amortization of $25.0 million": both unlinked, the second as a part', () => {
    const { number, checks } = read('has-2020-q1-eone');
    const start = 'purchased intangible amortization of $25.0 million';
    const n = number(start, '$25.0 million');
    expect(n.status === 'unlinked' && n.reason).toMatch(/as a part \(“includes”\)/);
    expect(number(start, '$77.7 million').status).toBe('unlinked');
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test('without "includes", the amount is the line\'s again, and judged', () => {
    const { release } = read('has-2020-q1-eone');
    const from = 'First quarter 2020 operating loss includes eOne acquisition-related expenses of $77.7 million and purchased intangible amortization of $25.0 million.';
    expect(release.text).toContain(from);
    const again = parseRelease(release.text.replace(from, 'First quarter 2020 amortization of intangibles was $36.8 million.'), release.meta, emptyModel, release.file);
    const n = analyzeClaims(again, { claims: null, model: emptyModel }).numbers.find((x) => x.text === '$36.8 million');
    expect(n).toMatchObject({ status: 'linked', verdict: 'rounding' });
  });
});
