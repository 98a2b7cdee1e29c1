/**
 * The CPU half of importing one post or page: content conversion, plain text for the title
 * fallback and language detection, country detection and (optionally) the article body's
 * sanitizing. It needs no database, so the WXR importer runs it in a worker
 * thread ahead of the batch being written; the result is plain data.
 */

import { hash } from "node:crypto";
import { type SanitizedBody, sanitizeBodyAhead } from "../../articles/index.js";
import { collapseWhitespace } from "../../core/whitespace.js";
import type { Gazetteer } from "../../search/index.js";
import { detectLanguage } from "../capture/detect-language.js";
import type { SkippedRecord } from "../import-report.js";
import { convertContent } from "./convert-content.js";
import type { AttachmentLookup } from "./shortcodes.js";
import type { WpItem } from "./types.js";

/** How much of the text (after the headline) country detection reads. */
const COUNTRY_SCAN_CHARS = 600;
/** How much of the text language detection reads. */
const LANGUAGE_SAMPLE_CHARS = 2000;

/** A post or page converted and ready for its batch. */
export interface PreparedPost {
  kind: "prepared";
  /** The item, without its content and meta (converted already, and not needed to write it). */
  item: WpItem;
  postKind: "posts" | "pages";
  title: string;
  html: string;
  /**
   * SHA-1 of `html`, for the import's content hash: the body is most of what the hash covers,
   * and digesting it here keeps that work in the reading thread when there is one.
   */
  htmlDigest: string;
  excerpt: string;
  status: "draft" | "scheduled" | "published";
  publishedAt: string | null;
  /** Detected from the text; null when there is no text (the site's language applies). */
  language: "en" | "ru" | null;
  /** ISO codes of the countries the text names. */
  countries: string[];
  shortcodes: Record<string, number>;
  unknownShortcodes: Record<string, number>;
  /** For the import report, in the order they arose. */
  warnings: string[];
  /**
   * The article body already sanitized, when asked for (its text, excerpt and reading time are
   * derived by the article service, in the writing thread, which has the time to spare).
   */
  body: SanitizedBody | null;
}

/** A post or page that is not imported, with the reason. */
export interface SkippedPost {
  kind: "skipped";
  skipped: SkippedRecord;
}

/** What {@link preparePost} needs besides the item. */
export interface PreparePostContext {
  attachments: AttachmentLookup;
  /** Points links to files copied into the media folder at their local URLs. */
  rewriteUrls: (html: string) => string;
  gazetteer: Pick<Gazetteer, "detectCountries">;
  /** Also sanitize the article body (worth it only where it runs beside the writes). */
  processBody: boolean;
  /**
   * Posts with more characters of content than this are skipped (default: no limit); see
   * {@link convertibleContentChars}.
   */
  maxContentChars?: number;
  /**
   * Give the result strings of its own (default true). A post waits for the rest of its batch,
   * and its strings are mostly views into the parser's chunks of the file (V8 keeps a substring as
   * a view of its parent), so keeping them would keep a chunk alive per post. False when the
   * result is posted to another thread at once: posting copies it anyway, and the copy made here
   * cost about 6% of the reading thread.
   */
  copyStrings?: boolean;
}

/**
 * The longest content (in characters) a thread with this heap can convert: conversion and
 * sanitizing hold about 16 bytes a character at their peak (several copies of a body of two-byte
 * characters, and the match lists of autop's global replacements), measured in a thread limited to
 * 64 MB: 3.4 million characters converted, 5.1 million did not. A post past this is skipped with a
 * reason instead of being tried: running out of the heap inside one of those regular expressions
 * can abort the whole process instead of stopping the thread cleanly.
 *
 * @example
 * convertibleContentChars(v8.getHeapStatistics().heap_size_limit); // about 3 million for 64 MB
 */
export function convertibleContentChars(heapLimitBytes: number): number {
  return Math.floor(heapLimitBytes / 32);
}

/**
 * Plain text for titles and language detection (not a sanitizer: output is escaped later). The
 * same string as `html.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim()`.
 *
 * @example
 * roughText("<p>Rail <b>link</b></p>\n<p>opens</p>"); // "Rail link opens"
 */
export function roughText(html: string): string {
  return collapseWhitespace(html.replace(/<[^>]*>/g, " "));
}

