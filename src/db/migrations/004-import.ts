import type { Kysely } from "kysely";
import type { Dialect } from "./helpers.js";

/**
 * Import bookkeeping: one row per imported article, keyed by its source key (`wp:<site>:<id>`,
 * `capture:<key>`). The content hash lets a re-import skip what did not change without writing
 * a revision; the article version recorded at import time tells whether an editor has changed
 * the article in Steppe since, so a re-import never overwrites their work. The same on both
 * dialects: no generated ids here.
 */
export function up(_dialect: Dialect) {
  return async (db: Kysely<unknown>): Promise<void> => {
    await db.schema
      .createTable("import_items")
      .addColumn("source_key", "text", (c) => c.primaryKey())
      .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
      .addColumn("content_hash", "text", (c) => c.notNull())
      .addColumn("article_version", "integer", (c) => c.notNull())
      .addColumn("imported_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("import_items_article_idx").on("import_items").column("article_id").execute();
  };
}

export function down() {
  return async (db: Kysely<unknown>): Promise<void> => {
    await db.schema.dropTable("import_items").ifExists().execute();
  };
}
