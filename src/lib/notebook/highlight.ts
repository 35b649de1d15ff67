/**
 * Syntax highlighting of a cell's source at build time, with Lezer's JavaScript parser (the
 * one CodeMirror uses) and the site's own colours: each token gets a class for its kind
 * (keyword, string, …), never an inline style, so the colours meet contrast in both schemes
 * (site.css) and pages need no style attributes. Lezer parses a cell in a single pass, about
 * nine times faster than a TextMate grammar (Shiki), which was a quarter of a notebook page's
 * build time.
 */
import { parser } from '@lezer/javascript';
import { highlightCode, tagHighlighter, tags as t } from '@lezer/highlight';
import { escapeHtml } from '../markup.ts';

/**
 * Token kinds → the classes site.css colours: k keyword, operator and arrow, f function and class
 * name, c constant, number, property and declared name, s string and regular expression,
 * m comment. The most specific tag wins (`function(propertyName)` is f, `propertyName` c).
 */
const KINDS = tagHighlighter([
  // An arrow `=>` is Lezer's function(punctuation); it reads as the keyword it stands for.
  { tag: [t.keyword, t.operator, t.function(t.punctuation)], class: 'k' },
  // A member access's dot and a spread are punctuation, not operators to colour ('-' is no class: an empty one would fall back to the parent tag's).
  { tag: [t.derefOperator, t.punctuation], class: '-' },
  { tag: [t.function(t.variableName), t.function(t.propertyName), t.function(t.definition(t.variableName)), t.className, t.typeName], class: 'f' },
  { tag: [t.number, t.bool, t.null, t.atom, t.self, t.propertyName, t.definition(t.variableName), t.escape], class: 'c' },
  { tag: [t.string, t.special(t.string), t.regexp], class: 's' },
  { tag: t.comment, class: 'm' },
]);

/** `source` as HTML for a `<code>`: escaped text in `<span class="k|f|c|s|m">` runs, lines kept. */
export function highlightJs(source: string): string {
  let html = '';
  highlightCode(
    source,
    parser.parse(source),
    KINDS,
    (text, kind) => {
      html += kind && kind !== '-' ? `<span class="${kind}">${escapeHtml(text)}</span>` : escapeHtml(text);
    },
    () => {
      html += '\n';
    },
  );
  return html;
}
