/**
 * The claims page's prose and lists as HTML, one string each rather than a template per number
 * and a component per mark (a release's prose has some 150 numbers, half of them with a
 * popover of their evidence). Every text is escaped here.
 */
import { escapeAttribute as attr, escapeHtml as text } from '../lib/markup.ts';
import { paths, href } from '../lib/site/index.ts';
import type { Segment } from '../lib/site/claims.ts';
import { periodInWords, type ProseNumber } from '../lib/claims/index.ts';
import { shownBeside } from '../lib/format/index.ts';
import { computedShown, derivation, reportedShown } from '../lib/site/check-figures.ts';
import type { Check } from '../lib/types.ts';
import { markHtml } from './mark-html.ts';

/**
 * What the page is rendered for: its release, the claims' checks by id, and whether it is the
 * author's preview (the dev server), which also shows each link as claims.yaml writes it.
 */
export interface ClaimsPage {
  release: string;
  base: string;
  checks: ReadonlyMap<string, Check>;
  author?: boolean;
}

type Linked = Extract<ProseNumber, { status: 'linked' }>;
type Unlinked = Extract<ProseNumber, { status: 'unlinked' }>;
type NotDerivable = Extract<ProseNumber, { status: 'not-derivable' }>;

/**
 * How a number was linked, in words for readers: by tieout's linker (with its confidence) or by
 * the site's author (an entry of claims.yaml, a file readers do not know: its line is named only
 * to the author, in the dev server's preview).
 */
export function howLinked(n: ProseNumber, author = false): string {
  if (n.status !== 'linked') return '';
  if (n.source !== 'hand') return `by tieout, ${n.confidence} confidence`;
  return author ? `by hand (claims.yaml, line ${n.entry?.line})` : "by the site's author";
}

/** Who linked a number, in a few words (a mark's text for screen readers, the page's count). */
export function linkedBy(source: 'auto' | 'hand'): string {
  return source === 'hand' ? "by the site's author" : 'by tieout';
}

/** A figure of the prose (an amount, a count, a percentage), not a number that names, orders or dates something. */
export function isClaim(n: ProseNumber): boolean {
  return n.status !== 'not-derivable' || n.figure;
}

/**
 * The prose, a paragraph a line, every figure marked: a linked one opens its verdict and
 * evidence, an unlinked one its candidates, and one the tables cannot confirm says why.
 * Popover ids (pop-claim-<n>, in reading order) pair a mark with its popover on this page
 * only; they are not permalinks.
 */
export function claimsProseHtml(lines: readonly { line: number; kind: string; segments: Segment[] }[], page: ClaimsPage): string {
  const { release, base } = page;
  let pop = 0;
  let html = '';
  for (const l of lines) {
    html += `<p id="L${l.line}" class="${attr(l.kind)}"><a class="ln" href="${attr(href(base, paths.sourceLine(release, l.line)))}" aria-label="Source line ${l.line}">${l.line}</a>`;
    for (const s of l.segments) {
      const n = s.number;
      // Dates, periods, years, footnote marks, ordinals: they name or locate, they claim nothing.
      if (!n || !isClaim(n)) html += text(s.text);
      else if (n.status === 'not-derivable') html += `<span class="nd" title="${attr(n.reason)}">${text(s.text)}<span class="visually-hidden">${text(` (not derivable: ${n.reason})`)}</span></span>`;
      else html += n.status === 'unlinked' ? unlinkedMark(n, s.text, `pop-claim-${++pop}`, page) : linkedMark(n, s.text, `pop-claim-${++pop}`, page);
    }
    html += '</p>';
  }
  return html;
}

/** A candidate of an unlinked number: its line item and period in words (and, to its author, as claims.yaml writes it). */
function candidateHtml(c: Unlinked['candidates'][number], author: boolean): string {
  return author ? `<code>${text(c.is)}</code>` : text(c.title);
}

function unlinkedMark(n: Unlinked, shown: string, pid: string, page: ClaimsPage): string {
  const candidates = n.candidates.map((c, i) => `${i > 0 ? '; ' : ''}${candidateHtml(c, page.author ?? false)} (${text(c.computed === null ? 'n/a' : shownBeside(n.text, c.computed))}, ${text(c.verdict)})`).join('');
  return (
    `<span class="mark-wrap"><button type="button" class="unlinked" popovertarget="${attr(pid)}">${text(shown)}<span class="visually-hidden"> (not linked)</span></button>` +
    `<span class="explain" popover id="${attr(pid)}"><span><strong>Not linked</strong>: ${text(n.reason)}.</span>${n.candidates.length > 0 ? `<span>Candidates: ${candidates}</span>` : ''}</span></span>`
  );
}

/**
 * The figures a claim compares, as a reader checks them: the prose's figure against the tables'
 * as printed ("$29.3 million vs 29,262 thousand"), or against the figure recomputed from them with
 * how ("46.5 percent vs 46.46% = (9,924 ÷ 6,776 − 1) × 100").
 */
