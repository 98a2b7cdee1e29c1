/**
 * Splits a list into parts of at most `size` (multi-row statements and `IN (...)` lists are
 * written a part at a time, within the databases' bound-parameter limits).
 *
 * @example
 * chunks([1, 2, 3], 2); // [[1, 2], [3]]
 */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
