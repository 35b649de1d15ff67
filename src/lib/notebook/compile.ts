/**
 * Turns the source of one cell into the body of a function that runs it with
 * the notebook's scope as parameters: the cell's top-level names become
 * visible to later cells, and its last expression statement becomes its value.
 *
 * The cell's text is kept character for character; the only edits are a
 * header line above it, `return (` … `);` around a final expression statement,
 * and a footer below it. Lines therefore map one to one onto the notebook file.
 */
import { parse, type Node, type Pattern, type Program, type Statement } from 'acorn';

/** Parameter through which a compiled cell hands its bindings back. */
export const SINK = '__notebook';
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

  const last = program.body.at(-1);
  let code = source;
  let sourceColumn = (_line: number, column: number) => column;
  if (last?.type === 'ExpressionStatement') {
    const start = last.loc!.start;
    sourceColumn = (line, column) =>
      line === start.line && column > start.column + 1 ? column - RETURN_OPEN.length : column;
    const statement = source.slice(last.start, last.end).replace(/;$/, '');
    code = source.slice(0, last.start) + RETURN_OPEN + statement + ');' + source.slice(last.end);
  }

  // The capture function is declared after the cell (hoisting makes it
  // callable from the first line) and reads each binding in a try, because
  // an early `return` can leave a later `let` uninitialised.
  const captured = [...new Set([...declared, ...params])];
  const reads = captured.map((name) => `try { o.${name} = ${name}; } catch {}`).join(' ');
  const body =
    `return (async () => { "use strict"; ${SINK}.capture = ${CAPTURE};\n` +
    code +
    `\n;function ${CAPTURE}() { const o = {}; ${reads} return o; }\n})();`;
  return { body, declared, params, headerLines: 1, sourceColumn };
}

function parseCell(source: string): Program {
  try {
    return parse(source, {
      ecmaVersion: 'latest',
      sourceType: 'script',
      allowReturnOutsideFunction: true,
      allowAwaitOutsideFunction: true,
      locations: true,
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
