/**
 * Frozen copy of the search text analysis as it was before the fast scanner (fold.ts, analyze.ts,
 * name-key.ts, stem.ts, transliterate.ts and gazetteer.ts, concatenated; only imports merged and
 * duplicate helpers defined once). It is the differential oracle: reference-impl.test.ts and
 * gazetteer.test.ts compare the optimised code against it string for string, and
 * bench/analyze.ts uses it as the baseline. Do not "improve" it: its value is that it does not
 * change. Not imported by application code.
 */
import { newStemmer } from "snowball-stemmers";
import { AppError } from "../../core/errors.js";

// ---- transliterate.ts -------------------------------------------------------------------------
/**
 * Cyrillic → Latin transliteration in the style of the BGN/PCGN romanisation systems, ported by
 * hand (no ICU in Node): Russian 1947, plus the extra letters of Kazakh, Kyrgyz, Uzbek Cyrillic
 * and Tajik. Letters shared with Russian follow the Russian table whatever the language, because
 * a news text rarely says which language a single name is in; that is good enough for search keys
 * and readable output, not for cartography.
 *
 * Not ported: BGN's optional middle dot (t·s for тс vs ц), and language-specific values of the
 * shared letters (Uzbek ж → j, Kazakh у → w).
 */

export interface TransliterateOptions {
  /**
   * Plain ASCII output: ë → "yo"/"o", ä ö ü ū ŭ ī without marks, and the ʼ ˮ of ь ъ dropped.
   * Default false (BGN-style marks kept).
   */
  readonly ascii?: boolean;
}

// Values per letter as [BGN-style, ASCII].
const TABLE: Readonly<Record<string, readonly [string, string]>> = {
  а: ["a", "a"],
  б: ["b", "b"],
  в: ["v", "v"],
  г: ["g", "g"],
  д: ["d", "d"],
  ж: ["zh", "zh"],
  з: ["z", "z"],
  и: ["i", "i"],
  й: ["y", "y"],
  к: ["k", "k"],
  л: ["l", "l"],
  м: ["m", "m"],
  н: ["n", "n"],
  о: ["o", "o"],
  п: ["p", "p"],
  р: ["r", "r"],
  с: ["s", "s"],
  т: ["t", "t"],
  у: ["u", "u"],
  ф: ["f", "f"],
  х: ["kh", "kh"],
  ц: ["ts", "ts"],
  ч: ["ch", "ch"],
  ш: ["sh", "sh"],
  щ: ["shch", "shch"],
  ъ: ["\u02EE", ""],
  ы: ["y", "y"],
  ь: ["\u02BC", ""],
  э: ["e", "e"],
  ю: ["yu", "yu"],
  я: ["ya", "ya"],
  // Kazakh
  ә: ["ä", "a"],
  ғ: ["gh", "gh"],
  қ: ["q", "q"],
  ң: ["ng", "ng"],
  ө: ["ö", "o"],
  ұ: ["ū", "u"],
  ү: ["ü", "u"],
  һ: ["h", "h"],
  і: ["i", "i"],
  // Uzbek and Tajik
  ў: ["ŭ", "u"],
  ҳ: ["h", "h"],
  ҷ: ["j", "j"],
  ӣ: ["ī", "i"],
  ӯ: ["ū", "u"],
};

// After these, е and ё are iotated (ye, yë): vowels, й and the two signs.
const IOTATING = new Set([..."аеёиоуыэюяәөұүіўӣӯйъь"]);
// After the hushing consonants ё sounds "o" with no glide; ASCII output follows that.
const HUSHING = new Set([..."жчшщ"]);
const CYRILLIC_LETTER_RE = /\p{Script=Cyrillic}/u;

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function letterValue(lower: string, previous: string | undefined, ascii: boolean): string | undefined {
  const iotated = previous === undefined || !CYRILLIC_LETTER_RE.test(previous) || IOTATING.has(previous);
  if (lower === "е") return iotated ? "ye" : "e";
  if (lower === "ё") {
    if (!ascii) return iotated ? "yë" : "ë";
    return previous !== undefined && HUSHING.has(previous) ? "o" : "yo";
  }
  const entry = TABLE[lower];
  return entry === undefined ? undefined : entry[ascii ? 1 : 0];
}

