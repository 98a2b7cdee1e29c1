import type { Language } from "../db/schema.js";
import {
  type DocSet,
  docSetForEach,
  docSetFromSorted,
  docSetHas,
  docSetIds,
  docSetSize,
  emptyDocSet,
} from "./doc-set.js";

/*
 * The per-article facts that filters, facets and date ordering need, held in typed arrays
 * indexed by article id: language, publication instant, year (in the site's zone), section and
 * countries of every indexed article. A search reads them instead of joining search_docs and
 * search_countries for every match, which is what made facets over 50,000 matches cost tens
 * of milliseconds. The table is a copy of committed rows, kept current by the search engine
 * from the index's change log (see search-engine.ts); it never decides what is indexed.
 */

/** One indexed article as the table stores it. */
export interface DocRecord {
  readonly id: number;
  readonly language: Language;
  /** UTC instant, ISO 8601. */
  readonly publishedAt: string;
  readonly year: number;
  readonly sectionId: number | null;
  /** ISO 3166-1 alpha-2 codes (tagged or mentioned). */
  readonly countries: readonly string[];
}

/** What `select` keeps: visible by `now`, and the reader's filters. */
export interface DocCriteria {
  /** Published at or before this instant (ms): hides scheduled articles. */
  readonly publishedUpTo: number;
  /** Published at or after (ms). */
  readonly publishedFrom?: number;
  /** Published before (ms). */
  readonly publishedBefore?: number;
  readonly language?: Language;
  /** Section tag ids; empty means no article qualifies. */
  readonly sectionIds?: ReadonlySet<number>;
  /** ISO code, upper case. */
  readonly country?: string;
}

/** Facet counts over a set of articles. */
export interface DocTally {
  readonly languages: ReadonlyMap<Language, number>;
  readonly years: ReadonlyMap<number, number>;
  readonly sections: ReadonlyMap<number, number>;
  readonly countries: ReadonlyMap<string, number>;
}

/** What a search may ask about one article; -1 / null when unknown. */
export interface DocTable {
  /** Number of indexed articles (visible or scheduled). */
  readonly size: number;
  /**
   * No indexed article is published later than this (ms); an upper bound, so when `now` is past
   * it nothing is scheduled.
   */
  readonly latestPublishedMs: number;
  has(id: number): boolean;
  /** Publication instant in milliseconds since the epoch (NaN when not indexed). */
  publishedMs(id: number): number;
  language(id: number): Language | null;
  year(id: number): number;
  sectionId(id: number): number | null;
  /** Country codes of an article, in code order. */
  countries(id: number): string[];
  /** True when the article names or is tagged with `code`. */
  hasCountry(id: number, code: string): boolean;
  /** Every indexed article id. */
  all(): DocSet;
  /** The articles of `set` that meet `criteria`, in one pass over typed arrays. */
  select(set: DocSet, criteria: DocCriteria): DocSet;
  /** Language, year, section and country counts over `set`. */
  tally(set: DocSet): DocTally;
  /**
   * Calls `visit` for the articles of `set` (all indexed articles when null) from the newest
   * to the oldest ("oldest" reverses), ties broken by id in the same direction; stops when
   * `visit` returns false.
   */
  walkByDate(set: DocSet | null, order: "newest" | "oldest", visit: (id: number) => boolean): void;
  /** Replaces or adds rows and removes ids (articles no longer indexed). */
  apply(records: readonly DocRecord[], removedIds: readonly number[]): void;
  /** Forgets everything (before a full reload). */
  clear(): void;
}

const LANGUAGES: readonly Language[] = ["en", "ru"];
// Above this many changes at once, the date order is rebuilt by sorting instead of patched.
const PATCH_LIMIT = 2_000;

/**
 * The date-order key: seconds since the epoch in the high 32 bits, the article id in the low
 * 32, so that one native sort of a BigUint64Array orders by date and then id. Sub-second
 * differences are ignored for ordering (never for filtering, which reads the milliseconds).
 */
