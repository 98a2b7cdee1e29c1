import type { ControlledTransaction, Kysely, SelectQueryBuilder, Transaction } from "kysely";
import { chunks } from "../core/chunks.js";
import { createQueryShapes, type QueryShapes } from "../db/query-shapes.js";
import type { ArticleStatus, Database, Executor, Language, NewArticleRow, TagKind } from "../db/schema.js";
import type {
  ArticleDetail,
  ArticleListFilter,
  ArticleRecord,
  ArticleSummary,
  AuthorProfile,
  AuthorRef,
  MediaRef,
  TagRef,
} from "./types.js";

/** A Kysely handle or an open transaction: store functions work inside either. */
export type { Executor };

type ArticleQuery = SelectQueryBuilder<Database, "articles", object>;

/**
 * Rows per multi-row statement: well under the bound-parameter limits of both databases
 * (SQLite 32,766, PostgreSQL 65,535) for the widest row (articles, 18 columns).
 */
const ROWS_PER_STATEMENT = 100;

/** A revision to record: the article's content as saved, and why. */
interface NewRevision {
  articleId: number;
  title: string;
  dek: string;
  bodyHtml: string;
  status: ArticleStatus;
  note: string | null;
  at: string;
}

/** A media record to create or update (by path). */
export type NewMedia = Omit<MediaRef, "id"> & {
  mime: string;
  originalUrl?: string | null;
  sourceKey?: string | null;
};

async function insertRevisions(
  ex: Executor,
  shapes: QueryShapes,
  revisions: readonly NewRevision[],
): Promise<void> {
  for (const part of chunks(revisions, ROWS_PER_STATEMENT)) {
    const rows = part.map((revision) => ({
      article_id: revision.articleId,
      created_at: revision.at,
      title: revision.title,
      dek: revision.dek,
      body_html: revision.bodyHtml,
      status: revision.status,
      note: revision.note,
    }));
    await shapes.insert(ex, "revisions", rows, () => ex.insertInto("revisions").values(rows).compile());
  }
}

/** Creates or updates media records by path in multi-row statements (see the store method). */
async function upsertMediaMany(
  ex: Executor,
  shapes: QueryShapes,
  rows: readonly NewMedia[],
  now: string,
): Promise<number[]> {
  // One statement must not touch a row twice (PostgreSQL refuses), so split at repeats.
  const runs: (typeof rows)[number][][] = [];
  let run: (typeof rows)[number][] = [];
  let paths = new Set<string>();
  for (const row of rows) {
    if (paths.has(row.path) || run.length >= ROWS_PER_STATEMENT) {
      runs.push(run);
      run = [];
      paths = new Set();
    }
    run.push(row);
    paths.add(row.path);
  }
  if (run.length > 0) runs.push(run);
  const ids: number[] = [];
  for (const part of runs) {
    const values = part.map((media) => ({
      path: media.path,
      mime: media.mime,
      width: media.width,
      height: media.height,
      alt: media.alt,
      alt_ru: media.altRu,
      caption: media.caption,
      caption_ru: media.captionRu,
      credit: media.credit,
      original_url: media.originalUrl ?? null,
      source_key: media.sourceKey ?? null,
      created_at: now,
    }));
    const { rows: returned } = await shapes.insert(
      ex,
      "media",
      values,
      () =>
        ex
          .insertInto("media")
          .values(values)
          .onConflict((oc) =>
            oc.column("path").doUpdateSet((eb) => ({
              mime: eb.ref("excluded.mime"),
              width: eb.ref("excluded.width"),
              height: eb.ref("excluded.height"),
              alt: eb.ref("excluded.alt"),
              alt_ru: eb.ref("excluded.alt_ru"),
              caption: eb.ref("excluded.caption"),
              caption_ru: eb.ref("excluded.caption_ru"),
              credit: eb.ref("excluded.credit"),
              original_url: eb.ref("excluded.original_url"),
              source_key: eb.ref("excluded.source_key"),
            })),
          )
          .returning(["id", "path"])
          .compile(),
      "upsert by path, returning id and path",
    );
    const idOf = new Map(returned.map((r) => [r.path, r.id]));
    for (const media of part) {
      const id = idOf.get(media.path);
      if (id === undefined) throw new Error(`upsertMediaMany: no id returned for ${media.path}`);
      ids.push(id);
    }
  }
  return ids;
}

