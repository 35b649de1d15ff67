import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'zod';
import type { IngestIssue } from './types.ts';

/**
 * Parses a YAML data file and validates it against a zod schema. Every problem comes
 * back as one readable issue naming the file, the line and column of the offending key,
 * the key's path and what was expected; nothing is thrown.
 */
export function parseYamlFile<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
): { value: z.infer<S>; issues: [] } | { value: null; issues: IngestIssue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      value: null,
      issues: doc.errors.map((e) => {
        const at = lineCounter.linePos(e.pos[0]);
        return { file, line: at.line, column: at.col, message: `expected valid YAML: ${e.message.split('\n')[0]}` };
      }),
    };
  }
  const result = schema.safeParse(doc.toJS() ?? {});
  if (result.success) return { value: result.data, issues: [] };
  return {
    value: null,
    issues: result.error.issues.map((issue) => {
      const path = issue.path.map(String);
      // Point at the deepest node that exists: the key itself, or the map that lacks it.
      let at = { line: 1, col: 1 };
      for (let depth = path.length; depth >= 0; depth--) {
        const node = doc.getIn(path.slice(0, depth), true);
        if (isNode(node) && node.range) {
          at = lineCounter.linePos(node.range[0]);
          break;
        }
      }
      const key = path.length ? `'${path.join('.')}'` : 'the file';
      return { file, line: at.line, column: at.col, message: `${key}: ${issue.message}` };
    }),
  };
}
