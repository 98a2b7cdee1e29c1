const ELLIPSIS = "…";

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
  const clean = text.replace(/\s+/g, " ").trim();
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
  const words = text.split(/\s+/).filter((w) => w !== "").length;
  return Math.max(1, Math.round(words / wordsPerMinute));
}
