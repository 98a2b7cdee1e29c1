import fs from "node:fs";
import path from "node:path";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CliOutput } from "../src/cli/command.js";
import { main } from "../src/cli/main.js";
import { type ImportReport, importWordPressFiles, importWordPressRest } from "../src/importers/index.js";
import { testDialects } from "./helpers/databases.js";
import { openTestNewsroom, type TestNewsroom } from "./helpers/newsroom.js";

const SHARED = path.resolve("../shared/fixtures/wordpress");
const OWN = path.resolve("test/fixtures/wordpress");
const IMPORT = path.resolve("test/fixtures/import");
const STEPPE_12 = path.join(OWN, "steppe-wxr-1.2.xml");
const MALFORMED = path.join(IMPORT, "malformed-fourth-post.xml");
const TABLES = [
  "articles",
  "revisions",
  "authors",
  "tags",
  "media",
  "article_tags",
  "redirects",
  "rates",
] as const;

function capture(): CliOutput & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return {
    lines,
    errors,
    out: (l) => lines.push(l),
    err: (l) => errors.push(l),
    isTTY: false,
    write: () => {},
  };
}

async function rowCounts(n: TestNewsroom): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(
      n.database.db,
    );
    out[table] = Number(row.rows[0]?.n);
  }
  return out;
}

function options(n: TestNewsroom, extra: { uploadsDir?: string; batchSize?: number; dryRun?: boolean } = {}) {
  return {
    db: n.database.db,
    articles: n.articles,
    articleStore: n.articleStore,
    timeZone: n.config.siteTimeZone,
    mediaDir: n.config.mediaDir,
    ...extra,
  };
}

function env(n: TestNewsroom): Record<string, string> {
  return { DATABASE_URL: n.config.databaseUrl, MEDIA_DIR: n.config.mediaDir, LOG_LEVEL: "silent" };
}

