import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { articlePath, tagPath } from "../articles/index.js";
import { type Locale, localPeriodRange, zonedTimeToUtc } from "../core/dates.js";
import { AppError } from "../core/errors.js";
import { paginate, parsePageParam } from "../core/pagination.js";
import { translator } from "../ui/i18n.js";
import type { PageRenderer } from "../ui/page-renderer.js";
import type { SearchFilters, SearchIndex, SearchResult, SearchSort } from "./search-index.js";
import { SearchPage, type SearchPageHit, type SearchUrlState } from "./search-page.js";

export interface SearchRoutesOptions {
  readonly index: SearchIndex;
  readonly pages: PageRenderer;
  readonly siteUrl: string;
  readonly timeZone: string;
  readonly now: () => Date;
  /** Hashed URL of `search-suggest.js`, or null to serve the page without it. */
  readonly suggestScript?: string | null;
  /** Results per page on the HTML page (default 10). */
  readonly perPage?: number;
}

// Search results change with every write and with the clock (scheduled articles), so they are
// not kept in the page cache; a short max-age still lets browsers and proxies absorb repeats.
const CACHE_CONTROL = "public, max-age=30";
const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const emptyToUndefined = (value: unknown): unknown => (value === "" ? undefined : value);
const dateParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")
  .refine((value) => {
    const [y, m, d] = value.split("-").map(Number);
    const date = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
    return date.getUTCFullYear() === y && date.getUTCMonth() + 1 === m && date.getUTCDate() === d;
  }, "is not a calendar date");

const fields = {
  q: z.string().max(20_000, "must be at most 20,000 characters"),
  country: z.string().regex(/^[A-Za-z]{2}$/, "must be a two-letter country code such as kz"),
  section: z.string().max(120).regex(SLUG_RE, "must be a section slug such as economy"),
  author: z.string().max(120).regex(SLUG_RE, "must be an author slug"),
  lang: z.enum(["en", "ru"]),
  year: z.string().regex(/^\d{4}$/, "must be a year such as 2026"),
  from: dateParam,
  to: dateParam,
  sort: z.enum(["relevance", "newest", "oldest"]),
};

const apiSchema = z.object({
  q: z.preprocess(emptyToUndefined, fields.q.optional()),
  country: z.preprocess(emptyToUndefined, fields.country.optional()),
  section: z.preprocess(emptyToUndefined, fields.section.optional()),
  author: z.preprocess(emptyToUndefined, fields.author.optional()),
  lang: z.preprocess(emptyToUndefined, fields.lang.optional()),
  year: z.preprocess(emptyToUndefined, fields.year.optional()),
  from: z.preprocess(emptyToUndefined, fields.from.optional()),
  to: z.preprocess(emptyToUndefined, fields.to.optional()),
  sort: z.preprocess(emptyToUndefined, fields.sort.optional()),
  page: z.unknown().optional(),
  per_page: z.preprocess(
    emptyToUndefined,
    z.coerce.number().int("must be a whole number").min(1).max(100, "must be at most 100").optional(),
  ),
});

type SearchParams = Omit<z.output<typeof apiSchema>, "page" | "per_page">;

/** The HTML page ignores a bad filter value instead of refusing the whole page. */
function lenientParams(query: Record<string, unknown>): SearchParams {
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(fields)) {
    const raw = Array.isArray(query[key]) ? (query[key] as unknown[])[0] : query[key];
    if (raw === undefined || raw === "") continue;
    const parsed = schema.safeParse(raw);
    if (parsed.success) out[key] = parsed.data;
  }
  return out as SearchParams;
}

