import { type Kysely, sql, type Transaction } from "kysely";
import { chunks } from "../core/chunks.js";
import { createQueryShapes } from "../db/query-shapes.js";
import type { ArticleTextRow, Database, Language } from "../db/schema.js";
import { type AnalysisPool, createAnalysisPool, waitingCallerThreads } from "./analysis-pool.js";
import { type AnalyzedArticle, type ArticleSource, createArticleAnalyzer } from "./article-analysis.js";
import type { Gazetteer } from "./gazetteer/gazetteer.js";
import { type HitRow, hydrateHits } from "./hydrate.js";
import {
  givenRows,
  IDS_PER_LIST,
  idList,
  logIndexChanges,
  readAuthorArticleIds,
  readDocRecords,
  readIndexChanges,
  readIndexSeq,
  readNeedsRebuild,
  readSections,
} from "./index-store.js";
import { foldText, tokenize } from "./normalize/fold.js";
import { createStemmer } from "./normalize/stem.js";
import type { ParsedQuery } from "./query-parser.js";
import { type Alternative, createWordForms, planQuery, type QueryPlan, type TermPlan } from "./query-plan.js";
import type { ReindexOptions, ReindexReport, SearchHit, Suggestion } from "./search-index.js";
import type { TermScope, TextEngine } from "./text-engine.js";
import { allowedEdits, bestCorrection, editDistance } from "./typo.js";

/*
 * The FTS5 TextEngine and the only search file that runs SQL on SQLite. Tables: migrations
 * 002-search (search_docs, search_countries), 007-search-changes (the change log, search_terms)
 * and 008-search-ascii (search_fts; search_fts_plain for the evaluation's baseline). Text is normalised in TypeScript (src/search/normalize) on both sides, so
 * FTS5 only ever sees folded tokens.
 */

type Executor = Kysely<Database> | Transaction<Database>;

export interface SqliteTextEngineOptions {
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

const FTS_COLUMNS = "title, dek, tags, body, head_stems, body_stems, head_names, body_names";
const FTS_COLUMN_COUNT = 8;
// The table definitions of migration 008-search-ascii; a rebuild creates its replacement with
// them. The folded columns need only split on spaces (`ascii`); the baseline's raw text needs
// unicode61.
const FTS_OPTIONS = {
  folded: "content='', contentless_delete=1, tokenize='ascii'",
  plain: "content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'",
};
const EXACT_COLUMNS = { all: "{title dek tags body}", head: "{title dek tags}" };
const STEM_COLUMNS = { all: "{head_stems body_stems}", head: "{head_stems}" };
const NAME_COLUMNS = { all: "{head_names body_names}", head: "{head_names}" };
// bm25 weights in column order. Within each family title > dek > tags > body; for the same
// field, as written > stems > name keys, so folding never pushes an exact match down.
const BM25_WEIGHTS = "10.0, 6.0, 4.0, 1.5, 4.0, 0.8, 2.0, 0.4";
// Words remembered as already in search_terms, so that a write inserts only new ones.
const KNOWN_WORDS = 300_000;

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

function renderTerm(term: TermPlan, scope: TermScope = "all"): string | null {
  const parts: string[] = [];
  const family = (columns: string, alts: readonly Alternative[]): void => {
    if (alts.length > 0) parts.push(`${columns} : (${alts.map(ftsPhrase).join(" OR ")})`);
  };
  family(EXACT_COLUMNS[scope], term.exact);
  family(STEM_COLUMNS[scope], term.stems);
  family(NAME_COLUMNS[scope], term.names);
  return parts.length === 0 ? null : `(${parts.join(" OR ")})`;
}

/** The FTS5 MATCH expression of a plan: every term (or any term), minus the exclusions. */
function renderMatch(plan: QueryPlan, mode: "all" | "any"): string | null {
  const positive = plan.terms.map((t) => renderTerm(t)).filter((t): t is string => t !== null);
  if (positive.length === 0) return null;
  const body = positive.join(mode === "all" ? " AND " : " OR ");
  const excluded = plan.excluded.map((t) => renderTerm(t)).filter((t): t is string => t !== null);
  return excluded.length === 0 ? body : `(${body}) NOT (${excluded.join(" OR ")})`;
}

/** Parses group_concat(rowid) output ("3,17,40") into ascending ids. */
function parseIds(text: string | null): Uint32Array {
  if (text === null || text === "") return new Uint32Array(0);
  let count = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 44) count++;
  const ids = new Uint32Array(count);
  let k = 0;
  let value = 0;
  let ascending = true;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 44;
    if (c === 44) {
      if (k > 0 && value <= (ids[k - 1] as number)) ascending = false;
      ids[k++] = value;
      value = 0;
    } else {
      value = value * 10 + (c - 48);
    }
  }
  return ascending ? ids : ids.sort();
}

