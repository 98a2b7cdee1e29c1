import type { ArticleStatus, Language, TagKind } from "../db/schema.js";

export type { ArticleStatus, Language, TagKind } from "../db/schema.js";

/** A tag as pages show it. */
export interface TagRef {
  id: number;
  kind: TagKind;
  slug: string;
  name: string;
  nameRu: string | null;
  code: string | null;
}

/** An author as bylines show them. */
export interface AuthorRef {
  id: number;
  slug: string;
  name: string;
  nameRu: string | null;
}

/** An author with the profile shown on the author page. */
export interface AuthorProfile extends AuthorRef {
  bio: string;
  bioRu: string | null;
}

/** An image with what is needed to show it accessibly and credit it. */
export interface MediaRef {
  id: number;
  path: string;
  width: number | null;
  height: number | null;
  alt: string;
  altRu: string | null;
  caption: string;
  captionRu: string | null;
  credit: string;
}

/** What lists, blocks and feeds need of an article. */
export interface ArticleSummary {
  id: number;
  language: Language;
  slug: string;
  title: string;
  dek: string;
  excerpt: string;
  /** UTC ISO instant. */
  publishedAt: string;
  updatedAt: string;
  readingMinutes: number;
  translationGroup: string;
  hero: MediaRef | null;
  /** The first section tag, shown as the kicker. */
  section: TagRef | null;
  tags: TagRef[];
  authors: AuthorRef[];
}

/** A link to another language version of an article. */
export interface TranslationRef {
  language: Language;
  slug: string;
  title: string;
  publishedAt: string;
}

/** Everything the article page needs. */
export interface ArticleDetail extends ArticleSummary {
  bodyHtml: string;
  bodyText: string;
  seoTitle: string | null;
  seoDescription: string | null;
  translations: TranslationRef[];
}

/** An article as the editorial side sees it, whatever its status. */
export interface ArticleRecord {
  id: number;
  language: Language;
  slug: string;
  title: string;
  dek: string;
  bodyHtml: string;
  status: ArticleStatus;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  translationGroup: string;
}

/** Filters for listing published articles. */
export interface ArticleListFilter {
  language: Language;
  tagId?: number;
  authorId?: number;
  /** Inclusive UTC ISO lower bound of published_at. */
  from?: string;
  /** Exclusive UTC ISO upper bound of published_at. */
  to?: string;
  excludeIds?: number[];
}
