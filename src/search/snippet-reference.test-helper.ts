/**
 * Frozen copy of the snippet code as it was before the fast snippet builder: snippet.ts whole, and
 * `createWordMatcher`, `createWordForms` with their types from query-plan.ts. It is the
 * differential oracle: snippet.test.ts compares the optimised code against it string for string,
 * and bench/snippets.ts uses it as the baseline. Do not "improve" it: its value is that it does
 * not change. Not imported by application code.
 *
 * It uses the live `tokenize`, `foldText`, `nameKey` and stemmer on purpose: snippets must split
 * words exactly as the index does, so a change there must show up as a difference here.
 */
import { foldText, tokenize } from "./normalize/fold.js";
import { nameKey } from "./normalize/name-key.js";
import { createStemmer, type Stemmer } from "./normalize/stem.js";
import type { QueryPlan } from "./query-plan.js";

// ---- snippet.ts -------------------------------------------------------------------------------
/*
 * Highlighted snippets built here, from the stored plain text, never from FTS5 snippet() output:
 * every character of the article is escaped, and the only markup is our own <mark>.
 */

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes text for HTML element content and attribute values.
 *
 * @example
 * escapeHtml('<b>"Tom" & Jerry</b>'); // "&lt;b&gt;&quot;Tom&quot; &amp; Jerry&lt;/b&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

interface Span {
  readonly start: number;
  readonly end: number;
  readonly folded: string;
  matched: boolean;
}

function wordSpans(text: string, matcher: WordMatcher, foldCache?: Map<string, string>): Span[] {
  const spans: Span[] = [];
  for (const token of tokenize(text, foldCache)) {
    const raw = text.slice(token.start, token.end);
    if (token.compound) {
      if (matcher(raw, token.text)) {
        for (const span of spans) if (span.start >= token.start && span.end <= token.end) span.matched = true;
      }
      continue;
    }
    const previous = spans[spans.length - 1];
    // An NFKC expansion gives several tokens for one raw word; highlight it once.
    if (previous !== undefined && previous.start === token.start) {
      previous.matched ||= matcher(raw, token.text);
      continue;
    }
    spans.push({ start: token.start, end: token.end, folded: token.text, matched: matcher(raw, token.text) });
  }
  return spans;
}

function render(text: string, spans: readonly Span[], from: number, to: number): string {
  let html = "";
  let cursor = from;
  let i = 0;
  while (i < spans.length) {
    const span = spans[i];
    if (span === undefined || span.start >= to) break;
    if (!span.matched || span.start < from) {
      i++;
      continue;
    }
    // Join neighbouring matches separated only by spaces or hyphens: <mark>Amu Darya</mark>.
    let last = span;
    let j = i + 1;
    while (j < spans.length) {
      const next = spans[j];
      if (next === undefined || !next.matched || next.end > to) break;
      if (!/^[\s\-\u2010\u2011]*$/u.test(text.slice(last.end, next.start))) break;
      last = next;
      j++;
    }
    html += `${escapeHtml(text.slice(cursor, span.start))}<mark>${escapeHtml(text.slice(span.start, last.end))}</mark>`;
    cursor = last.end;
    i = j;
  }
  return html + escapeHtml(text.slice(cursor, to));
}

/**
 * The whole text, escaped, with matching words in `<mark>` (for titles).
 *
 * @example
 * highlightText("Tokayev & the <grid>", (_raw, folded) => folded === "tokayev");
 * // "<mark>Tokayev</mark> &amp; the &lt;grid&gt;"
 */
export function highlightText(text: string, matcher: WordMatcher, foldCache?: Map<string, string>): string {
  return render(text, wordSpans(text, matcher, foldCache), 0, text.length);
}

export interface SnippetOptions {
  /** Words in the passage (default 32). */
  readonly words?: number;
  /** Raw word → folded word, shared by the snippets of one page of hits (see `tokenize`). */
  readonly foldCache?: Map<string, string>;
}

export interface Snippet {
  readonly html: string;
  /** False when no word of the text matched (the passage is then the text's beginning). */
  readonly matched: boolean;
}

/**
 * The passage of `text` with the most distinct matching words, escaped, matches in `<mark>`,
 * with "…" where text was cut.
 *
 * @example
 * buildSnippet(bodyText, matcher).html; // "… President <mark>Mirziyoyev</mark> said on Tuesday …"
 */
