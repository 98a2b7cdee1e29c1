import type { Page } from "../../core/pagination.js";
import { type Locale, translator } from "../../ui/i18n.js";
import { Pagination, ResultCount } from "../../ui/pagination.js";
import type { NavLink } from "../../ui/types.js";
import type { ArticleSummary } from "../types.js";
import { ArticleCard } from "./parts.js";

export interface ListPageProps {
  locale: Locale;
  timeZone: string;
  /** Small label above the heading: "Section", "Country", "Author". */
  label: string;
  heading: string;
  intro?: string | null;
  articles: ArticleSummary[];
  page: Page;
  basePath: string;
  /** Extra links under the heading (months of a year archive). */
  links?: { title: string; items: NavLink[] };
}

/** A paginated list of stories: section, country, tag, author and date archive pages. */
export function ListPage(props: ListPageProps) {
  const t = translator(props.locale);
  return (
    <div class="list-page">
      <header class="page-header">
        <p class="page-label">{props.label}</p>
        <h1>{props.heading}</h1>
        {props.intro ? <p class="page-intro">{props.intro}</p> : null}
        {props.links && props.links.items.length > 0 ? (
          <nav aria-label={props.links.title} class="sub-nav">
            <ul>
              {props.links.items.map((l) => (
                <li key={l.href}>
                  <a href={l.href}>{l.label}</a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <ResultCount page={props.page} locale={props.locale} />
      </header>
      {props.articles.length === 0 ? (
        <p class="empty">{t("noArticles")}</p>
      ) : (
        <div class="story-list">
          {props.articles.map((a) => (
            <ArticleCard
              key={a.id}
              article={a}
              locale={props.locale}
              timeZone={props.timeZone}
              size="medium"
              headingLevel={2}
            />
          ))}
        </div>
      )}
      <Pagination page={props.page} basePath={props.basePath} locale={props.locale} />
    </div>
  );
}