/** Only published articles whose publication time has come are public. */
function visible(qb: ArticleQuery, now: string): ArticleQuery {
  return qb.where("articles.status", "=", "published").where("articles.published_at", "<=", now);
}

function filtered(qb: ArticleQuery, filter: ArticleListFilter): ArticleQuery {
  let q = qb.where("articles.language", "=", filter.language);
  if (filter.tagId !== undefined) {
    const tagId = filter.tagId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom("article_tags")
          .select("article_tags.article_id")
          .whereRef("article_tags.article_id", "=", "articles.id")
          .where("article_tags.tag_id", "=", tagId),
      ),
    );
  }
  if (filter.authorId !== undefined) {
    const authorId = filter.authorId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom("article_authors")
          .select("article_authors.article_id")
          .whereRef("article_authors.article_id", "=", "articles.id")
          .where("article_authors.author_id", "=", authorId),
      ),
    );
  }
  if (filter.from !== undefined) q = q.where("articles.published_at", ">=", filter.from);
  if (filter.to !== undefined) q = q.where("articles.published_at", "<", filter.to);
  if (filter.excludeIds !== undefined && filter.excludeIds.length > 0)
    q = q.where("articles.id", "not in", filter.excludeIds);
  return q;
}

const SUMMARY_COLUMNS = [
  "articles.id",
  "articles.language",
  "articles.slug",
  "articles.title",
  "articles.dek",
  "articles.excerpt",
  "articles.published_at",
  "articles.updated_at",
  "articles.reading_minutes",
  "articles.translation_group",
  "articles.hero_media_id",
] as const;

interface SummaryRow {
  id: number;
  language: Language;
  slug: string;
  title: string;
  dek: string;
  excerpt: string;
  published_at: string | null;
  updated_at: string;
  reading_minutes: number;
  translation_group: string;
  hero_media_id: number | null;
}

function toTagRef(row: {
  id: number;
  kind: TagKind;
  slug: string;
  name: string;
  name_ru: string | null;
  code: string | null;
}): TagRef {
  return { id: row.id, kind: row.kind, slug: row.slug, name: row.name, nameRu: row.name_ru, code: row.code };
}

function toMediaRef(row: {
  id: number;
  path: string;
  width: number | null;
  height: number | null;
  alt: string;
  alt_ru: string | null;
  caption: string;
  caption_ru: string | null;
  credit: string;
}): MediaRef {
  return {
    id: row.id,
    path: row.path,
    width: row.width,
    height: row.height,
    alt: row.alt,
    altRu: row.alt_ru,
    caption: row.caption,
    captionRu: row.caption_ru,
    credit: row.credit,
  };
}

/**
 * Data access for articles, authors, tags and media. The only module of the articles feature
 * that touches the database; it returns plain read models, never Kysely rows.
 *
 * @example
 * const store = createArticleStore(db);
 * const latest = await store.listPublished({ language: "en" }, { limit: 10, offset: 0 }, nowIso);
 */
