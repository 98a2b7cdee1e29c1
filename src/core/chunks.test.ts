import { describe, expect, it } from "vitest";
import { chunks, partsOf } from "./chunks.js";

describe("chunks", () => {
  it("splits in order into parts of at most the size, the last one shorter", () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks([1, 2], 5)).toEqual([[1, 2]]);
    expect(chunks([], 3)).toEqual([]);
  });
});

describe("partsOf", () => {
  it("hands items on in order, a full part at a time, the rest at the end", () => {
    const sent: number[][] = [];
    const parts = partsOf<number>(2, (part) => sent.push(part));
    for (const n of [1, 2, 3, 4, 5]) parts.add(n);
    expect(sent).toEqual([
      [1, 2],
      [3, 4],
    ]);
    parts.end();
    parts.end();
    expect(sent).toEqual([[1, 2], [3, 4], [5]]);
  });
});