/**
 * Transliterates Cyrillic letters to Latin; everything else passes through unchanged. Case is
 * kept: an upper-case letter next to another upper-case letter gives an all-caps digraph
 * (ЖАПАРОВ → ZHAPAROV), otherwise only its first letter is capitalised (Жапаров → Zhaparov).
 *
 * @example
 * transliterate("Мирзиёев"); // "Mirziyëyev"
 * transliterate("Мирзиёев", { ascii: true }); // "Mirziyoyev"
 * transliterate("Қарағанды"); // "Qaraghandy"
 */
export function transliterate(text: string, options: TransliterateOptions = {}): string {
  const ascii = options.ascii === true;
  const chars = [...text];
  let out = "";
  let previousLower: string | undefined;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? "";
    const lower = ch.toLowerCase();
    const value = letterValue(lower, previousLower, ascii);
    previousLower = lower;
    if (value === undefined) {
      out += ch;
      continue;
    }
    if (value === "" || !isUpper(ch)) {
      out += value;
    } else if (
      isUpper(chars[i + 1]) ||
      (isUpper(chars[i - 1]) && !CYRILLIC_LETTER_RE.test(chars[i + 1] ?? ""))
    ) {
      out += value.toUpperCase();
    } else {
      out += value.charAt(0).toUpperCase() + value.slice(1);
    }
  }
  return out;
}

// ---- fold.ts ---------------------------------------------------------------------------------
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

// ---- name-key.ts -----------------------------------------------------------------------------

/*
 * A name key is a lossy Latin "skeleton" of a name: the spellings a reader might type for the
 * same name collapse to one key, in either script. Keys are opaque (sh is written "w", ch "c")
 * and only ever compared with other keys, in their own index column.
 *
 * Steps, in order:
 *
 * | step | rule                                              | example                               |
 * |------|---------------------------------------------------|---------------------------------------|
 * | 1    | Turkic/Slavic Latin letters → digraphs            | ş→sh ç→ch ž→zh š→sh č→ch ğ→gh ñ→ng     |
 * | 2    | foldText; words and hyphen parts joined           | Alma-Ata → almaata, O‘zbekiston → oz… |
 * | 3    | Cyrillic only: surname case endings               | Токаевым, Токаевой → токаев            |
 * |      | -(ов/ев/ин/ын) + (ым ом ой ою ых ыми) → stem        | Жапаровыми → жапаров                   |
 * | 4    | Cyrillic only: -ом -ем -ой -ей -ою -ею removed    | Ташкентом → ташкент, Китаем → кита     |
 * |      | when ≥ 5 letters remain, or ≥ 3 ending in a vowel | (Бахром, Ислом are left alone)         |
 * | 5    | transliterate (BGN-style), marks and ʼ ˮ dropped  | Мирзиёев → mirziyeyev                  |
 * | 6    | shch→w, dzh→j, tch→c, sh→w, ch→c, zh/dj→j,        | Zhaparov, Dzhaparov → japarov          |
 * |      | kh→h, gh→g, ph→f, ck→k                            | Qaraghandy → karagandy                 |
 * | 7    | ye→e, yo→e (ё is folded to е on the Cyrillic side)| Tokayev → tokaev, Mirziyoyev → mirzieev|
 * | 8    | x→ks, q→k, w→v, c→k (c not in ch), y→i            | Kyrgyz → kirgiz, Berdimuhamedow → …v  |
 * | 9    | io before a vowel → ie; i between a vowel and e   | Mirzioyev → mirzieev, Tokaiev → tokaev |
 * |      | dropped (the -yev/-iev/-ev endings)               |                                       |
 * | 10   | doubled letters → one                             | Jeenbekov → jenbekov, Issyk → isik     |
 * | 11   | trailing vowels dropped while ≥ 4 letters remain  | Otunbayeva → otunbaev, Almaty → almat  |
 *
 * Deliberately NOT folded: ch vs sh (Chimkent → Shymkent is a renaming, handled by the
 * gazetteer), o vs a (Toshkent/Tashkent), k vs h (Kazakhstan/Qazaqstan), renamed places
 * (Kirghizia/Kyrgyzstan). Those pairs are joined through the gazetteer instead, because folding
 * them would merge too many unrelated names.
 */

