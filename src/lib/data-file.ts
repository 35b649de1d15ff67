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
      const at = locateKey(doc, lineCounter, path);
      const key = path.length ? `'${path.join('.')}'` : 'the file';
      return { file, ...at, message: `${key}: ${issue.message}` };
    }),
  };
}

type YamlDocument = ReturnType<typeof parseDocument>;

/** Where a key path sits in a YAML document: the deepest node of the path that exists (the key itself, or the map that lacks it). */
export function locateKey(doc: YamlDocument, lineCounter: LineCounter, path: readonly (string | number)[]): { line: number; column: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) {
      const at = lineCounter.linePos(node.range[0]);
      return { line: at.line, column: at.col };
    }
  }
  return { line: 1, column: 1 };
}

/** A locator for key paths of a YAML text, for problems found after parsing (e.g. names that match nothing). */
export function yamlLocator(text: string): (path: readonly (string | number)[]) => { line: number; column: number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return (path) => locateKey(doc, lineCounter, path);
}
