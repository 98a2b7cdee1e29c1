import { formatDate, isoWithOffset, type Locale } from "../core/dates.js";
import type { Page } from "../core/pagination.js";
import { translator } from "../ui/i18n.js";
import { Pagination, ResultCount } from "../ui/pagination.js";
import type { FacetValue, SearchFacets } from "./search-index.js";

/** The reader's search as URL parameters; every link on the page is built from it. */
export interface SearchUrlState {
  readonly q: string;
  readonly country?: string;
  readonly section?: string;
  readonly author?: string;
  readonly lang?: string;
  readonly from?: string;
  readonly to?: string;
  /** A year of the year facet ("2026"), in the site's zone. */
  readonly year?: string;
  readonly sort?: string;
}

/** One result as the page shows it; the two HTML fields come escaped from `snippet.ts`. */
export interface SearchPageHit {
  readonly id: number;
  readonly url: string;
  readonly titleHtml: string;
  readonly snippetHtml: string;
  readonly publishedAt: string;
  readonly language: Locale;
  readonly section: { readonly name: string; readonly href: string } | null;
}

export interface SearchPageProps {
  readonly locale: Locale;
  readonly timeZone: string;
  readonly basePath: string;
  readonly state: SearchUrlState;
  /** Null when no query was typed yet. */
  readonly result: {
    readonly page: Page;
    readonly hits: readonly SearchPageHit[];
    readonly facets: SearchFacets;
    readonly fallback: boolean;
    readonly didYouMean: string | null;
  } | null;
  readonly sections: readonly { readonly name: string; readonly href: string }[];
  readonly authorName?: string;
  /** URL of the suggestions script, or null to leave it out. */
  readonly suggestScript: string | null;
}

const FILTER_KEYS = ["country", "section", "author", "lang", "year", "from", "to"] as const;

/**
 * A link to the search page with `changes` applied to `state` (undefined removes a parameter);
 * the page number is always dropped, since new filters give a new first page.
 *
 * @example
 * searchHref("/search", { q: "tokayev" }, { country: "kz" }); // "/search?q=tokayev&country=kz"
 */
export function searchHref(
  basePath: string,
  state: SearchUrlState,
  changes: Partial<Record<keyof SearchUrlState, string | undefined>> = {},
): string {
  const merged: Record<string, string | undefined> = { ...state, ...changes };
  const params = new URLSearchParams();
  for (const key of ["q", ...FILTER_KEYS, "sort"]) {
    const value = merged[key];
    if (value !== undefined && value !== "" && !(key === "sort" && value === "relevance"))
      params.set(key, value);
  }
  const qs = params.toString();
  return qs === "" ? basePath : `${basePath}?${qs}`;
}

function queryParams(state: SearchUrlState): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(state))
    if (typeof value === "string" && value !== "") out[key] = value;
  return out;
}

