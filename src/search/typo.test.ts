import { describe, expect, it } from "vitest";
import { allowedEdits, bestCorrection, editDistance } from "./typo.js";

describe("typo tolerance", () => {
  it("allows one edit from five letters and two from nine", () => {
    expect(allowedEdits("gran")).toBe(0);
    expect(allowedEdits("grain")).toBe(1);
    expect(allowedEdits("kazakhstan")).toBe(2);
    expect(allowedEdits("тошкент")).toBe(1);
  });

  it("counts edits, with transpositions as one", () => {
    expect(editDistance("tokaev", "tokayev", 2)).toBe(1);
    expect(editDistance("kazkahstan", "kazakhstan", 2)).toBe(1);
    expect(editDistance("abcdef", "uvwxyz", 2)).toBe(3);
  });

  it("prefers fewer edits, then more documents", () => {
    const vocab = [
      { term: "harvest", docs: 3 },
      { term: "harvests", docs: 50 },
      { term: "carvest", docs: 1 },
    ];
    expect(bestCorrection("harvset", vocab)).toBe("harvest");
    expect(
      bestCorrection("graim", [
        { term: "grail", docs: 1 },
        { term: "grain", docs: 9 },
      ]),
    ).toBe("grain");
    expect(bestCorrection("gran", [{ term: "grain", docs: 5 }])).toBeNull();
  });
});