export function buildSnippet(text: string, matcher: WordMatcher, options: SnippetOptions = {}): Snippet {
  const size = options.words ?? 32;
  const spans = wordSpans(text, matcher, options.foldCache);
  if (spans.length === 0) return { html: escapeHtml(text.slice(0, 240)), matched: false };
  let bestStart = 0;
  let bestScore = -1;
  for (let i = 0; i < spans.length; i++) {
    if (!spans[i]?.matched) continue;
    // Start a little before the match so the reader sees its context.
    const start = Math.max(0, i - 4);
    const distinct = new Set<string>();
    let count = 0;
    for (let k = start; k < Math.min(spans.length, start + size); k++) {
      const span = spans[k];
      if (span?.matched) {
        distinct.add(span.folded);
        count++;
      }
    }
    const score = distinct.size * 100 + count;
    if (score > bestScore) {
      bestScore = score;
      bestStart = start;
    }
  }
  const first = spans[bestStart];
  const last = spans[Math.min(spans.length, bestStart + size) - 1];
  if (first === undefined || last === undefined) return { html: "", matched: false };
  const from = bestStart === 0 ? 0 : first.start;
  const atEnd = bestStart + size >= spans.length;
  const to = atEnd ? text.length : last.end;
  const html = `${from > 0 ? "… " : ""}${render(text, spans, from, to).trim()}${atEnd ? "" : " …"}`;
  return { html, matched: bestScore >= 0 };
}

// ---- query-plan.ts: createWordForms, createWordMatcher ----------------------------------------

/** Tests one document word against a plan, for highlighting. */
export type WordMatcher = (raw: string, folded: string) => boolean;

/** Stems and name keys of document words, remembered across queries (see `createWordForms`). */
export interface WordForms {
  stem(raw: string): string;
  key(raw: string): string;
}

/**
 * A long-lived memo of the stem and name key of each raw word, for highlighting: a query's
 * snippets stem and key most words of ten articles, and the next query meets the same words.
 * Bounded: emptied when it holds `maxEntries` words.
 *
 * @example
 * const forms = createWordForms(createStemmer());
 * forms.key("Мирзиёев") === forms.key("Mirziyoyev"); // true
 */
export function createWordForms(stemmer: Stemmer, maxEntries = 100_000): WordForms {
  const stems = new Map<string, string>();
  const keys = new Map<string, string>();
  const memo = (map: Map<string, string>, raw: string, compute: (raw: string) => string): string => {
    let value = map.get(raw);
    if (value === undefined) {
      value = compute(raw);
      if (map.size >= maxEntries) map.clear();
      map.set(raw, value);
    }
    return value;
  };
  return {
    stem: (raw) => memo(stems, raw, (w) => stemmer.stem(w)),
    key: (raw) => memo(keys, raw, nameKey),
  };
}

/**
 * A matcher that says whether a word of a document matches any term of the plan, the same way
 * the index does: folded form, prefix, stem, or (for capitalised words) name key.
 *
 * @example
 * const matches = createWordMatcher(planQuery(parseQuery("Мирзиёев")));
 * matches("Mirziyoyev", "mirziyoyev"); // true
 */
export function createWordMatcher(
  plan: QueryPlan,
  stemmer: Stemmer = createStemmer(),
  forms: WordForms = { stem: (raw) => stemmer.stem(raw), key: nameKey },
): WordMatcher {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const stems = new Set<string>();
  const keys = new Set<string>();
  const keyPrefixes: string[] = [];
  for (const term of plan.terms) {
    for (const alt of term.exact) {
      for (const [i, token] of alt.tokens.entries()) {
        const t = foldText(token);
        if (alt.prefix && i === alt.tokens.length - 1) prefixes.push(t);
        else exact.add(t);
      }
    }
    for (const alt of term.stems) for (const token of alt.tokens) stems.add(token);
    for (const alt of term.names) {
      for (const [i, token] of alt.tokens.entries()) {
        if (alt.prefix && i === alt.tokens.length - 1) keyPrefixes.push(token);
        else keys.add(token);
      }
    }
  }
  const useStems = stems.size > 0;
  const useKeys = keys.size > 0 || keyPrefixes.length > 0;
  // Snowball only rewrites endings, so a word's stem starts with the word's first two letters:
  // a word that shares them with no stem of the query cannot match by stem, and skipping the
  // stemmer for it makes snippets of long articles several times cheaper.
  const stemHeads = new Set([...stems].map((stem) => stem.slice(0, 2)));
  const test = (raw: string, folded: string): boolean => {
    if (exact.has(folded) || prefixes.some((p) => folded.startsWith(p))) return true;
    if (useStems && (folded.length < 2 || stemHeads.has(folded.slice(0, 2))) && stems.has(forms.stem(raw)))
      return true;
    if (!useKeys) return false;
    const first = String.fromCodePoint(raw.codePointAt(0) ?? 0x20);
    if (first === first.toLowerCase()) return false;
    const key = forms.key(raw);
    return keys.has(key) || keyPrefixes.some((p) => key.startsWith(p));
  };
  // Stemming and keying cost ~20 µs a word and a page of hits repeats most words: remember.
  const seen = new Map<string, boolean>();
  return (raw, folded) => {
    let result = seen.get(raw);
    if (result === undefined) {
      result = test(raw, folded);
      if (seen.size < 50_000) seen.set(raw, result);
    }
    return result;
  };
}