describe.each(testDialects())("WordPress import into the site on %s", (dialect) => {
  let n: TestNewsroom;
  beforeEach(async () => {
    n = await openTestNewsroom({ dialect });
  });
  afterEach(async () => n.close());

  it("imports posts, pages, media and terms that then show on the site", async () => {
    const report = await importWordPressFiles(
      [STEPPE_12],
      options(n, { uploadsDir: path.join(IMPORT, "uploads") }),
    );
    expect(report.status).toBe("complete");
    expect(report.counts.posts).toMatchObject({ created: 4 });
    expect(report.counts.pages).toMatchObject({ created: 2 });
    expect(report.shortcodes).toMatchObject({ caption: 2, gallery: 3, video: 1, audio: 1, embed: 1 });
    expect(report.unknownShortcodes).toEqual({ vc_row: 1, vc_column: 1, "contact-form-7": 1 });
    expect(report.counts.files).toMatchObject({ created: 2 });

    const page = await n.app.inject("/ru/2024/05/post-10");
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Курс тенге укрепился");
    // Both caption styles become figures with captions; the featured image is the hero.
    expect(page.body).toMatch(/<figcaption>Степь под Алматы\. Фото: <em>Айгерим<\/em><\/figcaption>/);
    expect(page.body).toContain("<figcaption>Старый стиль подписи</figcaption>");
    expect(page.body).toContain("/media/wp/2024/05/steppe.jpg");
    expect(page.body).toContain("Тенге укрепился — Steppe");
    expect(page.body).not.toContain("[vc_row]");
    expect(page.body).toContain("[gallery]");
    // Kazakhstan is named in the text: the article carries the country tag.
    expect(page.body).toContain("/country/kazakhstan");
    const media = await n.app.inject("/media/wp/2024/05/steppe.jpg");
    expect(media.statusCode).toBe(200);

    const gallery = await n.app.inject("/ru/2024/05/post-11");
    expect(gallery.body).toMatch(/<figure class="gallery">/);
    expect(gallery.body).toContain("<video");

    // Pages live in the "Pages" section; categories keep their parents; drafts stay private.
    const about = await n.app.inject("/ru/2024/05/o-nas");
    expect(about.statusCode).toBe(200);
    const tags = await n.database.db.selectFrom("tags").select(["id", "slug", "parent_id"]).execute();
    const novosti = tags.find((t) => t.slug === "novosti");
    expect(tags.find((t) => t.slug === "ekonomika")?.parent_id).toBe(novosti?.id);
    expect(tags.some((t) => t.slug === "pages")).toBe(true);
    const draft = await n.database.db
      .selectFrom("articles")
      .select(["status", "slug"])
      .where("source_key", "=", "wp:https://steppe.example:13")
      .executeTakeFirstOrThrow();
    expect(draft.status).toBe("draft");
    expect((await n.app.inject(`/ru/2024/05/${draft.slug}`)).statusCode).toBe(404);
  });

  it("answers old URLs with a 301 to the new article", async () => {
    await importWordPressFiles([STEPPE_12, path.join(SHARED, "ghostmigrate-sample.xml")], options(n));
    const byId = await n.app.inject("/?p=12&lang=ru");
    expect(byId.statusCode).toBe(301);
    expect(byId.headers.location).toBe("/ru/2024/05/post-12");
    const permalink = await n.app.inject("/blog/basic-post.html");
    expect(permalink.statusCode).toBe(301);
    const target = await n.app.inject(String(permalink.headers.location));
    expect(target.statusCode).toBe(200);
    expect((await n.app.inject("/blog/never-existed.html")).statusCode).toBe(404);
    expect((await n.app.inject("/?p=999999")).statusCode).toBe(200);
  });

  it("is idempotent, and updates what changed", async () => {
    await importWordPressFiles([STEPPE_12], options(n));
    const before = await rowCounts(n);
    const again = await importWordPressFiles([STEPPE_12], options(n));
    expect(again.counts.posts).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    expect(await rowCounts(n)).toEqual(before);

    const changed = path.join(n.dir, "changed.xml");
    fs.writeFileSync(
      changed,
      fs.readFileSync(STEPPE_12, "utf8").replace("Курс тенге укрепился", "Курс тенге снова укрепился"),
    );
    const third = await importWordPressFiles([changed], options(n));
    expect(third.counts.posts).toMatchObject({ created: 0, updated: 1, unchanged: 3 });
    const after = await rowCounts(n);
    expect(after).toEqual({ ...before, revisions: (before.revisions ?? 0) + 1 });
    expect((await n.app.inject("/ru/2024/05/post-10")).body).toContain("Курс тенге снова укрепился");
  });

  it("never overwrites an article an editor changed after the import", async () => {
    await importWordPressFiles([STEPPE_12], options(n));
    const row = await n.database.db
      .selectFrom("articles")
      .selectAll()
      .where("source_key", "=", "wp:https://steppe.example:10")
      .executeTakeFirstOrThrow();
    await n.articles.update(row.id, row.version, {
      language: "ru",
      title: "Заголовок редактора",
      body: row.body_html,
      status: "published",
    });
    const changed = path.join(n.dir, "changed.xml");
    fs.writeFileSync(changed, fs.readFileSync(STEPPE_12, "utf8").replace("Курс тенге укрепился", "Другое"));
    const report = await importWordPressFiles([changed], options(n));
    expect(report.skippedByReason["changed in Steppe since it was imported; not overwritten"]).toBe(1);
    const now = await n.articleStore.getRecord(row.id);
    expect(now?.title).toBe("Заголовок редактора");
  });

  it("keeps the batches before malformed XML, rolls back the failing one, and says where", async () => {
    const report = await importWordPressFiles([MALFORMED], options(n, { batchSize: 2 }));
    expect(report.status).toBe("partial");
    expect(report.failure).toMatchObject({ code: "IMPORT_BAD_XML", line: 92 });
    expect(report.failure?.column).toBeGreaterThan(0);
    expect(report.failure?.message).toMatch(/malformed-fourth-post\.xml:92:\d+/);
    expect(report.committed).toBe(2);
    expect(report.lastCommitted?.id).toBe("post 2");
    expect(report.resume).toContain("idempotent");
    const keys = await n.database.db.selectFrom("articles").select("source_key").execute();
    expect(keys.map((k) => k.source_key).sort()).toEqual([
      "wp:https://old.example:1",
      "wp:https://old.example:2",
    ]);
  });

  it("leaves the database exactly as it was when the first batch fails", async () => {
    const before = await rowCounts(n);
    const report = await importWordPressFiles([MALFORMED], options(n));
    expect(report.status).toBe("failed");
    expect(report.committed).toBe(0);
    expect(await rowCounts(n)).toEqual(before);
  });

  it("imports every WordPress fixture, with an honest status for the broken ones", async () => {
    const outcomes: Record<string, string> = {};
    const xml = [
      ...fs
        .readdirSync(SHARED)
        .filter((f) => f.endsWith(".xml"))
        .map((f) => path.join(SHARED, f)),
      path.join(OWN, "steppe-wxr-1.0.xml"),
      STEPPE_12,
    ];
    for (const file of xml) {
      const report = await importWordPressFiles([file], options(n));
      outcomes[path.basename(file)] = report.status;
      if (report.status !== "failed") expect(report.failure).toBeNull();
      if (path.basename(file) === "ghostmigrate-co-authors-plus.xml") {
        // Co-Authors Plus: every author is on the byline.
        const coauthored = await n.database.db
          .selectFrom("article_authors")
          .innerJoin("articles", "articles.id", "article_authors.article_id")
          .select("articles.title")
          .where("articles.title", "=", "Three Author Post")
          .execute();
        expect(coauthored.length).toBe(3);
      }
    }
    const rest: [string, ImportReport][] = [];
    for (const target of [
      ...fs
        .readdirSync(SHARED)
        .filter((f) => f.endsWith(".json"))
        .map((f) => path.join(SHARED, f)),
      path.join(OWN, "rest-dump"),
      path.join(OWN, "rest-bad"),
    ]) {
      const report = await importWordPressRest(target, options(n));
      rest.push([path.basename(target), report]);
      outcomes[path.basename(target)] = report.status;
    }
    expect(outcomes).toMatchObject({
      "wpimporter-malformed.xml": "failed",
      "wpimporter-missing-version-tag.xml": "failed",
      "wpimporter-small-export.xml": "complete",
      "wpimporter-valid-wxr-1.0.xml": "complete",
      "steppe-wxr-1.0.xml": "complete",
      "ghostmigrate-co-authors-plus.xml": "complete",
      "ghostmigrate-rest-single-post.json": "complete",
      "rest-dump": "complete",
      "rest-bad": "failed",
    });
    expect(rest.find(([name]) => name === "rest-bad")?.[1].failure?.code).toBe("IMPORT_BAD_JSON");
    // Yoast fields are carried over.
    const seo = await n.database.db
      .selectFrom("articles")
      .select(["seo_title", "seo_description"])
      .where("seo_description", "is not", null)
      .execute();
    expect(seo.length).toBeGreaterThan(0);
    // The REST dump's posts are on the site.
    const restPost = await n.database.db
      .selectFrom("articles")
      .select(["slug", "status"])
      .where("source_key", "like", "wp:%")
      .where("status", "=", "published")
      .execute();
    expect(restPost.length).toBeGreaterThan(10);
  });

  it("writes nothing on a dry run", async () => {
    const before = await rowCounts(n);
    const report = await importWordPressFiles([STEPPE_12], options(n, { dryRun: true }));
    expect(report.dryRun).toBe(true);
    expect(report.counts.posts).toMatchObject({ created: 4 });
    expect(await rowCounts(n)).toEqual(before);
  });
});

