import { newStemmer } from "snowball-stemmers";
import { foldText } from "./fold.js";

/** Languages with a stemmer. Other scripts are returned folded but unstemmed. */
export type StemLanguage = "en" | "ru";

/** A reusable stemmer; create one per batch of words (cheap, holds no shared state). */
export interface Stemmer {
  /** See `stemWord`. `lang` forces the algorithm; without it the word's script decides. */
  stem(word: string, lang?: StemLanguage): string;
  /**
   * `stem(word, lang)` for a word whose fold the caller has already: one word as a `WordList`
   * scanned it and `fold(k)` folded it (what `foldText(word)` gives too), so it is not folded again.
   */
  stemFolded(word: string, folded: string, lang?: StemLanguage): string;
  /**
   * The stems a query word should look for: the normal stem and, for a lower-case word shaped
   * like a Russian surname, the surname stem too (readers type names in lower case).
   */
  queryStems(word: string, lang?: StemLanguage): string[];
}

const CYRILLIC_RE = /\p{Script=Cyrillic}/u;
const WHITESPACE_RE = /\s/;
const LATIN_RE = /\p{Script=Latin}/u;
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

  /** The stem of `word`, given its fold without spaces. */
  const stemOfFolded = (word: string, folded: string, lang: StemLanguage | undefined): string => {
    if (folded === "") return "";
    if (startsUpperCase(word) && CYRILLIC_RE.test(folded)) {
      const surname = surnameStem(folded);
      if (surname !== undefined) return surname;
    }
    return snowballStem(folded, lang);
  };

  return {
    stem(word, lang) {
      return stemOfFolded(word, foldText(word).replace(/ /g, ""), lang);
    },
    stemFolded(word, folded, lang) {
      // foldText gives the fold with its whitespace runs made single spaces, which stem drops.
      return stemOfFolded(word, WHITESPACE_RE.test(folded) ? folded.replace(/\s+/g, "") : folded, lang);
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
