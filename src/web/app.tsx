import fs from "node:fs";
import path from "node:path";
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
  LogController,
} from "fastify";
import { renderToString } from "preact-render-to-string";
import { createArticleStore, registerArticleRoutes } from "../articles/index.js";
import type { Config } from "../config.js";
import { formatDate, isoWithOffset, type Locale } from "../core/dates.js";
import { AppError, isAppError } from "../core/errors.js";
import { type DatabaseHandle, isConnectionError } from "../db/connect.js";
import { watchContentVersion } from "../db/content-version.js";
import { registerFeedRoutes } from "../feeds/index.js";
import { lookupRedirect } from "../importers/index.js";
import { buildTicker, createRateStore, registerRatesRoutes } from "../rates/index.js";
import { createSearchIndex, registerSearchRoutes } from "../search/index.js";
import { translator } from "../ui/i18n.js";
import { Layout } from "../ui/layout.js";
import { MessagePage } from "../ui/message-page.js";
import type { PageContent, PageRenderer } from "../ui/page-renderer.js";
import type { Chrome, NavLink, TickerItem } from "../ui/types.js";
import { loadAssets } from "./assets.js";
import { httpStatusFor } from "./http-errors.js";
import { languageSwitchHref, registerLanguagePreference } from "./language-cookie.js";
import { createPageCache, etagFor, etagMatches } from "./page-cache.js";

declare module "fastify" {
  interface FastifyContextConfig {
    /** Cache the rendered page in memory, keyed by URL and content version. */
    pageCache?: boolean;
  }
}

export interface AppOptions {
  config: Config;
  database: DatabaseHandle;
  /** Clock, injectable for tests. */
  now?: () => Date;
  /** Fastify logger option; defaults to pino at the configured level. */
  logger?: FastifyServerOptions["logger"];
}

/** The five countries the outlet covers, shown in the navigation in this order. */
const NAV_COUNTRIES = ["KZ", "KG", "TJ", "UZ", "TM"];

const SECURITY_HEADERS: Record<string, string> = {
  "content-security-policy":
    "default-src 'self'; img-src 'self' data: https:; media-src 'self' https:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
};

const MEDIA_TYPES: Record<string, string> = {
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".mp3": "audio/mpeg",
  ".mp4": "video/mp4",
  ".pdf": "application/pdf",
};

function localeOf(url: string): Locale {
  return url === "/ru" || url.startsWith("/ru/") || url.startsWith("/ru?") ? "ru" : "en";
}

