/**
 * A release's facts found by id, by the end of an id, and by concept and period, as claims
 * look them up: every candidate reading of every number evaluates a claim, so a release's
 * facts are searched thousands of times. Each answer is the one a scan of the list in order
 * gives (the first fact that fits), indexed once per list of facts; a release's list never
 * changes once it is read.
 */
import type { Fact } from '../types.ts';

interface FactIndex {
  /** The position of the first fact of each id. */
  at: Map<string, number>;
  /** The first fact whose id ends with a text, as found so far. */
  endingWith: Map<string, Fact | undefined>;
  /** Facts by concept and period, in order, for each way of reading concepts. */
  byConcept: WeakMap<(fact: Fact) => string | null, Map<string, Fact[]>>;
}

const indexes = new WeakMap<readonly Fact[], FactIndex>();

function indexOf(facts: readonly Fact[]): FactIndex {
  let index = indexes.get(facts);
  if (!index) {
    const at = new Map<string, number>();
    facts.forEach((f, i) => {
      if (!at.has(f.id)) at.set(f.id, i);
    });
    indexes.set(facts, (index = { at, endingWith: new Map(), byConcept: new WeakMap() }));
  }
  return index;
}

/** The first fact whose id is one of `ids`, as `facts.find((f) => ids.includes(f.id))`. */
export function factWithId(facts: readonly Fact[], ...ids: string[]): Fact | undefined {
  const { at } = indexOf(facts);
  let first = Infinity;
  for (const id of ids) first = Math.min(first, at.get(id) ?? Infinity);
  return first === Infinity ? undefined : facts[first];
}

/** The first fact whose id ends with `end`, as `facts.find((f) => f.id.endsWith(end))`. */
export function factEndingWith(facts: readonly Fact[], end: string): Fact | undefined {
  const { endingWith } = indexOf(facts);
  if (!endingWith.has(end)) endingWith.set(end, facts.find((f) => f.id.endsWith(end)));
  return endingWith.get(end);
}

/** The facts of `period` that print `concept`, in order, as `facts.filter((f) => f.period === period && conceptOf(f) === concept)`. */
export function factsOfConcept(facts: readonly Fact[], conceptOf: (fact: Fact) => string | null, concept: string, period: string): readonly Fact[] {
  const { byConcept } = indexOf(facts);
  let byKey = byConcept.get(conceptOf);
  if (!byKey) {
    byKey = new Map();
    for (const f of facts) {
      const c = conceptOf(f);
      if (c == null) continue;
      const key = `${c}\0${f.period}`;
      const list = byKey.get(key);
      if (list) list.push(f);
      else byKey.set(key, [f]);
    }
    byConcept.set(conceptOf, byKey);
  }
  return byKey.get(`${concept}\0${period}`) ?? [];
}
