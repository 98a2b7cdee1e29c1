import { isHyphenCode } from "./normalize/word-list.js";
import { SnippetSpans } from "./snippet-spans.js";
import {
  FIRST_FOLD_LIMIT,
  isPlainCode,
  plainFirstCodes,
  type WordFact,
  type WordFacts,
} from "./word-facts.js";

/*
 * The fast path behind a `WordMatcher`: which words of a text one query highlights.
 *
 * The matcher decides a word by its fold, stem and name key (the rules are in `test`). The
 * original code asked it about every word, cutting the word out of the text and looking it up in
 * a memo by string; that was most of what a snippet cost. Here, for words touching no hyphen
 * (so part of no compound):
 * - a word that starts with a plain lower-case letter or digit that no word, stem or prefix of
 *   the query can start with, followed by another plain letter, cannot match (being lower-case,
 *   it has no name key): it becomes a span with no look-up at all (`firstLetterTable`);
 * - a word of one plain letter is decided once per letter;
 * which together are about nine words in ten of running text. Any other word is looked up by
 * its place in the scanned text in a table of `WordFact`s kept across queries, and decided once
 * per matcher (the fact remembers this marker's answer).
 *
 * A word is decided by its rules on its first fold piece ("½" → "1 2" is decided on "1"), as the
 * per-word memo of the original code did.
 */

const MAX_COMPOUND_PARTS = 5;
// Flags of `firstLetterTable`.
const NOT_PLAIN = 0x80;
const RULES_OUT = 1;
const LETTER_KNOWN = 2;
const LETTER_MATCHES = 4;

/** What a plan asks of a word, as `createWordMatcher` collects it. */
export interface WordRules {
  /** Folded words to match whole. */
  readonly exact: ReadonlySet<string>;
  /** Folded prefixes. */
  readonly prefixes: readonly string[];
  readonly stems: ReadonlySet<string>;
  /** Name keys to match whole (capitalised words only). */
  readonly keys: ReadonlySet<string>;
  readonly keyPrefixes: readonly string[];
}

function startsWithAny(text: string, prefixes: readonly string[]): boolean {
  for (const prefix of prefixes) if (text.startsWith(prefix)) return true;
  return false;
}

/**
 * Highlighting state of one matcher: its rules, and the spans of the text it last collected.
 * Meant for one page of hits (create one per query result), like the memo it replaces.
 *
 * @example
 * const marker = new WordMarker(rules, forms, facts);
 * const spans = marker.collect("President Mirziyoyev said");
 * spans.matched[1]; // 1
 */
export class WordMarker {
  /** The matcher as a function (the rules on one word), for callers other than snippets. */
  readonly matcher: (raw: string, folded: string) => boolean;
  private readonly exact: ReadonlySet<string>;
  private readonly prefixes: readonly string[];
  private readonly stems: ReadonlySet<string>;
  private readonly stemHeads: ReadonlySet<string>;
  private readonly keys: ReadonlySet<string>;
  private readonly keyPrefixes: readonly string[];
  private readonly useStems: boolean;
  private readonly useKeys: boolean;
  private readonly forms: { stem(raw: string): string; key(raw: string): string };
  private readonly facts: WordFacts;
  private readonly stamp: number;
  // Per code unit below FIRST_FOLD_LIMIT: see `firstLetterTable`.
  private readonly firstLetter: Uint8Array;
  private readonly spans = new SnippetSpans();
  // The current hyphenated word's parts (single-piece words) and their spans.
  private readonly groupFacts: WordFact[] = [];
  private readonly groupSpans: number[] = [];
  private readonly compounds = new Map<string, boolean>();
  constructor(
    rules: WordRules,
    forms: { stem(raw: string): string; key(raw: string): string },
    facts: WordFacts,
  ) {
    this.exact = rules.exact;
    this.prefixes = rules.prefixes;
    this.stems = rules.stems;
    this.keys = rules.keys;
    this.keyPrefixes = rules.keyPrefixes;
    this.useStems = rules.stems.size > 0;
    this.useKeys = rules.keys.size > 0 || rules.keyPrefixes.length > 0;
    // Snowball only rewrites endings, so a word's stem starts with the word's first two letters:
    // a word that shares them with no stem of the query cannot match by stem, and skipping the
    // stemmer for it makes snippets of long articles several times cheaper.
    this.stemHeads = new Set([...rules.stems].map((stem) => stem.slice(0, 2)));
    this.forms = forms;
    this.facts = facts;
    this.stamp = facts.nextStamp();
    this.firstLetter = this.firstLetterTable();
    this.matcher = (raw, folded) => this.test(raw, folded);
  }

  /**
   * The original rules: folded form, prefix, stem, or (for capitalised words) name key.
   * `folded` is the word's fold (a compound's parts joined, one piece of an NFKC expansion).
   */
  private test(raw: string, folded: string): boolean {
    if (this.exact.has(folded) || startsWithAny(folded, this.prefixes)) return true;
    if (
      this.useStems &&
      (folded.length < 2 || this.stemHeads.has(folded.slice(0, 2))) &&
      this.stems.has(this.forms.stem(raw))
    )
      return true;
    if (!this.useKeys) return false;
    const first = String.fromCodePoint(raw.codePointAt(0) ?? 0x20);
    if (first === first.toLowerCase()) return false;
    const key = this.forms.key(raw);
    return this.keys.has(key) || startsWithAny(key, this.keyPrefixes);
  }