function toFilters(params: SearchParams, timeZone: string): SearchFilters {
  const starts: string[] = [];
  const ends: string[] = [];
  const dayStart = (date: string, plusDays = 0): string => {
    const [y, m, d] = date.split("-").map(Number);
    const utc = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + plusDays));
    return zonedTimeToUtc(
      { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate(), hour: 0, minute: 0 },
      timeZone,
    ).toISOString();
  };
  if (params.from !== undefined) starts.push(dayStart(params.from));
  if (params.to !== undefined) ends.push(dayStart(params.to, 1));
  if (params.year !== undefined) {
    const range = localPeriodRange(Number(params.year), null, timeZone);
    starts.push(range.start);
    ends.push(range.end);
  }
  const from = starts.sort().at(-1);
  const to = ends.sort().at(0);
  return {
    ...(params.country === undefined ? {} : { country: params.country.toUpperCase() }),
    ...(params.section === undefined ? {} : { section: params.section }),
    ...(params.author === undefined ? {} : { author: params.author }),
    ...(params.lang === undefined ? {} : { language: params.lang }),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  };
}

function describeZodError(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join(".") || "query"}: ${i.message}`).join("; ");
}

/**
 * Search pages (`/search`, `/ru/search`), the JSON API (`/api/search`) and title suggestions
 * (`/api/search/suggest`).
 *
 * @example
 * registerSearchRoutes(app, { index, pages, siteUrl, timeZone, now });
 */
export function registerSearchRoutes(app: FastifyInstance, options: SearchRoutesOptions): void {
  const { index, pages, timeZone } = options;
  const perPage = options.perPage ?? 10;

  async function run(
    params: SearchParams,
    pageRaw: unknown,
    size: number,
  ): Promise<{ result: SearchResult; page: NonNullable<ReturnType<typeof paginate>> }> {
    const pageNumber = parsePageParam(Array.isArray(pageRaw) ? pageRaw[0] : pageRaw);
    if (pageNumber === null) throw new AppError("PAGE_OUT_OF_RANGE", "That page number does not exist.");
    const result = await index.search({
      q: params.q ?? "",
      filters: toFilters(params, timeZone),
      sort: (params.sort ?? "relevance") as SearchSort,
      offset: (pageNumber - 1) * size,
      limit: size,
      now: options.now().toISOString(),
    });
    const page = paginate({ total: result.total, page: pageNumber, perPage: size });
    if (page === null)
      throw new AppError("PAGE_OUT_OF_RANGE", `Page ${pageNumber} of the search results does not exist.`);
    return { result, page };
  }

  const shortCache = async (_request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (reply.statusCode === 200) reply.header("cache-control", CACHE_CONTROL);
    return payload;
  };

  for (const locale of ["en", "ru"] as const satisfies Locale[]) {
    const basePath = locale === "ru" ? "/ru/search" : "/search";
    const t = translator(locale);
    app.get(basePath, { onSend: shortCache }, async (request, reply) => {
      const query = request.query as Record<string, unknown>;
      const params = lenientParams(query);
      const state: SearchUrlState = {
        q: params.q ?? "",
        ...(params.country === undefined ? {} : { country: params.country.toLowerCase() }),
        ...(params.section === undefined ? {} : { section: params.section }),
        ...(params.author === undefined ? {} : { author: params.author }),
        ...(params.lang === undefined ? {} : { lang: params.lang }),
        ...(params.year === undefined ? {} : { year: params.year }),
        ...(params.from === undefined ? {} : { from: params.from }),
        ...(params.to === undefined ? {} : { to: params.to }),
        ...(params.sort === undefined ? {} : { sort: params.sort }),
      };
      const sections = (await index.listSections()).map((s) => ({
        name: locale === "ru" && s.nameRu ? s.nameRu : s.name,
        href: tagPath({ kind: "section", slug: s.slug }, locale),
      }));
      let view: Parameters<typeof SearchPage>[0]["result"] = null;
      if (state.q.trim() !== "") {
        const { result, page } = await run(params, query.page, perPage);
        const hits: SearchPageHit[] = result.hits.map((hit) => ({
          id: hit.id,
          url: articlePath(hit, timeZone),
          titleHtml: hit.titleHtml,
          snippetHtml: hit.snippetHtml,
          publishedAt: hit.publishedAt,
          language: hit.language,
          section:
            hit.section === null
              ? null
              : {
                  name: locale === "ru" && hit.section.nameRu ? hit.section.nameRu : hit.section.name,
                  href: tagPath({ kind: "section", slug: hit.section.slug }, locale),
                },
        }));
        view = {
          page,
          hits,
          facets: result.facets,
          fallback: result.fallback,
          didYouMean: result.didYouMean,
        };
      }
      const otherPath = locale === "ru" ? "/search" : "/ru/search";
      const qs = new URLSearchParams(state.q === "" ? {} : { q: state.q }).toString();
      return pages.send(request, reply, {
        locale,
        translationPath: qs === "" ? otherPath : `${otherPath}?${qs}`,
        meta: {
          title:
            state.q === ""
              ? t("searchHeading")
              : `${t("searchHeading")}: ${[...state.q].slice(0, 80).join("")}`,
          description: t("searchMetaDescription"),
          canonicalPath: basePath,
          noindex: true,
        },
        body: (
          <SearchPage
            locale={locale}
            timeZone={timeZone}
            basePath={basePath}
            state={state}
            result={view}
            sections={sections}
            suggestScript={options.suggestScript ?? null}
          />
        ),
      });
    });
  }

  app.get("/api/search", async (request, reply) => {
    const parsed = apiSchema.safeParse(request.query);
    if (!parsed.success)
      throw new AppError("SEARCH_QUERY_INVALID", `Invalid search: ${describeZodError(parsed.error)}`);
    const size = parsed.data.per_page ?? 10;
    const { result, page } = await run(parsed.data, parsed.data.page, size);
    return reply.header("cache-control", CACHE_CONTROL).send({
      total: result.total,
      page: page.page,
      per_page: size,
      total_pages: page.totalPages,
      fallback: result.fallback,
      did_you_mean: result.didYouMean,
      hits: result.hits.map((hit) => ({
        id: hit.id,
        title: hit.title,
        url: `${options.siteUrl}${articlePath(hit, timeZone)}`,
        language: hit.language,
        excerpt: hit.excerpt,
        snippet_html: hit.snippetHtml,
        title_html: hit.titleHtml,
        published_at: hit.publishedAt,
        section:
          hit.section === null
            ? null
            : { slug: hit.section.slug, name: hit.section.name, name_ru: hit.section.nameRu },
        countries: hit.countries,
      })),
      facets: {
        country: result.facets.country.map((f) => ({
          value: f.value.toLowerCase(),
          count: f.count,
          label: f.label ?? null,
        })),
        section: result.facets.section.map((f) => ({
          value: f.value,
          count: f.count,
          label: f.label ?? null,
        })),
        year: result.facets.year.map((f) => ({ value: f.value, count: f.count })),
        language: result.facets.language.map((f) => ({ value: f.value, count: f.count })),
      },
    });
  });

  const suggestSchema = z.object({
    q: z.preprocess(emptyToUndefined, z.string().max(200, "must be at most 200 characters").optional()),
    lang: z.preprocess(emptyToUndefined, fields.lang.optional()),
  });
  app.get("/api/search/suggest", async (request, reply) => {
    const parsed = suggestSchema.safeParse(request.query);
    if (!parsed.success)
      throw new AppError(
        "SEARCH_QUERY_INVALID",
        `Invalid suggestion request: ${describeZodError(parsed.error)}`,
      );
    const suggestions = await index.suggest(parsed.data.q ?? "", {
      now: options.now().toISOString(),
      limit: 8,
      ...(parsed.data.lang === undefined ? {} : { language: parsed.data.lang }),
    });
    return reply.header("cache-control", CACHE_CONTROL).send({
      suggestions: suggestions.map((s) => ({
        title: s.title,
        url: articlePath(s, timeZone),
        language: s.language,
      })),
    });
  });
}
