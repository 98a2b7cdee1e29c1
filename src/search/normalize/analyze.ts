import { tokenize } from "./fold.js";
import { nameKey } from "./name-key.js";
import type { StemLanguage } from "./stem.js";
import { createStemmer } from "./stem.js";
import { isHyphenCode, WordList } from "./word-list.js";
import { WordTable } from "./word-table.js";

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
const DIGITS_ONLY_RE = /^\p{N}+$/u;
const MAX_COMPOUND_PARTS = 5;
// Called through a constant, not as text.slice: see the note on charCodeAt in word-list.ts.
const slice = String.prototype.slice;

function startsUpperCase(raw: string): boolean {
  const first = String.fromCodePoint(raw.codePointAt(0) ?? 0x20);
  return first !== first.toLowerCase();
}

/** A reusable document analyser with bounded per-word caches (see `createTextAnalyzer`). */
export interface TextAnalyzer {
  /**
   * Same result as `analyzeText(text, lang)`. With `fresh`, also pushes to it the folded words
   * (each token) of the words this analyser had not met before, or had forgotten since its cache
   * was last emptied, numbers every time: a superset of the words new to the caller, found
   * without reading the columns again (indexing reports new words for the spelling vocabulary).
   */
  analyze(text: string, lang?: StemLanguage, fresh?: string[]): AnalyzedText;
  /** Distinct words in its cache now (numbers are never kept: see `WordList.asciiNumber`). */
  readonly cachedWords: number;
}

export interface TextAnalyzerOptions {
  /** Words remembered per cache before it is emptied (default 200,000). */
  readonly maxCacheEntries?: number;
}

/**
 * Everything the three columns take from one raw word, computed once per analyser. Strings carry
 * their leading separator (" word", or "" for nothing), so that appending a word to a column is
 * one concatenation. A word that NFKC splits ("½" → "1 2") gives one token per piece, all with
 * the raw word's stem: its strings then hold every piece (" 1 2", " 12 12").
 */
interface WordInfo {
  /** False when the word folds to nothing: it is no token at all. */
  readonly token: boolean;
  /** The folded word is the raw word itself (lower case, nothing to fold). */
  readonly asWritten: boolean;
  /** " " + folded word, per token. */
  readonly folded: string;
  /** " " + stem per token, or "" when the stem is empty. */
  readonly stems: string;
  /** " " + name key per token that gives one (capitalised, two letters or more), or "". */
  readonly names: string;
  /** The word is one token and may be part of a hyphenated compound (a split word is not). */
  readonly joins: boolean;
  /** The folded word is all digits, which keeps a hyphenated group from being a compound. */
  readonly digits: boolean;
}

const NOTHING: WordInfo = {
  token: false,
  asWritten: false,
  folded: "",
  stems: "",
  names: "",
  joins: false,
  digits: false,
};

