import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import { defaultGazetteerEntries } from "./gazetteer/data.js";
import { createGazetteer, type Gazetteer } from "./gazetteer/gazetteer.js";
import { createPostgresTextEngine } from "./postgres-engine.js";
import { createSearchEngine, type SearchEngineOptions } from "./search-engine.js";
import type { SearchIndex } from "./search-index.js";
import { createSqliteTextEngine } from "./sqlite-engine.js";

export interface CreateSearchIndexOptions {
  readonly db: Kysely<Database>;
  readonly dialect: "sqlite" | "postgres";
  /** The site's zone, in which the year facet is cut. */
  readonly timeZone: string;
  /** Defaults to the built-in regional gazetteer. */
  readonly gazetteer?: Gazetteer;
  /**
   * See `SqliteTextEngineOptions` and `PostgresTextEngineOptions`: false builds the plain
   * full-text baseline of each database (for evaluation).
   */
  readonly folding?: boolean;
  readonly nameKeys?: boolean;
  /** Tuning of the in-memory part (see `SearchEngineOptions`); the defaults suit most sites. */
  readonly tuning?: Omit<SearchEngineOptions, "engine" | "gazetteer">;
}

/**
 * The search index for the database in use: FTS5 on SQLite, tsvector + GIN + pg_trgm on
 * PostgreSQL, under the same in-memory search engine. The composition roots call this once at
 * start-up.
 *
 * @example
 * const searchIndex = createSearchIndex({ db: handle.db, dialect: handle.dialect, timeZone: "Asia/Almaty" });
 */
export function createSearchIndex(options: CreateSearchIndexOptions): SearchIndex {
  const gazetteer = options.gazetteer ?? createGazetteer(defaultGazetteerEntries());
  const settings = {
    db: options.db,
    gazetteer,
    timeZone: options.timeZone,
    ...(options.folding === undefined ? {} : { folding: options.folding }),
    ...(options.nameKeys === undefined ? {} : { nameKeys: options.nameKeys }),
  };
  const engine =
    options.dialect === "postgres" ? createPostgresTextEngine(settings) : createSqliteTextEngine(settings);
  return createSearchEngine({ ...options.tuning, engine, gazetteer });
}
