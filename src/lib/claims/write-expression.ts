import { leftChain, show, type Expression } from '../checks/expression.ts';

/**
 * An expression as claims.yaml writes it, shortest first: a concept in the
 * default period without its `@period`, a growth of one concept as
 * `growth(revenue, 2009-q2)`. Parsing the result gives the same claim.
 */
export function writeClaim(e: Expression, defaultPeriod: string): string {
  switch (e.type) {
    case 'name':
      return e.period && e.period !== defaultPeriod ? `${e.name}@${e.period}` : e.name;
    case 'call': {
      const { current, prior } = e;
      if (current.type === 'name' && prior.type === 'name' && current.name === prior.name && current.period && prior.period) {
        return current.period === defaultPeriod
          ? `${e.fn}(${current.name}, ${prior.period})`
          : `${e.fn}(${current.name}, ${current.period}, ${prior.period})`;
      }
      return `${e.fn}(${writeClaim(current, defaultPeriod)}, ${writeClaim(prior, defaultPeriod)})`;
    }
    case 'negate':
      return `-${e.arg.type === 'binary' ? `(${writeClaim(e.arg, defaultPeriod)})` : writeClaim(e.arg, defaultPeriod)}`;
    case 'binary': {
      // Down the chain of left operands in a loop (a claim may write thousands of terms): each
      // operation's left operand is the text so far, bracketed where it binds less tightly.
      const weak = (x: Expression) => x.type === 'binary' && (x.op === '+' || x.op === '-');
      const { first, ops } = leftChain(e);
      let text = writeClaim(first, defaultPeriod);
      ops.forEach((op, i) => {
        const strong = op.op === '*' || op.op === '/';
        if (i > 0 && strong && weak(ops[i - 1]!)) text = `(${text})`;
        const right = writeClaim(op.right, defaultPeriod);
        text = `${text} ${op.op} ${op.right.type === 'binary' && (strong || weak(op.right)) ? `(${right})` : right}`;
      });
      return text;
    }
    default:
      return show(e);
  }
}
