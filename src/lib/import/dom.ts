import { parse, type DefaultTreeAdapterMap, type ParserError } from 'parse5';
import type { SourceLocation } from '../types.ts';

export type Node = DefaultTreeAdapterMap['node'];
export type ParentNode = DefaultTreeAdapterMap['parentNode'];
export type Element = DefaultTreeAdapterMap['element'];
export type TextNode = DefaultTreeAdapterMap['textNode'];
export type Document = DefaultTreeAdapterMap['document'];

/** An HTML document parsed as browsers parse it, with the source location of every node. */
export interface ParsedHtml {
  document: Document;
  /** parse5's recovery notes: what the markup got wrong and where. */
  errors: ParserError[];
}

export function parseHtml(text: string): ParsedHtml {
  const errors: ParserError[] = [];
  const document = parse(text, { sourceCodeLocationInfo: true, onParseError: (e) => errors.push(e) });
  flattenDeep(document);
  return { document, errors };
}

/** How deep elements may nest for the import's walks, which recurse; real pages nest a few dozen deep. */
const MAX_DEPTH = 256;

/**
 * Elements nested deeper than MAX_DEPTH (only hostile or broken markup: `<div>` twenty thousand
 * deep) are replaced by their descendants' elements-free content, kept in order, so that no walk
 * of the tree overflows the stack. Walked with a stack, not recursion.
 */
function flattenDeep(document: Document): void {
  const stack: [Node, number][] = [[document, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!('childNodes' in node)) continue;
    if (depth >= MAX_DEPTH && isElement(node)) {
      const texts: TextNode[] = [];
      // Depth first, in document order: children pushed last to first.
      const inner: Node[] = node.childNodes.toReversed();
      while (inner.length > 0) {
        const n = inner.pop()!;
        if (isText(n)) texts.push({ ...n, parentNode: node });
        else for (let i = childNodes(n).length - 1; i >= 0; i--) inner.push(childNodes(n)[i]!);
      }
      node.childNodes = texts;
      continue;
    }
    for (const child of node.childNodes) stack.push([child, depth + 1]);
  }
}

export function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

export function isText(node: Node): node is TextNode {
  return node.nodeName === '#text';
}

export function childNodes(node: Node): Node[] {
  return 'childNodes' in node ? node.childNodes : [];
}

export function childElements(node: Node): Element[] {
  return childNodes(node).filter(isElement);
}

/** Tag name in lower case, namespace prefix kept (`ix:nonfraction`). */
export function tag(el: Element): string {
  return el.tagName.toLowerCase();
}

export function attr(el: Element, name: string): string | null {
  return el.attrs.find((a) => a.name === name)?.value ?? null;
}

/** Where a node starts in the source (1-based line and column); the document start when parse5 has none. */
export function locate(node: Node): SourceLocation {
  // HTML written from another source (markdown.ts) names the place its source prints the element at.
  const mark = isElement(node) ? node.attrs.find((a) => a.name === 'data-tieout-at') : undefined;
  const place = mark && /^(\d+):(\d+)$/.exec(mark.value);
  if (place) return { line: Number(place[1]), column: Number(place[2]) };
  const at = node.sourceCodeLocation;
  return at ? { line: at.startLine, column: at.startCol } : { line: 1, column: 1 };
}

/** Every descendant element in document order, not descending into elements `skip` refuses. */
export function* descendants(node: Node, skip: (el: Element) => boolean = () => false): Generator<Element> {
  for (const child of childNodes(node)) {
    if (!isElement(child) || skip(child)) continue;
    yield child;
    yield* descendants(child, skip);
  }
}

/** The raw text content of a node (no whitespace handling). */
export function rawText(node: Node): string {
  if (isText(node)) return node.value;
  return childNodes(node).map(rawText).join('');
}

/** Class and id tokens, lower case: `class="widget article-contacts"` → ["widget", "article-contacts"]. */
export function nameTokens(el: Element): string[] {
  return `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`.toLowerCase().split(/\s+/).filter(Boolean);
}