/**
 * The composition root of the web server: opens nothing itself, but wires the stores,
 * services, page renderer and every feature's routes into one Fastify app.
 *
 * @example
 * const app = await buildApp({ config, database });
 * await app.listen({ port: config.port, host: config.host });
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  const now = options.now ?? (() => new Date());
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 300 },
    trustProxy: true,
    // Per-request lines only at debug: at info a busy site would log two lines per page view.
    logController: new LogController({
      disableRequestLogging: config.logLevel !== "debug" && config.logLevel !== "trace",
    }),
  });

  const articleStore = createArticleStore(database.db);
  const rateStore = createRateStore(database.db);
  const assets = loadAssets(new URL("./assets/", import.meta.url));
  const stylesheet = assets.get("site.css")?.url ?? "/assets/site.css";
  const pageCache = createPageCache();
  const contentVersion = await watchContentVersion(database);
  app.addHook("onClose", async () => contentVersion.stop());
  const chromeCache = new Map<string, { sections: NavLink[]; countries: NavLink[]; ticker: TickerItem[] }>();
  // A write on any instance (PostgreSQL NOTIFY) frees this instance's now-stale pages at once.
  contentVersion.onChange(() => {
    pageCache.clear();
    chromeCache.clear();
  });

  async function chromeParts(locale: Locale, version: string, today: string) {
    const key = `${locale}|${version}|${today}`;
    const cached = chromeCache.get(key);
    if (cached) return cached;
    const prefix = locale === "ru" ? "/ru" : "";
    const name = (tag: { name: string; nameRu: string | null }): string =>
      locale === "ru" && tag.nameRu ? tag.nameRu : tag.name;
    const sections = (await articleStore.listTags("section")).map((s) => ({
      href: `${prefix}/section/${s.slug}`,
      label: name(s),
    }));
    const countries = (await articleStore.listTags("country"))
      .filter((c) => c.code !== null && NAV_COUNTRIES.includes(c.code))
      .sort((a, b) => NAV_COUNTRIES.indexOf(a.code ?? "") - NAV_COUNTRIES.indexOf(b.code ?? ""))
      .map((c) => ({ href: `${prefix}/country/${c.slug}`, label: name(c) }));
    const ticker = await buildTicker({ store: rateStore, locale, timeZone: config.siteTimeZone, now: now() });
    const parts = { sections, countries, ticker };
    if (chromeCache.size > 16) chromeCache.clear();
    chromeCache.set(key, parts);
    return parts;
  }

  async function buildChrome(
    request: FastifyRequest,
    locale: Locale,
    translationPath?: string,
  ): Promise<Chrome> {
    const date = now();
    // Russian weekday names are lower case; a date line starts with a capital, the month stays lower case.
    const formatted = formatDate(date, locale, config.siteTimeZone, { weekday: true });
    const today = `${formatted.charAt(0).toUpperCase()}${formatted.slice(1)}`;
    let parts: { sections: NavLink[]; countries: NavLink[]; ticker: TickerItem[] };
    try {
      parts = await chromeParts(locale, await contentVersion.current(), today);
    } catch (error) {
      // The chrome must never stop an error page from showing (e.g. while the database is down).
      request.log.warn({ err: error }, "page chrome unavailable");
      parts = { sections: [], countries: [], ticker: [] };
    }
    const other: Locale = locale === "en" ? "ru" : "en";
    return {
      siteName: config.siteName,
      siteUrl: config.siteUrl,
      locale,
      today,
      todayIso: isoWithOffset(date, config.siteTimeZone).slice(0, 10),
      ...parts,
      stylesheet,
      script: null,
      languageSwitch: {
        href: languageSwitchHref(other, translationPath ?? (other === "ru" ? "/ru/" : "/")),
        label: translator(locale)("otherLanguageName"),
        lang: other,
      },
      demo: config.demo,
      currentPath: request.url.split("?")[0] ?? "/",
    };
  }

  function sendHtml(
    request: FastifyRequest,
    reply: FastifyReply,
    html: string,
    status: number,
    cacheable: boolean,
  ) {
    const etag = etagFor(html);
    reply.header("content-type", "text/html; charset=utf-8");
    reply.header(
      "cache-control",
      cacheable && status === 200 ? "public, max-age=60, stale-while-revalidate=300" : "no-store",
    );
    if (status === 200) {
      reply.header("etag", etag);
      if (etagMatches(request.headers["if-none-match"], etag)) return reply.code(304).send();
    }
    return reply.code(status).send(html);
  }

  const pages: PageRenderer = {
    async send(request, reply, page: PageContent) {
      const chrome = await buildChrome(request, page.locale, page.translationPath);
      const html = `<!doctype html>${renderToString(
        <Layout chrome={chrome} meta={page.meta}>
          {page.body}
        </Layout>,
      )}`;
      const status = page.status ?? 200;
      const cacheable = request.routeOptions.config.pageCache === true;
      if (cacheable && status === 200) {
        const version = (request as FastifyRequest & { contentVersion?: string }).contentVersion;
        if (version !== undefined)
          pageCache.set(request.url, { version, etag: etagFor(html), body: html, status, headers: {} });
      }
      return sendHtml(request, reply, html, status, cacheable);
    },
  };

  async function sendMessagePage(
    request: FastifyRequest,
    reply: FastifyReply,
    kind: "not-found" | "error",
    status?: number,
  ) {
    const locale = localeOf(request.url);
    const t = translator(locale);
    const chrome = await buildChrome(request, locale);
    const html = `<!doctype html>${renderToString(
      <Layout
        chrome={chrome}
        meta={{
          title: kind === "not-found" ? t("notFoundTitle") : t("errorTitle"),
          description: kind === "not-found" ? t("notFoundText") : t("errorText"),
          canonicalPath: request.url.split("?")[0] ?? "/",
          noindex: true,
        }}
      >
        <MessagePage kind={kind} locale={locale} />
      </Layout>,
    )}`;
    return sendHtml(request, reply, html, status ?? (kind === "not-found" ? 404 : 500), false);
  }

  // Before the page cache: the bare "/" must look at the language cookie even when cached.
  registerLanguagePreference(app, { secure: config.siteUrl.startsWith("https:") });

  app.addHook("onRequest", async (request, reply) => {
    if (request.method !== "GET" && request.method !== "HEAD") return;
    if (request.routeOptions.config.pageCache !== true) return;
    const version = await contentVersion.current();
    (request as FastifyRequest & { contentVersion?: string }).contentVersion = version;
    const hit = pageCache.get(request.url, version);
    if (hit === undefined) return;
    reply.header("x-page-cache", "hit");
    return sendHtml(request, reply, hit.body, hit.status, true);
  });

  app.addHook("onSend", async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      if (!reply.hasHeader(name)) reply.header(name, value);
    }
    return payload;
  });

  app.setErrorHandler(async (error, request, reply) => {
    const appError = isAppError(error)
      ? error
      : (error as { validation?: unknown }).validation !== undefined
        ? new AppError("VALIDATION_FAILED", (error as Error).message)
        : isConnectionError(error)
          ? new AppError("DB_UNAVAILABLE", "The database is unavailable; try again shortly.")
          : null;
    const status = appError
      ? httpStatusFor(appError.code)
      : ((error as { statusCode?: number }).statusCode ?? 500);
    if (status >= 500) request.log.error({ err: error }, "request failed");
    if (request.url.startsWith("/api/")) {
      return reply
        .code(status)
        .header("cache-control", "no-store")
        .send({
          error: {
            code: appError?.code ?? (status >= 500 ? "INTERNAL" : "VALIDATION_FAILED"),
            message:
              status >= 500 && appError === null
                ? "Internal error"
                : (appError?.message ?? (error as Error).message),
          },
        });
    }
    if (status === 404) {
      // A route that matched the shape of an old permalink (`/2019/11/slug`) but found nothing.
      const redirect = await lookupRedirect(database.db, request.url);
      if (redirect) return reply.code(redirect.status).header("location", redirect.location).send();
      return sendMessagePage(request, reply, "not-found");
    }
    if (status === 503) reply.header("retry-after", "5");
    if (status >= 500) return sendMessagePage(request, reply, "error", status);
    return reply
      .code(status)
      .header("content-type", "text/plain; charset=utf-8")
      .send(appError?.message ?? (error as Error).message);
  });

  app.setNotFoundHandler(async (request, reply) => {
    if (request.url.startsWith("/api/")) {
      return reply
        .code(404)
        .send({ error: { code: "NOT_FOUND", message: `No API endpoint at ${request.url.split("?")[0]}` } });
    }
    // An old URL of an imported archive (WordPress permalink) answers with its redirect.
    const redirect = await lookupRedirect(database.db, request.url);
    if (redirect) return reply.code(redirect.status).header("location", redirect.location).send();
    return sendMessagePage(request, reply, "not-found");
  });

  // Old WordPress links by id (`/?p=123`) would otherwise be served the front page.
  app.addHook("onRequest", async (request, reply) => {
    if (!/^\/\?(?:.*&)?(?:p|page_id)=\d/.test(request.url)) return;
    const redirect = await lookupRedirect(database.db, request.url);
    if (redirect) return reply.code(redirect.status).header("location", redirect.location).send();
  });

  // Hashed assets never change under their URL: cache for a year.
  for (const asset of assets.values()) {
    app.get(asset.url, async (_request, reply) =>
      reply
        .header("content-type", asset.contentType)
        .header("cache-control", "public, max-age=31536000, immutable")
        .send(asset.body),
    );
  }
  for (const name of ["favicon.svg", "logo.svg"]) {
    const asset = assets.get(name);
    if (asset) {
      app.get(`/${name}`, async (_request, reply) =>
        reply
          .header("content-type", asset.contentType)
          .header("cache-control", "public, max-age=86400")
          .send(asset.body),
      );
    }
  }

  const mediaRoot = path.resolve(config.mediaDir);
  app.get<{ Params: { "*": string } }>("/media/*", async (request, reply) => {
    const relative = request.params["*"];
    const file = path.resolve(mediaRoot, relative);
    if (!file.startsWith(`${mediaRoot}${path.sep}`)) throw new AppError("NOT_FOUND", "Media not found");
    const type = MEDIA_TYPES[path.extname(file).toLowerCase()];
    if (type === undefined) throw new AppError("NOT_FOUND", "Media not found");
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(file);
    } catch {
      throw new AppError("NOT_FOUND", "Media not found");
    }
    if (!stat.isFile()) throw new AppError("NOT_FOUND", "Media not found");
    return reply
      .header("content-type", type)
      .header("content-length", stat.size)
      .header("cache-control", "public, max-age=86400")
      .header("last-modified", stat.mtime.toUTCString())
      .send(fs.createReadStream(file));
  });

  const searchIndex = createSearchIndex({
    db: database.db,
    dialect: database.dialect,
    timeZone: config.siteTimeZone,
  });
  // Search keeps per-article facts in memory (seconds to load for a million articles): load them
  // before the first reader asks. A failure here only means the first search loads them.
  app.addHook("onReady", async () => {
    try {
      await searchIndex.warm();
    } catch (error) {
      app.log.warn({ err: error }, "search index could not be warmed up; the first search will load it");
    }
  });
  registerArticleRoutes(app, {
    store: articleStore,
    pages,
    siteName: config.siteName,
    siteUrl: config.siteUrl,
    timeZone: config.siteTimeZone,
    now,
    // Country pages list what the gazetteer found in the text too, not only hand-set tags.
    countryArticles: (request) => searchIndex.countryArticles(request),
  });
  registerRatesRoutes(app, { store: rateStore, pages, timeZone: config.siteTimeZone, now });

  registerSearchRoutes(app, {
    index: searchIndex,
    pages,
    siteUrl: config.siteUrl,
    timeZone: config.siteTimeZone,
    now,
    suggestScript: assets.get("search-suggest.js")?.url ?? null,
  });

  registerFeedRoutes(app, {
    store: articleStore,
    siteName: config.siteName,
    siteUrl: config.siteUrl,
    timeZone: config.siteTimeZone,
    now,
    contentVersion: () => contentVersion.current(),
    mediaDir: config.mediaDir,
  });

  return app;
}