const PRE_MAP: Readonly<Record<string, string>> = {
  ş: "sh",
  š: "sh",
  ç: "ch",
  č: "ch",
  ž: "zh",
  ğ: "gh",
  ñ: "ng",
};
const PRE_MAP_RE = /[şšçčžğñ]/gu;
const SURNAME_CASE_RE = /^(.{2,}?(?:ов|ев|ин|ын))(?:ыми|ым|ом|ой|ою|ых)$/u;
const OBLIQUE_RE = /^(.+?)(?:ом|ем|ой|ей|ою|ею)$/u;
const CYRILLIC_VOWELS = new Set([..."аеиоуыэюяәөұүіўӣӯ"]);

// Longest first; the scanner tries 4, 3, 2, then 1 characters at each position.
const SKELETON: ReadonlyMap<string, string> = new Map([
  ["shch", "w"],
  ["dzh", "j"],
  ["tch", "c"],
  ["sh", "w"],
  ["ch", "c"],
  ["zh", "j"],
  ["dj", "j"],
  ["kh", "h"],
  ["gh", "g"],
  ["ph", "f"],
  ["ck", "k"],
  ["ye", "e"],
  ["yo", "e"],
  ["x", "ks"],
  ["q", "k"],
  ["w", "v"],
  ["c", "k"],
  ["y", "i"],
]);
const VOWELS = new Set(["a", "e", "i", "o", "u"]);
const MIN_KEY_AFTER_TRIM = 4;

function stripCyrillicEndings(word: string): string {
  const surname = SURNAME_CASE_RE.exec(word);
  if (surname?.[1] !== undefined) return surname[1];
  const oblique = OBLIQUE_RE.exec(word);
  const stem = oblique?.[1];
  if (stem === undefined) return word;
  const length = [...stem].length;
  const last = stem.slice(-1);
  if (length >= 5 || (length >= 3 && CYRILLIC_VOWELS.has(last))) return stem;
  return word;
}

function skeleton(latin: string): string {
  let mapped = "";
  let i = 0;
  while (i < latin.length) {
    let matched = false;
    for (let size = 4; size >= 1; size--) {
      const piece = latin.slice(i, i + size);
      const replacement = piece.length === size ? SKELETON.get(piece) : undefined;
      if (replacement !== undefined) {
        mapped += replacement;
        i += size;
        matched = true;
        break;
      }
    }
    if (!matched) {
      mapped += latin[i] ?? "";
      i++;
    }
  }
  let out = mapped.replace(/io(?=[aeiou])/g, "ie").replace(/(?<=[aeou])i(?=e)/g, "");
  out = out.replace(/(.)\1+/g, "$1");
  while (out.length > MIN_KEY_AFTER_TRIM && VOWELS.has(out.slice(-1))) out = out.slice(0, -1);
  return out;
}

/**
 * Computes the spelling-variant key of a name (one word, a hyphenated word or a short phrase,
 * Latin or Cyrillic). Returns "" when the input has no letters or digits.
 *
 * @example
 * nameKey("Mirziyoyev") === nameKey("Мирзиёевым"); // true
 * nameKey("Zhaparov") === nameKey("Japarov"); // true
 * nameKey("Shymkent") === nameKey("Chimkent"); // false: a renaming, see the gazetteer
 */
export function nameKey(word: string): string {
  const premapped = word
    .normalize("NFKC")
    .toLowerCase()
    .replace(PRE_MAP_RE, (ch) => PRE_MAP[ch] ?? ch);
  let joined = foldText(premapped).replace(/ /g, "");
  if (joined === "") return "";
  if (CYRILLIC_RE.test(joined)) {
    joined = foldText(transliterate(stripCyrillicEndings(joined))).replace(/ /g, "");
  }
  return skeleton(joined);
}

