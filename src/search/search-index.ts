import type { Transaction } from "kysely";
import type { ArticleTextRow, Database, Language } from "../db/schema.js";

/*
 * The dialect-neutral search contract. `sqlite-index.ts` implements it on FTS5; a PostgreSQL
 * implementation (tsvector + GIN over the same normalised columns) plugs in beside it. Routes,
 * the CLI, the evaluation and the benchmark only ever see these types.
 */

export type SearchSort = "relevance" | "newest" | "oldest";

/** Filters a reader can set from the page or the API. All optional, all combined with AND. */
export interface SearchFilters {
  /** ISO 3166-1 alpha-2, upper case ("KZ"): from country tags or detected in the text. */
  readonly country?: string;
  /** Section tag slug ("economy"). */
  readonly section?: string;
  /** Author slug. */
  readonly author?: string;
  readonly language?: Language;
  /** UTC instants: published at or after `from` and before `to` (callers turn local dates into these). */
  readonly from?: string;
  readonly to?: string;
}

export interface SearchRequest {
  /** What the reader typed, unparsed; every string is safe. */
  readonly q: string;
  readonly filters?: SearchFilters;
  readonly sort?: SearchSort;
  /** Zero-based offset and page size of the hits to return. */
  readonly offset?: number;
  readonly limit?: number;
  /** Compute facet counts (default true). */
  readonly facets?: boolean;
  /** Look for a spelling correction (default true). */
  readonly didYouMean?: boolean;
  /** "Now" for the scheduled-article cut-off, an ISO instant. */
  readonly now: string;
}

export interface SearchHit {
  readonly id: number;
  readonly language: Language;
  readonly slug: string;
  readonly title: string;
  /** The article's stored excerpt (plain text). */
  readonly excerpt: string;
  /** Title and a passage of the body with matches in `<mark>`; everything else escaped. */
  readonly titleHtml: string;
  readonly snippetHtml: string;
  readonly publishedAt: string;
  readonly section: { readonly slug: string; readonly name: string; readonly nameRu: string | null } | null;
  /** ISO codes of countries tagged or mentioned, tagged first. */
  readonly countries: readonly string[];
  readonly score: number;
}

export interface FacetValue {
  /** Filter value: ISO code (country), slug (section), "2026" (year), "en" (language). */
  readonly value: string;
  readonly count: number;
  /** English and Russian labels, when the value has a name. */
  readonly label?: { readonly en: string; readonly ru: string };
}

export interface SearchFacets {
  readonly country: readonly FacetValue[];
  readonly section: readonly FacetValue[];
  readonly year: readonly FacetValue[];
  readonly language: readonly FacetValue[];
}

export interface SearchResult {
  /** Number of matching visible articles (all pages). */
  readonly total: number;
  readonly hits: readonly SearchHit[];
  readonly facets: SearchFacets;
  /**
   * True when no article matched every word and the hits are the ranked any-word fallback.
   */
  readonly fallback: boolean;
  /** A corrected query that finds clearly more, or null. */
  readonly didYouMean: string | null;
  /** The query terms that were used (after dropping operators and capping), for display. */
  readonly terms: readonly string[];
}

export interface Suggestion {
  readonly title: string;
  readonly id: number;
  readonly language: Language;
  readonly slug: string;
  readonly publishedAt: string;
}

export interface ReindexReport {
  /** Visible articles written to the index. */
  readonly indexed: number;
  /** Rows removed for articles that are no longer visible. */
  readonly removed: number;
  /** Articles that could not be indexed, with the reason; the rest are still indexed. */
  readonly failed: readonly { readonly articleId: number; readonly reason: string }[];
  readonly seconds: number;
}

export interface ReindexOptions {
  /**
   * Called after each batch with articles done so far and the total; a returned promise is
   * awaited before the next batch.
   */
  readonly onProgress?: (done: number, total: number) => void | Promise<void>;
  readonly batchSize?: number;
}

export interface CountryArticlesRequest {
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly language?: Language;
  readonly now: string;
  readonly offset?: number;
  readonly limit?: number;
}

/**
 * A full-text index of visible articles. Every method is safe for any input; no method throws
 * for a reader's query.
 *
 * @example
 * const result = await index.search({ q: "Mirziyoev", now: new Date().toISOString() });
 * result.hits[0]?.snippetHtml; // "… President <mark>Mirziyoyev</mark> met …"
 */
export interface SearchIndex {
  /**
   * Replaces the index entry of one article inside the article's write transaction: visible
   * (published) articles are (re)indexed, anything else is removed at once.
   */
  indexArticle(trx: Transaction<Database>, articleId: number): Promise<void>;
  /**
   * `indexArticle` for many articles written in one transaction (an import batch): the same
   * result, in a few statements, with the text analysis in worker threads for large batches.
   */
  indexArticles(
    trx: Transaction<Database>,
    articleIds: readonly number[],
    /** The articles' rows as just written (see `ArticleWriteHook.afterWriteMany`), if known. */
    written?: readonly ArticleTextRow[],
  ): Promise<void>;
  /** Rebuilds the whole index in batches; returns a report instead of stopping half-way. */
  reindex(options?: ReindexOptions): Promise<ReindexReport>;
  /**
   * True when published articles exist but none is indexed: after an upgrade that changed the
   * index format (the server then rebuilds before it serves).
   */
  needsRebuild(): Promise<boolean>;
  search(request: SearchRequest): Promise<SearchResult>;
  /** Titles starting with (or containing a word starting with) what was typed; at most `limit`. */
  suggest(q: string, options: { now: string; limit?: number; language?: Language }): Promise<Suggestion[]>;
  /**
   * Ids of visible articles tagged with or mentioning a country (gazetteer tagging), newest
   * first, with the total, for country pages and related-article blocks.
   */
  countryArticles(request: CountryArticlesRequest): Promise<{ total: number; ids: number[] }>;
  /** Section tags (slug and names), for the helpful empty result. */
  listSections(): Promise<{ slug: string; name: string; nameRu: string | null }[]>;
  /**
   * Loads what searches keep in memory (the per-article facts), so that the first reader does
   * not wait for it; searching works without calling it.
   */
  warm(): Promise<void>;
}
