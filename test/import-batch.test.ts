import { describe, expect, it } from "vitest";
import { createArticleService, processBody, sanitizeBodyAhead } from "../src/articles/index.js";
import type { ArticleTextRow } from "../src/db/schema.js";
import { redirectKey } from "../src/importers/index.js";
import { testDialects } from "./helpers/databases.js";
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

describe.each(testDialects())("createManyWithin (the batch path of the article service) on %s", (dialect) => {
  it("writes several articles in order with a revision each, the hooks, and slugs as one-by-one writes would", async () => {
    const n = await openTestNewsroom({ dialect });
    try {
      const hooked: number[] = [];
      const service = createArticleService({
        store: n.articleStore,
        hooks: [{ afterWrite: async (_trx, id) => void hooked.push(id) }],
      });
      const existing = await service.create({ language: "en", title: "Taken slug", body: "<p>x</p>" });
      const ids = await n.articleStore.transaction((trx) =>
        service.createManyWithin(trx, [
          {
            input: { language: "en", title: "First", body: "<p>1</p>", authorIds: [n.ids.authors.aida] },
            preferredSlug: "old-slug",
          },
          // The same preferred slug again: taken by the entry before, so one is made from the title.
          { input: { language: "en", title: "Second", body: "<p>2</p>" }, preferredSlug: "old-slug" },
          // A preferred slug an older article has.
          { input: { language: "en", title: "Third", body: "<p>3</p>" }, preferredSlug: existing.slug },
          // Two titles that make the same slug.
          { input: { language: "en", title: "Same title", body: "<p>4</p>", tagIds: [n.ids.tags.economy] } },
          { input: { language: "en", title: "Same title", body: "<p>5</p>" } },
          { input: { language: "ru", title: "Same title", body: "<p>6</p>" } },
        ]),
      );
      expect(ids).toHaveLength(6);
      expect(hooked).toEqual([existing.id, ...ids]);
      const slugs: string[] = [];
      for (const id of ids) {
        const record = await n.articleStore.getRecord(id);
        slugs.push(`${record?.language}/${record?.slug}`);
        expect(await n.articleStore.countRevisions(id)).toBe(1);
      }
      expect(slugs).toEqual([
        "en/old-slug",
        "en/second",
        "en/third",
        "en/same-title",
        "en/same-title-2",
        "ru/same-title",
      ]);
      const first = await n.articles.update(ids[0] as number, 1, {
        language: "en",
        title: "First",
        body: "<p>1</p>",
      });
      expect(first.version).toBe(2);
    } finally {
      await n.close();
    }
  });

  it("hands afterWriteMany the rows it wrote, the same as reading them back", async () => {
    const n = await openTestNewsroom({ dialect });
    try {
      const given: { ids: readonly number[]; written: readonly ArticleTextRow[] | undefined }[] = [];
      const service = createArticleService({
        store: n.articleStore,
        hooks: [
          {
            afterWrite: async () => undefined,
            afterWriteMany: async (_trx, ids, written) => void given.push({ ids, written }),
          },
        ],
      });
      const ids = await n.articleStore.transaction((trx) =>
        service.createManyWithin(trx, [
          {
            input: {
              language: "ru",
              title: "  Хлопок  ",
              dek: "Урожай",
              body: "<h2>Поля</h2><p>Сбор <b>идёт</b>.</p>",
              status: "published",
              publishedAt: "2026-10-01T06:00:00+05:00",
            },
          },
          { input: { language: "en", title: "A draft", body: "<p>Later</p>" } },
        ]),
      );
      expect(given).toHaveLength(1);
      expect(given[0]?.ids).toEqual(ids);
      const stored = await n.database.db
        .selectFrom("articles")
        .select(["id", "language", "title", "dek", "body_text", "status", "published_at"])
        .where("id", "in", ids)
        .orderBy("id")
        .execute();
      expect(given[0]?.written).toEqual(stored);
    } finally {
      await n.close();
    }
  });

  it("fails the whole batch with the first invalid entry's error, and with a taken given slug", async () => {
    const n = await openTestNewsroom({ dialect });
    try {
      const before = await n.articleStore.countArticles();
      await expect(
        n.articleStore.transaction((trx) =>
          n.articles.createManyWithin(trx, [
            { input: { language: "en", title: "Fine", body: "<p>x</p>" } },
            { input: { language: "en", title: "Bad author", body: "<p>x</p>", authorIds: [999_999] } },
            { input: { language: "en", title: "", body: "<p>x</p>" } },
          ]),
        ),
      ).rejects.toMatchObject({ code: "ARTICLE_INVALID", message: expect.stringContaining("authorIds") });
      await n.articles.create({ language: "en", title: "Has it", body: "<p>x</p>", slug: "given" });
      await expect(
        n.articleStore.transaction((trx) =>
          n.articles.createManyWithin(trx, [
            { input: { language: "en", title: "One", body: "<p>x</p>" } },
            { input: { language: "en", title: "Two", body: "<p>x</p>", slug: "given" } },
          ]),
        ),
      ).rejects.toMatchObject({ code: "ARTICLE_SLUG_TAKEN" });
      expect(await n.articleStore.countArticles()).toBe(before + 1);
    } finally {
      await n.close();
    }
  });

  it("uses a body processed ahead only when it was made from the entry's own body", async () => {
    const n = await openTestNewsroom({ dialect });
    try {
      const body = '<p onclick="x()">Ahead<script>alert(1)</script></p>';
      const prepared = sanitizeBodyAhead(body, null);
      // Made from another text: must not be trusted for this entry.
      const forged = { ...sanitizeBodyAhead("<p>Other</p>", null), source: "<p>Not this</p>" };
      const ids = await n.articleStore.transaction((trx) =>
        n.articles.createManyWithin(trx, [
          { input: { language: "en", title: "Prepared", body }, body: prepared },
          {
            input: { language: "en", title: "Forged", body: "<p>Real<script>x()</script></p>" },
            body: forged,
          },
        ]),
      );
      expect((await n.articleStore.getRecord(ids[0] as number))?.bodyHtml).toBe("<p>Ahead</p>");
      expect((await n.articleStore.getRecord(ids[1] as number))?.bodyHtml).toBe("<p>Real</p>");
    } finally {
      await n.close();
    }
  });

  it("derives the text, excerpt and reading time of a body only sanitized ahead", async () => {
    const n = await openTestNewsroom({ dialect });
    try {
      const body =
        '<h2>Water</h2><p>Rivers <b>run</b> north.</p><figure><img src="/a.jpg"><figcaption>Dam</figcaption></figure>';
      const excerpt = "Given <i>lead</i>";
      const ids = await n.articleStore.transaction((trx) =>
        n.articles.createManyWithin(trx, [
          { input: { language: "en", title: "Sanitized", body }, body: sanitizeBodyAhead(body, null) },
          {
            input: { language: "en", title: "With excerpt", body, excerpt },
            body: sanitizeBodyAhead(body, excerpt),
          },
          // Sanitized from another text: not trusted.
          {
            input: { language: "en", title: "Forged", body: "<p>Real<script>x()</script></p>" },
            body: { ...sanitizeBodyAhead("<p>Other</p>", null), source: "<p>Not this</p>" },
          },
        ]),
      );
      const rows = await n.database.db
        .selectFrom("articles")
        .select(["id", "body_html", "body_text", "excerpt", "reading_minutes"])
        .where("id", "in", ids)
        .orderBy("id")
        .execute();
      const expected = [
        processBody(body),
        processBody(body, { excerpt }),
        processBody("<p>Real<script>x()</script></p>"),
      ];
      expect(rows.map((r) => [r.body_html, r.body_text, r.excerpt, r.reading_minutes])).toEqual(
        expected.map((b) => [b.html, b.text, b.excerpt, b.readingMinutes]),
      );
      expect(rows[2]?.body_html).toBe("<p>Real</p>");
    } finally {
      await n.close();
    }
  });
});

describe.each(testDialects())("upsertMediaMany on %s", (dialect) => {
  it("writes a path given twice in one call twice, in order, like one call per record", async () => {
    const n = await openTestNewsroom({ dialect });
    try {
      const at = new Date().toISOString();
      const row = (alt: string) => ({
        path: "wp/2024/05/twice.jpg",
        mime: "image/jpeg",
        width: 10,
        height: 10,
        alt,
        altRu: null,
        caption: "",
        captionRu: null,
        credit: "",
      });
      const ids = await n.articleStore.transaction((trx) =>
        n.articleStore.upsertMediaMany(
          trx,
          [row("first"), { ...row("other"), path: "wp/other.jpg" }, row("second")],
          at,
        ),
      );
      expect(ids[0]).toBe(ids[2]);
      expect(ids[1]).not.toBe(ids[0]);
      expect((await n.articleStore.getMediaByPath("wp/2024/05/twice.jpg"))?.alt).toBe("second");
    } finally {
      await n.close();
    }
  });
});
