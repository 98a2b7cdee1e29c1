import { type Locale, translator } from "../../ui/i18n.js";
import type { ArticleDetail, ArticleSummary } from "../types.js";
import { articlePath, tagPath } from "../urls.js";
import { ArticleCard, Byline, Kicker, localName, mediaText, Picture, TimeStamp } from "./parts.js";

export interface ArticlePageProps {
  article: ArticleDetail;
  related: ArticleSummary[];
  locale: Locale;
  timeZone: string;
}

const LANGUAGE_NAMES: Record<Locale, string> = { en: "English", ru: "Русский" };

/** The article page: headline, dek, byline, dates, hero, body, tags, translations, related. */
export function ArticlePage({ article, related, locale, timeZone }: ArticlePageProps) {
  const t = translator(locale);
  const updatedLater =
    new Date(article.updatedAt).getTime() - new Date(article.publishedAt).getTime() > 10 * 60_000;
  const hero = article.hero;
  return (
    <article class="article" lang={article.language}>
      <header class="article-header">
        <Kicker tag={article.section} locale={locale} />
        <h1 class="article-title">{article.title}</h1>
        {article.dek ? <p class="article-dek">{article.dek}</p> : null}
        <p class="article-meta">
          <Byline authors={article.authors} locale={locale} />
          {article.authors.length > 0 ? <span class="sep"> · </span> : null}
          <span class="published">
            <span class="visually-hidden">{t("published")}: </span>
            <TimeStamp instant={article.publishedAt} locale={locale} timeZone={timeZone} />
          </span>
          {updatedLater ? (
            <span class="updated">
              {" "}
              · {t("updated")} <TimeStamp instant={article.updatedAt} locale={locale} timeZone={timeZone} />
            </span>
          ) : null}
          <span class="sep"> · </span>
          <span class="reading-time">{t("minRead", { n: article.readingMinutes })}</span>
        </p>
        {article.translations.length > 0 ? (
          <ul class="translations">
            {article.translations.map((tr) => (
              <li key={tr.language}>
                <a href={articlePath(tr, timeZone)} hrefLang={tr.language} lang={tr.language}>
                  {translator(tr.language)("readIn", { language: LANGUAGE_NAMES[tr.language] })}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </header>
      {hero ? (
        <figure class="article-hero">
          <Picture media={hero} locale={locale} eager />
          {mediaText(hero, locale).caption || hero.credit ? (
            <figcaption>
              {mediaText(hero, locale).caption}{" "}
              {hero.credit ? <span class="credit">{hero.credit}</span> : null}
            </figcaption>
          ) : null}
        </figure>
      ) : null}
      {/* Bodies are sanitized against an allow-list before they are stored (articles/body.ts). */}
      <div class="article-body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
      {article.tags.length > 0 ? (
        <footer class="article-tags">
          <h2 class="visually-hidden">{t("tags")}</h2>
          <ul>
            {article.tags.map((tag) => (
              <li key={tag.id}>
                <a href={tagPath(tag, locale)} class={`tag tag-${tag.kind}`}>
                  {localName(tag, locale)}
                </a>
              </li>
            ))}
          </ul>
        </footer>
      ) : null}
      {related.length > 0 ? (
        <aside class="related" aria-labelledby="related-heading">
          <h2 id="related-heading" class="block-title">
            {t("related")}
          </h2>
          <div class="block-grid">
            {related.map((a) => (
              <ArticleCard key={a.id} article={a} locale={locale} timeZone={timeZone} size="medium" />
            ))}
          </div>
        </aside>
      ) : null}
    </article>
  );
}
