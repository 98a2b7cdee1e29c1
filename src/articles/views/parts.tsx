import { formatDate, formatDateTime, isoWithOffset, type Locale } from "../../core/dates.js";
import { translator } from "../../ui/i18n.js";
import type { ArticleSummary, AuthorRef, MediaRef, TagRef } from "../types.js";
import { articlePath, authorPath, mediaUrl, tagPath } from "../urls.js";

/** The name of a tag or author in the page's language, falling back to English. */
export function localName(item: { name: string; nameRu: string | null }, locale: Locale): string {
  return locale === "ru" && item.nameRu ? item.nameRu : item.name;
}

/** Caption and alt text of an image in the page's language. */
export function mediaText(media: MediaRef, locale: Locale): { alt: string; caption: string } {
  return locale === "ru"
    ? { alt: media.altRu || media.alt, caption: media.captionRu || media.caption }
    : { alt: media.alt, caption: media.caption };
}

/** A machine-readable and human-readable timestamp in the site's zone. */
export function TimeStamp({
  instant,
  locale,
  timeZone,
  withTime = true,
}: {
  instant: string;
  locale: Locale;
  timeZone: string;
  withTime?: boolean;
}) {
  const date = new Date(instant);
  return (
    <time dateTime={isoWithOffset(date, timeZone)}>
      {withTime ? formatDateTime(date, locale, timeZone) : formatDate(date, locale, timeZone)}
    </time>
  );
}

/** "By A and B", each linking to the author page. */
export function Byline({ authors, locale }: { authors: AuthorRef[]; locale: Locale }) {
  const t = translator(locale);
  if (authors.length === 0) return null;
  return (
    <span class="byline">
      {t("by")}{" "}
      {authors.map((a, i) => (
        <>
          {i > 0 ? (i === authors.length - 1 ? ` ${t("and")} ` : ", ") : null}
          <a href={authorPath(a, locale)} rel="author">
            {localName(a, locale)}
          </a>
        </>
      ))}
    </span>
  );
}

/** The section kicker above a headline. */
export function Kicker({ tag, locale }: { tag: TagRef | null; locale: Locale }) {
  if (tag === null) return null;
  return (
    <a class="kicker" href={tagPath(tag, locale)}>
      {localName(tag, locale)}
    </a>
  );
}

/** A responsive image for a card or hero. */
export function Picture({
  media,
  locale,
  eager = false,
}: {
  media: MediaRef;
  locale: Locale;
  eager?: boolean;
}) {
  const { alt } = mediaText(media, locale);
  return (
    <img
      src={mediaUrl(media.path)}
      alt={alt}
      width={media.width ?? undefined}
      height={media.height ?? undefined}
      loading={eager ? "eager" : "lazy"}
      decoding="async"
    />
  );
}

/**
 * A story teaser: kicker, headline link, dek or excerpt, byline and date. `size` picks the lead
 * (large, with picture) or list style.
 */
export function ArticleCard({
  article,
  locale,
  timeZone,
  size = "medium",
  headingLevel = 3,
}: {
  article: ArticleSummary;
  locale: Locale;
  timeZone: string;
  size?: "lead" | "medium" | "compact";
  headingLevel?: 2 | 3;
}) {
  const href = articlePath(article, timeZone);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article class={`card card-${size}`}>
      {size !== "compact" && article.hero ? (
        <div class="card-image">
          <Picture media={article.hero} locale={locale} eager={size === "lead"} />
        </div>
      ) : null}
      <div class="card-body">
        {size !== "compact" ? <Kicker tag={article.section} locale={locale} /> : null}
        <Heading class="card-title">
          <a href={href}>{article.title}</a>
        </Heading>
        {size !== "compact" ? <p class="card-dek">{article.dek || article.excerpt}</p> : null}
        <p class="card-meta">
          {size === "lead" ? (
            <>
              <Byline authors={article.authors} locale={locale} />
              {article.authors.length > 0 ? " · " : null}
            </>
          ) : null}
          <TimeStamp instant={article.publishedAt} locale={locale} timeZone={timeZone} />
        </p>
      </div>
    </article>
  );
}
