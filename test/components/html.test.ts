// Components that render many elements as HTML strings (mark-html.ts, figure-html.ts,
// statement-html.ts, check-html.ts) escape what they show as a component would: hostile
// labels, titles and explanations read as text, never as markup, and come out of an attribute
// as they went in. Their escaping is Astro's, so pages stay the same byte for byte.
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { escapeHTML } from 'astro/runtime/server/escape.js';
import { toAttributeString } from 'astro/runtime/server/render/util.js';
import { escapeAttribute, escapeHtml } from '../../src/lib/markup.ts';
import { markHtml } from '../../src/components/mark-html.ts';
import { figureHtml } from '../../src/components/figure-html.ts';
import { nearOriginal, originalAnchor, originalFigureHtml, originalPopoverHtml, originalPopovers } from '../../src/components/original-html.ts';
import { originalDocument, type OriginalDocument } from '../../src/lib/site/original.ts';
import { statementRowsHtml } from '../../src/components/statement-html.ts';
import { checkRowsHtml } from '../../src/components/check-html.ts';
import { sourceHtml } from '../../src/components/source-html.ts';
import { claimsProseHtml, linkedRowsHtml, notDerivableRowsHtml, unlinkedRowsHtml } from '../../src/components/claims-html.ts';
import type { ProseNumber } from '../../src/lib/claims/index.ts';
import { sourceBlocks } from '../../src/lib/site/source.ts';
import { statementRows } from '../../src/lib/statement/rows.ts';
import { figureChecks } from '../../src/lib/site/verdicts.ts';
import { load } from '../lib/checks/fixture.ts';
import type { Check, Release } from '../../src/lib/types.ts';

const HOSTILE = `Services <script>alert("x")</script> & 'quoted' </span></a><b>`;
const STRINGS = [HOSTILE, '', 'plain', '&amp;', '"', "'", '<>', 'a&b"c<d>e\'f', '✓ ≈ ✗ “” —', `${'&'.repeat(3)}x`];

/** A fragment of HTML as a document, to read its text and attributes as a browser would. */
const dom = (html: string, wrap = 'div') => parseHTML(`<!doctype html><html><body><table><tbody><tr><td><${wrap} id="root">${html}</${wrap}></td></tr></tbody></table></body></html>`).document;
const rowsDom = (html: string) => parseHTML(`<!doctype html><html><body><table><tbody>${html}</tbody></table></body></html>`).document;

describe('escaping: the same as Astro escapes text and attributes', () => {
  test.each(STRINGS)('escapeHtml(%j) is Astro\'s text escaping', (s) => {
    expect(escapeHtml(s)).toBe(escapeHTML(s));
  });
  test.each(STRINGS)('escapeAttribute(%j) is Astro\'s attribute escaping', (s) => {
    expect(escapeAttribute(s)).toBe(toAttributeString(s));
  });
});

describe('markHtml', () => {
  test('a labelled mark with hostile text shows the text as text', () => {
    const root = dom(markHtml('mismatch', { text: HOSTILE })).getElementById('root')!;
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('.vm.mismatch')!.textContent).toBe(`✗ ${HOSTILE}`);
  });
  test('its three forms: words for assistive technology, a label, or hidden', () => {
    expect(markHtml('exact')).toBe('<span class="vm exact" role="img" aria-label="ties exactly"><span class="g">✓</span></span>');
    expect(markHtml('rounding', { label: true })).toBe('<span class="vm rounding"><span class="g" aria-hidden="true">≈</span> within rounding</span>');
    expect(markHtml('unverifiable', { hidden: true })).toBe('<span class="vm unverifiable" aria-hidden="true"><span class="g">?</span></span>');
    expect(markHtml('mismatch', { text: '4 mismatches' })).toBe('<span class="vm mismatch"><span class="g" aria-hidden="true">✗</span> 4 mismatches</span>');
  });
});

