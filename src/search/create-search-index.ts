import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import { defaultGazetteerEntries } from "./gazetteer/data.js";
import { createGazetteer, type Gazetteer } from "./gazetteer/gazetteer.js";
import { createPostgresSearchIndex } from "./postgres-index.js";
import type { SearchIndex } from "./search-index.js";
import { createSqliteSearchIndex } from "./sqlite-index.js";

export interface CreateSearchIndexOptions {
  readonly db: Kysely<Database>;
  readonly dialect: "sqlite" | "postgres";
  /** The site's zone, in which the year facet is cut. */
  readonly timeZone: string;
  /** Defaults to the built-in regional gazetteer. */
  readonly gazetteer?: Gazetteer;
  /**
   * See `SqliteSearchIndexOptions` and `PostgresSearchIndexOptions`: false builds the plain
   * full-text baseline of each database (for evaluation).
   */
  readonly folding?: boolean;
  readonly nameKeys?: boolean;
}

/**
 * The search index for the database in use: FTS5 on SQLite, tsvector + GIN + pg_trgm on
 * PostgreSQL. The composition roots call this once at start-up.
 *
 * @example
 * const searchIndex = createSearchIndex({ db: handle.db, dialect: handle.dialect, timeZone: "Asia/Almaty" });
 */
export function createSearchIndex(options: CreateSearchIndexOptions): SearchIndex {
  const settings = {
    db: options.db,
    gazetteer: options.gazetteer ?? createGazetteer(defaultGazetteerEntries()),
    timeZone: options.timeZone,
    ...(options.folding === undefined ? {} : { folding: options.folding }),
    ...(options.nameKeys === undefined ? {} : { nameKeys: options.nameKeys }),
  };
  return options.dialect === "postgres"
    ? createPostgresSearchIndex(settings)
    : createSqliteSearchIndex(settings);
}
