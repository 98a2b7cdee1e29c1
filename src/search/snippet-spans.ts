import { foldText } from "./normalize/fold.js";
import { isHyphenCode, type WordList } from "./normalize/word-list.js";

/*
 * The words of one text as snippets see them: one span per word that folds to something, in text
 * order, each marked when the query matches it or a hyphenated compound it belongs to. Kept in
 * typed arrays that are reused from text to text, because a page of hits is ~6,000 words and one
 * object per word was a large share of what snippets cost.
 *
 * The rules are those of `tokenize` (fold.ts) followed by the original snippet code: a word whose
 * fold has several pieces ("½" → "1 2") is one span, marked when any piece matches; the parts of a
 * hyphenated word are also tested together (two to five parts, none all digits), and a matching
 * compound marks every span inside it. `collectSpans` is that definition, calling a matcher
 * function exactly as the original code did; `WordMarker` (word-marker.ts) gets the same spans
 * without calling one.
 */

const MAX_COMPOUND_PARTS = 5;
const DIGITS_ONLY_RE = /^\p{N}+$/u;
// A news article is ~600 words.
const INITIAL_CAPACITY = 1024;

/**
 * Spans of the text last collected, valid until the next collection into the same object.
 *
 * @example
 * const spans = new SnippetSpans();
 * collectSpans(spans, words, "Alma-Ata, 1991", (_raw, folded) => folded === "almaata");
 * spans.count; // 3; spans.matched[0] === 1 && spans.matched[1] === 1 (the compound matched)
 */
export class SnippetSpans {
  /** Spans collected. */
  count = 0;
  /** Spans marked. */
  marked = 0;
  /** The text the spans are of. */
  text = "";
  /** UTF-16 offset of each span's first code unit. */
  starts = new Int32Array(INITIAL_CAPACITY);
  /** Offset one past each span's last code unit. */
  ends = new Int32Array(INITIAL_CAPACITY);
  /** 1 where the span is highlighted. */
  matched = new Uint8Array(INITIAL_CAPACITY);
  /**
   * The span's folded word (its first piece), which snippets count distinct matches by. A fast
   * collector may leave it unset for spans that are not matched; `foldedAt` fills it in.
   */
  folded: (string | undefined)[] = [];

  /** Empties the spans for `text`, which has `words` words. */
  reset(text: string, words: number): void {
    this.text = text;
    this.count = 0;
    this.marked = 0;
    if (this.starts.length < words) this.grow(words);
  }

  /** Appends a span (room was made by `reset`: at most one span per word). */
  push(start: number, end: number, matched: boolean, folded: string | undefined): number {
    const i = this.count++;
    this.starts[i] = start;
    this.ends[i] = end;
    this.folded[i] = folded;
    if (matched) {
      this.matched[i] = 1;
      this.marked++;
    } else {
      this.matched[i] = 0;
    }
    return i;
  }

  /** Marks every span inside [start, end), as a matching compound does. */
  markWithin(start: number, end: number): void {
    for (let i = this.count - 1; i >= 0 && (this.starts[i] as number) >= start; i--) {
      if ((this.ends[i] as number) <= end && this.matched[i] === 0) {
        this.matched[i] = 1;
        this.marked++;
      }
    }
  }

  /** The folded word of span i (see `folded`). */
  foldedAt(i: number): string {
    const known = this.folded[i];
    if (known !== undefined) return known;
    // A word alone folds as it does in its text (its fold pieces joined by spaces).
    const fold = foldText(this.text.slice(this.starts[i], this.ends[i]));
    const first = fold.split(" ")[0] ?? "";
    this.folded[i] = first;
    return first;
  }

  private grow(words: number): void {
    const size = Math.max(words, this.starts.length * 2);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.matched = new Uint8Array(size);
  }
}

/**
 * Collects the spans of the text `list` was last scanned over (`text`), asking `matcher` about
 * every word, every piece of a word and every compound, in the order and with the arguments the
 * original snippet code used, so that any matcher (even one with state) sees the same calls.
 * `foldCache` (raw word → fold) is read and filled as `tokenize` does.
 *
 * @example
 * const words = new WordList();
 * words.scan(text);
 * collectSpans(spans, words, text, matcher);
 */
export function collectSpans(
  spans: SnippetSpans,
  list: WordList,
  text: string,
  matcher: (raw: string, folded: string) => boolean,
  foldCache?: Map<string, string>,
): void {
  spans.reset(text, list.count);
  // The parts of the current hyphenated word, as span indices.
  const group: number[] = [];
  let previousEnd = -1;
  const flush = (): void => {
    if (group.length >= 2 && group.length <= MAX_COMPOUND_PARTS) {
      const parts = group.map((i) => spans.foldedAt(i));
      if (!parts.some((part) => DIGITS_ONLY_RE.test(part))) {
        const start = spans.starts[group[0] as number] as number;
        const end = spans.ends[group[group.length - 1] as number] as number;
        if (matcher(text.slice(start, end), parts.join(""))) spans.markWithin(start, end);
      }
    }
    group.length = 0;
  };
  for (let k = 0; k < list.count; k++) {
    const start = list.start(k);
    const end = list.end(k);
    const raw = list.raw(k);
    let folded: string;
    if (foldCache === undefined) {
      folded = list.fold(k);
    } else {
      const hit = foldCache.get(raw);
      if (hit === undefined) {
        folded = list.fold(k);
        foldCache.set(raw, folded);
      } else {
        folded = hit;
      }
    }
    if (folded === "") continue;
    const joined = previousEnd >= 0 && start - previousEnd === 1 && isHyphenCode(list.codeAt(previousEnd));
    if (!joined) flush();
    previousEnd = end;
    if (!folded.includes(" ")) {
      group.push(spans.push(start, end, matcher(raw, folded), folded));
      continue;
    }
    // The pieces of an NFKC expansion share the word's offsets: one span, any piece may match
    // (asked in order, and no further once one has).
    const pieces = folded.split(/\s+/);
    let matched = false;
    for (const piece of pieces) matched ||= matcher(raw, piece);
    const i = spans.push(start, end, matched, pieces[0] ?? "");
    if (pieces.length === 1) group.push(i);
  }
  flush();
}
