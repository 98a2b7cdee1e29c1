import { zonedParts } from "../core/dates.js";
import type { Language } from "../db/schema.js";
import type { DocRecord } from "./doc-table.js";
import type { Gazetteer } from "./gazetteer/gazetteer.js";
import { createTextAnalyzer } from "./normalize/analyze.js";
import { isAsciiNumber } from "./normalize/word-list.js";

/*
 * What indexing one article computes, on either database: the eight normalised index columns,
 * the facts the search engine keeps in memory, and the countries it names. Pure CPU work with
 * no database access, so that bulk indexing can run it in worker threads (analysis-pool.ts).
 */

/** The article fields indexing reads (a row of `articles` plus its tags). */
export interface ArticleSource {
  readonly id: number;
  readonly language: Language;
  readonly title: string;
  readonly dek: string;
  readonly bodyText: string;
  readonly status: string;
  readonly publishedAt: string | null;
  readonly tags: readonly {
    readonly id: number;
    readonly kind: string;
    readonly name: string;
    readonly nameRu: string | null;
    readonly code: string | null;
  }[];
}

/** An article ready to write to the index. */
export interface AnalyzedArticle {
  readonly id: number;
  /**
   * title, dek, tags, body (folded as written), head stems, body stems, head names, body names;
   * without folding (the evaluation baseline) the raw title, dek, tags and body, and "".
   */
  readonly columns: readonly string[];
  /** The tag names as one text (PostgreSQL keeps it for its own language analysis). */
  readonly tagText: string;
  readonly record: DocRecord;
  /** Country codes with where each came from, tags first. */
  readonly countrySources: readonly (readonly [string, "tag" | "text"])[];
  /**
   * Folded words of title, dek, tags and body that this analyser has not reported before (for
   * the spelling vocabulary). Words of fewer than four letters are never corrections, and neither
   * are numbers: those are left out (numbers also never stop growing: years, sums, ids).
   */
  readonly newWords: readonly string[];
}

export interface ArticleAnalyzerOptions {
  readonly gazetteer: Pick<Gazetteer, "detectCountries">;
  /** Zone in which the year facet is cut. */
  readonly timeZone: string;
  /** Fold, stem and key (default true); false writes the raw text (the evaluation baseline). */
  readonly folding?: boolean;
  /** Name-key columns (default true; needs folding). */
  readonly nameKeys?: boolean;
}

export interface ArticleAnalyzer {
  /** The index entry of a published article, or null when it must not be indexed. */
  analyze(article: ArticleSource): AnalyzedArticle | null;
}

/**
 * Creates an analyser with warm per-word caches; reuse it for many articles.
 *
 * @example
 * const analyzer = createArticleAnalyzer({ gazetteer, timeZone: "Asia/Almaty" });
 * analyzer.analyze({ id: 1, language: "en", title: "Tokayev in Astana", dek: "", bodyText: "...", status: "published", publishedAt: "2026-11-02T08:00:00.000Z", tags: [] });
 */
export function createArticleAnalyzer(options: ArticleAnalyzerOptions): ArticleAnalyzer {
  const folding = options.folding ?? true;
  const nameKeys = folding && (options.nameKeys ?? true);
  const text = createTextAnalyzer();
  const reported = new Set<string>();
  const yearOf = (instant: string): number => {
    // Zone offsets stay within ±14 h, so away from New Year the zone's year is the UTC year
    // (an ISO instant starts with it); only the days around it need the zone's (slow) Intl.
    const monthDay = instant.slice(5, 10);
    const plainYear = instant.charCodeAt(0) >= 48 && instant.charCodeAt(0) <= 57 && instant[4] === "-";
    if (plainYear && instant.endsWith("Z") && monthDay >= "01-02" && monthDay <= "12-30")
      return Number(instant.slice(0, 4));
    return zonedParts(new Date(instant), options.timeZone).year;
  };

  return {
    analyze(article) {
      if (article.status !== "published" || article.publishedAt === null) return null;
      const tagText = article.tags
        .map((t) => (t.nameRu === null ? t.name : `${t.name} ${t.nameRu}`))
        .join(" \n ");
      let columns: string[];
      const newWords: string[] = [];
      if (folding) {
        const lang = article.language;
        // The text analyser names the words it meets for the first time (a superset of the new
        // ones), so the columns are not split into words again to find them.
        const fresh: string[] = [];
        const title = text.analyze(article.title, lang, fresh);
        const dek = text.analyze(article.dek, lang, fresh);
        const tags = text.analyze(tagText, undefined, fresh);
        const body = text.analyze(article.bodyText, lang, fresh);
        const join = (...parts: string[]): string => parts.filter((p) => p !== "").join(" ");
        columns = [
          title.folded,
          dek.folded,
          tags.folded,
          body.folded,
          join(title.stems, dek.stems, tags.stems),
          body.stems,
          nameKeys ? join(title.names, dek.names, tags.names) : "",
          nameKeys ? body.names : "",
        ];
        if (reported.size > 500_000) reported.clear();
        for (const word of fresh) {
          if (word.length >= 4 && !isAsciiNumber(word) && !reported.has(word)) {
            reported.add(word);
            newWords.push(word);
          }
        }
      } else {
        columns = [article.title, article.dek, tagText, article.bodyText, "", "", "", ""];
      }
      const countries = new Map<string, "tag" | "text">();
      for (const tag of article.tags)
        if (tag.kind === "country" && tag.code !== null) countries.set(tag.code.toUpperCase(), "tag");
      for (const code of options.gazetteer.detectCountries(
        `${article.title}\n${article.dek}\n${article.bodyText}`,
      )) {
        if (!countries.has(code)) countries.set(code, "text");
      }
      return {
        id: article.id,
        columns,
        tagText,
        record: {
          id: article.id,
          language: article.language,
          publishedAt: article.publishedAt,
          year: yearOf(article.publishedAt),
          sectionId: article.tags.find((t) => t.kind === "section")?.id ?? null,
          countries: [...countries.keys()],
        },
        countrySources: [...countries],
        newWords,
      };
    },
  };
}
