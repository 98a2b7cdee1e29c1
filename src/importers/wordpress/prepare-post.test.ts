import { describe, expect, it } from "vitest";
import { randomTexts } from "../../core/random-text.test-helper.js";
import { roughText } from "./prepare-post.js";

describe("roughText", () => {
  it("strips tags and collapses whitespace", () => {
    expect(roughText("<p>Rail <b>link</b></p>\n<p>opens</p>")).toBe("Rail link opens");
    expect(roughText("  <br>  ")).toBe("");
    expect(roughText("a < b and c")).toBe("a < b and c");
  });

  it("gives the two regex passes' string for random markup", () => {
    const pieces = [
      " ",
      "  ",
      "\n",
      "\t",
      "\u00a0",
      "\u2028",
      "word",
      "Слово",
      "<p>",
      "</p>",
      "<b>",
      '<a href="x y">',
      "<br />",
      "<",
      ">",
      "<>",
      "< b >",
      "<!-- c -->",
      "<x\n",
    ];
    for (const text of randomTexts(pieces, { seed: 5, count: 30_000, maxPieces: 14 })) {
      expect(roughText(text), JSON.stringify(text)).toBe(
        text
          .replace(/<[^>]*>/g, " ")
          .replace(/\s+/g, " ")
          .trim(),
      );
    }
  });
});
