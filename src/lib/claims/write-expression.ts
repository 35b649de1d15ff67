import { show, type Expression } from '../checks/expression.ts';

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
      const strong = e.op === '*' || e.op === '/';
      const side = (x: Expression, right: boolean) => {
        const text = writeClaim(x, defaultPeriod);
        const weak = x.type === 'binary' && (x.op === '+' || x.op === '-');
        return x.type === 'binary' && ((strong && weak) || (right && (strong || weak))) ? `(${text})` : text;
      };
      return `${side(e.left, false)} ${e.op} ${side(e.right, true)}`;
    }
    default:
      return show(e);
  }
}