/**
 * Creates the SQLite FTS5 text engine over the tables of migrations 002 and 007.
 *
 * @example
 * const engine = createSqliteTextEngine({ db, gazetteer: createGazetteer(defaultGazetteerEntries()), timeZone: "Asia/Almaty" });
 * const index = createSearchEngine({ engine, gazetteer });
 */
export function createSqliteTextEngine(options: SqliteTextEngineOptions): TextEngine {
  const { db, gazetteer, timeZone } = options;
  const folding = options.folding ?? true;
  const nameKeys = folding && (options.nameKeys ?? true);
  // The evaluation's plain baseline keeps its raw text in a table of its own (unicode61).
  const table = folding ? "search_fts" : "search_fts_plain";
  const nextTable = `${table}_next`;
  const FTS = sql.raw(table);
  const BM25 = sql.raw(`bm25(${table}, ${BM25_WEIGHTS})`);
  const ftsOptions = folding ? FTS_OPTIONS.folded : FTS_OPTIONS.plain;
  const stemmer = createStemmer();
  const wordForms = createWordForms(stemmer);
  const knownWords = new Set<string>();
  // The multi-row inserts of batch writes, compiled once per row count (see QueryShapes).
  const shapes = createQueryShapes();

  const analyzer = createArticleAnalyzer({ gazetteer, timeZone, folding, nameKeys });

  const toSource = (article: ArticleRow, tags: readonly TagRow[]): ArticleSource => ({
    id: article.id,
    language: article.language,
    title: article.title,
    dek: article.dek,
    bodyText: article.body_text,
    status: article.status,
    publishedAt: article.published_at,
    tags: tags.map((t) => ({ id: t.id, kind: t.kind, name: t.name, nameRu: t.name_ru, code: t.code })),
  });
  const prepare = (article: ArticleRow, tags: readonly TagRow[]): AnalyzedArticle | null =>
    analyzer.analyze(toSource(article, tags));

  /**
   * Adds words to search_terms (the spelling vocabulary). The analyser reports each word once
   * per process; a word first met in a write that was rolled back is added by the next rebuild.
   */
  async function addWords(ex: Executor, words: readonly string[]): Promise<void> {
    const fresh = new Set<string>();
    for (const word of words) if (!knownWords.has(word)) fresh.add(word);
    if (fresh.size === 0) return;
    if (knownWords.size + fresh.size > KNOWN_WORDS) knownWords.clear();
    for (const part of chunks([...fresh], 500)) {
      await sql`INSERT INTO search_terms (term) VALUES ${sql.join(part.map((w) => sql`(${w})`))}
        ON CONFLICT (term) DO NOTHING`.execute(ex);
    }
    for (const word of fresh) knownWords.add(word);
  }

  /** Inserts the FTS rows of some articles (a few statements, not one per article). */
  async function writeDocs(ex: Executor, table: string, docs: readonly AnalyzedArticle[]): Promise<void> {
    for (const part of chunks(docs, 100)) {
      const parameters: unknown[] = [];
      for (const doc of part) {
        if (doc.columns.length !== FTS_COLUMN_COUNT)
          throw new Error(`writeDocs: article ${doc.id} has ${doc.columns.length} index columns`);
        parameters.push(doc.id, ...doc.columns);
      }
      await shapes.execute(ex, `${table}|${part.length}`, parameters, () => {
        const rows = part.map((doc) => sql`(${doc.id}, ${sql.join(doc.columns)})`);
        return sql`INSERT INTO ${sql.table(table)} (rowid, ${sql.raw(FTS_COLUMNS)}) VALUES ${sql.join(rows)}`.compile(
          ex,
        );
      });
    }
  }

  /** Inserts the search_docs and search_countries rows of some articles. */
  async function writeFacts(
    ex: Executor,
    docsTable: string,
    countriesTable: string,
    docs: readonly AnalyzedArticle[],
  ): Promise<void> {
    for (const part of chunks(docs, 500)) {
      const parameters: unknown[] = [];
      for (const { record: r } of part) parameters.push(r.id, r.language, r.publishedAt, r.year, r.sectionId);
      await shapes.execute(ex, `${docsTable}|${part.length}`, parameters, () => {
        const rows = part.map(
          ({ record: r }) => sql`(${r.id}, ${r.language}, ${r.publishedAt}, ${r.year}, ${r.sectionId})`,
        );
        return sql`INSERT INTO ${sql.table(docsTable)} (article_id, language, published_at, year, section_id)
          VALUES ${sql.join(rows)}`.compile(ex);
      });
    }
    const countries = docs.flatMap((doc) =>
      doc.countrySources.map(([code, source]) => [doc.id, code, source]),
    );
    for (const part of chunks(countries, 500)) {
      await shapes.execute(ex, `${countriesTable}|${part.length}`, part.flat(), () => {
        const rows = part.map(([id, code, source]) => sql`(${id}, ${code}, ${source})`);
        return sql`INSERT INTO ${sql.table(countriesTable)} (article_id, code, source) VALUES ${sql.join(rows)}`.compile(
          ex,
        );
      });
    }
  }

  /** Replaces one article's rows in the live tables. */
  async function replace(ex: Executor, articleId: number, doc: AnalyzedArticle | null): Promise<boolean> {
    await sql`DELETE FROM search_countries WHERE article_id = ${articleId}`.execute(ex);
    const removed = await sql`DELETE FROM search_docs WHERE article_id = ${articleId}`.execute(ex);
    const hadRow = Number(removed.numAffectedRows ?? 0) > 0;
    // A contentless delete costs milliseconds even for a missing row, so it runs only for
    // articles that were indexed (search_docs and FTS rows are written together).
    if (hadRow) await sql`DELETE FROM ${FTS} WHERE rowid = ${articleId}`.execute(ex);
    if (doc !== null) {
      await writeDocs(ex, table, [doc]);
      await writeFacts(ex, "search_docs", "search_countries", [doc]);
      await addWords(ex, doc.newWords);
    }
    return hadRow;
  }

  /** Replaces the rows of several articles at once (deletes, then multi-row inserts). */
  async function replaceMany(
    ex: Executor,
    ids: readonly number[],
    docs: readonly AnalyzedArticle[],
  ): Promise<void> {
    for (const part of chunks(ids, IDS_PER_LIST)) {
      const list = idList(part);
      const indexed = await sql<{ article_id: number }>`SELECT article_id FROM search_docs
        WHERE article_id IN (${list})`.execute(ex);
      await sql`DELETE FROM search_countries WHERE article_id IN (${list})`.execute(ex);
      await sql`DELETE FROM search_docs WHERE article_id IN (${list})`.execute(ex);
      for (const { article_id: id } of indexed.rows)
        await sql`DELETE FROM ${FTS} WHERE rowid = ${id}`.execute(ex);
    }
    await writeDocs(ex, table, docs);
    await writeFacts(ex, "search_docs", "search_countries", docs);
    await addWords(
      ex,
      docs.flatMap((doc) => doc.newWords),
    );
  }

  // Analysis of batch writes (imports): in worker threads on three cores or more (started on the
  // first large batch, never keeping the process alive), else in this thread.
  let batchPool: AnalysisPool | null = null;

  /** The articles (ascending `ids`) and their tags; `written` rows are used instead of read. */
  async function loadArticles(
    ex: Executor,
    ids: readonly number[],
    written?: readonly ArticleTextRow[],
  ): Promise<{ rows: ArticleRow[]; tags: Map<number, TagRow[]> }> {
    const given = givenRows(ids, written);
    const rows: ArticleRow[] = given ?? [];
    const tags = new Map<number, TagRow[]>();
    for (const part of chunks(ids, IDS_PER_LIST)) {
      const list = idList(part);
      if (given === null) {
        const found = await sql<ArticleRow>`SELECT id, language, title, dek, body_text, status, published_at
          FROM articles WHERE id IN (${list}) ORDER BY id`.execute(ex);
        rows.push(...found.rows);
      }
      const tagRows = await sql<TagRow>`SELECT at.article_id, t.id, t.kind, t.name, t.name_ru, t.code
        FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id IN (${list})
        ORDER BY at.article_id, at.position`.execute(ex);
      for (const tag of tagRows.rows) {
        const listed = tags.get(tag.article_id);
        if (listed === undefined) tags.set(tag.article_id, [tag]);
        else listed.push(tag);
      }
    }
    return { rows, tags };
  }

  async function countMatches(expression: string, cap: number): Promise<number> {
    const row = await sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT 1 FROM ${FTS}
      WHERE ${FTS} MATCH ${expression} LIMIT ${cap})`.execute(db);
    return Number(row.rows[0]?.n ?? 0);
  }

  /**
   * Rebuilds into fresh tables beside the live ones and swaps them in at the end, so searches
   * keep working meanwhile. Articles written during the rebuild are caught up from the change
   * log inside the swap transaction. On an empty index (the first build) the live tables are
   * filled directly.
   */
  async function reindex(reindexOptions: ReindexOptions = {}): Promise<ReindexReport> {
    const started = performance.now();
    const batchSize = Math.max(1, reindexOptions.batchSize ?? 1_000);
    const startSeq = Number(
      (await sql<{ seq: number }>`SELECT seq FROM search_state WHERE id = 1`.execute(db)).rows[0]?.seq ?? 0,
    );
    const existing = await sql<{ one: number }>`SELECT 1 AS one FROM search_docs LIMIT 1`.execute(db);
    const swap = existing.rows.length > 0;
    const fts = swap ? nextTable : table;
    const docsTable = swap ? "search_docs_next" : "search_docs";
    const countriesTable = swap ? "search_countries_next" : "search_countries";
    const dropNext = async (): Promise<void> => {
      await sql`DROP TABLE IF EXISTS ${sql.raw(nextTable)}`.execute(db);
      await sql`DROP TABLE IF EXISTS search_countries_next`.execute(db);
      await sql`DROP TABLE IF EXISTS search_docs_next`.execute(db);
    };
    const tableExists = async (name: string): Promise<boolean> =>
      (await sql`SELECT 1 FROM sqlite_master WHERE name = ${name}`.execute(db)).rows.length > 0;
    if (swap) {
      await dropNext();
      await sql
        .raw(`CREATE VIRTUAL TABLE ${nextTable} USING fts5(${FTS_COLUMNS}, ${ftsOptions})`)
        .execute(db);
      await sql`CREATE TABLE search_docs_next (article_id INTEGER PRIMARY KEY, language TEXT NOT NULL,
        published_at TEXT NOT NULL, year INTEGER NOT NULL, section_id INTEGER)`.execute(db);
      await sql`CREATE TABLE search_countries_next (article_id INTEGER NOT NULL, code TEXT NOT NULL,
        source TEXT NOT NULL, PRIMARY KEY (article_id, code))`.execute(db);
    }
    // Bulk loading: no incremental merging while rows arrive (one 'optimize' at the end), and a
    // large in-memory buffer of pending terms, so FTS5 writes few, large segments. The settings
    // are stored with the table, so they are put back whatever happens.
    const setting = (name: string, value: number) =>
      sql.raw(`INSERT INTO ${fts} (${fts}, rank) VALUES ('${name}', ${value})`).execute(db);
    await setting("automerge", 0);
    await setting("hashsize", 64 * 1024 * 1024);

    const all = await sql<{ id: number }>`SELECT id FROM articles ORDER BY id`.execute(db);
    const ids = all.rows.map((r) => r.id);
    let indexed = 0;
    const failed: { articleId: number; reason: string }[] = [];
    const pool = createAnalysisPool({ entries: gazetteer.entries, timeZone, folding, nameKeys });
    /** Reads a batch and starts its analysis (in a worker: it overlaps the earlier batches' writes). */
    const begin = async (batch: readonly number[]) => {
      const { rows, tags } = await loadArticles(db, batch);
      const analysis = pool.analyze(rows.map((row) => toSource(row, tags.get(row.id) ?? [])));
      // Awaited in turn below; marked handled now, so a write that fails first cannot leave
      // this promise to reject unobserved.
      analysis.catch(() => undefined);
      return { batch, analysis };
    };
    const write = async (batch: readonly number[], analysed: readonly (AnalyzedArticle | null)[]) => {
      await db.transaction().execute(async (trx) => {
        let docs = analysed.filter((doc): doc is AnalyzedArticle => doc !== null);
        if (!swap) {
          // The first build writes into the live tables, which an article saved meanwhile may
          // already have reached with its newer text: keep that row.
          const present = await sql<{ article_id: number }>`SELECT article_id FROM search_docs
            WHERE article_id IN (${idList(batch)})`.execute(trx);
          const taken = new Set(present.rows.map((r) => r.article_id));
          if (taken.size > 0) docs = docs.filter((doc) => !taken.has(doc.id));
        }
        let written = docs;
        try {
          await writeDocs(trx, fts, docs);
        } catch {
          // One article SQLite refuses must not keep the others out: write them one by one
          // (each statement is atomic, so a refused row leaves nothing behind).
          written = [];
          for (const doc of docs) {
            try {
              await writeDocs(trx, fts, [doc]);
              written.push(doc);
            } catch (error) {
              failed.push({ articleId: doc.id, reason: (error as Error).message });
            }
          }
        }
        await writeFacts(trx, docsTable, countriesTable, written);
        await addWords(
          trx,
          written.flatMap((doc) => doc.newWords),
        );
        indexed += written.length;
      });
    };
    try {
      // Two batches are analysed ahead of the one being written, so the analysis worker always
      // has the next one queued and neither thread waits on the other's uneven batches.
      const ahead: Awaited<ReturnType<typeof begin>>[] = [];
      let next = 0;
      const refill = async (): Promise<void> => {
        while (ahead.length < 2 && next < ids.length) {
          ahead.push(await begin(ids.slice(next, next + batchSize)));
          next += batchSize;
        }
      };
      await refill();
      let done = 0;
      for (let current = ahead.shift(); current !== undefined; current = ahead.shift()) {
        let analysed: (AnalyzedArticle | null)[];
        try {
          analysed = await current.analysis;
        } catch (error) {
          for (const id of current.batch) failed.push({ articleId: id, reason: (error as Error).message });
          analysed = [];
        }
        await refill();
        await write(current.batch, analysed);
        done += current.batch.length;
        await reindexOptions.onProgress?.(done, ids.length);
      }
      await sql.raw(`INSERT INTO ${fts} (${fts}) VALUES ('optimize')`).execute(db);
    } catch (error) {
      if (swap) await dropNext();
      throw error;
    } finally {
      await pool.close();
      if (!swap || (await tableExists(nextTable))) {
        await setting("automerge", 4);
        await setting("hashsize", 1024 * 1024);
      }
    }

    let removed = 0;
    if (!swap) {
      // Articles saved while the first build ran: index their current state.
      await db.transaction().execute(async (trx) => {
        const late = await sql<{ article_id: number }>`SELECT DISTINCT article_id FROM search_changes
          WHERE seq > ${startSeq} ORDER BY article_id`.execute(trx);
        const { rows, tags } = await loadArticles(
          trx,
          late.rows.map((r) => r.article_id),
        );
        const byId = new Map(rows.map((r) => [r.id, r]));
        for (const { article_id: id } of late.rows) {
          const article = byId.get(id);
          await replace(trx, id, article === undefined ? null : prepare(article, tags.get(id) ?? []));
        }
        // Readers reload: the rows written by this build were not logged one by one.
        await logIndexChanges(trx, [], { reset: true });
      });
    }
    if (swap) {
      await db.transaction().execute(async (trx) => {
        // Articles written since the rebuild began: their new state goes into the new tables.
        const late = await sql<{ article_id: number }>`SELECT DISTINCT article_id FROM search_changes
          WHERE seq > ${startSeq} ORDER BY article_id`.execute(trx);
        const lateIds = late.rows.map((r) => r.article_id);
        if (lateIds.length > 0) {
          const { rows, tags } = await loadArticles(trx, lateIds);
          const byId = new Map(rows.map((r) => [r.id, r]));
          for (const id of lateIds) {
            const had = await sql`DELETE FROM search_docs_next WHERE article_id = ${id}`.execute(trx);
            await sql`DELETE FROM search_countries_next WHERE article_id = ${id}`.execute(trx);
            if (Number(had.numAffectedRows ?? 0) > 0)
              await sql`DELETE FROM ${sql.raw(nextTable)} WHERE rowid = ${id}`.execute(trx);
            const article = byId.get(id);
            const doc = article === undefined ? null : prepare(article, tags.get(id) ?? []);
            if (doc !== null) {
              await writeDocs(trx, nextTable, [doc]);
              await writeFacts(trx, "search_docs_next", "search_countries_next", [doc]);
            }
          }
        }
        const gone = await sql<{ n: number }>`SELECT count(*) AS n FROM search_docs
          WHERE article_id NOT IN (SELECT article_id FROM search_docs_next)`.execute(trx);
        removed = Number(gone.rows[0]?.n ?? 0);
        await sql`DELETE FROM search_countries`.execute(trx);
        await sql`DELETE FROM search_docs`.execute(trx);
        await sql`INSERT INTO search_docs SELECT article_id, language, published_at, year, section_id
          FROM search_docs_next WHERE article_id IN (SELECT id FROM articles)`.execute(trx);
        await sql`INSERT INTO search_countries SELECT article_id, code, source FROM search_countries_next
          WHERE article_id IN (SELECT article_id FROM search_docs)`.execute(trx);
        await sql`DROP TABLE search_countries_next`.execute(trx);
        await sql`DROP TABLE search_docs_next`.execute(trx);
        await sql`DROP TABLE ${FTS}`.execute(trx);
        await sql`ALTER TABLE ${sql.raw(nextTable)} RENAME TO ${FTS}`.execute(trx);
        // Every reader reloads: the log before this point no longer describes the index.
        await logIndexChanges(trx, [], { reset: true });
        indexed = Number(
          (await sql<{ n: number }>`SELECT count(*) AS n FROM search_docs`.execute(trx)).rows[0]?.n ?? 0,
        );
      });
    }
    return { indexed, removed, failed, seconds: (performance.now() - started) / 1000 };
  }

  async function correction(query: ParsedQuery): Promise<ParsedQuery | null> {
    if (!folding) return null;
    let changed = false;
    const terms = [];
    for (const term of query.terms) {
      const folded = foldText(term.text);
      const max = allowedEdits(folded);
      if (term.kind !== "word" || folded.includes(" ") || max === 0) {
        terms.push(term);
        continue;
      }
      if ((await countMatches(`${EXACT_COLUMNS.all} : "${folded.replace(/"/g, '""')}"`, 1)) > 0) {
        terms.push(term);
        continue;
      }
      // Candidates share the first letter (typos there are rare, and it bounds the scan) and
      // are within the allowed edits; the closest are then counted in the index.
      const code = folded.codePointAt(0) ?? 0x61;
      const first = String.fromCodePoint(code);
      const next = String.fromCodePoint(code + 1);
      const length = [...folded].length;
      const rows = await sql<{ term: string }>`SELECT term FROM search_terms
        WHERE term >= ${first} AND term < ${next} AND length(term) BETWEEN ${length - max} AND ${length + max}`.execute(
        db,
      );
      let best = max + 1;
      let closest: string[] = [];
      for (const { term: word } of rows.rows) {
        const distance = editDistance(folded, word, Math.min(max, best));
        if (distance > max || word === folded) continue;
        if (distance < best) {
          best = distance;
          closest = [word];
        } else if (distance === best) {
          closest.push(word);
        }
      }
      const counted = [];
      for (const word of closest.slice(0, 50)) {
        const docs = await countMatches(`${EXACT_COLUMNS.all} : "${word.replace(/"/g, '""')}"`, 100_000);
        counted.push({ term: word, docs });
      }
      const chosen = bestCorrection(folded, counted);
      if (chosen === null) {
        terms.push(term);
      } else {
        changed = true;
        terms.push({ kind: "word" as const, text: chosen });
      }
    }
    return changed ? { terms, excluded: query.excluded } : null;
  }

  return {
    async indexArticle(trx, articleId) {
      const { rows, tags } = await loadArticles(trx, [articleId]);
      const article = rows[0];
      await replace(
        trx,
        articleId,
        article === undefined ? null : prepare(article, tags.get(articleId) ?? []),
      );
      await logIndexChanges(trx, [articleId]);
    },

    async indexArticles(trx, articleIds, written) {
      const ids = [...new Set(articleIds)].sort((a, b) => a - b);
      if (ids.length === 0) return;
      const { rows, tags } = await loadArticles(trx, ids, written);
      const sources = rows.map((row) => toSource(row, tags.get(row.id) ?? []));
      batchPool ??= createAnalysisPool({
        entries: gazetteer.entries,
        timeZone,
        folding,
        nameKeys,
        threads: waitingCallerThreads(),
      });
      const analysed = await batchPool.analyze(sources);
      await replaceMany(
        trx,
        ids,
        analysed.filter((doc): doc is AnalyzedArticle => doc !== null),
      );
      await logIndexChanges(trx, ids);
    },

    reindex,

    needsRebuild: () => readNeedsRebuild(db),
    currentSeq: () => readIndexSeq(db),
    changesSince: (seq, limit) => readIndexChanges(db, seq, limit),
    loadDocs: (ids) => readDocRecords(db, ids),

    plan: (query) => planQuery(query, { folding, nameKeys, gazetteer, stemmer }),

    async termIds(term, scope, within) {
      const expression = renderTerm(term, scope);
      if (expression === null) return new Uint32Array(0);
      if (within === undefined) {
        const row = await sql<{ ids: string | null }>`SELECT group_concat(rowid) AS ids FROM ${FTS}
          WHERE ${FTS} MATCH ${expression}`.execute(db);
        return parseIds(row.rows[0]?.ids ?? null);
      }
      const found: number[] = [];
      for (const part of chunks(within, 500)) {
        const row = await sql<{ ids: string | null }>`SELECT group_concat(rowid) AS ids FROM ${FTS}
          WHERE ${FTS} MATCH ${expression} AND rowid IN (${idList(part)})`.execute(db);
        found.push(...parseIds(row.rows[0]?.ids ?? null));
      }
      return Uint32Array.from(found).sort();
    },

    authorIds: (slug) => readAuthorArticleIds(db, slug),

    async rank(plan, mode) {
      const expression = renderMatch(plan, mode);
      if (expression === null) return [];
      const rows = await sql<{ id: number; b: number }>`SELECT rowid AS id, ${BM25} AS b FROM ${FTS}
        WHERE ${FTS} MATCH ${expression}`.execute(db);
      // bm25() is lower-is-better and never positive; the engine wants higher-is-better.
      return rows.rows.map((r) => ({ id: r.id, score: -Number(r.b) }));
    },

    correction,

    async hydrate(page, plan): Promise<SearchHit[]> {
      if (page.length === 0) return [];
      const list = idList(page.map((r) => r.id));
      const rows = await sql<HitRow>`SELECT a.id, a.language, a.slug, a.title, a.dek, a.excerpt, a.body_text,
          search_docs.published_at, t.slug AS section_slug, t.name AS section_name, t.name_ru AS section_name_ru
        FROM articles a JOIN search_docs ON search_docs.article_id = a.id
        LEFT JOIN tags t ON t.id = search_docs.section_id WHERE a.id IN (${list})`.execute(db);
      const countries = await sql<{ article_id: number; code: string }>`SELECT article_id, code
        FROM search_countries WHERE article_id IN (${list}) ORDER BY article_id, source = 'text', code`.execute(
        db,
      );
      return hydrateHits(page, rows.rows, countries.rows, plan, wordForms);
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
        FROM ${FTS} CROSS JOIN search_docs ON search_docs.article_id = ${FTS}.rowid
        JOIN articles a ON a.id = ${FTS}.rowid
        WHERE ${FTS} MATCH ${match} AND search_docs.published_at <= ${suggestOptions.now} ${languageClause}
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

    sections: () => readSections(db),
  };
}
