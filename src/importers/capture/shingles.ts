import { hash32 } from "./hash32.js";

/** Word count of a shingle; 5 keeps unrelated news items apart while tolerating small edits. */
export const SHINGLE_SIZE = 5;

/**
 * The set of hashed word k-shingles of a token list. A text shorter than `k` words yields one
 * shingle of all its words, so short teasers still compare.
 *
 * @example
 * wordShingles(["a", "b", "c"], 2).size // 2
 */
export function wordShingles(tokens: readonly string[], k = SHINGLE_SIZE): Set<number> {
  const shingles = new Set<number>();
  if (tokens.length === 0) return shingles;
  if (tokens.length < k) {
    shingles.add(hash32(tokens.join(" ")));
    return shingles;
  }
  for (let i = 0; i + k <= tokens.length; i++) shingles.add(hash32(tokens.slice(i, i + k).join(" ")));
  return shingles;
}

function intersectionSize(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const value of small) if (large.has(value)) shared++;
  return shared;
}

/**
 * Exact Jaccard similarity |A∩B| / |A∪B| of two shingle sets (0 when both are empty).
 *
 * @example
 * jaccard(new Set([1, 2]), new Set([2, 3])) // 1 / 3
 */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const shared = intersectionSize(a, b);
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Containment |A∩B| / |A|: how much of `part` appears in `whole`. Use it for a teaser inside its
 * full article, where Jaccard is tiny because the sizes differ.
 *
 * @example
 * containment(new Set([1, 2]), new Set([1, 2, 3, 4])) // 1
 */
export function containment(part: ReadonlySet<number>, whole: ReadonlySet<number>): number {
  return part.size === 0 ? 0 : intersectionSize(part, whole) / part.size;
}
