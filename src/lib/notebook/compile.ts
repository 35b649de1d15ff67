/**
 * Turns the source of one cell into the body of a function that runs it with
 * the notebook's scope as parameters: the cell's top-level names become
 * visible to later cells, and its last expression statement becomes its value.
 *
 * The cell's text is kept character for character; the only edits are a
 * header line above it, `return (` … `);` around a final expression statement,
 * a time check (`__notebook.tick();`) at the head of every loop body, so that an
 * endless loop is stopped where it loops, and a footer below it. No line is
 * added inside the cell, so lines map one to one onto the notebook file.
 */
import { parse, type Node, type Pattern, type Program, type Statement } from 'acorn';

/** Parameter through which a compiled cell hands its bindings back and checks its time. */
export const SINK = '__notebook';
const TICK = `${SINK}.tick();`;
const CAPTURE = '__notebookCapture';

export interface CompiledCell {
  /** Body for `vm.compileFunction(body, [SINK, ...params])`; returns a promise of the cell's value. */
  body: string;
  /** Names the cell declares at its top level. */
  declared: string[];
  /** Names of the scope the cell receives (every scope name it does not declare itself). */
  params: string[];
  /** Lines above the cell's first line in `body`. */
  headerLines: number;
  /** Maps a 1-based column reported for a 1-based cell line back to the cell's own text. */
  sourceColumn: (line: number, column: number) => number;
}

/** Text inserted before the cell's character at `offset`; an error inside it is reported at `at` (default: offset). */
interface Insertion {
  offset: number;
  text: string;
  at?: number;
}

/** A syntax error in a cell, at a 1-based line and column of the cell. */
export class CellSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  constructor(message: string, line: number, column: number) {
    super(message);
    this.name = 'SyntaxError';
    this.line = line;
    this.column = column;
  }
}

const RETURN_OPEN = 'return (';
const REACHES_ANY_NAME = /\\u|eval|arguments/;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Compiles `source` against the names already in scope. Throws CellSyntaxError
 * when the cell does not parse.
 */
export function compileCell(source: string, scopeNames: readonly string[]): CompiledCell {
  const program = parseCell(source);
  const declared = declaredNames(program);
  const own = new Set(declared);
  // A cell may redeclare a name of an earlier cell (as a re-run Jupyter cell
  // does); it then shadows the earlier binding instead of clashing with it.
  const params = scopeNames.filter((name) => !own.has(name));
  for (const name of params) {
    if (!IDENTIFIER.test(name) || name === SINK || name === CAPTURE) {
      throw new Error(`scope name ${JSON.stringify(name)} is not usable as a variable name`);
    }
  }

  const insertions = LOOP_KEYWORD.test(source) ? loopTicks(program) : [];
  const last = program.body.at(-1);
  let end = source.length;
  let tail = '';
  if (last?.type === 'ExpressionStatement') {
    insertions.push({ offset: last.start, text: RETURN_OPEN });
    const statement = source.slice(last.start, last.end);
    end = statement.endsWith(';') ? last.end - 1 : last.end;
    tail = ');' + source.slice(last.end);
  }
  insertions.sort((a, b) => a.offset - b.offset);
  let code = '';
  let at = 0;
  for (const insertion of insertions) {
    code += source.slice(at, insertion.offset) + insertion.text;
    at = insertion.offset;
  }
  code += source.slice(at, end) + tail;
  const sourceColumn = columnMap(source, insertions);

  // The capture function is declared after the cell (hoisting makes it
  // callable from the first line) and reads each binding in a try, because
  // an early `return` can leave a later `let` uninitialised. It reads what the cell declares and
  // the scope names its text mentions (it may assign them); one it never names keeps its value, and
  // reading back every name (some forty) was most of the code compiled for a cell. An escape
  // (`\u0066acts`), eval or `arguments` can reach a name without spelling it: then every name is read.
  const mentioned = REACHES_ANY_NAME.test(source) ? params : params.filter((name) => source.includes(name));
  const captured = [...new Set([...declared, ...mentioned])];
  const reads = captured.map((name) => `try { o.${name} = ${name}; } catch {}`).join(' ');
  const body =
    `return (async () => { "use strict"; ${SINK}.capture = ${CAPTURE};\n` +
    code +
    `\n;function ${CAPTURE}() { const o = {}; ${reads} return o; }\n})();`;
  return { body, declared, params, headerLines: 1, sourceColumn };
}

