import type { ColumnType, Generated, Insertable, Kysely, Selectable, Transaction, Updateable } from "kysely";

/**
 * The typed shape of the database, shared by both dialects. Instants are stored as fixed-width
 * UTC ISO strings ("2026-02-14T09:30:00.000Z") and calendar dates as "YYYY-MM-DD" text, so the
 * same values sort, compare and round-trip identically on SQLite and PostgreSQL. Flags are 0/1
 * integers for the same reason.
 */

export type ArticleStatus = "draft" | "scheduled" | "published";
export type Language = "en" | "ru";
export type TagKind = "section" | "country" | "topic";

export interface AuthorsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  name_ru: string | null;
  bio: string;
  bio_ru: string | null;
  email: string | null;
  source_key: string | null;
  created_at: string;
}

export interface TagsTable {
  id: Generated<number>;
  kind: TagKind;
  slug: string;
  name: string;
  name_ru: string | null;
  /** ISO 3166-1 alpha-2 code for country tags. */
  code: string | null;
  parent_id: number | null;
  description: string | null;
  source_key: string | null;
  created_at: string;
}

export interface MediaTable {
  id: Generated<number>;
  /** Path under the media folder, with forward slashes: "demo/tram.svg". */
  path: string;
  mime: string;
  width: number | null;
  height: number | null;
  alt: string;
  alt_ru: string | null;
  caption: string;
  caption_ru: string | null;
  credit: string;
  /** Where the file came from (an import URL), for tracing; never fetched. */
  original_url: string | null;
  source_key: string | null;
  created_at: string;
}

export interface ArticlesTable {
  id: Generated<number>;
  /** Articles that translate each other share a group id (the first article's own key). */
  translation_group: string;
  language: Language;
  slug: string;
  title: string;
  dek: string;
  body_html: string;
  body_text: string;
  excerpt: string;
  reading_minutes: number;
  status: ArticleStatus;
  published_at: string | null;
  created_at: string;
  updated_at: string;
  hero_media_id: number | null;
  seo_title: string | null;
  seo_description: string | null;
  /** Stable key of an imported or demo article (guid, source id, content hash) for idempotent re-imports. */
  source_key: string | null;
  /** Incremented on every write; used for optimistic locking and cache keys. */
  version: ColumnType<number, number | undefined, number>;
}

/** A Kysely handle or an open transaction: data access that works inside either takes this. */
export type Executor = Kysely<Database> | Transaction<Database>;

/** The columns of an article that search indexes (its tags aside). */
export type ArticleTextRow = { readonly id: number } & Readonly<
  Pick<ArticlesTable, "language" | "title" | "dek" | "body_text" | "status" | "published_at">
>;

export interface ArticleAuthorsTable {
  article_id: number;
  author_id: number;
  position: number;
}

export interface ArticleTagsTable {
  article_id: number;
  tag_id: number;
  position: number;
}

export interface RevisionsTable {
  id: Generated<number>;
  article_id: number;
  created_at: string;
  title: string;
  dek: string;
  body_html: string;
  status: ArticleStatus;
  note: string | null;
}

export interface RatesTable {
  id: Generated<number>;
  /** Source id: "nbk", "nbkr", "nbt", "cbu", "cbt", "cbt-peg", "cbr", "demo", "capture". */
  source: string;
  /** The bank's own currency, in which the value is expressed ("KZT"). */
  base: string;
  /** The foreign currency being priced ("USD"). */
  quote: string;
  /** The day the rate is in effect, "YYYY-MM-DD". */
  date: string;
  /** The date printed by the bank in its response, "YYYY-MM-DD". */
  bank_date: string;
  /** Base units per `nominal` units of quote, exactly as published (decimal point). */
  value: string;
  nominal: number;
  fetched_at: string;
  /** 1 for demo data, which the site labels as such. */
  is_demo: number;
}

export interface RedirectsTable {
  from_path: string;
  to_path: string;
  status: number;
  created_at: string;
}

export interface SiteStateTable {
  key: string;
  value: string;
}

export interface JobRunsTable {
  job: string;
  slot: string;
  instance: string;
  started_at: string;
  finished_at: string | null;
  outcome: string | null;
}

export interface Database {
  authors: AuthorsTable;
  tags: TagsTable;
  media: MediaTable;
  articles: ArticlesTable;
  article_authors: ArticleAuthorsTable;
  article_tags: ArticleTagsTable;
  revisions: RevisionsTable;
  rates: RatesTable;
  redirects: RedirectsTable;
  site_state: SiteStateTable;
  job_runs: JobRunsTable;
}

export type ArticleRow = Selectable<ArticlesTable>;
export type NewArticleRow = Insertable<ArticlesTable>;
export type ArticleUpdate = Updateable<ArticlesTable>;
export type AuthorRow = Selectable<AuthorsTable>;
export type TagRow = Selectable<TagsTable>;
export type MediaRow = Selectable<MediaTable>;
export type RateRow = Selectable<RatesTable>;
export type NewRateRow = Insertable<RatesTable>;