function dateKey(ms: number, id: number): bigint {
  return (BigInt(Math.max(0, Math.floor(ms / 1000))) << 32n) | BigInt(id);
}

/**
 * Creates an empty table.
 *
 * @example
 * const table = createDocTable();
 * table.apply([{ id: 7, language: "en", publishedAt: "2026-11-02T08:00:00.000Z", year: 2026, sectionId: 3, countries: ["KZ"] }], []);
 * table.hasCountry(7, "KZ"); // true
 */
export function createDocTable(): DocTable {
  let capacity = 0;
  let present = new Uint8Array(0);
  let published = new Float64Array(0);
  let languages = new Uint8Array(0);
  let years = new Uint16Array(0);
  let sections = new Int32Array(0);
  // Countries as a bitmask over the first 32 codes seen; further codes in `extraCountries`.
  let countryMasks = new Uint32Array(0);
  const extraCountries = new Map<number, string[]>();
  const codeBits = new Map<string, number>();
  const bitCodes: string[] = [];
  let size = 0;
  let latest = Number.NEGATIVE_INFINITY;
  // Ids in ascending date order, kept sorted; `keys` holds their date keys.
  let keys = new BigUint64Array(0);
  let orderDirty = false;
  let orderedCount = 0;

  const grow = (id: number): void => {
    if (id < capacity) return;
    const next = Math.max(1024, Math.ceil((id + 1) * 1.5));
    const copy = <T extends Uint8Array | Float64Array | Uint16Array | Int32Array | Uint32Array>(
      old: T,
      make: (n: number) => T,
    ): T => {
      const fresh = make(next);
      fresh.set(old as never);
      return fresh;
    };
    present = copy(present, (n) => new Uint8Array(n));
    published = copy(published, (n) => new Float64Array(n).fill(Number.NaN));
    languages = copy(languages, (n) => new Uint8Array(n));
    years = copy(years, (n) => new Uint16Array(n));
    sections = copy(sections, (n) => new Int32Array(n).fill(-1));
    countryMasks = copy(countryMasks, (n) => new Uint32Array(n));
    capacity = next;
  };

  const bitOf = (code: string): number | undefined => {
    let bit = codeBits.get(code);
    if (bit === undefined && bitCodes.length < 32) {
      bit = bitCodes.length;
      bitCodes.push(code);
      codeBits.set(code, bit);
    }
    return bit;
  };

  const findKey = (key: bigint): number => {
    let lo = 0;
    let hi = orderedCount;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((keys[mid] as bigint) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const removeKey = (key: bigint): void => {
    const at = findKey(key);
    if (at < orderedCount && keys[at] === key) {
      keys.copyWithin(at, at + 1, orderedCount);
      orderedCount--;
    }
  };

  const insertKey = (key: bigint): void => {
    if (orderedCount === keys.length) {
      const bigger = new BigUint64Array(Math.max(1024, keys.length * 2));
      bigger.set(keys.subarray(0, orderedCount));
      keys = bigger;
    }
    const at = findKey(key);
    keys.copyWithin(at + 1, at, orderedCount);
    keys[at] = key;
    orderedCount++;
  };

  const rebuildOrder = (): void => {
    const fresh = new BigUint64Array(Math.max(1024, size));
    let k = 0;
    for (let id = 0; id < capacity; id++) {
      if (present[id] === 1) fresh[k++] = dateKey(published[id] as number, id);
    }
    keys = fresh;
    orderedCount = k;
    keys.subarray(0, k).sort();
    orderDirty = false;
  };

  const remove = (id: number, patch: boolean): void => {
    if (id >= capacity || present[id] !== 1) return;
    if (patch) removeKey(dateKey(published[id] as number, id));
    present[id] = 0;
    published[id] = Number.NaN;
    sections[id] = -1;
    countryMasks[id] = 0;
    extraCountries.delete(id);
    size--;
  };

  return {
    get size() {
      return size;
    },
    get latestPublishedMs() {
      return latest;
    },
    has: (id) => id < capacity && present[id] === 1,
    publishedMs: (id) => (id < capacity ? (published[id] as number) : Number.NaN),
    language: (id) =>
      id < capacity && present[id] === 1 ? (LANGUAGES[languages[id] as number] ?? null) : null,
    year: (id) => (id < capacity ? (years[id] as number) : -1),
    sectionId: (id) => {
      const value = id < capacity ? (sections[id] as number) : -1;
      return value < 0 ? null : value;
    },
    countries(id) {
      if (id >= capacity || present[id] !== 1) return [];
      const out: string[] = [];
      let mask = countryMasks[id] as number;
      while (mask !== 0) {
        const low = mask & -mask;
        out.push(bitCodes[31 - Math.clz32(low)] as string);
        mask ^= low;
      }
      out.push(...(extraCountries.get(id) ?? []));
      return out.sort();
    },
    hasCountry(id, code) {
      if (id >= capacity || present[id] !== 1) return false;
      const bit = codeBits.get(code);
      if (bit !== undefined) return ((countryMasks[id] as number) & (1 << bit)) !== 0;
      return extraCountries.get(id)?.includes(code) ?? false;
    },
    all() {
      const ids = new Uint32Array(size);
      let k = 0;
      for (let id = 0; id < capacity; id++) if (present[id] === 1) ids[k++] = id;
      return docSetFromSorted(ids);
    },
    select(set, criteria) {
      const ids = docSetIds(set);
      const out = new Uint32Array(ids.length);
      const upTo = criteria.publishedUpTo;
      const from = criteria.publishedFrom ?? Number.NEGATIVE_INFINITY;
      const before = criteria.publishedBefore ?? Number.POSITIVE_INFINITY;
      const language = criteria.language === undefined ? -1 : LANGUAGES.indexOf(criteria.language);
      const sectionIds = criteria.sectionIds;
      const countryBit = criteria.country === undefined ? undefined : codeBits.get(criteria.country);
      const country = criteria.country;
      if (country !== undefined && countryBit === undefined && extraCountries.size === 0)
        return emptyDocSet();
      let k = 0;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i] as number;
        if (id >= capacity || present[id] !== 1) continue;
        const at = published[id] as number;
        if (!(at <= upTo) || at < from || at >= before) continue;
        if (language >= 0 && languages[id] !== language) continue;
        if (sectionIds !== undefined && !sectionIds.has(sections[id] as number)) continue;
        if (country !== undefined) {
          const inMask = countryBit !== undefined && ((countryMasks[id] as number) & (1 << countryBit)) !== 0;
          if (!inMask && !(extraCountries.get(id)?.includes(country) ?? false)) continue;
        }
        out[k++] = id;
      }
      return docSetFromSorted(k === out.length ? out : out.slice(0, k));
    },
    tally(set) {
      const ids = docSetIds(set);
      const languageCounts = new Uint32Array(LANGUAGES.length);
      const yearCounts = new Map<number, number>();
      const sectionCounts = new Map<number, number>();
      const bitCounts = new Uint32Array(32);
      const extraCounts = new Map<string, number>();
      // Years and sections repeat heavily: count runs in small typed arrays first.
      const yearBase = 1900;
      const yearArray = new Uint32Array(300);
      let lastSection = -2;
      let sectionRun = 0;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i] as number;
        if (id >= capacity || present[id] !== 1) continue;
        languageCounts[languages[id] as number] = (languageCounts[languages[id] as number] as number) + 1;
        const year = years[id] as number;
        if (year >= yearBase && year < yearBase + 300)
          yearArray[year - yearBase] = (yearArray[year - yearBase] as number) + 1;
        else yearCounts.set(year, (yearCounts.get(year) ?? 0) + 1);
        const section = sections[id] as number;
        if (section === lastSection) sectionRun++;
        else {
          if (lastSection >= 0)
            sectionCounts.set(lastSection, (sectionCounts.get(lastSection) ?? 0) + sectionRun);
          lastSection = section;
          sectionRun = 1;
        }
        let mask = countryMasks[id] as number;
        while (mask !== 0) {
          const low = mask & -mask;
          const bit = 31 - Math.clz32(low);
          bitCounts[bit] = (bitCounts[bit] as number) + 1;
          mask ^= low;
        }
        if (extraCountries.size > 0) {
          for (const code of extraCountries.get(id) ?? [])
            extraCounts.set(code, (extraCounts.get(code) ?? 0) + 1);
        }
      }
      if (lastSection >= 0)
        sectionCounts.set(lastSection, (sectionCounts.get(lastSection) ?? 0) + sectionRun);
      for (let y = 0; y < yearArray.length; y++) {
        const n = yearArray[y] as number;
        if (n > 0) yearCounts.set(yearBase + y, (yearCounts.get(yearBase + y) ?? 0) + n);
      }
      const countryCounts = new Map<string, number>(extraCounts);
      for (let bit = 0; bit < bitCodes.length; bit++) {
        const n = bitCounts[bit] as number;
        if (n > 0)
          countryCounts.set(bitCodes[bit] as string, (countryCounts.get(bitCodes[bit] as string) ?? 0) + n);
      }
      const languageMap = new Map<Language, number>();
      LANGUAGES.forEach((language, i) => {
        const n = languageCounts[i] as number;
        if (n > 0) languageMap.set(language, n);
      });
      return { languages: languageMap, years: yearCounts, sections: sectionCounts, countries: countryCounts };
    },
    walkByDate(set, order, visit) {
      if (orderDirty) rebuildOrder();
      const count = set === null ? size : docSetSize(set);
      if (count === 0) return;
      // A small set is sorted on its own; a large one is read off the table's date order.
      if (set !== null && count * 64 < size) {
        const picked = new BigUint64Array(count);
        let k = 0;
        docSetForEach(set, (id) => {
          if (id < capacity && present[id] === 1) picked[k++] = dateKey(published[id] as number, id);
          return true;
        });
        const sorted = picked.subarray(0, k).sort();
        for (let i = 0; i < k; i++) {
          const key = sorted[order === "newest" ? k - 1 - i : i] as bigint;
          if (!visit(Number(key & 0xffffffffn))) return;
        }
        return;
      }
      for (let i = 0; i < orderedCount; i++) {
        const key = keys[order === "newest" ? orderedCount - 1 - i : i] as bigint;
        const id = Number(key & 0xffffffffn);
        if (set !== null && !docSetHas(set, id)) continue;
        if (!visit(id)) return;
      }
    },
    apply(records, removedIds) {
      const patch = !orderDirty && records.length + removedIds.length <= PATCH_LIMIT;
      if (!patch) orderDirty = true;
      for (const id of removedIds) remove(id, patch);
      for (const record of records) {
        const id = record.id;
        remove(id, patch);
        grow(id);
        const ms = Date.parse(record.publishedAt);
        if (ms > latest) latest = ms;
        present[id] = 1;
        published[id] = ms;
        languages[id] = Math.max(0, LANGUAGES.indexOf(record.language));
        years[id] = record.year;
        sections[id] = record.sectionId ?? -1;
        let mask = 0;
        const extra: string[] = [];
        for (const code of record.countries) {
          const bit = bitOf(code);
          if (bit === undefined) extra.push(code);
          else mask |= 1 << bit;
        }
        countryMasks[id] = mask >>> 0;
        if (extra.length > 0) extraCountries.set(id, extra);
        size++;
        if (patch) insertKey(dateKey(ms, id));
      }
    },
    clear() {
      capacity = 0;
      present = new Uint8Array(0);
      published = new Float64Array(0);
      languages = new Uint8Array(0);
      years = new Uint16Array(0);
      sections = new Int32Array(0);
      countryMasks = new Uint32Array(0);
      extraCountries.clear();
      size = 0;
      latest = Number.NEGATIVE_INFINITY;
      keys = new BigUint64Array(0);
      orderedCount = 0;
      orderDirty = false;
    },
  };
}
