import { randomUUID } from "node:crypto";
import type { Transaction } from "kysely";
import { z } from "zod";
import { AppError } from "../core/errors.js";
import { slugify, uniqueSlug } from "../core/slug.js";
import { bumpContentVersion } from "../db/content-version.js";
import type { ArticleTextRow, Database, NewArticleRow } from "../db/schema.js";
import { deriveBody, type ProcessedBody, processBody, type SanitizedBody } from "./body.js";
import type { ArticleStore } from "./store.js";
import type { ArticleRecord } from "./types.js";

/**
 * Something that must change in the same transaction as an article (the search index).
 * Registered at start-up by the composition root.
 */
export interface ArticleWriteHook {
  afterWrite(trx: Transaction<Database>, articleId: number): Promise<void>;
  /**
   * The same for many articles written together (a batch of an import). Optional: without it
   * the service calls `afterWrite` once per article.
   */
  afterWriteMany?(
    trx: Transaction<Database>,
    articleIds: readonly number[],
    /**
     * The articles' text as just written, one row per id in the same order, so that the hook
     * need not read back what the service had a moment ago (an import writes ~10 KB a post).
     */
    written?: readonly ArticleTextRow[],
  ): Promise<void>;
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
  /** For an update: the body sanitized ahead (see {@link ArticleBatchEntry.body}). */
  body?: SanitizedBody | null;
}

/** One article of {@link ArticleService.createManyWithin}. */
export interface ArticleBatchEntry {
  /** What {@link ArticleService.createWithin} takes; validated the same way. */
  input: unknown;
  /**
   * The body already run through `sanitizeBodyAhead` (an importer sanitizes in a worker thread;
   * its text, excerpt and reading time are derived here). Used only when it was made from this
   * input's body and excerpt; otherwise the body is processed here.
   */
  body?: SanitizedBody | null;
  /**
   * For an input without a slug: this slug when no other article in the language has it (nor an
   * earlier entry of the batch), else a slug made from the title as usual.
   */
  preferredSlug?: string;
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

  type ArticleData = z.output<typeof articleInputSchema>;
  type Known = Record<"authors" | "tags" | "media", Set<number>>;

  /** Which of the ids the given articles refer to exist: one query per table for a whole batch. */
  async function knownReferences(trx: Transaction<Database>, all: readonly ArticleData[]): Promise<Known> {
    const fetch = (table: keyof Known, ids: number[]): Promise<Set<number>> =>
      store.existingIds(trx, table, ids);
    return {
      authors: await fetch(
        "authors",
        all.flatMap((d) => d.authorIds),
      ),
      tags: await fetch(
        "tags",
        all.flatMap((d) => d.tagIds),
      ),
      media: await fetch(
        "media",
        all.flatMap((d) => (d.heroMediaId === undefined || d.heroMediaId === null ? [] : [d.heroMediaId])),
      ),
    };
  }

  function checkReferences(data: ArticleData, known: Known): void {
    const check = (table: keyof Known, ids: number[], field: string): void => {
      const missing = ids.filter((i) => !known[table].has(i));
      if (missing.length > 0)
        throw new AppError("ARTICLE_INVALID", `Invalid article: ${field}: no such id ${missing.join(", ")}`);
    };
    check("authors", data.authorIds, "authorIds");
    check("tags", data.tagIds, "tagIds");
    if (data.heroMediaId !== undefined && data.heroMediaId !== null)
      check("media", [data.heroMediaId], "heroMediaId");
  }

  /**
   * The processed body for a write: the one sanitized ahead, with its text derived here, if it
   * was made from this very input; else the input processed.
   */
  function bodyOf(data: ArticleData, sanitized: SanitizedBody | null | undefined): ProcessedBody {
    const options = data.excerpt === undefined ? {} : { excerpt: data.excerpt };
    if (sanitized && sanitized.source === data.body && sanitized.excerptSource === (data.excerpt ?? null)) {
      return deriveBody(sanitized.html, options);
    }
    return processBody(data.body, options);
  }

  /** The columns a create and an update both write from the input and its processed body. */
  function contentColumns(data: ArticleData, body: ProcessedBody) {
    return {
      title: data.title,
      dek: data.dek,
      body_html: body.html,
      body_text: body.text,
      excerpt: body.excerpt,
      reading_minutes: body.readingMinutes,
      status: data.status,
      hero_media_id: data.heroMediaId ?? null,
      seo_title: data.seoTitle ?? null,
      seo_description: data.seoDescription ?? null,
    };
  }

