import { randomUUID } from "node:crypto";
import type { Transaction } from "kysely";
import { z } from "zod";
import { AppError } from "../core/errors.js";
import { slugify, uniqueSlug } from "../core/slug.js";
import { bumpContentVersion } from "../db/content-version.js";
import type { Database } from "../db/schema.js";
import { processBody } from "./body.js";
import type { ArticleStore } from "./store.js";
import type { ArticleRecord } from "./types.js";

/**
 * Something that must change in the same transaction as an article (the search index).
 * Registered at start-up by the composition root.
 */
export interface ArticleWriteHook {
  afterWrite(trx: Transaction<Database>, articleId: number): Promise<void>;
}

const isoInstant = z.iso.datetime({
  offset: true,
  message: "must be an ISO 8601 instant with a time zone, e.g. 2026-02-14T09:30:00Z",
});
const id = z.number().int().positive();

/** What an editor, an importer or the demo loader sends to create an article. */
export const articleInputSchema = z.object({
  language: z.enum(["en", "ru"]),
  title: z.string().trim().min(1, "must not be empty").max(300),
  dek: z.string().trim().max(600).default(""),
  body: z.string().max(2_000_000, "must be under 2 MB"),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "may contain only a-z, 0-9 and single hyphens")
    .max(120)
    .optional(),
  status: z.enum(["draft", "scheduled", "published"]).default("draft"),
  publishedAt: isoInstant.optional(),
  authorIds: z.array(id).max(20).default([]),
  tagIds: z.array(id).max(100).default([]),
  heroMediaId: id.nullable().optional(),
  /** Id of an article this one translates; they end up in one translation group. */
  translationOf: id.optional(),
  excerpt: z.string().max(2000).optional(),
  seoTitle: z.string().trim().max(300).nullable().optional(),
  seoDescription: z.string().trim().max(1000).nullable().optional(),
  sourceKey: z.string().min(1).max(500).optional(),
  revisionNote: z.string().max(500).optional(),
});

export type ArticleInput = z.input<typeof articleInputSchema>;

/** Formats zod issues as "title: must not be empty; slug: ..." for one clear message. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; ");
}

/** Options of the batch path ({@link ArticleService.createWithin} / `updateWithin`). */
export interface BatchWriteOptions {
  /**
   * Skip this write's content-version bump because the caller bumps once for its whole
   * transaction (`bumpContentVersion`); readers only see the version after commit, so one bump
   * per batch invalidates exactly as much as one per article.
   */
  deferContentVersion?: boolean;
}

export interface ArticleServiceOptions {
  store: ArticleStore;
  hooks?: ArticleWriteHook[];
  /** Clock, injectable for tests. */
  now?: () => Date;
}

/**
 * Creating and changing articles. Every write validates its input, then changes the article
 * row, its authors and tags, a revision, the search index (hooks) and the content version in
 * one transaction: a failed write changes nothing.
 *
 * @example
 * const service = createArticleService({ store });
 * const article = await service.create({ language: "en", title: "Rail link opens", body: "<p>...</p>", status: "published" });
 */
