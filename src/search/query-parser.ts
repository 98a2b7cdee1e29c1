import { foldText } from "./normalize/fold.js";

/** One thing the reader asked for: a word, an "exact phrase" or a prefix*. */
export interface ParsedTerm {
  readonly kind: "word" | "phrase" | "prefix";
  /** The term as typed (quotes, star and minus removed), trimmed. */
  readonly text: string;
}

export interface ParsedQuery {
  /** Terms that must match (all of them; the engine falls back to any of them). */
  readonly terms: readonly ParsedTerm[];
  /** Terms that must not match (-word, -"phrase"). */
  readonly excluded: readonly ParsedTerm[];
}

export interface ParseQueryOptions {
  /** Most terms kept (default 12); the rest are ignored, so a pasted essay stays cheap. */
  readonly maxTerms?: number;
  /** Most exclusions kept (default 6). */
  readonly maxExcluded?: number;
}

/** Longest input looked at; a 10,000-character paste is cut, not refused. */
export const MAX_QUERY_CHARS = 512;
const MAX_TERM_CHARS = 80;
// Boolean words readers copy from other engines; every term is quoted for FTS, so dropping them
// is only about not requiring the word "or" in the results.
const OPERATOR_WORDS = new Set(["AND", "OR", "NOT", "NEAR"]);
const CONTROL_RE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
const QUOTES_RE = /[\u201C\u201D\u201E\u00AB\u00BB\u2033]/g;

function hasContent(text: string): boolean {
  return foldText(text) !== "";
}

function clip(text: string): string {
  return [...text].slice(0, MAX_TERM_CHARS).join("").trim();
}

/**
 * Parses what a reader typed into words, "exact phrases", prefix* terms and -exclusions. Never
 * throws: control characters and emoji are dropped, an unbalanced quote is ignored, typographic
 * quotes count as quotes, input is capped at `MAX_QUERY_CHARS` and the number of terms is capped.
 *
 * @example
 * parseQuery('"Amu Darya" water* -dam');
 * // { terms: [{ kind: "phrase", text: "Amu Darya" }, { kind: "prefix", text: "water" }],
 * //   excluded: [{ kind: "word", text: "dam" }] }
 */
export function parseQuery(input: string, options: ParseQueryOptions = {}): ParsedQuery {
  const maxTerms = options.maxTerms ?? 12;
  const maxExcluded = options.maxExcluded ?? 6;
  const text = [...input.slice(0, MAX_QUERY_CHARS * 2)]
    .slice(0, MAX_QUERY_CHARS)
    .join("")
    .replace(CONTROL_RE, " ")
    .replace(QUOTES_RE, '"');
  const terms: ParsedTerm[] = [];
  const excluded: ParsedTerm[] = [];
  const seen = new Set<string>();

  const push = (term: ParsedTerm, negative: boolean): void => {
    if (!hasContent(term.text)) return;
    const key = `${negative ? "-" : "+"}${term.kind}:${foldText(term.text)}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (negative) {
      if (excluded.length < maxExcluded) excluded.push(term);
    } else if (terms.length < maxTerms) {
      terms.push(term);
    }
  };

  // An unbalanced last quote is dropped, so `"Amu Darya` reads as two words.
  const quoteCount = (text.match(/"/g) ?? []).length;
  const usable =
    quoteCount % 2 === 1
      ? `${text.slice(0, text.lastIndexOf('"'))} ${text.slice(text.lastIndexOf('"') + 1)}`
      : text;
  const pattern = /(-?)"([^"]*)"|(\S+)/g;
  for (const match of usable.matchAll(pattern)) {
    if (match[2] !== undefined) {
      const phrase = clip(match[2].replace(/\s+/g, " "));
      const words = phrase.split(" ").filter(hasContent);
      if (words.length === 1 && words[0] !== undefined)
        push({ kind: "word", text: words[0] }, match[1] === "-");
      else if (words.length > 1) push({ kind: "phrase", text: phrase }, match[1] === "-");
      continue;
    }
    let word = match[3] ?? "";
    if (OPERATOR_WORDS.has(word)) continue;
    let negative = false;
    if (word.startsWith("-") && word.length > 1) {
      negative = true;
      word = word.replace(/^-+/, "");
    }
    word = word.replace(/"/g, "");
    let kind: ParsedTerm["kind"] = "word";
    if (/\*+$/.test(word)) {
      word = word.replace(/\*+$/, "");
      // One-letter prefixes would match half the index; they are read as plain words.
      kind = [...foldText(word).replace(/ /g, "")].length >= 2 ? "prefix" : "word";
    }
    word = clip(word.replace(/\*/g, " ").replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ""));
    if (word.includes(" ")) {
      for (const part of word.split(/\s+/)) push({ kind: "word", text: part }, negative);
    } else {
      push({ kind, text: word }, negative);
    }
  }
  return { terms, excluded };
}

/**
 * Writes a parsed query back as a reader would type it (for "did you mean" links).
 *
 * @example
 * formatQuery(parseQuery('"amu darya" -dam')); // '"amu darya" -dam'
 */
export function formatQuery(query: ParsedQuery): string {
  const one = (term: ParsedTerm): string =>
    term.kind === "phrase" ? `"${term.text}"` : term.kind === "prefix" ? `${term.text}*` : term.text;
  return [...query.terms.map(one), ...query.excluded.map((t) => `-${one(t)}`)].join(" ");
}
