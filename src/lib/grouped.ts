/**
 * `value` appended to `map`'s list for `key`, the list made on first use. In place: a list copied at
 * every value (`map.set(key, [...(map.get(key) ?? []), value])`) makes grouping quadratic in the values.
 */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
