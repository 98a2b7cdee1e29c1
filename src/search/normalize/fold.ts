/**
 * Text folding and tokenisation shared by the index and the query side.
 *
 * Both sides must fold identically, so `foldText` is defined as "tokenize, fold each word, join
 * with single spaces": the folded column and the query can never disagree about where a word
 * starts or what it looks like. What a word is and how it folds lives in word-list.ts.
 */
import { isHyphenCode, WordList } from "./word-list.js";

/** One word of the original text, folded, with its UTF-16 offsets in the original string. */
export interface Token {
  /** The folded form (see `foldText`). For a compound this is the parts joined without hyphens. */
  readonly text: string;
  /** Offset of the first UTF-16 code unit in the original string. */
  readonly start: number;
  /** Offset one past the last UTF-16 code unit in the original string. */
  readonly end: number;
  /**
   * True for the extra token emitted after the parts of a hyphenated word ("Alma-Ata" gives
   * `alma`, `ata` and the compound `almaata`). Compounds overlap their parts; callers that want
   * running text skip them.
   */
  readonly compound: boolean;
}

const WHITESPACE_RE = /\s/u;

/**
 * Folds text for the "as written" index column: NFKC, lower case, Latin diacritics removed,
 * ё → е, apostrophe variants joined, punctuation, control characters and emoji turned into
 * single spaces.
 *
 * @example
 * foldText("Şavkat MİRZİYOYEV — «Ёлка» 🎄 O‘zbekiston"); // "savkat mirziyoyev елка ozbekiston"
 */
export function foldText(s: string): string {
  const words = new WordList((s.length >> 1) + 1, s.length);
  words.scan(s);
  let out = "";
  // Only a word folded by the full rules can hold whitespace ("½" → "1 2"); the original
  // definition collapses whitespace runs after joining, which is needed only then.
  let collapse = false;
  for (let k = 0; k < words.count; k++) {
    const folded = words.fold(k);
    if (folded === "") continue;
    if (!words.simple(k) && WHITESPACE_RE.test(folded)) collapse = true;
    out = out === "" ? folded : `${out} ${folded}`;
  }
  return collapse ? out.replace(/\s+/g, " ") : out;
}

const MAX_COMPOUND_PARTS = 5;
const DIGITS_ONLY_RE = /^\p{N}+$/u;

/**
 * Splits text into folded words with their offsets in the original string (for highlighting).
 * Hyphenated words yield their parts and then one compound token spanning the whole word.
 * `foldCache` (raw word → folded word) may be passed by a caller that tokenizes many texts:
 * folding dominates the cost and news vocabulary repeats. The caller owns and bounds it.
 *
 * @example
 * tokenize("Alma-Ata, 1991").map((t) => t.text); // ["alma", "ata", "almaata", "1991"]
 */
export function tokenize(s: string, foldCache?: Map<string, string>): Token[] {
  const tokens: Token[] = [];
  // The parts of the current hyphenated word: group[0..groupSize). The array is reused and only
  // ever overwritten, since truncating an array is a slow runtime call and most words are a
  // group of one.
  const group: Token[] = [];
  let groupSize = 0;
  let previousEnd = -1;

  const flushGroup = (): void => {
    if (groupSize >= 2 && groupSize <= MAX_COMPOUND_PARTS) {
      const parts = group.slice(0, groupSize);
      const numeric = parts.some((t) => DIGITS_ONLY_RE.test(t.text));
      const first = parts[0];
      const last = parts[parts.length - 1];
      if (!numeric && first !== undefined && last !== undefined) {
        tokens.push({
          text: parts.map((t) => t.text).join(""),
          start: first.start,
          end: last.end,
          compound: true,
        });
      }
    }
    groupSize = 0;
  };

  // Room for every word a text of this length can hold, so the list never grows.
  const words = new WordList((s.length >> 1) + 1, s.length);
  words.scan(s);
  for (let k = 0; k < words.count; k++) {
    const start = words.start(k);
    const end = words.end(k);
    let folded: string;
    if (foldCache === undefined) {
      folded = words.fold(k);
    } else {
      const raw = words.raw(k);
      const hit = foldCache.get(raw);
      if (hit === undefined) {
        folded = words.fold(k);
        foldCache.set(raw, folded);
      } else {
        folded = hit;
      }
    }
    if (folded === "") continue;
    const joinedByHyphen =
      previousEnd >= 0 && start - previousEnd === 1 && isHyphenCode(words.codeAt(previousEnd));
    if (!joinedByHyphen) flushGroup();
    previousEnd = end;
    // An NFKC expansion can split one raw word; the pieces share the raw word's offsets. Folded
    // words hold no whitespace but ASCII spaces (foldChar), so most need no split.
    if (!folded.includes(" ")) {
      const token: Token = { text: folded, start, end, compound: false };
      tokens.push(token);
      group[groupSize++] = token;
      continue;
    }
    const pieces = folded.split(/\s+/);
    for (const piece of pieces) {
      const token: Token = { text: piece, start, end, compound: false };
      tokens.push(token);
      if (pieces.length === 1) group[groupSize++] = token;
    }
  }
  flushGroup();
  return tokens;
}