/** The bundled release with one figure's label, its row's label and the titles and explanations of its checks made hostile. */
function hostileRelease() {
  const { release, checks } = load('inap-2010-q2', '.');
  const target = 'inap-2010-q2/balance-sheet/cash-and-cash-equivalents/2010-06-30';
  const r = structuredClone(release) as Release;
  const fact = r.facts.find((f) => f.id === target)!;
  fact.label = HOSTILE;
  const table = r.tables.find((t) => t.id === fact.table)!;
  const row = table.rows.find((x) => x.id === fact.row)!;
  row.label = HOSTILE;
  const hostileChecks = checks.map((c) => (c.inputs.includes(target) || c.reported.fact === target ? { ...c, title: `${c.title} ${HOSTILE}`, explanation: HOSTILE, formula: HOSTILE } : c)) as Check[];
  return { release: r, checks: hostileChecks, fact, table, row };
}

describe('figureHtml', () => {
  const { release, checks, fact } = hostileRelease();

  test('a hostile label and check titles show as text in the popover, with no element of theirs', () => {
    const root = dom(figureHtml({ fact, release, checks }, new Set(), '/'), 'span').getElementById('root')!;
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('.pv-t b')!.textContent).toBe(HOSTILE);
    const fed = [...root.querySelectorAll('.pv-f a')];
    expect(fed.length).toBeGreaterThan(0);
    for (const a of fed) expect(a.textContent).toContain(HOSTILE);
    expect(root.querySelectorAll('.pv')).toHaveLength(1);
  });

  test('a check that reports the figure and cannot be computed shows its hostile explanation as text', () => {
    const reported = figureChecks(checks, fact.id).feeds[0]!;
    const own = [{ ...reported, reported: { ...reported.reported, fact: fact.id }, computed: null, verdict: 'unverifiable' as const }];
    const root = dom(figureHtml({ fact, release, checks: own }, new Set(), '/'), 'span').getElementById('root')!;
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('.pv-c')!.textContent).toBe(`? unverifiable ${reported.title}: ${HOSTILE}`);
  });

  test('the popover gives the value recomputed and how, and names no check twice', () => {
    const { release: inap, checks: all } = load('inap-2010-q2', '.');
    const total = inap.facts.find((f) => f.id === 'inap-2010-q2/financial-summary/total-revenues/2010-q2')!;
    const root = dom(figureHtml({ fact: total, release: inap, checks: all }, new Set(), '/'), 'span').getElementById('root')!;
    expect(root.querySelector('.pv-r')!.textContent).toBe('Read as USD thousands, printed whole');
    const own = [...root.querySelectorAll('.pv-c')].map((c) => c.textContent!);
    expect(own.length).toBeGreaterThan(0);
    for (const c of own) expect(c).toMatch(/: recomputed \$?[\d,]+/);
    expect(own[0]).toMatch(/^✓ exact Total Revenues, Q2 2010 \(its total\): recomputed \$60,525 = 31,197 \+ 29,328$/);
    const names = [...root.querySelectorAll('.pv-c, .pv-f a')].map((c) => c.textContent!.replace(/^[^A-Z]*(?:exact|within rounding|mismatch|unverifiable)?\s*/, '').replace(/: recomputed.*$/, '').trim().toLowerCase());
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  test('figurePopoverParts (the release as published): the reading, permalinks, each reporting check with its recomputed value and inputs, the feeds counted and those that do not tie named', () => {
    const { release: inap, checks: all } = load('inap-2010-q2', '.');
    const data = originalPopovers(originalDocument(inap), inap, all, '/');
    const anchor = 'financial-summary/total-revenues/2010-q2';
    const root = dom(originalPopoverHtml(data, anchor, '../statements/financial-summary/#total-revenues/2010-q2'), 'span').getElementById('root')!;
    expect(root.querySelector('.pv-t')!.textContent).toBe('Total Revenues (Revenues), Q2 2010');
    expect(root.querySelector('.pv-r')!.textContent).toBe('Read as USD thousands, printed whole');
    expect([...root.querySelectorAll('.pv-l a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['permalink', '#financial-summary/total-revenues/2010-q2'],
      ['source line 22', '../source/#L22C16'],
      ['in its table', '../statements/financial-summary/#total-revenues/2010-q2'],
    ]);
    expect([...root.querySelectorAll('.pv-c')].map((c) => c.textContent)).toEqual([
      '✓ exact, its total: recomputed $60,525 = 31,197 + 29,328',
      '✓ exact, tie to another table: recomputed $60,525',
    ]);
    expect(root.querySelector('.pv-f')!.textContent).toBe('Used by 5 checks, listed in its table: 4 tie, ✗ Total Revenues growth, Q2 2010 vs Q1 2010');
    expect(root.querySelector('.pv-f a')!.getAttribute('href')).toBe('../checks/growth/#growth/financial-summary/total-revenues/2010-q2-vs-2010-q1');
  });

  test('figurePopoverParts: a hostile label, a label naming a slot and a hostile check that does not tie show as text', () => {
    const own = checks.map((c) => (c.inputs.includes(fact.id) ? { ...c, verdict: 'mismatch' as const } : c));
    const braced = structuredClone(release) as Release;
    const label = `${HOSTILE} {line} {id}`;
    braced.facts.find((f) => f.id === fact.id)!.label = label;
    const data = originalPopovers({ slotFacts: [{ ...fact, label }], unplaced: [] } as unknown as OriginalDocument, braced, own, '/');
    const anchor = Object.keys(data.f)[0]!;
    const root = dom(originalPopoverHtml(data, anchor, `x/${HOSTILE}`), 'span').getElementById('root')!;
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('.pv-t b')!.textContent).toBe(label);
    expect(root.querySelector('.pv-l a')!.getAttribute('href')).toBe(`#${anchor}`);
    expect([...root.querySelectorAll('.pv-l a')].at(-1)!.getAttribute('href')).toBe(`x/${HOSTILE}`);
    const fed = [...root.querySelectorAll('.pv-f a')];
    expect(fed.length).toBeGreaterThan(0);
    for (const a of fed) expect(a.textContent).toContain(HOSTILE);
  });

  test('originalPopovers: every read figure of the original has its parts, and a part several figures show (a period, a reading, the links) is written once', () => {
    const { release: inap, checks: all } = load('inap-2010-q2', '.');
    const doc = originalDocument(inap);
    const data = originalPopovers(doc, inap, all, '/');
    const read = [...doc.slotFacts.filter((f) => f !== null), ...doc.unplaced];
    expect(Object.keys(data.f).sort()).toEqual(read.map((f) => originalAnchor(f!)).sort());
    expect(new Set(data.s).size).toBe(data.s.length);
    for (const [, , ...parts] of Object.values(data.f)) for (const i of parts) expect(data.s[i]).toBeDefined();
    const shared = (part: string) => Object.values(data.f).filter(([, , ...parts]) => parts.includes(data.s.indexOf(part))).length;
    expect(shared('<span class="pv-r">Read as USD thousands, printed whole</span>')).toBeGreaterThan(100);
    expect(shared('Q2 2010</span>')).toBeGreaterThan(50);
    expect(data.s.filter((p) => p.includes('class="pv-l"'))).toHaveLength(2);
  });

  test('originalFigureHtml: a read figure is a link to its cell on its statement, inside its permalink and state, with no popover of its own', () => {
    const { release: inap, checks: all } = load('inap-2010-q2', '.');
    const total = inap.facts.find((f) => f.id === 'inap-2010-q2/financial-summary/total-revenues/2010-q2')!;
    const root = dom(originalFigureHtml(total, '$ 60,525', inap, all, nearOriginal(inap, '/')), 'span').getElementById('root')!;
    const of = root.querySelector('.of')!;
    expect(of.getAttribute('id')).toBe('financial-summary/total-revenues/2010-q2');
    expect(of.getAttribute('class')).toBe('of o-exact');
    expect(of.querySelector('a.fv')!.getAttribute('href')).toBe('../statements/financial-summary/#total-revenues/2010-q2');
    expect(of.querySelector('.vm .g')!.textContent).toBe('✓');
    expect(root.querySelector('[popover]')).toBeNull();
  });

  test('a figure shown twice in one place gets a popover id of its own', () => {
    const popovers = new Set<string>();
    const ids = [1, 2].map(() => dom(figureHtml({ fact, release, checks }, popovers, '/'), 'span').querySelector('button')!.getAttribute('popovertarget'));
    expect(ids[1]).toBe(`${ids[0]}-2`);
    expect(popovers).toEqual(new Set(ids));
  });
});

