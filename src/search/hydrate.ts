import type { Language } from "../db/schema.js";
import { createWordMatcher, type QueryPlan, type WordForms } from "./query-plan.js";
import type { SearchHit } from "./search-index.js";
import { buildSnippet, escapeHtml, highlightText } from "./snippet.js";

/** The article row a hit is built from (the same query shape on both databases). */
export interface HitRow {
  id: number;
  language: Language;
  slug: string;
  title: string;
  dek: string;
  excerpt: string;
  body_text: string;
  published_at: string;
  section_slug: string | null;
  section_name: string | null;
  section_name_ru: string | null;
}

/**
 * Turns a page of ranked ids and their article rows into hits, in the page's order: title and
 * a passage of the body (or the dek) with the query's matches in `<mark>`, countries tagged
 * first. Rows missing from `rows` (deleted meanwhile) are skipped.
 *
 * @example
 * const hits = hydrateHits(page, rows, countryRows, plan, createWordForms(createStemmer()));
 */
export function hydrateHits(
  page: readonly { id: number; score: number }[],
  rows: readonly HitRow[],
  countries: readonly { article_id: number; code: string }[],
  plan: QueryPlan,
  forms: WordForms,
): SearchHit[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const codes = new Map<number, string[]>();
  for (const row of countries) {
    const listed = codes.get(row.article_id);
    if (listed === undefined) codes.set(row.article_id, [row.code]);
    else listed.push(row.code);
  }
  // One matcher per page: it decides each distinct word once, and `forms` keeps what it learns
  // about words (folds, stems, keys) for the next page.
  const matcher = createWordMatcher(plan, undefined, forms);
  const hits: SearchHit[] = [];
  for (const { id, score } of page) {
    const row = byId.get(id);
    if (row === undefined) continue;
    let snippet = buildSnippet(row.body_text, matcher);
    if (!snippet.matched && row.dek !== "") {
      const dek = buildSnippet(row.dek, matcher);
      if (dek.matched) snippet = dek;
    }
    hits.push({
      id,
      language: row.language,
      slug: row.slug,
      title: row.title,
      excerpt: row.excerpt,
      titleHtml: highlightText(row.title, matcher),
      snippetHtml: snippet.matched ? snippet.html : escapeHtml(row.excerpt),
      publishedAt: row.published_at,
      section:
        row.section_slug === null
          ? null
          : {
              slug: row.section_slug,
              name: row.section_name ?? row.section_slug,
              nameRu: row.section_name_ru,
            },
      countries: codes.get(id) ?? [],
      score,
    });
  }
  return hits;
}
