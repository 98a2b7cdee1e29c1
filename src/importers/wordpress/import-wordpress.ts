/**
 * The writing half of the WordPress importer: records from `readWxr` / `readRestDump` become
 * authors, sections, topics, media, articles and redirects, written through the articles feature
 * in batch transactions.
 *
 * - WXR files are read twice: a first pass collects only the attachments (WordPress exports an
 *   attachment after the post it was uploaded to, and galleries, captions and featured images
 *   need it), the second writes. Both passes stream, so memory holds one batch plus a small
 *   index entry per attachment, whatever the size of the file.
 * - Reading and converting (wxr-producer.ts: XML, shortcodes, sanitizing, derived text) is
 *   separate from writing (here). With the `worker` option it runs in a worker thread, a few
 *   groups of posts ahead of the batch being written, so both cores work. The writer sees the same
 *   records in the same order either way.
 * - Each batch of posts is one transaction; a failure (malformed XML at line L, column C; a
 *   database error) discards that batch, keeps the batches before it and ends the run with a
 *   report that says how far it got.
 * - Idempotent: an article is keyed by `wp:<site url>:<post id>`; the import bookkeeping keeps a
 *   hash of what it was imported from, so a re-import skips unchanged posts, updates changed
 *   ones and never overwrites an article an editor has changed in Steppe since.
 * - Pages become articles in a "Pages" section (WordPress pages are evergreen; Steppe has no
 *   page type of its own, and this keeps their URLs alive through redirects).
 */

