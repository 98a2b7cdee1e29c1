import { Parser } from "htmlparser2";
import { absoluteUrl } from "./absolute-html.js";
import { escapeXml } from "./xml-text.js";

/**
 * XML writers for sitemaps (sitemaps.org 0.9), image entries (Google image sitemap 1.1) and the
 * Google News sitemap (0.9). Plain string building: the shapes are tiny and fixed, and escaping
 * goes through one function.
 */

const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const IMAGE_NS = "http://www.google.com/schemas/sitemap-image/1.1";
const NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

/** The most URLs and bytes the sitemaps.org protocol allows in one file. */
export const SITEMAP_MAX_URLS = 50_000;
export const SITEMAP_MAX_BYTES = 50 * 1024 * 1024;
/** Google reads at most 1,000 images per page; we list far fewer. */
export const MAX_IMAGES_PER_URL = 20;

export interface SitemapUrl {
  loc: string;
  /** W3C datetime, or null when unknown. */
  lastmod: string | null;
  images?: string[];
}

/**
 * A `<urlset>` with optional `<image:image>` entries.
 *
 * @example
 * urlsetXml([{ loc: "https://news.example.org/", lastmod: "2026-02-14T14:30:00+05:00" }]);
 */
export function urlsetXml(urls: SitemapUrl[]): string {
  const withImages = urls.some((u) => (u.images ?? []).length > 0);
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<urlset xmlns="${SITEMAP_NS}"${withImages ? ` xmlns:image="${IMAGE_NS}"` : ""}>\n`,
  ];
  for (const url of urls) {
    parts.push(`<url><loc>${escapeXml(url.loc)}</loc>`);
    if (url.lastmod !== null) parts.push(`<lastmod>${url.lastmod}</lastmod>`);
    for (const image of (url.images ?? []).slice(0, MAX_IMAGES_PER_URL))
      parts.push(`<image:image><image:loc>${escapeXml(image)}</image:loc></image:image>`);
    parts.push("</url>\n");
  }
  parts.push("</urlset>\n");
  return parts.join("");
}

/**
 * A `<sitemapindex>` listing sitemap files.
 *
 * @example
 * sitemapIndexXml([{ loc: "https://news.example.org/sitemaps/pages-1.xml", lastmod: null }]);
 */
export function sitemapIndexXml(sitemaps: SitemapUrl[]): string {
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n', `<sitemapindex xmlns="${SITEMAP_NS}">\n`];
  for (const s of sitemaps) {
    parts.push(`<sitemap><loc>${escapeXml(s.loc)}</loc>`);
    if (s.lastmod !== null) parts.push(`<lastmod>${s.lastmod}</lastmod>`);
    parts.push("</sitemap>\n");
  }
  parts.push("</sitemapindex>\n");
  return parts.join("");
}

export interface NewsSitemapUrl {
  loc: string;
  publicationName: string;
  /** ISO 639 code: "en", "ru". */
  language: string;
  /** W3C datetime of first publication. */
  publicationDate: string;
  title: string;
}

/**
 * A Google News sitemap: articles of the last two days, each with publication name and language,
 * publication date and title. With no recent articles the urlset is empty, which Google accepts
 * as "nothing new" (the sitemaps.org schema itself wants at least one URL).
 *
 * @example
 * newsSitemapXml([{ loc, publicationName: "Steppe", language: "en", publicationDate, title }]);
 */
export function newsSitemapXml(urls: NewsSitemapUrl[]): string {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">\n`,
  ];
  for (const u of urls) {
    parts.push(
      `<url><loc>${escapeXml(u.loc)}</loc><news:news><news:publication>`,
      `<news:name>${escapeXml(u.publicationName)}</news:name>`,
      `<news:language>${escapeXml(u.language)}</news:language></news:publication>`,
      `<news:publication_date>${u.publicationDate}</news:publication_date>`,
      `<news:title>${escapeXml(u.title)}</news:title></news:news></url>\n`,
    );
  }
  parts.push("</urlset>\n");
  return parts.join("");
}

/**
 * The images of an article body (`<img src>`, in order, deduplicated), as absolute URLs.
 *
 * @example
 * bodyImages('<figure><img src="/media/a.svg"></figure>', "https://news.example.org"); // ["https://news.example.org/media/a.svg"]
 */
export function bodyImages(html: string, siteUrl: string): string[] {
  const found: string[] = [];
  const parser = new Parser({
    onopentag(name, attribs) {
      if (name !== "img" || attribs.src === undefined) return;
      const url = absoluteUrl(attribs.src, siteUrl);
      if (/^https?:\/\//.test(url) && !found.includes(url)) found.push(url);
    },
  });
  parser.write(html);
  parser.end();
  return found;
}
