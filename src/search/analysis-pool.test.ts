import os from "node:os";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createAnalysisPool, waitingCallerThreads } from "./analysis-pool.js";
import { type ArticleSource, createArticleAnalyzer } from "./article-analysis.js";
import { defaultGazetteerEntries } from "./gazetteer/data.js";
import { createGazetteer } from "./gazetteer/gazetteer.js";

const settings = { timeZone: "Asia/Almaty", folding: true, nameKeys: true } as const;

function articles(count: number): ArticleSource[] {
  return Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    language: i % 2 === 0 ? "en" : "ru",
    title: i % 2 === 0 ? `Tokayev visits Tashkent, day ${i}` : `Токаев посетил Ташкент, день ${i}`,
    dek: i % 3 === 0 ? "Talks on water and the Amu Darya." : "",
    bodyText:
      i % 2 === 0
        ? "President Mirziyoyev met Kassym-Jomart Tokayev in Alma-Ata; farmers in Karaganda watched."
        : "Президенты Мирзиёев и Токаев встретились в Алма-Ате; фермеры в Караганде следили.",
    status: i % 7 === 6 ? "draft" : "published",
    publishedAt: new Date(Date.UTC(2025, 11, 31, 20 + (i % 8))).toISOString(),
    tags:
      i % 4 === 0 ? [{ id: 9, kind: "country", name: "Kyrgyzstan", nameRu: "Кыргызстан", code: "KG" }] : [],
  }));
}

describe("analysis pool", () => {
  it("gives the same entries in a worker thread as in the calling thread", async () => {
    const entries = defaultGazetteerEntries();
    const input = articles(150);
    const inline = createArticleAnalyzer({ ...settings, gazetteer: createGazetteer(entries) });
    const expected = input.map((a) => inline.analyze(a));
    // newWords depends on what each analyser saw before; the vocabulary they add up to does not.
    const withoutWords = (list: typeof expected) =>
      list.map((a) => (a === null ? null : { ...a, newWords: [] }));
    const vocabulary = (list: typeof expected) => new Set(list.flatMap((a) => a?.newWords ?? []));
    const pool = createAnalysisPool({ ...settings, entries, threads: 2, minBatch: 1 });
    try {
      const got = await pool.analyze(input);
      expect(withoutWords(got)).toEqual(withoutWords(expected));
      expect(vocabulary(got)).toEqual(vocabulary(expected));
      expect(pool.threaded).toBe(150);
      expect(got.filter((a) => a === null)).toHaveLength(21);
      // The year is the site's: 2025-12-31T20:00Z is already 2026 in Almaty.
      expect(got[0]?.record.year).toBe(2026);
      expect(got[0]?.record.countries).toEqual(["KG", "KZ", "UZ"]);
      // Small batches stay in the calling thread, with the same result.
      expect(withoutWords(await pool.analyze(input.slice(0, 1)))).toEqual(withoutWords(expected.slice(0, 1)));
    } finally {
      await pool.close();
    }
    expect(withoutWords(await pool.analyze(input.slice(0, 3)))).toEqual(withoutWords(expected.slice(0, 3)));
  });
});

describe("waitingCallerThreads", () => {
  afterEach(() => vi.restoreAllMocks());

  it("gives a waiting caller no worker below three cores, and the spare cores above", () => {
    const cores = vi.spyOn(os, "availableParallelism");
    cores.mockReturnValue(1);
    expect(waitingCallerThreads()).toBe(0);
    cores.mockReturnValue(2);
    expect(waitingCallerThreads()).toBe(0);
    cores.mockReturnValue(4);
    expect(waitingCallerThreads()).toBe(3);
  });
});
