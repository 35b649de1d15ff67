/**
 * The little language in which the company model writes its relations, so that an
 * analyst can read them as arithmetic on line items:
 *
 *     total-revenues - total-operating-costs-and-expenses
 *     net-loss .. accrued-restructuring-liability
 *     adjusted-ebitda / revenue * 100
 *     normalized-net-income + normalized-net-income/normalized-net-income-allocable-to-participating-securities-non-gaap
 *
 * - A name is a row id of the relation's table, a concept id of the model, or a
 *   `table/row` key; names may contain hyphens, so operators stand apart, between spaces.
 * - `+`, `-` (or `−`), `*` (or `×`), `/` (or `÷`) with the usual precedence, and parentheses.
 * - `a .. b` (or `a … b`) is the sum of every row printed from a to b, both included.
 * - A plain number (`100`) is exact and counts in units, not thousands: it scales a ratio
 *   into a percentage; it is not an amount to add.
 *
 * Every printed value enters with the sign it was printed with: "(347)" is −347, so a
 * row printed as a deduction is added, and `-` subtracts a figure printed as positive.
 */

export type Expression =
  | { type: 'name'; name: string }
  | { type: 'number'; value: string }
  | { type: 'range'; from: string; to: string }
  | { type: 'negate'; arg: Expression }
  | { type: 'binary'; op: Operator; left: Expression; right: Expression };

export type Operator = '+' | '-' | '*' | '/';

/** A syntax error, with the offending token's position (0-based character offset). */
export class ExpressionError extends Error {
  readonly offset: number;
  constructor(message: string, offset: number) {
    super(message);
    this.name = 'ExpressionError';
    this.offset = offset;
  }
}

const OPERATORS: Record<string, Operator> = { '+': '+', '-': '-', '−': '-', '*': '*', '×': '*', '/': '/', '÷': '/' };
const RANGE = new Set(['..', '…']);
const NAME = /^[a-z0-9][a-z0-9.-]*(\/[a-z0-9][a-z0-9.-]*)?$/;
const NUMBER = /^\d+(\.\d+)?$/;

interface Token {
  text: string;
  offset: number;
}

/** Parses an expression; throws ExpressionError naming what was expected and where. */
export function parseExpression(source: string): Expression {
  const tokens = tokenize(source);
  let at = 0;
  const peek = (): Token | undefined => tokens[at];
  const end = source.length;

  const primary = (): Expression => {
    const token = peek();
    if (!token) throw new ExpressionError('expected a line item, a number or "(" at the end', end);
    at++;
    if (token.text === '(') {
      const inner = additive();
      const close = peek();
      if (close?.text !== ')') throw new ExpressionError('expected ")"', close?.offset ?? end);
      at++;
      return inner;
    }
    if (OPERATORS[token.text] === '-') return { type: 'negate', arg: primary() };
    if (NUMBER.test(token.text)) return { type: 'number', value: token.text };
    if (!NAME.test(token.text)) {
      throw new ExpressionError(`expected a line item, a number or "(", found "${token.text}"`, token.offset);
    }
    const next = peek();
    if (next && RANGE.has(next.text)) {
      at++;
      const last = peek();
      if (!last || !NAME.test(last.text)) {
        throw new ExpressionError('expected a row id after ".."', last?.offset ?? end);
      }
      at++;
      return { type: 'range', from: token.text, to: last.text };
    }
    return { type: 'name', name: token.text };
  };

  const binary = (operand: () => Expression, ops: Operator[]) => (): Expression => {
    let left = operand();
    for (;;) {
      const op = peek() && OPERATORS[peek()!.text];
      if (!op || !ops.includes(op)) return left;
      at++;
      left = { type: 'binary', op, left, right: operand() };
    }
  };
  const multiplicative = binary(primary, ['*', '/']);
  const additive = binary(multiplicative, ['+', '-']);

  const tree = additive();
  const rest = peek();
  if (rest) throw new ExpressionError(`expected an operator between spaces, found "${rest.text}"`, rest.offset);
  return tree;
}

/** Every name an expression mentions, ranges' ends included, in order of appearance. */
export function namesIn(e: Expression): string[] {
  switch (e.type) {
    case 'name':
      return [e.name];
    case 'range':
      return [e.from, e.to];
    case 'number':
      return [];
    case 'negate':
      return namesIn(e.arg);
    case 'binary':
      return [...namesIn(e.left), ...namesIn(e.right)];
  }
}

// Tokens are separated by spaces; parentheses also stand alone when written against a name.
function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /[()]|[^\s()]+/g;
  for (const m of source.matchAll(pattern)) tokens.push({ text: m[0], offset: m.index });
  if (tokens.length === 0) throw new ExpressionError('expected an expression, found nothing', 0);
  return tokens;
}
