import type { FastifyInstance, FastifyRequest } from "fastify";
import { formatMonth, localPeriodRange } from "../core/dates.js";
import { AppError } from "../core/errors.js";
import { paginate, parsePageParam } from "../core/pagination.js";
import { DEFAULT_SOCIAL_IMAGE, feedLinks } from "../ui/discovery.js";
import { type Translate, translator } from "../ui/i18n.js";
import type { PageRenderer } from "../ui/page-renderer.js";
import type { ArticleStore } from "./store.js";
import { breadcrumbJsonLd, newsArticleJsonLd } from "./structured-data.js";
import type { ArticleListFilter, ArticleSummary, Language, TagKind } from "./types.js";
import {
  archivePath,
  articlePath,
  authorPath,
  homePath,
  languagePrefix,
  mediaUrl,
  tagKindSegment,
  tagPath,
} from "./urls.js";
import { ArticlePage } from "./views/article-page.js";
import { FrontPage } from "./views/front-page.js";
import { ListPage } from "./views/list-page.js";
import { localName, mediaText } from "./views/parts.js";

export interface ArticleRoutesOptions {
  store: ArticleStore;
  pages: PageRenderer;
  siteName: string;
  siteUrl: string;
  timeZone: string;
  now: () => Date;
  /** Stories per list page. */
  perPage?: number;
  /**
   * Published articles about a country, tagged or detected in the text by the search feature's
   * gazetteer, newest first. Without it, country pages list the country tag only.
   */
  countryArticles?: (request: {
    country: string;
    language: Language;
    now: string;
    offset: number;
    limit: number;
  }) => Promise<{ total: number; ids: number[] }>;
}

const notFound = (what: string): AppError => new AppError("NOT_FOUND", `${what} not found`);

/**
 * Public reading pages: front page, article, section/country/tag/author lists and date
 * archives, each in English (/) and Russian (/ru/).
 */