  /**
   * The spans of `text` with this query's matches marked; valid until the next call.
   */
  collect(text: string): SnippetSpans {
    const list = this.facts.list;
    list.scan(text);
    const count = list.count;
    const spans = this.spans;
    spans.reset(text, count);
    const units = list.codeUnits();
    const length = text.length;
    const firstLetter = this.firstLetter;
    const facts = this.facts;
    const stamp = this.stamp;
    const groupFacts = this.groupFacts;
    const groupSpans = this.groupSpans;
    let groupSize = 0;
    let previousEnd = -1;
    for (let k = 0; k < count; k++) {
      const start = list.start(k);
      const end = list.end(k);
      const first = units[start] as number;
      // A word of plain letters touching no hyphen (so in no compound), decided without a look-up:
      // one letter by this marker's memo per letter, more by `firstLetter` when the second
      // letter is plain too.
      if (
        first < FIRST_FOLD_LIMIT &&
        firstLetter[first] !== NOT_PLAIN &&
        (start === 0 || !isHyphenCode(units[start - 1] as number)) &&
        (end === length || !isHyphenCode(units[end] as number))
      ) {
        const state = firstLetter[first] as number;
        if (end - start === 1) {
          if (groupSize > 1) this.compound(groupSize);
          groupSize = 0;
          previousEnd = end;
          const matched =
            (state & LETTER_KNOWN) !== 0 ? (state & LETTER_MATCHES) !== 0 : this.decideLetter(first);
          spans.push(start, end, matched, matched ? facts.singleFold(first) : undefined);
          continue;
        }
        if ((state & RULES_OUT) !== 0 && isPlainCode(units[start + 1] as number)) {
          if (groupSize > 1) this.compound(groupSize);
          groupSize = 0;
          previousEnd = end;
          spans.push(start, end, false, undefined);
          continue;
        }
      }
      const fact = facts.factOf(list, k);
      if (fact.first === "") continue;
      if (previousEnd < 0 || start - previousEnd !== 1 || !isHyphenCode(units[previousEnd] as number)) {
        if (groupSize > 1) this.compound(groupSize);
        groupSize = 0;
      }
      previousEnd = end;
      const matched = fact.stamp === stamp ? fact.matched : this.decide(fact);
      const i = spans.push(start, end, matched, fact.first);
      if (fact.single) {
        groupFacts[groupSize] = fact;
        groupSpans[groupSize] = i;
        groupSize++;
      }
    }
    if (groupSize > 1) this.compound(groupSize);
    return spans;
  }

  // A one-letter word: the rules on its fold, remembered in `firstLetter` for this marker.
  private decideLetter(u: number): boolean {
    const matched = this.test(String.fromCharCode(u), this.facts.singleFold(u));
    this.firstLetter[u] = (this.firstLetter[u] as number) | LETTER_KNOWN | (matched ? LETTER_MATCHES : 0);
    return matched;
  }

  // `test` on the fact's first piece, with its stem and key remembered (the same rules, spelt out
  // again so that no closure is made per word), and the answer kept in the fact for this marker.
  private decide(fact: WordFact): boolean {
    const folded = fact.first;
    let matched = this.exact.has(folded) || startsWithAny(folded, this.prefixes);
    if (
      !matched &&
      this.useStems &&
      (folded.length < 2 || this.stemHeads.has(folded.slice(0, 2))) &&
      this.stems.has(this.facts.stemOf(fact))
    )
      matched = true;
    if (!matched && this.useKeys && fact.upper) {
      const key = this.facts.keyOf(fact);
      matched = this.keys.has(key) || startsWithAny(key, this.keyPrefixes);
    }
    fact.stamp = this.stamp;
    fact.matched = matched;
    return matched;
  }

  // The compound of the first `size` group parts, as tokenize emits it.
  private compound(size: number): void {
    if (size > MAX_COMPOUND_PARTS) return;
    let folded = "";
    for (let p = 0; p < size; p++) {
      const part = this.groupFacts[p] as WordFact;
      if (part.digits) return;
      folded += part.first;
    }
    const spans = this.spans;
    const start = spans.starts[this.groupSpans[0] as number] as number;
    const end = spans.ends[this.groupSpans[size - 1] as number] as number;
    const raw = spans.text.slice(start, end);
    let matched = this.compounds.get(raw);
    if (matched === undefined) {
      matched = this.test(raw, folded);
      this.compounds.set(raw, matched);
    }
    if (matched) spans.markWithin(start, end);
  }

  // For each code unit u below FIRST_FOLD_LIMIT: NOT_PLAIN, or flags for a plain first letter
  // (`isPlainFirstCode`). RULES_OUT when a word of two or more letters starting with u and a
  // plain letter cannot match: neither character its fold can start with
  // (`WordFacts.firstFolds`) starts a word, prefix or stem of the query, and it is lower-case,
  // so it has no name key. A stem of one letter only matches one-letter folds. An empty prefix
  // matches everything, so then nothing is ruled out. LETTER_KNOWN and LETTER_MATCHES are the
  // memo for one-letter words (`decideLetter`).
  private firstLetterTable(): Uint8Array {
    const table = new Uint8Array(FIRST_FOLD_LIMIT).fill(NOT_PLAIN);
    const starts = new Set<number>();
    for (const word of this.exact) if (word !== "") starts.add(word.charCodeAt(0));
    for (const prefix of this.prefixes) starts.add(prefix.charCodeAt(0));
    for (const stem of this.stems) if (stem !== "") starts.add(stem.charCodeAt(0));
    const anything = this.prefixes.includes("");
    const folds = this.facts.firstFolds();
    for (const u of plainFirstCodes()) {
      const ruledOut =
        !anything && !starts.has(folds[2 * u] as number) && !starts.has(folds[2 * u + 1] as number);
      table[u] = ruledOut ? RULES_OUT : 0;
    }
    return table;
  }
}
