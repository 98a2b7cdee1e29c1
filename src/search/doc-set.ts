/*
 * Sets of article ids, the currency of the search engine's set algebra (see search-engine.ts).
 *
 * A set is kept in one of two forms, whichever is smaller: a sorted Uint32Array of ids (sparse:
 * a name mentioned in 300 articles) or a bitmap over ids 0..n (dense: "government" in half of a
 * million articles, 125 KB). Intersections, unions and differences pick their algorithm by
 * form, so a query over a dense word costs a pass over 31,000 machine words instead of 500,000
 * rows through SQLite. Sets are never mutated after they are built; every operation returns a
 * new set (or one of its inputs).
 */

/** A set of non-negative integer ids (article ids). */
export type DocSet =
  | { readonly kind: "ids"; readonly ids: Uint32Array }
  | { readonly kind: "bits"; readonly words: Uint32Array; readonly size: number };

const EMPTY: DocSet = { kind: "ids", ids: new Uint32Array(0) };

/** The empty set. */
export function emptyDocSet(): DocSet {
  return EMPTY;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function countBits(words: Uint32Array): number {
  let n = 0;
  for (let i = 0; i < words.length; i++) n += popcount(words[i] as number);
  return n;
}

/**
 * Picks the smaller form for a bitmap: ids when fewer than one id per 32-bit word would be set.
 */
function fromWords(words: Uint32Array, size = countBits(words)): DocSet {
  if (size === 0) return EMPTY;
  if (size >= words.length) return { kind: "bits", words, size };
  const ids = new Uint32Array(size);
  let k = 0;
  for (let w = 0; w < words.length; w++) {
    let x = words[w] as number;
    while (x !== 0) {
      const low = x & -x;
      ids[k++] = (w << 5) | (31 - Math.clz32(low));
      x ^= low;
    }
  }
  return { kind: "ids", ids };
}

function fromIds(ids: Uint32Array): DocSet {
  if (ids.length === 0) return EMPTY;
  const last = ids[ids.length - 1] as number;
  const wordCount = (last >>> 5) + 1;
  if (ids.length < wordCount) return { kind: "ids", ids };
  const words = new Uint32Array(wordCount);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as number;
    words[id >>> 5] = (words[id >>> 5] as number) | (1 << (id & 31));
  }
  return { kind: "bits", words, size: ids.length };
}

/**
 * Builds a set from ids in any order, with or without duplicates.
 *
 * @example
 * docSetSize(docSetOf([5, 3, 5])); // 2
 */
export function docSetOf(ids: Iterable<number>): DocSet {
  const sorted = Uint32Array.from(ids).sort();
  let k = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[k - 1]) sorted[k++] = sorted[i] as number;
  }
  return fromIds(k === sorted.length ? sorted : sorted.slice(0, k));
}

/**
 * Builds a set from ids that are already strictly ascending (as a database returns them with
 * `ORDER BY id`); cheaper than `docSetOf`.
 *
 * @example
 * docSetFromSorted(Uint32Array.of(1, 4, 9));
 */
export function docSetFromSorted(ids: Uint32Array): DocSet {
  return fromIds(ids);
}

/**
 * Number of ids in the set.
 *
 * @example
 * docSetSize(docSetOf([1, 2, 3])); // 3
 */
export function docSetSize(set: DocSet): number {
  return set.kind === "ids" ? set.ids.length : set.size;
}

/**
 * True when `id` is in the set (binary search or one bit test).
 *
 * @example
 * docSetHas(docSetOf([1, 2]), 2); // true
 */
