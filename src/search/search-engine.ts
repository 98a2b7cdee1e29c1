import {
  type DocSet,
  docSetAnd,
  docSetAndNot,
  docSetFilter,
  docSetFromSorted,
  docSetHas,
  docSetOr,
  docSetSize,
  emptyDocSet,
} from "./doc-set.js";
import type { DocCriteria, DocTable } from "./doc-table.js";
import type { Gazetteer } from "./gazetteer/gazetteer.js";
import { createIndexMirror, type IndexMirror } from "./index-mirror.js";
import { formatQuery, type ParsedQuery, parseQuery } from "./query-parser.js";
import type { QueryPlan, TermPlan } from "./query-plan.js";
import type {
  CountryArticlesRequest,
  FacetValue,
  SearchFacets,
  SearchFilters,
  SearchIndex,
  SearchRequest,
  SearchResult,
} from "./search-index.js";
import type { TermScope, TextEngine } from "./text-engine.js";

/*
 * The search algorithm, the same on every database. The database (a TextEngine) answers one
 * question per query term: which articles match it. Everything else happens here, in memory:
 *
 * 1. Term sets. Each term's matching ids become a DocSet (a sorted list, or a bitmap when
 *    dense). Sets are cached per term and kept exact across writes: when the index changes,
 *    a cached set is patched by asking the database about the changed articles only.
 * 2. Set algebra: all terms (AND), minus exclusions; when nothing matches all terms and there
 *    are several, any term (OR), flagged as a fallback.
 * 3. Filters, facets and dates from the mirror of per-article facts (doc-table.ts): visibility
 *    (scheduled articles appear when due), language, dates, section, country; author through
 *    the database. Totals and facet counts are exact.
 * 4. Order. By date: read off the table's date order. By relevance: when the match set is
 *    small enough for the database to score every match cheaply, the database ranks it (bm25
 *    on FTS5, ts_rank on PostgreSQL) and a small freshness boost is applied. Above that, the
 *    ranking is bounded: the newest `rankCandidates` matches and the newest `rankCandidates`
 *    matches naming a term in the headline, dek or tags are scored by field presence (head
 *    above body, rarer terms above common ones, the same freshness boost); the remaining
 *    matches follow, newest first. Page after page then stays one consistent order, and no
 *    query costs more than a few thousand bitmap tests, however many articles it matches.
 *
 * Why bounded: scoring is linear in the number of matches on both databases (FTS5's bm25 also
 * reads the whole posting list of every term first), so "government" in half of a million
 * articles cost hundreds of milliseconds, for an order no reader pages through.
 */

export interface SearchEngineOptions {
  readonly engine: TextEngine;
  readonly gazetteer: Gazetteer;
  /** The database ranks every match when the query matches at most this many (default 2,000). */
  readonly exactRankLimit?: number;
  /**
   * ... and when its terms' sets hold at most this many ids together (default 200,000): the
   * database's ranking first reads every term's whole posting list.
   */
  readonly exactRankTermBudget?: number;
  /** Newest matches, and newest headline matches, scored in a bounded ranking (default 500). */
  readonly rankCandidates?: number;
  /** Memory for cached term sets, in bytes (default 64 MB). */
  readonly cacheBytes?: number;
  /** Changed articles above which a cached set is recomputed instead of patched (default 2,000). */
  readonly patchLimit?: number;
}

const MAX_FACET_VALUES = 30;
// Field-presence weights of the bounded ranking: a headline/dek/tag match outranks any number
// of body-only matches of the same term, as in the bm25 weights (title 10, dek 6, body 1.5).
const HEAD_WEIGHT = 6;
const BODY_WEIGHT = 1.5;
const DAY_MS = 86_400_000;

/**
 * The freshness boost: ×1.2 for an article published now, ×1.1 a month ago, ×1.015 a year ago.
 *
 * @example
 * freshness(Date.parse("2026-11-01"), Date.parse("2026-12-01")); // ≈ 1.1
 */
export function freshness(publishedMs: number, nowMs: number): number {
  const days = Math.max(0, (nowMs - publishedMs) / DAY_MS);
  return 1 + 0.2 / (1 + days / 30);
}

function inverseDocumentFrequency(matches: number, total: number): number {
  return Math.log(1 + (total - matches + 0.5) / (matches + 0.5));
}

function emptyFacets(): SearchFacets {
  return { country: [], section: [], year: [], language: [] };
}

function hasAlternatives(term: TermPlan): boolean {
  return term.exact.length + term.stems.length + term.names.length > 0;
}

function setBytes(set: DocSet): number {
  return 64 + (set.kind === "ids" ? set.ids.byteLength : set.words.byteLength);
}

