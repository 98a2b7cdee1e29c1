import { tokenize } from "./fold.js";
import { nameKey } from "./name-key.js";
import type { StemLanguage } from "./stem.js";
import { createStemmer, detectWordLanguage } from "./stem.js";

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

function startsUpperCase(raw: string): boolean {
  const first = String.fromCodePoint(raw.codePointAt(0) ?? 0x20);
  return first !== first.toLowerCase();
}

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
