import { type Author, type Category, Feed, type Item } from "feed";
import {
  type ArticleSummary,
  articlePath,
  authorPath,
  type Language,
  mediaUrl,
  tagPath,
} from "../articles/index.js";
import type { FeedFormat } from "../ui/discovery.js";
import { feedPath } from "../ui/discovery.js";
import { absolutizeHtml } from "./absolute-html.js";
import { escapeXml, mediaTypeOf, stripInvalidXmlChars } from "./xml-text.js";

/** An article as a feed shows it: its summary and full body. */
export type FeedArticle = ArticleSummary & { bodyHtml: string };

/** What a feed is about: the site, a section, a country, a topic or an author, in one language. */
export interface FeedChannel {
  title: string;
  description: string;
  language: Language;
  /** The HTML page the feed mirrors ("/section/economy"); the feed lives next to it. */
  pagePath: string;
}

export interface FeedSite {
  siteName: string;
  siteUrl: string;
  timeZone: string;
  /** Byte size of a media file, for RSS enclosure lengths; undefined when unknown. */
  mediaLength?: (mediaPath: string) => number | undefined;
}

const FEED_GENERATOR = "Steppe";

function localName(item: { name: string; nameRu: string | null }, language: Language): string {
  return language === "ru" && item.nameRu ? item.nameRu : item.name;
}

/** `tag:` URIs (RFC 4151) as entry ids: stable when a slug is edited, unlike the article's URL. */
function entryId(article: FeedArticle, siteUrl: string): string {
  const host = new URL(siteUrl).hostname;
  return `tag:${host},${article.publishedAt.slice(0, 10)}:article:${article.id}`;
}

function heroFigure(article: FeedArticle, siteUrl: string): string {
  const hero = article.hero;
  if (hero === null) return "";
  const ru = article.language === "ru";
  const alt = (ru && hero.altRu) || hero.alt;
  const caption = (ru && hero.captionRu) || hero.caption;
  const size = `${hero.width ? ` width="${hero.width}"` : ""}${hero.height ? ` height="${hero.height}"` : ""}`;
  const credit = hero.credit ? ` <span class="credit">${escapeXml(hero.credit)}</span>` : "";
  const figcaption = caption || hero.credit ? `<figcaption>${escapeXml(caption)}${credit}</figcaption>` : "";
  return `<figure><img src="${escapeXml(`${siteUrl}${mediaUrl(hero.path)}`)}" alt="${escapeXml(alt)}"${size} />${figcaption}</figure>`;
}

/** The full article as self-contained HTML: hero figure, then the body with absolute URLs. */
function contentHtml(article: FeedArticle, siteUrl: string): string {
  const html = `${heroFigure(article, siteUrl)}${absolutizeHtml(article.bodyHtml, siteUrl)}`;
  // An empty content element would leave RSS without its content namespace; say something.
  return stripInvalidXmlChars(html.trim() === "" ? `<p>${escapeXml(article.title)}</p>` : html);
}

function categories(article: FeedArticle, siteUrl: string): Category[] {
  return article.tags.map((tag) => {
    const url = `${siteUrl}${tagPath(tag, article.language)}`;
    const name = localName(tag, article.language);
    return { name, term: name, domain: url, scheme: url.slice(0, url.lastIndexOf("/") + 1) };
  });
}

function authors(article: FeedArticle, siteUrl: string): Author[] {
  return article.authors.map((a) => ({
    name: localName(a, article.language),
    link: `${siteUrl}${authorPath(a, article.language)}`,
  }));
}

/**
 * CDATA cannot contain "]]>", and the library writes RSS titles as CDATA of plain text (escaping
 * them would show "&amp;" in most readers), so that one sequence gets a space.
 */
function cdataText(text: string): string {
  return stripInvalidXmlChars(text).replaceAll("]]>", "]] >");
}

function newestUpdate(articles: FeedArticle[]): Date | undefined {
  let newest: string | undefined;
  for (const a of articles) if (newest === undefined || a.updatedAt > newest) newest = a.updatedAt;
  return newest === undefined ? undefined : new Date(newest);
}

/**
 * Renders one feed in one format with the `feed` library. The three formats get slightly
 * different items because the formats differ: Atom titles and summaries are typed HTML (so they
 * are escaped), RSS has no author name element (names go in dc:creator), and the library's JSON
 * output (JSON Feed 1.0) is upgraded to 1.1 (`authors`, `language`).
 *
 * @example
 * buildFeed("rss", { title: "Steppe", description: "News", language: "en", pagePath: "/" }, articles, site, now);
 */
