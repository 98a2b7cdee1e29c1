import fs from "node:fs";
import path from "node:path";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import {
  type ArticleStore,
  articlePath,
  authorPath,
  homePath,
  type Language,
  mediaUrl,
  type TagKind,
  tagPath,
} from "../articles/index.js";
import { isoWithOffset } from "../core/dates.js";
import { AppError } from "../core/errors.js";
import { DEFAULT_SOCIAL_IMAGE, FEED_FORMATS, type FeedFormat, feedPath } from "../ui/discovery.js";
import { translator } from "../ui/i18n.js";
import { buildFeed, type FeedChannel, type FeedSite } from "./build-feed.js";
import { createResponseCache, type RenderedResponse, rendered, sendConditional } from "./conditional-get.js";
import {
  bodyImages,
  newsSitemapXml,
  SITEMAP_MAX_URLS,
  type SitemapUrl,
  sitemapIndexXml,
  urlsetXml,
} from "./sitemap-xml.js";
import { renderSocialCard } from "./social-card.js";

export interface FeedRoutesOptions {
  store: ArticleStore;
  siteName: string;
  siteUrl: string;
  timeZone: string;
  now: () => Date;
  /** The content-version token: cached feeds and sitemaps are reused only while it is unchanged. */
  contentVersion: () => Promise<string>;
  /** Media folder, to give RSS enclosures their byte length. */
  mediaDir?: string;
  /** Items per feed (20–50 is what readers expect); default 30. */
  feedSize?: number;
  /** URLs per sitemap file; default 10,000 (keeps files far below 50 MB with images), at most 50,000. */
  sitemapPageSize?: number;
}

const LANGUAGES: readonly Language[] = ["en", "ru"];
const FEED_CACHE_CONTROL = "public, max-age=300";
const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};
const XML = "application/xml; charset=utf-8";
/** Google News wants articles of the last two days, at most 1,000 per sitemap. */
const NEWS_WINDOW_MS = 48 * 3_600_000;
const NEWS_MAX_URLS = 1000;
/** Rows read from the database at a time while writing one sitemap file. */
const SITEMAP_BATCH = 1000;

const TAG_KINDS: readonly TagKind[] = ["section", "country", "topic"];

function newest(instants: (string | null | undefined)[]): string | null {
  let best: string | null = null;
  for (const i of instants) if (i && (best === null || i > best)) best = i;
  return best;
}

/**
 * Syndication and discovery: RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the site, every section,
 * country, topic and author in both languages; the sitemap index, paginated sitemaps with image
 * entries, the Google News sitemap, robots.txt and the default social card. Every response
 * carries an ETag and Last-Modified and answers conditional requests with 304.
 *
 * URL scheme (see `ui/discovery.ts`): `<page>/feed.xml`, `<page>/atom.xml`, `<page>/feed.json`
 * next to `/`, `/ru/`, `/section/<slug>`, `/country/<slug>`, `/tag/<slug>`, `/author/<slug>`
 * (and their `/ru/` twins); `/sitemap.xml`, `/sitemaps/pages-<n>.xml`,
 * `/sitemaps/articles-<en|ru>-<n>.xml`, `/news-sitemap.xml`, `/robots.txt`, `/og-image.png`.
 *
 * @example
 * registerFeedRoutes(app, { store, siteName, siteUrl, timeZone, now, contentVersion });
 */
