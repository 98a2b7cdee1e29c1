import { describe, expect, it } from "vitest";
import { chunks } from "./chunks.js";

describe("chunks", () => {
  it("splits in order into parts of at most the size, the last one shorter", () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks([1, 2], 5)).toEqual([[1, 2]]);
    expect(chunks([], 3)).toEqual([]);
  });
});
