import { describe, expect, it } from "vitest";
import { docSetIds, docSetOf } from "./doc-set.js";
import { createDocTable, type DocRecord } from "./doc-table.js";

const at = (day: number, hour = 0): string => new Date(Date.UTC(2026, 0, day, hour)).toISOString();

function record(id: number, day: number, extra: Partial<DocRecord> = {}): DocRecord {
  return { id, language: "en", publishedAt: at(day), year: 2026, sectionId: null, countries: [], ...extra };
}

function newest(
  table: ReturnType<typeof createDocTable>,
  ids: number[] | null,
  order: "newest" | "oldest" = "newest",
) {
  const out: number[] = [];
  table.walkByDate(ids === null ? null : docSetOf(ids), order, (id) => {
    out.push(id);
    return true;
  });
  return out;
}

describe("DocTable", () => {
  it("stores facts, replaces and removes rows", () => {
    const table = createDocTable();
    table.apply(
      [
        record(3, 5, { language: "ru", sectionId: 9, countries: ["KZ", "UZ"] }),
        record(5000, 6, { countries: ["KG"] }),
      ],
      [],
    );
    expect(table.size).toBe(2);
    expect(table.language(3)).toBe("ru");
    expect(table.sectionId(3)).toBe(9);
    expect(table.countries(3)).toEqual(["KZ", "UZ"]);
    expect(table.hasCountry(3, "UZ")).toBe(true);
    expect(table.hasCountry(5000, "UZ")).toBe(false);
    table.apply([record(3, 7, { countries: [] })], [5000]);
    expect(table.size).toBe(1);
    expect(table.has(5000)).toBe(false);
    expect(table.countries(3)).toEqual([]);
    expect(table.publishedMs(3)).toBe(Date.parse(at(7)));
    expect([...docSetIds(table.all())]).toEqual([3]);
    expect(table.has(1_000_000)).toBe(false);
    expect(table.language(1_000_000)).toBeNull();
  });

  it("keeps more than 32 country codes", () => {
    const table = createDocTable();
    const codes = Array.from(
      { length: 40 },
      (_, i) => `${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`,
    );
    table.apply(
      codes.map((code, i) => record(i + 1, 1, { countries: [code] })),
      [],
    );
    expect(table.hasCountry(40, codes[39] as string)).toBe(true);
    expect(table.countries(40)).toEqual([codes[39]]);
    const tally = table.tally(table.all());
    expect(tally.countries.get(codes[39] as string)).toBe(1);
    expect(
      docSetIds(table.select(table.all(), { publishedUpTo: Infinity, country: codes[35] as string })),
    ).toEqual(Uint32Array.of(36));
  });

  it("walks by date, ties by id, after patches and after a rebuild", () => {
    const table = createDocTable();
    table.apply([record(1, 3), record(2, 1), record(3, 3), record(4, 2)], []);
    expect(newest(table, null)).toEqual([3, 1, 4, 2]);
    expect(newest(table, null, "oldest")).toEqual([2, 4, 1, 3]);
    table.apply([record(2, 9)], [4]);
    expect(newest(table, null)).toEqual([2, 3, 1]);
    expect(newest(table, [1, 2])).toEqual([2, 1]);
    // A large change rebuilds the order instead of patching it.
    table.apply(
      Array.from({ length: 3000 }, (_, i) => record(10 + i, 100 - (i % 50))),
      [],
    );
    const all = newest(table, null);
    expect(all.length).toBe(3003);
    for (let i = 1; i < all.length; i++) {
      const a = table.publishedMs(all[i - 1] as number);
      const b = table.publishedMs(all[i] as number);
      expect(a > b || (a === b && (all[i - 1] as number) > (all[i] as number))).toBe(true);
    }
  });

  it("selects by visibility and filters, and tallies facets", () => {
    const table = createDocTable();
    table.apply(
      [
        record(1, 1, { language: "ru", year: 2025, sectionId: 7, countries: ["KZ"] }),
        record(2, 2, { sectionId: 7, countries: ["KZ", "KG"] }),
        record(3, 3, { sectionId: 8 }),
        record(4, 20, { countries: ["KZ"] }),
      ],
      [],
    );
    const all = docSetOf([1, 2, 3, 4, 99]);
    const now = Date.parse(at(10));
    const ids = (criteria: Parameters<typeof table.select>[1]) => [...docSetIds(table.select(all, criteria))];
    expect(ids({ publishedUpTo: now })).toEqual([1, 2, 3]);
    expect(ids({ publishedUpTo: now, language: "ru" })).toEqual([1]);
    expect(ids({ publishedUpTo: now, sectionIds: new Set([7]) })).toEqual([1, 2]);
    expect(ids({ publishedUpTo: now, sectionIds: new Set() })).toEqual([]);
    expect(ids({ publishedUpTo: now, country: "KZ" })).toEqual([1, 2]);
    expect(ids({ publishedUpTo: now, country: "TM" })).toEqual([]);
    expect(
      ids({ publishedUpTo: now, publishedFrom: Date.parse(at(2)), publishedBefore: Date.parse(at(3)) }),
    ).toEqual([2]);
    const tally = table.tally(all);
    expect([...tally.languages]).toEqual([
      ["en", 3],
      ["ru", 1],
    ]);
    expect(tally.years.get(2026)).toBe(3);
    expect(tally.years.get(2025)).toBe(1);
    expect(tally.sections.get(7)).toBe(2);
    expect(tally.sections.get(8)).toBe(1);
    expect(tally.countries.get("KZ")).toBe(3);
    expect(tally.countries.get("KG")).toBe(1);
  });
});