describe('statementRowsHtml', () => {
  const { release, checks, table, row } = hostileRelease();
  const rows = statementRows(table, new Map(release.facts.map((f) => [f.id, f])), checks);

  test('a hostile row label is the row header\'s text and its anchor\'s label, whole', () => {
    for (const linked of [false, true]) {
      const doc = rowsDom(statementRowsHtml(rows, { release, checks, anchorPrefix: 'bs/', linked, popovers: new Set(), base: '/' }));
      expect(doc.querySelector('script')).toBeNull();
      const tr = doc.getElementById(`bs/${row.id}`)!;
      expect(tr.querySelector('th')!.textContent).toBe(`${HOSTILE}#`);
      expect(tr.querySelector('th a.anchor')!.getAttribute('aria-label')).toBe(`Link to the row ${HOSTILE}`);
      expect(doc.querySelectorAll('tbody > tr')).toHaveLength(rows.length);
    }
  });

  test('a line of figures printed with no label is named for what it is, a unit statement is a note', () => {
    const unlabelled = rows.map((r) => (r.row.id === row.id ? { ...r, row: { ...r.row, label: '' }, total: true } : r));
    const doc = rowsDom(statementRowsHtml(unlabelled, { release, checks, anchorPrefix: '', linked: false, popovers: new Set(), base: '/' }));
    const th = doc.getElementById(row.id)!.querySelector('th')!;
    expect(th.querySelector('.unlabelled')!.textContent).toBe('Subtotal');
    expect(th.textContent).toBe('Subtotal (no label printed)#');
    const unit = rows.map((r) => (r.row.id === row.id ? { ...r, row: { ...r.row, kind: 'label' as const, label: 'In billions' }, unit: true, cells: [] } : r));
    expect(rowsDom(statementRowsHtml(unit, { release, checks, anchorPrefix: '', linked: false, popovers: new Set(), base: '/' })).getElementById(row.id)!.classList.contains('unit')).toBe(true);
  });
});

