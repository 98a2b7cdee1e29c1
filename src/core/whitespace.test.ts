import { describe, expect, it } from "vitest";
import { randomTexts } from "./random-text.test-helper.js";
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
    for (const text of randomTexts(pieces, { seed: 7, count: 3000, maxPieces: 14 })) {
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
