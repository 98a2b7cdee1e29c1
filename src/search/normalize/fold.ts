/**
 * Text folding and tokenisation shared by the index and the query side.
 *
 * Both sides must fold identically, so `foldText` is defined as "tokenize, fold each word, join
 * with single spaces": the folded column and the query can never disagree about where a word
 * starts or what it looks like.
 */

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

// Apostrophe look-alikes seen in Uzbek Latin (o‘ g‘ and the tutuq belgisi ʼ), in typographic
// quotes and in transliteration output (ʼ for ь, ˮ for ъ). Inside a word they are dropped so that
// O‘zbekiston, O'zbekiston and Ozbekiston fold to the same word.
const APOSTROPHES = new Set(["'", "\u2019", "\u2018", "\u02BB", "\u02BC", "`", "\u00B4", "\u2032", "\u02EE"]);
// Soft hyphen, zero-width space/joiners, word joiner, BOM: invisible, and they must not split a word.
const INVISIBLE = new Set(["\u00AD", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"]);
const HYPHENS = new Set(["-", "\u2010", "\u2011"]);
// A word starts with a letter or digit; apostrophes may only sit between word characters. The
// apostrophe group needs at least one character after it, so matching stays linear.
const WORD_RE =
  /[\p{L}\p{N}][\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060\uFEFF]*(?:['\u2019\u2018`\u00B4\u2032][\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060\uFEFF]+)*/gu;
const LATIN_RE = /\p{Script=Latin}/u;
const CYRILLIC_RE = /\p{Script=Cyrillic}/u;
const MARK_RE = /\p{M}/u;
const MARKS_RE = /\p{M}/gu;
const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;

// Latin letters that carry no combining mark under NFD but still need an ASCII form.
// ə is the Azerbaijani/Kazakh-Latin schwa (Əliyev = Aliyev), so it folds to "a".
const LATIN_SPECIAL: Readonly<Record<string, string>> = {
  ß: "ss",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  æ: "ae",
  œ: "oe",
  ı: "i",
  ə: "a",
  ŋ: "ng",
};

// Lower-case homoglyphs used when a word mixes scripts (a Latin "o" typed inside a Russian word).
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: "а",
  c: "с",
  e: "е",
  o: "о",
  p: "р",
  x: "х",
  y: "у",
  k: "к",
  i: "і",
};
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(LATIN_TO_CYRILLIC).map(([latin, cyrillic]) => [cyrillic, latin]),
);

/**
 * Folds one character that is already NFKC-normalised and lower-cased.
 *
 * й is deliberately kept: under NFD it is и + breve, so a blanket mark-strip would merge
 * distinct Russian words (мой "my" / мои "my, plural", край / краи) and break transliteration
 * (й → y, и → i). The same holds for ў (Uzbek), ӣ and ӯ (Tajik), which also decompose; the
 * Kazakh letters ә ғ қ ң ө ұ ү һ і do not decompose and are kept as they are for the
 * transliterator. Only ё is folded (to е), because Russian print usually omits its dots.
 */
function foldChar(ch: string): string {
  if (APOSTROPHES.has(ch) || INVISIBLE.has(ch)) return "";
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x80) return ch;
  if (ch === "ё") return "е";
  if (MARK_RE.test(ch)) return ""; // stress accents and other marks NFKC could not compose
  if (LATIN_RE.test(ch)) {
    const special = LATIN_SPECIAL[ch];
    if (special !== undefined) return special;
    return ch.normalize("NFD").replace(MARKS_RE, "");
  }
  return LETTER_OR_DIGIT_RE.test(ch) ? ch : " ";
}

function fixMixedScript(word: string): string {
  let latin = 0;
  let cyrillic = 0;
  for (const ch of word) {
    if (ch >= "a" && ch <= "z") latin++;
    else if (CYRILLIC_RE.test(ch)) cyrillic++;
  }
  if (latin === 0 || cyrillic === 0) return word;
  const table = cyrillic >= latin ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
  let out = "";
  for (const ch of word) out += table[ch] ?? ch;
  return out;
}

/**
 * Folds one raw word (as matched in the original text). May return "" or, for exotic NFKC
 * expansions such as "½", a string with spaces.
 */
function foldWord(raw: string): string {
  let s = raw.normalize("NFKC").toLowerCase();
  // English possessive: "Kazakhstan’s" → "kazakhstan". Not after o/g, where the apostrophe is
  // more likely the Uzbek o‘/g‘ letter.
  s = s.replace(/(?<=[a-fh-np-z])['\u2019\u2018`\u00B4\u2032]s$/u, "");
  let out = "";
  for (const ch of s) out += foldChar(ch);
  return fixMixedScript(out);
}

interface RawWord {
  readonly raw: string;
  readonly start: number;
  readonly end: number;
}

function* scanWords(s: string): Generator<RawWord> {
  for (const match of s.matchAll(WORD_RE)) {
    const start = match.index ?? 0;
    yield { raw: match[0], start, end: start + match[0].length };
  }
}

/**
 * Folds text for the "as written" index column: NFKC, lower case, Latin diacritics removed,
 * ё → е, apostrophe variants joined, punctuation, control characters and emoji turned into
 * single spaces.
 *
 * @example
 * foldText("Şavkat MİRZİYOYEV — «Ёлка» 🎄 O‘zbekiston"); // "savkat mirziyoyev елка ozbekiston"
 */
export function foldText(s: string): string {
  const parts: string[] = [];
  for (const word of scanWords(s)) {
    const folded = foldWord(word.raw);
    if (folded.trim() !== "") parts.push(folded.trim());
  }
  return parts.join(" ").replace(/\s+/g, " ");
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
  let group: Token[] = [];
  let previousEnd = -1;

  const flushGroup = (): void => {
    if (group.length >= 2 && group.length <= MAX_COMPOUND_PARTS) {
      const numeric = group.some((t) => DIGITS_ONLY_RE.test(t.text));
      const first = group[0];
      const last = group[group.length - 1];
      if (!numeric && first !== undefined && last !== undefined) {
        tokens.push({
          text: group.map((t) => t.text).join(""),
          start: first.start,
          end: last.end,
          compound: true,
        });
      }
    }
    group = [];
  };

  // A plain exec loop rather than the scanWords generator: tokenize runs over every indexed
  // text, and the generator's per-word objects showed in import profiles.
  const re = new RegExp(WORD_RE.source, WORD_RE.flags);
  for (let match = re.exec(s); match !== null; match = re.exec(s)) {
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    let folded = foldCache?.get(raw);
    if (folded === undefined) {
      folded = foldWord(raw).trim();
      foldCache?.set(raw, folded);
    }
    if (folded === "") continue;
    const joinedByHyphen = previousEnd >= 0 && start - previousEnd === 1 && HYPHENS.has(s[previousEnd] ?? "");
    if (!joinedByHyphen) flushGroup();
    previousEnd = end;
    // An NFKC expansion can split one raw word; the pieces share the raw word's offsets. Folded
    // words hold no whitespace but ASCII spaces (foldChar), so most need no split.
    if (!folded.includes(" ")) {
      const token: Token = { text: folded, start, end, compound: false };
      tokens.push(token);
      group.push(token);
      continue;
    }
    const pieces = folded.split(/\s+/);
    for (const piece of pieces) {
      const token: Token = { text: piece, start, end, compound: false };
      tokens.push(token);
      if (pieces.length === 1) group.push(token);
    }
  }
  flushGroup();
  return tokens;
}