function FacetList(props: {
  title: string;
  param: keyof SearchUrlState;
  values: readonly FacetValue[];
  label: (value: FacetValue) => string;
  state: SearchUrlState;
  basePath: string;
  locale: Locale;
}) {
  const t = translator(props.locale);
  if (props.values.length === 0) return null;
  const active = props.state[props.param];
  return (
    <section class="search-facet">
      <h3>{props.title}</h3>
      <ul>
        {props.values.map((v) => {
          const isActive = active !== undefined && active.toLowerCase() === v.value.toLowerCase();
          return (
            <li key={v.value}>
              {isActive ? (
                <a
                  href={searchHref(props.basePath, props.state, { [props.param]: undefined })}
                  aria-current="true"
                  aria-label={t("searchRemoveFilter", { name: props.label(v) })}
                >
                  {props.label(v)} <span class="facet-count">{v.count}</span> ×
                </a>
              ) : (
                <a href={searchHref(props.basePath, props.state, { [props.param]: v.value.toLowerCase() })}>
                  {props.label(v)} <span class="facet-count">{v.count}</span>
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * The search page: form, counts, did-you-mean, results with highlighted snippets, facets that
 * filter, pagination and a helpful empty result. Works without JavaScript; the suggestions
 * script only adds a list under the search box.
 */
export function SearchPage(props: SearchPageProps) {
  const { locale, state, result, basePath } = props;
  const t = translator(locale);
  const label = (v: FacetValue): string => (v.label === undefined ? v.value : v.label[locale]);
  const languageLabel = (v: FacetValue): string => (v.value === "ru" ? t("searchLangRu") : t("searchLangEn"));
  const hasFilters = FILTER_KEYS.some((key) => state[key] !== undefined && state[key] !== "");
  const activeFilters: { name: string; param: keyof SearchUrlState }[] = [];
  if (state.country) {
    const value = result?.facets.country.find((c) => c.value.toLowerCase() === state.country?.toLowerCase());
    activeFilters.push({ name: value ? label(value) : state.country.toUpperCase(), param: "country" });
  }
  if (state.section) {
    const value = result?.facets.section.find((s) => s.value === state.section);
    activeFilters.push({ name: value ? label(value) : state.section, param: "section" });
  }
  if (state.author)
    activeFilters.push({
      name: t("searchAuthorFilter", { name: props.authorName ?? state.author }),
      param: "author",
    });
  if (state.lang)
    activeFilters.push({ name: state.lang === "ru" ? t("searchLangRu") : t("searchLangEn"), param: "lang" });
  if (state.year) activeFilters.push({ name: state.year, param: "year" });
  if (state.from) activeFilters.push({ name: `${t("searchFrom")} ${state.from}`, param: "from" });
  if (state.to) activeFilters.push({ name: `${t("searchTo")} ${state.to}`, param: "to" });

  return (
    <div class="search-page">
      <header class="page-header">
        <h1>{t("searchHeading")}</h1>
        {/* biome-ignore lint/a11y/useSemanticElements: role="search" on a form is the landmark older screen readers know. */}
        <form class="search-page-form" role="search" action={basePath} method="get">
          <div class="search-page-box">
            <label class="visually-hidden" for="search-q">
              {t("searchLabel")}
            </label>
            <input
              id="search-q"
              type="search"
              name="q"
              value={state.q}
              placeholder={t("searchPlaceholder")}
              autoComplete="off"
              data-suggest-url="/api/search/suggest"
              data-suggest-label={t("searchSuggestions")}
            />
            <button type="submit">{t("searchApply")}</button>
          </div>
          <div class="search-page-options">
            <label>
              {t("searchSort")}{" "}
              <select name="sort">
                <option value="relevance" selected={!state.sort || state.sort === "relevance"}>
                  {t("searchSortRelevance")}
                </option>
                <option value="newest" selected={state.sort === "newest"}>
                  {t("searchSortNewest")}
                </option>
                <option value="oldest" selected={state.sort === "oldest"}>
                  {t("searchSortOldest")}
                </option>
              </select>
            </label>
            <label>
              {t("searchFacetLanguage")}{" "}
              <select name="lang">
                <option value="" selected={!state.lang}>
                  {t("searchAnyLanguage")}
                </option>
                <option value="en" selected={state.lang === "en"}>
                  {t("searchLangEn")}
                </option>
                <option value="ru" selected={state.lang === "ru"}>
                  {t("searchLangRu")}
                </option>
              </select>
            </label>
            <label>
              {t("searchFrom")} <input type="date" name="from" value={state.from ?? ""} />
            </label>
            <label>
              {t("searchTo")} <input type="date" name="to" value={state.to ?? ""} />
            </label>
            {state.country ? <input type="hidden" name="country" value={state.country} /> : null}
            {state.section ? <input type="hidden" name="section" value={state.section} /> : null}
            {state.author ? <input type="hidden" name="author" value={state.author} /> : null}
            {state.year ? <input type="hidden" name="year" value={state.year} /> : null}
          </div>
        </form>
        {activeFilters.length > 0 ? (
          <ul class="search-active-filters" aria-label={t("searchActiveFilters")}>
            {activeFilters.map((f) => (
              <li key={f.param}>
                <a
                  href={searchHref(basePath, state, { [f.param]: undefined })}
                  aria-label={t("searchRemoveFilter", { name: f.name })}
                >
                  {f.name} ×
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </header>

      {result === null ? (
        <p class="search-prompt">{t("searchPrompt")}</p>
      ) : (
        <div class="search-results-layout">
          <div class="search-results">
            {result.didYouMean !== null ? (
              <p class="search-did-you-mean">
                {t("searchDidYouMean")}{" "}
                <a href={searchHref(basePath, state, { q: result.didYouMean })}>
                  <strong>{result.didYouMean}</strong>
                </a>
                ?
              </p>
            ) : null}
            {result.fallback ? <p class="search-fallback">{t("searchFallback")}</p> : null}
            <ResultCount page={result.page} locale={locale} suffix={t("searchResultsFor", { q: state.q })} />
            {result.page.total === 0 ? (
              <div class="search-empty">
                <p>{t("searchNoResults", { q: state.q })}</p>
                <p>{t("searchTipsTitle")}</p>
                <ul>
                  <li>{t("searchTipSpelling")}</li>
                  {hasFilters ? (
                    <li>
                      <a href={searchHref(basePath, { q: state.q })}>{t("searchTipFilters")}</a>
                      {";"}
                    </li>
                  ) : null}
                  <li>{t("searchTipFewerWords")}</li>
                  <li>
                    {t("searchTipSections")}
                    <ul class="search-empty-sections">
                      {props.sections.map((s) => (
                        <li key={s.href}>
                          <a href={s.href}>{s.name}</a>
                        </li>
                      ))}
                    </ul>
                  </li>
                </ul>
              </div>
            ) : (
              <ol class="search-hits" start={result.page.firstItem}>
                {result.hits.map((hit) => (
                  <li key={hit.id} class="search-hit">
                    <h2 lang={hit.language}>
                      {/* Escaped by snippet.ts: article text is escaped, the only markup is <mark>. */}
                      <a href={hit.url} dangerouslySetInnerHTML={{ __html: hit.titleHtml }} />
                    </h2>
                    <p class="search-hit-meta">
                      <time dateTime={isoWithOffset(new Date(hit.publishedAt), props.timeZone)}>
                        {formatDate(new Date(hit.publishedAt), locale, props.timeZone)}
                      </time>
                      {hit.section ? (
                        <>
                          {" · "}
                          <a href={hit.section.href}>{hit.section.name}</a>
                        </>
                      ) : null}
                      {hit.language !== locale
                        ? ` · ${hit.language === "ru" ? t("searchLangRu") : t("searchLangEn")}`
                        : null}
                    </p>
                    <p
                      class="search-hit-snippet"
                      lang={hit.language}
                      dangerouslySetInnerHTML={{ __html: hit.snippetHtml }}
                    />
                  </li>
                ))}
              </ol>
            )}
            <Pagination page={result.page} basePath={basePath} query={queryParams(state)} locale={locale} />
          </div>
          {result.page.total > 0 ? (
            <aside class="search-facets" aria-label={t("searchRefine")}>
              <h2 class="visually-hidden">{t("searchRefine")}</h2>
              <FacetList
                title={t("searchFacetCountry")}
                param="country"
                values={result.facets.country}
                label={label}
                state={state}
                basePath={basePath}
                locale={locale}
              />
              <FacetList
                title={t("searchFacetSection")}
                param="section"
                values={result.facets.section}
                label={label}
                state={state}
                basePath={basePath}
                locale={locale}
              />
              <FacetList
                title={t("searchFacetYear")}
                param="year"
                values={result.facets.year}
                label={(v) => v.value}
                state={state}
                basePath={basePath}
                locale={locale}
              />
              <FacetList
                title={t("searchFacetLanguage")}
                param="lang"
                values={result.facets.language}
                label={languageLabel}
                state={state}
                basePath={basePath}
                locale={locale}
              />
            </aside>
          ) : null}
        </div>
      )}
      {props.suggestScript !== null ? <script type="module" src={props.suggestScript} /> : null}
    </div>
  );
}
