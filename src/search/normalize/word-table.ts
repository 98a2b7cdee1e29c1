/**
 * A bounded hash map from words to what was computed for them, looked up by a word's position in
 * a scanned text (a `WordList`) instead of by a string.
 *
 * The analyser and the gazetteer look up every word of every article in a per-word cache. With a
 * `Map<string, V>` each look-up first cuts the word out of the text (an allocation), then hashes
 * the new string and compares it with the stored key; that was the largest cost left once
 * folding was cached. Here the hash comes from the scan (`WordList.hash`), and a candidate is
 * confirmed by comparing code units in typed arrays: the key's units are kept in an arena, so a
 * look-up touches no string at all and allocates nothing.
 */
import type { WordList } from "./word-list.js";

/**
 * FNV-1a over the UTF-16 code units text[start..end), as `WordList.hash` gives it (the list
 * computes it while scanning; this is the definition, for tests and tools).
 *
 * @example
 * const words = new WordList();
 * words.scan("in Astana");
 * words.hash(1) === hashWord("in Astana", 3, 9); // true
 */
export function hashWord(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

const INITIAL_CAPACITY = 1024;
// Per slot in `slots`: the word's hash, its length + 1 (0 marks an empty slot), and the offset
// of its code units in the arena.
const SLOT = 3;

/**
 * Open addressing with linear probing; emptied when it holds `limit` words (news vocabulary
 * repeats, so a cold restart is cheap and the memory stays bounded).
 *
 * @example
 * const words = new WordList();
 * words.scan("Astana and Astana");
 * const table = new WordTable<string>(100_000);
 * table.set(words, 0, "the capital");
 * table.get(words, 2); // "the capital"
 */
export class WordTable<V> {
  private readonly limit: number;
  private slots = new Int32Array(0);
  private values: (V | undefined)[] = [];
  private mask = 0;
  private count = 0;
  private arena = new Uint16Array(0);
  private arenaUsed = 0;

  constructor(limit: number) {
    this.limit = Math.max(1, limit);
    this.reset(INITIAL_CAPACITY);
  }

  /** Words held now. */
  get size(): number {
    return this.count;
  }

  /** The value stored for word k of `list`. */
  get(list: WordList, k: number): V | undefined {
    const units = list.codeUnits();
    const start = list.start(k);
    const length = list.end(k) - start;
    const hash = list.hash(k);
    const slots = this.slots;
    const arena = this.arena;
    let i = hash & this.mask;
    for (;;) {
      const at = i * SLOT;
      const stored = slots[at + 1] as number;
      if (stored === 0) return undefined;
      if (stored === length + 1 && slots[at] === hash) {
        const offset = slots[at + 2] as number;
        let same = 0;
        while (same < length && arena[offset + same] === units[start + same]) same++;
        if (same === length) return this.values[i];
      }
      i = (i + 1) & this.mask;
    }
  }

  /** Stores `value` for word k of `list`, which must not be in the table yet. */
  set(list: WordList, k: number, value: V): void {
    if (this.count >= this.limit) this.reset(INITIAL_CAPACITY);
    else if ((this.count + 1) * 2 > this.values.length) this.grow();
    const start = list.start(k);
    const length = list.end(k) - start;
    if (this.arenaUsed + length > this.arena.length) {
      const arena = new Uint16Array(Math.max(this.arena.length * 2, this.arenaUsed + length));
      arena.set(this.arena.subarray(0, this.arenaUsed));
      this.arena = arena;
    }
    const offset = this.arenaUsed;
    this.arena.set(list.codeUnits().subarray(start, start + length), offset);
    this.arenaUsed += length;
    this.place(list.hash(k), length, offset, value);
    this.count++;
  }

  private place(hash: number, length: number, offset: number, value: V): void {
    let i = hash & this.mask;
    while ((this.slots[i * SLOT + 1] as number) !== 0) i = (i + 1) & this.mask;
    this.slots[i * SLOT] = hash;
    this.slots[i * SLOT + 1] = length + 1;
    this.slots[i * SLOT + 2] = offset;
    this.values[i] = value;
  }

  private reset(capacity: number): void {
    this.slots = new Int32Array(capacity * SLOT);
    this.values = new Array<V | undefined>(capacity).fill(undefined);
    this.mask = capacity - 1;
    this.count = 0;
    this.arena = new Uint16Array(capacity * 4);
    this.arenaUsed = 0;
  }

  private grow(): void {
    const { slots, values } = this;
    const capacity = values.length * 2;
    this.slots = new Int32Array(capacity * SLOT);
    this.values = new Array<V | undefined>(capacity).fill(undefined);
    this.mask = capacity - 1;
    for (let i = 0; i < values.length; i++) {
      const stored = slots[i * SLOT + 1] as number;
      if (stored !== 0) {
        this.place(slots[i * SLOT] as number, stored - 1, slots[i * SLOT + 2] as number, values[i] as V);
      }
    }
  }
}