export function docSetHas(set: DocSet, id: number): boolean {
  if (set.kind === "bits") {
    const word = set.words[id >>> 5];
    return word !== undefined && (word & (1 << (id & 31))) !== 0;
  }
  const ids = set.ids;
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = ids[mid] as number;
    if (value === id) return true;
    if (value < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Calls `visit` for every id in ascending order; stops early when it returns false.
 *
 * @example
 * docSetForEach(set, (id) => { tally(id); return true; });
 */
export function docSetForEach(set: DocSet, visit: (id: number) => boolean | undefined): void {
  if (set.kind === "ids") {
    for (let i = 0; i < set.ids.length; i++) if (visit(set.ids[i] as number) === false) return;
    return;
  }
  const words = set.words;
  for (let w = 0; w < words.length; w++) {
    let x = words[w] as number;
    while (x !== 0) {
      const low = x & -x;
      if (visit((w << 5) | (31 - Math.clz32(low))) === false) return;
      x ^= low;
    }
  }
}

/**
 * The ids in ascending order.
 *
 * @example
 * [...docSetIds(docSetOf([3, 1]))]; // [1, 3]
 */
export function docSetIds(set: DocSet): Uint32Array {
  if (set.kind === "ids") return set.ids;
  const ids = new Uint32Array(set.size);
  let k = 0;
  docSetForEach(set, (id) => {
    ids[k++] = id;
    return true;
  });
  return ids;
}

function toWords(set: DocSet, length: number): Uint32Array {
  const words = new Uint32Array(length);
  if (set.kind === "bits") {
    words.set(set.words.length <= length ? set.words : set.words.subarray(0, length));
    return words;
  }
  for (let i = 0; i < set.ids.length; i++) {
    const id = set.ids[i] as number;
    if (id >>> 5 >= length) break;
    words[id >>> 5] = (words[id >>> 5] as number) | (1 << (id & 31));
  }
  return words;
}

/**
 * The ids in both sets.
 *
 * @example
 * docSetIds(docSetAnd(docSetOf([1, 2, 3]), docSetOf([2, 3, 4]))); // [2, 3]
 */
export function docSetAnd(a: DocSet, b: DocSet): DocSet {
  if (docSetSize(a) === 0 || docSetSize(b) === 0) return EMPTY;
  if (a.kind === "bits" && b.kind === "bits") {
    const length = Math.min(a.words.length, b.words.length);
    const words = new Uint32Array(length);
    let size = 0;
    for (let i = 0; i < length; i++) {
      const x = (a.words[i] as number) & (b.words[i] as number);
      words[i] = x;
      size += popcount(x);
    }
    return fromWords(words, size);
  }
  // At least one side is a sorted list: keep the (shorter) list's ids that the other side has.
  let list: Uint32Array;
  let other: DocSet;
  if (a.kind === "ids" && (b.kind === "bits" || a.ids.length <= b.ids.length)) {
    list = a.ids;
    other = b;
  } else if (b.kind === "ids") {
    list = b.ids;
    other = a;
  } else {
    return EMPTY; // unreachable: two bitmaps are handled above
  }
  const out = new Uint32Array(list.length);
  let k = 0;
  if (other.kind === "bits") {
    for (let i = 0; i < list.length; i++) {
      const id = list[i] as number;
      const word = other.words[id >>> 5];
      if (word !== undefined && (word & (1 << (id & 31))) !== 0) out[k++] = id;
    }
  } else {
    // Two sorted lists: a merge walk.
    const y = other.ids;
    let i = 0;
    let j = 0;
    while (i < list.length && j < y.length) {
      const u = list[i] as number;
      const v = y[j] as number;
      if (u === v) {
        out[k++] = u;
        i++;
        j++;
      } else if (u < v) i++;
      else j++;
    }
  }
  return k === 0 ? EMPTY : { kind: "ids", ids: out.slice(0, k) };
}

/**
 * The ids in any of the sets.
 *
 * @example
 * docSetSize(docSetOr([docSetOf([1]), docSetOf([1, 2])])); // 2
 */
export function docSetOr(sets: readonly DocSet[]): DocSet {
  const nonEmpty = sets.filter((s) => docSetSize(s) > 0);
  if (nonEmpty.length === 0) return EMPTY;
  if (nonEmpty.length === 1) return nonEmpty[0] as DocSet;
  let maxId = 0;
  let total = 0;
  for (const set of nonEmpty) {
    total += docSetSize(set);
    if (set.kind === "bits") maxId = Math.max(maxId, set.words.length * 32 - 1);
    else maxId = Math.max(maxId, set.ids[set.ids.length - 1] as number);
  }
  const length = (maxId >>> 5) + 1;
  if (total < length && nonEmpty.every((s) => s.kind === "ids")) {
    // Small lists: concatenate and sort.
    const all = new Uint32Array(total);
    let offset = 0;
    for (const set of nonEmpty) {
      if (set.kind === "ids") {
        all.set(set.ids, offset);
        offset += set.ids.length;
      }
    }
    return docSetOf(all);
  }
  const words = new Uint32Array(length);
  for (const set of nonEmpty) {
    if (set.kind === "bits") {
      for (let i = 0; i < set.words.length; i++) words[i] = (words[i] as number) | (set.words[i] as number);
    } else {
      for (let i = 0; i < set.ids.length; i++) {
        const id = set.ids[i] as number;
        words[id >>> 5] = (words[id >>> 5] as number) | (1 << (id & 31));
      }
    }
  }
  return fromWords(words);
}

/**
 * The ids of `a` that are not in `b`.
 *
 * @example
 * docSetIds(docSetAndNot(docSetOf([1, 2, 3]), docSetOf([2]))); // [1, 3]
 */
export function docSetAndNot(a: DocSet, b: DocSet): DocSet {
  if (docSetSize(a) === 0 || docSetSize(b) === 0) return a;
  if (a.kind === "ids") {
    const out = new Uint32Array(a.ids.length);
    let k = 0;
    for (let i = 0; i < a.ids.length; i++) {
      const id = a.ids[i] as number;
      if (!docSetHas(b, id)) out[k++] = id;
    }
    return k === a.ids.length ? a : k === 0 ? EMPTY : { kind: "ids", ids: out.slice(0, k) };
  }
  const other = toWords(b, a.words.length);
  const words = new Uint32Array(a.words.length);
  let size = 0;
  for (let i = 0; i < words.length; i++) {
    const x = (a.words[i] as number) & ~(other[i] as number);
    words[i] = x;
    size += popcount(x);
  }
  return fromWords(words, size);
}

/**
 * The ids of `set` for which `keep` is true, in ascending order.
 *
 * @example
 * docSetFilter(set, (id) => visible(id));
 */
export function docSetFilter(set: DocSet, keep: (id: number) => boolean): DocSet {
  const size = docSetSize(set);
  if (size === 0) return EMPTY;
  if (set.kind === "ids") {
    const out = new Uint32Array(size);
    let k = 0;
    for (let i = 0; i < set.ids.length; i++) {
      const id = set.ids[i] as number;
      if (keep(id)) out[k++] = id;
    }
    return k === size ? set : k === 0 ? EMPTY : { kind: "ids", ids: out.slice(0, k) };
  }
  const words = new Uint32Array(set.words.length);
  let kept = 0;
  for (let w = 0; w < set.words.length; w++) {
    let x = set.words[w] as number;
    let y = 0;
    while (x !== 0) {
      const low = x & -x;
      if (keep((w << 5) | (31 - Math.clz32(low)))) {
        y |= low;
        kept++;
      }
      x ^= low;
    }
    words[w] = y;
  }
  return kept === size ? set : fromWords(words, kept);
}