describe("steppe import (CLI)", () => {
  let n: TestNewsroom;
  beforeEach(async () => {
    n = await openTestNewsroom();
  });
  afterEach(async () => n.close());

  it("exits 0 on success, 1 on a partial import, 2 when nothing was imported", async () => {
    const ok = capture();
    expect(await main(["import", "wordpress", STEPPE_12], env(n), ok)).toBe(0);
    expect(ok.lines.join("\n")).toMatch(/posts\s+4 created/);
    const partial = capture();
    expect(await main(["import", "wordpress", "--batch", "2", MALFORMED], env(n), partial)).toBe(1);
    expect(partial.lines.join("\n")).toContain("to resume");
    const none = capture();
    expect(
      await main(["import", "wordpress", path.join(SHARED, "wpimporter-malformed.xml")], env(n), none),
    ).toBe(2);
    const missing = capture();
    expect(await main(["import", "wordpress", path.join(n.dir, "nope.xml")], env(n), missing)).toBe(2);
    const usage = capture();
    expect(await main(["import", "drupal", STEPPE_12], env(n), usage)).toBe(2);
  });

  it("refuses a post too large for the reading thread's heap (IMPORT_HEAP_MB), and imports the rest", {
    timeout: 60_000,
  }, async () => {
    // One post far larger than the smallest heap allowed can convert (and a file large enough to
    // be read in the worker thread). Converting it would run out of the heap, and inside one of
    // autop's regular expressions that can abort the whole process: it is refused before.
    const file = path.join(n.dir, "huge-post.xml");
    const wxr = fs.readFileSync(STEPPE_12, "utf8");
    const at = wxr.indexOf("<content:encoded><![CDATA[") + "<content:encoded><![CDATA[".length;
    const huge = "<p>Steppe wind over the plain.</p>\n".repeat(350_000);
    fs.writeFileSync(file, `${wxr.slice(0, at)}${huge}${wxr.slice(at)}`);
    const before = await rowCounts(n);
    const io = capture();
    expect(await main(["import", "wordpress", file], { ...env(n), IMPORT_HEAP_MB: "64" }, io)).toBe(1);
    expect(io.lines.join("\n")).toMatch(
      /posts 10 ".*": refused: content of 12\.3 million characters, more than the import's heap can convert \(\d\.\d million; raise IMPORT_HEAP_MB\)/,
    );
    const articlesBefore = before.articles ?? 0;
    const articlesAfter = (await rowCounts(n)).articles ?? 0;
    expect(articlesAfter).toBeGreaterThan(articlesBefore);
    // The process and the database are fine: the usual export then adds that one post, and only it.
    expect(await main(["import", "wordpress", STEPPE_12], env(n), capture())).toBe(0);
    expect((await rowCounts(n)).articles).toBe(articlesAfter + 1);
  });

  it("prints a machine-readable report with --json and writes nothing with --dry-run", async () => {
    const before = await rowCounts(n);
    const io = capture();
    expect(await main(["import", "wordpress", "--dry-run", "--json", STEPPE_12], env(n), io)).toBe(0);
    const report = JSON.parse(io.lines.join("\n")) as ImportReport;
    expect(report).toMatchObject({ importer: "wordpress", dryRun: true, status: "complete" });
    expect(report.counts.posts?.created).toBe(4);
    expect(report.skippedByReason['post type "nav_menu_item" is not article content']).toBe(1);
    expect(await rowCounts(n)).toEqual(before);

    const api = capture();
    expect(await main(["import", "wordpress-api", "--json", path.join(OWN, "rest-dump")], env(n), api)).toBe(
      0,
    );
    expect((JSON.parse(api.lines.join("\n")) as ImportReport).importer).toBe("wordpress-api");
  });
});
