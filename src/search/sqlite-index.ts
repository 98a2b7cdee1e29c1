import { type Kysely, type RawBuilder, sql, type Transaction } from "kysely";
import { zonedParts } from "../core/dates.js";
import type { Database, Language } from "../db/schema.js";
import type { Gazetteer } from "./gazetteer/gazetteer.js";
import { createTextAnalyzer } from "./normalize/analyze.js";
import { foldText, tokenize } from "./normalize/fold.js";
import { createStemmer } from "./normalize/stem.js";
import type { ParsedQuery } from "./query-parser.js";
import {
  type Alternative,
  createWordMatcher,
  planQuery,
  type QueryPlan,
  type TermPlan,
} from "./query-plan.js";
import { emptyFacets, runSearch } from "./run-search.js";
import type {
  CountryArticlesRequest,
  FacetValue,
  ReindexOptions,
  ReindexReport,
  SearchFacets,
  SearchFilters,
  SearchHit,
  SearchIndex,
  SearchRequest,
  SearchResult,
  Suggestion,
} from "./search-index.js";
import { buildSnippet, escapeHtml, highlightText } from "./snippet.js";
import { bestCorrection } from "./typo.js";

/*
 * The FTS5 implementation of SearchIndex and the only search file that runs SQL. Tables are
 * created by migration 002-search (see there for the column layout). Text is normalised in
 * TypeScript (src/search/normalize) on both sides, so FTS5 only ever sees folded tokens.
 */

type Executor = Kysely<Database> | Transaction<Database>;

export interface SqliteSearchIndexOptions {
  readonly db: Kysely<Database>;
  readonly gazetteer: Gazetteer;
  /** Zone in which the year facet is cut (the site's zone). */
  readonly timeZone: string;
  /**
   * Index and query folded text, stems and name keys (default true). False gives plain FTS5 on
   * the text as written: the baseline of the evaluation. Index and queries must agree, so a
   * database indexed with one setting must be reindexed before it is queried with the other.
   */
  readonly folding?: boolean;
  /** Name keys and gazetteer variants (default true). */
  readonly nameKeys?: boolean;
}

const EXACT_COLUMNS = "{title dek tags body}";
const STEM_COLUMNS = "{head_stems body_stems}";
const NAME_COLUMNS = "{head_names body_names}";
// bm25 weights in column order. Within each family title > dek > tags > body; for the same
// field, as written > stems > name keys, so folding never pushes an exact match down.
const BM25 = sql.raw("bm25(search_fts, 10.0, 6.0, 4.0, 1.5, 4.0, 0.8, 2.0, 0.4)");
// A small freshness boost: today ×1.2, a month ago ×1.1, a year ago ×1.015.
const FRESHNESS = (now: string): RawBuilder<unknown> =>
  sql`(1.0 + 0.2 / (1.0 + max(0.0, julianday(${now}) - julianday(search_docs.published_at)) / 30.0))`;
// The most the freshness factor can give (its value for an article published now or later).
const FRESHNESS_MAX = 1.2;
// Candidates taken by bm25 alone before the freshness factor re-sorts them (see rankedPage).
const TOP_K_MIN = 200;
const MAX_FACET_VALUES = 30;

interface ArticleRow {
  id: number;
  language: Language;
  title: string;
  dek: string;
  body_text: string;
  status: string;
  published_at: string | null;
}

interface TagRow {
  article_id: number;
  id: number;
  kind: string;
  name: string;
  name_ru: string | null;
  code: string | null;
}