function spaced(s: string): string {
  return s === "" ? "" : ` ${s}`;
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
  // Raw word as written → its contribution to each column. With warm caches a word costs one
  // scan over its characters and one look-up here: the text is read once, without a Token or a
  // substring per word. The stem does not depend on the document language (a word is stemmed by
  // its own script, see analyzeText), so one entry serves every document.
  const words = new WordTable<WordInfo>(limit);
  // The words of the text being analysed; reused from text to text.
  const list = new WordList(1024);
  // Raw hyphenated word → " " + its name key, or "" when no part is capitalised.
  const compounds = new Map<string, string>();
  /** Where the text being analysed reports its fresh words, if its caller asked. */
  let fresh: string[] | undefined;

  const describe = (raw: string, folded: string, simple: boolean): WordInfo => {
    if (folded === "") return NOTHING;
    const capitalised = startsUpperCase(raw);
    let key: string | undefined;
    const nameOf = (piece: string): string => {
      if (!capitalised || [...piece].length < 2) return "";
      key ??= spaced(nameKey(raw));
      return key;
    };
    const stem = spaced(stemmer.stemFolded(raw, folded));
    // Only the full folding rules can yield whitespace, and then pieces (as in tokenize).
    const pieces = simple || !folded.includes(" ") ? [folded] : folded.split(/\s+/);
    const one = pieces.length === 1;
    if (fresh !== undefined) for (const piece of pieces) fresh.push(piece);
    const foldedColumn = pieces.map((piece) => ` ${piece}`).join("");
    const stems = stem.repeat(pieces.length);
    return {
      token: true,
      asWritten: one && folded === raw,
      folded: foldedColumn,
      // The cache holds its entries for the whole import: a stem that is the folded word itself
      // (numbers, short and foreign words) shares that string instead of being a second copy.
      stems: stems === foldedColumn ? foldedColumn : stems,
      names: pieces.map(nameOf).join(""),
      joins: one,
      digits: one && DIGITS_ONLY_RE.test(folded),
    };
  };

  const compoundKey = (raw: string): string => {
    let key = compounds.get(raw);
    if (key === undefined) {
      key = raw.split(HYPHEN_RE).some(startsUpperCase) ? spaced(nameKey(raw)) : "";
      if (compounds.size >= limit) compounds.clear();
      compounds.set(raw, key);
    }
    return key;
  };

  return {
    // The loop below runs once per text over every word, so it has no branch that only rare
    // words take (see the note on scanTable in word-list.ts): rare cases live in the cached
    // WordInfo instead.
    analyze(text, _lang, freshWords) {
      fresh = freshWords;
      // Each column is built as " a b c" and loses its first space at the end.
      let folded = "";
      let stems = "";
      let names = "";
      // Words that fold to themselves and stand one space apart go to the folded column as one
      // slice of the text, which is most of a text. The run is text[runStart..runEnd), none
      // when runEnd < 0.
      let runStart = 0;
      let runEnd = -1;
      // The current group of words joined by single hyphens: size, extent, any all-digit part.
      let groupSize = 0;
      let groupStart = 0;
      let groupEnd = 0;
      let groupDigits = false;
      let previousEnd = -1;
      list.scan(text);
      const count = list.count;
      for (let k = 0; k < count; k++) {
        const start = list.start(k);
        const end = list.end(k);
        let info = words.get(list, k);
        if (info === undefined) {
          info = describe(slice.call(text, start, end), list.fold(k), list.simple(k));
          if (!list.asciiNumber(k)) words.set(list, k, info);
        }
        if (!info.token) continue;
        if (!(previousEnd >= 0 && start - previousEnd === 1 && isHyphenCode(list.codeAt(previousEnd)))) {
          // A compound's name key follows the keys of its parts, before the next word's.
          if (groupSize >= 2 && groupSize <= MAX_COMPOUND_PARTS && !groupDigits) {
            names += compoundKey(slice.call(text, groupStart, groupEnd));
          }
          groupSize = 0;
          groupDigits = false;
        }
        previousEnd = end;
        if (info.asWritten && runEnd >= 0 && start === runEnd + 1 && list.codeAt(runEnd) === 0x20) {
          runEnd = end;
        } else {
          if (runEnd >= 0) {
            folded +=
              runStart > 0 && list.codeAt(runStart - 1) === 0x20
                ? slice.call(text, runStart - 1, runEnd)
                : ` ${slice.call(text, runStart, runEnd)}`;
          }
          if (info.asWritten) {
            runStart = start;
            runEnd = end;
          } else {
            runEnd = -1;
            folded += info.folded;
          }
        }
        stems += info.stems;
        names += info.names;
        if (info.joins) {
          if (groupSize === 0) groupStart = start;
          groupSize++;
          groupEnd = end;
          if (info.digits) groupDigits = true;
        }
      }
      if (runEnd >= 0) {
        folded +=
          runStart > 0 && list.codeAt(runStart - 1) === 0x20
            ? slice.call(text, runStart - 1, runEnd)
            : ` ${slice.call(text, runStart, runEnd)}`;
      }
      if (groupSize >= 2 && groupSize <= MAX_COMPOUND_PARTS && !groupDigits) {
        names += compoundKey(slice.call(text, groupStart, groupEnd));
      }
      fresh = undefined;
      return { folded: folded.slice(1), stems: stems.slice(1), names: names.slice(1) };
    },
    get cachedWords() {
      return words.size;
    },
  };
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
