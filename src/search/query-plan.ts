import type { Gazetteer, GazetteerEntry } from "./gazetteer/gazetteer.js";
import { foldText, type Token, tokenize } from "./normalize/fold.js";
import { nameKey } from "./normalize/name-key.js";
import { createStemmer, type Stemmer } from "./normalize/stem.js";
import type { ParsedQuery, ParsedTerm } from "./query-parser.js";
import { WordFacts } from "./word-facts.js";
import { WordMarker } from "./word-marker.js";

/*
 * Turns a parsed query into what each index column should be asked, independently of the SQL
 * dialect. Each term becomes a group of alternatives (token sequences, i.e. phrases) per column
 * family; a document matches a term when it matches any alternative. The SQLite index renders a
 * plan as an FTS5 MATCH expression; a PostgreSQL index would render it as a tsquery.
 */

/** One token sequence to match as a phrase; `prefix` makes its last token a prefix. */
export interface Alternative {
  readonly tokens: readonly string[];
  readonly prefix: boolean;
}

export interface TermPlan {
  /** What the reader typed for this term (for display and "did you mean"). */
  readonly term: ParsedTerm;
  /** Against the folded "as written" columns (title, dek, tags, body). */
  readonly exact: readonly Alternative[];
  /** Against the stem columns. */
  readonly stems: readonly Alternative[];
  /** Against the name-key columns (cross-script spellings, gazetteer variants). */
  readonly names: readonly Alternative[];
}

export interface QueryPlan {
  readonly terms: readonly TermPlan[];
  readonly excluded: readonly TermPlan[];
}

export interface PlanOptions {
  /** Fold, stem and key terms (default true). False: terms go to FTS as typed. */
  readonly folding?: boolean;
  /** Use name keys and gazetteer variants (default true; needs `folding`). */
  readonly nameKeys?: boolean;
  readonly gazetteer?: Gazetteer;
  /** Reused across terms; created when absent. */
  readonly stemmer?: Stemmer;
}

const MAX_NAME_ALTERNATIVES = 24;
const MAX_GROUP_WORDS = 3;

function words(text: string): Token[] {
  return tokenize(text).filter((token) => !token.compound);
}

/**
 * Name keys of a name in the order `analyzeText` writes them to the names column: a hyphenated
 * word is represented by its compound key (which follows its parts there), so the sequence can
 * be matched as a phrase. Lower-case words ("of") are not keyed in documents, so a name with
 * one gives no sequence.
 */
export function nameKeySequence(name: string): string[] | null {
  const tokens = tokenize(name);
  const keys: { start: number; end: number; key: string }[] = [];
  for (const token of tokens) {
    const raw = name.slice(token.start, token.end);
    if (token.compound) {
      while (keys.length > 0 && (keys[keys.length - 1]?.start ?? -1) >= token.start) keys.pop();
      keys.push({ start: token.start, end: token.end, key: nameKey(raw) });
      continue;
    }
    const first = String.fromCodePoint(raw.codePointAt(0) ?? 0x20);
    if (first === first.toLowerCase() && !/^\p{N}/u.test(raw)) return null;
    keys.push({ start: token.start, end: token.end, key: nameKey(raw) });
  }
  const sequence = keys.map((k) => k.key).filter((k) => k !== "");
  return sequence.length === 0 ? null : sequence;
}

function allNames(entry: GazetteerEntry): string[] {
  return [entry.en, entry.ru, ...(entry.local === undefined ? [] : [entry.local]), ...entry.variants];
}