export function buildFeed(
  format: FeedFormat,
  channel: FeedChannel,
  articles: FeedArticle[],
  site: FeedSite,
  now: Date,
): string {
  const { siteUrl, timeZone } = site;
  const pageUrl = `${siteUrl}${channel.pagePath}`;
  const selfUrl = `${siteUrl}${feedPath(channel.pagePath, format)}`;
  const feed = new Feed({
    id: pageUrl,
    title: stripInvalidXmlChars(channel.title),
    description: stripInvalidXmlChars(channel.description),
    link: pageUrl,
    language: channel.language,
    // A fixed "updated" keeps the bytes (and so the ETag) equal while nothing changed.
    updated: newestUpdate(articles) ?? now,
    generator: FEED_GENERATOR,
    feedLinks: { [format]: selfUrl },
    favicon: `${siteUrl}/favicon.svg`,
    author: { name: site.siteName, link: siteUrl },
    copyright: `© ${site.siteName}`,
  });
  for (const article of articles) {
    const link = `${siteUrl}${articlePath(article, timeZone)}`;
    const summary = stripInvalidXmlChars(article.dek || article.excerpt);
    const item: Item = {
      title:
        format === "atom"
          ? escapeXml(article.title)
          : format === "rss"
            ? cdataText(article.title)
            : stripInvalidXmlChars(article.title),
      id: entryId(article, siteUrl),
      link,
      date: new Date(article.updatedAt),
      published: new Date(article.publishedAt),
      description: format === "json" ? summary : escapeXml(summary),
      content: contentHtml(article, siteUrl),
      category: categories(article, siteUrl),
    };
    // The library's JSON writer crashes on an empty author list, so give none rather than [].
    if (format !== "rss" && article.authors.length > 0) item.author = authors(article, siteUrl);
    else if (format === "rss" && article.authors.length > 0)
      item.extensions = [
        {
          name: "dc:creator",
          objects: {
            _text: authors(article, siteUrl)
              .map((a) => a.name)
              .join(", "),
          },
        },
      ];
    if (article.hero) {
      const url = `${siteUrl}${mediaUrl(article.hero.path)}`;
      const length = site.mediaLength?.(article.hero.path);
      item.enclosure = {
        url,
        type: mediaTypeOf(article.hero.path),
        ...(length === undefined ? {} : { length }),
      };
      if (format === "json") item.image = url;
    }
    feed.addItem(item);
  }
  if (format === "rss") return feed.rss2();
  if (format === "atom") return fixAtomEnclosureTypes(feed.atom1());
  return upgradeJsonFeed(feed.json1(), channel.language, articles, site);
}

/**
 * The library derives an Atom enclosure's type from the file extension ("image/svg"); put the
 * real media type back. Only `<link rel="enclosure">` elements are touched: content sits in
 * CDATA and never contains an unescaped `<link`.
 */
function fixAtomEnclosureTypes(xml: string): string {
  return xml.replace(
    /<link rel="enclosure" href="([^"]*)"([^>]*?) type="[^"]*"/g,
    (_whole, href: string, rest: string) => {
      const path = new URL(href.replaceAll("&amp;", "&")).pathname;
      return `<link rel="enclosure" href="${href}"${rest} type="${mediaTypeOf(path)}"`;
    },
  );
}

interface JsonFeedAuthor {
  name: string;
  url?: string;
}

/** JSON Feed 1.0 as the library writes it, upgraded to 1.1 (https://www.jsonfeed.org/version/1.1/). */
function upgradeJsonFeed(json: string, language: Language, articles: FeedArticle[], site: FeedSite): string {
  const feed = JSON.parse(json) as Record<string, unknown> & { items?: Record<string, unknown>[] };
  const byId = new Map(articles.map((a) => [entryId(a, site.siteUrl), a]));
  const items = (feed.items ?? []).map((item) => {
    const article = byId.get(String(item.id));
    const { author: _deprecated, ...rest } = item;
    const itemAuthors: JsonFeedAuthor[] = article
      ? authors(article, site.siteUrl).map((a) => ({
          name: a.name ?? "",
          ...(a.link ? { url: a.link } : {}),
        }))
      : [];
    return { ...rest, ...(itemAuthors.length > 0 ? { authors: itemAuthors } : {}), language };
  });
  const { author: _feedAuthor, items: _items, version: _version, icon: _icon, ...head } = feed;
  return JSON.stringify(
    {
      version: "https://jsonfeed.org/version/1.1",
      ...head,
      favicon: `${site.siteUrl}/favicon.svg`,
      language,
      authors: [{ name: site.siteName, url: site.siteUrl }],
      items,
    },
    null,
    2,
  );
}
