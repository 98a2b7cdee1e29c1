import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../db/connect.js";
import { migrateToLatest } from "../db/migrate.js";
import { readDocRecords } from "./index-store.js";

describe("readDocRecords", () => {
  it("loads a table larger than a call stack can spread (a million-article index)", async () => {
    const handle = openDatabase(":memory:");
    try {
      await migrateToLatest(handle);
      const n = 250_000;
      // Rows without their articles: only this read is under test, so the foreign key is off.
      await sql`PRAGMA foreign_keys = OFF`.execute(handle.db);
      await sql`WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < ${n})
        INSERT INTO search_docs (article_id, language, published_at, year, section_id)
        SELECT i, CASE i % 2 WHEN 0 THEN 'en' ELSE 'ru' END, '2026-01-01T00:00:00.000Z', 2026, NULL
        FROM k`.execute(handle.db);
      const docs = await readDocRecords(handle.db, null);
      expect(docs).toHaveLength(n);
      expect(docs[n - 1]).toMatchObject({ id: n, language: "en" });
    } finally {
      await handle.close();
    }
  });
});