export function comparedText(check: Check): string {
  const from = derivation(check);
  if (check.computed === null) return `${reportedShown(check)}: ${check.explanation}`;
  // One printed figure, as printed: it is what the words round.
  const printed = signedShown(check);
  if (from !== null && /^[−-]?[\d,.]+(?: [a-z]+)?$/.test(from)) return `${printed} vs ${from}`;
  return `${printed} vs ${computedShown(check)}${from === null ? '' : ` = ${from}`}`;
}

/** The prose's figure with the sign its words give it ("decreased 7 percent" is −7 percent), beside a signed recomputed one. */
function signedShown(check: Check): string {
  const shown = reportedShown(check);
  return check.reported.value?.startsWith('-') && !/[−(-]/.test(shown) ? `−${shown}` : shown;
}

function linkedMark(n: Linked, shown: string, pid: string, page: ClaimsPage): string {
  const { release, base } = page;
  const e = n.evidence;
  const check = page.checks.get(n.check);
  const evidence = e
    ? `<span>“${text(e.subject.words)}” names ${text(e.subject.label)}${e.base ? `, of “${text(e.base.words)}” (${text(e.base.label)})` : ''}; period: ${text(periodInWords(e.period))}${e.prior ? `; compared with ${text(periodInWords(e.prior))}` : ''}.</span>`
    : '';
  return (
    `<span class="mark-wrap"><button type="button" class="claim ${attr(n.verdict)}${n.source === 'hand' ? ' by-hand' : ''}" popovertarget="${attr(pid)}">${text(shown)}${markHtml(n.verdict, { hidden: true })}` +
    `<span class="visually-hidden">${text(` (linked ${linkedBy(n.source)}, ${n.verdict})`)}</span></button>` +
    `<span class="explain" popover id="${attr(pid)}"><span><a class="verdict ${attr(n.verdict)}" href="${attr(href(base, paths.check(release, n.check)))}">${markHtml(n.verdict, { label: true })}</a> ${text(check?.title ?? n.is)}</span>` +
    `${check ? `<span class="cmp">${text(comparedText(check))}</span>` : ''}` +
    `<span>Linked ${text(howLinked(n, page.author))}${page.author ? `: <code>${text(n.is)}</code>` : ''}.</span>${evidence}${(e?.notes ?? []).map((note) => `<span>${text(note)}.</span>`).join('')}` +
    `${n.automatic ? `<span>The linker read: ${text(n.automatic)}.</span>` : ''}</span></span>`
  );
}

/** The rows of the numbers not linked: line, number, why not, and the candidates with their verdicts. */
export function unlinkedRowsHtml(numbers: readonly ProseNumber[], author = false): string {
  return numbers
    .filter((n): n is Unlinked => n.status === 'unlinked')
    .map(
      (n) =>
        `<tr><td><a href="#L${n.line}">${n.line}</a></td><td>${text(n.text)}</td><td>${text(n.reason)}</td><td>` +
        `${n.candidates.map((c) => `<div>${candidateHtml(c, author)} ${markHtml(c.verdict, { label: true })} ${text(c.computed === null ? '' : shownBeside(n.text, c.computed))}</div>`).join('')}</td></tr>`,
    )
    .join('');
}

/** The rows of the numbers linked and checked: line, number, what it asserts, how it was linked, the evidence, the verdict. */
export function linkedRowsHtml(numbers: readonly ProseNumber[], page: ClaimsPage): string {
  const { release, base } = page;
  return numbers
    .filter((n): n is Linked => n.status === 'linked')
    .map((n) => {
      const e = n.evidence;
      const evidence = e
        ? `“${text(e.subject.words)}” → ${text(e.subject.label)}; ${text(periodInWords(e.period))}${e.prior ? `; compared with ${text(periodInWords(e.prior))}` : ''}`
        : n.automatic
          ? text(`the linker read: ${n.automatic}`)
          : '';
      return (
        `<tr><td><a href="#L${n.line}">${n.line}</a></td><td>${text(n.text)}</td><td>${assertsHtml(n, page)}</td><td>${text(howLinked(n, page.author))}</td><td>${evidence}</td>` +
        `<td><a class="verdict ${attr(n.verdict)}" href="${attr(href(base, paths.check(release, n.check)))}">${markHtml(n.verdict, { label: true })}</a></td></tr>`
      );
    })
    .join('');
}

/** What a linked number asserts: its check's title and the figures compared (and, to its author, the link as claims.yaml writes it). */
function assertsHtml(n: Linked, page: ClaimsPage): string {
  const check = page.checks.get(n.check);
  const words = check ? `${text(check.title)}<div class="cmp">${text(comparedText(check))}</div>` : '';
  return page.author || !check ? `${words}<code>${text(n.is)}</code>` : words;
}

/** The rows of the numbers the tables cannot confirm: line, number, and why (a reason the site's author gave marked as such; to the author, its file). */
export function notDerivableRowsHtml(numbers: readonly ProseNumber[], author = false): string {
  return numbers
    .filter((n): n is NotDerivable => n.status === 'not-derivable' && n.figure)
    .map((n) => `<tr><td><a href="#L${n.line}">${n.line}</a></td><td>${text(n.text)}</td><td>${text(n.reason)}${n.source === 'hand' ? `<span class="muted"> (${author ? 'claims.yaml' : "the site's author"})</span>` : ''}</td></tr>`)
    .join('');
}
