/**
 * Problems in a model's relations, located in model.yaml as `file:line:column` issues:
 * each at the deepest key of its path that the file has.
 */
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { IngestIssue } from '../types.ts';
import type { RelationIssue } from './relations.ts';

/** `text` is the content of `file`, the model.yaml the relations were read from. */
export function locateRelationIssues(file: string, text: string, issues: RelationIssue[]): IngestIssue[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return issues.map((issue) => {
    const path = ['relations', ...issue.path];
    let at = { line: 1, col: 1 };
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) {
        at = lineCounter.linePos(node.range[0]);
        break;
      }
    }
    return { file, line: at.line, column: at.col, message: `'${path.join('.')}': ${issue.message}` };
  });
}
