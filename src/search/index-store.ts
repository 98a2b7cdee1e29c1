import { type Kysely, type RawBuilder, sql, type Transaction } from "kysely";
import { chunks } from "../core/chunks.js";
import type { Database, Language } from "../db/schema.js";
import type { DocRecord } from "./doc-table.js";
import type { IndexChanges } from "./text-engine.js";

/*
 * The SQL both text engines share (the same statements run on SQLite and PostgreSQL): the
 * index's change log (migration 007), the per-article facts of search_docs / search_countries,
 * authors' articles and section tags.
 */

type Executor = Kysely<Database> | Transaction<Database>;

// Change-log rows kept (by change number) before older ones are pruned.
const KEEP_CHANGES = 20_000;
/** Ids per IN (...) list: well below SQLite's 32,766 bound parameters. */
export const IDS_PER_LIST = 5_000;

/** `(1, 2, 3)` as bound parameters. */
export function idList(ids: readonly number[]): RawBuilder<unknown> {
  return sql.join(ids.map((id) => sql`${id}`));
}

/**
 * The rows of `ids` (in that order) from rows the caller was given, or null when one is missing
 * (the engine then reads them all from the database, as without them).
 *
 * @example
 * const rows = givenRows(ids, written) ?? (await selectRows(ids));
 */
export function givenRows<T extends { readonly id: number }>(
  ids: readonly number[],
  given: readonly T[] | undefined,
): T[] | null {
  if (given === undefined) return null;
  const byId = new Map(given.map((row) => [row.id, row]));
  const rows: T[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    if (row === undefined) return null;
    rows.push(row);
  }
  return rows;
}

/**
 * Takes the next change number and records the articles it covers; call inside the write
 * transaction. Updating the one search_state row serialises index writers on PostgreSQL, so
 * numbers are handed out in commit order. With `reset`, readers are told to reload (after a
 * rebuild): the log before the new number is dropped.
 *
 * @example
 * await logIndexChanges(trx, [articleId]);
 */
export async function logIndexChanges(
  ex: Executor,
  ids: readonly number[],
  options: { reset?: boolean } = {},
): Promise<number> {
  const row = await sql<{ seq: number | string }>`UPDATE search_state SET seq = seq + 1 WHERE id = 1
    RETURNING seq`.execute(ex);
  const seq = Number(row.rows[0]?.seq ?? 0);
  for (const part of chunks([...new Set(ids)], 500)) {
    await sql`INSERT INTO search_changes (seq, article_id)
      VALUES ${sql.join(part.map((id) => sql`(${seq}, ${id})`))}`.execute(ex);
  }
  const horizon =
    options.reset === true ? seq : seq % 1_000 === 0 && seq > KEEP_CHANGES ? seq - KEEP_CHANGES : null;
  if (horizon !== null) {
    await sql`DELETE FROM search_changes WHERE seq < ${horizon}`.execute(ex);
    await sql`UPDATE search_state SET horizon = ${horizon} WHERE id = 1`.execute(ex);
  }
  return seq;
}

/** The latest change number (0 before the first change). */
export async function readIndexSeq(ex: Executor): Promise<number> {
  const row = await sql<{ seq: number | string }>`SELECT seq FROM search_state WHERE id = 1`.execute(ex);
  return Number(row.rows[0]?.seq ?? 0);
}

/** See `TextEngine.changesSince`. */
export async function readIndexChanges(
  ex: Executor,
  seq: number,
  limit: number,
): Promise<IndexChanges | null> {
  const state = await sql<{
    horizon: number | string;
  }>`SELECT horizon FROM search_state WHERE id = 1`.execute(ex);
  if (seq < Number(state.rows[0]?.horizon ?? 0)) return null;
  const rows = await sql<{
    seq: number | string;
    article_id: number;
  }>`SELECT seq, article_id FROM search_changes
    WHERE seq > ${seq} ORDER BY seq LIMIT ${limit + 1}`.execute(ex);
  if (rows.rows.length > limit) return null;
  let last = seq;
  const ids = new Set<number>();
  for (const row of rows.rows) {
    last = Math.max(last, Number(row.seq));
    ids.add(row.article_id);
  }
  return { seq: last, ids: [...ids].sort((a, b) => a - b) };
}

interface DocRow {
  article_id: number;
  language: Language;
  published_at: string;
  year: number | string;
  section_id: number | null;
}

/** Rows of search_docs and search_countries as DocTable records: the given ids, or all. */
export async function readDocRecords(ex: Executor, ids: readonly number[] | null): Promise<DocRecord[]> {
  const docs: DocRow[] = [];
  const countries = new Map<number, string[]>();
  const load = async (where: RawBuilder<unknown>): Promise<void> => {
    const rows = await sql<DocRow>`SELECT article_id, language, published_at, year, section_id
      FROM search_docs ${where}`.execute(ex);
    // One push per row: spreading a million rows into push() overflows the call stack.
    for (const row of rows.rows) docs.push(row);
    const codes = await sql<{ article_id: number; code: string }>`SELECT article_id, code
      FROM search_countries ${where}`.execute(ex);
    for (const row of codes.rows) {
      const listed = countries.get(row.article_id);
      if (listed === undefined) countries.set(row.article_id, [row.code]);
      else listed.push(row.code);
    }
  };
  if (ids === null) await load(sql``);
  else for (const part of chunks(ids, IDS_PER_LIST)) await load(sql`WHERE article_id IN (${idList(part)})`);
  return docs.map((d) => ({
    id: d.article_id,
    language: d.language,
    publishedAt: d.published_at,
    year: Number(d.year),
    sectionId: d.section_id,
    countries: countries.get(d.article_id) ?? [],
  }));
}

/** Ids (ascending) of the articles of the author with `slug`. */
export async function readAuthorArticleIds(ex: Executor, slug: string): Promise<Uint32Array> {
  const rows = await sql<{ article_id: number }>`SELECT DISTINCT aa.article_id FROM article_authors aa
    JOIN authors au ON au.id = aa.author_id WHERE au.slug = ${slug} ORDER BY aa.article_id`.execute(ex);
  return Uint32Array.from(rows.rows.map((r) => r.article_id));
}

/** Section tags. */
export async function readSections(
  ex: Executor,
): Promise<{ id: number; slug: string; name: string; nameRu: string | null }[]> {
  const rows = await sql<{ id: number; slug: string; name: string; name_ru: string | null }>`SELECT id, slug,
    name, name_ru FROM tags WHERE kind = 'section'`.execute(ex);
  return rows.rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, nameRu: r.name_ru }));
}

/** True when published articles exist and nothing is indexed (an upgrade changed the index). */
export async function readNeedsRebuild(ex: Executor): Promise<boolean> {
  const published = await sql<{
    one: number;
  }>`SELECT 1 AS one FROM articles WHERE status = 'published' LIMIT 1`.execute(ex);
  if (published.rows.length === 0) return false;
  const indexed = await sql<{ one: number }>`SELECT 1 AS one FROM search_docs LIMIT 1`.execute(ex);
  return indexed.rows.length === 0;
}
