import { type ArticleService, createArticleService } from "../../src/articles/index.js";
import { createSearchHook, createSearchIndex, type SearchIndex } from "../../src/search/index.js";
import { openTestNewsroom, type TestNewsroom, type TestNewsroomOptions } from "./newsroom.js";

/** A test newsroom (SQLite or PostgreSQL) whose article service keeps the search index up to date. */
export interface SearchNewsroom extends TestNewsroom {
  search: SearchIndex;
  /** The article service with the search hook (use this one to write articles). */
  indexed: ArticleService;
}

/** Opens a test newsroom (see newsroom.ts) plus a search index and a hooked article service. */
export async function openSearchNewsroom(options: TestNewsroomOptions = {}): Promise<SearchNewsroom> {
  const newsroom = await openTestNewsroom(options);
  const search = createSearchIndex({
    db: newsroom.database.db,
    dialect: newsroom.database.dialect,
    timeZone: newsroom.config.siteTimeZone,
  });
  const indexed = createArticleService({
    store: newsroom.articleStore,
    hooks: [createSearchHook(search)],
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  return Object.assign(newsroom, { search, indexed });
}
