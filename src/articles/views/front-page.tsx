import { type Locale, translator } from "../../ui/i18n.js";
import type { ArticleSummary, TagRef } from "../types.js";
import { tagPath } from "../urls.js";
import { ArticleCard, localName } from "./parts.js";

export interface FrontPageProps {
  locale: Locale;
  timeZone: string;
  siteName: string;
  lead: ArticleSummary | null;
  latest: ArticleSummary[];
  blocks: { tag: TagRef; articles: ArticleSummary[] }[];
}

/** The front page: the lead story, the latest stories, then a block per section and per country. */
export function FrontPage({ locale, timeZone, siteName, lead, latest, blocks }: FrontPageProps) {
  const t = translator(locale);
  return (
    <div class="front">
      <h1 class="visually-hidden">{siteName}</h1>
      {lead === null ? (
        <p class="empty">{t("noArticles")}</p>
      ) : (
        <div class="front-top">
          <section class="front-lead" aria-labelledby="lead-heading">
            <h2 id="lead-heading" class="visually-hidden">
              {t("leadStory")}
            </h2>
            <ArticleCard article={lead} locale={locale} timeZone={timeZone} size="lead" headingLevel={3} />
          </section>
          <section class="front-latest" aria-labelledby="latest-heading">
            <h2 id="latest-heading" class="block-title">
              {t("latest")}
            </h2>
            <div class="latest-list">
              {latest.map((a) => (
                <ArticleCard key={a.id} article={a} locale={locale} timeZone={timeZone} size="compact" />
              ))}
            </div>
          </section>
        </div>
      )}
      {blocks.map(({ tag, articles }) => (
        <section
          class={`front-block block-${tag.kind}`}
          key={`${tag.kind}-${tag.slug}`}
          aria-labelledby={`block-${tag.kind}-${tag.slug}`}
        >
          <h2 class="block-title" id={`block-${tag.kind}-${tag.slug}`}>
            <a href={tagPath(tag, locale)}>{localName(tag, locale)}</a>
          </h2>
          <div class="block-grid">
            {articles.map((a) => (
              <ArticleCard key={a.id} article={a} locale={locale} timeZone={timeZone} size="medium" />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
