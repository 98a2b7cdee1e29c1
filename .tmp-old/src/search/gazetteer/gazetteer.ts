import { AppError } from "../../core/errors.js";
import { tokenize } from "../normalize/fold.js";
import { nameKey } from "../normalize/name-key.js";

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
  const first = String.fromCodePoint(word.codePointAt(0) ?? 0x20);
  return first !== first.toLowerCase();
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
  // Keys of the first word of multi-word names: only those tokens start a longer look-up.
  const firstWordKeys = new Set<string>();

  for (const entry of entries) {
    const keys = new Set<string>();
    for (const name of allNames(entry)) {
      const key = nameKey(name);
      if (key === "") continue;
      keys.add(key);
      const words = tokenize(name).filter((token) => !token.compound);
      const first = words[0];
      if (words.length > 1 && first !== undefined) {
        firstWordKeys.add(nameKey(name.slice(first.start, first.end)));
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

  // Keys of single words seen in texts: indexing runs findMentions over every article body, and
  // nameKey costs ~10 µs a word while news vocabulary repeats. Owned by this gazetteer, bounded.
  const wordKeys = new Map<string, string>();
  const wordKey = (word: string): string => {
    let key = wordKeys.get(word);
    if (key === undefined) {
      key = nameKey(word);
      if (wordKeys.size >= 100_000) wordKeys.clear();
      wordKeys.set(word, key);
    }
    return key;
  };

  const foldCache = new Map<string, string>();
  const findMentions = (text: string): GazetteerMention[] => {
    if (foldCache.size >= 100_000) foldCache.clear();
    const words = tokenize(text, foldCache).filter((token) => !token.compound);
    const mentions: GazetteerMention[] = [];
    let i = 0;
    while (i < words.length) {
      const first = words[i];
      if (first === undefined) break;
      const firstKey = wordKey(text.slice(first.start, first.end));
      const longest = firstWordKeys.has(firstKey) ? Math.min(MAX_NAME_WORDS, words.length - i) : 1;
      let consumed = 0;
      for (let n = longest; n >= 1 && consumed === 0; n--) {
        const last = words[i + n - 1];
        if (last === undefined) continue;
        const span = text.slice(first.start, last.end);
        if (n > 1 && !spanIsOneName(text, words.slice(i, i + n))) continue;
        if (!span.split(/\s+/).some(startsUpperCase)) continue;
        const found = byKey.get(n === 1 ? firstKey : nameKey(span));
        if (found === undefined) continue;
        const cyrillic = CYRILLIC_RE.test(span);
        const usable = found.filter((entry) => cyrillic || entry.ambiguousInEnglish !== true);
        for (const entry of usable) mentions.push({ entry, start: first.start, end: last.end });
        if (usable.length > 0) consumed = n;
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

function spanIsOneName(text: string, words: readonly { start: number; end: number }[]): boolean {
  for (let k = 1; k < words.length; k++) {
    const previous = words[k - 1];
    const current = words[k];
    if (previous === undefined || current === undefined) return false;
    if (!NAME_GAP_RE.test(text.slice(previous.end, current.start))) return false;
  }
  return true;
}
