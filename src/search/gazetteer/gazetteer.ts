import { AppError } from "../../core/errors.js";
import { isWhitespaceCode } from "../../core/whitespace.js";
import { tokenize } from "../normalize/fold.js";
import { nameKey } from "../normalize/name-key.js";
import { isAsciiNumber, WordList } from "../normalize/word-list.js";
import { WordTable } from "../normalize/word-table.js";

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
const CYRILLIC_RE = /\p{Script=Cyrillic}/u;
// Words of one name may be separated by spaces, hyphens and quotes, not by sentence punctuation.
const NAME_GAP_RE = /^[\s\-\u2010\u2011'"«»\u2019\u201C\u201D]*$/u;
const MAX_NAME_WORDS = 8;
// Called through constants, not as text.slice: see the note on charCodeAt in normalize/word-list.ts.
const charCodeAt = String.prototype.charCodeAt;
const slice = String.prototype.slice;

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

function startsUpperCase(word: string): boolean {
  return upperCaseAt(word, 0);
}

/** The character at `at` (a whole code point) is a capital letter. */
function upperCaseAt(text: string, at: number): boolean {
  const code = text.codePointAt(at) ?? 0x20;
  // ASCII without allocating a string (most words of an English text); the rest by Unicode.
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const first = String.fromCodePoint(code);
  return first !== first.toLowerCase();
}

/**
 * `text.slice(starts[0], ends[n - 1]).split(/\s+/).some(startsUpperCase)` for the span of tokens
 * 0..n-1, without the slice and the split. A piece of the span starts at its start or after
 * whitespace, and when it starts with a letter, that letter starts one of its tokens (the gaps
 * between them hold only spaces, hyphens and quotes), so the tokens' starts are all that needs a
 * look. Most spans tried are ordinary lower-case words that happen to start a longer name
 * ("central", "национальный").
 */
function somePieceStartsUpperCase(text: string, starts: readonly number[], n: number): boolean {
  for (let i = 0; i < n; i++) {
    const at = starts[i] as number;
    if ((i === 0 || isWhitespaceCode(charCodeAt.call(text, at - 1))) && upperCaseAt(text, at)) return true;
  }
  return false;
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

  // What one raw word of a text means for mention finding, computed once per gazetteer: indexing
  // runs detectCountries over every article body, and a word costs a name key (~10 µs) and a
  // fold when first seen, while news vocabulary repeats. Owned by this gazetteer, bounded.
  const words = new WordTable<WordRecord>(100_000);
  const numbersStartNames = [...spanLengths.keys()].some(isAsciiNumber);
  const describe = (raw: string, folded: string): WordRecord => {
    // As tokenize: a word that folds to nothing is no token, an NFKC split gives several.
    const tokens = folded === "" ? 0 : folded.includes(" ") ? folded.split(/\s+/).length : 1;
    const key = nameKey(raw);
    const found = byKey.get(key);
    // A lone word names something only when capitalised (\uFEFF is the one whitespace
    // character a word may contain, hence the split in that rare case).
    const capitalised =
      startsUpperCase(raw) || (raw.includes("\uFEFF") && raw.split(/\s+/).some(startsUpperCase));
    const cyrillic = CYRILLIC_RE.test(raw);
    const lengths = spanLengths.get(key) ?? NONE;
    const alone =
      found === undefined || !capitalised
        ? NONE
        : found.filter((entry) => cyrillic || entry.ambiguousInEnglish !== true);
    const candidate = lengths.length > 0 || alone.length > 0;
    // Nearly every word of a text names nothing: those share one record per token count, so the
    // table's memory is its keys, not an object and two arrays per word.
    if (!candidate && tokens <= 1) return tokens === 0 ? NOTHING_NO_TOKEN : NOTHING_ONE_TOKEN;
    return { tokens, candidate, spanLengths: lengths, alone };
  };
  // The words of the text being read; reused from text to text.
  const list = new WordList(1024);
  // Keys of multi-word spans seen in texts (only spans that start like a multi-word name).
  const spanKeys = new Map<string, string>();
  const spanKey = (span: string): string => {
    let key = spanKeys.get(span);
    if (key === undefined) {
      key = nameKey(span);
      if (spanKeys.size >= 100_000) spanKeys.clear();
      spanKeys.set(span, key);
    }
    return key;
  };

  const recordOf = (text: string, k: number): WordRecord => {
    let record = words.get(list, k);
    if (record === undefined) {
      // A number is never capitalised, so it names nothing unless a multi-word name starts with
      // one: then its shared record, and no entry in the table (see asciiNumber).
      if (!numbersStartNames && list.asciiNumber(k)) return NOTHING_ONE_TOKEN;
      record = describe(slice.call(text, list.start(k), list.end(k)), list.fold(k));
      words.set(list, k, record);
    }
    return record;
  };

  // The tokens a multi-word name could span, from token `piece` of word k on (as tokenize
  // gives them: a word that folds to nothing is none, a split word repeats its offsets).
  const spanStarts: number[] = [];
  const spanEnds: number[] = [];

  /**
   * The mentions that start at token `piece` of word k, which may start a name: calls `visit`
   * for each and returns the tokens they cover, or 0 for none. The longest name wins.
   */
  const mentionsAt = (text: string, k: number, piece: number, record: WordRecord, visit: Visit): number => {
    const start = list.start(k);
    const longest = record.spanLengths[0] ?? 0;
    if (longest > 1) {
      spanStarts.length = 0;
      spanEnds.length = 0;
      for (let w = k, p = piece; w < list.count && spanStarts.length < longest; w++, p = 0) {
        const tokens = w === k ? record.tokens : recordOf(text, w).tokens;
        for (; p < tokens && spanStarts.length < longest; p++) {
          spanStarts.push(list.start(w));
          spanEnds.push(list.end(w));
        }
      }
      for (const n of record.spanLengths) {
        if (n > spanStarts.length || !spanIsOneName(text, spanStarts, spanEnds, 0, n)) continue;
        const end = spanEnds[n - 1] as number;
        if (!somePieceStartsUpperCase(text, spanStarts, n)) continue;
        const span = slice.call(text, start, end);
        const found = byKey.get(spanKey(span));
        if (found === undefined) continue;
        const cyrillic = CYRILLIC_RE.test(span);
        let used = false;
        for (const entry of found) {
          if (!cyrillic && entry.ambiguousInEnglish === true) continue;
          visit(entry, start, end);
          used = true;
        }
        if (used) return n;
      }
    }
    if (record.alone.length === 0) return 0;
    for (const entry of record.alone) visit(entry, start, list.end(k));
    return 1;
  };

  /**
   * Calls `visit` for every mention in `text`, in order: longest name first at each token, no
   * overlaps. One scan of the text and one table look-up per word; only words that can start a
   * name look further.
   */
  const visitMentions = (text: string, visit: Visit): void => {
    list.scan(text);
    // Tokens still covered by the last mention.
    let covered = 0;
    for (let k = 0; k < list.count; k++) {
      const record = recordOf(text, k);
      for (let piece = 0; piece < record.tokens; piece++) {
        if (covered > 0) covered--;
        else if (record.candidate) covered = Math.max(mentionsAt(text, k, piece, record, visit), 1) - 1;
      }
    }
  };

  const findMentions = (text: string): GazetteerMention[] => {
    const mentions: GazetteerMention[] = [];
    visitMentions(text, (entry, start, end) => {
      mentions.push({ entry, start, end });
    });
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
      visitMentions(text, (entry) => {
        if (entry.country !== undefined) countries.add(entry.country);
      });
      return [...countries];
    },
  };
}

