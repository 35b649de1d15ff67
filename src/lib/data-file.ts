import { LineCounter, parseDocument, isAlias, isNode, isScalar, visit } from 'yaml';
import type { z } from 'zod';
import type { IngestIssue } from './types.ts';

/**
 * How many aliases (`*name`) a data file may resolve. Data files need few; a "billion laughs"
 * file nests aliases of aliases until expanding them exhausts memory, and the yaml library
 * counts every expansion against this limit.
 */
export const MAX_ALIAS_COUNT = 100;

/**
 * How deep a data file may nest, in columns of indentation (with `- ` and `? ` markers) and in
 * levels of `[`/`{`. The yaml library recurses per level and thousands of levels exhaust
 * the stack, or memory; data files nest a handful of levels.
 */
export const MAX_INDENT = 256;
export const MAX_FLOW_DEPTH = 64;

/**
 * Parses a YAML data file and validates it against a zod schema. Every problem comes
 * back as one readable issue naming the file, the line and column of the offending key,
 * the key's path and what was expected; nothing is thrown.
 */
export function parseYamlFile<S extends z.ZodType>(file: string, text: string, schema: S): Parsed<S> {
  const tooDeep = nestingIssue(text);
  if (tooDeep) return { value: null, issues: [{ file, ...tooDeep }] };
  const { doc, lineCounter } = parse(text);
  return validate(file, doc, lineCounter, schema);
}

type Parsed<S extends z.ZodType> = { value: z.infer<S>; issues: [] } | { value: null; issues: IngestIssue[] };

/**
 * parseYamlFile, and a locator for key paths of the text (see yamlLocator) from the same
 * parse, for a file whose problems are also found after validation (claims.yaml).
 */
export function parseLocatedYamlFile<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
): Parsed<S> & { locate: (path: readonly (string | number)[]) => { line: number; column: number } } {
  const tooDeep = nestingIssue(text);
  if (tooDeep) return { value: null, issues: [{ file, ...tooDeep }], locate: yamlLocator(text) };
  const { doc, lineCounter } = parse(text);
  return { ...validate(file, doc, lineCounter, schema), locate: (path) => locateKey(doc, lineCounter, path) };
}

/** A parsed document's problems, else its value validated against the schema. */
function validate<S extends z.ZodType>(file: string, doc: YamlDocument, lineCounter: LineCounter, schema: S): Parsed<S> {
  // Warnings too (an unknown tag such as !!js/function, read as a plain string): a data file
  // that means something other than what the parser read must not pass silently.
  const errors = [...doc.errors, ...doc.warnings].map((e) => {
    const at = lineCounter.linePos(e.pos[0]);
    const message = e.code === 'MULTIPLE_DOCS' ? 'a second document (after ---)' : e.message.split('\n')[0];
    return { file, line: at.line, column: at.col, message: `expected valid YAML: ${message}` };
  });
  if (errors.length === 0) errors.push(...duplicateKeys(doc, lineCounter).map((issue) => ({ file, ...issue })));
  if (errors.length > 0) return { value: null, issues: errors };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // The yaml library throws a ReferenceError for too many alias expansions, and for an
    // alias to an anchor that is not defined before it.
    if (!(error instanceof ReferenceError)) throw error;
    const at = firstAlias(doc, lineCounter);
    const message = /alias count/i.test(error.message)
      ? `expected at most ${MAX_ALIAS_COUNT} alias expansions (*name), found more: aliases nested in aliases multiply (a "billion laughs" file); write the values out`
      : `expected every alias (*name) to refer to an anchor (&name) defined above it: ${error.message}`;
    return { value: null, issues: [{ file, ...at, message }] };
  }
  const result = schema.safeParse(data ?? {});
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

/**
 * The one YAML parse of tieout's data files. Unique keys are checked by duplicateKeys()
 * instead of the library, whose check is quadratic in the number of keys of a map.
 */
function parse(text: string): { doc: YamlDocument; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  // logLevel 'error': the library would print its warnings on the process's stderr; they are issues here.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
  return { doc, lineCounter };
}

type Located = { line: number; column: number; message: string };

/** A key written twice in one map (YAML forbids it, and one of the two values would be lost), or a key that is not a plain value. */
function duplicateKeys(doc: YamlDocument, lineCounter: LineCounter): Located[] {
  const issues: Located[] = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Map<string, number>();
      for (const pair of map.items) {
        if (isNode(pair.key) && !isScalar(pair.key) && pair.key.range) {
          const at = lineCounter.linePos(pair.key.range[0]);
          issues.push({ line: at.line, column: at.col, message: 'expected a plain key, found a list or map used as a key' });
          continue;
        }
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const name = String(pair.key.value);
        const at = lineCounter.linePos(pair.key.range[0]);
        const first = seen.get(name);
        if (first === undefined) seen.set(name, at.line);
        else issues.push({ line: at.line, column: at.col, message: `expected each key once in a map, found '${name}' again (first at line ${first})` });
      }
    },
  });
  return issues;
}

/**
 * A linear scan for nesting deeper than the parser can take (see MAX_INDENT): indentation
 * with leading sequence markers, and flow brackets outside quoted text and comments.
 */
function nestingIssue(text: string): Located | null {
  const lines = text.split('\n');
  let flow = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const indent = /^(?:[ \t]|[-?:](?=[ \t]))*/.exec(line)![0].length;
    if (indent > MAX_INDENT) {
      return { line: i + 1, column: 1, message: `expected YAML indented at most ${MAX_INDENT} columns, found ${indent}: data files nest a few levels` };
    }
    let quote: string | null = null;
    for (let c = 0; c < line.length; c++) {
      const ch = line[c]!;
      if (quote) {
        if (ch === '\\' && quote === '"') c++;
        else if (ch === quote) quote = null;
      } else if (ch === '"' || ch === "'") {
        if (c === 0 || /[\s\[{,:]/.test(line[c - 1]!)) quote = ch;
      } else if (ch === '#' && (c === 0 || /\s/.test(line[c - 1]!))) {
        break;
      } else if (ch === '[' || ch === '{') {
        if (++flow > MAX_FLOW_DEPTH) {
          return { line: i + 1, column: c + 1, message: `expected [ ] and { } nested at most ${MAX_FLOW_DEPTH} levels deep, found deeper: data files nest a few levels` };
        }
      } else if ((ch === ']' || ch === '}') && flow > 0) {
        flow--;
      }
    }
  }
  return null;
}

/** Where the first alias of a document is, for errors about aliases. */
function firstAlias(doc: YamlDocument, lineCounter: LineCounter): { line: number; column: number } {
  let at = { line: 1, column: 1 };
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node) && node.range) {
        const pos = lineCounter.linePos(node.range[0]);
        at = { line: pos.line, column: pos.col };
        return visit.BREAK;
      }
    },
  });
  return at;
}

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
  const { doc, lineCounter } = parse(text);
  return (path) => locateKey(doc, lineCounter, path);
}
