import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticleService } from "../src/articles/index.js";
import {
  createSearchHook,
  createSearchIndex,
  type SearchIndex,
  type SearchRequest,
} from "../src/search/index.js";
import { testDialects } from "./helpers/databases.js";
import { hoursAgo } from "./helpers/newsroom.js";
import { openSearchNewsroom, type SearchNewsroom } from "./helpers/search-newsroom.js";

/*
 * The in-memory half of search (search-engine.ts): the bounded ranking used above the exact
 * ranking limit, cached term sets staying exact across writes, several search instances over
 * one database, and a rebuild that keeps articles written while it ran. The limits are set
 * tiny here so that a small newsroom exercises the paths a large archive takes.
 */
describe.each(testDialects())("search engine on %s", (dialect) => {
  let newsroom: SearchNewsroom;
  /** A second instance over the same database, with tiny limits. */
  let bounded: SearchIndex;
  const now = (): string => new Date().toISOString();
  const search = (index: SearchIndex, request: Omit<SearchRequest, "now">) =>
    index.search({ ...request, now: now() });
  const allIds = async (index: SearchIndex, request: Omit<SearchRequest, "now">, pageSize: number) => {
    const ids: number[] = [];
    for (let offset = 0; ; offset += pageSize) {
      const page = await search(index, { ...request, offset, limit: pageSize, facets: false });
      ids.push(...page.hits.map((h) => h.id));
      if (page.hits.length < pageSize) return { ids, total: page.total };
    }
  };

  beforeAll(async () => {
    newsroom = await openSearchNewsroom({ dialect });
    const { indexed, ids } = newsroom;
    for (let i = 1; i <= 24; i++) {
      await indexed.create({
        language: "en",
        title: i % 6 === 0 ? `Reservoir levels fall, report ${i}` : `Report ${i} from the valley`,
        body: `<p>The reservoir upstream held ${i} million cubic metres of water this week.</p>`,
        status: "published",
        publishedAt: hoursAgo(i * 3),
        tagIds: i % 2 === 0 ? [ids.tags.economy] : [ids.tags.politics, ids.tags.kazakhstan],
      });
    }
    bounded = createSearchIndex({
      db: newsroom.database.db,
      dialect: newsroom.database.dialect,
      timeZone: newsroom.config.siteTimeZone,
      tuning: { exactRankLimit: 5, rankCandidates: 3, patchLimit: 2 },
    });
  });

  afterAll(async () => {
    await newsroom.close();
  });

  it("pages through a bounded ranking: every match once, headline matches first", async () => {
    const exact = await allIds(newsroom.search, { q: "reservoir" }, 7);
    const approximate = await allIds(bounded, { q: "reservoir" }, 7);
    expect(exact.total).toBe(24);
    expect(approximate.total).toBe(24);
    expect(new Set(approximate.ids).size).toBe(24);
    expect([...approximate.ids].sort()).toEqual([...exact.ids].sort());
    const first = await search(bounded, { q: "reservoir", limit: 3 });
    expect(first.hits.map((h) => h.title)).toEqual([
      "Reservoir levels fall, report 6",
      "Reservoir levels fall, report 12",
      "Reservoir levels fall, report 18",
    ]);
    // Filters and facets are exact whichever ranking runs.
    const filtered = await search(bounded, { q: "reservoir", filters: { section: "economy" } });
    expect(filtered.total).toBe(12);
    expect(filtered.facets.section).toEqual([expect.objectContaining({ value: "economy", count: 12 })]);
    const unfiltered = await search(bounded, { q: "reservoir" });
    expect(unfiltered.facets.country).toEqual([expect.objectContaining({ value: "KZ", count: 12 })]);
  });

  it("keeps cached term sets exact when articles are written, unpublished and edited", async () => {
    const { indexed } = newsroom;
    for (const index of [newsroom.search, bounded])
      expect((await search(index, { q: "glacier" })).total).toBe(0);
    const made = [];
    for (let i = 0; i < 3; i++) {
      made.push(
        await indexed.create({
          language: "en",
          title: `Glacier survey ${i}`,
          body: "<p>The glacier retreated again.</p>",
          status: "published",
          publishedAt: hoursAgo(1),
        }),
      );
    }
    // The bounded instance patches up to two changed articles and recomputes beyond that.
    for (const index of [newsroom.search, bounded])
      expect((await search(index, { q: "glacier" })).total).toBe(3);
    const first = made[0];
    const second = made[1];
    if (first === undefined || second === undefined) throw new Error("articles were not created");
    await indexed.update(first.id, first.version, {
      language: "en",
      title: "Moraine survey",
      body: "<p>Only rock is left.</p>",
      status: "published",
      publishedAt: first.publishedAt ?? hoursAgo(1),
    });
    for (const index of [newsroom.search, bounded])
      expect((await search(index, { q: "glacier" })).total).toBe(2);
    await indexed.update(second.id, second.version, {
      language: "en",
      title: second.title,
      body: "<p>The glacier retreated again.</p>",
      status: "draft",
    });
    for (const index of [newsroom.search, bounded]) {
      const result = await search(index, { q: "glacier" });
      expect(result.total).toBe(1);
      expect(result.hits.map((h) => h.title)).toEqual(["Glacier survey 2"]);
      expect((await search(index, { q: "moraine" })).total).toBe(1);
    }
  });

  it("serves writes made through another instance's article service", async () => {
    const other = createSearchIndex({
      db: newsroom.database.db,
      dialect: newsroom.database.dialect,
      timeZone: newsroom.config.siteTimeZone,
    });
    const writer = createArticleService({ store: newsroom.articleStore, hooks: [createSearchHook(other)] });
    expect((await search(bounded, { q: "steppe eagle" })).total).toBe(0);
    await writer.create({
      language: "en",
      title: "A steppe eagle returns",
      body: "<p>Rangers counted the nesting pairs.</p>",
      status: "published",
      publishedAt: hoursAgo(2),
    });
    for (const index of [newsroom.search, bounded, other]) {
      expect((await search(index, { q: "steppe eagle" })).total).toBe(1);
      expect((await index.countryArticles({ country: "KZ", now: now() })).total).toBe(12);
    }
  });

  it("indexes a batch of articles in one transaction like one article at a time", async () => {
    const plain = createArticleService({ store: newsroom.articleStore });
    const ids: number[] = [];
    for (let i = 0; i < 80; i++) {
      const article = await plain.create({
        language: i % 2 === 0 ? "en" : "ru",
        title: i % 2 === 0 ? `Apricot harvest ${i} in Batken` : `Урожай абрикосов ${i} в Баткене`,
        body:
          i % 2 === 0
            ? "<p>Farmers near Bishkek sold apricots.</p>"
            : "<p>Фермеры под Бишкеком продали абрикосы.</p>",
        status: i === 79 ? "draft" : "published",
        publishedAt: hoursAgo(10 + i),
      });
      ids.push(article.id);
    }
    expect((await search(bounded, { q: "apricot" })).total).toBe(0);
    // Eighty articles: analysed in worker threads, written in a few statements.
    await newsroom.database.db.transaction().execute((trx) => newsroom.search.indexArticles(trx, ids));
    for (const index of [newsroom.search, bounded]) {
      const en = await search(index, { q: "apricots" });
      expect(en.total).toBe(40);
      expect((await search(index, { q: "абрикос", filters: { language: "ru" } })).total).toBe(39);
      expect((await index.countryArticles({ country: "KG", now: now() })).total).toBeGreaterThanOrEqual(79);
    }
    // Indexing again replaces, and a batch entry that is no longer published leaves the index.
    const first = ids[0] as number;
    await newsroom.articleStore.transaction(async (trx) => {
      await trx.updateTable("articles").set({ status: "draft" }).where("id", "=", first).execute();
      await newsroom.search.indexArticles(trx, ids);
    });
    expect((await search(bounded, { q: "apricots" })).total).toBe(39);
  });

  it("rebuilds into fresh tables and keeps articles written meanwhile", async () => {
    const { indexed } = newsroom;
    const before = await allIds(newsroom.search, { q: "reservoir" }, 50);
    let written = false;
    const report = await newsroom.search.reindex({
      batchSize: 5,
      // After the first batch, i.e. while the rebuild is half done.
      onProgress: async () => {
        if (written) return;
        written = true;
        await indexed.create({
          language: "en",
          title: "Reservoir opened during the rebuild",
          body: "<p>The reservoir gates opened.</p>",
          status: "published",
          publishedAt: hoursAgo(1),
        });
      },
    });
    expect(report.failed).toEqual([]);
    const after = await allIds(newsroom.search, { q: "reservoir" }, 50);
    expect(after.total).toBe(before.total + 1);
    for (const index of [bounded, newsroom.search]) {
      const result = await search(index, { q: "reservoir opened rebuild" });
      expect(result.hits.map((h) => h.title)).toEqual(["Reservoir opened during the rebuild"]);
    }
  });
});
