import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type ParserError, type Token } from 'parse5';
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
  /** Tables nested so deep (below MAX_TABLE_DEPTH elements) that they are read as their text, where each opens. */
  flattened: SourceLocation[];
}

/**
 * parse5's tree keeping of each node's source location only what the import reads: where it
 * starts and ends, and whether an element's end tag is printed. parse5's own kept a start tag's
 * and an end tag's location (with every attribute's) beside it and copied it whole at each end
 * tag: a third of the tree of a 200,000-row table (3.1 KB a row, 1.9 KB with this).
 */
const treeAdapter: typeof defaultTreeAdapter = {
  ...defaultTreeAdapter,
  setNodeSourceCodeLocation(node, at) {
    node.sourceCodeLocation = at && ({ startLine: at.startLine, startCol: at.startCol, startOffset: at.startOffset, endLine: at.endLine, endCol: at.endCol, endOffset: at.endOffset } as Token.ElementLocation);
  },
  updateNodeSourceCodeLocation(node, end) {
    const at = node.sourceCodeLocation as Token.ElementLocation | null | undefined;
    if (!at) return;
    if (end.endLine !== undefined) at.endLine = end.endLine;
    if (end.endCol !== undefined) at.endCol = end.endCol;
    if (end.endOffset !== undefined) at.endOffset = end.endOffset;
    // Only whether it is printed is read (an unclosed table; parse5's own recovery at the end of the body).
    if ((end as Partial<Token.ElementLocation>).endTag) at.endTag = true as unknown as Token.Location;
  },
};

export function parseHtml(text: string): ParsedHtml {
  const errors: ParserError[] = [];
  const document = parse(text, { sourceCodeLocationInfo: true, treeAdapter, onParseError: (e) => errors.push(e) });
  const flattened = flattenDeep(document);
  return { document, errors, flattened };
}

/** How deep elements may nest for the import's walks, which recurse; real pages nest a few dozen deep. */
const MAX_DEPTH = 256;
/** Below MAX_DEPTH only a table's own structure nests further, down to this depth. */
const MAX_TABLE_DEPTH = MAX_DEPTH + 64;
const TABLE_PARTS = new Set(['table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);
/** Elements whose end a reader sees as a break: unwrapped, their text is kept apart from the next. */
const BREAKS = new Set(['div', 'p', 'br', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'main', 'blockquote', 'pre', 'center', 'table', 'tr', 'td', 'th', 'caption', 'hr', 'header', 'footer', 'aside', 'address', 'figure', 'figcaption']);

/**
 * Elements nested deeper than MAX_DEPTH (only hostile or broken markup: `<div>` twenty thousand
 * deep) are unwrapped: their text is kept in order, a break where a block ended, and so are the
 * tables among them with their rows and cells (a table below 256 wrappers is still a table), down
 * to MAX_TABLE_DEPTH, past which a table too is its text (returned, to be said). So no walk of
 * the tree overflows the stack. Walked with a stack, not recursion.
 */
export function flattenDeep(document: ParentNode): SourceLocation[] {
  const flattened: SourceLocation[] = [];
  const stack: [Node, number][] = [[document, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!('childNodes' in node)) continue;
    if (depth >= MAX_DEPTH && isElement(node)) {
      // A table is kept above MAX_TABLE_DEPTH, and a kept table's parts as its own children; the
      // parts of an unwrapped table are unwrapped with it.
      const direct = new Set(node.childNodes);
      const keeps = (el: Element) => (tag(el) === 'table' ? depth < MAX_TABLE_DEPTH : TABLE_PARTS.has(tag(el)) && direct.has(el));
      const kept: Node[] = [];
      // Depth first, in document order: children pushed last to first; a null marks a block's end.
      const inner: (Node | null)[] = node.childNodes.toReversed();
      while (inner.length > 0) {
        const n = inner.pop()!;
        if (n === null) {
          kept.push({ nodeName: '#text', value: '\n', parentNode: node } as TextNode);
          continue;
        }
        if (isText(n)) kept.push({ ...n, parentNode: node });
        else if (isElement(n) && keeps(n)) {
          n.parentNode = node;
          kept.push(n);
        } else {
          if (isElement(n) && tag(n) === 'table') flattened.push(locate(n));
          if (isElement(n) && BREAKS.has(tag(n))) inner.push(null);
          for (let i = childNodes(n).length - 1; i >= 0; i--) inner.push(childNodes(n)[i]!);
        }
      }
      node.childNodes = kept as typeof node.childNodes;
      for (const child of kept) if (isElement(child)) stack.push([child, depth + 1]);
      continue;
    }
    for (const child of node.childNodes) stack.push([child, depth + 1]);
  }
  return flattened;
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