// ---- stem.ts ---------------------------------------------------------------------------------

/** Languages with a stemmer. Other scripts are returned folded but unstemmed. */
export type StemLanguage = "en" | "ru";

/** A reusable stemmer; create one per batch of words (cheap, holds no shared state). */
export interface Stemmer {
  /** See `stemWord`. `lang` forces the algorithm; without it the word's script decides. */
  stem(word: string, lang?: StemLanguage): string;
  /**
   * The stems a query word should look for: the normal stem and, for a lower-case word shaped
   * like a Russian surname, the surname stem too (readers type names in lower case).
   */
  queryStems(word: string, lang?: StemLanguage): string[];
}

// Russian surnames in -ов/-ев/-ёв/-ин/-ын and their case forms (ё is already folded to е):
// Токаев, Токаева, Токаеву, Токаевым, Токаеве, Токаевой, Токаевых, Токаевыми.
const SURNAME_RE = /^(\p{L}{2,}?(?:ов|ев|ин|ын))(?:а|у|ым|ом|е|ой|ою|ы|ых|ыми)?$/u;

/**
 * The stem of a Russian surname form, or undefined when the word does not look like one.
 *
 * Snowball strips -ев from the nominative (Токаев → тока) but keeps it in the oblique cases
 * (Токаевым → токаев), so a nominative query misses most articles. For surname-shaped words we
 * stem to the masculine nominative instead, which every case form shares.
 */
function surnameStem(folded: string): string | undefined {
  return SURNAME_RE.exec(folded)?.[1];
}

/**
 * The language of one word from its script: Cyrillic → ru, Latin → en, anything else (digits,
 * other scripts) → undefined, meaning "do not stem".
 *
 * @example
 * detectWordLanguage("Токаев"); // "ru"
 */
export function detectWordLanguage(word: string): StemLanguage | undefined {
  if (CYRILLIC_RE.test(word)) return "ru";
  if (LATIN_RE.test(word)) return "en";
  return undefined;
}

function startsUpperCase(word: string): boolean {
  const first = String.fromCodePoint(word.codePointAt(0) ?? 0x20);
  return first !== first.toLowerCase();
}

/**
 * Creates a stemmer backed by the Snowball English and Russian algorithms.
 *
 * @example
 * const stemmer = createStemmer();
 * stemmer.stem("Токаевым"); // "токаев"
 * stemmer.queryStems("токаев"); // ["тока", "токаев"]
 */
export function createStemmer(): Stemmer {
  const english = newStemmer("english");
  const russian = newStemmer("russian");

  const snowballStem = (folded: string, lang: StemLanguage | undefined): string => {
    const language = lang ?? detectWordLanguage(folded);
    if (language === "ru") return russian.stem(folded);
    if (language === "en") return english.stem(folded);
    return folded;
  };

  return {
    stem(word, lang) {
      const folded = foldText(word).replace(/ /g, "");
      if (folded === "") return "";
      if (startsUpperCase(word) && CYRILLIC_RE.test(folded)) {
        const surname = surnameStem(folded);
        if (surname !== undefined) return surname;
      }
      return snowballStem(folded, lang);
    },
    queryStems(word, lang) {
      const folded = foldText(word).replace(/ /g, "");
      if (folded === "") return [];
      const stems = [this.stem(word, lang)];
      const surname = CYRILLIC_RE.test(folded) ? surnameStem(folded) : undefined;
      if (surname !== undefined && !stems.includes(surname)) stems.push(surname);
      const plain = snowballStem(folded, lang);
      if (!stems.includes(plain)) stems.push(plain);
      return stems;
    },
  };
}