  function slugTakenError(slug: string, language: ArticleData["language"]): AppError {
    return new AppError(
      "ARTICLE_SLUG_TAKEN",
      `The slug "${slug}" is already used by another ${language} article.`,
    );
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

    /**
     * Creates several articles inside the caller's transaction with the guarantees of
     * {@link createWithin} for each (validation, sanitized body, references, unique slug, a
     * revision, the write hooks), in a few multi-row statements instead of a dozen per article.
     * Ids come back in the order of `entries`; the first invalid entry throws what `createWithin`
     * would have thrown for it, and the caller's transaction then changes nothing.
     *
     * @example
     * const ids = await store.transaction((trx) =>
     *   service.createManyWithin(trx, posts.map((p) => ({ input: p, preferredSlug: p.oldSlug }))),
     * );
     */
    async createManyWithin(
      trx: Transaction<Database>,
      entries: readonly ArticleBatchEntry[],
      batch: BatchWriteOptions = {},
    ): Promise<number[]> {
      return createMany(trx, entries, clock().toISOString(), batch);
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

  function createIn(
    trx: Transaction<Database>,
    data: ArticleData,
    nowIso: string,
    batch: BatchWriteOptions = {},
  ): Promise<number> {
    return createMany(trx, [{ input: data }], nowIso, batch, [data]).then((ids) => ids[0] as number);
  }

  /**
   * The one implementation of article creation. Entries are checked in order, as if written one
   * after another: a slug taken by an earlier entry counts as taken, and the first failing entry's
   * error is the one thrown. `parsed` skips validation for input that already went through it.
   */
  async function createMany(
    trx: Transaction<Database>,
    entries: readonly ArticleBatchEntry[],
    nowIso: string,
    batch: BatchWriteOptions,
    parsed?: readonly ArticleData[],
  ): Promise<number[]> {
    if (entries.length === 0) return [];
    const results = parsed
      ? parsed.map((data) => ({ success: true as const, data }))
      : entries.map((e) => articleInputSchema.safeParse(e.input));
    const valid = results.flatMap((r) => (r.success ? [r.data] : []));
    const known = await knownReferences(trx, valid);
    const takenInDb = await prefetchTakenSlugs(trx, entries, results);
    /** Slugs given to earlier entries of this batch, by language. */
    const claimed = { en: new Set<string>(), ru: new Set<string>() };
    const isTaken = async (language: ArticleData["language"], slug: string): Promise<boolean> => {
      if (claimed[language].has(slug)) return true;
      const cached = takenInDb[language].get(slug);
      if (cached !== undefined) return cached;
      const taken = await store.slugTaken(language, slug, null, trx);
      takenInDb[language].set(slug, taken);
      return taken;
    };

    const rows: NewArticleRow[] = [];
    const writes: { data: ArticleData; body: ProcessedBody; note: string }[] = [];
    for (const [index, entry] of entries.entries()) {
      const result = results[index];
      if (result === undefined) continue;
      if (!result.success)
        throw new AppError("ARTICLE_INVALID", `Invalid article: ${describeIssues(result.error)}`);
      const data = result.data;
      const body = bodyOf(data, entry.body);
      const publishedAt = resolvePublishedAt(data, nowIso, null);
      checkReferences(data, known);
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
        if (await isTaken(data.language, data.slug)) {
          throw slugTakenError(data.slug, data.language);
        }
        slug = data.slug;
      } else if (
        entry.preferredSlug !== undefined &&
        !(await isTaken(data.language, entry.preferredSlug)) &&
        checkedSlug(entry.preferredSlug)
      ) {
        slug = entry.preferredSlug;
      } else {
        const taken = new Set<string>();
        const base = slugify(data.title);
        // Look up the base and its numbered variants until one is free.
        let candidate = uniqueSlug(base, (s) => taken.has(s));
        while (await isTaken(data.language, candidate)) {
          taken.add(candidate);
          candidate = uniqueSlug(base, (s) => taken.has(s));
        }
        slug = candidate;
      }
      claimed[data.language].add(slug);
      rows.push({
        translation_group: translationGroup,
        language: data.language,
        slug,
        ...contentColumns(data, body),
        published_at: publishedAt,
        created_at: nowIso,
        // Backdated content (an import, the demo) was last changed when it was published; a
        // future (scheduled) time never becomes "last updated".
        updated_at: publishedAt !== null && publishedAt < nowIso ? publishedAt : nowIso,
        source_key: data.sourceKey ?? null,
      });
      writes.push({ data, body, note: data.revisionNote ?? "created" });
    }

    const ids = await store.insertArticles(trx, rows);
    await store.insertArticleLinks(
      trx,
      writes.map((w, i) => ({
        articleId: ids[i] as number,
        authorIds: w.data.authorIds,
        tagIds: w.data.tagIds,
      })),
    );
    await store.insertRevisions(
      trx,
      writes.map((w, i) => ({
        articleId: ids[i] as number,
        title: w.data.title,
        dek: w.data.dek,
        bodyHtml: w.body.html,
        status: w.data.status,
        note: w.note,
        at: nowIso,
      })),
    );
    const written = rows.map(
      (row, i): ArticleTextRow => ({
        id: ids[i] as number,
        language: row.language,
        title: row.title,
        dek: row.dek,
        body_text: row.body_text,
        status: row.status,
        published_at: row.published_at ?? null,
      }),
    );
    for (const hook of hooks) {
      if (hook.afterWriteMany !== undefined) await hook.afterWriteMany(trx, ids, written);
      else for (const id of ids) await hook.afterWrite(trx, id);
    }
    if (batch.deferContentVersion !== true) await bumpContentVersion(trx);
    return ids;
  }

  /** A preferred slug must pass the same rule as a given one. */
  function checkedSlug(slug: string): boolean {
    const result = articleInputSchema.shape.slug.safeParse(slug);
    if (!result.success)
      throw new AppError("ARTICLE_INVALID", `Invalid article: slug: ${describeIssues(result.error)}`);
    return true;
  }

  /**
   * Looks up, in one query per language, whether the slugs a batch will try first (given,
   * preferred, else made from the title) are taken; the rest are looked up when needed.
   */
  async function prefetchTakenSlugs(
    trx: Transaction<Database>,
    entries: readonly ArticleBatchEntry[],
    results: readonly ({ success: true; data: ArticleData } | { success: false })[],
  ): Promise<Record<ArticleData["language"], Map<string, boolean>>> {
    const wanted = { en: new Set<string>(), ru: new Set<string>() };
    for (const [index, result] of results.entries()) {
      if (!result.success) continue;
      const { language, slug, title } = result.data;
      if (slug !== undefined) wanted[language].add(slug);
      else {
        const preferred = entries[index]?.preferredSlug;
        // With a preferred slug (an import's old one) the title's is needed only when that one is
        // taken, and is then looked up on its own: making it for every entry cost more.
        if (preferred !== undefined) wanted[language].add(preferred);
        else wanted[language].add(uniqueSlug(slugify(title), () => false));
      }
    }
    const out = { en: new Map<string, boolean>(), ru: new Map<string, boolean>() };
    for (const language of ["en", "ru"] as const) {
      const slugs = [...wanted[language]];
      if (slugs.length === 0) continue;
      const taken = await store.takenSlugs(trx, language, slugs);
      for (const slug of slugs) out[language].set(slug, taken.has(slug));
    }
    return out;
  }

  async function updateIn(
    trx: Transaction<Database>,
    articleId: number,
    expectedVersion: number,
    data: z.output<typeof articleInputSchema>,
    nowIso: string,
    batch: BatchWriteOptions = {},
  ): Promise<void> {
    const body = bodyOf(data, batch.body);
    const current = await store.getRecord(articleId, trx);
    if (current === null) throw new AppError("ARTICLE_NOT_FOUND", `No article with id ${articleId}.`);
    if (current.language !== data.language) {
      throw new AppError(
        "ARTICLE_INVALID",
        "Invalid article: language: the language of an article cannot change",
      );
    }
    checkReferences(data, await knownReferences(trx, [data]));
    const slug = data.slug ?? current.slug;
    if (slug !== current.slug && (await store.slugTaken(data.language, slug, articleId, trx))) {
      throw slugTakenError(slug, data.language);
    }
    const updated = await store.updateArticle(trx, articleId, expectedVersion, {
      slug,
      ...contentColumns(data, body),
      published_at: resolvePublishedAt(data, nowIso, current.publishedAt),
      updated_at: nowIso,
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
