import { formatQuery, type ParsedQuery, parseQuery } from "./query-parser.js";
import type { QueryPlan } from "./query-plan.js";
import type { SearchFacets, SearchFilters, SearchHit, SearchRequest, SearchResult } from "./search-index.js";

/** Facets with nothing in them. */
export function emptyFacets(): SearchFacets {
  return { country: [], section: [], year: [], language: [] };
}

/**
 * What an engine (SQLite FTS5, PostgreSQL tsvector) supplies to `runSearch`: how to plan a
 * query and render it as its own match expression `M`, and how to count, facet, correct and
 * page through matches. Everything else about a search is the same on both databases.
 */
export interface SearchEngine<M> {
  plan(query: ParsedQuery): QueryPlan;
  /** The match expression for all (or any) of the plan's terms; null when nothing is searchable. */
  match(plan: QueryPlan, mode: "all" | "any"): M | null;
  countAndFacets(
    match: M,
    filters: SearchFilters,
    now: string,
    withFacets: boolean,
  ): Promise<{ total: number; facets: SearchFacets }>;
  /** A spelling correction of the query from the index vocabulary, or null. Absent: no did-you-mean. */
  correction?: (query: ParsedQuery) => Promise<ParsedQuery | null>;
  /** One page of hits, ranked or sorted by date as the request asks. */
  page(
    match: M,
    plan: QueryPlan,
    request: SearchRequest,
    limit: number,
    offset: number,
  ): Promise<SearchHit[]>;
}

/**
 * The search algorithm both engines share: all words must match, with a ranked any-word
 * fallback when nothing matches all; "did you mean" when the corrected query finds clearly more
 * (at least twice as many, and at least one more); exact totals; one page of hits.
 *
 * @example
 * return runSearch(request, { plan, match: renderMatch, countAndFacets, correction, page });
 */
export async function runSearch<M>(request: SearchRequest, engine: SearchEngine<M>): Promise<SearchResult> {
  const parsed = parseQuery(request.q);
  const queryPlan = engine.plan(parsed);
  const terms = parsed.terms.map((t) =>
    t.kind === "phrase" ? `"${t.text}"` : t.kind === "prefix" ? `${t.text}*` : t.text,
  );
  const filters = request.filters ?? {};
  const withFacets = request.facets ?? true;
  const allMatch = engine.match(queryPlan, "all");
  if (allMatch === null)
    return { total: 0, hits: [], facets: emptyFacets(), fallback: false, didYouMean: null, terms };

  let match = allMatch;
  let counted = await engine.countAndFacets(match, filters, request.now, withFacets);
  const strictTotal = counted.total;
  let fallback = false;
  if (counted.total === 0 && queryPlan.terms.length > 1) {
    const anyMatch = engine.match(queryPlan, "any");
    if (anyMatch !== null) {
      const loose = await engine.countAndFacets(anyMatch, filters, request.now, withFacets);
      if (loose.total > 0) {
        match = anyMatch;
        counted = loose;
        fallback = true;
      }
    }
  }

  let didYouMean: string | null = null;
  if (engine.correction !== undefined && request.didYouMean !== false) {
    const corrected = await engine.correction(parsed);
    const correctedMatch = corrected === null ? null : engine.match(engine.plan(corrected), "all");
    if (corrected !== null && correctedMatch !== null) {
      const better = await engine.countAndFacets(correctedMatch, filters, request.now, false);
      if (better.total >= strictTotal * 2 + 1) didYouMean = formatQuery(corrected);
    }
  }

  const limit = Math.max(0, Math.min(request.limit ?? 10, 100));
  const offset = Math.max(0, request.offset ?? 0);
  const hits =
    limit > 0 && offset < counted.total ? await engine.page(match, queryPlan, request, limit, offset) : [];
  return { total: counted.total, hits, facets: counted.facets, fallback, didYouMean, terms };
}