/**
 * Stems one word: folds it (lower case, ё → е), then applies Snowball English or Russian: `lang`
 * when given, otherwise chosen by the word's script (`detectWordLanguage`). A capitalised Cyrillic word shaped like a surname (-ов/-ев/-ин and
 * their case endings) is stemmed to its masculine nominative so that all case forms agree.
 * Sentence-initial common nouns of that shape (Городов) are the price; they are rare.
 *
 * @example
 * stemWord("Токаев", "ru") === stemWord("Токаевым", "ru"); // true, both "токаев"
 * stemWord("коровы", "ru"); // "коров" (plain Snowball)
 * stemWord("running"); // "run"
 */
export function stemWord(word: string, lang?: StemLanguage): string {
  return createStemmer().stem(word, lang);
}

// ---- analyze.ts ------------------------------------------------------------------------------

/** The three derived index columns for one text, each a space-separated string. */
export interface AnalyzedText {
  /** Folded words as written (foldText), for exact and prefix matching. */
  readonly folded: string;
  /** One stem per word, in text order. */
  readonly stems: string;
  /** Name keys of capitalised words and hyphenated names, in text order. */
  readonly names: string;
}

/** What one query term should be looked up as, in each column. */
export interface AnalyzedQueryTerm {
  readonly folded: string;
  readonly stems: string[];
  readonly nameKeys: string[];
}

/** Anything that can expand a query term to more name keys, e.g. a gazetteer. */
export interface NameKeyExpander {
  expand(term: string): readonly string[];
}

export interface AnalyzeQueryTermOptions {
  /** Adds the name keys of every known spelling and former name of a matching entry. */
  readonly expander?: NameKeyExpander;
}

const HYPHEN_RE = /[-\u2010\u2011]/u;

/** A reusable document analyser with bounded per-word caches (see `createTextAnalyzer`). */
export interface TextAnalyzer {
  /** Same result as `analyzeText(text, lang)`. */
  analyze(text: string, lang?: StemLanguage): AnalyzedText;
}

export interface TextAnalyzerOptions {
  /** Words remembered per cache before it is emptied (default 200,000). */
  readonly maxCacheEntries?: number;
}

/**
 * Creates an analyser for many documents (indexing, reindexing, benchmarks). Folding, Snowball
 * and name keys cost tens of microseconds per word, while news vocabulary repeats heavily, so
 * each distinct word is analysed once per analyser. Results are identical to `analyzeText`.
 *
 * @example
 * const analyzer = createTextAnalyzer();
 * for (const article of batch) analyzer.analyze(article.body, article.language);
 */
export function createTextAnalyzer(options: TextAnalyzerOptions = {}): TextAnalyzer {
  const limit = options.maxCacheEntries ?? 200_000;
  const stemmer = createStemmer();
  const foldCache = new Map<string, string>();
  const keyCache = new Map<string, string>();
  // Everything derived from one raw word, so a repeated word costs one look-up. For a word that
  // folds to one piece the stem does not depend on the document language: a word is stemmed
  // with `lang` only when its own script says `lang`, which is what the stemmer picks anyway.
  const words = new Map<string, WordInfo>();

  const remember = (cache: Map<string, string>, key: string, compute: () => string): string => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = compute();
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };

  const wordInfo = (raw: string, folded: string): WordInfo => {
    const name = startsUpperCase(raw) && [...folded].length >= 2;
    return { folded, stem: stemmer.stem(raw), key: name ? nameKey(raw) : "", name };
  };

  return {
    analyze(text, lang) {
      if (foldCache.size >= limit) foldCache.clear();
      if (words.size >= limit) words.clear();
      const folded: string[] = [];
      const stems: string[] = [];
      const names: string[] = [];
      for (const token of tokenize(text, foldCache)) {
        const raw = text.slice(token.start, token.end);
        if (token.compound) {
          if (raw.split(HYPHEN_RE).some(startsUpperCase)) {
            const key = remember(keyCache, raw, () => nameKey(raw));
            if (key !== "") names.push(key);
          }
          continue;
        }
        folded.push(token.text);
        let info = words.get(raw);
        if (info === undefined) {
          info = wordInfo(raw, token.text);
          if (foldCache.get(raw) === token.text) words.set(raw, info);
        }
        if (info.folded !== token.text) {
          // One piece of a raw word that NFKC split ("½"): the slow path, as analyzeText does.
          const wordLang = lang !== undefined && detectWordLanguage(token.text) === lang ? lang : undefined;
          info = { ...wordInfo(raw, token.text), stem: stemmer.stem(raw, wordLang) };
        }
        if (info.stem !== "") stems.push(info.stem);
        if (info.name && info.key !== "") names.push(info.key);
      }
      return { folded: folded.join(" "), stems: stems.join(" "), names: names.join(" ") };
    },
  };
}

