import type { Kysely } from "kysely";
import { chunks } from "../core/chunks.js";
import { createQueryShapes } from "../db/query-shapes.js";
import type { Database, Executor } from "../db/schema.js";

/** Import bookkeeping (migration 004-import): what was imported, from what content, when. */
interface ImportItemsTable {
  source_key: string;
  article_id: number;
  content_hash: string;
  article_version: number;
  imported_at: string;
}

type ImportDatabase = Database & { import_items: ImportItemsTable };

/** What the database knows about one source key from an earlier import. */
export interface ImportedState {
  articleId: number;
  /** Hash of the input the article was last imported from; null when not imported by this importer. */
  contentHash: string | null;
  /** The article's version right after that import. */
  importedVersion: number | null;
  /** The article's version now: different from `importedVersion` when an editor changed it. */
  version: number;
  language: "en" | "ru";
  slug: string;
}

/**
 * The input of a re-import as an update of the article it made before: the article keeps its
 * language and slug, so its URL (and every redirect to it) stays.
 *
 * @example
 * articles.updateWithin(trx, state.articleId, state.version, { ...asUpdateOf(input, state), revisionNote: "re-imported" });
 */
export function asUpdateOf<T extends object>(
  input: T,
  state: Pick<ImportedState, "language" | "slug">,
): T & Pick<ImportedState, "language" | "slug"> {
  return { ...input, language: state.language, slug: state.slug };
}

/** A 301 (or other) redirect from an old URL path to a new one. */
export interface RedirectRow {
  from: string;
  to: string;
  status?: number;
}

const CHUNK = 400;

function importDb(ex: Executor): Kysely<ImportDatabase> {
  // The import table is the importer's own (migration 004); the shared schema type does not list it.
  return ex.withTables<{ import_items: ImportItemsTable }>();
}

/**
 * The importers' own data access: import bookkeeping and redirects. Articles, tags, authors and
 * media are written through the articles feature; this store only keeps what the importers need
 * to be idempotent and to keep old URLs working.
 *
 * @example
 * const store = createImportStore(db);
 * const known = await store.importedStates(trx, ["wp:https://old.example:12"]);
 */
export function createImportStore(db: Kysely<Database>) {
  // The statements of a batch import, compiled once per shape (see QueryShapes).
  const shapes = createQueryShapes();
  return {
    /**
     * Language, slug and publication time of the given articles (what their URLs are made of),
     * in one query per chunk instead of a full article read per post.
     */
    async articleUrlParts(
      ex: Executor,
      ids: readonly number[],
    ): Promise<Map<number, { language: "en" | "ru"; slug: string; publishedAt: string | null }>> {
      const found = new Map<number, { language: "en" | "ru"; slug: string; publishedAt: string | null }>();
      for (const part of chunks([...new Set(ids)], CHUNK)) {
        if (part.length === 0) continue;
        const rows = await ex
          .selectFrom("articles")
          .select(["id", "language", "slug", "published_at"])
          .where("id", "in", part)
          .execute();
        for (const r of rows)
          found.set(r.id, { language: r.language, slug: r.slug, publishedAt: r.published_at });
      }
      return found;
    },

    /** The article each source key already maps to, with its import hash and versions. */
    async importedStates(ex: Executor, sourceKeys: readonly string[]): Promise<Map<string, ImportedState>> {
      const found = new Map<string, ImportedState>();
      for (const keys of chunks([...new Set(sourceKeys)], CHUNK)) {
        if (keys.length === 0) continue;
        const { rows } = await shapes.execute(ex, `importedStates|${keys.length}`, keys, () =>
          importDb(ex)
            .selectFrom("articles")
            .leftJoin("import_items", "import_items.article_id", "articles.id")
            .select([
              "articles.id",
              "articles.source_key",
              "articles.version",
              "articles.language",
              "articles.slug",
              "import_items.content_hash",
              "import_items.article_version",
            ])
            .where("articles.source_key", "in", keys)
            .compile(),
        );
        for (const row of rows) {
          if (row.source_key === null) continue;
          found.set(row.source_key, {
            articleId: row.id,
            contentHash: row.content_hash ?? null,
            importedVersion: row.article_version ?? null,
            version: row.version,
            language: row.language,
            slug: row.slug,
          });
        }
      }
      return found;
    },

    /** Records (or refreshes) the import of an article: its source key, content hash and version. */
    async recordImported(
      ex: Executor,
      rows: readonly { sourceKey: string; articleId: number; contentHash: string }[],
      now: string,
    ): Promise<void> {
      const idb = importDb(ex);
      for (const part of chunks(rows, CHUNK)) {
        if (part.length === 0) continue;
        const ids = part.map((r) => r.articleId);
        const { rows: versions } = await shapes.execute(ex, `importVersions|${ids.length}`, ids, () =>
          idb.selectFrom("articles").select(["id", "version"]).where("id", "in", ids).compile(),
        );
        const versionOf = new Map(versions.map((v) => [v.id, v.version]));
        const values = part.map((r) => ({
          source_key: r.sourceKey,
          article_id: r.articleId,
          content_hash: r.contentHash,
          article_version: versionOf.get(r.articleId) ?? 1,
          imported_at: now,
        }));
        await shapes.insert(
          ex,
          "import_items",
          values,
          () =>
            idb
              .insertInto("import_items")
              .values(values)
              .onConflict((oc) =>
                oc.column("source_key").doUpdateSet((eb) => ({
                  article_id: eb.ref("excluded.article_id"),
                  content_hash: eb.ref("excluded.content_hash"),
                  article_version: eb.ref("excluded.article_version"),
                  imported_at: eb.ref("excluded.imported_at"),
                })),
              )
              .compile(),
          "upsert by source key",
        );
      }
    },

    /** Stores redirects; an existing redirect from the same path is pointed at the new target. */
    async upsertRedirects(ex: Executor, rows: readonly RedirectRow[], now: string): Promise<number> {
      const unique = new Map(rows.map((r) => [r.from, r]));
      let changed = 0;
      for (const part of chunks([...unique.values()], CHUNK)) {
        if (part.length === 0) continue;
        const values = part.map((r) => ({
          from_path: r.from,
          to_path: r.to,
          status: r.status ?? 301,
          created_at: now,
        }));
        const result = await shapes.insert(
          ex,
          "redirects",
          values,
          () =>
            ex
              .insertInto("redirects")
              .values(values)
              .onConflict((oc) =>
                oc
                  .column("from_path")
                  .doUpdateSet((eb) => ({
                    to_path: eb.ref("excluded.to_path"),
                    status: eb.ref("excluded.status"),
                  }))
                  .where((eb) =>
                    eb.or([
                      eb("redirects.to_path", "!=", eb.ref("excluded.to_path")),
                      eb("redirects.status", "!=", eb.ref("excluded.status")),
                    ]),
                  ),
              )
              .compile(),
          "upsert by from_path where changed",
        );
        changed += Number(result.numAffectedRows ?? 0);
      }
      return changed;
    },

    /** The first stored redirect among `paths` (tried in order), or null. */
    async findRedirect(paths: readonly string[]): Promise<{ to: string; status: number } | null> {
      if (paths.length === 0) return null;
      const rows = await db
        .selectFrom("redirects")
        .select(["from_path", "to_path", "status"])
        .where("from_path", "in", [...paths])
        .execute();
      for (const p of paths) {
        const row = rows.find((r) => r.from_path === p);
        if (row) return { to: row.to_path, status: row.status };
      }
      return null;
    },
  };
}

/** The import store's interface. */
export type ImportStore = ReturnType<typeof createImportStore>;