export function registerArticleRoutes(app: FastifyInstance, options: ArticleRoutesOptions): void {
  const { store, pages, timeZone } = options;
  const perPage = options.perPage ?? 12;
  const site = { siteName: options.siteName, siteUrl: options.siteUrl, timeZone };
  const nowIso = (): string => options.now().toISOString();

  async function listPage(
    request: FastifyRequest,
    filter: ArticleListFilter,
  ): Promise<{ articles: ArticleSummary[]; page: NonNullable<ReturnType<typeof paginate>> }> {
    const pageNumber = parsePageParam((request.query as Record<string, unknown>).page);
    if (pageNumber === null) throw new AppError("PAGE_OUT_OF_RANGE", "That page number does not exist.");
    const now = nowIso();
    const total = await store.countPublished(filter, now);
    const page = paginate({ total, page: pageNumber, perPage });
    if (page === null) throw new AppError("PAGE_OUT_OF_RANGE", `Page ${pageNumber} does not exist.`);
    const articles = await store.listPublished(filter, { limit: perPage, offset: page.offset }, now);
    return { articles, page };
  }

  async function countryPage(
    request: FastifyRequest,
    language: Language,
    country: string,
    source: NonNullable<ArticleRoutesOptions["countryArticles"]>,
  ): Promise<{ articles: ArticleSummary[]; page: NonNullable<ReturnType<typeof paginate>> }> {
    const pageNumber = parsePageParam((request.query as Record<string, unknown>).page);
    if (pageNumber === null) throw new AppError("PAGE_OUT_OF_RANGE", "That page number does not exist.");
    const now = nowIso();
    const { total, ids } = await source({
      country,
      language,
      now,
      offset: (pageNumber - 1) * perPage,
      limit: perPage,
    });
    const page = paginate({ total, page: pageNumber, perPage });
    if (page === null) throw new AppError("PAGE_OUT_OF_RANGE", `Page ${pageNumber} does not exist.`);
    return { articles: await store.listPublishedByIds(ids, now), page };
  }

  /** " Page 2." on later pages, so that no two pages share a description. */
  function pageNote(pageNumber: number, t: Translate): string {
    return pageNumber > 1 ? ` ${t("page", { n: pageNumber })}.` : "";
  }

  /** Home › list page, for list pages' BreadcrumbList. */
  function listBreadcrumb(locale: "en" | "ru", name: string, path: string): object {
    return {
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        {
          "@type": "ListItem",
          position: 1,
          name: translator(locale)("breadcrumbHome"),
          item: `${options.siteUrl}${homePath(locale)}`,
        },
        { "@type": "ListItem", position: 2, name, item: `${options.siteUrl}${path}` },
      ],
    };
  }

  function pageSuffix(request: FastifyRequest): string {
    const n = parsePageParam((request.query as Record<string, unknown>).page);
    return n !== null && n > 1 ? `?page=${n}` : "";
  }

  for (const locale of ["en", "ru"] as const) {
    const prefix = languagePrefix(locale);
    const t = translator(locale);

    app.get(locale === "ru" ? "/ru/" : "/", { config: { pageCache: true } }, async (request, reply) => {
      const now = nowIso();
      const latestAll = await store.listPublished({ language: locale }, { limit: 9, offset: 0 }, now);
      const [lead, ...latest] = latestAll;
      const shownIds = latestAll.map((a) => a.id);
      const blocks: {
        tag: Awaited<ReturnType<ArticleStore["listTags"]>>[number];
        articles: ArticleSummary[];
      }[] = [];
      for (const kind of ["section", "country"] as const) {
        for (const tag of await store.listTags(kind)) {
          const articles = await store.listPublished(
            { language: locale, tagId: tag.id, excludeIds: shownIds },
            { limit: kind === "section" ? 4 : 3, offset: 0 },
            now,
          );
          if (articles.length > 0) blocks.push({ tag, articles });
        }
      }
      return pages.send(request, reply, {
        locale,
        meta: {
          // The tagline keeps the two front pages' titles distinct ("News from Central Asia — Steppe").
          title: t("siteTagline"),
          description: `${options.siteName}: ${t("siteTagline")}. ${t("latest")}: ${lead?.title ?? t("noArticles")}`,
          canonicalPath: homePath(locale),
          alternates: [
            { lang: "en", path: "/" },
            { lang: "ru", path: "/ru/" },
            { lang: "x-default", path: "/" },
          ],
          feeds: feedLinks(homePath(locale), options.siteName, locale),
          jsonLd: [
            {
              "@context": "https://schema.org",
              "@type": "WebSite",
              name: options.siteName,
              url: `${options.siteUrl}${homePath(locale)}`,
              inLanguage: locale,
              description: t("siteTagline"),
            },
            {
              "@context": "https://schema.org",
              "@type": "NewsMediaOrganization",
              name: options.siteName,
              url: options.siteUrl,
              logo: { "@type": "ImageObject", url: `${options.siteUrl}/logo.svg`, width: 600, height: 60 },
              image: `${options.siteUrl}${DEFAULT_SOCIAL_IMAGE.path}`,
            },
          ],
        },
        body: (
          <FrontPage
            locale={locale}
            timeZone={timeZone}
            siteName={options.siteName}
            lead={lead ?? null}
            latest={latest}
            blocks={blocks}
          />
        ),
      });
    });

    app.get<{ Params: { year: string; month: string; slug: string } }>(
      `${prefix}/:year(^\\d{4}$)/:month(^\\d{2}$)/:slug`,
      { config: { pageCache: true } },
      async (request, reply) => {
        const { year, month, slug } = request.params;
        const now = nowIso();
        const article = await store.getPublished(locale, slug, now);
        if (article === null) throw notFound("Article");
        const canonical = articlePath(article, timeZone);
        if (canonical !== `${prefix}/${year}/${month}/${slug}`) return reply.redirect(canonical, 301);
        const related = await store.listRelated(article.id, locale, 3, now);
        // Too few stories share a tag: fill from stories the gazetteer found about the same countries.
        if (related.length < 3 && options.countryArticles !== undefined) {
          const seen = new Set([article.id, ...related.map((r) => r.id)]);
          for (const tag of article.tags) {
            if (tag.kind !== "country" || tag.code === null || related.length >= 3) continue;
            const { ids } = await options.countryArticles({
              country: tag.code,
              language: locale,
              now,
              offset: 0,
              limit: 6,
            });
            const fresh = ids.filter((id) => !seen.has(id)).slice(0, 3 - related.length);
            for (const extra of await store.listPublishedByIds(fresh, now)) {
              seen.add(extra.id);
              related.push(extra);
            }
          }
        }
        const translation = article.translations[0];
        const alternates = [
          { lang: locale, path: canonical },
          ...article.translations.map((tr) => ({ lang: tr.language, path: articlePath(tr, timeZone) })),
        ];
        const english = alternates.find((a) => a.lang === "en");
        return pages.send(request, reply, {
          locale,
          ...(translation ? { translationPath: articlePath(translation, timeZone) } : {}),
          meta: {
            title: article.seoTitle ?? article.title,
            description: article.seoDescription ?? (article.dek || article.excerpt),
            canonicalPath: canonical,
            type: "article",
            ...(article.hero
              ? {
                  image: {
                    url: mediaUrl(article.hero.path),
                    width: article.hero.width,
                    height: article.hero.height,
                    alt: mediaText(article.hero, locale).alt,
                  },
                }
              : {}),
            alternates: [
              ...alternates,
              ...(english ? [{ lang: "x-default" as const, path: english.path }] : []),
            ],
            jsonLd: [newsArticleJsonLd(article, site), breadcrumbJsonLd(article, site, t("breadcrumbHome"))],
            feeds: [
              ...feedLinks(homePath(locale), options.siteName, locale),
              ...(article.section
                ? feedLinks(tagPath(article.section, locale), localName(article.section, locale), locale)
                : []),
            ],
          },
          body: <ArticlePage article={article} related={related} locale={locale} timeZone={timeZone} />,
        });
      },
    );

    for (const kind of ["section", "country", "topic"] as const satisfies TagKind[]) {
      app.get<{ Params: { slug: string } }>(
        `${prefix}/${tagKindSegment(kind)}/:slug`,
        { config: { pageCache: true } },
        async (request, reply) => {
          const tag = await store.getTag(kind, request.params.slug);
          if (tag === null) throw notFound("Tag");
          const { articles, page } =
            kind === "country" && tag.code !== null && options.countryArticles !== undefined
              ? await countryPage(request, locale, tag.code, options.countryArticles)
              : await listPage(request, { language: locale, tagId: tag.id });
          const name = localName(tag, locale);
          const label = t(
            kind === "section" ? "sectionLabel" : kind === "country" ? "countryLabel" : "topicLabel",
          );
          const basePath = tagPath(tag, locale);
          return pages.send(request, reply, {
            locale,
            translationPath: tagPath(tag, locale === "en" ? "ru" : "en"),
            meta: {
              title: page.page > 1 ? `${name} — ${t("page", { n: page.page })}` : name,
              description: `${tag.description ?? `${label}: ${name}. ${t("siteTagline")}.`}${pageNote(page.page, t)}`,
              canonicalPath: `${basePath}${pageSuffix(request)}`,
              feeds: feedLinks(basePath, name, locale),
              alternates: [
                { lang: "en", path: tagPath(tag, "en") },
                { lang: "ru", path: tagPath(tag, "ru") },
                { lang: "x-default", path: tagPath(tag, "en") },
              ],
              jsonLd: [
                {
                  "@context": "https://schema.org",
                  "@type": "CollectionPage",
                  name,
                  description: tag.description ?? `${label}: ${name}`,
                  url: `${options.siteUrl}${basePath}`,
                  inLanguage: locale,
                  isPartOf: { "@type": "WebSite", name: options.siteName, url: options.siteUrl },
                },
                listBreadcrumb(locale, name, basePath),
              ],
            },
            body: (
              <ListPage
                locale={locale}
                timeZone={timeZone}
                label={label}
                heading={name}
                intro={tag.description}
                articles={articles}
                page={page}
                basePath={basePath}
              />
            ),
          });
        },
      );
    }

    app.get<{ Params: { slug: string } }>(
      `${prefix}/author/:slug`,
      { config: { pageCache: true } },
      async (request, reply) => {
        const author = await store.getAuthor(request.params.slug);
        if (author === null) throw notFound("Author");
        const { articles, page } = await listPage(request, { language: locale, authorId: author.id });
        const name = localName(author, locale);
        const bio = locale === "ru" && author.bioRu ? author.bioRu : author.bio;
        const basePath = authorPath(author, locale);
        return pages.send(request, reply, {
          locale,
          translationPath: authorPath(author, locale === "en" ? "ru" : "en"),
          meta: {
            title: page.page > 1 ? `${name} — ${t("page", { n: page.page })}` : name,
            // A Russian page without a Russian bio gets a Russian description, not the English bio.
            description: `${(locale === "ru" ? author.bioRu : author.bio) || `${t("authorLabel")}: ${name}`}${pageNote(page.page, t)}`,
            canonicalPath: `${basePath}${pageSuffix(request)}`,
            type: "website",
            alternates: [
              { lang: "en", path: authorPath(author, "en") },
              { lang: "ru", path: authorPath(author, "ru") },
              { lang: "x-default", path: authorPath(author, "en") },
            ],
            feeds: feedLinks(basePath, name, locale),
            jsonLd: [
              {
                "@context": "https://schema.org",
                "@type": "ProfilePage",
                mainEntity: {
                  "@type": "Person",
                  name,
                  description: bio,
                  url: `${options.siteUrl}${basePath}`,
                },
              },
              listBreadcrumb(locale, name, basePath),
            ],
          },
          body: (
            <ListPage
              locale={locale}
              timeZone={timeZone}
              label={t("authorLabel")}
              heading={name}
              intro={bio}
              articles={articles}
              page={page}
              basePath={basePath}
            />
          ),
        });
      },
    );

    const archive = async (request: FastifyRequest, year: number, month: number | null) => {
      if (year < 1990 || year > 2200 || (month !== null && (month < 1 || month > 12)))
        throw notFound("Archive");
      const range = localPeriodRange(year, month, timeZone);
      const { articles, page } = await listPage(request, {
        language: locale,
        from: range.start,
        to: range.end,
      });
      if (page.total === 0) throw notFound("Archive");
      const heading =
        month === null
          ? t("archiveYear", { year })
          : t("archiveMonth", { month: formatMonth(year, month, locale) });
      let links: { title: string; items: { href: string; label: string }[] } | undefined;
      if (month === null) {
        const items: { href: string; label: string }[] = [];
        const now = nowIso();
        for (let m = 1; m <= 12; m++) {
          const r = localPeriodRange(year, m, timeZone);
          const n = await store.countPublished({ language: locale, from: r.start, to: r.end }, now);
          if (n > 0) items.push({ href: archivePath(year, m, locale), label: formatMonth(year, m, locale) });
        }
        links = { title: t("months"), items };
      }
      const basePath = archivePath(year, month, locale);
      return {
        locale,
        translationPath: archivePath(year, month, locale === "en" ? "ru" : "en"),
        meta: {
          title: page.page > 1 ? `${heading} — ${t("page", { n: page.page })}` : heading,
          description: `${t("archive")}: ${heading}. ${t("siteTagline")}.${pageNote(page.page, t)}`,
          canonicalPath: `${basePath}${pageSuffix(request)}`,
          alternates: [
            { lang: "en" as const, path: archivePath(year, month, "en") },
            { lang: "ru" as const, path: archivePath(year, month, "ru") },
            { lang: "x-default" as const, path: archivePath(year, month, "en") },
          ],
          feeds: feedLinks(homePath(locale), options.siteName, locale),
          jsonLd: [
            {
              "@context": "https://schema.org",
              "@type": "CollectionPage",
              name: heading,
              url: `${options.siteUrl}${basePath}`,
              inLanguage: locale,
              isPartOf: { "@type": "WebSite", name: options.siteName, url: options.siteUrl },
            },
            listBreadcrumb(locale, heading, basePath),
          ],
        },
        body: (
          <ListPage
            locale={locale}
            timeZone={timeZone}
            label={t("archive")}
            heading={heading}
            articles={articles}
            page={page}
            basePath={basePath}
            {...(links ? { links } : {})}
          />
        ),
      };
    };

    app.get<{ Params: { year: string } }>(
      `${prefix}/:year(^\\d{4}$)/`,
      { config: { pageCache: true } },
      async (request, reply) =>
        pages.send(request, reply, await archive(request, Number(request.params.year), null)),
    );
    app.get<{ Params: { year: string; month: string } }>(
      `${prefix}/:year(^\\d{4}$)/:month(^\\d{2}$)/`,
      { config: { pageCache: true } },
      async (request, reply) =>
        pages.send(
          request,
          reply,
          await archive(request, Number(request.params.year), Number(request.params.month)),
        ),
    );
  }
}
