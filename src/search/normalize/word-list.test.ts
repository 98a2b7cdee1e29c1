import { describe, expect, it } from "vitest";
import { isAsciiNumber, WordList } from "./word-list.js";
import { hashWord } from "./word-table.js";

function words(list: WordList, text: string): string[] {
  list.scan(text);
  const out: string[] = [];
  for (let k = 0; k < list.count; k++) out.push(text.slice(list.start(k), list.end(k)));
  return out;
}

describe("WordList", () => {
  it("tells numbers in ASCII digits from every other word", () => {
    const list = new WordList();
    const text = "В 2024 году 15000 тенге, 3-й этап, x86, ٣٣, 0";
    list.scan(text);
    const numbers: string[] = [];
    for (let k = 0; k < list.count; k++) {
      if (list.asciiNumber(k)) numbers.push(text.slice(list.start(k), list.end(k)));
    }
    expect(numbers).toEqual(["2024", "15000", "3", "0"]);
    const words = Array.from({ length: list.count }, (_, k) => text.slice(list.start(k), list.end(k)));
    expect(words.filter(isAsciiNumber)).toEqual(numbers);
  });

  it("finds words with their offsets, and folds them", () => {
    const list = new WordList();
    const text = "«Мирзиёев» met ŞAVKAT in Kazakhstan’s capital, 1991";
    expect(words(list, text)).toEqual(["Мирзиёев", "met", "ŞAVKAT", "in", "Kazakhstan’s", "capital", "1991"]);
    const folds = Array.from({ length: list.count }, (_, k) => list.fold(k));
    expect(folds).toEqual(["мирзиеев", "met", "savkat", "in", "kazakhstan", "capital", "1991"]);
    expect(list.raw(0)).toBe("Мирзиёев");
  });

  it("keeps apostrophes only between word characters", () => {
    const list = new WordList();
    expect(words(list, "O‘zbekiston don't it’ ’tis a''b rock'n'roll x'")).toEqual([
      "O‘zbekiston",
      "don't",
      "it",
      "tis",
      "a",
      "b",
      "rock'n'roll",
      "x",
    ]);
  });

  it("reads code points outside its table: emoji, astral letters, CJK, lone surrogates", () => {
    const list = new WordList();
    expect(words(list, "🎉Бишкек🎉 𝐀𝐁c 北京市 a\uD800b \uDC00x")).toEqual([
      "Бишкек",
      "𝐀𝐁c",
      "北京市",
      "a",
      "b",
      "x",
    ]);
    expect(list.simple(0)).toBe(true);
    expect(list.simple(1)).toBe(false);
  });

  it("gives every word the hash of its code units", () => {
    const list = new WordList(16);
    const text = "Alma-Ata 🎉 𝐀x x𝐀 ½ O‘s a’ ǅ Ёж ".repeat(20);
    list.scan(text);
    expect(list.count).toBeGreaterThan(16);
    for (let k = 0; k < list.count; k++) {
      expect(list.hash(k)).toBe(hashWord(text, list.start(k), list.end(k)));
    }
  });

  it("grows past its first capacity and forgets the previous text", () => {
    const list = new WordList(16);
    const long = Array.from({ length: 5000 }, (_, i) => `w${i}`).join(" ");
    expect(words(list, long)).toHaveLength(5000);
    // A shorter text after a longer one: nothing of the longer text may show through.
    expect(words(list, "x y")).toEqual(["x", "y"]);
    expect(words(list, "")).toEqual([]);
    expect(list.codeAt(0)).toBe("x".charCodeAt(0));
  });
});
