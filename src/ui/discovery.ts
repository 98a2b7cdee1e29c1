import type { Locale } from "../core/dates.js";
import { translator } from "./i18n.js";
import type { PageMeta } from "./types.js";

/**
 * The feed URL scheme, shared by the pages that advertise feeds (autodiscovery links) and the
 * feeds feature that serves them, so the two can never disagree. Every listable page has three
 * feeds next to it: `<page>/feed.xml` (RSS 2.0), `<page>/atom.xml` (Atom 1.0) and
 * `<page>/feed.json` (JSON Feed 1.1); the front pages' feeds are `/feed.xml` and `/ru/feed.xml`.
 */
export type FeedFormat = "rss" | "atom" | "json";

export const FEED_FORMATS: readonly FeedFormat[] = ["rss", "atom", "json"];

const FILE: Record<FeedFormat, string> = { rss: "feed.xml", atom: "atom.xml", json: "feed.json" };
const TYPE: Record<FeedFormat, string> = {
  rss: "application/rss+xml",
  atom: "application/atom+xml",
  json: "application/feed+json",
};
const LABEL: Record<FeedFormat, string> = { rss: "RSS", atom: "Atom", json: "JSON Feed" };

/** The file name a feed format is served under: "feed.xml", "atom.xml", "feed.json". */
export function feedFileName(format: FeedFormat): string {
  return FILE[format];
}

/** The media type of a feed format ("application/rss+xml"...). */
export function feedMediaType(format: FeedFormat): string {
  return TYPE[format];
}

/**
 * The path of a page's feed.
 *
 * @example
 * feedPath("/section/economy", "atom"); // "/section/economy/atom.xml"
 * feedPath("/ru/", "rss"); // "/ru/feed.xml"
 * feedPath("/", "json"); // "/feed.json"
 */
export function feedPath(pagePath: string, format: FeedFormat): string {
  return `${pagePath.replace(/\/+$/, "")}/${FILE[format]}`;
}

/**
 * Autodiscovery links (`<link rel="alternate" type="application/rss+xml">`) for a page.
 *
 * @example
 * feedLinks("/country/kazakhstan", "Kazakhstan", "en"); // RSS, Atom and JSON Feed links
 */
export function feedLinks(pagePath: string, name: string, locale: Locale): NonNullable<PageMeta["feeds"]> {
  const t = translator(locale);
  return FEED_FORMATS.map((format) => ({
    title: t("feedTitle", { name, format: LABEL[format] }),
    href: feedPath(pagePath, format),
    type: TYPE[format],
  }));
}

/**
 * The site-wide social card used as og:image / twitter:image (and as the JSON-LD image of an
 * article without a picture). A PNG, since most link previews ignore SVG.
 */
export const DEFAULT_SOCIAL_IMAGE = { path: "/og-image.png", width: 1200, height: 630 } as const;