import { hash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { ControlledTransaction, Kysely } from "kysely";
import {
  type ArticleBatchEntry,
  type ArticleInput,
  type ArticleService,
  type ArticleStore,
  articleInputSchema,
  articlePath,
  describeIssues,
  mediaUrl,
  type NewMedia,
} from "../../articles/index.js";
import { isAppError, reviveError } from "../../core/errors.js";
import { slugify } from "../../core/slug.js";
import type { Database } from "../../db/schema.js";
import { createGazetteer, defaultGazetteerEntries, type Gazetteer } from "../../search/index.js";
import {
  addSkipped,
  addTally,
  addWarning,
  countsOf,
  emptyReport,
  type ImportReport,
  type KindCounts,
  type SkippedRecord,
  settleStatus,
} from "../import-report.js";
import { asUpdateOf, createImportStore, type RedirectRow } from "../import-store.js";
import { redirectKey } from "../redirects.js";
import type { AttachmentEntry } from "./attachment-index.js";
import type { PreparedPost } from "./prepare-post.js";
import { roughText } from "./prepare-post.js";
import { readRestDump } from "./rest-reader.js";
import type { WpAuthor, WpRecord, WpSite, WpTerm } from "./types.js";
import {
  createRecordPreparer,
  createWxrProducer,
  type MediaUrls,
  type ProducedRecord,
  type RecordPreparer,
  type ScanResult,
  type WxrProducer,
} from "./wxr-producer.js";
import { startWorkerProducer } from "./wxr-worker-client.js";

/**
 * Bump when the conversion changes, so a re-import refreshes articles converted the old way.
 * 2 (2026-12-02): the sanitizer keeps an image inside a paragraph that has no text, e.g. a
 * linked image (`<p><a href=…><img …></a></p>`), which the previous one dropped with it.
 */
const CONVERSION_VERSION = 2;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PAGES_SECTION = { slug: "pages", name: "Pages", nameRu: "Страницы" };
const CONTENT_KINDS = ["posts", "pages"] as const;
const MIME_BY_EXT: Record<string, string> = {
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".svg": "image/svg+xml",
  ".mp3": "audio/mpeg",
  ".mp4": "video/mp4",
  ".pdf": "application/pdf",
};

/**
 * With `worker: "auto"`, files at least this large are read in a worker thread: below it, starting
 * the thread (and loading the converter a second time) costs more than the second core gives back.
 */
const WORKER_MIN_BYTES = 4 * 1024 * 1024;
/** Progress of a running import, for a progress bar. */
export interface ImportProgress {
  /** `scan` is the first WXR pass (attachments), `import` the writing pass. */
  phase: "scan" | "import";
  items: number;
  totalItems: number | null;
  bytes: number | null;
  totalBytes: number | null;
}

/** What the WordPress importers need: the articles feature, the database and where media go. */
export interface WordPressImportOptions {
  db: Kysely<Database>;
  articles: ArticleService;
  articleStore: ArticleStore;
  /** Site zone: article URLs (`/2024/05/slug`) are cut in it. */
  timeZone: string;
  mediaDir: string;
  /** A copy of the old site's `wp-content/uploads`; files are copied from it, never downloaded. */
  uploadsDir?: string;
  /** Read, convert and check everything; write nothing. */
  dryRun?: boolean;
  /** Posts per transaction (default 500). */
  batchSize?: number;
  now?: () => Date;
  onProgress?: (progress: ImportProgress) => void;
  /** Finds the countries a text is about (country tags); default: the search feature's gazetteer. */
  gazetteer?: Pick<Gazetteer, "entries" | "detectCountries">;
  /**
   * Read and convert WXR files in a worker thread, beside the thread that writes: `true`, `false`,
   * or `"auto"` (the default: for files of WORKER_MIN_BYTES and more). With two cores a large
   * import runs about 1.4x faster (20,000 posts: 870 -> 1,250 posts/s); the second V8 heap adds
   * about 50 MB to the peak RSS. Never with a `gazetteer` of your own (the worker loads the
   * default one itself). A worker that cannot start is reported as a warning and the import
   * reads in this thread instead.
   */
  worker?: boolean | "auto";
  /** Heap limit of that worker thread in MB (default 256; `steppe import` passes IMPORT_HEAP_MB). */
  workerHeapMb?: number;
}

/**
 * What featured images need of an attachment, as one number kept per attachment for the whole
 * import: its media id when its file is in the media folder, else one of these.
 */
const NO_LOCAL_FILE = 0;
const LOCAL_FILE_NO_ROW_YET = -1;

/** A prepared post (in its batch) with the source key it is written under. */
type Prepared = PreparedPost & { sourceKey: string; language: "en" | "ru" };

/** Posts and pages as they come from the producer: converted, skipped, or failed. */
type BatchItem = Extract<ProducedRecord, { itemId: number }>;

/**
 * Posts written together, inside their batch's transaction (and sent together by the reading
 * thread). Small, because a group is alive from its first post's conversion to its last post's
 * write: at 64, its posts outlived two young-generation collections in both threads and about
 * 30 KB a post went to the old generation. At 16 the reading thread promoted 74 MB instead of
 * 666 MB per 20,000 posts, and the import's peak RSS was about 20 MB lower.
 */
const GROUP_SIZE = 16;
const PLAN_KINDS = new Set(["authors", "sections", "topics", "countries"]);

/** A batch being written: its transaction and what it did so far (merged into the report at commit). */
interface OpenBatch {
  /** The batch's transaction; null on a dry run. */
  control: ControlledTransaction<Database> | null;
  outcome: BatchOutcome;
  /** Authors, sections, topics and countries; `outcome.counts` has the rest. */
  planCounts: Record<string, KindCounts>;
  shortcodes: Record<string, number>;
  unknown: Record<string, number>;
  /** Posts converted and considered for writing, and the last of them. */
  prepared: number;
  last: Prepared | null;
  imported: { sourceKey: string; articleId: number; contentHash: string }[];
  /** Old URLs of written, non-draft articles: their redirects are written at commit. */
  linked: { from: string[]; articleId: number }[];
  /** Rows this batch created (they do not count as existing when a later group looks a slug up). */
  createdAuthors: Set<number>;
  createdTags: Set<number>;
  /** What this batch has planned already (logins, term keys, country codes). */
  plannedLogins: Set<string>;
  plannedTerms: Set<string>;
  plannedCountries: Set<string>;
  /** Authors and terms planned so far (for the fallback slugs of nameless ones). */
  authorsPlanned: number;
  termsPlanned: number;
}

interface BatchOutcome {
  counts: Record<string, KindCounts>;
  skipped: SkippedRecord[];
  warnings: string[];
  authorIds: Map<string, number>;
  tagIds: Map<string, number>;
  countryIds: Map<string, number>;
  written: number;
}

function decodeSlug(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function toSlug(raw: string, fallback: string): string {
  const decoded = decodeSlug(raw).trim().toLowerCase();
  if (SLUG.test(decoded) && decoded.length <= 120) return decoded;
  const made = slugify(decoded);
  return made === "" ? fallback : made;
}

function baseOf(site: WpSite, fallback: string): string {
  return (site.baseSiteUrl ?? site.baseBlogUrl ?? site.link ?? fallback).replace(/\/+$/, "");
}

function attachmentFile(entry: { file: string | null; url: string | null }): string | null {
  // The URL is what content links to, so its path under /uploads/ names the file to copy; the
  // metadata's own file name is the fallback (it can disagree after a rename).
  let file: string | null = null;
  if (entry.url) {
    const pathname = (() => {
      try {
        return new URL(entry.url).pathname;
      } catch {
        return entry.url;
      }
    })();
    const at = pathname.indexOf("/uploads/");
    if (at >= 0) file = pathname.slice(at + "/uploads/".length);
  }
  file ??= entry.file ?? (entry.url?.split(/[?#]/)[0]?.split("/").pop() || null);
  if (!file) return null;
  // Never let a path from the export climb out of the media folder.
  const parts = decodeSlug(file)
    .split(/[/\\]+/)
    .filter((p) => p !== "" && p !== "." && p !== "..");
  return parts.length === 0 ? null : parts.join("/");
}

/** Yoast titles and descriptions hold `%%title%%`-style variables; resolve the common ones. */
function resolveYoast(value: string | null, title: string, siteName: string | null): string | null {
  if (value === null) return null;
  const resolved = value
    .replace(/%%title%%/g, title)
    .replace(/%%sitename%%/g, siteName ?? "")
    .replace(/%%sep%%/g, "–")
    .replace(/%%[a-z_]+%%/g, "")
    .replace(/\s+/g, " ")
    .replace(/^[\s–-]+|[\s–-]+$/g, "")
    .trim();
  return resolved === "" ? null : resolved.slice(0, 300);
}

function hashOf(value: unknown): string {
  // The one-shot form: the same digest without a Hash object per post.
  return hash("sha1", JSON.stringify(value), "hex");
}

/** The importer's state across batches and files. */
function createWriter(options: WordPressImportOptions, report: ImportReport) {
  const { articles, articleStore } = options;
  const importStore = createImportStore(options.db);
  const dryRun = options.dryRun === true;
  const batchSize = Math.max(1, options.batchSize ?? 500);
  const nowIso = (): string => (options.now?.() ?? new Date()).toISOString();

  let siteBase = "wp:unknown";
  let siteUrl: string | null = null;
  let siteName: string | null = null;
  let siteLanguage: "en" | "ru" = "en";
  /** Attachments of the first pass, until their media rows are written. */
  let attachments = new Map<number, AttachmentEntry>();
  /** Attachment id -> media id, NO_LOCAL_FILE or LOCAL_FILE_NO_ROW_YET (absent: not in the export). */
  const media = new Map<number, number>();
  /** Author login -> id, and `section:slug` / `topic:slug` -> tag id, for committed rows. */
  const authorIds = new Map<string, number>();
  const tagIds = new Map<string, number>();
  const pendingAuthors = new Map<string, WpAuthor>();
  const pendingTerms = new Map<string, WpTerm>();
  const gazetteer = options.gazetteer ?? createGazetteer(defaultGazetteerEntries());
  /** Country tags by ISO code; loaded before the first batch. */
  let countryTags: Map<string, number> | null = null;
  /** Posts read for the batch being written, not written yet (at most GROUP_SIZE). */
  let group: BatchItem[] = [];
  /** Posts and pages of the batch so far (what `batchSize` counts). */
  let batchPosts = 0;
  let open: OpenBatch | null = null;

  function termKey(taxonomy: "section" | "topic", wpSlug: string): string {
    return `${taxonomy}:${decodeSlug(wpSlug).toLowerCase()}`;
  }

  function kindOfTaxonomy(taxonomy: string): "section" | "topic" | null {
    return taxonomy === "category" ? "section" : taxonomy === "post_tag" ? "topic" : null;
  }

  return {
    gazetteer,

    /** First pass: remember an attachment (until {@link writeMedia}). */
    indexAttachment(entry: AttachmentEntry): void {
      attachments.set(entry.id, entry);
    },

    setSite(site: WpSite, fallback: string): void {
      siteUrl = baseOf(site, fallback);
      siteBase = `wp:${siteUrl}`;
      siteName = site.title;
      if (site.language) siteLanguage = site.language.toLowerCase().startsWith("ru") ? "ru" : "en";
    },

    /**
     * Copies the files of the indexed attachments from the uploads folder, then returns where
     * they are served, for the content conversion. `writeRows` (call it once, after) writes their
     * media rows; the conversion of the first posts need not wait for that.
     */
    placeMedia(): { urls: MediaUrls; writeRows: () => Promise<void> } {
      const counts = countsOf(report, "media");
      const files = options.uploadsDir === undefined || dryRun ? null : countsOf(report, "files");
      const entries = [...attachments.values()];
      attachments = new Map();
      const urls: MediaUrls = { byId: [], byUrl: [] };
      /** The attachments that get a media row, with their path in the media folder. */
      const placed: { entry: AttachmentEntry; relative: string }[] = [];
      for (const entry of entries) {
        const file = attachmentFile(entry);
        if (file === null || entry.url === null) {
          addSkipped(report, {
            kind: "media",
            id: String(entry.id),
            title: entry.title,
            reason: "attachment without a file URL",
          });
          continue;
        }
        const relative = `wp/${file}`;
        const target = path.join(options.mediaDir, relative);
        if (options.uploadsDir !== undefined && files !== null) {
          const source = path.join(options.uploadsDir, file);
          const sourceInfo = fs.statSync(source, { throwIfNoEntry: false });
          const targetInfo = fs.statSync(target, { throwIfNoEntry: false });
          if (!sourceInfo?.isFile()) {
            addSkipped(report, {
              kind: "files",
              id: file,
              title: entry.title,
              reason: "file not in the --uploads folder (kept as a link to the old URL)",
            });
          } else if (targetInfo?.size === sourceInfo.size) {
            files.unchanged += 1;
          } else {
            fs.mkdirSync(path.dirname(target), { recursive: true });
            fs.copyFileSync(source, target);
            files.created += 1;
          }
        }
        const local = fs.existsSync(target) ? mediaUrl(relative) : null;
        media.set(entry.id, local === null ? NO_LOCAL_FILE : LOCAL_FILE_NO_ROW_YET);
        if (local !== null) {
          urls.byId.push([entry.id, local]);
          urls.byUrl.push([entry.url, local]);
          const dir = entry.url.slice(0, entry.url.lastIndexOf("/") + 1);
          for (const size of entry.sizeFiles) urls.byUrl.push([dir + size, local]);
        }
        placed.push({ entry, relative });
      }
      const rowOf = ({ entry, relative }: (typeof placed)[number]): { id: number; row: NewMedia } => ({
        id: entry.id,
        row: {
          path: relative,
          mime: MIME_BY_EXT[path.extname(relative).toLowerCase()] ?? "application/octet-stream",
          width: entry.width,
          height: entry.height,
          alt: entry.alt ?? "",
          altRu: null,
          caption: entry.caption ? roughText(entry.caption).slice(0, 1000) : "",
          captionRu: null,
          credit: "",
          originalUrl: entry.url,
          sourceKey: `${siteBase}:attachment:${entry.id}`,
        },
      });

      // The rows are made a batch at a time, and each written batch is let go: an export's media
      // rows are never all in memory at once. Reversed once, so that the next batch in document
      // order comes off the end of the array (taking it off the front would move the rest).
      placed.reverse();
      const writeRows = async (): Promise<void> => {
        while (placed.length > 0) {
          const part = placed.splice(-batchSize).reverse().map(rowOf);
          const existing = await articleStore.getMediaByPaths(part.map((p) => p.row.path));
          const changed: typeof part = [];
          for (const planned of part) {
            const { id, row } = planned;
            const old = existing.get(row.path) ?? null;
            const same =
              old !== null &&
              old.alt === row.alt &&
              old.caption === row.caption &&
              old.width === row.width &&
              old.height === row.height;
            if (old !== null && same) {
              counts.unchanged += 1;
              if (media.get(id) !== NO_LOCAL_FILE) media.set(id, old.id);
              continue;
            }
            if (old !== null) counts.updated += 1;
            else counts.created += 1;
            changed.push(planned);
          }
          if (dryRun || changed.length === 0) continue;
          const at = nowIso();
          const ids = await articleStore.transaction((trx) =>
            articleStore.upsertMediaMany(
              trx,
              changed.map((c) => c.row),
              at,
            ),
          );
          for (const [k, { id }] of changed.entries()) {
            const mediaId = ids[k];
            if (mediaId !== undefined && media.get(id) !== NO_LOCAL_FILE) media.set(id, mediaId);
          }
        }
      };
      return { urls, writeRows };
    },

    /** Second pass: takes one record; writes a batch when it is full. */
    async add(record: ProducedRecord): Promise<void> {
      if (record.kind === "site") return;
      if (record.kind === "author") {
        if (!authorIds.has(record.login)) pendingAuthors.set(record.login, record);
        return;
      }
      if (record.kind === "term") {
        const kind = kindOfTaxonomy(record.taxonomy);
        if (kind === null) {
          if (record.taxonomy !== "nav_menu") {
            addSkipped(report, {
              kind: "terms",
              id: `${record.taxonomy}:${record.slug}`,
              title: record.name,
              reason: `custom taxonomy "${record.taxonomy}" is not carried over`,
            });
          }
          return;
        }
        const key = termKey(kind, record.slug);
        if (!tagIds.has(key)) pendingTerms.set(key, record);
        return;
      }
      if (record.kind === "other") {
        addSkipped(report, {
          kind: "other",
          id: String(record.id),
          title: record.title || null,
          reason: `post type "${record.type}" is not article content`,
        });
        return;
      }
      group.push(record);
      batchPosts += 1;
      const full = batchPosts >= batchSize;
      if (full || group.length >= GROUP_SIZE) await writeGroup();
      if (full) await commit();
    },

    /** Drops the batch being written (after a read failure: nothing of it is committed). */
    async discard(): Promise<void> {
      group = [];
      batchPosts = 0;
      const batch = open;
      open = null;
      if (batch?.control && !batch.control.isCommitted && !batch.control.isRolledBack) {
        await batch.control.rollback().execute();
      }
    },

    /** Writes what is left of the batch (and the authors and terms it needs) and commits it. */
    async flush(): Promise<void> {
      if (open === null && group.length === 0 && pendingAuthors.size === 0 && pendingTerms.size === 0) return;
      await writeGroup();
      await commit();
    },
  };

  /**
   * Starts a batch: one transaction, written a group of posts at a time as they arrive (so a
   * batch's posts are not all held in memory), committed when the batch is full or the file ends.
   */
  async function begin(): Promise<OpenBatch> {
    countryTags ??= new Map(
      (await articleStore.listTags("country")).flatMap((t) => (t.code ? [[t.code, t.id] as const] : [])),
    );
    const control = dryRun ? null : await articleStore.startTransaction();
    return {
      control,
      outcome: {
        counts: {},
        skipped: [],
        warnings: [],
        authorIds: new Map(),
        tagIds: new Map(),
        countryIds: new Map(),
        written: 0,
      },
      planCounts: {},
      shortcodes: {},
      unknown: {},
      prepared: 0,
      last: null,
      imported: [],
      linked: [],
      createdAuthors: new Set(),
      createdTags: new Set(),
      plannedLogins: new Set(),
      plannedTerms: new Set(),
      plannedCountries: new Set(),
      authorsPlanned: 0,
      termsPlanned: 0,
    };
  }

  /** Writes the collected group of posts into the open batch (opening it first if needed). */
  async function writeGroup(): Promise<void> {
    const items = group;
    group = [];
    open ??= await begin();
    const batch = open;
    const trx = batch.control;
    const outcome = batch.outcome;
    const tallyOf = (kind: string): KindCounts => {
      // Authors, terms and countries come first in the report, as when a batch was planned at once.
      const counts = PLAN_KINDS.has(kind) ? batch.planCounts : outcome.counts;
      let c = counts[kind];
      if (!c) {
        c = { created: 0, updated: 0, unchanged: 0, skipped: 0 };
        counts[kind] = c;
      }
      return c;
    };
    const skip = (record: SkippedRecord): void => {
      outcome.skipped.push(record);
    };

    // Conversion happened as the records were read (possibly in the worker thread).
    const prepared: Prepared[] = [];
    for (const item of items) {
      if (item.kind === "failed") throw reviveError(item.error);
      if (item.kind === "skipped") {
        skip(item.skipped);
        continue;
      }
      outcome.warnings.push(...item.warnings);
      prepared.push({
        ...item,
        sourceKey: `${siteBase}:${item.item.id}`,
        language: item.language ?? siteLanguage,
      });
      addTally(batch.shortcodes, item.shortcodes);
      addTally(batch.unknown, item.unknownShortcodes);
    }
    batch.prepared += prepared.length;
    if (prepared.length > 0) batch.last = prepared[prepared.length - 1] as Prepared;

    // Authors and terms the batch uses but the header did not declare (WXR 1.0, partial exports).
    for (const p of prepared) {
      for (const login of p.item.authors) {
        if (!authorIds.has(login) && !pendingAuthors.has(login) && !batch.plannedLogins.has(login)) {
          pendingAuthors.set(login, {
            kind: "author",
            id: null,
            login,
            email: null,
            displayName: null,
            firstName: null,
            lastName: null,
          });
        }
      }
      for (const term of p.item.terms) {
        const kind = kindOfTaxonomy(term.domain);
        if (kind === null) continue;
        const key = termKey(kind, term.nicename);
        if (!tagIds.has(key) && !pendingTerms.has(key) && !batch.plannedTerms.has(key)) {
          pendingTerms.set(key, {
            kind: "term",
            taxonomy: term.domain,
            id: null,
            slug: term.nicename,
            name: term.label || decodeSlug(term.nicename),
            parentSlug: null,
            description: null,
          });
        }
      }
    }
    const knownCountries = countryTags ?? new Map<string, number>();
    const newCountries = [...new Set(prepared.flatMap((p) => p.countries))].filter(
      (c) => !knownCountries.has(c) && !batch.plannedCountries.has(c),
    );
    const pagesKey = termKey("section", PAGES_SECTION.slug);
    const needsPages =
      prepared.some((p) => p.postKind === "pages") &&
      !tagIds.has(pagesKey) &&
      !batch.plannedTerms.has(pagesKey);

    // Existing authors and tags with the same slug are reused as they are, never overwritten. Rows
    // this batch created do not count as existing: the batch's plan is as of its start, as if it
    // were planned at once.
    const ex = trx ?? options.db;
    const authorPlan: { login: string; slug: string; author: WpAuthor; existing: number | null }[] = [];
    for (const [login, author] of pendingAuthors) {
      batch.authorsPlanned += 1;
      const slug = toSlug(login, `author-${author.id ?? batch.authorsPlanned}`);
      const found = await articleStore.getAuthor(slug, ex);
      const existing = found === null || batch.createdAuthors.has(found.id) ? null : found.id;
      authorPlan.push({ login, slug, author, existing });
      batch.plannedLogins.add(login);
    }
    const termPlan: {
      key: string;
      kind: "section" | "topic";
      slug: string;
      term: WpTerm;
      existing: number | null;
    }[] = [];
    for (const [key, term] of pendingTerms) {
      const kind = kindOfTaxonomy(term.taxonomy) as "section" | "topic";
      batch.termsPlanned += 1;
      const slug = toSlug(term.slug, slugify(term.name) || `term-${term.id ?? batch.termsPlanned}`);
      const found = await articleStore.getTag(kind, slug, ex);
      const existing = found === null || batch.createdTags.has(found.id) ? null : found.id;
      termPlan.push({ key, kind, slug, term, existing });
    }
    if (needsPages) {
      const found = await articleStore.getTag("section", PAGES_SECTION.slug, ex);
      termPlan.push({
        key: pagesKey,
        kind: "section",
        slug: PAGES_SECTION.slug,
        term: {
          kind: "term",
          taxonomy: "category",
          id: null,
          slug: PAGES_SECTION.slug,
          name: PAGES_SECTION.name,
          parentSlug: null,
          description: null,
        },
        existing: found === null || batch.createdTags.has(found.id) ? null : found.id,
      });
    }
    // Parents before children (the exporter sorts them so, but a REST dump need not).
    const depthOf = (term: WpTerm, seen = 0): number => {
      if (!term.parentSlug || seen > 20) return 0;
      const parent = pendingTerms.get(termKey("section", term.parentSlug));
      return parent ? 1 + depthOf(parent, seen + 1) : 0;
    };
    termPlan.sort((a, b) => depthOf(a.term) - depthOf(b.term));
    for (const plan of termPlan) batch.plannedTerms.add(plan.key);
    pendingAuthors.clear();
    pendingTerms.clear();

    const resolveIds = (p: Prepared) => {
      const authorList = p.item.authors
        .map((login) => outcome.authorIds.get(login) ?? authorIds.get(login))
        .filter((id): id is number => id !== undefined);
      const sections: number[] = [];
      const topics: number[] = [];
      const countries = p.countries
        .map((code) => outcome.countryIds.get(code) ?? countryTags?.get(code))
        .filter((id): id is number => id !== undefined);
      if (p.postKind === "pages") {
        const id = outcome.tagIds.get(pagesKey) ?? tagIds.get(pagesKey);
        if (id !== undefined) sections.push(id);
      }
      for (const term of p.item.terms) {
        const kind = kindOfTaxonomy(term.domain);
        if (kind === null) continue;
        const key = termKey(kind, term.nicename);
        const id = outcome.tagIds.get(key) ?? tagIds.get(key);
        if (id !== undefined) (kind === "section" ? sections : topics).push(id);
      }
      return {
        authorIds: [...new Set(authorList)].slice(0, 20),
        tagIds: [...new Set([...sections, ...countries, ...topics])].slice(0, 100),
      };
    };

    const heroOf = (p: Prepared): number | null => {
      if (p.item.featuredImageId === null) return null;
      const state = media.get(p.item.featuredImageId);
      if (state !== undefined && state > 0) return state;
      outcome.warnings.push(
        `${p.postKind} ${p.item.id}: featured image ${p.item.featuredImageId} ` +
          (state === undefined
            ? "is not in the export; no hero image"
            : "has no local file (give --uploads); no hero image"),
      );
      return null;
    };

    const inputOf = (
      p: Prepared,
      ids: { authorIds: number[]; tagIds: number[] },
      hero: number | null,
    ): ArticleInput => ({
      language: p.language,
      title: p.title,
      body: p.html,
      status: p.status,
      ...(p.publishedAt === null ? {} : { publishedAt: p.publishedAt }),
      authorIds: ids.authorIds,
      tagIds: ids.tagIds,
      heroMediaId: hero,
      ...(p.excerpt.trim() === "" ? {} : { excerpt: p.excerpt }),
      seoTitle: resolveYoast(p.item.seo.title, p.title, siteName),
      seoDescription: resolveYoast(p.item.seo.description, p.title, siteName)?.slice(0, 1000) ?? null,
      sourceKey: p.sourceKey,
    });

    const at = nowIso();
    for (const plan of authorPlan) {
      const c = tallyOf("authors");
      if (plan.existing !== null) {
        outcome.authorIds.set(plan.login, plan.existing);
        c.unchanged += 1;
        continue;
      }
      c.created += 1;
      if (trx === null) continue;
      const a = plan.author;
      const name = a.displayName ?? ([a.firstName, a.lastName].filter(Boolean).join(" ") || a.login);
      const id = await articleStore.upsertAuthor(
        trx,
        { slug: plan.slug, name, sourceKey: `${siteBase}:author:${a.login}` },
        at,
      );
      outcome.authorIds.set(plan.login, id);
      batch.createdAuthors.add(id);
    }
    for (const plan of termPlan) {
      const c = tallyOf(plan.kind === "section" ? "sections" : "topics");
      if (plan.existing !== null) {
        outcome.tagIds.set(plan.key, plan.existing);
        c.unchanged += 1;
        continue;
      }
      c.created += 1;
      if (trx === null) continue;
      const parentKey = plan.term.parentSlug ? termKey("section", plan.term.parentSlug) : null;
      const parentId = parentKey ? (outcome.tagIds.get(parentKey) ?? tagIds.get(parentKey) ?? null) : null;
      if (parentKey !== null && parentId === null)
        outcome.warnings.push(`category ${plan.term.slug}: parent "${plan.term.parentSlug}" not found`);
      const name = plan.term.name.slice(0, 200);
      const id = await articleStore.upsertTag(
        trx,
        {
          kind: plan.kind,
          slug: plan.slug,
          name,
          nameRu: plan.key === pagesKey ? PAGES_SECTION.nameRu : siteLanguage === "ru" ? name : null,
          parentId: plan.kind === "section" ? parentId : null,
          description: plan.term.description,
          sourceKey: plan.term.id === null ? null : `${siteBase}:term:${plan.term.taxonomy}:${plan.term.id}`,
        },
        at,
      );
      outcome.tagIds.set(plan.key, id);
      batch.createdTags.add(id);
    }

    for (const code of newCountries) {
      batch.plannedCountries.add(code);
      const entry = gazetteer.entries.find((e) => e.kind === "country" && e.country === code);
      if (entry === undefined) continue;
      tallyOf("countries").created += 1;
      if (trx === null) continue;
      const id = await articleStore.upsertTag(
        trx,
        { kind: "country", slug: slugify(entry.en), name: entry.en, nameRu: entry.ru, code },
        at,
      );
      outcome.countryIds.set(code, id);
      batch.createdTags.add(id);
    }

    const states = await importStore.importedStates(
      ex,
      prepared.map((p) => p.sourceKey),
    );
    // One content-version bump for the whole batch (at commit), not one per article.
    const batchWrite = { deferContentVersion: true };
    /** Creates waiting for one multi-row write: consecutive ones go together, in order. */
    let creates: { entry: ArticleBatchEntry; done: (articleId: number) => void }[] = [];
    const writeCreates = async (): Promise<void> => {
      if (trx === null || creates.length === 0) return;
      const waiting = creates;
      creates = [];
      const ids = await articles.createManyWithin(
        trx,
        waiting.map((w) => w.entry),
        batchWrite,
      );
      for (const [i, w] of waiting.entries()) w.done(ids[i] as number);
    };
    for (const p of prepared) {
      const c = tallyOf(p.postKind);
      const ids = resolveIds(p);
      const input = inputOf(p, ids, heroOf(p));
      // The body enters as the digest the reading side made of it (see PreparedPost.htmlDigest).
      const hash = hashOf({
        v: CONVERSION_VERSION,
        input: { ...input, body: p.htmlDigest },
        wpSlug: p.item.slug,
      });
      const state = states.get(p.sourceKey);
      if (state && state.contentHash === hash) {
        c.unchanged += 1;
        continue;
      }
      if (state && state.importedVersion !== null && state.importedVersion !== state.version) {
        skip({
          kind: p.postKind,
          id: String(p.item.id),
          title: p.title,
          reason: "changed in Steppe since it was imported; not overwritten",
        });
        continue;
      }
      const checked = articleInputSchema.safeParse(state ? asUpdateOf(input, state) : input);
      if (!checked.success) {
        skip({
          kind: p.postKind,
          id: String(p.item.id),
          title: p.title,
          reason: `refused: ${describeIssues(checked.error)}`,
        });
        continue;
      }
      if (state) c.updated += 1;
      else c.created += 1;
      if (trx === null) continue;
      // The bookkeeping keeps document order, whenever the article's id becomes known.
      const record = { sourceKey: p.sourceKey, articleId: 0, contentHash: hash };
      batch.imported.push(record);
      outcome.written += 1;
      const link = p.status !== "draft" ? { from: legacyPaths(p), articleId: 0 } : null;
      if (link !== null) batch.linked.push(link);
      const done = (articleId: number): void => {
        record.articleId = articleId;
        if (link !== null) link.articleId = articleId;
      };
      if (state) {
        // An update sees the creates before it, as one write after another would.
        await writeCreates();
        await articles.updateWithin(
          trx,
          state.articleId,
          state.version,
          { ...asUpdateOf(input, state), revisionNote: "re-imported from WordPress" },
          { ...batchWrite, body: p.body },
        );
        done(state.articleId);
      } else {
        const wanted = toSlug(p.item.slug, "");
        creates.push({
          entry: {
            input: { ...input, revisionNote: "imported from WordPress" },
            body: p.body,
            ...(wanted === "" ? {} : { preferredSlug: wanted }),
          },
          done,
        });
      }
    }
    await writeCreates();
  }

  /** The old URLs of a post (its permalink, `?p=ID`, a `?p=` guid), as redirect keys. */
  function legacyPaths(p: Prepared): string[] {
    const keys = new Set<string>();
    const base = siteUrl ?? "";
    const basePath = (() => {
      try {
        return new URL(base).pathname.replace(/\/+$/, "");
      } catch {
        return "";
      }
    })();
    const candidates = [
      p.item.link,
      `${basePath}/?${p.postKind === "pages" ? "page_id" : "p"}=${p.item.id}`,
      p.item.guid && /[?&](p|page_id)=\d+/.test(p.item.guid) ? p.item.guid : null,
    ];
    for (const c of candidates) {
      const key = c ? redirectKey(c) : null;
      if (key !== null && key !== "/" && key !== "") keys.add(key);
    }
    return [...keys];
  }

  /** Finishes the open batch: redirects, bookkeeping and the content version, then commit. */
  async function commit(): Promise<void> {
    const batch = open;
    open = null;
    batchPosts = 0;
    if (batch === null) return;
    const trx = batch.control;
    const outcome = batch.outcome;
    if (trx !== null) {
      try {
        const at = nowIso();
        const parts = await importStore.articleUrlParts(
          trx,
          batch.linked.map((l) => l.articleId),
        );
        const redirects: RedirectRow[] = [];
        for (const { from, articleId } of batch.linked) {
          const record = parts.get(articleId);
          if (record?.publishedAt) {
            const to = articlePath(
              { language: record.language, slug: record.slug, publishedAt: record.publishedAt },
              options.timeZone,
            );
            for (const path of from) if (path !== to) redirects.push({ from: path, to });
          }
        }
        if (outcome.written > 0) await articles.bumpContentVersion(trx);
        const changed = await importStore.upsertRedirects(trx, redirects, at);
        let c = outcome.counts.redirects;
        if (!c) {
          c = { created: 0, updated: 0, unchanged: 0, skipped: 0 };
          outcome.counts.redirects = c;
        }
        c.created += changed;
        await importStore.recordImported(trx, batch.imported, at);
        await trx.commit().execute();
      } catch (error) {
        if (!trx.isCommitted && !trx.isRolledBack) await trx.rollback().execute();
        throw error;
      }
    }

    // Committed: from here on the batch counts.
    for (const [login, id] of outcome.authorIds) authorIds.set(login, id);
    for (const [key, id] of outcome.tagIds) tagIds.set(key, id);
    for (const [code, id] of outcome.countryIds) countryTags?.set(code, id);
    for (const [kind, c] of [...Object.entries(batch.planCounts), ...Object.entries(outcome.counts)]) {
      const into = countsOf(report, kind);
      into.created += c.created;
      into.updated += c.updated;
      into.unchanged += c.unchanged;
    }
    for (const s of outcome.skipped) addSkipped(report, s);
    for (const w of outcome.warnings) addWarning(report, w);
    addTally(report.shortcodes, batch.shortcodes);
    addTally(report.unknownShortcodes, batch.unknown);
    if (batch.prepared > 0 && batch.last !== null) {
      report.batches += 1;
      report.committed += batch.prepared;
      report.lastCommitted = {
        id: `${batch.last.postKind === "pages" ? "page" : "post"} ${batch.last.item.id}`,
        title: batch.last.title,
      };
    }
  }
}

function refusedCount(report: ImportReport): number {
  return Object.entries(report.skippedByReason)
    .filter(([reason]) => reason.startsWith("refused:"))
    .reduce((sum, [, n]) => sum + n, 0);
}

function recordFailure(report: ImportReport, error: unknown, stage: string): void {
  const details = isAppError(error) ? error.details : {};
  const num = (v: unknown): number | null => (typeof v === "number" ? v : null);
  report.failure = {
    code: isAppError(error) ? error.code : "INTERNAL",
    message: `${stage}: ${error instanceof Error ? error.message : String(error)}`,
    file: typeof details.file === "string" ? details.file : null,
    line: num(details.line),
    column: num(details.column),
  };
  const where =
    report.failure.line !== null
      ? `fix ${report.failure.file ?? "the file"} at line ${report.failure.line}, column ${report.failure.column ?? "?"} (or export it again)`
      : "fix the cause above";
  report.resume =
    `${where}, then run the same command again. The import is idempotent: the ${report.committed} record(s) ` +
    "already committed are recognised by their source key and left as they are, nothing is duplicated, " +
    "and the import goes on from the batch that failed.";
}

function finish(report: ImportReport, started: number): ImportReport {
  settleStatus(report, CONTENT_KINDS, refusedCount(report));
  report.durationMs = Date.now() - started;
  return report;
}

type Writer = ReturnType<typeof createWriter>;

function inThreadProducer(options: WordPressImportOptions, gazetteer: Pick<Gazetteer, "detectCountries">) {
  return createWxrProducer({ timeZone: options.timeZone, gazetteer, processBodies: false });
}

/**
 * The reading half for these files: in a worker thread when asked for (see the option), else in
 * this thread. `failed` says why a worker that was asked for could not be started.
 */
function openProducer(
  options: WordPressImportOptions,
  gazetteer: Pick<Gazetteer, "detectCountries">,
  totalBytes: number,
): { producer: WxrProducer; failed: string | null } {
  const wanted = options.worker ?? "auto";
  // The worker loads the default gazetteer itself; a given one cannot cross the thread boundary.
  const useWorker =
    options.gazetteer === undefined &&
    (wanted === true || (wanted === "auto" && totalBytes >= WORKER_MIN_BYTES));
  if (useWorker) {
    try {
      // The writer takes posts as they come (a group at a time), so some groups ahead (192 posts,
      // as many as three groups of 64 before) keep both threads busy; more would only hold
      // converted posts in memory.
      const producer = startWorkerProducer({
        timeZone: options.timeZone,
        groupSize: GROUP_SIZE,
        aheadPosts: 12 * GROUP_SIZE,
        ...(options.workerHeapMb === undefined ? {} : { heapMb: options.workerHeapMb }),
      });
      return { producer, failed: null };
    } catch (error) {
      return { producer: inThreadProducer(options, gazetteer), failed: (error as Error).message };
    }
  }
  return { producer: inThreadProducer(options, gazetteer), failed: null };
}

/**
 * The first pass over all files. Results are kept until every file is scanned, so that a worker
 * thread that cannot start (it fails on its first request) is replaced by an in-thread producer
 * that scans again from the start.
 */
async function scanAll(
  producer: WxrProducer,
  files: readonly string[],
  onBytes: (bytes: number, items: number) => void,
): Promise<{ file: string; scan: ScanResult }[]> {
  const sizes = files.map((f) => fs.statSync(f, { throwIfNoEntry: false })?.size ?? 0);
  const scans: { file: string; scan: ScanResult }[] = [];
  let items = 0;
  let bytesBefore = 0;
  for (const [index, file] of files.entries()) {
    const counted = items;
    const before = bytesBefore;
    const scan = await producer.scanFile(file, (bytes, n) => onBytes(before + bytes, counted + n));
    scans.push({ file, scan });
    items += scan.items;
    // The writing pass meets the same problem at the same place and reports it there.
    if (scan.failed) break;
    bytesBefore += sizes[index] ?? 0;
  }
  return scans;
}

/**
 * Pass 1 of a WXR import: attachments, sites and a count of content items (for the progress bar),
 * then the media placed and their rows being written (`mediaWritten`, which the writing pass
 * awaits before its first batch). A function of its own so that nothing of the scan (every
 * attachment of the export, and in worker mode the URL table sent to the worker) stays referenced
 * by the frame of the writing pass, which lives as long as the import. `mediaWritten` is null when
 * placing failed (recorded in the report).
 */
async function firstPass(
  files: readonly string[],
  options: WordPressImportOptions,
  report: ImportReport,
  writer: Writer,
  startedProducer: WxrProducer,
  totalBytes: number,
  noWorker: (reason: string) => void,
): Promise<{
  producer: WxrProducer;
  totalItems: number;
  mediaWritten: Promise<MediaOutcome> | null;
}> {
  let producer = startedProducer;
  const onScanBytes = (bytes: number, items: number): void =>
    options.onProgress?.({ phase: "scan", items, totalItems: null, bytes, totalBytes });
  let scans: { file: string; scan: ScanResult }[];
  try {
    scans = await scanAll(producer, files, onScanBytes);
  } catch (error) {
    // Only a worker thread can fail here (the in-thread scan never throws): start over without it.
    await producer.close();
    noWorker((error as Error).message);
    producer = inThreadProducer(options, writer.gazetteer);
    scans = await scanAll(producer, files, onScanBytes);
  }
  let totalItems = 0;
  for (const { file, scan } of scans) {
    for (const site of scan.sites) writer.setSite(site, file);
    for (const entry of scan.attachments) writer.indexAttachment(entry);
    totalItems += scan.items;
  }
  try {
    const placed = writer.placeMedia();
    producer.setMedia(placed.urls);
    const mediaWritten = placed.writeRows().then(
      () => null,
      (error: unknown) => ({ error }),
    );
    return { producer, totalItems, mediaWritten };
  } catch (error) {
    recordFailure(report, error, "writing media");
    return { producer, totalItems, mediaWritten: null };
  }
}

/**
 * Imports WordPress WXR export files (1.0–1.2) into Steppe. Never throws for bad input: the
 * report says what was imported, what was skipped and why, and where a failure stopped it.
 *
 * @example
 * const report = await importWordPressFiles(["export.xml"], { db, articles, articleStore, timeZone: "Asia/Almaty", mediaDir: "./data/media" });
 * report.counts.posts; // { created: 120, updated: 0, unchanged: 0, skipped: 2 }
 */
export async function importWordPressFiles(
  files: string[],
  options: WordPressImportOptions,
): Promise<ImportReport> {
  const started = Date.now();
  const report = emptyReport("wordpress", files, options.dryRun === true);
  const writer = createWriter(options, report);
  const sizes = files.map((f) => fs.statSync(f, { throwIfNoEntry: false })?.size ?? 0);
  const totalBytes = sizes.reduce((a, b) => a + b, 0);
  const opened = openProducer(options, writer.gazetteer, totalBytes);
  let producer = opened.producer;
  const noWorker = (reason: string): void =>
    addWarning(report, `could not read in a worker thread (${reason}); read and converted in this thread`);
  if (opened.failed !== null) noWorker(opened.failed);
  try {
    const first = await firstPass(files, options, report, writer, producer, totalBytes, noWorker);
    producer = first.producer;
    if (first.mediaWritten === null) return finish(report, started);
    const { totalItems } = first;

    // Pass 2: write. The media rows are written while the first posts are read and converted.
    let mediaWritten: Promise<MediaOutcome> | null = first.mediaWritten;
    let done = 0;
    let bytesBefore = 0;
    for (const [index, file] of files.entries()) {
      let stage = `reading ${file}`;
      try {
        const summary = await producer.readFile(file, async (records, bytes) => {
          if (mediaWritten !== null) {
            const failed = await mediaWritten;
            mediaWritten = null;
            if (failed !== null) throw new MediaWriteError(failed.error);
          }
          for (const record of records) {
            if (record.kind === "site") writer.setSite(record, file);
            if ("itemId" in record) done += 1;
            stage = `writing the batch ending at post ${"itemId" in record ? record.itemId : "?"} of ${file}`;
            await writer.add(record);
            stage = `reading ${file}`;
          }
          options.onProgress?.({
            phase: "import",
            items: done,
            totalItems,
            bytes: bytesBefore + bytes,
            totalBytes,
          });
        });
        stage = `writing the last batch of ${file}`;
        await writer.flush();
        for (const w of summary.warnings) addWarning(report, `${w.where ?? file}: ${w.message}`);
      } catch (error) {
        await writer.discard();
        if (error instanceof MediaWriteError) recordFailure(report, error.cause, "writing media");
        else recordFailure(report, error, stage);
        break;
      }
      bytesBefore += sizes[index] ?? 0;
    }
    if (mediaWritten !== null) {
      // No records at all (an empty export): the media rows still belong to the import.
      const failed = await mediaWritten;
      if (failed !== null && report.failure === null) recordFailure(report, failed.error, "writing media");
    }
    return finish(report, started);
  } finally {
    await producer.close();
  }
}

/** How writing the media rows ended: null, or the error it failed with. */
type MediaOutcome = { error: unknown } | null;

/** A failure to write the media rows, met by the writing pass (reported as such). */
class MediaWriteError extends Error {
  constructor(override readonly cause: unknown) {
    super("writing media");
  }
}

/**
 * Imports a saved WordPress REST API dump (a folder or one JSON file of `/wp-json/wp/v2/...`
 * responses) with the same writer as the WXR importer.
 *
 * @example
 * const report = await importWordPressRest("./wp-json-dump", { db, articles, articleStore, timeZone, mediaDir });
 */
export async function importWordPressRest(
  target: string,
  options: WordPressImportOptions,
): Promise<ImportReport> {
  const started = Date.now();
  const report = emptyReport("wordpress-api", [target], options.dryRun === true);
  const writer = createWriter(options, report);
  const preparer = createRecordPreparer({
    timeZone: options.timeZone,
    gazetteer: writer.gazetteer,
    processBodies: false,
  });
  try {
    await importRestRecords(target, options, report, writer, preparer);
  } finally {
    preparer.close();
  }
  return finish(report, started);
}

/** The body of {@link importWordPressRest}: reads the dump, then writes its records in batches. */
async function importRestRecords(
  target: string,
  options: WordPressImportOptions,
  report: ImportReport,
  writer: Writer,
  preparer: RecordPreparer,
): Promise<void> {
  const records: WpRecord[] = [];
  try {
    for await (const record of readRestDump(target, {
      timeZone: options.timeZone,
      onWarning: (w) => addWarning(report, `${w.where ?? target}: ${w.message}`),
    })) {
      if (record.kind === "site") writer.setSite(record, target);
      if (record.kind === "item" && record.type === "attachment")
        writer.indexAttachment(preparer.addAttachment(record));
      else records.push(record);
    }
    const placed = writer.placeMedia();
    preparer.setMedia(placed.urls);
    await placed.writeRows();
  } catch (error) {
    recordFailure(report, error, `reading ${target}`);
    return;
  }
  const totalItems = records.filter((r) => r.kind === "item").length;
  let done = 0;
  try {
    for (const record of records) {
      if (record.kind === "item") done += 1;
      const produced = preparer.prepare(record);
      if (produced !== null) await writer.add(produced);
      options.onProgress?.({ phase: "import", items: done, totalItems, bytes: null, totalBytes: null });
    }
    await writer.flush();
  } catch (error) {
    await writer.discard();
    recordFailure(report, error, `writing ${target}`);
  }
}
