import { describe, expect, it } from "vitest";
import { makeExcerpt, readingMinutes } from "./excerpt.js";
import { randomTexts } from "./random-text.test-helper.js";

describe("makeExcerpt", () => {
  it("keeps short text whole, without an ellipsis", () => {
    expect(makeExcerpt("Rivers run north.", 200)).toBe("Rivers run north.");
  });

  it("cuts at a sentence boundary when one is near the end of the budget", () => {
    const text = "The new line opened on Monday. Passengers queued from dawn to ride it first.";
    expect(makeExcerpt(text, 50)).toBe("The new line opened on Monday.");
  });

  it("otherwise cuts at a word boundary, never inside a word, and adds an ellipsis", () => {
    const text = "Electricity exports across the region increased considerably during the winter months";
    const excerpt = makeExcerpt(text, 40);
    expect(excerpt.endsWith("…")).toBe(true);
    const words = excerpt.slice(0, -1).split(" ");
    for (const word of words) expect(text.split(" ")).toContain(word);
    expect(excerpt.length).toBeLessThanOrEqual(41);
  });

  it("does not treat a decimal point as a sentence end", () => {
    const text =
      "The peg holds at 3.5 manat per dollar and the central bank says it will keep it that way for now";
    expect(makeExcerpt(text, 40)).not.toMatch(/3\.$/);
  });

  it("handles Cyrillic text and collapses whitespace", () => {
    const text = "Новая   линия\nтрамвая открылась в Алматы. Пассажиры выстроились в очередь с самого утра.";
    expect(makeExcerpt(text, 40)).toBe("Новая линия трамвая открылась в Алматы.");
  });

  it("does not leave a dangling comma before the ellipsis", () => {
    expect(makeExcerpt("Wheat, barley, cotton, and other crops grew well", 15)).toBe("Wheat, barley…");
  });
});

describe("readingMinutes", () => {
  it("is at least one minute and grows with length", () => {
    expect(readingMinutes("")).toBe(1);
    expect(readingMinutes("word ".repeat(460))).toBe(2);
    expect(readingMinutes("слово ".repeat(2300))).toBe(10);
  });
});

describe("makeExcerpt on long texts", () => {
  /** The plain version: collapse the whole text, then cut (what makeExcerpt must equal). */
  function reference(text: string, maxLength: number): string {
    const clean = text.replace(/\s+/g, " ").trim();
    if (clean.length <= maxLength) return clean;
    const window = clean.slice(0, maxLength);
    let sentenceEnd = -1;
    const sentence = /[.!?…](?=\s)/g;
    for (let m = sentence.exec(`${window} `); m !== null; m = sentence.exec(`${window} `)) {
      if (m.index < window.length) sentenceEnd = m.index + 1;
    }
    if (sentenceEnd >= maxLength / 2) return window.slice(0, sentenceEnd);
    const lastSpace = clean[maxLength] === " " ? maxLength : window.lastIndexOf(" ");
    const cut = lastSpace > 0 ? window.slice(0, lastSpace) : window;
    return `${cut.replace(/[\s,;:–—-]+$/u, "")}…`;
  }

  it("cuts as if the whole text had been collapsed first, whatever the whitespace", () => {
    const pieces = [
      "word ",
      "Слово ",
      "end. ",
      "\n\n",
      "   ",
      "\t",
      "long-word-without-spaces",
      "x",
      "!",
      " ",
    ];
    for (const [round, text] of randomTexts(pieces, { seed: 5, count: 2000, maxPieces: 400 }).entries()) {
      const maxLength = [10, 50, 240][round % 3] as number;
      expect(makeExcerpt(text, maxLength)).toBe(reference(text, maxLength));
    }
  });
});
