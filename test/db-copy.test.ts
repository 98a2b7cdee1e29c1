import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticleService, createArticleStore } from "../src/articles/index.js";
import { main } from "../src/cli/main.js";
import { type DatabaseHandle, openDatabase } from "../src/db/connect.js";
import { copyNewsroom, tableChecksum } from "../src/db/copy.js";
import { migrateToLatest } from "../src/db/migrate.js";
import { loadDemo } from "../src/demo/load-demo.js";
import { createRateStore } from "../src/rates/index.js";
import { captureOutput } from "./helpers/cli-output.js";
import { createTestDatabase, type TestDatabase, testDialects } from "./helpers/databases.js";

describe("copying a newsroom between databases", () => {
  let dir: string;
  let sourceUrl: string;
  let source: DatabaseHandle;
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "steppe-copy-"));
    sourceUrl = path.join(dir, "source.db");
    source = openDatabase(sourceUrl);
    await migrateToLatest(source);
    const store = createArticleStore(source.db);
    await loadDemo({
      articles: createArticleService({ store }),
      articleStore: store,
      rates: createRateStore(source.db),
      mediaDir: path.join(dir, "media"),
      timeZone: "Asia/Almaty",
      now: new Date("2026-11-23T06:00:00Z"),
    });
  });

  afterAll(async () => {
    await source.close();
    for (const cleanup of cleanups.reverse()) await cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each(testDialects())(
    "copies SQLite to %s and back with matching counts and checksums",
    async (dialect) => {
      const middle: TestDatabase = await createTestDatabase(dialect, fs.mkdtempSync(path.join(dir, "m-")));
      cleanups.push(() => middle.drop());
      const target = openDatabase(middle.url);
      await migrateToLatest(target);
      const there = await copyNewsroom(source, target);
      expect(there.ok).toBe(true);
      const articles = there.tables.find((t) => t.table === "articles");
      expect(articles?.sourceRows).toBeGreaterThanOrEqual(30);
      expect(articles?.targetRows).toBe(articles?.sourceRows);

      // New rows on the target get fresh ids after the copied ones (identity sequences moved on).
      const store = createArticleStore(target.db);
      const created = await createArticleService({ store }).create({
        language: "en",
        title: "After the move",
        body: "<p>Hi.</p>",
      });
      expect(created.id).toBeGreaterThan(articles?.sourceRows ?? 0);

      const backUrl = path.join(dir, `back-${dialect}.db`);
      const back = openDatabase(backUrl);
      await migrateToLatest(back);
      const backReport = await copyNewsroom(target, back);
      expect(backReport.ok).toBe(true);
      // The round trip changes nothing but the one article added on the way.
      expect(await tableChecksum(back, "rates", ["id"])).toBe(await tableChecksum(source, "rates", ["id"]));
      await back.close();
      await target.close();
    },
  );

  it("refuses to copy into a database that already has a newsroom, changing nothing", async () => {
    const again = openDatabase(path.join(dir, "full.db"));
    await migrateToLatest(again);
    await copyNewsroom(source, again);
    const before = await tableChecksum(again, "articles", ["id"]);
    await expect(copyNewsroom(source, again)).rejects.toThrow(/already has \d+ rows in authors/);
    expect(await tableChecksum(again, "articles", ["id"])).toBe(before);
    await again.close();
  });

  it("runs as `steppe db copy` and prints a per-table comparison", async () => {
    const io = captureOutput();
    const to = path.join(dir, "cli-copy.db");
    const code = await main(
      ["db", "copy", "--to", to],
      { DATABASE_URL: sourceUrl, MEDIA_DIR: path.join(dir, "media") },
      io,
    );
    expect(code).toBe(0);
    const output = io.lines.join("\n");
    expect(output).toMatch(/ok +articles +\d+ -> +\d+ rows/);
    expect(output).toContain("tables match");
    const missing = captureOutput();
    expect(await main(["db", "copy"], { DATABASE_URL: sourceUrl }, missing)).toBe(2);
    expect(missing.errors.join("")).toContain("--to is required");
  });
});
