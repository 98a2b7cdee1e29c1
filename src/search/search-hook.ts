import type { ArticleWriteHook } from "../articles/index.js";
import type { SearchIndex } from "./search-index.js";

/**
 * The article write hook that keeps the search index in step: it runs inside the article's
 * write transaction, so a published article is findable, and an unpublished one gone, the
 * moment the write commits (and a failed write leaves the index untouched).
 *
 * @example
 * const service = createArticleService({ store, hooks: [createSearchHook(searchIndex)] });
 */
export function createSearchHook(index: SearchIndex): ArticleWriteHook {
  return {
    afterWrite: (trx, articleId) => index.indexArticle(trx, articleId),
    afterWriteMany: (trx, articleIds, written) => index.indexArticles(trx, articleIds, written),
  };
}