function dedupe(alternatives: Alternative[]): Alternative[] {
  const seen = new Set<string>();
  return alternatives.filter((alt) => {
    const key = `${alt.prefix ? "*" : ""}${alt.tokens.join(" ")}`;
    if (alt.tokens.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function planTerm(
  term: ParsedTerm,
  options: Required<Omit<PlanOptions, "gazetteer">> & PlanOptions,
): TermPlan {
  const parts = words(term.text);
  const folded = parts.map((token) => token.text);
  if (!options.folding) {
    // The baseline engine: what FTS5 would do with the raw words (it still lower-cases).
    const raw = parts.map((token) => term.text.slice(token.start, token.end));
    return { term, exact: [{ tokens: raw, prefix: term.kind === "prefix" }], stems: [], names: [] };
  }
  const prefix = term.kind === "prefix";
  const exact: Alternative[] = [{ tokens: folded, prefix }];
  const stems: Alternative[] = [];
  const names: Alternative[] = [];
  if (!prefix) {
    if (parts.length === 1 && parts[0] !== undefined) {
      for (const stem of options.stemmer.queryStems(term.text.slice(parts[0].start, parts[0].end)))
        stems.push({ tokens: [stem], prefix: false });
    } else {
      const sequence = parts.map((token) => options.stemmer.stem(term.text.slice(token.start, token.end)));
      stems.push({ tokens: sequence.filter((s) => s !== ""), prefix: false });
    }
  }
  if (options.nameKeys) {
    if (prefix) {
      const key = nameKey(term.text);
      if ([...key].length >= 3) names.push({ tokens: [key], prefix: true });
    } else {
      // Readers type names in lower case; documents key only capitalised words.
      const capitalised = term.text.replace(
        /(^|[\s-])(\p{Ll})/gu,
        (_m, gap: string, ch: string) => gap + ch.toUpperCase(),
      );
      const own = nameKeySequence(capitalised);
      if (own !== null) names.push({ tokens: own, prefix: false });
      if (parts.length > 1) {
        const whole = nameKey(term.text);
        if (whole !== "") names.push({ tokens: [whole], prefix: false });
      }
      for (const entry of options.gazetteer?.lookup(term.text) ?? []) {
        for (const name of allNames(entry)) {
          const sequence = nameKeySequence(name);
          if (sequence !== null) names.push({ tokens: sequence, prefix: false });
          if (names.length >= MAX_NAME_ALTERNATIVES) break;
        }
      }
    }
  }
  return {
    term,
    exact: dedupe(exact),
    stems: dedupe(stems),
    names: dedupe(names).slice(0, MAX_NAME_ALTERNATIVES),
  };
}

/**
 * Adjacent plain words that together name a gazetteer entry ("amu darya", "kassym-jomart
 * tokayev") become one term, so that the one-word spelling of another script (Амударья) can
 * match them.
 */
function groupNames(terms: readonly ParsedTerm[], gazetteer: Gazetteer | undefined): ParsedTerm[] {
  if (gazetteer === undefined) return [...terms];
  const out: ParsedTerm[] = [];
  let i = 0;
  while (i < terms.length) {
    let taken = 0;
    for (let n = Math.min(MAX_GROUP_WORDS, terms.length - i); n >= 2 && taken === 0; n--) {
      const slice = terms.slice(i, i + n);
      if (slice.some((t) => t.kind !== "word")) continue;
      const text = slice.map((t) => t.text).join(" ");
      if (gazetteer.lookup(text).length > 0) {
        out.push({ kind: "phrase", text });
        taken = n;
      }
    }
    if (taken === 0) {
      const term = terms[i];
      if (term !== undefined) out.push(term);
      taken = 1;
    }
    i += taken;
  }
  return out;
}

/**
 * Plans a parsed query: per term, the folded tokens, stems (with the Russian surname stem) and
 * name keys (with every spelling and former name the gazetteer knows) to look for.
 *
 * @example
 * const plan = planQuery(parseQuery("Alma-Ata"), { gazetteer });
 * plan.terms[0]?.names.some((alt) => alt.tokens[0] === nameKey("Алматы")); // true
 */
export function planQuery(query: ParsedQuery, options: PlanOptions = {}): QueryPlan {
  const full = {
    ...options,
    folding: options.folding ?? true,
    nameKeys: (options.nameKeys ?? true) && (options.folding ?? true),
    stemmer: options.stemmer ?? createStemmer(),
  };
  const positive = full.nameKeys ? groupNames(query.terms, options.gazetteer) : [...query.terms];
  const exclusionOptions = { ...full, nameKeys: false };
  return {
    terms: positive.map((term) => planTerm(term, full)),
    excluded: query.excluded.map((term) => planTerm(term, exclusionOptions)),
  };
}

/**
 * Tests one document word against a plan, for highlighting: `raw` as written, `folded` its fold
 * (see `tokenize`). `marker` is the fast path snippets take instead of calling it word by word;
 * `createWordMatcher` sets it, a hand-written matcher has none.
 */
export interface WordMatcher {
  (raw: string, folded: string): boolean;
  readonly marker?: WordMarker;
}

/** Stems and name keys of document words, remembered across queries (see `createWordForms`). */
export interface WordForms {
  stem(raw: string): string;
  key(raw: string): string;
  /**
   * Per-word facts snippets keep across queries (fold, capitals, stem, key), used by matchers
   * made with these forms. `createWordForms` makes them; hand-made forms may leave them out.
   */
  readonly facts?: WordFacts;
}

// Words a matcher's own facts hold when its forms bring none (a matcher serves one page).
const MATCHER_FACTS = 50_000;

/**
 * A long-lived memo of the stem and name key of each raw word, for highlighting: a query's
 * snippets stem and key most words of ten articles, and the next query meets the same words.
 * Also keeps what else snippets need to know of each word (`WordFacts`). Bounded: each memo is
 * emptied when it holds `maxEntries` words.
 *
 * @example
 * const forms = createWordForms(createStemmer());
 * forms.key("Мирзиёев") === forms.key("Mirziyoyev"); // true
 */
export function createWordForms(stemmer: Stemmer, maxEntries = 100_000): WordForms {
  const stems = new Map<string, string>();
  const keys = new Map<string, string>();
  const memo = (map: Map<string, string>, raw: string, compute: (raw: string) => string): string => {
    let value = map.get(raw);
    if (value === undefined) {
      value = compute(raw);
      if (map.size >= maxEntries) map.clear();
      map.set(raw, value);
    }
    return value;
  };
  const forms = {
    stem: (raw: string) => memo(stems, raw, (w) => stemmer.stem(w)),
    key: (raw: string) => memo(keys, raw, nameKey),
  };
  return { ...forms, facts: new WordFacts(forms, maxEntries) };
}

/**
 * A matcher that says whether a word of a document matches any term of the plan, the same way
 * the index does: folded form, prefix, stem, or (for capitalised words) name key. Meant for one
 * page of hits: it remembers its answers, and snippets built with it skip most words unread
 * (see word-marker.ts); past ~50,000 words it falls back to the slower original path.
 *
 * @example
 * const matches = createWordMatcher(planQuery(parseQuery("Мирзиёев")));
 * matches("Mirziyoyev", "mirziyoyev"); // true
 */
export function createWordMatcher(
  plan: QueryPlan,
  stemmer: Stemmer = createStemmer(),
  forms: WordForms = { stem: (raw) => stemmer.stem(raw), key: nameKey },
): WordMatcher {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const stems = new Set<string>();
  const keys = new Set<string>();
  const keyPrefixes: string[] = [];
  for (const term of plan.terms) {
    for (const alt of term.exact) {
      for (const [i, token] of alt.tokens.entries()) {
        const t = foldText(token);
        if (alt.prefix && i === alt.tokens.length - 1) prefixes.push(t);
        else exact.add(t);
      }
    }
    for (const alt of term.stems) for (const token of alt.tokens) stems.add(token);
    for (const alt of term.names) {
      for (const [i, token] of alt.tokens.entries()) {
        if (alt.prefix && i === alt.tokens.length - 1) keyPrefixes.push(token);
        else keys.add(token);
      }
    }
  }
  // Facts computed with other stem or key functions would give other answers.
  const facts = forms.facts?.isFor(forms) ? forms.facts : new WordFacts(forms, MATCHER_FACTS);
  const marker = new WordMarker({ exact, prefixes, stems, keys, keyPrefixes }, forms, facts);
  return Object.assign(marker.matcher, { marker });
}
