import { tokenize } from "./normalize/fold.js";
import type { WordMatcher } from "./query-plan.js";

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