interface WordInfo {
  readonly folded: string;
  readonly stem: string;
  readonly key: string;
  readonly name: boolean;
}

/**
 * Computes the folded, stemmed and name-key columns for a document text. Words whose script
 * does not match `lang` are stemmed by their own script (a Latin name in a Russian article).
 *
 * Name keys are only taken from capitalised words (names are capitalised in both scripts), so
 * ordinary words do not flood the names column with skeleton collisions.
 *
 * @example
 * analyzeText("Президент Мирзиёев посетил Алма-Ату", "ru");
 * // { folded: "президент мирзиеев посетил алма ату",
 * //   stems: "президент мирзиеев посет алм ат",
 * //   names: "prezident mirziev alma atu almat" }
 */
export function analyzeText(text: string, lang?: StemLanguage): AnalyzedText {
  return createTextAnalyzer({ maxCacheEntries: 10_000 }).analyze(text, lang);
}

function unique(values: Iterable<string>): string[] {
  return [...new Set([...values].filter((value) => value !== ""))];
}

/**
 * Analyses one query term (a word, a hyphenated word or a quoted name) for lookup in the three
 * columns. Stems include the surname stem of a lower-case Russian surname (readers rarely
 * capitalise), and name keys are Latin skeletons, so "Mirziyoev" and "Мирзиёев" meet in the
 * names column. With an `expander` (the gazetteer), renamed and exonym forms are added.
 *
 * @example
 * analyzeQueryTerm("Alma-Ata").nameKeys; // ["alma", "ata", "almat"]
 * analyzeQueryTerm("токаев").stems; // ["тока", "токаев"]
 */
export function analyzeQueryTerm(term: string, options: AnalyzeQueryTermOptions = {}): AnalyzedQueryTerm {
  const stemmer = createStemmer();
  const tokens = tokenize(term);
  const words = tokens.filter((token) => !token.compound);
  const stems = unique(words.flatMap((token) => stemmer.queryStems(term.slice(token.start, token.end))));
  const keys = tokens.map((token) => nameKey(term.slice(token.start, token.end)));
  // A multi-word name ("Amu Darya", "Kassym-Jomart Tokayev") is also keyed as a whole.
  if (words.length > 1) keys.push(nameKey(term));
  if (options.expander !== undefined) keys.push(...options.expander.expand(term));
  return { folded: words.map((token) => token.text).join(" "), stems, nameKeys: unique(keys) };
}

// ---- gazetteer.ts ----------------------------------------------------------------------------

export type GazetteerKind = "country" | "city" | "region" | "water" | "person" | "organisation";

/** A named thing of the region with every spelling a reader or writer might use. */
export interface GazetteerEntry {
  /** Stable, unique, kebab-case. */
  readonly id: string;
  readonly kind: GazetteerKind;
  /** ISO 3166-1 alpha-2 of the country it belongs to; absent for shared rivers, blocs... */
  readonly country?: string;
  /** Canonical English name. */
  readonly en: string;
  /** Russian (Cyrillic) name. */
  readonly ru: string;
  /** Name in the local Latin alphabet (Kazakh, Uzbek, Turkmen...), when there is one. */
  readonly local?: string;
  /** Other spellings, local Cyrillic forms and former names. */
  readonly variants: readonly string[];
  /**
   * The name is also an ordinary English word or first name (Mary, Oral): it is only detected
   * in Cyrillic text.
   */
  readonly ambiguousInEnglish?: boolean;
}

