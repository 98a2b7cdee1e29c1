import { describe, expect, it } from "vitest";
import { WordList } from "./word-list.js";
import { WordTable } from "./word-table.js";

describe("WordTable", () => {
  it("finds a word stored from another text, and only that word", () => {
    const table = new WordTable<string>(100);
    const first = new WordList();
    first.scan("Astana Almaty");
    table.set(first, 0, "capital");
    const second = new WordList();
    second.scan("in Astana, not Astan or Astanas or astana");
    expect(table.get(second, 1)).toBe("capital");
    for (const k of [0, 2, 3, 4, 5, 6]) expect(table.get(second, k)).toBeUndefined();
  });

  it("keeps every word while it grows", () => {
    const table = new WordTable<number>(100_000);
    const list = new WordList();
    list.scan(Array.from({ length: 20_000 }, (_, i) => `слово${i}`).join(" "));
    for (let k = 0; k < list.count; k++) table.set(list, k, k);
    expect(table.size).toBe(20_000);
    for (let k = 0; k < list.count; k += 997) expect(table.get(list, k)).toBe(k);
  });

  it("empties itself when it holds `limit` words", () => {
    const table = new WordTable<number>(3);
    const list = new WordList();
    list.scan("a b c d");
    for (let k = 0; k < 4; k++) table.set(list, k, k);
    expect(table.size).toBe(1);
    expect(table.get(list, 0)).toBeUndefined();
    expect(table.get(list, 3)).toBe(3);
  });
});
