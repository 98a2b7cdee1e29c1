import { foldText } from "./normalize/fold.js";
import { WordList } from "./normalize/word-list.js";
import { WordTable } from "./normalize/word-table.js";

/*
 * What highlighting needs to know about a word as written, whatever the query: its fold, whether
 * it is capitalised, its stem and name key (computed when first asked). A page of hits is ~6,000
 * words and the next page meets mostly the same ones, so these facts are kept in a long-lived
 * table (the one `createWordForms` makes), looked up by the word's place in a scanned text
 * without cutting it out (`WordTable`).
 */

const DIGITS_ONLY_RE = /^\p{N}+$/u;

/** Stems and name keys of raw words (the `WordForms` of query-plan.ts). */
export interface StemsAndKeys {
  stem(raw: string): string;
  key(raw: string): string;
}

/**
 * One word as written and what snippets need to know about it. `stamp` and `matched` hold the
 * answer of the last `WordMarker` that asked (each marker has its own stamp), so a page of hits
 * decides each distinct word once.
 *
 * @example
 * const fact = facts.factOf(words, k);
 * fact.first; // "mirziyoyev" for "Mirziyoyev"
 */
export class WordFact {
  /** Computed on first use (`WordFacts.stemOf`). */
  stem: string | undefined = undefined;
  /** Computed on first use (`WordFacts.keyOf`). */
  key: string | undefined = undefined;
  stamp = 0;
  matched = false;

  constructor(
    /** The word as written. */
    readonly raw: string,
    /** Its fold, or the fold's first piece when NFKC splits it ("½" → "1"); "" when it folds to nothing. */
    readonly first: string,
    /** False when the fold has several pieces; such a word is never part of a compound. */
    readonly single: boolean,
    /** The fold is all digits, which keeps the word out of compounds. */
    readonly digits: boolean,
    /** The first code point changes under lower-casing (only such words are name-keyed). */
    readonly upper: boolean,
  ) {}
}

/** Code units below this bound may be judged by their first letter (see `WordFacts.firstFolds`). */
export const FIRST_FOLD_LIMIT = 0x0530;

/**
 * A bounded table of `WordFact`s, emptied when it holds `maxEntries` words (a restart only costs
 * recomputation). Owned by whoever creates it: the engine's long-lived `WordForms`, or one
 * matcher when it was given hand-made forms.
 *
 * @example
 * const facts = new WordFacts({ stem: (w) => stemmer.stem(w), key: nameKey }, 100_000);
 * words.scan("Президент Мирзиёев");
 * facts.keyOf(facts.factOf(words, 1)) === nameKey("Мирзиёев"); // true
 */
export class WordFacts {
  /**
   * A word list for the markers of these facts to scan texts into (the facts are looked up by
   * place in it). Shared because a marker lives for one page and making a list costs ~5 µs, a
   * tenth of what a hit's snippet now costs; a marker uses it only within one call.
   */
  readonly list = new WordList(1024, 8192);
  private readonly table: WordTable<WordFact>;
  private readonly forms: StemsAndKeys;
  private stamps = 0;
  private firstFoldTable: Uint16Array | undefined;
  private readonly singleFolds: (string | undefined)[] = [];

  constructor(forms: StemsAndKeys, maxEntries: number) {
    this.forms = forms;
    this.table = new WordTable<WordFact>(maxEntries);
  }

  /** True when these facts were made with `forms`' own stem and key functions. */
  isFor(forms: StemsAndKeys): boolean {
    return forms.stem === this.forms.stem && forms.key === this.forms.key;
  }

  /** The facts of word k of `list` (the text it last scanned). */
  factOf(list: WordList, k: number): WordFact {
    return this.table.get(list, k) ?? this.add(list, k);
  }

  /** `forms.stem(fact.raw)`, remembered. */
  stemOf(fact: WordFact): string {
    if (fact.stem === undefined) fact.stem = this.forms.stem(fact.raw);
    return fact.stem;
  }