export function createArticleStore(db: Kysely<Database>) {
  // The multi-row inserts of a batch import, compiled once per shape (see QueryShapes).
  const shapes = createQueryShapes();
  async function hydrate(rows: SummaryRow[], ex: Executor = db): Promise<ArticleSummary[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const mediaIds = rows.map((r) => r.hero_media_id).filter((id): id is number => id !== null);
    const [tagRows, authorRows, mediaRows] = await Promise.all([
      ex
        .selectFrom("article_tags")
        .innerJoin("tags", "tags.id", "article_tags.tag_id")
        .select([
          "article_tags.article_id",
          "tags.id",
          "tags.kind",
          "tags.slug",
          "tags.name",
          "tags.name_ru",
          "tags.code",
        ])
        .where("article_tags.article_id", "in", ids)
        .orderBy("article_tags.position")
        .execute(),
      ex
        .selectFrom("article_authors")
        .innerJoin("authors", "authors.id", "article_authors.author_id")
        .select([
          "article_authors.article_id",
          "authors.id",
          "authors.slug",
          "authors.name",
          "authors.name_ru",
        ])
        .where("article_authors.article_id", "in", ids)
        .orderBy("article_authors.position")
        .execute(),
      mediaIds.length === 0
        ? Promise.resolve([])
        : ex.selectFrom("media").selectAll().where("id", "in", mediaIds).execute(),
    ]);
    const media = new Map(mediaRows.map((m) => [m.id, toMediaRef(m)]));
    return rows.map((r) => {
      const tags = tagRows.filter((t) => t.article_id === r.id).map(toTagRef);
      const authors: AuthorRef[] = authorRows
        .filter((a) => a.article_id === r.id)
        .map((a) => ({ id: a.id, slug: a.slug, name: a.name, nameRu: a.name_ru }));
      return {
        id: r.id,
        language: r.language,
        slug: r.slug,
        title: r.title,
        dek: r.dek,
        excerpt: r.excerpt,
        publishedAt: r.published_at ?? r.updated_at,
        updatedAt: r.updated_at,
        readingMinutes: r.reading_minutes,
        translationGroup: r.translation_group,
        hero: r.hero_media_id === null ? null : (media.get(r.hero_media_id) ?? null),
        section: tags.find((t) => t.kind === "section") ?? null,
        tags,
        authors,
      };
    });
  }

  return {
    /** Published articles, newest first. */
    async listPublished(
      filter: ArticleListFilter,
      page: { limit: number; offset: number },
      now: string,
    ): Promise<ArticleSummary[]> {
      const rows = await filtered(visible(db.selectFrom("articles"), now), filter)
        .select(SUMMARY_COLUMNS)
        .orderBy("articles.published_at", "desc")
        .orderBy("articles.id", "desc")
        .limit(page.limit)
        .offset(page.offset)
        .execute();
      return hydrate(rows);
    },

    /** How many published articles match, for correct pagination counts. */
    async countPublished(filter: ArticleListFilter, now: string): Promise<number> {
      const row = await filtered(visible(db.selectFrom("articles"), now), filter)
        .select((eb) => eb.fn.countAll<number | string | bigint>().as("n"))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** One published article with its body and translations, or null. */
    async getPublished(language: Language, slug: string, now: string): Promise<ArticleDetail | null> {
      const row = await visible(db.selectFrom("articles"), now)
        .where("articles.language", "=", language)
        .where("articles.slug", "=", slug)
        .select([
          ...SUMMARY_COLUMNS,
          "articles.body_html",
          "articles.body_text",
          "articles.seo_title",
          "articles.seo_description",
        ])
        .executeTakeFirst();
      if (row === undefined) return null;
      const [summary] = await hydrate([row]);
      const translations = await visible(db.selectFrom("articles"), now)
        .where("articles.translation_group", "=", row.translation_group)
        .where("articles.id", "!=", row.id)
        .select(["articles.language", "articles.slug", "articles.title", "articles.published_at"])
        .execute();
      return {
        ...(summary as ArticleSummary),
        bodyHtml: row.body_html,
        bodyText: row.body_text,
        seoTitle: row.seo_title,
        seoDescription: row.seo_description,
        translations: translations.map((t) => ({
          language: t.language,
          slug: t.slug,
          title: t.title,
          publishedAt: t.published_at ?? "",
        })),
      };
    },

    /**
     * Published articles sharing the most country and section tags with the given one, newest
     * first among equals.
     */
    async listRelated(
      articleId: number,
      language: Language,
      limit: number,
      now: string,
    ): Promise<ArticleSummary[]> {
      const rows = await visible(db.selectFrom("articles"), now)
        .innerJoin("article_tags as shared", "shared.article_id", "articles.id")
        .innerJoin("tags", "tags.id", "shared.tag_id")
        .where("tags.kind", "in", ["country", "section", "topic"])
        .where("shared.tag_id", "in", (eb) =>
          eb
            .selectFrom("article_tags")
            .select("article_tags.tag_id")
            .where("article_tags.article_id", "=", articleId),
        )
        .where("articles.id", "!=", articleId)
        .where("articles.language", "=", language)
        .select(SUMMARY_COLUMNS)
        .select((eb) =>
          eb.fn
            .sum<number | string>(eb.case().when("tags.kind", "=", "country").then(2).else(1).end())
            .as("score"),
        )
        .groupBy(SUMMARY_COLUMNS)
        .orderBy("score", "desc")
        .orderBy("articles.published_at", "desc")
        .limit(limit)
        .execute();
      return hydrate(rows);
    },

    async listTags(kind: TagKind): Promise<TagRef[]> {
      const rows = await db.selectFrom("tags").selectAll().where("kind", "=", kind).orderBy("name").execute();
      return rows.map(toTagRef);
    },

    async getTag(
      kind: TagKind,
      slug: string,
      ex: Executor = db,
    ): Promise<(TagRef & { description: string | null }) | null> {
      const row = await ex
        .selectFrom("tags")
        .selectAll()
        .where("kind", "=", kind)
        .where("slug", "=", slug)
        .executeTakeFirst();
      return row === undefined ? null : { ...toTagRef(row), description: row.description };
    },

    async getAuthor(slug: string, ex: Executor = db): Promise<AuthorProfile | null> {
      const row = await ex.selectFrom("authors").selectAll().where("slug", "=", slug).executeTakeFirst();
      return row === undefined
        ? null
        : {
            id: row.id,
            slug: row.slug,
            name: row.name,
            nameRu: row.name_ru,
            bio: row.bio,
            bioRu: row.bio_ru,
          };
    },

    async listAuthors(): Promise<AuthorProfile[]> {
      const rows = await db.selectFrom("authors").selectAll().orderBy("name").execute();
      return rows.map((row) => ({
        id: row.id,
        slug: row.slug,
        name: row.name,
        nameRu: row.name_ru,
        bio: row.bio,
        bioRu: row.bio_ru,
      }));
    },

    /** Published articles by id, in the order of `ids` (ids that are not visible are left out). */
    async listPublishedByIds(ids: number[], now: string): Promise<ArticleSummary[]> {
      if (ids.length === 0) return [];
      const rows = await visible(db.selectFrom("articles"), now)
        .where("articles.id", "in", ids)
        .select(SUMMARY_COLUMNS)
        .execute();
      const order = new Map(ids.map((id, i) => [id, i]));
      rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
      return hydrate(rows);
    },

    /** Newest and oldest publication instants of public articles in a language (for archives). */
    async publishedSpan(language: Language, now: string): Promise<{ first: string; last: string } | null> {
      const row = await visible(db.selectFrom("articles"), now)
        .where("articles.language", "=", language)
        .select((eb) => [
          eb.fn.min("articles.published_at").as("first"),
          eb.fn.max("articles.published_at").as("last"),
        ])
        .executeTakeFirst();
      return row?.first && row.last ? { first: row.first, last: row.last } : null;
    },

    /** Ids of scheduled articles whose publication time has come, oldest first. */
    async listDueScheduledIds(now: string, limit = 500): Promise<number[]> {
      const rows = await db
        .selectFrom("articles")
        .select("id")
        .where("status", "=", "scheduled")
        .where("published_at", "<=", now)
        .orderBy("published_at")
        .limit(limit)
        .execute();
      return rows.map((r) => r.id);
    },

    /**
     * Flips a scheduled article to published, only if it is still scheduled: of several instances
     * racing to publish the same article, exactly one changes the row.
     */
    async publishIfScheduled(ex: Executor, id: number, now: string): Promise<boolean> {
      const result = await ex
        .updateTable("articles")
        .set((eb) => ({ status: "published", updated_at: now, version: eb("version", "+", 1) }))
        .where("id", "=", id)
        .where("status", "=", "scheduled")
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async countArticles(): Promise<number> {
      const row = await db
        .selectFrom("articles")
        .select((eb) => eb.fn.countAll<number | string | bigint>().as("n"))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** The editorial view of an article, whatever its status. */
    async getRecord(id: number, ex: Executor = db): Promise<ArticleRecord | null> {
      const row = await ex.selectFrom("articles").selectAll().where("id", "=", id).executeTakeFirst();
      if (row === undefined) return null;
      return {
        id: row.id,
        language: row.language,
        slug: row.slug,
        title: row.title,
        dek: row.dek,
        bodyHtml: row.body_html,
        status: row.status,
        publishedAt: row.published_at,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        version: row.version,
        translationGroup: row.translation_group,
      };
    },

    async findIdBySourceKey(sourceKey: string, ex: Executor = db): Promise<number | null> {
      const row = await ex
        .selectFrom("articles")
        .select("id")
        .where("source_key", "=", sourceKey)
        .executeTakeFirst();
      return row?.id ?? null;
    },

    async slugTaken(
      language: Language,
      slug: string,
      exceptId: number | null,
      ex: Executor = db,
    ): Promise<boolean> {
      let q = ex
        .selectFrom("articles")
        .select("id")
        .where("language", "=", language)
        .where("slug", "=", slug);
      if (exceptId !== null) q = q.where("id", "!=", exceptId);
      return (await q.executeTakeFirst()) !== undefined;
    },

    /**
     * Inserts several articles with one statement per hundred rows (what a batch import writes);
     * returns their ids in the order of `rows`.
     */
    async insertArticles(ex: Executor, rows: readonly NewArticleRow[]): Promise<number[]> {
      const ids: number[] = [];
      for (const part of chunks(rows, ROWS_PER_STATEMENT)) {
        const { rows: returned } = await shapes.insert(
          ex,
          "articles",
          part,
          () => ex.insertInto("articles").values(part).returning(["id", "language", "slug"]).compile(),
          "returning id, language, slug",
        );
        // Neither database promises RETURNING rows in VALUES order; (language, slug) is unique.
        const idOf = new Map(returned.map((r) => [`${r.language}/${r.slug}`, r.id]));
        for (const row of part) {
          const id = idOf.get(`${row.language}/${row.slug}`);
          if (id === undefined)
            throw new Error(`insertArticles: no id returned for ${row.language}/${row.slug}`);
          ids.push(id);
        }
      }
      return ids;
    },

    /** Which of `slugs` are taken by articles in `language` (one query per few hundred slugs). */
    async takenSlugs(ex: Executor, language: Language, slugs: readonly string[]): Promise<Set<string>> {
      const taken = new Set<string>();
      for (const part of chunks([...new Set(slugs)], 400)) {
        const { rows } = await shapes.execute(ex, `takenSlugs|${part.length}`, [language, ...part], () =>
          ex
            .selectFrom("articles")
            .select("slug")
            .where("language", "=", language)
            .where("slug", "in", part)
            .compile(),
        );
        for (const r of rows) taken.add(r.slug);
      }
      return taken;
    },

    /**
     * Adds author and tag links of new articles (no links to replace yet), in multi-row statements;
     * `position` is the order within each article, as {@link replaceAuthors} writes it.
     */
    async insertArticleLinks(
      ex: Executor,
      links: readonly { articleId: number; authorIds: readonly number[]; tagIds: readonly number[] }[],
    ): Promise<void> {
      const authors = links.flatMap((l) =>
        [...new Set(l.authorIds)].map((authorId, position) => ({
          article_id: l.articleId,
          author_id: authorId,
          position,
        })),
      );
      const tags = links.flatMap((l) =>
        [...new Set(l.tagIds)].map((tagId, position) => ({
          article_id: l.articleId,
          tag_id: tagId,
          position,
        })),
      );
      for (const part of chunks(authors, 500))
        await shapes.insert(ex, "article_authors", part, () =>
          ex.insertInto("article_authors").values(part).compile(),
        );
      for (const part of chunks(tags, 500))
        await shapes.insert(ex, "article_tags", part, () =>
          ex.insertInto("article_tags").values(part).compile(),
        );
    },

    /** Updates an article if its version still matches; returns false when someone else saved first. */
    async updateArticle(
      ex: Executor,
      id: number,
      expectedVersion: number,
      values: Omit<Partial<NewArticleRow>, "id" | "version">,
    ): Promise<boolean> {
      const result = await ex
        .updateTable("articles")
        .set((eb) => ({ ...values, version: eb("version", "+", 1) }))
        .where("id", "=", id)
        .where("version", "=", expectedVersion)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async replaceAuthors(ex: Executor, articleId: number, authorIds: number[]): Promise<void> {
      await ex.deleteFrom("article_authors").where("article_id", "=", articleId).execute();
      const unique = [...new Set(authorIds)];
      if (unique.length > 0) {
        await ex
          .insertInto("article_authors")
          .values(
            unique.map((authorId, position) => ({ article_id: articleId, author_id: authorId, position })),
          )
          .execute();
      }
    },

    async replaceTags(ex: Executor, articleId: number, tagIds: number[]): Promise<void> {
      await ex.deleteFrom("article_tags").where("article_id", "=", articleId).execute();
      const unique = [...new Set(tagIds)];
      if (unique.length > 0) {
        await ex
          .insertInto("article_tags")
          .values(unique.map((tagId, position) => ({ article_id: articleId, tag_id: tagId, position })))
          .execute();
      }
    },

    async insertRevision(ex: Executor, revision: NewRevision): Promise<void> {
      await insertRevisions(ex, shapes, [revision]);
    },

    /** {@link insertRevision} for several articles, in multi-row statements, in the order given. */
    insertRevisions: (ex: Executor, revisions: readonly NewRevision[]): Promise<void> =>
      insertRevisions(ex, shapes, revisions),

    async countRevisions(articleId: number): Promise<number> {
      const row = await db
        .selectFrom("revisions")
        .select((eb) => eb.fn.countAll<number | string | bigint>().as("n"))
        .where("article_id", "=", articleId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Which of `ids` exist in `table` (one query per few hundred ids). */
    async existingIds(
      ex: Executor,
      table: "authors" | "tags" | "media",
      ids: readonly number[],
    ): Promise<Set<number>> {
      const found = new Set<number>();
      for (const part of chunks([...new Set(ids)], 500)) {
        const { rows } = await shapes.execute(ex, `existingIds|${table}|${part.length}`, part, () =>
          ex.selectFrom(table).select("id").where("id", "in", part).compile(),
        );
        for (const r of rows) found.add(r.id);
      }
      return found;
    },

    /** Creates or updates an author by slug; returns its id. */
    async upsertAuthor(
      ex: Executor,
      author: {
        slug: string;
        name: string;
        nameRu?: string | null;
        bio?: string;
        bioRu?: string | null;
        sourceKey?: string | null;
      },
      now: string,
    ): Promise<number> {
      const values = {
        slug: author.slug,
        name: author.name,
        name_ru: author.nameRu ?? null,
        bio: author.bio ?? "",
        bio_ru: author.bioRu ?? null,
        source_key: author.sourceKey ?? null,
      };
      const row = await ex
        .insertInto("authors")
        .values({ ...values, created_at: now })
        .onConflict((oc) => oc.column("slug").doUpdateSet(values))
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },

    /** Creates or updates a tag by kind and slug; returns its id. */
    async upsertTag(
      ex: Executor,
      tag: {
        kind: TagKind;
        slug: string;
        name: string;
        nameRu?: string | null;
        code?: string | null;
        parentId?: number | null;
        description?: string | null;
        sourceKey?: string | null;
      },
      now: string,
    ): Promise<number> {
      const values = {
        name: tag.name,
        name_ru: tag.nameRu ?? null,
        code: tag.code ?? null,
        parent_id: tag.parentId ?? null,
        description: tag.description ?? null,
        source_key: tag.sourceKey ?? null,
      };
      const row = await ex
        .insertInto("tags")
        .values({ ...values, kind: tag.kind, slug: tag.slug, created_at: now })
        .onConflict((oc) => oc.columns(["kind", "slug"]).doUpdateSet(values))
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },

    /** Creates or updates a media record by path; returns its id. */
    async upsertMedia(ex: Executor, media: NewMedia, now: string): Promise<number> {
      return (await upsertMediaMany(ex, shapes, [media], now))[0] as number;
    },

    /**
     * {@link upsertMedia} for many records, in multi-row statements; returns the ids in the order
     * of `rows`. A path given twice is written twice, in order (the later one wins), as one call
     * per record would.
     */
    upsertMediaMany: (ex: Executor, rows: readonly NewMedia[], now: string): Promise<number[]> =>
      upsertMediaMany(ex, shapes, rows, now),
    /** Media records by path, for the paths that exist (one query per few hundred paths). */
    async getMediaByPaths(mediaPaths: readonly string[]): Promise<Map<string, MediaRef>> {
      const found = new Map<string, MediaRef>();
      for (const part of chunks([...new Set(mediaPaths)], 400)) {
        const rows = await db.selectFrom("media").selectAll().where("path", "in", part).execute();
        for (const row of rows) found.set(row.path, toMediaRef(row));
      }
      return found;
    },

    /** Published articles with their bodies, newest first: what a full-content feed needs. */
    async listPublishedWithBody(
      filter: ArticleListFilter,
      limit: number,
      now: string,
    ): Promise<(ArticleSummary & { bodyHtml: string })[]> {
      const rows = await filtered(visible(db.selectFrom("articles"), now), filter)
        .select([...SUMMARY_COLUMNS, "articles.body_html"])
        .orderBy("articles.published_at", "desc")
        .orderBy("articles.id", "desc")
        .limit(limit)
        .execute();
      const summaries = await hydrate(rows);
      return summaries.map((s, i) => ({ ...s, bodyHtml: rows[i]?.body_html ?? "" }));
    },

    /**
     * One page of public article URLs for sitemaps, oldest first so that new articles land on the
     * last page and earlier pages stay stable. Bodies come along for their figures.
     */
    async listSitemapArticles(
      language: Language,
      page: { limit: number; offset: number },
      now: string,
    ): Promise<
      {
        id: number;
        language: Language;
        slug: string;
        publishedAt: string;
        updatedAt: string;
        heroPath: string | null;
        bodyHtml: string;
      }[]
    > {
      const rows = await visible(db.selectFrom("articles"), now)
        .leftJoin("media", "media.id", "articles.hero_media_id")
        .where("articles.language", "=", language)
        .select([
          "articles.id",
          "articles.language",
          "articles.slug",
          "articles.published_at",
          "articles.updated_at",
          "articles.body_html",
          "media.path as hero_path",
        ])
        .orderBy("articles.id", "asc")
        .limit(page.limit)
        .offset(page.offset)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        language: r.language,
        slug: r.slug,
        publishedAt: r.published_at ?? r.updated_at,
        updatedAt: r.updated_at,
        heroPath: r.hero_path,
        bodyHtml: r.body_html,
      }));
    },

    /** The newest update among one page of `listSitemapArticles`, for the sitemap index. */
    async sitemapPageLastModified(
      language: Language,
      page: { limit: number; offset: number },
      now: string,
    ): Promise<string | null> {
      const pageRows = visible(db.selectFrom("articles"), now)
        .where("articles.language", "=", language)
        .select("articles.updated_at")
        .orderBy("articles.id", "asc")
        .limit(page.limit)
        .offset(page.offset);
      const row = await db
        .selectFrom(pageRows.as("p"))
        .select((eb) => eb.fn.max("p.updated_at").as("last"))
        .executeTakeFirst();
      return row?.last ?? null;
    },

    /**
     * Every tag and author with public articles in a language, with the newest update among those
     * articles: the list pages worth putting in a sitemap, and their lastmod.
     */
    async listActiveListPages(
      language: Language,
      now: string,
    ): Promise<{
      tags: { kind: TagKind; slug: string; lastModified: string }[];
      authors: { slug: string; lastModified: string }[];
    }> {
      const [tags, authors] = await Promise.all([
        visible(db.selectFrom("articles"), now)
          .innerJoin("article_tags", "article_tags.article_id", "articles.id")
          .innerJoin("tags", "tags.id", "article_tags.tag_id")
          .where("articles.language", "=", language)
          .select((eb) => ["tags.kind", "tags.slug", eb.fn.max("articles.updated_at").as("last")])
          .groupBy(["tags.id", "tags.kind", "tags.slug"])
          .orderBy("tags.kind")
          .orderBy("tags.slug")
          .execute(),
        visible(db.selectFrom("articles"), now)
          .innerJoin("article_authors", "article_authors.article_id", "articles.id")
          .innerJoin("authors", "authors.id", "article_authors.author_id")
          .where("articles.language", "=", language)
          .select((eb) => ["authors.slug", eb.fn.max("articles.updated_at").as("last")])
          .groupBy(["authors.id", "authors.slug"])
          .orderBy("authors.slug")
          .execute(),
      ]);
      return {
        tags: tags.map((t) => ({ kind: t.kind, slug: t.slug, lastModified: t.last })),
        authors: authors.map((a) => ({ slug: a.slug, lastModified: a.last })),
      };
    },

    async getMediaByPath(mediaPath: string): Promise<MediaRef | null> {
      const row = await db.selectFrom("media").selectAll().where("path", "=", mediaPath).executeTakeFirst();
      return row === undefined ? null : toMediaRef(row);
    },

    /** Runs `work` in one transaction. */
    transaction<T>(work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
      return db.transaction().execute(work);
    },

    /**
     * Opens a transaction the caller commits or rolls back itself, for work that arrives over time
     * (an import writes a batch a group of posts at a time). Nothing else may use this store's
     * database handle until it ends: on SQLite the transaction holds the one connection.
     *
     * @example
     * const trx = await store.startTransaction();
     * try { await write(trx); await trx.commit().execute(); } catch (e) { await trx.rollback().execute(); throw e; }
     */
    startTransaction(): Promise<ControlledTransaction<Database>> {
      return db.startTransaction().execute();
    },
  };
}

export type ArticleStore = ReturnType<typeof createArticleStore>;
