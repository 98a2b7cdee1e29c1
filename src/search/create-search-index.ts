import type { Kysely } from "kysely";
import { AppError } from "../core/errors.js";
import type { Database } from "../db/schema.js";
import { defaultGazetteerEntries } from "./gazetteer/data.js";
import { createGazetteer, type Gazetteer } from "./gazetteer/gazetteer.js";
import type { SearchIndex } from "./search-index.js";
import { createSqliteSearchIndex } from "./sqlite-index.js";

export interface CreateSearchIndexOptions {
  readonly db: Kysely<Database>;
  readonly dialect: "sqlite" | "postgres";
  /** The site's zone, in which the year facet is cut. */
  readonly timeZone: string;
  /** Defaults to the built-in regional gazetteer. */
  readonly gazetteer?: Gazetteer;
  /** See `SqliteSearchIndexOptions`: false builds the plain-FTS baseline (for evaluation). */
  readonly folding?: boolean;
  readonly nameKeys?: boolean;
}

/**
 * The search index for the database in use. The composition roots call this once at start-up.
 * PostgreSQL arrives with its own issue; until then its index answers SEARCH_UNAVAILABLE.
 *
 * @example
 * const searchIndex = createSearchIndex({ db: handle.db, dialect: handle.dialect, timeZone: "Asia/Almaty" });
 */
export function createSearchIndex(options: CreateSearchIndexOptions): SearchIndex {
  if (options.dialect !== "sqlite") return unavailableSearchIndex();
  return createSqliteSearchIndex({
    db: options.db,
    gazetteer: options.gazetteer ?? createGazetteer(defaultGazetteerEntries()),
    timeZone: options.timeZone,
    ...(options.folding === undefined ? {} : { folding: options.folding }),
    ...(options.nameKeys === undefined ? {} : { nameKeys: options.nameKeys }),
  });
}

/**
 * Stands in on PostgreSQL until its search tables exist (they come with the PostgreSQL issue):
 * article writes go on untouched, and searching answers SEARCH_UNAVAILABLE (503) instead of
 * failing the whole site at start-up.
 */
function unavailableSearchIndex(): SearchIndex {
  const unavailable = (): AppError =>
    new AppError(
      "SEARCH_UNAVAILABLE",
      "Search is not available on PostgreSQL yet (it comes with the PostgreSQL search issue); run Steppe on SQLite to search.",
    );
  return {
    indexArticle: async () => undefined,
    reindex: async () => {
      throw unavailable();
    },
    search: async () => {
      throw unavailable();
    },
    suggest: async () => [],
    countryArticles: async () => {
      throw unavailable();
    },
    listSections: async () => [],
  };
}
