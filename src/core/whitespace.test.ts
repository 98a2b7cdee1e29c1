import { describe, expect, it } from "vitest";
import { collapseWhitespace, countWords, isWhitespaceCode } from "./whitespace.js";

describe("whitespace helpers", () => {
  it("treat exactly the characters of \\s as whitespace", () => {
    for (let code = 0; code <= 0xffff; code++) {
      expect(isWhitespaceCode(code), `U+${code.toString(16)}`).toBe(/\s/.test(String.fromCharCode(code)));
    }
  });

  it("collapse and count like the regex versions, on random mixes of words and every kind of space", () => {
    const pieces = [
      "a",
      "Бб",
      "x.y",
      " ",
      "  ",
      "\n",
      "\n\n",
      "\t",
      "\u00a0",
      "\u2003",
      "\u3000",
      "\ufeff",
      "<p>",
    ];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 3000; round++) {
      let text = "";
      const length = random(14);
      for (let i = 0; i < length; i++) text += pieces[random(pieces.length)];
      expect(collapseWhitespace(text)).toBe(text.replace(/\s+/g, " ").trim());
      expect(countWords(text)).toBe(text.split(/\s+/).filter((w) => w !== "").length);
    }
  });

  it("handles the plain cases", () => {
    expect(collapseWhitespace("  Rivers\n\n run\u00a0north ")).toBe("Rivers run north");
    expect(collapseWhitespace("one two")).toBe("one two");
    expect(collapseWhitespace("")).toBe("");
    expect(collapseWhitespace(" \n ")).toBe("");
    expect(countWords(" two\twords ")).toBe(2);
    expect(countWords("")).toBe(0);
  });
});