/** True when the tokens i..i+n-1 are separated only by spaces, hyphens and quotes. */
function spanIsOneName(
  text: string,
  starts: readonly number[],
  ends: readonly number[],
  i: number,
  n: number,
): boolean {
  for (let k = i + 1; k < i + n; k++) {
    const previousEnd = ends[k - 1] as number;
    const start = starts[k] as number;
    // The common gap is one space; the pattern is for the rest.
    if (start - previousEnd === 1 && charCodeAt.call(text, previousEnd) === 0x20) continue;
    if (!NAME_GAP_RE.test(slice.call(text, previousEnd, start))) return false;
  }
  return true;
}

type Visit = (entry: GazetteerEntry, start: number, end: number) => void;

/** What one raw word of a text means for mention finding. */
interface WordRecord {
  /** Tokens the word gives: 0 when it folds to nothing, more than 1 for an NFKC split. */
  readonly tokens: number;
  /** A mention may start here: the word starts a multi-word name or names something alone. */
  readonly candidate: boolean;
  /** Word counts of the multi-word names whose first word has this word's key, longest first. */
  readonly spanLengths: readonly number[];
  /** Entries this word names on its own, as a capitalised word in this script; often none. */
  readonly alone: readonly GazetteerEntry[];
}

const NONE: readonly never[] = Object.freeze([]);
const NOTHING_NO_TOKEN: WordRecord = Object.freeze({
  tokens: 0,
  candidate: false,
  spanLengths: NONE,
  alone: NONE,
});
const NOTHING_ONE_TOKEN: WordRecord = Object.freeze({
  tokens: 1,
  candidate: false,
  spanLengths: NONE,
  alone: NONE,
});
