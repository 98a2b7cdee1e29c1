/**
 * Spelling correction against the index vocabulary: only words that exist in the corpus are
 * ever suggested. Pure; the index supplies the candidate words and their document counts.
 */

/** A word of the index vocabulary and the number of documents containing it. */
export interface VocabularyWord {
  readonly term: string;
  readonly docs: number;
}

/**
 * Edits allowed for a word of this length (in code points): none below 5 letters, one from 5,
 * two from 9, as readers expect from Meilisearch-style engines.
 *
 * @example
 * allowedEdits("almaty"); // 1
 */
export function allowedEdits(word: string): number {
  const length = [...word].length;
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transposition), by code point,
 * giving up early and returning `max + 1` once the distance must exceed `max`.
 *
 * @example
 * editDistance("tokaev", "tokayev", 2); // 1
 * editDistance("kazkahstan", "kazakhstan", 2); // 1 (transposition)
 */
export function editDistance(a: string, b: string, max: number): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_v, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        value = Math.min(value, (previous2[j - 2] ?? 0) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[t.length] ?? max + 1;
}

/**
 * The best correction of `word` among `candidates`: fewest edits within `allowedEdits`, then
 * most documents, then alphabetical (stable output). Null when nothing is close enough.
 *
 * @example
 * bestCorrection("tashkemt", [{ term: "tashkent", docs: 12 }]); // "tashkent"
 */
export function bestCorrection(word: string, candidates: readonly VocabularyWord[]): string | null {
  const max = allowedEdits(word);
  if (max === 0) return null;
  let best: { term: string; distance: number; docs: number } | null = null;
  for (const candidate of candidates) {
    if (candidate.term === word || candidate.docs <= 0) continue;
    const distance = editDistance(word, candidate.term, max);
    if (distance > max) continue;
    if (
      best === null ||
      distance < best.distance ||
      (distance === best.distance && candidate.docs > best.docs) ||
      (distance === best.distance && candidate.docs === best.docs && candidate.term < best.term)
    ) {
      best = { term: candidate.term, distance, docs: candidate.docs };
    }
  }
  return best?.term ?? null;
}
