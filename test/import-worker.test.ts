import path from "node:path";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { type ImportReport, importWordPressFiles } from "../src/importers/index.js";
import { openTestNewsroom, type TestNewsroom } from "./helpers/newsroom.js";

const OWN = path.resolve("test/fixtures/wordpress");
const IMPORT = path.resolve("test/fixtures/import");
const SHARED = path.resolve("../shared/fixtures/wordpress");
const TABLES = [
  "articles",
  "revisions",
  "authors",
  "tags",
  "media",
  "article_tags",
  "article_authors",
  "redirects",
  "import_items",
] as const;
const NOW = () => new Date("2026-03-01T10:00:00.000Z");

/** Everything an import wrote, without what differs between any two runs (random ids, the clock). */
async function contents(n: TestNewsroom): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(n.database.db);
    out[table] = rows.rows.map(
      ({ translation_group: _group, created_at: _c, imported_at: _i, ...rest }) => rest,
    );
  }
  return out;
}

async function importWith(
  worker: boolean,
  files: string[],
  extra: { uploadsDir?: string; batchSize?: number } = {},
): Promise<{ report: Omit<ImportReport, "durationMs">; tables: Record<string, unknown[]> }> {
  const n = await openTestNewsroom({ now: NOW });
  try {
    const { durationMs: _d, ...report } = await importWordPressFiles(files, {
      db: n.database.db,
      articles: n.articles,
      articleStore: n.articleStore,
      timeZone: n.config.siteTimeZone,
      mediaDir: n.config.mediaDir,
      now: NOW,
      worker,
      ...extra,
    });
    const tables = await contents(n);
    return { report: JSON.parse(JSON.stringify(report).replaceAll(n.dir, "<DIR>")), tables };
  } finally {
    await n.close();
  }
}

describe("WXR import with reading and conversion in a worker thread", () => {
  it("writes exactly what the in-thread import writes", { timeout: 60_000 }, async () => {
    const files = [path.join(OWN, "steppe-wxr-1.2.xml"), path.join(SHARED, "ghostmigrate-sample.xml")];
    const options = { uploadsDir: path.join(IMPORT, "uploads"), batchSize: 3 };
    const inThread = await importWith(false, files, options);
    const inWorker = await importWith(true, files, options);
    expect(inThread.report.status).toBe("complete");
    expect((inThread.tables.articles ?? []).length).toBeGreaterThan(5);
    expect(inWorker).toEqual(inThread);
  });

  it("keeps the batches before malformed XML and says where, as the in-thread import does", {
    timeout: 60_000,
  }, async () => {
    const file = path.join(IMPORT, "malformed-fourth-post.xml");
    const inWorker = await importWith(true, [file], { batchSize: 2 });
    expect(inWorker.report.status).toBe("partial");
    expect(inWorker.report.failure).toMatchObject({ code: "IMPORT_BAD_XML", line: 92 });
    expect(inWorker.report.committed).toBe(2);
    expect(inWorker).toEqual(await importWith(false, [file], { batchSize: 2 }));
  });
});
