import { type Kysely, sql } from "kysely";
import type { Dialect } from "./helpers.js";

/*
 * The search index on PostgreSQL (issue 7); the SQLite tables are migration 002-search, and on
 * SQLite this migration creates nothing.
 *
 * search_docs: one row per visible article (published, including scheduled ones, filtered by
 * time at query time). The application's normaliser (src/search/normalize) writes the same
 * columns as on SQLite: folded text of title, dek, tags and body, Snowball stems of the head
 * (title+dek+tags) and body, and cross-script name keys of the head and body. Because folding,
 * ё→е, the surname stem fix and transliteration already happened in TypeScript, the tsvectors
 * over those columns use the 'simple' configuration (lower-case, no stop words, no stemming):
 *   exact_tsv   title A, dek B, tags C, body D     (folded, "as written")
 *   stems_tsv   head A, body D
 *   names_tsv   head A, body D
 * lang_tsv is PostgreSQL's own analysis of the raw text (english or russian configuration by
 * the article's language, after unaccent): the plain-PostgreSQL baseline of the evaluation and a
 * small extra ranking signal. All four are generated, so a row is written as text only.
 * The raw title, dek, tags and body are kept for lang_tsv.
 *
 * search_countries: as on SQLite. search_vocab: folded words with the number of indexed
 * articles containing them (maintained in the article's write transaction), trigram-indexed for
 * "did you mean"; `term` sorts by code point (COLLATE "C") so a first-letter range means the
 * same thing as on SQLite.
 */

const EXTENSIONS = ["unaccent", "pg_trgm"] as const;

async function createExtensions(db: Kysely<unknown>): Promise<void> {
  const present = await sql<{ extname: string }>`SELECT extname FROM pg_extension`.execute(db);
  const installed = new Set(present.rows.map((r) => r.extname));
  for (const name of EXTENSIONS) {
    if (installed.has(name)) continue;
    try {
      await sql`CREATE EXTENSION IF NOT EXISTS ${sql.id(name)}`.execute(db);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(
        `Search on PostgreSQL needs the extension "${name}" and this database user may not create it (${reason}). ` +
          `Ask the database owner or a superuser to run: CREATE EXTENSION IF NOT EXISTS ${name}; in this database ` +
          `(the package postgresql-contrib provides it), then run \`steppe migrate\` again.`,
        { cause: error },
      );
    }
  }
}

export function up(dialect: Dialect) {
  return async (db: Kysely<unknown>): Promise<void> => {
    if (dialect !== "postgres") return;
    await createExtensions(db);
    // unaccent() is only STABLE (it finds its dictionary through search_path), so a generated
    // column cannot call it; this wrapper names the dictionary by schema and may be IMMUTABLE.
    const schema = await sql<{ nspname: string }>`SELECT n.nspname FROM pg_extension e
      JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'`.execute(db);
    const ns = schema.rows[0]?.nspname ?? "public";
    await sql`CREATE OR REPLACE FUNCTION steppe_unaccent(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS ${sql.lit(`SELECT ${quoteIdent(ns)}.unaccent('${ns.replace(/'/g, "''")}.unaccent'::regdictionary, $1)`)}`.execute(
      db,
    );
    await sql`CREATE TABLE search_docs (
      article_id integer PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
      language text NOT NULL,
      published_at text NOT NULL,
      year integer NOT NULL,
      section_id integer,
      title text NOT NULL,
      dek text NOT NULL,
      tags text NOT NULL,
      body text NOT NULL,
      title_folded text NOT NULL,
      dek_folded text NOT NULL,
      tags_folded text NOT NULL,
      body_folded text NOT NULL,
      head_stems text NOT NULL,
      body_stems text NOT NULL,
      head_names text NOT NULL,
      body_names text NOT NULL,
      exact_tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, title_folded), 'A') ||
        setweight(to_tsvector('simple'::regconfig, dek_folded), 'B') ||
        setweight(to_tsvector('simple'::regconfig, tags_folded), 'C') ||
        setweight(to_tsvector('simple'::regconfig, body_folded), 'D')) STORED,
      stems_tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, head_stems), 'A') ||
        setweight(to_tsvector('simple'::regconfig, body_stems), 'D')) STORED,
      names_tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, head_names), 'A') ||
        setweight(to_tsvector('simple'::regconfig, body_names), 'D')) STORED,
      lang_tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector(CASE WHEN language = 'ru' THEN 'russian'::regconfig ELSE 'english'::regconfig END,
          steppe_unaccent(title || ' ' || dek || ' ' || tags)), 'A') ||
        setweight(to_tsvector(CASE WHEN language = 'ru' THEN 'russian'::regconfig ELSE 'english'::regconfig END,
          steppe_unaccent(body)), 'D')) STORED
    )`.execute(db);
    await sql`CREATE INDEX search_docs_published_idx ON search_docs (published_at)`.execute(db);
    for (const column of ["exact_tsv", "stems_tsv", "names_tsv", "lang_tsv"]) {
      await sql`CREATE INDEX ${sql.id(`search_docs_${column}_idx`)} ON search_docs USING gin (${sql.id(column)})`.execute(
        db,
      );
    }
    await sql`CREATE TABLE search_countries (
      article_id integer NOT NULL REFERENCES search_docs(article_id) ON DELETE CASCADE,
      code text NOT NULL,
      source text NOT NULL CHECK (source IN ('tag', 'text')),
      PRIMARY KEY (article_id, code)
    )`.execute(db);
    await sql`CREATE INDEX search_countries_code_idx ON search_countries (code, article_id)`.execute(db);
    await sql`CREATE TABLE search_vocab (
      term text COLLATE "C" PRIMARY KEY,
      docs integer NOT NULL
    )`.execute(db);
    await sql`CREATE INDEX search_vocab_trgm_idx ON search_vocab USING gin (term gin_trgm_ops)`.execute(db);
  };
}

export function down(dialect: Dialect) {
  return async (db: Kysely<unknown>): Promise<void> => {
    if (dialect !== "postgres") return;
    await sql`DROP TABLE IF EXISTS search_vocab`.execute(db);
    await sql`DROP TABLE IF EXISTS search_countries`.execute(db);
    await sql`DROP TABLE IF EXISTS search_docs`.execute(db);
    await sql`DROP FUNCTION IF EXISTS steppe_unaccent(text)`.execute(db);
    // The extensions stay: other databases objects may use them, and they cost nothing.
  };
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