describe('checkRowsHtml', () => {
  const { release, checks } = hostileRelease();
  const hostile = checks.filter((c) => c.explanation === HOSTILE);

  test('hostile titles, formulas and explanations are text, on the checks page and the kind\'s page', () => {
    expect(hostile.length).toBeGreaterThan(0);
    for (const explain of [false, true]) {
      const doc = rowsDom(checkRowsHtml(hostile, release, explain, '/'));
      expect(doc.querySelector('script')).toBeNull();
      expect(doc.querySelectorAll('tr.c')).toHaveLength(hostile.length);
      for (const c of hostile) expect(doc.getElementById(c.id)!.querySelector('th a')!.textContent).toBe(c.title);
      if (explain) for (const p of doc.querySelectorAll('tr.detail p.formula')) expect(p.textContent).toBe(HOSTILE);
    }
  });
});

describe('checkRowsHtml: what a footing rests on', () => {
  const { release, checks } = load('inap-2010-q2', '.');
  const footing = checks.find((c) => c.kind === 'footing')!;
  const readings = [HOSTILE, "'Other, net' with the other sign (taken away)"];

  test('a check read under one of several readings lists them, as text, after its explanation', () => {
    const c: Check = { ...footing, verdict: 'mismatch', restsOn: `${HOSTILE} rests`, readings };
    const doc = rowsDom(checkRowsHtml([c], release, true, '/'));
    expect(doc.querySelector('script')).toBeNull();
    expect([...doc.querySelectorAll('ol.readings li')].map((li) => li.textContent)).toEqual(readings);
    expect(doc.querySelector('p.readings')!.textContent).toBe(`Rests on: ${HOSTILE} rests Readings considered:`);
  });

  test('a check with one reading shows no list', () => {
    expect(rowsDom(checkRowsHtml([{ ...footing, readings: undefined }], release, true, '/')).querySelector('.readings')).toBeNull();
  });
});

