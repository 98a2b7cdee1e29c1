/**
 * Folds text for comparison: lower case, diacritics and ё dropped, so that two captures of one
 * story compare equal even when one used typographic quotes or "ё" and the other did not.
 *
 * @example
 * foldText("Benítez’s Ёлка") // "benitez’s елка"
 */
export function foldText(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/ё/g, "е").normalize("NFC");
}

/**
 * The folded words of a text (letters and digits only), the unit of shingles and keys.
 *
 * @example
 * wordTokens("Tram No. 7 — opens!") // ["tram", "no", "7", "opens"]
 */
export function wordTokens(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * One key per line for counting repeats across pages: the folded words joined by spaces.
 *
 * @example
 * lineKey("Share:  Facebook | Telegram") // "share facebook telegram"
 */
export function lineKey(text: string): string {
  return wordTokens(text).join(" ");
}
