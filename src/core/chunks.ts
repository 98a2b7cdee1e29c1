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

/** Collects items and hands them on in parts of `size` (see {@link partsOf}). */
export interface PartCollector<T> {
  add(item: T): void;
  /** Hands on what is left (a shorter last part), if anything. */
  end(): void;
}

/**
 * {@link chunks} for items that arrive one at a time: `send` gets each full part as soon as it
 * is full, and the rest at `end` (messages between threads are sent a part at a time).
 *
 * @example
 * const parts = partsOf(1000, (part) => port.postMessage(part));
 * for (const item of found) parts.add(item);
 * parts.end();
 */
export function partsOf<T>(size: number, send: (part: T[]) => void): PartCollector<T> {
  let part: T[] = [];
  return {
    add(item) {
      part.push(item);
      if (part.length >= size) {
        send(part);
        part = [];
      }
    },
    end() {
      if (part.length === 0) return;
      send(part);
      part = [];
    },
  };
}
