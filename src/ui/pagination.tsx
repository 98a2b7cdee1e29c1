import { type Page, pageWindow } from "../core/pagination.js";
import { formatNumber, type Locale, translator } from "./i18n.js";

function pageHref(basePath: string, query: Record<string, string>, page: number): string {
  const params = new URLSearchParams(query);
  if (page > 1) params.set("page", String(page));
  else params.delete("page");
  const qs = params.toString();
  return qs === "" ? basePath : `${basePath}?${qs}`;
}

/** "Showing 11–20 of 137": always true, including the last page (nothing shown on an empty page). */
export function ResultCount({ page, locale, suffix }: { page: Page; locale: Locale; suffix?: string }) {
  const t = translator(locale);
  if (page.total === 0) return null;
  return (
    <p class="result-count">
      {t("showing", {
        first: formatNumber(page.firstItem, locale),
        last: formatNumber(page.lastItem, locale),
        total: formatNumber(page.total, locale),
      })}
      {suffix ?? ""}
    </p>
  );
}

/**
 * Previous / numbered / next links as a navigation landmark; plain links, no JavaScript.
 *
 * @example
 * <Pagination page={page} basePath="/section/economy" locale="en" />
 */
export function Pagination({
  page,
  basePath,
  query = {},
  locale,
}: {
  page: Page;
  basePath: string;
  query?: Record<string, string>;
  locale: Locale;
}) {
  const t = translator(locale);
  if (page.totalPages <= 1) return null;
  return (
    <nav class="pagination" aria-label={t("pagination")}>
      <ul>
        <li>
          {page.hasPrevious ? (
            <a href={pageHref(basePath, query, page.page - 1)} rel="prev">
              ← {t("previous")}
            </a>
          ) : (
            <span aria-disabled="true">← {t("previous")}</span>
          )}
        </li>
        {pageWindow(page.page, page.totalPages).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} class="gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page.page ? (
                <span aria-current="page">
                  <span class="visually-hidden">{t("page", { n: "" }).trim()} </span>
                  {n}
                </span>
              ) : (
                <a href={pageHref(basePath, query, n)} aria-label={t("page", { n })}>
                  {n}
                </a>
              )}
            </li>
          ),
        )}
        <li>
          {page.hasNext ? (
            <a href={pageHref(basePath, query, page.page + 1)} rel="next">
              {t("next")} →
            </a>
          ) : (
            <span aria-disabled="true">{t("next")} →</span>
          )}
        </li>
      </ul>
    </nav>
  );
}
