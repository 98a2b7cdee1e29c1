import { describe, expect, it } from "vitest";
import { createArticleService } from "../src/articles/index.js";
import { redirectKey } from "../src/importers/index.js";
import { openTestNewsroom } from "./helpers/newsroom.js";

describe("article writes inside an outer transaction (import batches)", () => {
  it("runs validation, sanitizing, revisions and hooks, and rolls back the whole batch on failure", async () => {
    const n = await openTestNewsroom();
    try {
      const hooked: number[] = [];
      const service = createArticleService({
        store: n.articleStore,
        hooks: [{ afterWrite: async (_trx, id) => void hooked.push(id) }],
      });
      const ids = await n.articleStore.transaction(async (trx) => [
        await service.createWithin(trx, {
          language: "en",
          title: "Batch one",
          body: '<p onclick="x()">First<script>alert(1)</script></p>',
          status: "published",
        }),
        await service.createWithin(trx, { language: "en", title: "Batch two", body: "<p>Second</p>" }),
      ]);
      expect(hooked).toEqual(ids);
      const first = await n.articleStore.getRecord(ids[0] as number);
      expect(first?.bodyHtml).toBe("<p>First</p>");
      expect(await n.articleStore.countRevisions(ids[0] as number)).toBe(1);

      await n.articleStore.transaction((trx) =>
        service.updateWithin(trx, ids[1] as number, 1, {
          language: "en",
          title: "Batch two, fixed",
          body: "<p>2</p>",
        }),
      );
      expect((await n.articleStore.getRecord(ids[1] as number))?.title).toBe("Batch two, fixed");
      expect(await n.articleStore.countRevisions(ids[1] as number)).toBe(2);

      const before = await n.articleStore.countArticles();
      await expect(
        n.articleStore.transaction(async (trx) => {
          await service.createWithin(trx, { language: "en", title: "Rolled back", body: "<p>x</p>" });
          await service.createWithin(trx, { language: "en", title: "", body: "<p>invalid</p>" });
        }),
      ).rejects.toMatchObject({ code: "ARTICLE_INVALID" });
      expect(await n.articleStore.countArticles()).toBe(before);
    } finally {
      await n.close();
    }
  });
});

describe("redirectKey", () => {
  it("normalises old URLs so encoded, slashed and tracked variants match", () => {
    expect(redirectKey("https://old.example/2019/11/%D0%BA%D1%83%D1%80%D1%81/?utm_source=x")).toBe(
      "/2019/11/курс",
    );
    expect(redirectKey("/2019/11/%d0%ba%d1%83%d1%80%d1%81")).toBe("/2019/11/курс");
    expect(redirectKey("https://old.example/?p=10&lang=ru")).toBe("/?p=10");
    expect(redirectKey("/?page_id=3")).toBe("/?page_id=3");
    expect(redirectKey("/")).toBe("/");
  });
});