/**
 * The start of {@link roughText}: at least `length` characters of it when the text is that long
 * (the whole text otherwise). Callers only read the first few thousand characters, and a long
 * body's tail would otherwise be cut into text for nothing.
 */
function roughTextStart(html: string, length: number): string {
  // Cut the HTML right after a ">", so every tag before the cut is whole and is removed exactly
  // as in the whole text; whitespace at the cut only matters past `length`.
  let end = Math.min(html.length, length * 2);
  while (end < html.length) {
    const close = html.indexOf(">", end);
    if (close < 0) break;
    const text = roughText(html.slice(0, close + 1));
    if (text.length > length) return text;
    // Mostly markup so far: look at twice as much (a handful of steps, whatever the size).
    end = (close + 1) * 2;
  }
  return roughText(html);
}

function statusOf(item: WpItem): { status: PreparedPost["status"] } | { skip: string } {
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
 * Converts one post or page item (see {@link PreparedPost}).
 *
 * @example
 * const prepared = preparePost(item, { attachments: index.lookup, rewriteUrls: (h) => h, gazetteer, processBody: false });
 * if (prepared.kind === "prepared") prepared.html; // "<p>…</p>\n"
 */
export function preparePost(item: WpItem, context: PreparePostContext): PreparedPost | SkippedPost {
  const kind = item.type === "page" ? "pages" : "posts";
  const mapped = statusOf(item);
  if ("skip" in mapped) {
    return {
      kind: "skipped",
      skipped: { kind, id: String(item.id), title: item.title || null, reason: mapped.skip },
    };
  }
  if (context.maxContentChars !== undefined && item.content.length > context.maxContentChars) {
    const millions = (n: number): string => (n / 1_000_000).toFixed(1);
    return {
      kind: "skipped",
      skipped: {
        kind,
        id: String(item.id),
        title: item.title || null,
        reason:
          // "refused:" makes the import partial (exit 1), as for content that fails validation.
          `refused: content of ${millions(item.content.length)} million characters, more than the import's heap can ` +
          `convert (${millions(context.maxContentChars)} million; raise IMPORT_HEAP_MB)`,
      },
    };
  }
  const { html, report: content } = convertContent(item.content, {
    format: item.contentFormat,
    postId: item.id,
    attachments: context.attachments,
  });
  const body = context.rewriteUrls(html);
  const warnings: string[] = [];
  let title = item.title.replace(/\s+/g, " ").trim();
  const text = roughTextStart(body, title === "" ? Number.POSITIVE_INFINITY : LANGUAGE_SAMPLE_CHARS);
  if (title === "") {
    if (text === "") {
      return {
        kind: "skipped",
        skipped: { kind, id: String(item.id), title: null, reason: "no title and no content" },
      };
    }
    title = text.split(" ").slice(0, 10).join(" ");
    warnings.push(`${kind} ${item.id}: no title; used the first words of the text`);
  }
  let status = mapped.status;
  if (status === "scheduled" && item.dateGmt === null) {
    status = "draft";
    warnings.push(`${kind} ${item.id}: scheduled without a date; imported as a draft`);
  }
  const sample = `${title} ${text.slice(0, LANGUAGE_SAMPLE_CHARS)}`;
  const excerpt = item.excerpt.slice(0, 2000);
  const result: Omit<PreparedPost, "body"> = {
    kind: "prepared",
    item: { ...item, content: "", meta: [] },
    postKind: kind,
    title: title.slice(0, 300),
    html: body,
    htmlDigest: hash("sha1", body, "hex"),
    excerpt,
    status,
    publishedAt: item.dateGmt,
    language: text === "" && item.title === "" ? null : detectLanguage(sample),
    // The headline and the lead name the countries a story is about; scanning whole bodies
    // costs several milliseconds a post and mostly adds passing mentions.
    countries: context.gazetteer
      .detectCountries(`${title}\n${text.slice(0, COUNTRY_SCAN_CHARS)}`)
      .slice(0, 10),
    shortcodes: content.shortcodes,
    unknownShortcodes: content.unknownShortcodes,
    warnings,
  };
  const prepared = context.copyStrings === false ? result : structuredClone(result);
  return {
    ...prepared,
    // The article service gets the excerpt only when it is not blank (see the writer's input).
    body: context.processBody
      ? sanitizeBodyAhead(prepared.html, excerpt.trim() === "" ? null : prepared.excerpt)
      : null,
  };
}