/**
 * A time check at the head of every loop body: after `{` of a block, or around a single
 * statement (`while (x) i++;` runs as `while (x) {__notebook.tick();i++;}`).
 */
function loopTicks(program: Program): Insertion[] {
  const insertions: Insertion[] = [];
  walk(program, (node) => {
    if (!LOOPS.has(node.type)) return;
    const body = (node as unknown as { body: Node }).body;
    // A loop stopped by its time check is reported where the loop starts.
    if (body.type === 'BlockStatement') {
      insertions.push({ offset: body.start + 1, text: TICK, at: node.start });
    } else {
      insertions.push({ offset: body.start, text: `{${TICK}`, at: node.start }, { offset: body.end, text: '}' });
    }
  });
  return insertions;
}

const LOOPS = new Set(['WhileStatement', 'DoWhileStatement', 'ForStatement', 'ForInStatement', 'ForOfStatement']);
// A loop starts with one of these keywords, which no escape can spell: most cells have none, and no tree to walk for loops.
const LOOP_KEYWORD = /(?:^|[^\w$])(?:for|while|do)(?![\w$])/;

/** Visits every node of an acorn tree. */
function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  // for…in rather than Object.values: an array for every node of every cell added up.
  for (const key in node) {
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const item of value) if (item && typeof item.type === 'string') walk(item, visit);
    } else if (value && typeof value === 'object' && typeof (value as Node).type === 'string' && value !== node) {
      walk(value as Node, visit);
    }
  }
}

/**
 * Maps a column of the compiled text back to the cell's own text, given what was inserted
 * where: a column inside inserted text maps to the character it was inserted before.
 */
function columnMap(source: string, insertions: Insertion[]): (line: number, column: number) => number {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const columnOf = (offset: number) => offset - lineStarts.findLast((s) => s <= offset)! + 1;
  return (line, column) => {
    const start = lineStarts[line - 1];
    if (start === undefined) return column;
    const next = lineStarts[line] ?? source.length + 1;
    let shift = 0;
    for (const insertion of insertions) {
      const { offset, text } = insertion;
      if (offset < start) continue;
      if (offset >= next) break;
      const insertedAt = offset - start + 1 + shift; // compiled column where the insertion begins
      if (column < insertedAt) break;
      if (column < insertedAt + text.length) return columnOf(insertion.at ?? offset);
      shift += text.length;
    }
    return column - shift;
  };
}

function parseCell(source: string): Program {
  try {
    return parse(source, {
      ecmaVersion: 'latest',
      sourceType: 'script',
      allowReturnOutsideFunction: true,
      allowAwaitOutsideFunction: true,
    });
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc;
    const message = (error as Error).message.replace(/ \(\d+:\d+\)$/, '');
    throw new CellSyntaxError(message, loc?.line ?? 1, (loc?.column ?? 0) + 1);
  }
}

/** Names bound at the top level of a cell by var, let, const, function and class. */
export function declaredNames(program: Program): string[] {
  const names: string[] = [];
  for (const statement of program.body as Statement[]) {
    if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement.declarations) collectPattern(declarator.id, names);
    } else if (
      (statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration') &&
      statement.id
    ) {
      names.push(statement.id.name);
    }
  }
  return names;
}

function collectPattern(pattern: Pattern | Node, names: string[]): void {
  const node = pattern as Pattern;
  switch (node.type) {
    case 'Identifier':
      names.push(node.name);
      break;
    case 'ObjectPattern':
      for (const property of node.properties) {
        collectPattern(property.type === 'RestElement' ? property.argument : property.value, names);
      }
      break;
    case 'ArrayPattern':
      for (const element of node.elements) if (element) collectPattern(element, names);
      break;
    case 'AssignmentPattern':
      collectPattern(node.left, names);
      break;
    case 'RestElement':
      collectPattern(node.argument, names);
      break;
  }
}
