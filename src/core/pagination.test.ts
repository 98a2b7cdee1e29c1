import { describe, expect, it } from "vitest";
import { pageWindow, paginate, parsePageParam } from "./pagination.js";

describe("paginate", () => {
  it("never claims more items than exist (the old site's 'results 1 - 6 of 4')", () => {
    const page = paginate({ total: 4, page: 1, perPage: 6 });
    expect(page).toMatchObject({
      firstItem: 1,
      lastItem: 4,
      total: 4,
      totalPages: 1,
      hasNext: false,
      hasPrevious: false,
    });
  });

  it("counts the last, partial page correctly", () => {
    expect(paginate({ total: 137, page: 14, perPage: 10 })).toMatchObject({
      firstItem: 131,
      lastItem: 137,
      offset: 130,
    });
    expect(paginate({ total: 137, page: 2, perPage: 10 })).toMatchObject({
      firstItem: 11,
      lastItem: 20,
      hasNext: true,
      hasPrevious: true,
    });
  });

  it("treats page 1 of an empty list as a real, empty page", () => {
    expect(paginate({ total: 0, page: 1, perPage: 10 })).toMatchObject({
      firstItem: 0,
      lastItem: 0,
      totalPages: 1,
      hasNext: false,
    });
  });

  it("returns null for pages that do not exist, so callers answer 404", () => {
    expect(paginate({ total: 4, page: 2, perPage: 10 })).toBeNull();
    expect(paginate({ total: 0, page: 2, perPage: 10 })).toBeNull();
    expect(paginate({ total: 40, page: 0, perPage: 10 })).toBeNull();
    expect(paginate({ total: 40, page: 1.5, perPage: 10 })).toBeNull();
  });

  it("fills exact multiples without an empty trailing page", () => {
    expect(paginate({ total: 20, page: 2, perPage: 10 })).toMatchObject({
      firstItem: 11,
      lastItem: 20,
      totalPages: 2,
      hasNext: false,
    });
    expect(paginate({ total: 20, page: 3, perPage: 10 })).toBeNull();
  });

  it("rejects a nonsensical page size", () => {
    expect(() => paginate({ total: 5, page: 1, perPage: 0 })).toThrow(RangeError);
  });
});

describe("parsePageParam", () => {
  it("reads only plain positive integers", () => {
    expect(parsePageParam(undefined)).toBe(1);
    expect(parsePageParam("")).toBe(1);
    expect(parsePageParam("7")).toBe(7);
    for (const bad of ["0", "-1", "2abc", "1e3", " 2", "01", "99999999999", ["1", "2"]])
      expect(parsePageParam(bad)).toBeNull();
  });
});

describe("pageWindow", () => {
  it("shows the ends and a window around the current page with gaps", () => {
    expect(pageWindow(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(1, 1)).toEqual([1]);
  });
});