/** Quotes one token sequence as an FTS5 string (a phrase); `"` is the only special character. */
function ftsPhrase(alt: Alternative): string {
  const text = alt.tokens.join(" ").replace(/"/g, '""');
  return alt.prefix ? `"${text}" *` : `"${text}"`;
}

function renderTerm(term: TermPlan): string {
  const parts: string[] = [];
  const family = (columns: string, alts: readonly Alternative[]): void => {
    if (alts.length > 0) parts.push(`${columns} : (${alts.map(ftsPhrase).join(" OR ")})`);
  };
  family(EXACT_COLUMNS, term.exact);
  family(STEM_COLUMNS, term.stems);
  family(NAME_COLUMNS, term.names);
  return `(${parts.join(" OR ")})`;
}

/** The FTS5 MATCH expression of a plan: every term (or any term), minus the exclusions. */
function renderMatch(plan: QueryPlan, mode: "all" | "any"): string | null {
  const positive = plan.terms.filter((t) => t.exact.length + t.stems.length + t.names.length > 0);
  if (positive.length === 0) return null;
  const body = positive.map(renderTerm).join(mode === "all" ? " AND " : " OR ");
  const excluded = plan.excluded.filter((t) => t.exact.length + t.stems.length > 0);
  return excluded.length === 0 ? body : `(${body}) NOT (${excluded.map(renderTerm).join(" OR ")})`;
}

function filterSql(filters: SearchFilters, now: string): RawBuilder<unknown> {
  const clauses: RawBuilder<unknown>[] = [sql`search_docs.published_at <= ${now}`];
  if (filters.language !== undefined) clauses.push(sql`search_docs.language = ${filters.language}`);
  if (filters.from !== undefined) clauses.push(sql`search_docs.published_at >= ${filters.from}`);
  if (filters.to !== undefined) clauses.push(sql`search_docs.published_at < ${filters.to}`);
  if (filters.section !== undefined)
    clauses.push(
      sql`search_docs.section_id IN (SELECT id FROM tags WHERE kind = 'section' AND slug = ${filters.section})`,
    );
  if (filters.country !== undefined)
    clauses.push(
      sql`EXISTS (SELECT 1 FROM search_countries c WHERE c.article_id = search_docs.article_id AND c.code = ${filters.country.toUpperCase()})`,
    );
  if (filters.author !== undefined)
    clauses.push(
      sql`EXISTS (SELECT 1 FROM article_authors aa JOIN authors au ON au.id = aa.author_id WHERE aa.article_id = search_docs.article_id AND au.slug = ${filters.author})`,
    );
  return sql.join(clauses, sql` AND `);
}

/**
 * Creates the SQLite FTS5 search index over the tables of migration 002-search.
 *
 * @example
 * const index = createSqliteSearchIndex({ db, gazetteer: createGazetteer(defaultGazetteerEntries()), timeZone: "Asia/Almaty" });
 * const service = createArticleService({ store, hooks: [createSearchHook(index)] });
 */
export function createSqliteSearchIndex(options: SqliteSearchIndexOptions): SearchIndex {
  const { db, gazetteer, timeZone } = options;
  const folding = options.folding ?? true;
  const nameKeys = folding && (options.nameKeys ?? true);
  const analyzer = createTextAnalyzer();
  const stemmer = createStemmer();
  const countryNames = new Map<string, { en: string; ru: string }>();
  for (const entry of gazetteer.entries) {
    if (entry.kind === "country" && entry.country !== undefined && !countryNames.has(entry.country))
      countryNames.set(entry.country, { en: entry.en, ru: entry.ru });
  }

  // Intl-based zone conversion is slow and reindexing asks for one year per article; the year
  // only changes on the hour, so it is remembered per UTC hour.
  const years = new Map<string, number>();
  const yearOf = (instant: string): number => {
    // Zone offsets stay within ±14 h, so away from New Year the zone's year is the UTC year
    // (an ISO instant starts with it); only the days around it need the zone.
    const monthDay = instant.slice(5, 10);
    const plainYear = instant.charCodeAt(0) >= 48 && instant.charCodeAt(0) <= 57 && instant[4] === "-";
    if (plainYear && instant.endsWith("Z") && monthDay >= "01-02" && monthDay <= "12-30")
      return Number(instant.slice(0, 4));
    const hour = instant.slice(0, 13);
    let year = years.get(hour);
    if (year === undefined) {
      year = zonedParts(new Date(instant), timeZone).year;
      if (years.size >= 100_000) years.clear();
      years.set(hour, year);
    }
    return year;
  };

  const plan = (query: ParsedQuery): QueryPlan => planQuery(query, { folding, nameKeys, gazetteer, stemmer });

  async function writeArticle(ex: Executor, article: ArticleRow, tags: readonly TagRow[]): Promise<boolean> {
    await sql`DELETE FROM search_countries WHERE article_id = ${article.id}`.execute(ex);
    const removed = await sql`DELETE FROM search_docs WHERE article_id = ${article.id}`.execute(ex);
    const hadRow = Number(removed.numAffectedRows ?? 0) > 0;
    // A contentless delete costs milliseconds even for a missing row, so it runs only for
    // articles that were indexed (search_docs and search_fts rows are written together).
    if (hadRow) await sql`DELETE FROM search_fts WHERE rowid = ${article.id}`.execute(ex);
    if (article.status !== "published" || article.published_at === null) return hadRow;

    const tagText = tags.map((t) => (t.name_ru === null ? t.name : `${t.name} ${t.name_ru}`)).join(" \n ");
    let columns: string[];
    if (folding) {
      const lang = article.language;
      const title = analyzer.analyze(article.title, lang);
      const dek = analyzer.analyze(article.dek, lang);
      const tagWords = analyzer.analyze(tagText);
      const body = analyzer.analyze(article.body_text, lang);
      const join = (...parts: string[]): string => parts.filter((p) => p !== "").join(" ");
      columns = [
        title.folded,
        dek.folded,
        tagWords.folded,
        body.folded,
        join(title.stems, dek.stems, tagWords.stems),
        body.stems,
        nameKeys ? join(title.names, dek.names, tagWords.names) : "",
        nameKeys ? body.names : "",
      ];
    } else {
      columns = [article.title, article.dek, tagText, article.body_text, "", "", "", ""];
    }
    await sql`INSERT INTO search_fts (rowid, title, dek, tags, body, head_stems, body_stems, head_names, body_names)
      VALUES (${article.id}, ${sql.join(columns)})`.execute(ex);
    const section = tags.find((t) => t.kind === "section");
    await sql`INSERT INTO search_docs (article_id, language, published_at, year, section_id)
      VALUES (${article.id}, ${article.language}, ${article.published_at},
              ${yearOf(article.published_at)}, ${section?.id ?? null})`.execute(ex);
    const countries = new Map<string, "tag" | "text">();
    for (const tag of tags)
      if (tag.kind === "country" && tag.code !== null) countries.set(tag.code.toUpperCase(), "tag");
    for (const code of gazetteer.detectCountries(`${article.title}\n${article.dek}\n${article.body_text}`)) {
      if (!countries.has(code)) countries.set(code, "text");
    }
    if (countries.size > 0) {
      const rows = [...countries].map(([code, source]) => sql`(${article.id}, ${code}, ${source})`);
      await sql`INSERT INTO search_countries (article_id, code, source) VALUES ${sql.join(rows)}`.execute(ex);
    }
    return false;
  }

  async function loadArticles(
    ex: Executor,
    ids: readonly number[],
  ): Promise<{ rows: ArticleRow[]; tags: TagRow[] }> {
    if (ids.length === 0) return { rows: [], tags: [] };
    const list = sql.join(ids.map((id) => sql`${id}`));
    const rows = await sql<ArticleRow>`SELECT id, language, title, dek, body_text, status, published_at
      FROM articles WHERE id IN (${list})`.execute(ex);
    const tags = await sql<TagRow>`SELECT at.article_id, t.id, t.kind, t.name, t.name_ru, t.code
      FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id IN (${list})
      ORDER BY at.article_id, at.position`.execute(ex);
    return { rows: rows.rows, tags: tags.rows };
  }

  async function hasScheduled(now: string): Promise<boolean> {
    const row = await sql<{
      one: number;
    }>`SELECT 1 AS one FROM search_docs WHERE published_at > ${now} LIMIT 1`.execute(db);
    return row.rows.length > 0;
  }

  async function countAndFacets(
    match: string,
    filters: SearchFilters,
    now: string,
    withFacets: boolean,
  ): Promise<{ total: number; facets: SearchFacets }> {
    const where = sql`search_fts MATCH ${match} AND ${filterSql(filters, now)}`;
    if (!withFacets) {
      // Without filters and with nothing scheduled, every indexed row is visible (search_fts and
      // search_docs rows are written and deleted together), so FTS5 counts alone: no lookup per match.
      const plain = Object.values(filters).every((v) => v === undefined) && !(await hasScheduled(now));
      const row = plain
        ? await sql<{
            n: number;
          }>`SELECT count(*) AS n FROM search_fts WHERE search_fts MATCH ${match}`.execute(db)
        : await sql<{ n: number }>`SELECT count(*) AS n FROM search_fts
        CROSS JOIN search_docs ON search_docs.article_id = search_fts.rowid WHERE ${where}`.execute(db);
      return { total: Number(row.rows[0]?.n ?? 0), facets: emptyFacets() };
    }
    const result = await sql<{
      facet: string;
      value: string | number | null;
      n: number;
      en: string | null;
      ru: string | null;
    }>`
      WITH m AS MATERIALIZED (
        SELECT search_docs.article_id, search_docs.language, search_docs.year, search_docs.section_id
        FROM search_fts CROSS JOIN search_docs ON search_docs.article_id = search_fts.rowid WHERE ${where}
      )
      SELECT 'language' AS facet, language AS value, count(*) AS n, NULL AS en, NULL AS ru FROM m GROUP BY language
      UNION ALL SELECT 'year', year, count(*), NULL, NULL FROM m GROUP BY year
      UNION ALL SELECT 'section', t.slug, count(*), t.name, t.name_ru FROM m JOIN tags t ON t.id = m.section_id GROUP BY t.id
      UNION ALL SELECT 'country', c.code, count(*), NULL, NULL FROM m JOIN search_countries c ON c.article_id = m.article_id GROUP BY c.code
    `.execute(db);
    const facets: Record<keyof SearchFacets, FacetValue[]> = {
      country: [],
      section: [],
      year: [],
      language: [],
    };
    let total = 0;
    for (const row of result.rows) {
      const value = String(row.value ?? "");
      const count = Number(row.n);
      if (row.facet === "language") {
        total += count;
        facets.language.push({ value, count });
      } else if (row.facet === "year") {
        facets.year.push({ value, count });
      } else if (row.facet === "section") {
        facets.section.push({ value, count, label: { en: row.en ?? value, ru: row.ru ?? row.en ?? value } });
      } else if (row.facet === "country") {
        const label = countryNames.get(value);
        facets.country.push(label === undefined ? { value, count } : { value, count, label });
      }
    }
    const byCount = (a: FacetValue, b: FacetValue): number =>
      b.count - a.count || a.value.localeCompare(b.value);
    return {
      total,
      facets: {
        country: facets.country.sort(byCount).slice(0, MAX_FACET_VALUES),
        section: facets.section.sort(byCount),
        year: facets.year.sort((a, b) => b.value.localeCompare(a.value)),
        language: facets.language.sort(byCount),
      },
    };
  }

  async function sortedPage(
    match: string,
    filters: SearchFilters,
    now: string,
    sort: "newest" | "oldest",
    limit: number,
    offset: number,
  ): Promise<{ id: number; score: number }[]> {
    const order =
      sort === "newest"
        ? sql`search_docs.published_at DESC, search_docs.article_id DESC`
        : sql`search_docs.published_at ASC, search_docs.article_id ASC`;
    const page = await sql<{ id: number; score: number }>`
      SELECT search_fts.rowid AS id, ${BM25} * ${FRESHNESS(now)} AS score
      FROM search_fts CROSS JOIN search_docs ON search_docs.article_id = search_fts.rowid
      WHERE search_fts MATCH ${match} AND ${filterSql(filters, now)}
      ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`.execute(db);
    return page.rows.map((r) => ({ id: r.id, score: -Number(r.score) }));
  }

  /**
   * The page by relevance (bm25 × freshness). Joining every match to search_docs to apply the
   * freshness factor costs a lookup per match, so it first takes the best `k` matches by bm25
   * alone inside FTS5. The freshness factor is between 1 and FRESHNESS_MAX and bm25 is never
   * positive, so a match outside those k scores at least FRESHNESS_MAX × (the k-th bm25): when
   * the last wanted candidate scores below that, the page is exactly the one the full sort
   * gives; otherwise (filters that reject most candidates, deep pages) it falls back to it.
   */
  async function rankedPage(
    match: string,
    filters: SearchFilters,
    now: string,
    limit: number,
    offset: number,
  ): Promise<{ id: number; score: number }[]> {
    const need = offset + limit;
    const k = Math.max(TOP_K_MIN, need * 4);
    const candidates = await sql<{
      id: number;
      b: number;
      ok: number | null;
      score: number;
      published_at: string;
    }>`
      WITH c AS MATERIALIZED (
        SELECT rowid AS id, ${BM25} AS b FROM search_fts WHERE search_fts MATCH ${match} ORDER BY b LIMIT ${k}
      )
      SELECT c.id, c.b, ${filterSql(filters, now)} AS ok, c.b * ${FRESHNESS(now)} AS score, search_docs.published_at
      FROM c LEFT JOIN search_docs ON search_docs.article_id = c.id`.execute(db);
    const rows = candidates.rows;
    let bound = Number.NEGATIVE_INFINITY;
    for (const row of rows) bound = Math.max(bound, row.b);
    const passing = rows
      .filter((r) => r.ok === 1)
      .sort((a, b) => a.score - b.score || b.published_at.localeCompare(a.published_at));
    const last = passing[need - 1];
    const exhaustive = rows.length < k;
    // A hair of margin against rounding: a tie at the bound is settled by the full sort.
    const exact =
      exhaustive || (last !== undefined && last.score < FRESHNESS_MAX * bound - 1e-9 * Math.abs(bound));
    if (exact) return passing.slice(offset, need).map((r) => ({ id: r.id, score: -Number(r.score) }));
    const page = await sql<{ id: number; score: number }>`
      SELECT search_fts.rowid AS id, ${BM25} * ${FRESHNESS(now)} AS score
      FROM search_fts CROSS JOIN search_docs ON search_docs.article_id = search_fts.rowid
      WHERE search_fts MATCH ${match} AND ${filterSql(filters, now)}
      ORDER BY score ASC, search_docs.published_at DESC LIMIT ${limit} OFFSET ${offset}`.execute(db);
    return page.rows.map((r) => ({ id: r.id, score: -Number(r.score) }));
  }

  async function correction(query: ParsedQuery): Promise<ParsedQuery | null> {
    let changed = false;
    const terms = [];
    for (const term of query.terms) {
      const folded = foldText(term.text);
      if (term.kind !== "word" || folded.includes(" ") || [...folded].length < 5) {
        terms.push(term);
        continue;
      }
      const known = await sql<{ n: number | null }>`SELECT sum(doc) AS n FROM search_vocab
        WHERE term = ${folded} AND col IN ('title', 'dek', 'tags', 'body')`.execute(db);
      if (Number(known.rows[0]?.n ?? 0) > 0) {
        terms.push(term);
        continue;
      }
      const first = String.fromCodePoint(folded.codePointAt(0) ?? 0x61);
      const next = String.fromCodePoint((folded.codePointAt(0) ?? 0x61) + 1);
      const length = [...folded].length;
      const candidates = await sql<{
        term: string;
        docs: number;
      }>`SELECT term, sum(doc) AS docs FROM search_vocab
        WHERE term >= ${first} AND term < ${next} AND col IN ('title', 'dek', 'tags', 'body')
          AND length(term) BETWEEN ${length - 2} AND ${length + 2}
        GROUP BY term`.execute(db);
      const best = bestCorrection(folded, candidates.rows);
      if (best === null) {
        terms.push(term);
      } else {
        changed = true;
        terms.push({ kind: "word" as const, text: best });
      }
    }
    return changed ? { terms, excluded: query.excluded } : null;
  }

  async function hydrate(
    ids: readonly { id: number; score: number }[],
    queryPlan: QueryPlan,
  ): Promise<SearchHit[]> {
    if (ids.length === 0) return [];
    const list = sql.join(ids.map((r) => sql`${r.id}`));
    const rows = await sql<{
      id: number;
      language: Language;
      slug: string;
      title: string;
      dek: string;
      excerpt: string;
      body_text: string;
      published_at: string;
      section_slug: string | null;
      section_name: string | null;
      section_name_ru: string | null;
    }>`SELECT a.id, a.language, a.slug, a.title, a.dek, a.excerpt, a.body_text, search_docs.published_at,
        t.slug AS section_slug, t.name AS section_name, t.name_ru AS section_name_ru
      FROM articles a JOIN search_docs ON search_docs.article_id = a.id
      LEFT JOIN tags t ON t.id = search_docs.section_id WHERE a.id IN (${list})`.execute(db);
    const countries = await sql<{
      article_id: number;
      code: string;
    }>`SELECT article_id, code FROM search_countries
      WHERE article_id IN (${list}) ORDER BY article_id, source = 'text', code`.execute(db);
    const byId = new Map(rows.rows.map((r) => [r.id, r]));
    const matcher = createWordMatcher(queryPlan, stemmer);
    const foldCache = new Map<string, string>();
    const hits: SearchHit[] = [];
    for (const { id, score } of ids) {
      const row = byId.get(id);
      if (row === undefined) continue;
      let snippet = buildSnippet(row.body_text, matcher, { foldCache });
      if (!snippet.matched && row.dek !== "") {
        const dek = buildSnippet(row.dek, matcher, { foldCache });
        if (dek.matched) snippet = dek;
      }
      hits.push({
        id,
        language: row.language,
        slug: row.slug,
        title: row.title,
        excerpt: row.excerpt,
        titleHtml: highlightText(row.title, matcher, foldCache),
        snippetHtml: snippet.matched ? snippet.html : escapeHtml(row.excerpt),
        publishedAt: row.published_at,
        section:
          row.section_slug === null
            ? null
            : {
                slug: row.section_slug,
                name: row.section_name ?? row.section_slug,
                nameRu: row.section_name_ru,
              },
        countries: countries.rows.filter((c) => c.article_id === id).map((c) => c.code),
        score,
      });
    }
    return hits;
  }

  return {
    async indexArticle(trx, articleId) {
      const { rows, tags } = await loadArticles(trx, [articleId]);
      const article = rows[0];
      if (article === undefined) {
        await sql`DELETE FROM search_fts WHERE rowid = ${articleId}`.execute(trx);
        await sql`DELETE FROM search_docs WHERE article_id = ${articleId}`.execute(trx);
        return;
      }
      await writeArticle(trx, article, tags);
    },

    async reindex(reindexOptions: ReindexOptions = {}): Promise<ReindexReport> {
      const started = performance.now();
      const batchSize = reindexOptions.batchSize ?? 500;
      const all = await sql<{ id: number }>`SELECT id FROM articles ORDER BY id`.execute(db);
      const ids = all.rows.map((r) => r.id);
      let indexed = 0;
      let removed = 0;
      const failed: { articleId: number; reason: string }[] = [];
      for (let i = 0; i < ids.length; i += batchSize) {
        const batch = ids.slice(i, i + batchSize);
        await db.transaction().execute(async (trx) => {
          const { rows, tags } = await loadArticles(trx, batch);
          const tagsById = new Map<number, TagRow[]>();
          for (const tag of tags) {
            const list = tagsById.get(tag.article_id);
            if (list === undefined) tagsById.set(tag.article_id, [tag]);
            else list.push(tag);
          }
          for (const article of rows) {
            try {
              const hadRow = await writeArticle(trx, article, tagsById.get(article.id) ?? []);
              if (article.status === "published" && article.published_at !== null) indexed++;
              else if (hadRow) removed++;
            } catch (error) {
              failed.push({ articleId: article.id, reason: (error as Error).message });
            }
          }
        });
        reindexOptions.onProgress?.(Math.min(ids.length, i + batch.length), ids.length);
      }
      // Rows of articles deleted since they were indexed.
      const orphans =
        await sql`DELETE FROM search_fts WHERE rowid NOT IN (SELECT article_id FROM search_docs)`.execute(db);
      removed += Number(orphans.numAffectedRows ?? 0);
      await sql`INSERT INTO search_fts (search_fts) VALUES ('optimize')`.execute(db);
      return { indexed, removed, failed, seconds: (performance.now() - started) / 1000 };
    },

    search(request: SearchRequest): Promise<SearchResult> {
      return runSearch(request, {
        plan,
        match: renderMatch,
        countAndFacets,
        ...(folding ? { correction } : {}),
        page: async (match, queryPlan, pageRequest, limit, offset) => {
          const page =
            pageRequest.sort === "newest" || pageRequest.sort === "oldest"
              ? await sortedPage(
                  match,
                  pageRequest.filters ?? {},
                  pageRequest.now,
                  pageRequest.sort,
                  limit,
                  offset,
                )
              : await rankedPage(match, pageRequest.filters ?? {}, pageRequest.now, limit, offset);
          return hydrate(page, queryPlan);
        },
      });
    },

    async suggest(q, suggestOptions) {
      const limit = Math.max(1, Math.min(suggestOptions.limit ?? 8, 8));
      const words = tokenize(q.slice(0, 200))
        .filter((t) => !t.compound)
        .map((t) => t.text)
        .slice(0, 8);
      const last = words[words.length - 1];
      if (last === undefined || [...last].length < 2) return [];
      const quote = (w: string): string => `"${w.replace(/"/g, '""')}"`;
      const parts = [...words.slice(0, -1).map(quote), `${quote(last)} *`];
      const match = `{title} : (${parts.join(" AND ")})`;
      const languageClause =
        suggestOptions.language === undefined
          ? sql``
          : sql`AND search_docs.language = ${suggestOptions.language}`;
      const rows = await sql<{
        id: number;
        language: Language;
        slug: string;
        title: string;
        published_at: string;
      }>`
        SELECT a.id, a.language, a.slug, a.title, search_docs.published_at
        FROM search_fts CROSS JOIN search_docs ON search_docs.article_id = search_fts.rowid
        JOIN articles a ON a.id = search_fts.rowid
        WHERE search_fts MATCH ${match} AND search_docs.published_at <= ${suggestOptions.now} ${languageClause}
        ORDER BY ${BM25}, search_docs.published_at DESC LIMIT ${limit}`.execute(db);
      return rows.rows.map(
        (r): Suggestion => ({
          id: r.id,
          language: r.language,
          slug: r.slug,
          title: r.title,
          publishedAt: r.published_at,
        }),
      );
    },

    async countryArticles(request: CountryArticlesRequest) {
      const code = request.country.toUpperCase();
      const languageClause =
        request.language === undefined ? sql`` : sql`AND search_docs.language = ${request.language}`;
      const total = await sql<{ n: number }>`SELECT count(*) AS n FROM search_countries c
        JOIN search_docs ON search_docs.article_id = c.article_id
        WHERE c.code = ${code} AND search_docs.published_at <= ${request.now} ${languageClause}`.execute(db);
      const rows = await sql<{ id: number }>`SELECT search_docs.article_id AS id FROM search_countries c
        JOIN search_docs ON search_docs.article_id = c.article_id
        WHERE c.code = ${code} AND search_docs.published_at <= ${request.now} ${languageClause}
        ORDER BY search_docs.published_at DESC, search_docs.article_id DESC
        LIMIT ${Math.max(0, Math.min(request.limit ?? 12, 100))} OFFSET ${Math.max(0, request.offset ?? 0)}`.execute(
        db,
      );
      return { total: Number(total.rows[0]?.n ?? 0), ids: rows.rows.map((r) => r.id) };
    },

    async listSections() {
      const rows = await sql<{
        slug: string;
        name: string;
        name_ru: string | null;
      }>`SELECT slug, name, name_ru
        FROM tags WHERE kind = 'section' ORDER BY name`.execute(db);
      return rows.rows.map((r) => ({ slug: r.slug, name: r.name, nameRu: r.name_ru }));
    },
  };
}
