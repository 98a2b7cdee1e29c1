import { isoWithOffset } from "../core/dates.js";
import { DEFAULT_SOCIAL_IMAGE } from "../ui/discovery.js";
import type { ArticleDetail } from "./types.js";
import { articlePath, authorPath, homePath, mediaUrl, tagPath } from "./urls.js";

export interface SiteIdentity {
  siteName: string;
  siteUrl: string;
  timeZone: string;
}

/**
 * schema.org NewsArticle for an article page.
 *
 * @example
 * newsArticleJsonLd(article, { siteName: "Steppe", siteUrl: "https://steppe.example", timeZone: "Asia/Almaty" });
 */
export function newsArticleJsonLd(article: ArticleDetail, site: SiteIdentity): object {
  const url = `${site.siteUrl}${articlePath(article, site.timeZone)}`;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    headline: article.title.slice(0, 110),
    description: article.seoDescription ?? (article.dek || article.excerpt),
    // Google requires an image: articles without a picture use the site's social card.
    image: [`${site.siteUrl}${article.hero ? mediaUrl(article.hero.path) : DEFAULT_SOCIAL_IMAGE.path}`],
    datePublished: isoWithOffset(new Date(article.publishedAt), site.timeZone),
    dateModified: isoWithOffset(new Date(article.updatedAt), site.timeZone),
    inLanguage: article.language,
    ...(article.section
      ? {
          articleSection:
            article.language === "ru" && article.section.nameRu
              ? article.section.nameRu
              : article.section.name,
        }
      : {}),
    author: article.authors.map((a) => ({
      "@type": "Person",
      name: article.language === "ru" && a.nameRu ? a.nameRu : a.name,
      url: `${site.siteUrl}${authorPath(a, article.language)}`,
    })),
    publisher: {
      "@type": "NewsMediaOrganization",
      name: site.siteName,
      url: site.siteUrl,
      logo: { "@type": "ImageObject", url: `${site.siteUrl}/logo.svg`, width: 600, height: 60 },
    },
    wordCount: article.bodyText.split(/\s+/).filter(Boolean).length,
  };
}

/** schema.org BreadcrumbList: home, section (if any), article. */
export function breadcrumbJsonLd(article: ArticleDetail, site: SiteIdentity, homeName: string): object {
  const items: { name: string; url: string }[] = [
    { name: homeName, url: `${site.siteUrl}${homePath(article.language)}` },
  ];
  if (article.section) {
    const name =
      article.language === "ru" && article.section.nameRu ? article.section.nameRu : article.section.name;
    items.push({ name, url: `${site.siteUrl}${tagPath(article.section, article.language)}` });
  }
  items.push({ name: article.title, url: `${site.siteUrl}${articlePath(article, site.timeZone)}` });
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: item.name,
      item: item.url,
    })),
  };
}
