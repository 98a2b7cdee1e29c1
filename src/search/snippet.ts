import { WordList } from "./normalize/word-list.js";
import type { WordMatcher } from "./query-plan.js";
import { collectSpans, SnippetSpans } from "./snippet-spans.js";

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

// Neighbouring matches separated only by spaces or hyphens are joined: <mark>Amu Darya</mark>.
const JOIN_GAP_RE = /^[\s\-\u2010\u2011]*$/u;

// The spans of a text with the matcher's matches marked. A matcher from `createWordMatcher`
// brings a marker that finds them without asking it word by word (word-marker.ts); any other
// matcher is asked about every word, as the original code did.
function spansOf(
  text: string,
  matcher: WordMatcher,
  foldCache: Map<string, string> | undefined,
): SnippetSpans {
  if (matcher.marker !== undefined) return matcher.marker.collect(text);
  const list = new WordList((text.length >> 1) + 1, text.length);
  list.scan(text);
  const spans = new SnippetSpans();
  collectSpans(spans, list, text, matcher, foldCache);
  return spans;
}

function render(spans: SnippetSpans, from: number, to: number): string {
  const { text, starts, ends, matched, count } = spans;
  let html = "";
  let cursor = from;
  let i = 0;
  while (i < count) {
    const start = starts[i] as number;
    if (start >= to) break;
    if (matched[i] === 0 || start < from) {
      i++;
      continue;
    }
    let last = i;
    let j = i + 1;
    while (j < count) {
      if (matched[j] === 0 || (ends[j] as number) > to) break;
      if (!JOIN_GAP_RE.test(text.slice(ends[last], starts[j]))) break;
      last = j;
      j++;
    }
    const end = ends[last] as number;
    html += `${escapeHtml(text.slice(cursor, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    cursor = end;
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
  return render(spansOf(text, matcher, foldCache), 0, text.length);
}

export interface SnippetOptions {
  /** Words in the passage (default 32). */
  readonly words?: number;
  /**
   * Raw word → folded word, shared by the snippets of one page of hits (see `tokenize`). Only a
   * hand-written matcher uses it; one from `createWordMatcher` keeps its own word facts.
   */
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
  const spans = spansOf(text, matcher, options.foldCache);
  const count = spans.count;
  if (count === 0) return { html: escapeHtml(text.slice(0, 240)), matched: false };
  const best = bestPassage(spans, size);
  const bestStart = best < 0 ? 0 : best;
  // Any `size` (a fraction, NaN) cuts where the original array code did.
  const lastIndex = Math.min(count, bestStart + size) - 1;
  if (!Number.isInteger(lastIndex) || lastIndex < 0 || lastIndex >= count)
    return { html: "", matched: false };
  const from = bestStart === 0 ? 0 : (spans.starts[bestStart] as number);
  const atEnd = bestStart + size >= count;
  const to = atEnd ? text.length : (spans.ends[lastIndex] as number);
  const html = `${from > 0 ? "… " : ""}${render(spans, from, to).trim()}${atEnd ? "" : " …"}`;
  return { html, matched: best >= 0 };
}

/**
 * The first span of the best passage of `size` spans, -1 when nothing matched. A passage starts
 * four words before a match, so the reader sees its context, and scores 100 per distinct matched
 * word (by fold) plus 1 per match; the first best wins.
 */
function bestPassage(spans: SnippetSpans, size: number): number {
  const { count, matched } = spans;
  if (spans.marked === 0) return -1;
  // Matched spans in order, and an id per distinct fold.
  const hits: number[] = [];
  const ids: number[] = [];
  const idOf = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    if (matched[i] === 0) continue;
    const folded = spans.foldedAt(i);
    let id = idOf.get(folded);
    if (id === undefined) {
      id = idOf.size;
      idOf.set(folded, id);
    }
    hits.push(i);
    ids.push(id);
  }
  if (hits.length === 0) return -1;
  const seenIn = new Int32Array(idOf.size);
  let passage = 0;
  let bestStart = 0;
  let bestScore = -1;
  let previousStart = -1;
  // The passage's matches are hits[a..b); both ends only move forward as passages do.
  let a = 0;
  let b = 0;
  for (const i of hits) {
    const start = Math.max(0, i - 4);
    // Several matches can give the same passage, and only a better score replaces the best.
    if (start === previousStart) continue;
    previousStart = start;
    const end = Math.min(count, start + size);
    while ((hits[a] as number) < start) a++;
    while (b < hits.length && (hits[b] as number) < end) b++;
    let distinct = 0;
    passage++;
    for (let h = a; h < b; h++) {
      const id = ids[h] as number;
      if (seenIn[id] !== passage) {
        seenIn[id] = passage;
        distinct++;
      }
    }
    const score = distinct * 100 + Math.max(0, b - a);
    if (score > bestScore) {
      bestScore = score;
      bestStart = start;
    }
  }
  return bestStart;
}