export function createArticleService(options: ArticleServiceOptions) {
  const { store } = options;
  const hooks = options.hooks ?? [];
  const clock = options.now ?? (() => new Date());

  function parse(input: unknown): z.output<typeof articleInputSchema> {
    const result = articleInputSchema.safeParse(input);
    if (!result.success)
      throw new AppError("ARTICLE_INVALID", `Invalid article: ${describeIssues(result.error)}`);
    return result.data;
  }

  async function checkReferences(
    trx: Transaction<Database>,
    data: z.output<typeof articleInputSchema>,
  ): Promise<void> {
    const check = async (
      table: "authors" | "tags" | "media",
      ids: number[],
      field: string,
    ): Promise<void> => {
      const found = await store.existingIds(trx, table, ids);
      const missing = ids.filter((i) => !found.has(i));
      if (missing.length > 0)
        throw new AppError("ARTICLE_INVALID", `Invalid article: ${field}: no such id ${missing.join(", ")}`);
    };
    await check("authors", data.authorIds, "authorIds");
    await check("tags", data.tagIds, "tagIds");
    if (data.heroMediaId !== undefined && data.heroMediaId !== null)
      await check("media", [data.heroMediaId], "heroMediaId");
  }

  function resolvePublishedAt(
    data: z.output<typeof articleInputSchema>,
    nowIso: string,
    previous: string | null,
  ): string | null {
    if (data.publishedAt !== undefined) return new Date(data.publishedAt).toISOString();
    if (data.status === "published") return previous ?? nowIso;
    if (data.status === "scheduled") {
      throw new AppError(
        "ARTICLE_INVALID",
        "Invalid article: publishedAt: a scheduled article needs a publication time",
      );
    }
    return previous;
  }

  async function afterWrite(
    trx: Transaction<Database>,
    articleId: number,
    batch: BatchWriteOptions = {},
  ): Promise<void> {
    for (const hook of hooks) await hook.afterWrite(trx, articleId);
    if (batch.deferContentVersion !== true) await bumpContentVersion(trx);
  }

  return {
    /** Creates an article (and its first revision). */
    async create(input: unknown): Promise<ArticleRecord> {
      const data = parse(input);
      const nowIso = clock().toISOString();
      const articleId = await store.transaction((trx) => createIn(trx, data, nowIso));
      return (await store.getRecord(articleId)) as ArticleRecord;
    },

    /**
     * Replaces an article's content. `expectedVersion` guards against overwriting a newer save:
     * a stale version gives CONFLICT and changes nothing.
     */
    async update(articleId: number, expectedVersion: number, input: unknown): Promise<ArticleRecord> {
      const data = parse(input);
      const nowIso = clock().toISOString();
      await store.transaction((trx) => updateIn(trx, articleId, expectedVersion, data, nowIso));
      return (await store.getRecord(articleId)) as ArticleRecord;
    },

    /**
     * Publishes every scheduled article whose time has come: each in its own transaction with a
     * revision, the write hooks (search index) and a content-version bump. Safe to run on several
     * instances at once: an article already published by another instance is skipped.
     */
    async publishDue(): Promise<{ published: number[] }> {
      const nowIso = clock().toISOString();
      const published: number[] = [];
      for (const id of await store.listDueScheduledIds(nowIso)) {
        const done = await store.transaction(async (trx) => {
          if (!(await store.publishIfScheduled(trx, id, nowIso))) return false;
          const record = await store.getRecord(id, trx);
          if (record !== null) {
            await store.insertRevision(trx, {
              articleId: id,
              title: record.title,
              dek: record.dek,
              bodyHtml: record.bodyHtml,
              status: "published",
              note: "published on schedule",
              at: nowIso,
            });
          }
          await afterWrite(trx, id);
          return true;
        });
        if (done) published.push(id);
      }
      return { published };
    },

    /**
     * {@link create} inside a transaction the caller opened, so an importer can write a batch of
     * articles in one transaction (all or nothing). Same validation, sanitizing, revision, hooks
     * and content version; returns the new id.
     *
     * @example
     * await store.transaction(async (trx) => { for (const input of batch) await service.createWithin(trx, input); });
     */
    async createWithin(
      trx: Transaction<Database>,
      input: unknown,
      batch: BatchWriteOptions = {},
    ): Promise<number> {
      return createIn(trx, parse(input), clock().toISOString(), batch);
    },

    /** {@link update} inside a transaction the caller opened (see {@link createWithin}). */
    async updateWithin(
      trx: Transaction<Database>,
      articleId: number,
      expectedVersion: number,
      input: unknown,
      batch: BatchWriteOptions = {},
    ): Promise<void> {
      await updateIn(trx, articleId, expectedVersion, parse(input), clock().toISOString(), batch);
    },

    /**
     * Bumps the content version once inside the caller's transaction: the end of a batch written
     * with `deferContentVersion`.
     */
    async bumpContentVersion(trx: Transaction<Database>): Promise<void> {
      await bumpContentVersion(trx);
    },
  };

  async function createIn(
    trx: Transaction<Database>,
    data: z.output<typeof articleInputSchema>,
    nowIso: string,
    batch: BatchWriteOptions = {},
  ): Promise<number> {
    const body = processBody(data.body, data.excerpt === undefined ? {} : { excerpt: data.excerpt });
    const publishedAt = resolvePublishedAt(data, nowIso, null);
    await checkReferences(trx, data);
    let translationGroup: string = randomUUID();
    if (data.translationOf !== undefined) {
      const original = await store.getRecord(data.translationOf, trx);
      if (original === null) {
        throw new AppError(
          "ARTICLE_INVALID",
          `Invalid article: translationOf: no article with id ${data.translationOf}`,
        );
      }
      if (original.language === data.language) {
        throw new AppError(
          "ARTICLE_INVALID",
          "Invalid article: translationOf: a translation must be in another language",
        );
      }
      translationGroup = original.translationGroup;
    }
    let slug: string;
    if (data.slug !== undefined) {
      if (await store.slugTaken(data.language, data.slug, null, trx)) {
        throw new AppError(
          "ARTICLE_SLUG_TAKEN",
          `The slug "${data.slug}" is already used by another ${data.language} article.`,
        );
      }
      slug = data.slug;
    } else {
      const taken = new Set<string>();
      const base = slugify(data.title);
      // Look up the base and its numbered variants in one pass of queries until one is free.
      let candidate = uniqueSlug(base, (s) => taken.has(s));
      while (await store.slugTaken(data.language, candidate, null, trx)) {
        taken.add(candidate);
        candidate = uniqueSlug(base, (s) => taken.has(s));
      }
      slug = candidate;
    }
    const newId = await store.insertArticle(trx, {
      translation_group: translationGroup,
      language: data.language,
      slug,
      title: data.title,
      dek: data.dek,
      body_html: body.html,
      body_text: body.text,
      excerpt: body.excerpt,
      reading_minutes: body.readingMinutes,
      status: data.status,
      published_at: publishedAt,
      created_at: nowIso,
      // Backdated content (an import, the demo) was last changed when it was published; a
      // future (scheduled) time never becomes "last updated".
      updated_at: publishedAt !== null && publishedAt < nowIso ? publishedAt : nowIso,
      hero_media_id: data.heroMediaId ?? null,
      seo_title: data.seoTitle ?? null,
      seo_description: data.seoDescription ?? null,
      source_key: data.sourceKey ?? null,
    });
    await store.replaceAuthors(trx, newId, data.authorIds);
    await store.replaceTags(trx, newId, data.tagIds);
    await store.insertRevision(trx, {
      articleId: newId,
      title: data.title,
      dek: data.dek,
      bodyHtml: body.html,
      status: data.status,
      note: data.revisionNote ?? "created",
      at: nowIso,
    });
    await afterWrite(trx, newId, batch);
    return newId;
  }

  async function updateIn(
    trx: Transaction<Database>,
    articleId: number,
    expectedVersion: number,
    data: z.output<typeof articleInputSchema>,
    nowIso: string,
    batch: BatchWriteOptions = {},
  ): Promise<void> {
    const body = processBody(data.body, data.excerpt === undefined ? {} : { excerpt: data.excerpt });
    const current = await store.getRecord(articleId, trx);
    if (current === null) throw new AppError("ARTICLE_NOT_FOUND", `No article with id ${articleId}.`);
    if (current.language !== data.language) {
      throw new AppError(
        "ARTICLE_INVALID",
        "Invalid article: language: the language of an article cannot change",
      );
    }
    await checkReferences(trx, data);
    const slug = data.slug ?? current.slug;
    if (slug !== current.slug && (await store.slugTaken(data.language, slug, articleId, trx))) {
      throw new AppError(
        "ARTICLE_SLUG_TAKEN",
        `The slug "${slug}" is already used by another ${data.language} article.`,
      );
    }
    const updated = await store.updateArticle(trx, articleId, expectedVersion, {
      slug,
      title: data.title,
      dek: data.dek,
      body_html: body.html,
      body_text: body.text,
      excerpt: body.excerpt,
      reading_minutes: body.readingMinutes,
      status: data.status,
      published_at: resolvePublishedAt(data, nowIso, current.publishedAt),
      updated_at: nowIso,
      hero_media_id: data.heroMediaId ?? null,
      seo_title: data.seoTitle ?? null,
      seo_description: data.seoDescription ?? null,
      ...(data.sourceKey === undefined ? {} : { source_key: data.sourceKey }),
    });
    if (!updated) {
      throw new AppError(
        "CONFLICT",
        `Article ${articleId} was changed by someone else (version ${current.version}, you had ${expectedVersion}). Reload it and apply your change again.`,
      );
    }
    await store.replaceAuthors(trx, articleId, data.authorIds);
    await store.replaceTags(trx, articleId, data.tagIds);
    await store.insertRevision(trx, {
      articleId,
      title: data.title,
      dek: data.dek,
      bodyHtml: body.html,
      status: data.status,
      note: data.revisionNote ?? null,
      at: nowIso,
    });
    await afterWrite(trx, articleId, batch);
  }
}

export type ArticleService = ReturnType<typeof createArticleService>;