  /** `forms.key(fact.raw)`, remembered. */
  keyOf(fact: WordFact): string {
    if (fact.key === undefined) fact.key = this.forms.key(fact.raw);
    return fact.key;
  }

  /** The fold of a one-letter word (`isPlainFirstCode`), remembered. */
  singleFold(u: number): string {
    let fold = this.singleFolds[u];
    if (fold === undefined) {
      fold = foldText(String.fromCharCode(u));
      this.singleFolds[u] = fold;
    }
    return fold;
  }

  /** A stamp no other marker of these facts holds. */
  nextStamp(): number {
    this.stamps++;
    return this.stamps;
  }

  /**
   * For each code unit u below FIRST_FOLD_LIMIT that is an ASCII lower-case letter or digit, or a
   * lower-case Russian letter: at [2u] and [2u + 1] the two characters a word's fold can start
   * with when the word starts with u followed by another such letter (0 for other units). Two,
   * because a word mixing scripts has its look-alike letters turned into the majority script;
   * they are taken from `foldText` itself, with a Latin and a Cyrillic majority, so they follow
   * the folding rules wherever those are defined.
   */
  firstFolds(): Uint16Array {
    if (this.firstFoldTable === undefined) {
      const table = new Uint16Array(FIRST_FOLD_LIMIT * 2);
      for (const u of plainFirstCodes()) {
        const ch = String.fromCharCode(u);
        table[2 * u] = foldText(`${ch}zz`).charCodeAt(0);
        table[2 * u + 1] = foldText(`${ch}жж`).charCodeAt(0);
      }
      this.firstFoldTable = table;
    }
    return this.firstFoldTable;
  }

  private add(list: WordList, k: number): WordFact {
    const raw = list.raw(k);
    const fold = list.fold(k);
    const single = !fold.includes(" ");
    const first = single ? fold : (fold.split(/\s+/)[0] ?? "");
    const initial = String.fromCodePoint(raw.codePointAt(0) ?? 0x20);
    const fact = new WordFact(
      raw,
      first,
      single,
      single && DIGITS_ONLY_RE.test(first),
      initial !== initial.toLowerCase(),
    );
    this.table.set(list, k, fact);
    return fact;
  }
}

/**
 * Every code unit `isPlainFirstCode` accepts.
 *
 * @example
 * plainFirstCodes().length; // 69
 */
export function plainFirstCodes(): number[] {
  const codes: number[] = [];
  for (let u = 0x30; u <= 0x451; u++) if (isPlainFirstCode(u)) codes.push(u);
  return codes;
}

/**
 * ASCII a-z and 0-9, Russian а-я and ё: letters that NFKC and lower-casing leave alone, that fold
 * to one character, and that no following letter of `isPlainCode` combines with.
 *
 * @example
 * isPlainFirstCode("т".charCodeAt(0)); // true
 * isPlainFirstCode("Т".charCodeAt(0)); // false: capitalised words are name-keyed
 */
export function isPlainFirstCode(u: number): boolean {
  return (u >= 0x61 && u <= 0x7a) || (u >= 0x30 && u <= 0x39) || (u >= 0x430 && u <= 0x44f) || u === 0x451;
}

/**
 * ASCII letters and digits, Russian letters of either case: a second letter after which the
 * first one is known to fold alone, and to start a fold of at least two characters.
 *
 * @example
 * isPlainCode("A".charCodeAt(0)); // true
 * isPlainCode(0x0301); // false: a combining accent may compose with the letter before it
 */
export function isPlainCode(u: number): boolean {
  return (
    (u >= 0x61 && u <= 0x7a) ||
    (u >= 0x41 && u <= 0x5a) ||
    (u >= 0x30 && u <= 0x39) ||
    (u >= 0x410 && u <= 0x44f) ||
    u === 0x401 ||
    u === 0x451
  );
}