describe('sourceHtml', () => {
  test('hostile text in the release, in prose and in a table, is shown as printed', () => {
    const lines = [`Prose ${HOSTILE}`, `${HOSTILE}\t500`];
    const release = { text: lines.join('\n'), facts: [{ line: 2, column: [...lines[1]!].length - 2, raw: '500' }], tables: [{ id: 't', line: 2, endLine: 2 }] } as unknown as Release;
    const doc = parseHTML(`<!doctype html><html><body><div id="root">${sourceHtml(sourceBlocks(release))}</div></body></html>`).document;
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelector('#L1 .tx')!.textContent).toBe(`Prose ${HOSTILE}`);
    expect([...doc.querySelectorAll('#L2 td')].map((td) => td.textContent)).toEqual([HOSTILE, '500']);
    expect(doc.getElementById(`L2C${[...lines[1]!].length - 2}`)!.textContent).toBe('500');
  });
});

describe('claims: prose and lists', () => {
  const at = { file: 'release.txt', line: 3, column: 1, end: 5, raw: HOSTILE, text: HOSTILE, kind: 'amount', value: '1', decimals: 0, scale: 0, unit: 'USD' };
  const period = { id: '2010-q2', label: 'Q2 2010', words: HOSTILE, how: 'named' as const };
  const numbers = [
    { ...at, status: 'linked', source: 'hand', check: 'claim/x', verdict: 'mismatch', is: HOSTILE, confidence: null, entry: { file: 'claims.yaml', line: 4, column: 3 }, automatic: HOSTILE,
      evidence: { subject: { words: HOSTILE, key: 'x', label: HOSTILE, matched: HOSTILE }, base: { words: HOSTILE, key: 'y', label: HOSTILE, matched: HOSTILE }, period, prior: period, notes: [HOSTILE] } },
    { ...at, status: 'unlinked', source: 'auto', reason: HOSTILE, candidates: [{ is: HOSTILE, title: HOSTILE, computed: null, verdict: 'unverifiable' }] },
    { ...at, status: 'not-derivable', source: 'hand', reason: HOSTILE, entry: null, figure: true },
    { ...at, kind: 'date', status: 'not-derivable', source: 'auto', reason: HOSTILE, entry: null, figure: false },
  ] as unknown as ProseNumber[];
  const lines = [{ line: 3, kind: 'paragraph', segments: [{ text: HOSTILE }, ...numbers.map((number) => ({ text: HOSTILE, number }))] }];
  const check = {
    id: 'claim/x', release: 'r', kind: 'claim', title: HOSTILE, formula: HOSTILE, period: '2010-q2', inputs: ['r/t/x/2010-q2'],
    reported: { value: '60.5', text: '$60.5 million', fact: null, line: 3, column: 1 }, computed: '60.525', computedInterval: null,
    tolerance: '0.05', difference: '-0.025', unit: 'USD', verdict: 'mismatch', explanation: `Printed 60.5 (±0.05) and computed 60.525 (from 60,525 thousand) ${HOSTILE}`,
  } as unknown as Check;
  const page = { release: 'r', base: '/', checks: new Map([['claim/x', check]]) };

  test('hostile words, reasons and evidence in the prose are text; popovers are numbered in reading order', () => {
    const doc = parseHTML(`<!doctype html><html><body><div id="root">${claimsProseHtml(lines, page)}</div></body></html>`).document;
    expect(doc.querySelector('script')).toBeNull();
    // The date is printed as it is, as text: only figures are marked.
    expect(doc.querySelectorAll('#L3 > *:not(a)')).toHaveLength(3);
    expect(doc.getElementById('L3')!.textContent!.endsWith(`(not derivable: ${HOSTILE})${HOSTILE}`)).toBe(true);
    expect([...doc.querySelectorAll('button')].map((b) => b.getAttribute('popovertarget'))).toEqual(['pop-claim-1', 'pop-claim-2']);
    const [linked, unlinked] = [...doc.querySelectorAll('.explain')];
    expect(linked!.id).toBe('pop-claim-1');
    // The claim's title and the figures compared, in readers' words: no claims.yaml expression.
    expect([...linked!.children].map((c) => c.textContent)).toEqual([
      `✗ mismatch ${HOSTILE}`,
      '$60.5 million vs 60,525 thousand',
      "Linked by the site's author.",
      `“${HOSTILE}” names ${HOSTILE}, of “${HOSTILE}” (${HOSTILE}); period: Q2 2010 (“${HOSTILE}”); compared with Q2 2010 (“${HOSTILE}”).`,
      `${HOSTILE}.`,
      `The linker read: ${HOSTILE}.`,
    ]);
    expect(unlinked!.textContent).toBe(`Not linked: ${HOSTILE}.Candidates: ${HOSTILE} (n/a, unverifiable)`);
    expect(doc.querySelector('.nd')!.getAttribute('title')).toBe(HOSTILE);
  });

  test('the author\'s preview also shows each link as claims.yaml writes it; readers see none', () => {
    const author = parseHTML(`<div id="root">${claimsProseHtml(lines, { ...page, checks: new Map([['claim/x', { ...check, title: 'Total revenues, Q2 2010' }]]), author: true })}</div>`).document;
    expect(author.querySelector('#pop-claim-1 code')!.textContent).toBe(HOSTILE);
    const reader = parseHTML(`<div id="root">${claimsProseHtml(lines, { ...page, checks: new Map([['claim/x', { ...check, title: 'Total revenues, Q2 2010' }]]) })}</div>`).document;
    expect(reader.querySelector('#pop-claim-1 code')).toBeNull();
    expect(reader.querySelector('#pop-claim-1')!.textContent).toContain('✗ mismatch Total revenues, Q2 2010$60.5 million vs 60,525 thousand');
    // The entry's file and line are the author's; readers are told who linked it, in words.
    expect(author.querySelector('#pop-claim-1')!.textContent).toContain('Linked by hand (claims.yaml, line 4): ');
    expect(reader.querySelector('#pop-claim-1')!.textContent).not.toContain('claims.yaml');
    expect(rowsDom(notDerivableRowsHtml(numbers, true)).querySelector('tr')!.textContent).toContain('(claims.yaml)');
  });

  test('hostile text in the lists is text', () => {
    const doc = rowsDom(unlinkedRowsHtml(numbers) + linkedRowsHtml(numbers, page) + notDerivableRowsHtml(numbers));
    expect(doc.querySelector('script')).toBeNull();
    expect([...doc.querySelectorAll('tr')].map((tr) => [...tr.children].map((td) => td.textContent))).toEqual([
      ['3', HOSTILE, HOSTILE, `${HOSTILE} ? unverifiable `],
      ['3', HOSTILE, `${HOSTILE}$60.5 million vs 60,525 thousand`, "by the site's author", `“${HOSTILE}” → ${HOSTILE}; Q2 2010 (“${HOSTILE}”); compared with Q2 2010 (“${HOSTILE}”)`, '✗ mismatch'],
      ['3', HOSTILE, `${HOSTILE} (the site's author)`],
    ]);
  });
});