interface CachedSet {
  readonly set: DocSet;
  readonly seq: number;
  readonly bytes: number;
}

interface Matches {
  /** Matches before the reader's filters: what the database would rank. */
  readonly unfiltered: DocSet;
  /** After filters and visibility. */
  readonly visible: DocSet;
}

/**
 * Creates the search index from a database's TextEngine.
 *
 * @example
 * const index = createSearchEngine({ engine: createSqliteTextEngine({ db, gazetteer, timeZone }), gazetteer });
 * const result = await index.search({ q: "Мирзиёев", now: new Date().toISOString() });
 */
export function createSearchEngine(options: SearchEngineOptions): SearchIndex {
  const { engine } = options;
  const exactRankLimit = options.exactRankLimit ?? 2_000;
  const exactRankTermBudget = options.exactRankTermBudget ?? 200_000;
  const rankCandidates = Math.max(1, options.rankCandidates ?? 500);
  const cacheBytes = options.cacheBytes ?? 64 * 1024 * 1024;
  const patchLimit = options.patchLimit ?? 2_000;
  const mirror: IndexMirror = createIndexMirror(engine);
  const countryNames = new Map<string, { en: string; ru: string }>();
  for (const entry of options.gazetteer.entries) {
    if (entry.kind === "country" && entry.country !== undefined && !countryNames.has(entry.country))
      countryNames.set(entry.country, { en: entry.en, ru: entry.ru });
  }

  const cache = new Map<string, CachedSet>();
  let cacheUsed = 0;
  const remember = (key: string, set: DocSet, seq: number): void => {
    const old = cache.get(key);
    if (old !== undefined) {
      cacheUsed -= old.bytes;
      cache.delete(key);
    }
    const entry = { set, seq, bytes: setBytes(set) + key.length * 2 };
    if (entry.bytes > cacheBytes / 4) return;
    cache.set(key, entry);
    cacheUsed += entry.bytes;
    // Map iteration order is insertion order, and a hit re-inserts: the first key is the least
    // recently used.
    for (const [oldest, value] of cache) {
      if (cacheUsed <= cacheBytes) break;
      cache.delete(oldest);
      cacheUsed -= value.bytes;
    }
  };

  /** The ids matching one term, from the cache (patched if the index changed) or the database. */
  async function termSet(term: TermPlan, scope: TermScope): Promise<DocSet> {
    if (!hasAlternatives(term)) return emptyDocSet();
    const key = `${scope}\u0000${JSON.stringify([term.exact, term.stems, term.names])}`;
    const seq = mirror.seq;
    const hit = cache.get(key);
    if (hit !== undefined) {
      if (hit.seq === seq) {
        cache.delete(key);
        cache.set(key, hit);
        return hit.set;
      }
      const changed = mirror.changedSince(hit.seq);
      if (changed !== null && changed.length <= patchLimit) {
        const fresh =
          changed.length === 0 ? new Uint32Array(0) : await engine.termIds(term, scope, [...changed]);
        const patched = docSetOr([docSetAndNot(hit.set, docSetFromSorted(changed)), docSetFromSorted(fresh)]);
        remember(key, patched, seq);
        return patched;
      }
    }
    const set = docSetFromSorted(await engine.termIds(term, scope));
    remember(key, set, seq);
    return set;
  }

  async function termSets(terms: readonly TermPlan[], scope: TermScope): Promise<DocSet[]> {
    const out: DocSet[] = [];
    for (const term of terms) out.push(await termSet(term, scope));
    return out;
  }

  /** Visibility and the reader's filters, as one function from matches to shown matches. */
  async function filterOf(filters: SearchFilters, nowMs: number): Promise<(set: DocSet) => DocSet> {
    const criteria: DocCriteria = {
      publishedUpTo: nowMs,
      ...(filters.from === undefined ? {} : { publishedFrom: Date.parse(filters.from) }),
      ...(filters.to === undefined ? {} : { publishedBefore: Date.parse(filters.to) }),
      ...(filters.language === undefined ? {} : { language: filters.language }),
      ...(filters.country === undefined ? {} : { country: filters.country.toUpperCase() }),
      ...(filters.section === undefined
        ? {}
        : {
            sectionIds: new Set(
              (await engine.sections()).filter((s) => s.slug === filters.section).map((s) => s.id),
            ),
          }),
    };
    const authorSet =
      filters.author === undefined ? null : docSetFromSorted(await engine.authorIds(filters.author));
    const unfiltered = Object.values(filters).every((value) => value === undefined);
    return (set) => {
      // Nothing scheduled and no filter: every indexed match is shown, without a pass over it.
      if (unfiltered && mirror.docs.latestPublishedMs <= nowMs) return set;
      return mirror.docs.select(authorSet === null ? set : docSetAnd(set, authorSet), criteria);
    };
  }

  async function evaluate(
    plan: QueryPlan,
    filter: (set: DocSet) => DocSet,
    mode: "all" | "any",
  ): Promise<{ matches: Matches; sets: DocSet[] }> {
    const positive = plan.terms.filter(hasAlternatives);
    const sets = await termSets(positive, "all");
    const excluded = docSetOr(await termSets(plan.excluded.filter(hasAlternatives), "all"));
    let combined: DocSet;
    if (mode === "any") {
      combined = docSetOr(sets);
    } else {
      // Smallest first: every intersection is then at most as large as the smallest set.
      const bySize = [...sets].sort((a, b) => docSetSize(a) - docSetSize(b));
      combined = bySize[0] ?? emptyDocSet();
      for (const set of bySize.slice(1)) combined = docSetAnd(combined, set);
    }
    const unfiltered = docSetAndNot(combined, excluded);
    return { matches: { unfiltered, visible: filter(unfiltered) }, sets };
  }

  async function facetsOf(matches: DocSet): Promise<SearchFacets> {
    const { languages, years, sections, countries } = mirror.docs.tally(matches);
    const byCount = (a: FacetValue, b: FacetValue): number =>
      b.count - a.count || a.value.localeCompare(b.value);
    const sectionRows = sections.size === 0 ? [] : await engine.sections();
    const sectionById = new Map(sectionRows.map((s) => [s.id, s]));
    return {
      country: [...countries]
        .map(([value, count]): FacetValue => {
          const label = countryNames.get(value);
          return label === undefined ? { value, count } : { value, count, label };
        })
        .sort(byCount)
        .slice(0, MAX_FACET_VALUES),
      section: [...sections]
        .flatMap(([id, count]): FacetValue[] => {
          const section = sectionById.get(id);
          if (section === undefined) return [];
          return [
            { value: section.slug, count, label: { en: section.name, ru: section.nameRu ?? section.name } },
          ];
        })
        .sort(byCount),
      year: [...years]
        .map(([year, count]) => ({ value: String(year), count }))
        .sort((a, b) => b.value.localeCompare(a.value)),
      language: [...languages].map(([value, count]) => ({ value, count })).sort(byCount),
    };
  }

  /** Ids of a date-ordered page. */
  function datePage(
    docs: DocTable,
    matches: DocSet,
    order: "newest" | "oldest",
    limit: number,
    offset: number,
  ) {
    const page: { id: number; score: number }[] = [];
    let skipped = 0;
    docs.walkByDate(matches, order, (id) => {
      if (skipped < offset) {
        skipped++;
        return true;
      }
      page.push({ id, score: 0 });
      return page.length < limit;
    });
    return page;
  }

  /** Orders scored ids: score, then newer first, then higher id (stable across pages). */
  function byScore(docs: DocTable) {
    return (a: { id: number; score: number }, b: { id: number; score: number }): number =>
      b.score - a.score || docs.publishedMs(b.id) - docs.publishedMs(a.id) || b.id - a.id;
  }

  async function relevancePage(
    plan: QueryPlan,
    mode: "all" | "any",
    matches: Matches,
    sets: readonly DocSet[],
    nowMs: number,
    limit: number,
    offset: number,
  ): Promise<{ id: number; score: number }[]> {
    const docs = mirror.docs;
    let termTotal = 0;
    for (const set of sets) termTotal += docSetSize(set);
    if (docSetSize(matches.unfiltered) <= exactRankLimit && termTotal <= exactRankTermBudget) {
      const scored = (await engine.rank(plan, mode))
        .filter((row) => docSetHas(matches.visible, row.id))
        .map((row) => ({ id: row.id, score: row.score * freshness(docs.publishedMs(row.id), nowMs) }))
        .sort(byScore(docs));
      return scored.slice(offset, offset + limit);
    }

    // Bounded ranking (see the header comment).
    const positive = plan.terms.filter(hasAlternatives);
    const heads = await termSets(positive, "head");
    const headMatches = docSetAnd(matches.visible, docSetOr(heads));
    const candidates = new Set<number>();
    const collect = (set: DocSet): void => {
      let taken = 0;
      docs.walkByDate(set, "newest", (id) => {
        candidates.add(id);
        return ++taken < rankCandidates;
      });
    };
    collect(headMatches);
    collect(matches.visible);
    const total = Math.max(1, docs.size);
    const weights = sets.map((set) => inverseDocumentFrequency(docSetSize(set), total));
    const ranked = [...candidates]
      .map((id) => {
        let score = 0;
        for (let t = 0; t < sets.length; t++) {
          const idf = weights[t] ?? 0;
          if (docSetHas(heads[t] ?? emptyDocSet(), id)) score += idf * HEAD_WEIGHT;
          if (docSetHas(sets[t] ?? emptyDocSet(), id)) score += idf * BODY_WEIGHT;
        }
        return { id, score: score * freshness(docs.publishedMs(id), nowMs) };
      })
      .sort(byScore(docs));
    if (offset + limit <= ranked.length) return ranked.slice(offset, offset + limit);
    const page = ranked.slice(offset, offset + limit);
    const rest = docSetFilter(matches.visible, (id) => !candidates.has(id));
    return page.concat(
      datePage(docs, rest, "newest", limit - page.length, Math.max(0, offset - ranked.length)),
    );
  }

  return {
    indexArticle: (trx, articleId) => engine.indexArticle(trx, articleId),
    indexArticles: (trx, articleIds, written) => engine.indexArticles(trx, articleIds, written),
    reindex: (reindexOptions) => engine.reindex(reindexOptions),
    needsRebuild: () => engine.needsRebuild(),

    async search(request: SearchRequest): Promise<SearchResult> {
      const parsed = parseQuery(request.q);
      const terms = parsed.terms.map((t) =>
        t.kind === "phrase" ? `"${t.text}"` : t.kind === "prefix" ? `${t.text}*` : t.text,
      );
      const plan = engine.plan(parsed);
      if (!plan.terms.some(hasAlternatives))
        return { total: 0, hits: [], facets: emptyFacets(), fallback: false, didYouMean: null, terms };
      await mirror.sync();
      const nowMs = Date.parse(request.now);
      const filter = await filterOf(request.filters ?? {}, nowMs);

      const strict = await evaluate(plan, filter, "all");
      let { matches, sets } = strict;
      let mode: "all" | "any" = "all";
      let fallback = false;
      const strictTotal = docSetSize(strict.matches.visible);
      if (strictTotal === 0 && plan.terms.filter(hasAlternatives).length > 1) {
        const loose = await evaluate(plan, filter, "any");
        if (docSetSize(loose.matches.visible) > 0) {
          ({ matches, sets } = loose);
          mode = "any";
          fallback = true;
        }
      }
      const total = docSetSize(matches.visible);

      let didYouMean: string | null = null;
      if (request.didYouMean !== false) {
        const corrected: ParsedQuery | null = await engine.correction(parsed);
        if (corrected !== null) {
          const correctedPlan = engine.plan(corrected);
          if (correctedPlan.terms.some(hasAlternatives)) {
            const better = await evaluate(correctedPlan, filter, "all");
            if (docSetSize(better.matches.visible) >= strictTotal * 2 + 1)
              didYouMean = formatQuery(corrected);
          }
        }
      }

      const facets = request.facets === false ? emptyFacets() : await facetsOf(matches.visible);
      const limit = Math.max(0, Math.min(request.limit ?? 10, 100));
      const offset = Math.max(0, request.offset ?? 0);
      let page: { id: number; score: number }[] = [];
      if (limit > 0 && offset < total) {
        page =
          request.sort === "newest" || request.sort === "oldest"
            ? datePage(mirror.docs, matches.visible, request.sort, limit, offset)
            : await relevancePage(plan, mode, matches, sets, nowMs, limit, offset);
      }
      const hits = await engine.hydrate(page, plan);
      return { total, hits, facets, fallback, didYouMean, terms };
    },

    suggest: (q, suggestOptions) => engine.suggest(q, suggestOptions),

    warm: () => mirror.sync(),

    async countryArticles(request: CountryArticlesRequest) {
      await mirror.sync();
      const docs = mirror.docs;
      const code = request.country.toUpperCase();
      const nowMs = Date.parse(request.now);
      const offset = Math.max(0, request.offset ?? 0);
      const limit = Math.max(0, Math.min(request.limit ?? 12, 100));
      const ids: number[] = [];
      let total = 0;
      docs.walkByDate(null, "newest", (id) => {
        if (!docs.hasCountry(id, code) || !(docs.publishedMs(id) <= nowMs)) return true;
        if (request.language !== undefined && docs.language(id) !== request.language) return true;
        if (total >= offset && ids.length < limit) ids.push(id);
        total++;
        return true;
      });
      return { total, ids };
    },

    async listSections() {
      const rows = await engine.sections();
      return rows
        .map(({ slug, name, nameRu }) => ({ slug, name, nameRu }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },
  };
}