/** One place in a text where an entry is named. Offsets are UTF-16, into the original text. */
export interface GazetteerMention {
  readonly entry: GazetteerEntry;
  readonly start: number;
  readonly end: number;
}

export interface Gazetteer {
  readonly entries: readonly GazetteerEntry[];
  /**
   * Name keys of all spellings and former names of the entries that `term` names, starting
   * with the key of `term` itself. A term that names no entry gives just its own key.
   */
  expand(term: string): string[];
  /** ISO codes of countries named in `text`, directly or through a place, person or body. */
  detectCountries(text: string): string[];
  /** Entries whose name, in any spelling or grammatical case, has the same key as `name`. */
  lookup(name: string): GazetteerEntry[];
  /** Every entry named in `text`, longest name first, without overlaps. */
  findMentions(text: string): GazetteerMention[];
}

const KINDS: ReadonlySet<string> = new Set(["country", "city", "region", "water", "person", "organisation"]);
const ISO_RE = /^[A-Z]{2}$/;
// Words of one name may be separated by spaces, hyphens and quotes, not by sentence punctuation.
const NAME_GAP_RE = /^[\s\-\u2010\u2011'"«»\u2019\u201C\u201D]*$/u;
const MAX_NAME_WORDS = 8;

function allNames(entry: GazetteerEntry): string[] {
  return [entry.en, entry.ru, ...(entry.local === undefined ? [] : [entry.local]), ...entry.variants];
}

function validate(entries: readonly GazetteerEntry[]): void {
  const seen = new Set<string>();
  for (const entry of entries) {
    const problem =
      entry.id.trim() === ""
        ? "has an empty id"
        : seen.has(entry.id)
          ? "has a duplicate id"
          : !KINDS.has(entry.kind)
            ? `has an unknown kind "${entry.kind}"`
            : entry.en.trim() === "" || entry.ru.trim() === ""
              ? "needs both an English and a Russian name"
              : entry.country !== undefined && !ISO_RE.test(entry.country)
                ? `has a country "${entry.country}" that is not an ISO 3166-1 alpha-2 code`
                : undefined;
    if (problem !== undefined) {
      throw new AppError("VALIDATION_FAILED", `Gazetteer entry "${entry.id}" ${problem}; fix the data.`, {
        details: { id: entry.id },
      });
    }
    seen.add(entry.id);
  }
}

/**
 * Builds a gazetteer over `entries`: an index from name key to entries, built once here.
 * Throws `VALIDATION_FAILED` for duplicate ids, missing names or bad country codes.
 *
 * @example
 * const gazetteer = createGazetteer(defaultGazetteerEntries());
 * gazetteer.detectCountries("Встреча в Алма-Ате с Мирзиёевым"); // ["KZ", "UZ"]
 * gazetteer.expand("Chimkent").includes(nameKey("Shymkent")); // true
 */
export function createGazetteer(entries: readonly GazetteerEntry[]): Gazetteer {
  validate(entries);
  const byKey = new Map<string, GazetteerEntry[]>();
  const keysById = new Map<string, string[]>();
  // For the first word of each multi-word name, the word counts of the names it starts (longest
  // first): only those tokens start a longer look-up, and only spans of those lengths can be the
  // name, so a text is read in one pass with a hash look-up per word (no scan per entry, no
  // 8-word window of name keys at every capitalised word).
  const spanLengths = new Map<string, number[]>();

  for (const entry of entries) {
    const keys = new Set<string>();
    for (const name of allNames(entry)) {
      const key = nameKey(name);
      if (key === "") continue;
      keys.add(key);
      const words = tokenize(name).filter((token) => !token.compound);
      const first = words[0];
      if (words.length > 1 && words.length <= MAX_NAME_WORDS && first !== undefined) {
        const firstKey = nameKey(name.slice(first.start, first.end));
        const lengths = spanLengths.get(firstKey) ?? [];
        if (!lengths.includes(words.length)) lengths.push(words.length);
        spanLengths.set(
          firstKey,
          lengths.sort((a, b) => b - a),
        );
      }
    }
    keysById.set(entry.id, [...keys]);
    for (const key of keys) {
      const list = byKey.get(key);
      if (list === undefined) byKey.set(key, [entry]);
      else list.push(entry);
    }
  }

  const lookup = (name: string): GazetteerEntry[] => {
    const key = nameKey(name);
    return key === "" ? [] : [...(byKey.get(key) ?? [])];
  };

  // Keys of single words and of multi-word spans seen in texts: indexing runs findMentions over
  // every article body, and nameKey costs ~10 µs while news vocabulary repeats. Owned by this
  // gazetteer, bounded.
  const wordKeys = new Map<string, string>();
  const spanKeys = new Map<string, string>();
  const cachedKey = (cache: Map<string, string>, text: string): string => {
    let key = cache.get(text);
    if (key === undefined) {
      key = nameKey(text);
      if (cache.size >= 100_000) cache.clear();
      cache.set(text, key);
    }
    return key;
  };

  const foldCache = new Map<string, string>();
  const findMentions = (text: string): GazetteerMention[] => {
    if (foldCache.size >= 100_000) foldCache.clear();
    const words = tokenize(text, foldCache).filter((token) => !token.compound);
    const mentions: GazetteerMention[] = [];
    const add = (found: readonly GazetteerEntry[], span: string, start: number, end: number): boolean => {
      const cyrillic = CYRILLIC_RE.test(span);
      let used = false;
      for (const entry of found) {
        if (!cyrillic && entry.ambiguousInEnglish === true) continue;
        mentions.push({ entry, start, end });
        used = true;
      }
      return used;
    };
    let i = 0;
    while (i < words.length) {
      const first = words[i] as Token;
      const firstSpan = text.slice(first.start, first.end);
      const firstKey = cachedKey(wordKeys, firstSpan);
      let consumed = 0;
      for (const n of spanLengths.get(firstKey) ?? []) {
        if (i + n > words.length) continue;
        const last = words[i + n - 1] as Token;
        if (!spanIsOneName(text, words, i, n)) continue;
        const span = text.slice(first.start, last.end);
        if (!span.split(/\s+/).some(startsUpperCase)) continue;
        const found = byKey.get(cachedKey(spanKeys, span));
        if (found !== undefined && add(found, span, first.start, last.end)) {
          consumed = n;
          break;
        }
      }
      if (consumed === 0) {
        const found = byKey.get(firstKey);
        // A lone word names something only when capitalised (\uFEFF is the one whitespace
        // character a word may contain, hence the split in that rare case).
        if (
          found !== undefined &&
          (startsUpperCase(firstSpan) ||
            (firstSpan.includes("\uFEFF") && firstSpan.split(/\s+/).some(startsUpperCase))) &&
          add(found, firstSpan, first.start, first.end)
        )
          consumed = 1;
      }
      i += Math.max(consumed, 1);
    }
    return mentions;
  };

  return {
    entries,
    lookup,
    findMentions,
    expand(term) {
      const own = nameKey(term);
      if (own === "") return [];
      const keys = new Set([own]);
      for (const entry of byKey.get(own) ?? []) {
        for (const key of keysById.get(entry.id) ?? []) keys.add(key);
      }
      return [...keys];
    },
    detectCountries(text) {
      const countries = new Set<string>();
      for (const mention of findMentions(text)) {
        if (mention.entry.country !== undefined) countries.add(mention.entry.country);
      }
      return [...countries];
    },
  };
}

/** True when the words i..i+n-1 are separated only by spaces, hyphens and quotes. */
function spanIsOneName(text: string, words: readonly Token[], i: number, n: number): boolean {
  for (let k = i + 1; k < i + n; k++) {
    const previous = words[k - 1] as Token;
    const current = words[k] as Token;
    // The common gap is one space; the pattern is for the rest.
    if (current.start - previous.end === 1 && text.charCodeAt(previous.end) === 0x20) continue;
    if (!NAME_GAP_RE.test(text.slice(previous.end, current.start))) return false;
  }
  return true;
}
