import type { Transaction } from "kysely";
import type { ArticleTextRow, Database, Language } from "../db/schema.js";
import type { DocRecord } from "./doc-table.js";
import type { ParsedQuery } from "./query-parser.js";
import type { QueryPlan, TermPlan } from "./query-plan.js";
import type { ReindexOptions, ReindexReport, SearchHit, Suggestion } from "./search-index.js";

/*
 * What a database contributes to search. The dialect-neutral engine (search-engine.ts) does
 * the set algebra, filters, facets, ordering and paging in memory; a TextEngine does what only
 * the database can: keep the full-text index in the article's transaction, find the articles
 * matching one query term, rank a small match set with the database's own relevance function,
 * correct spelling from its vocabulary, and fetch the rows of a page of hits.
 *
 * sqlite-engine.ts implements it on FTS5, postgres-engine.ts on tsvector + GIN.
 */

/** Which columns a term is looked up in: everywhere, or only title, dek and tags. */
export type TermScope = "all" | "head";

/** A page of the index's change log (see migration 007-search-changes). */
export interface IndexChanges {
  /** The highest change number read (the caller's next starting point). */
  readonly seq: number;
  /** Articles whose index entry changed: re-read them. Ascending, without duplicates. */
  readonly ids: readonly number[];
}

export interface TextEngine {
  /** Replaces one article's index entry inside the article's write transaction. */
  indexArticle(trx: Transaction<Database>, articleId: number): Promise<void>;
  /** The same for many articles of one transaction (an import batch), in a few statements. */
  indexArticles(
    trx: Transaction<Database>,
    articleIds: readonly number[],
    /** The articles' rows as just written (see `ArticleWriteHook.afterWriteMany`), if known. */
    written?: readonly ArticleTextRow[],
  ): Promise<void>;
  /** Rebuilds the whole index in batches; reports instead of stopping half-way. */
  reindex(options?: ReindexOptions): Promise<ReindexReport>;
  /** See `SearchIndex.needsRebuild`. */
  needsRebuild(): Promise<boolean>;

  /** The number of the latest committed change of the index (0 before the first). */
  currentSeq(): Promise<number>;
  /**
   * Changes after `seq`, or null when the log no longer goes back that far or holds more than
   * `limit` changed articles (the caller then reloads everything).
   */
  changesSince(seq: number, limit: number): Promise<IndexChanges | null>;
  /** The table rows of indexed articles: the given ids (missing ones are not indexed), or all. */
  loadDocs(ids: readonly number[] | null): Promise<DocRecord[]>;

  /** Turns a parsed query into per-term lookups (folding, stems, name keys, gazetteer). */
  plan(query: ParsedQuery): QueryPlan;
  /**
   * Ids of indexed articles (ascending) that match `term` in any of its column families, in
   * every column (`all`) or in title, dek and tags only (`head`); only among `within` when given.
   */
  termIds(term: TermPlan, scope: TermScope, within?: readonly number[]): Promise<Uint32Array>;
  /** Ids (ascending) of articles by the author with this slug. */
  authorIds(slug: string): Promise<Uint32Array>;
  /**
   * The database's relevance (higher is better) of every indexed article matching all (or any)
   * of the plan's terms and none of its exclusions. Called only when that set is small.
   */
  rank(plan: QueryPlan, mode: "all" | "any"): Promise<{ id: number; score: number }[]>;
  /** A spelling correction of the query from the index vocabulary, or null. */
  correction(query: ParsedQuery): Promise<ParsedQuery | null>;
  /** The page's articles as hits with highlighted title and snippet, in the order given. */
  hydrate(page: readonly { id: number; score: number }[], plan: QueryPlan): Promise<SearchHit[]>;
  suggest(q: string, options: { now: string; limit?: number; language?: Language }): Promise<Suggestion[]>;
  /** Section tags: id, slug and names. */
  sections(): Promise<{ id: number; slug: string; name: string; nameRu: string | null }[]>;
}
