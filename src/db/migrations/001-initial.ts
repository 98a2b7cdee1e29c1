import { type Kysely, sql } from "kysely";
import { type Dialect, idColumn } from "./helpers.js";

/**
 * The initial schema. Written once for both dialects: the only difference is how an
 * auto-increment id is declared (see helpers.ts). Instants are ISO text, see db/schema.ts.
 */
export function up(dialect: Dialect) {
  return async (db: Kysely<unknown>): Promise<void> => {
    await idColumn(db.schema.createTable("authors"), dialect)
      .addColumn("slug", "text", (c) => c.notNull().unique())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("name_ru", "text")
      .addColumn("bio", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("bio_ru", "text")
      .addColumn("email", "text")
      .addColumn("source_key", "text", (c) => c.unique())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();

    await idColumn(db.schema.createTable("tags"), dialect)
      .addColumn("kind", "text", (c) => c.notNull().check(kindCheck()))
      .addColumn("slug", "text", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("name_ru", "text")
      .addColumn("code", "text")
      .addColumn("parent_id", "integer", (c) => c.references("tags.id").onDelete("set null"))
      .addColumn("description", "text")
      .addColumn("source_key", "text", (c) => c.unique())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addUniqueConstraint("tags_kind_slug_unique", ["kind", "slug"])
      .execute();

    await idColumn(db.schema.createTable("media"), dialect)
      .addColumn("path", "text", (c) => c.notNull().unique())
      .addColumn("mime", "text", (c) => c.notNull())
      .addColumn("width", "integer")
      .addColumn("height", "integer")
      .addColumn("alt", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("alt_ru", "text")
      .addColumn("caption", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("caption_ru", "text")
      .addColumn("credit", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("original_url", "text")
      .addColumn("source_key", "text", (c) => c.unique())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();

    await idColumn(db.schema.createTable("articles"), dialect)
      .addColumn("translation_group", "text", (c) => c.notNull())
      .addColumn("language", "text", (c) => c.notNull().check(languageCheck()))
      .addColumn("slug", "text", (c) => c.notNull())
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("dek", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("body_html", "text", (c) => c.notNull())
      .addColumn("body_text", "text", (c) => c.notNull())
      .addColumn("excerpt", "text", (c) => c.notNull())
      .addColumn("reading_minutes", "integer", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull().check(statusCheck()))
      .addColumn("published_at", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addColumn("hero_media_id", "integer", (c) => c.references("media.id").onDelete("set null"))
      .addColumn("seo_title", "text")
      .addColumn("seo_description", "text")
      .addColumn("source_key", "text", (c) => c.unique())
      .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
      .addUniqueConstraint("articles_language_slug_unique", ["language", "slug"])
      .execute();
    await db.schema
      .createIndex("articles_status_published_idx")
      .on("articles")
      .columns(["status", "language", "published_at"])
      .execute();
    await db.schema
      .createIndex("articles_translation_group_idx")
      .on("articles")
      .column("translation_group")
      .execute();

    await db.schema
      .createTable("article_authors")
      .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
      .addColumn("author_id", "integer", (c) => c.notNull().references("authors.id").onDelete("cascade"))
      .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint("article_authors_pk", ["article_id", "author_id"])
      .execute();
    await db.schema
      .createIndex("article_authors_author_idx")
      .on("article_authors")
      .column("author_id")
      .execute();

    await db.schema
      .createTable("article_tags")
      .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
      .addColumn("tag_id", "integer", (c) => c.notNull().references("tags.id").onDelete("cascade"))
      .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint("article_tags_pk", ["article_id", "tag_id"])
      .execute();
    await db.schema.createIndex("article_tags_tag_idx").on("article_tags").column("tag_id").execute();

    await idColumn(db.schema.createTable("revisions"), dialect)
      .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("dek", "text", (c) => c.notNull())
      .addColumn("body_html", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("note", "text")
      .execute();
    await db.schema.createIndex("revisions_article_idx").on("revisions").column("article_id").execute();

    await idColumn(db.schema.createTable("rates"), dialect)
      .addColumn("source", "text", (c) => c.notNull())
      .addColumn("base", "text", (c) => c.notNull())
      .addColumn("quote", "text", (c) => c.notNull())
      .addColumn("date", "text", (c) => c.notNull())
      .addColumn("bank_date", "text", (c) => c.notNull())
      .addColumn("value", "text", (c) => c.notNull())
      .addColumn("nominal", "integer", (c) => c.notNull())
      .addColumn("fetched_at", "text", (c) => c.notNull())
      .addColumn("is_demo", "integer", (c) => c.notNull().defaultTo(0))
      .addUniqueConstraint("rates_source_pair_date_unique", ["source", "base", "quote", "date"])
      .execute();
    await db.schema.createIndex("rates_quote_date_idx").on("rates").columns(["quote", "date"]).execute();

    await db.schema
      .createTable("redirects")
      .addColumn("from_path", "text", (c) => c.primaryKey())
      .addColumn("to_path", "text", (c) => c.notNull())
      .addColumn("status", "integer", (c) => c.notNull().defaultTo(301))
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("site_state")
      .addColumn("key", "text", (c) => c.primaryKey())
      .addColumn("value", "text", (c) => c.notNull())
      .execute();
  };
}

export function down() {
  return async (db: Kysely<unknown>): Promise<void> => {
    for (const table of [
      "site_state",
      "redirects",
      "rates",
      "revisions",
      "article_tags",
      "article_authors",
      "articles",
      "media",
      "tags",
      "authors",
    ]) {
      await db.schema.dropTable(table).ifExists().execute();
    }
  };
}

function kindCheck() {
  return sql`kind in ('section', 'country', 'topic')`;
}
function languageCheck() {
  return sql`language in ('en', 'ru')`;
}
function statusCheck() {
  return sql`status in ('draft', 'scheduled', 'published')`;
}
