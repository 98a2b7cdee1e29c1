import { type Kysely, sql } from "kysely";
import type { Dialect } from "./helpers.js";

/*
 * The search index (issue 3). SQLite only: the PostgreSQL search tables (tsvector columns, GIN
 * and pg_trgm indexes) come with the PostgreSQL issue, as a migration of their own, so on
 * PostgreSQL this migration deliberately creates nothing.
 *
 * search_fts: one row per visible article, rowid = articles.id. Contentless (content='') because
 * the text is already in `articles`; contentless_delete=1 lets a row be replaced in the article's
 * write transaction. Columns, all written by the application's normaliser (src/search/normalize):
 *   title, dek, tags, body          folded text as written (case, diacritics, ё→е)
 *   head_stems, body_stems          Snowball stems (title+dek+tags, body), in text order
 *   head_names, body_names          cross-script name keys, in text order
 * unicode61 with remove_diacritics 0: the text arrives folded, and folding again would merge
 * й with и. No prefix indexes: they tripled build time and size in the benchmark, and prefix*
 * queries and suggestions are fast enough on the term b-tree alone.
 *
 * search_docs: filter and facet data per indexed article (language, publication instant,
 * section tag, year in the site's zone). search_countries: countries from the article's
 * country tags ('tag') and from the gazetteer run over its text ('text').
 */
export function up(dialect: Dialect) {
  return async (db: Kysely<unknown>): Promise<void> => {
    if (dialect !== "sqlite") return;
    await sql`CREATE VIRTUAL TABLE search_fts USING fts5(
      title, dek, tags, body, head_stems, body_stems, head_names, body_names,
      content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
    )`.execute(db);
    await sql`CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'col')`.execute(db);
    await sql`CREATE TABLE search_docs (
      article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
      language TEXT NOT NULL,
      published_at TEXT NOT NULL,
      year INTEGER NOT NULL,
      section_id INTEGER
    )`.execute(db);
    await sql`CREATE INDEX search_docs_published_idx ON search_docs (published_at)`.execute(db);
    await sql`CREATE TABLE search_countries (
      article_id INTEGER NOT NULL REFERENCES search_docs(article_id) ON DELETE CASCADE,
      code TEXT NOT NULL,
      source TEXT NOT NULL CHECK (source IN ('tag', 'text')),
      PRIMARY KEY (article_id, code)
    )`.execute(db);
    await sql`CREATE INDEX search_countries_code_idx ON search_countries (code, article_id)`.execute(db);
  };
}

export function down(dialect: Dialect) {
  return async (db: Kysely<unknown>): Promise<void> => {
    if (dialect !== "sqlite") return;
    await sql`DROP TABLE IF EXISTS search_countries`.execute(db);
    await sql`DROP TABLE IF EXISTS search_docs`.execute(db);
    await sql`DROP TABLE IF EXISTS search_vocab`.execute(db);
    await sql`DROP TABLE IF EXISTS search_fts`.execute(db);
  };
}
