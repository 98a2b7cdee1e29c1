import { zonedYearMonth } from "../core/dates.js";
import type { Language, TagKind } from "./types.js";

/**
 * Public URL paths for articles, tags, authors and archives. The one place that knows the URL
 * scheme, so links, canonicals, feeds and sitemaps always agree.
 */

/** "" for English, "/ru" for Russian. */
export function languagePrefix(language: Language): string {
  return language === "ru" ? "/ru" : "";
}

/**
 * `/2026/02/rail-link-opens` (English) or `/ru/2026/02/...`; year and month in the site's zone.
 *
 * @example
 * articlePath({ language: "en", slug: "a", publishedAt: "2026-01-31T20:00:00.000Z" }, "Asia/Almaty"); // "/2026/02/a"
 */
export function articlePath(
  article: { language: Language; slug: string; publishedAt: string },
  timeZone: string,
): string {
  const p = zonedYearMonth(new Date(article.publishedAt), timeZone);
  return `${languagePrefix(article.language)}/${p.year}/${String(p.month).padStart(2, "0")}/${article.slug}`;
}

const KIND_SEGMENT: Record<TagKind, string> = { section: "section", country: "country", topic: "tag" };

/** `/section/economy`, `/country/kazakhstan`, `/tag/water`. */
export function tagPath(tag: { kind: TagKind; slug: string }, language: Language): string {
  return `${languagePrefix(language)}/${KIND_SEGMENT[tag.kind]}/${tag.slug}`;
}

/** The URL segment for a tag kind: "section", "country", "tag". */
export function tagKindSegment(kind: TagKind): string {
  return KIND_SEGMENT[kind];
}

/** `/author/aigerim-sadykova`. */
export function authorPath(author: { slug: string }, language: Language): string {
  return `${languagePrefix(language)}/author/${author.slug}`;
}

/** `/2026/` or `/2026/02/`. */
export function archivePath(year: number, month: number | null, language: Language): string {
  return `${languagePrefix(language)}/${year}/${month === null ? "" : `${String(month).padStart(2, "0")}/`}`;
}

/** `/media/demo/tram.svg`. */
export function mediaUrl(mediaPath: string): string {
  return `/media/${mediaPath.split("/").map(encodeURIComponent).join("/")}`;
}

/** `/` or `/ru/`. */
export function homePath(language: Language): string {
  return language === "ru" ? "/ru/" : "/";
}
