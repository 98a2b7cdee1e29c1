/**
 * The shape of the demo newsroom's content. The content itself (`content/`) is written for this
 * project in our own words; `load-demo.ts` turns it into articles through the normal article
 * service, so the demo exercises the same write path as an editor would.
 */

export type DemoLanguage = "en" | "ru";

export interface DemoAuthor {
  /** Stable key used by articles, e.g. "aigerim". Becomes the author's slug. */
  key: string;
  name: { en: string; ru: string };
  bio: { en: string; ru: string };
}

export interface DemoTag {
  /** Stable key, also the slug: "politics", "kazakhstan". */
  key: string;
  kind: "section" | "country" | "topic";
  name: { en: string; ru: string };
  /** For countries: ISO 3166-1 alpha-2 code ("KZ"). */
  code?: string;
}

export interface DemoImage {
  /** Stable key, referenced from bodies as `<figure data-media="KEY"></figure>` and as hero. */
  key: string;
  /** File name of the SVG in `src/demo/images/`. */
  file: string;
  width: number;
  height: number;
  alt: { en: string; ru: string };
  caption: { en: string; ru: string };
  credit: string;
}

export interface DemoArticleVersion {
  title: string;
  dek: string;
  /**
   * Body HTML: `<p>`, `<h2>`/`<h3>` subheadings, `<blockquote><p>…</p><cite>…</cite></blockquote>`,
   * lists, and figures written as `<figure data-media="KEY"></figure>` (the loader fills in the
   * image, caption and credit in the article's language).
   */
  body: string;
}

export interface DemoArticle {
  /** Stable key; the English slug is derived from the title. */
  key: string;
  section: string;
  countries: string[];
  topics: string[];
  authors: string[];
  /** Hours before the moment the demo is loaded, so the demo always looks current. */
  hoursAgo: number;
  hero?: string;
  en: DemoArticleVersion;
  /** A Russian translation, linked to the English article as one translation group. */
  ru?: DemoArticleVersion;
}
