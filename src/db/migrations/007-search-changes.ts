import { type Kysely, sql } from "kysely";
import type { Dialect } from "./helpers.js";

/*
 * The search index's change log, on both databases, and (SQLite) its own word list.
 *
 * search_state: one row. `seq` is the number of the latest change of the index; every write
 * transaction that changes the index increments it and records the articles it touched in
 * search_changes under the new number. Incrementing one row serialises those writers, so the
 * numbers are handed out in commit order and a reader that has seen number N has seen every
 * change up to N. `horizon` is the oldest number from which the log is complete: older rows
 * are pruned, and a rebuild of the index moves it, so a reader that is further behind knows it
 * must reload instead of replaying. Search instances use this to keep their in-memory copy of
 * per-article facts (language, date, section, countries) and their cached term sets current.
 *
 * search_terms (SQLite): every folded word ever indexed, for "did you mean". The FTS5 vocabulary
 * table can only list words together with counts it computes by reading each word's whole
 * posting list, which made a correction cost tens of milliseconds at 100,000 articles.
 * PostgreSQL has search_vocab (migration 006) for the same purpose.
 */
export function up(dialect: Dialect) {
  return async (db: Kysely<unknown>): Promise<void> => {
    const bigint = dialect === "postgres" ? sql.raw("bigint") : sql.raw("integer");
    await sql`CREATE TABLE search_state (
      id integer PRIMARY KEY CHECK (id = 1),
      seq ${bigint} NOT NULL,
      horizon ${bigint} NOT NULL
    )`.execute(db);
    await sql`INSERT INTO search_state (id, seq, horizon) VALUES (1, 0, 0)`.execute(db);
    await sql`CREATE TABLE search_changes (
      seq ${bigint} NOT NULL,
      article_id integer NOT NULL,
      PRIMARY KEY (seq, article_id)
    )`.execute(db);
    if (dialect === "sqlite") {
      await sql`CREATE TABLE search_terms (term text PRIMARY KEY) WITHOUT ROWID`.execute(db);
      await sql`INSERT INTO search_terms (term)
        SELECT DISTINCT term FROM search_vocab WHERE col IN ('title', 'dek', 'tags', 'body')`.execute(db);
    }
  };
}

export function down(dialect: Dialect) {
  return async (db: Kysely<unknown>): Promise<void> => {
    if (dialect === "sqlite") await sql`DROP TABLE IF EXISTS search_terms`.execute(db);
    await sql`DROP TABLE IF EXISTS search_changes`.execute(db);
    await sql`DROP TABLE IF EXISTS search_state`.execute(db);
  };
}
