/**
 * The expressions of claims.yaml's `is:`, parsed into a tree:
 *
 *   revenue@2010-q2                     a concept in a period
 *   revenue                             … in the claim's default period
 *   [segment-profit/segment-profit--total/2010-q2]   a fact by id (release prefix optional)
 *   a + b, a - b, a * b, a / b, -a, (a)  arithmetic (write a binary minus with spaces:
 *                                        "a-b" is one concept id)
 *   growth(adjusted-ebitda, 2009-q2)    current ÷ prior − 1, current in the default period
 *   growth(adjusted-ebitda, 2010-q2, 2009-q2)
 *   growth(x, y)                        x ÷ y − 1 for two expressions
 *   change(segment-margin, 2009-q2)     current − prior (same forms as growth)
 *   100, 0.5                            plain numbers
 */
import { messages } from './messages.ts';

export type Expr =
  | { op: 'ref'; concept: string; period: string | null }
  | { op: 'fact'; id: string }
  | { op: 'num'; value: string }
  | { op: 'neg'; arg: Expr }
  | { op: '+' | '-' | '*' | '/'; left: Expr; right: Expr }
  | { op: 'growth' | 'change'; current: Expr; prior: Expr };

export class ExpressionError extends Error {}

/** Parses an expression; throws ExpressionError naming the column and what was expected. */
export function parseExpression(source: string): Expr {
  const p = new Parser(source);
  const expr = p.expression();
  p.skip();
  if (!p.done()) p.fail('an operator (+ - * /) or the end');
  return expr;
}

const IDENT = /[a-z][a-z0-9]*(?:-[a-z0-9]+)*/y;
const PERIOD = /\d{4}(?:-[a-z0-9]+)+/y;
const NUMBER = /\d+(?:\.\d+)?/y;
const FACT = /\[([^\]\s]+)\]/y;
const SPACE = /\s*/y;

class Parser {
  private at = 0;
  private readonly source: string;
  constructor(source: string) {
    this.source = source;
  }

  done(): boolean {
    return this.at >= this.source.length;
  }

  fail(expected: string): never {
    throw new ExpressionError(messages.parse(this.source, this.at, expected));
  }

  skip(): void {
    SPACE.lastIndex = this.at;
    SPACE.exec(this.source);
    this.at = SPACE.lastIndex;
  }

  private peek(): string {
    this.skip();
    return this.source[this.at] ?? '';
  }

  private match(re: RegExp): RegExpExecArray | null {
    this.skip();
    re.lastIndex = this.at;
    const m = re.exec(this.source);
    if (m) this.at = re.lastIndex;
    return m;
  }

  private eat(ch: string): boolean {
    if (this.peek() !== ch) return false;
    this.at++;
    return true;
  }

  expression(): Expr {
    let left = this.term();
    for (;;) {
      const c = this.peek();
      if (c !== '+' && c !== '-' && c !== '−') return left;
      this.at++;
      left = { op: c === '+' ? '+' : '-', left, right: this.term() };
    }
  }

  private term(): Expr {
    let left = this.unary();
    for (;;) {
      const c = this.peek();
      if (c !== '*' && c !== '/' && c !== '×' && c !== '÷') return left;
      this.at++;
      left = { op: c === '*' || c === '×' ? '*' : '/', left, right: this.unary() };
    }
  }

  private unary(): Expr {
    const c = this.peek();
    if (c === '-' || c === '−') {
      this.at++;
      return { op: 'neg', arg: this.unary() };
    }
    return this.primary();
  }

  private primary(): Expr {
    if (this.eat('(')) {
      const e = this.expression();
      if (!this.eat(')')) this.fail("')'");
      return e;
    }
    const fact = this.match(FACT);
    if (fact) return { op: 'fact', id: fact[1] };
    const start = this.at;
    if (this.match(PERIOD)) {
      this.at = start;
      this.fail('a concept, a fact id in [brackets] or a number (a period follows @)');
    }
    const num = this.match(NUMBER);
    if (num) return { op: 'num', value: num[0] };
    const ident = this.match(IDENT);
    if (!ident) this.fail('a concept, a fact id in [brackets], a number or (');
    if (this.eat('(')) return this.call(ident[0]);
    return { op: 'ref', concept: ident[0], period: this.eat('@') ? this.period() : null };
  }

  private period(): string {
    const m = this.match(PERIOD);
    if (!m) this.fail('a period id such as 2010-q2 or 2010-06-30');
    return m[0];
  }

  // growth(concept, [current,] prior) or growth(expression, expression).
  private call(name: string): Expr {
    if (name !== 'growth' && name !== 'change') {
      throw new ExpressionError(messages.unknownFunction(name));
    }
    const args: (Expr | { period: string })[] = [];
    do {
      const start = this.at;
      const period = this.match(PERIOD);
      if (period && /^\s*[,)]/.test(this.source.slice(this.at))) args.push({ period: period[0] });
      else {
        this.at = start;
        args.push(this.expression());
      }
    } while (this.eat(','));
    if (!this.eat(')')) this.fail("',' or ')'");
    const periods = args.slice(1).filter((a): a is { period: string } => 'period' in a).map((a) => a.period);
    const first = args[0];
    if ('op' in first && first.op === 'ref' && first.period === null && periods.length === args.length - 1) {
      if (periods.length === 1) {
        return { op: name, current: first, prior: { op: 'ref', concept: first.concept, period: periods[0] } };
      }
      if (periods.length === 2) {
        return {
          op: name,
          current: { op: 'ref', concept: first.concept, period: periods[0] },
          prior: { op: 'ref', concept: first.concept, period: periods[1] },
        };
      }
    }
    if (args.length === 2 && 'op' in args[0] && 'op' in args[1]) return { op: name, current: args[0], prior: args[1] };
    throw new ExpressionError(messages.arity(name));
  }
}

/** The expression back in claims.yaml syntax, normalized: for ids and messages. */
export function show(e: Expr): string {
  switch (e.op) {
    case 'ref':
      return e.period ? `${e.concept}@${e.period}` : e.concept;
    case 'fact':
      return `[${e.id}]`;
    case 'num':
      return e.value;
    case 'neg':
      return `-${wrap(e.arg, 3)}`;
    case 'growth':
    case 'change':
      return `${e.op}(${show(e.current)}, ${show(e.prior)})`;
    default:
      return `${wrap(e.left, precedence(e))} ${e.op} ${wrap(e.right, precedence(e) + 1)}`;
  }
}

/** Binding strength: + and − 1, × and ÷ 2, everything else 3. */
export function precedence(e: Expr): number {
  return e.op === '+' || e.op === '-' ? 1 : e.op === '*' || e.op === '/' ? 2 : 3;
}

function wrap(e: Expr, min: number): string {
  return precedence(e) < min ? `(${show(e)})` : show(e);
}
