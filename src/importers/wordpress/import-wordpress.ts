/**
 * The writing half of the WordPress importer: records from `readWxr` / `readRestDump` become
 * authors, sections, topics, media, articles and redirects, written through the articles feature
 * in batch transactions.
 *
 * - WXR files are read twice: a first pass collects only the attachments (WordPress exports an
 *   attachment after the post it was uploaded to, and galleries, captions and featured images
 *   need it), the second writes. Both passes stream, so memory holds one batch plus a small
 *   index entry per attachment, whatever the size of the file.
 * - Each batch of posts is one transaction; a failure (malformed XML at line L, column C; a
 *   database error) discards that batch, keeps the batches before it and ends the run with a
 *   report that says how far it got.
 * - Idempotent: an article is keyed by `wp:<site url>:<post id>`; the import bookkeeping keeps a
 *   hash of what it was imported from, so a re-import skips unchanged posts, updates changed
 *   ones and never overwrites an article an editor has changed in Steppe since.
 * - Pages become articles in a "Pages" section (WordPress pages are evergreen; Steppe has no
 *   page type of its own, and this keeps their URLs alive through redirects).
 */

import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Kysely } from "kysely";
import {
  type ArticleInput,
  type ArticleService,
  type ArticleStore,
  articleInputSchema,
  articlePath,
  describeIssues,
  mediaUrl,
} from "../../articles/index.js";
import { isAppError } from "../../core/errors.js";
import { slugify } from "../../core/slug.js";
import type { Database } from "../../db/schema.js";
import { createGazetteer, defaultGazetteerEntries, type Gazetteer } from "../../search/index.js";
import { detectLanguage } from "../capture/detect-language.js";
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
import { createImportStore, type RedirectRow } from "../import-store.js";
import { redirectKey } from "../redirects.js";
import { type ContentReport, convertContent } from "./convert-content.js";
import { readRestDump } from "./rest-reader.js";
import type { AttachmentLookup, ShortcodeAttachment } from "./shortcodes.js";
import type { WpAuthor, WpItem, WpRecord, WpSite, WpTerm } from "./types.js";
import { streamWxr } from "./wxr-reader.js";

/** Bump when the conversion changes, so a re-import refreshes articles converted the old way. */
const CONVERSION_VERSION = 1;
/** How much of the text (after the headline) country detection reads. */
const COUNTRY_SCAN_CHARS = 600;
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
}

/** The small part of an attachment kept in memory between the two passes. */
interface AttachmentEntry {
  id: number;
  url: string | null;
  title: string;
  alt: string | null;
  /** HTML caption (the attachment's excerpt). */
  caption: string | null;
  parentId: number | null;
  menuOrder: number;
  /** Relative to the uploads folder, e.g. `2024/05/photo.jpg`. */
  file: string | null;
  width: number | null;
  height: number | null;
  sizeFiles: string[];
}

interface MediaState {
  mediaId: number | null;
  /** `/media/wp/...` when the file is in the media folder. */
  localUrl: string | null;
}

