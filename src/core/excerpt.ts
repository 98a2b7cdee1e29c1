import { collapseWhitespace, countWords } from "./whitespace.js";

const ELLIPSIS = "…";

/**
 * The start of `collapseWhitespace(text)`: exactly its first `length` characters when it has
 * that many (and then possibly more), else all of it. Collapsing a prefix of the text gives a
 * prefix of the collapsed whole (only whitespace at the cut can differ, and it is trimmed), so
 * long texts are collapsed a slice at a time instead of whole.
 */
function collapsedStart(text: string, length: number): string {
  for (let end = Math.max(64, length * 2); end < text.length; end *= 4) {
    const head = collapseWhitespace(text.slice(0, end));
    if (head.length >= length) return head;
  }
  return collapseWhitespace(text);
}

/**
 * Cuts plain text to at most `maxLength` characters at a sentence boundary when one falls in
 * the second half of the budget, else at a word boundary; never inside a word. An ellipsis is
 * added only when text was actually cut.
 *
 * @example
 * makeExcerpt("One. Two three four.", 12); // "One."
 * makeExcerpt("Short text", 200); // "Short text"
 */
export function makeExcerpt(text: string, maxLength = 240): string {
  // Only the first maxLength + 1 characters of the collapsed text matter.
  const clean = collapsedStart(text, maxLength + 1);
  if (clean.length <= maxLength) return clean;
  const window = clean.slice(0, maxLength);
  // A sentence end: . ! ? … followed by a space (so "3.5" and "U.S" inside words do not count).
  let sentenceEnd = -1;
  const sentence = /[.!?…](?=\s)/g;
  for (let m = sentence.exec(`${window} `); m !== null; m = sentence.exec(`${window} `)) {
    if (m.index < window.length) sentenceEnd = m.index + 1;
  }
  if (sentenceEnd >= maxLength / 2) return window.slice(0, sentenceEnd);
  // Word boundary: the last space inside the window, or the window itself if the next char is a space.
  const atBoundary = clean[maxLength] === " ";
  const lastSpace = atBoundary ? maxLength : window.lastIndexOf(" ");
  const cut = lastSpace > 0 ? window.slice(0, lastSpace) : window;
  return `${cut.replace(/[\s,;:–—-]+$/u, "")}${ELLIPSIS}`;
}

/**
 * Reading time in whole minutes at `wordsPerMinute`, at least 1 for any text.
 *
 * @example
 * readingMinutes("word ".repeat(460)); // 2
 */
export function readingMinutes(text: string, wordsPerMinute = 230): number {
  return Math.max(1, Math.round(countWords(text) / wordsPerMinute));
}