export function registerFeedRoutes(app: FastifyInstance, options: FeedRoutesOptions): void {
  const { store, siteName, siteUrl, timeZone } = options;
  const feedSize = Math.min(50, Math.max(1, options.feedSize ?? 30));
  const pageSize = Math.min(SITEMAP_MAX_URLS, Math.max(1, options.sitemapPageSize ?? 10_000));
  const cache = createResponseCache();
  const nowIso = (): string => options.now().toISOString();
  const w3c = (instant: string): string => isoWithOffset(new Date(instant), timeZone);
  const mediaRoot = options.mediaDir === undefined ? null : path.resolve(options.mediaDir);
  const site: FeedSite = {
    siteName,
    siteUrl,
    timeZone,
    mediaLength(mediaPath) {
      if (mediaRoot === null) return undefined;
      const file = path.resolve(mediaRoot, mediaPath);
      if (!file.startsWith(`${mediaRoot}${path.sep}`)) return undefined;
      try {
        return fs.statSync(file).size;
      } catch {
        return undefined;
      }
    },
  };

  async function serve(
    request: FastifyRequest,
    reply: FastifyReply,
    build: () => Promise<RenderedResponse>,
    cacheControl = FEED_CACHE_CONTROL,
  ): Promise<FastifyReply> {
    const key = request.url.split("?")[0] ?? request.url;
    const version = await options.contentVersion();
    const response = cache.get(key, version) ?? cache.set(key, version, await build());
    return sendConditional(request, reply, response, cacheControl);
  }

  async function feedResponse(
    format: FeedFormat,
    channel: FeedChannel,
    filter: { tagId?: number; authorId?: number },
  ): Promise<RenderedResponse> {
    const articles = await store.listPublishedWithBody(
      { language: channel.language, ...filter },
      feedSize,
      nowIso(),
    );
    const body = buildFeed(format, channel, articles, site, options.now());
    return rendered(body, CONTENT_TYPES[format], newest(articles.map((a) => a.updatedAt)));
  }

  for (const language of LANGUAGES) {
    const t = translator(language);
    const local = (item: { name: string; nameRu: string | null }): string =>
      language === "ru" && item.nameRu ? item.nameRu : item.name;
    for (const format of FEED_FORMATS) {
      const home = homePath(language);
      app.get(feedPath(home, format), async (request, reply) =>
        serve(request, reply, () =>
          feedResponse(
            format,
            {
              title: `${siteName}: ${t("siteTagline")}`,
              description: t("siteTagline"),
              language,
              pagePath: home,
            },
            {},
          ),
        ),
      );

      for (const kind of TAG_KINDS) {
        const label = t(
          kind === "section" ? "sectionLabel" : kind === "country" ? "countryLabel" : "topicLabel",
        );
        app.get<{ Params: { slug: string } }>(
          feedPath(tagPath({ kind, slug: ":slug" }, language), format),
          async (request, reply) => {
            const tag = await store.getTag(kind, request.params.slug);
            if (tag === null) throw new AppError("NOT_FOUND", `No ${kind} "${request.params.slug}".`);
            const name = local(tag);
            return serve(request, reply, () =>
              feedResponse(
                format,
                {
                  title: `${name} — ${siteName}`,
                  description: tag.description ?? `${label}: ${name}. ${t("siteTagline")}.`,
                  language,
                  pagePath: tagPath(tag, language),
                },
                { tagId: tag.id },
              ),
            );
          },
        );
      }

      app.get<{ Params: { slug: string } }>(
        feedPath(authorPath({ slug: ":slug" }, language), format),
        async (request, reply) => {
          const author = await store.getAuthor(request.params.slug);
          if (author === null) throw new AppError("NOT_FOUND", `No author "${request.params.slug}".`);
          const name = local(author);
          const bio = language === "ru" && author.bioRu ? author.bioRu : author.bio;
          return serve(request, reply, () =>
            feedResponse(
              format,
              {
                title: `${name} — ${siteName}`,
                description: bio || `${t("authorLabel")}: ${name}`,
                language,
                pagePath: authorPath(author, language),
              },
              { authorId: author.id },
            ),
          );
        },
      );
    }
  }

  /** The list pages worth indexing: front pages, and every tag and author with articles. */
  async function listPageUrls(): Promise<SitemapUrl[]> {
    const now = nowIso();
    const urls: SitemapUrl[] = [];
    const lists: SitemapUrl[] = [];
    for (const language of LANGUAGES) {
      const [active, span] = await Promise.all([
        store.listActiveListPages(language, now),
        store.publishedSpan(language, now),
      ]);
      const lastOfLanguage = newest([
        span?.last,
        ...active.tags.map((t) => t.lastModified),
        ...active.authors.map((a) => a.lastModified),
      ]);
      urls.push({
        loc: `${siteUrl}${homePath(language)}`,
        lastmod: lastOfLanguage === null ? null : w3c(lastOfLanguage),
      });
      for (const tag of active.tags)
        lists.push({ loc: `${siteUrl}${tagPath(tag, language)}`, lastmod: w3c(tag.lastModified) });
      for (const author of active.authors)
        lists.push({ loc: `${siteUrl}${authorPath(author, language)}`, lastmod: w3c(author.lastModified) });
    }
    return [...urls, ...lists];
  }

  async function articleCount(language: Language): Promise<number> {
    return store.countPublished({ language }, nowIso());
  }

  app.get("/sitemap.xml", async (request, reply) =>
    serve(request, reply, async () => {
      const now = nowIso();
      const lists = await listPageUrls();
      const sitemaps: SitemapUrl[] = [];
      for (let n = 1; n <= Math.max(1, Math.ceil(lists.length / pageSize)); n++) {
        const slice = lists.slice((n - 1) * pageSize, n * pageSize);
        const last = newest(slice.map((u) => u.lastmod));
        sitemaps.push({ loc: `${siteUrl}/sitemaps/pages-${n}.xml`, lastmod: last });
      }
      for (const language of LANGUAGES) {
        const pages = Math.ceil((await articleCount(language)) / pageSize);
        for (let n = 1; n <= pages; n++) {
          const last = await store.sitemapPageLastModified(
            language,
            { limit: pageSize, offset: (n - 1) * pageSize },
            now,
          );
          sitemaps.push({
            loc: `${siteUrl}/sitemaps/articles-${language}-${n}.xml`,
            lastmod: last === null ? null : w3c(last),
          });
        }
      }
      // Index lastmods are already W3C strings; the newest of them dates the index itself.
      const lastModified = newest(
        sitemaps.map((s) => (s.lastmod ? new Date(s.lastmod).toISOString() : null)),
      );
      return rendered(sitemapIndexXml(sitemaps), XML, lastModified);
    }),
  );

  app.get<{ Params: { file: string } }>("/sitemaps/:file", async (request, reply) => {
    const match = /^(?:pages|articles-(en|ru))-([1-9]\d{0,6})\.xml$/.exec(request.params.file);
    if (match === null) throw new AppError("NOT_FOUND", "No such sitemap.");
    const language = match[1] as Language | undefined;
    const n = Number(match[2]);
    const offset = (n - 1) * pageSize;
    if (language === undefined) {
      return serve(request, reply, async () => {
        const slice = (await listPageUrls()).slice(offset, offset + pageSize);
        if (slice.length === 0) throw new AppError("NOT_FOUND", "No such sitemap.");
        const last = newest(slice.map((u) => (u.lastmod ? new Date(u.lastmod).toISOString() : null)));
        return rendered(urlsetXml(slice), XML, last);
      });
    }
    return serve(request, reply, async () => {
      const now = nowIso();
      const urls: SitemapUrl[] = [];
      let last: string | null = null;
      for (let read = 0; read < pageSize; read += SITEMAP_BATCH) {
        const rows = await store.listSitemapArticles(
          language,
          { limit: Math.min(SITEMAP_BATCH, pageSize - read), offset: offset + read },
          now,
        );
        for (const row of rows) {
          const hero = row.heroPath === null ? [] : [`${siteUrl}${mediaUrl(row.heroPath)}`];
          urls.push({
            loc: `${siteUrl}${articlePath(row, timeZone)}`,
            lastmod: w3c(row.updatedAt),
            images: [...new Set([...hero, ...bodyImages(row.bodyHtml, siteUrl)])],
          });
          last = newest([last, row.updatedAt]);
        }
        if (rows.length < SITEMAP_BATCH) break;
      }
      if (urls.length === 0) throw new AppError("NOT_FOUND", "No such sitemap.");
      return rendered(urlsetXml(urls), XML, last);
    });
  });

  app.get("/news-sitemap.xml", async (request, reply) =>
    serve(request, reply, async () => {
      const now = options.now();
      const from = new Date(now.getTime() - NEWS_WINDOW_MS).toISOString();
      const recent = (
        await Promise.all(
          LANGUAGES.map((language) =>
            store.listPublished({ language, from }, { limit: NEWS_MAX_URLS, offset: 0 }, now.toISOString()),
          ),
        )
      )
        .flat()
        .sort((a, b) =>
          a.publishedAt < b.publishedAt ? 1 : a.publishedAt > b.publishedAt ? -1 : b.id - a.id,
        )
        .slice(0, NEWS_MAX_URLS);
      const xml = newsSitemapXml(
        recent.map((a) => ({
          loc: `${siteUrl}${articlePath(a, timeZone)}`,
          publicationName: siteName,
          language: a.language,
          publicationDate: w3c(a.publishedAt),
          title: a.title,
        })),
      );
      return rendered(xml, XML, newest(recent.map((a) => a.updatedAt)));
    }),
  );

  app.get("/robots.txt", async (request, reply) =>
    serve(
      request,
      reply,
      async () =>
        rendered(
          [
            `# ${siteName}`,
            "User-agent: *",
            // Search results are endless and thin; the language switch only redirects.
            "Disallow: /search",
            "Disallow: /ru/search",
            "Disallow: /lang/",
            "",
            `Sitemap: ${siteUrl}/sitemap.xml`,
            `Sitemap: ${siteUrl}/news-sitemap.xml`,
            "",
          ].join("\n"),
          "text/plain; charset=utf-8",
          null,
        ),
      "public, max-age=3600",
    ),
  );

  let socialCard: RenderedResponse | null = null;
  app.get(DEFAULT_SOCIAL_IMAGE.path, async (request, reply) => {
    socialCard ??= rendered(
      renderSocialCard({ width: DEFAULT_SOCIAL_IMAGE.width, height: DEFAULT_SOCIAL_IMAGE.height }),
      "image/png",
      null,
    );
    return sendConditional(request, reply, socialCard, "public, max-age=86400");
  });
}