interface Prepared {
  item: WpItem;
  kind: "posts" | "pages";
  sourceKey: string;
  title: string;
  html: string;
  excerpt: string;
  status: "draft" | "scheduled" | "published";
  publishedAt: string | null;
  language: "en" | "ru";
  /** ISO codes of the countries the text names. */
  countries: string[];
  content: ContentReport;
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

/** Plain text for titles, captions and language detection (not a sanitizer: output is escaped later). */
function roughText(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
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

function statusOf(item: WpItem): { status: Prepared["status"] } | { skip: string } {
  switch (item.status) {
    case "publish":
      return { status: "published" };
    case "future":
      return { status: "scheduled" };
    case "draft":
    case "pending":
    case "private":
      return { status: "draft" };
    case "trash":
      return { skip: "in the WordPress trash" };
    default:
      return { skip: `status "${item.status}" is not content (revision or auto-draft)` };
  }
}

/**
 * A copy of a string that does not share memory with the text it was cut from. V8 keeps a
 * substring as a view of its parent, so a few bytes of a URL kept from every attachment would
 * otherwise keep every 64 KB chunk of the file read so far alive: the whole export in memory.
 */
function detach(value: string): string {
  return value.length === 0 ? "" : Buffer.from(value, "utf8").toString("utf8");
}

function detachNullable(value: string | null): string | null {
  return value === null ? null : detach(value);
}

function hashOf(value: unknown): string {
  return createHash("sha1").update(JSON.stringify(value)).digest("hex");
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
  const attachments = new Map<number, AttachmentEntry>();
  const byParent = new Map<number, number[]>();
  const media = new Map<number, MediaState>();
  /** Author login -> id, and `section:slug` / `topic:slug` -> tag id, for committed rows. */
  const authorIds = new Map<string, number>();
  const tagIds = new Map<string, number>();
  const pendingAuthors = new Map<string, WpAuthor>();
  const pendingTerms = new Map<string, WpTerm>();
  const gazetteer = options.gazetteer ?? createGazetteer(defaultGazetteerEntries());
  /** Country tags by ISO code; loaded before the first batch. */
  let countryTags: Map<string, number> | null = null;
  let batch: WpItem[] = [];

  const lookup: AttachmentLookup = {
    byId(id) {
      const entry = attachments.get(id);
      return entry ? shortcodeAttachment(entry) : undefined;
    },
    byParent(parentId) {
      return (byParent.get(parentId) ?? [])
        .map((id) => attachments.get(id))
        .filter((e): e is AttachmentEntry => e !== undefined)
        .map(shortcodeAttachment);
    },
  };

  function shortcodeAttachment(entry: AttachmentEntry): ShortcodeAttachment {
    const local = media.get(entry.id)?.localUrl ?? null;
    return {
      id: entry.id,
      url: local ?? entry.url ?? "",
      alt: entry.alt,
      caption: entry.caption,
      parentId: entry.parentId,
      menuOrder: entry.menuOrder,
    };
  }

  function termKey(taxonomy: "section" | "topic", wpSlug: string): string {
    return `${taxonomy}:${decodeSlug(wpSlug).toLowerCase()}`;
  }

  function kindOfTaxonomy(taxonomy: string): "section" | "topic" | null {
    return taxonomy === "category" ? "section" : taxonomy === "post_tag" ? "topic" : null;
  }

  /** Rewrites links to files that were copied into the media folder. */
  const localUrls = new Map<string, string>();
  function rewriteUrls(html: string): string {
    if (localUrls.size === 0) return html;
    return html.replace(/\b(src|href|poster)="([^"]+)"/g, (whole, attr: string, url: string) => {
      const local = localUrls.get(url);
      return local ? `${attr}="${local}"` : whole;
    });
  }

  return {
    get siteBase() {
      return siteBase;
    },

    /** First pass: remember an attachment. */
    indexAttachment(item: WpItem): void {
      const entry: AttachmentEntry = {
        id: item.id,
        url: detachNullable(item.attachment?.url ?? null),
        title: detach(item.title),
        alt: detachNullable(item.attachment?.alt ?? null),
        caption: detachNullable(item.excerpt || null),
        parentId: item.parentId,
        menuOrder: item.menuOrder,
        file: detachNullable(item.attachment?.file ?? null),
        width: item.attachment?.width ?? null,
        height: item.attachment?.height ?? null,
        sizeFiles: item.attachment?.sizes.map((s) => detach(s.file)) ?? [],
      };
      attachments.set(entry.id, entry);
      if (entry.parentId !== null) {
        const siblings = byParent.get(entry.parentId) ?? [];
        siblings.push(entry.id);
        siblings.sort(
          (a, b) => (attachments.get(a)?.menuOrder ?? 0) - (attachments.get(b)?.menuOrder ?? 0) || a - b,
        );
        byParent.set(entry.parentId, siblings);
      }
    },

    setSite(site: WpSite, fallback: string): void {
      siteUrl = baseOf(site, fallback);
      siteBase = `wp:${siteUrl}`;
      siteName = site.title;
      if (site.language) siteLanguage = site.language.toLowerCase().startsWith("ru") ? "ru" : "en";
    },

    /** Writes the media rows of all indexed attachments (copying files from the uploads folder). */
    async writeMedia(): Promise<void> {
      const counts = countsOf(report, "media");
      const files = options.uploadsDir === undefined || dryRun ? null : countsOf(report, "files");
      const entries = [...attachments.values()];
      for (let i = 0; i < entries.length; i += batchSize) {
        const part = entries.slice(i, i + batchSize);
        const rows: { entry: AttachmentEntry; row: Parameters<ArticleStore["upsertMedia"]>[1] }[] = [];
        for (const entry of part) {
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
          media.set(entry.id, { mediaId: null, localUrl: local });
          if (local !== null) {
            localUrls.set(entry.url, local);
            const dir = entry.url.slice(0, entry.url.lastIndexOf("/") + 1);
            for (const size of entry.sizeFiles) localUrls.set(dir + size, local);
          }
          rows.push({
            entry,
            row: {
              path: relative,
              mime: MIME_BY_EXT[path.extname(file).toLowerCase()] ?? "application/octet-stream",
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
        }
        const changed: typeof rows = [];
        for (const planned of rows) {
          const { entry, row } = planned;
          const old = await articleStore.getMediaByPath(row.path);
          const same =
            old !== null &&
            old.alt === row.alt &&
            old.caption === row.caption &&
            old.width === row.width &&
            old.height === row.height;
          if (old !== null && same) {
            counts.unchanged += 1;
            const state = media.get(entry.id);
            if (state) state.mediaId = old.id;
            continue;
          }
          if (old !== null) counts.updated += 1;
          else counts.created += 1;
          changed.push(planned);
        }
        if (dryRun || changed.length === 0) continue;
        const at = nowIso();
        const ids = await articleStore.transaction(async (trx) => {
          const out: [number, number][] = [];
          for (const { entry, row } of changed)
            out.push([entry.id, await articleStore.upsertMedia(trx, row, at)]);
          return out;
        });
        for (const [wpId, mediaId] of ids) {
          const state = media.get(wpId);
          if (state) state.mediaId = mediaId;
        }
      }
    },

    /** Second pass: takes one record; writes a batch when it is full. */
    async add(record: WpRecord): Promise<void> {
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
      if (record.type === "attachment") return;
      if (record.type !== "post" && record.type !== "page") {
        addSkipped(report, {
          kind: "other",
          id: String(record.id),
          title: record.title || null,
          reason: `post type "${record.type}" is not article content`,
        });
        return;
      }
      batch.push(record);
      if (batch.length >= batchSize) await this.flush();
    },

    /** Drops the batch being collected (after a read failure: it is never written). */
    discard(): void {
      batch = [];
    },

    /** Writes the collected batch (and the authors and terms it needs) in one transaction. */
    async flush(): Promise<void> {
      const items = batch;
      batch = [];
      if (items.length === 0 && pendingAuthors.size === 0 && pendingTerms.size === 0) return;
      const outcome: BatchOutcome = {
        counts: {},
        skipped: [],
        warnings: [],
        authorIds: new Map(),
        tagIds: new Map(),
        countryIds: new Map(),
        written: 0,
      };
      const tallyOf = (kind: string): KindCounts => {
        let c = outcome.counts[kind];
        if (!c) {
          c = { created: 0, updated: 0, unchanged: 0, skipped: 0 };
          outcome.counts[kind] = c;
        }
        return c;
      };
      const skip = (record: SkippedRecord): void => {
        outcome.skipped.push(record);
      };

      // Conversion is CPU work: do it before the transaction opens.
      const prepared: Prepared[] = [];
      const shortcodes: Record<string, number> = {};
      const unknown: Record<string, number> = {};
      for (const item of items) {
        const kind = item.type === "page" ? "pages" : "posts";
        const mapped = statusOf(item);
        if ("skip" in mapped) {
          skip({ kind, id: String(item.id), title: item.title || null, reason: mapped.skip });
          continue;
        }
        const { html, report: content } = convertContent(item.content, {
          format: item.contentFormat,
          postId: item.id,
          attachments: lookup,
        });
        const body = rewriteUrls(html);
        const text = roughText(body);
        let title = item.title.replace(/\s+/g, " ").trim();
        if (title === "") {
          if (text === "") {
            skip({ kind, id: String(item.id), title: null, reason: "no title and no content" });
            continue;
          }
          title = text.split(" ").slice(0, 10).join(" ");
          outcome.warnings.push(`${kind} ${item.id}: no title; used the first words of the text`);
        }
        let status = mapped.status;
        if (status === "scheduled" && item.dateGmt === null) {
          status = "draft";
          outcome.warnings.push(`${kind} ${item.id}: scheduled without a date; imported as a draft`);
        }
        const sample = `${title} ${text.slice(0, 2000)}`;
        prepared.push({
          item,
          kind,
          sourceKey: `${siteBase}:${item.id}`,
          title: title.slice(0, 300),
          html: body,
          excerpt: item.excerpt.slice(0, 2000),
          status,
          publishedAt: item.dateGmt,
          language: text === "" && item.title === "" ? siteLanguage : detectLanguage(sample),
          // The headline and the lead name the countries a story is about; scanning whole bodies
          // costs several milliseconds a post and mostly adds passing mentions.
          countries: gazetteer.detectCountries(`${title}\n${text.slice(0, COUNTRY_SCAN_CHARS)}`).slice(0, 10),
          content,
        });
        addTally(shortcodes, content.shortcodes);
        addTally(unknown, content.unknownShortcodes);
      }

      // Authors and terms the batch uses but the header did not declare (WXR 1.0, partial exports).
      for (const p of prepared) {
        for (const login of p.item.authors) {
          if (!authorIds.has(login) && !pendingAuthors.has(login)) {
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
          if (!tagIds.has(key) && !pendingTerms.has(key)) {
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
      countryTags ??= new Map(
        (await articleStore.listTags("country")).flatMap((t) => (t.code ? [[t.code, t.id] as const] : [])),
      );
      const knownCountries = countryTags;
      const newCountries = [...new Set(prepared.flatMap((p) => p.countries))].filter(
        (c) => !knownCountries.has(c),
      );
      const pagesKey = termKey("section", PAGES_SECTION.slug);
      const needsPages = prepared.some((p) => p.kind === "pages") && !tagIds.has(pagesKey);

      // Existing authors and tags with the same slug are reused as they are, never overwritten.
      const authorPlan: { login: string; slug: string; author: WpAuthor; existing: number | null }[] = [];
      for (const [login, author] of pendingAuthors) {
        const slug = toSlug(login, `author-${author.id ?? authorPlan.length + 1}`);
        const found = await articleStore.getAuthor(slug);
        authorPlan.push({ login, slug, author, existing: found?.id ?? null });
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
        const slug = toSlug(term.slug, slugify(term.name) || `term-${term.id ?? termPlan.length + 1}`);
        const found = await articleStore.getTag(kind, slug);
        termPlan.push({ key, kind, slug, term, existing: found?.id ?? null });
      }
      if (needsPages) {
        const found = await articleStore.getTag("section", PAGES_SECTION.slug);
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
          existing: found?.id ?? null,
        });
      }
      // Parents before children (the exporter sorts them so, but a REST dump need not).
      termPlan.sort((a, b) => depthOf(a.term) - depthOf(b.term));
      function depthOf(term: WpTerm, seen = 0): number {
        if (!term.parentSlug || seen > 20) return 0;
        const parent = pendingTerms.get(termKey("section", term.parentSlug));
        return parent ? 1 + depthOf(parent, seen + 1) : 0;
      }

      const resolveIds = (p: Prepared, authorsMap: Map<string, number>, tagsMap: Map<string, number>) => {
        const authorList = p.item.authors
          .map((login) => authorsMap.get(login) ?? authorIds.get(login))
          .filter((id): id is number => id !== undefined);
        const sections: number[] = [];
        const topics: number[] = [];
        const countries = p.countries
          .map((code) => outcome.countryIds.get(code) ?? countryTags?.get(code))
          .filter((id): id is number => id !== undefined);
        if (p.kind === "pages") {
          const id = tagsMap.get(pagesKey) ?? tagIds.get(pagesKey);
          if (id !== undefined) sections.push(id);
        }
        for (const term of p.item.terms) {
          const kind = kindOfTaxonomy(term.domain);
          if (kind === null) continue;
          const key = termKey(kind, term.nicename);
          const id = tagsMap.get(key) ?? tagIds.get(key);
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
        if (state?.mediaId != null && state.localUrl !== null) return state.mediaId;
        outcome.warnings.push(
          `${p.kind} ${p.item.id}: featured image ${p.item.featuredImageId} ` +
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

      const legacyPaths = (p: Prepared): string[] => {
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
          `${basePath}/?${p.kind === "pages" ? "page_id" : "p"}=${p.item.id}`,
          p.item.guid && /[?&](p|page_id)=\d+/.test(p.item.guid) ? p.item.guid : null,
        ];
        for (const c of candidates) {
          const key = c ? redirectKey(c) : null;
          if (key !== null && key !== "/" && key !== "") keys.add(key);
        }
        return [...keys];
      };

      const sourceKeys = prepared.map((p) => p.sourceKey);
      const run = async (
        trx: Parameters<Parameters<ArticleStore["transaction"]>[0]>[0] | null,
      ): Promise<void> => {
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
          const parentId = parentKey
            ? (outcome.tagIds.get(parentKey) ?? tagIds.get(parentKey) ?? null)
            : null;
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
              sourceKey:
                plan.term.id === null ? null : `${siteBase}:term:${plan.term.taxonomy}:${plan.term.id}`,
            },
            at,
          );
          outcome.tagIds.set(plan.key, id);
        }

        for (const code of newCountries) {
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
        }

        const ex = trx ?? options.db;
        const states = await importStore.importedStates(ex, sourceKeys);
        const redirects: RedirectRow[] = [];
        const imported: { sourceKey: string; articleId: number; contentHash: string }[] = [];
        /** Written, non-draft articles whose old URLs get redirects once the batch is written. */
        const linked: { p: Prepared; articleId: number }[] = [];
        // One content-version bump for the whole batch (below), not one per article.
        const batchWrite = { deferContentVersion: true };
        for (const p of prepared) {
          const c = tallyOf(p.kind);
          const ids = resolveIds(p, outcome.authorIds, outcome.tagIds);
          const input = inputOf(p, ids, heroOf(p));
          const hash = hashOf({ v: CONVERSION_VERSION, input, wpSlug: p.item.slug });
          const state = states.get(p.sourceKey);
          if (state && state.contentHash === hash) {
            c.unchanged += 1;
            continue;
          }
          if (state && state.importedVersion !== null && state.importedVersion !== state.version) {
            skip({
              kind: p.kind,
              id: String(p.item.id),
              title: p.title,
              reason: "changed in Steppe since it was imported; not overwritten",
            });
            continue;
          }
          const checked = articleInputSchema.safeParse(
            state ? { ...input, language: state.language, slug: state.slug } : input,
          );
          if (!checked.success) {
            skip({
              kind: p.kind,
              id: String(p.item.id),
              title: p.title,
              reason: `refused: ${describeIssues(checked.error)}`,
            });
            continue;
          }
          if (state) c.updated += 1;
          else c.created += 1;
          if (trx === null) continue;
          let articleId: number;
          if (state) {
            await articles.updateWithin(
              trx,
              state.articleId,
              state.version,
              {
                ...input,
                language: state.language,
                slug: state.slug,
                revisionNote: "re-imported from WordPress",
              },
              batchWrite,
            );
            articleId = state.articleId;
          } else {
            const wanted = toSlug(p.item.slug, "");
            const free = wanted !== "" && !(await articleStore.slugTaken(p.language, wanted, null, trx));
            articleId = await articles.createWithin(
              trx,
              {
                ...input,
                ...(free ? { slug: wanted } : {}),
                revisionNote: "imported from WordPress",
              },
              batchWrite,
            );
          }
          imported.push({ sourceKey: p.sourceKey, articleId, contentHash: hash });
          outcome.written += 1;
          if (p.status !== "draft") linked.push({ p, articleId });
        }
        if (trx !== null) {
          const parts = await importStore.articleUrlParts(
            trx,
            linked.map((l) => l.articleId),
          );
          for (const { p, articleId } of linked) {
            const record = parts.get(articleId);
            if (record?.publishedAt) {
              const to = articlePath(
                { language: record.language, slug: record.slug, publishedAt: record.publishedAt },
                options.timeZone,
              );
              for (const from of legacyPaths(p)) if (from !== to) redirects.push({ from, to });
            }
          }
          if (outcome.written > 0) await articles.bumpContentVersion(trx);
          const changed = await importStore.upsertRedirects(trx, redirects, at);
          tallyOf("redirects").created += changed;
          await importStore.recordImported(trx, imported, at);
        }
      };

      if (dryRun) await run(null);
      else await articleStore.transaction((trx) => run(trx));

      // Committed: from here on the batch counts.
      for (const [login, id] of outcome.authorIds) authorIds.set(login, id);
      for (const [key, id] of outcome.tagIds) tagIds.set(key, id);
      for (const [code, id] of outcome.countryIds) countryTags?.set(code, id);
      pendingAuthors.clear();
      pendingTerms.clear();
      for (const [kind, c] of Object.entries(outcome.counts)) {
        const into = countsOf(report, kind);
        into.created += c.created;
        into.updated += c.updated;
        into.unchanged += c.unchanged;
      }
      for (const s of outcome.skipped) addSkipped(report, s);
      for (const w of outcome.warnings) addWarning(report, w);
      addTally(report.shortcodes, shortcodes);
      addTally(report.unknownShortcodes, unknown);
      if (prepared.length > 0) {
        report.batches += 1;
        report.committed += prepared.length;
        const last = prepared[prepared.length - 1] as Prepared;
        report.lastCommitted = {
          id: `${last.kind === "pages" ? "page" : "post"} ${last.item.id}`,
          title: last.title,
        };
      }
    },
  };
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
  const readOptions = { timeZone: options.timeZone };

  // Pass 1: attachments and a count of content items (for the progress bar).
  let totalItems = 0;
  let bytesBefore = 0;
  for (const [index, file] of files.entries()) {
    try {
      await streamWxr(
        file,
        (record) => {
          if (record.kind === "site") writer.setSite(record, file);
          else if (record.kind === "item") {
            if (record.type === "attachment") writer.indexAttachment(record);
            else if (record.type === "post" || record.type === "page") totalItems += 1;
          }
        },
        {
          ...readOptions,
          onBytes: (bytes) =>
            options.onProgress?.({
              phase: "scan",
              items: totalItems,
              totalItems: null,
              bytes: bytesBefore + bytes,
              totalBytes,
            }),
        },
      );
    } catch {
      // The writing pass meets the same problem at the same place and reports it there.
      break;
    }
    bytesBefore += sizes[index] ?? 0;
  }
  try {
    await writer.writeMedia();
  } catch (error) {
    recordFailure(report, error, "writing media");
    return finish(report, started);
  }

  // Pass 2: write.
  let done = 0;
  bytesBefore = 0;
  for (const [index, file] of files.entries()) {
    let stage = `reading ${file}`;
    try {
      const summary = await streamWxr(
        file,
        async (record) => {
          if (record.kind === "site") writer.setSite(record, file);
          if (record.kind === "item" && (record.type === "post" || record.type === "page")) done += 1;
          stage = `writing the batch ending at post ${record.kind === "item" ? record.id : "?"} of ${file}`;
          await writer.add(record);
          stage = `reading ${file}`;
        },
        {
          ...readOptions,
          onBytes: (bytes) =>
            options.onProgress?.({
              phase: "import",
              items: done,
              totalItems,
              bytes: bytesBefore + bytes,
              totalBytes,
            }),
        },
      );
      stage = `writing the last batch of ${file}`;
      await writer.flush();
      for (const w of summary.warnings) addWarning(report, `${w.where ?? file}: ${w.message}`);
    } catch (error) {
      writer.discard();
      recordFailure(report, error, stage);
      break;
    }
    bytesBefore += sizes[index] ?? 0;
  }
  return finish(report, started);
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
  const records: WpRecord[] = [];
  try {
    for await (const record of readRestDump(target, {
      timeZone: options.timeZone,
      onWarning: (w) => addWarning(report, `${w.where ?? target}: ${w.message}`),
    })) {
      if (record.kind === "site") writer.setSite(record, target);
      if (record.kind === "item" && record.type === "attachment") writer.indexAttachment(record);
      else records.push(record);
    }
    await writer.writeMedia();
  } catch (error) {
    recordFailure(report, error, `reading ${target}`);
    return finish(report, started);
  }
  const totalItems = records.filter((r) => r.kind === "item").length;
  let done = 0;
  try {
    for (const record of records) {
      if (record.kind === "item") done += 1;
      await writer.add(record);
      options.onProgress?.({ phase: "import", items: done, totalItems, bytes: null, totalBytes: null });
    }
    await writer.flush();
  } catch (error) {
    writer.discard();
    recordFailure(report, error, `writing ${target}`);
  }
  return finish(report, started);
}
