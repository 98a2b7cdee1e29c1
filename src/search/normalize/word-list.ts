/**
 * The word scanner and the folding rules shared by `foldText`, `tokenize`, the text analyser and
 * the gazetteer.
 *
 * A word is what this regular expression matches (the definition; `WordList.scan` reproduces it):
 *
 *   [\p{L}\p{N}][\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060\uFEFF]*
 *   (?:['\u2019\u2018`\u00B4\u2032][\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060\uFEFF]+)*
 *
 * i.e. it starts with a letter or digit, may hold marks and invisible characters, and
 * apostrophes only between word characters. Running that regex per word, then NFKC, lower case
 * and a per-character fold, cost about a microsecond per word; indexing and import run it over
 * every article. The scanner reads char codes instead, with a table for the code points news text
 * is made of (ASCII, Latin-1 and Latin Extended, Cyrillic U+0400–U+052F, General Punctuation);
 * only other code points go through the Unicode property regexes. A word made only of "simple"
 * table characters is folded through the table; any other word takes `foldWordSlow`, the
 * original rules unchanged. Both paths give the same result for every input: see "Why the table
 * is exact" below, and reference-impl.test.ts, which compares them with the original code.
 */

import { Buffer } from "node:buffer";

// Apostrophe look-alikes seen in Uzbek Latin (o‘ g‘ and the tutuq belgisi ʼ), in typographic
// quotes and in transliteration output (ʼ for ь, ˮ for ъ). Inside a word they are dropped so that
// O‘zbekiston, O'zbekiston and Ozbekiston fold to the same word.
const APOSTROPHES: ReadonlySet<string> = new Set([
  "'",
  "\u2019",
  "\u2018",
  "\u02BB",
  "\u02BC",
  "`",
  "\u00B4",
  "\u2032",
  "\u02EE",
]);
// Soft hyphen, zero-width space/joiners, word joiner, BOM: invisible, and they must not split a word.
const INVISIBLE: ReadonlySet<string> = new Set(["\u00AD", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"]);
// The apostrophes that may join two runs of word characters (a subset of APOSTROPHES: ʻ ʼ ˮ are
// letters, so they are word characters themselves).
const JOINING_APOSTROPHES = "'\u2019\u2018`\u00B4\u2032";
const LATIN_RE = /\p{Script=Latin}/u;
const CYRILLIC_RE = /\p{Script=Cyrillic}/u;
const MARK_RE = /\p{M}/u;
const MARKS_RE = /\p{M}/gu;
const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;
const POSSESSIVE_RE = /(?<=[a-fh-np-z])['\u2019\u2018`\u00B4\u2032]s$/u;
const WORD_START_RE = /^[\p{L}\p{N}]$/u;
const WORD_CHAR_RE = /^[\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060\uFEFF]$/u;
const WHITESPACE_RE = /\s/u;

// Latin letters that carry no combining mark under NFD but still need an ASCII form.
// ə is the Azerbaijani/Kazakh-Latin schwa (Əliyev = Aliyev), so it folds to "a".
const LATIN_SPECIAL: Readonly<Record<string, string>> = {
  ß: "ss",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  æ: "ae",
  œ: "oe",
  ı: "i",
  ə: "a",
  ŋ: "ng",
};

// Lower-case homoglyphs used when a word mixes scripts (a Latin "o" typed inside a Russian word).
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: "а",
  c: "с",
  e: "е",
  o: "о",
  p: "р",
  x: "х",
  y: "у",
  k: "к",
  i: "і",
};
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(LATIN_TO_CYRILLIC).map(([latin, cyrillic]) => [cyrillic, latin]),
);

/**
 * Folds one character that is already NFKC-normalised and lower-cased.
 *
 * й is deliberately kept: under NFD it is и + breve, so a blanket mark-strip would merge
 * distinct Russian words (мой "my" / мои "my, plural", край / краи) and break transliteration
 * (й → y, и → i). The same holds for ў (Uzbek), ӣ and ӯ (Tajik), which also decompose; the
 * Kazakh letters ә ғ қ ң ө ұ ү һ і do not decompose and are kept as they are for the
 * transliterator. Only ё is folded (to е), because Russian print usually omits its dots.
 */
function foldChar(ch: string): string {
  if (APOSTROPHES.has(ch) || INVISIBLE.has(ch)) return "";
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x80) return ch;
  if (ch === "ё") return "е";
  if (MARK_RE.test(ch)) return ""; // stress accents and other marks NFKC could not compose
  if (LATIN_RE.test(ch)) {
    const special = LATIN_SPECIAL[ch];
    if (special !== undefined) return special;
    return ch.normalize("NFD").replace(MARKS_RE, "");
  }
  return LETTER_OR_DIGIT_RE.test(ch) ? ch : " ";
}

function fixMixedScript(word: string): string {
  let latin = 0;
  let cyrillic = 0;
  for (const ch of word) {
    if (ch >= "a" && ch <= "z") latin++;
    else if (CYRILLIC_RE.test(ch)) cyrillic++;
  }
  if (latin === 0 || cyrillic === 0) return word;
  const table = cyrillic >= latin ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
  let out = "";
  for (const ch of word) out += table[ch] ?? ch;
  return out;
}

/**
 * Folds one raw word by the full rules: NFKC, lower case, English possessive dropped, each
 * character folded, mixed scripts repaired, trimmed. May return "" or, for NFKC expansions such
 * as "½", a string with spaces. The scanner's table path gives the same result faster for words
 * made of simple characters; this is the definition, and the path for everything else.
 */
function foldWordSlow(raw: string): string {
  let s = raw.normalize("NFKC").toLowerCase();
  // English possessive: "Kazakhstan’s" → "kazakhstan". Not after o/g, where the apostrophe is
  // more likely the Uzbek o‘/g‘ letter.
  s = s.replace(POSSESSIVE_RE, "");
  let out = "";
  for (const ch of s) out += foldChar(ch);
  return fixMixedScript(out).trim();
}

/*
 * Character table, one entry per UTF-16 code unit. Two ranges are covered: below
 * TABLE_HOLE_START and from TABLE_HOLE_END to TABLE_END; everything else is marked UNKNOWN and
 * classified by regex.
 *
 * Why the table is exact. A character is SIMPLE when it can occur in a word, NFKC leaves it
 * alone, it is not a mark, it lower-cases to exactly one code unit, it is not Greek (Σ lower-cases
 * by context) and its fold holds no whitespace. For a word made only of simple characters:
 * - NFKC changes nothing: each character is stable alone, and no pair of them composes (no
 *   simple character is the second half of a canonical composition; reference-impl.test.ts
 *   checks every pair), so there is nothing to decompose, reorder or compose;
 * - lower-casing works character by character (no context rules outside Greek, no expansions);
 * - so foldWordSlow reduces to: possessive check on the last three characters, the table's
 *   per-character fold (foldChar of the lower-cased character, computed by foldChar itself
 *   below), fixMixedScript when both a-z and Cyrillic appear, and no trim needed.
 */
const TABLE_END = 0x2070;
const TABLE_HOLE_START = 0x0530;
const TABLE_HOLE_END = 0x2000;
/** May start a word: \p{L} or \p{N}. */
const START = 1;
/** May continue a word: \p{L}, \p{M}, \p{N} or an invisible character. */
const CONT = 2;
/** May join two runs of word characters. */
const APOS = 4;
/** Folds through the table (see above). */
const SIMPLE = 8;
/** Lower-cases to a-z except g and o: may precede a possessive ’s. */
const POSSESSIVE_BEFORE = 16;
/** Lower-cases to "s". */
const LOWER_S = 32;
/** Its fold is just its lower-case form, so a run of these folds by `toLowerCase`. */
const FOLD_IS_LOWER = 64;
/** Its fold contains a-z. */
const OUT_LATIN = 128;
/** Its fold contains a Cyrillic letter. */
const OUT_CYRILLIC = 256;
/** Not in the table: classify by regex. */
const UNKNOWN = 512;
/** `classify` returns a code point's width in code units above this bit. */
const WIDTH_SHIFT = 12;
/** The flags a word keeps per character class (all of them fit below OR_SHIFT). */
const FLAG_MASK = 0x3ff;
const OR_SHIFT = 10;

interface CharTable {
  readonly flags: Uint16Array;
  readonly folds: readonly string[];
}

// Built from the rules above (foldChar, the Unicode regexes, the runtime's own NFKC and case
// mapping), so the table cannot drift from the slow path: a module-level constant, computed once
// at import (a few milliseconds, most of it compiling the Unicode property regexes that the first
// text would compile anyway) and never written after.
function buildCharTable(): CharTable {
  // Flags span the whole BMP so that the scanning loop needs no range check; beyond the two
  // covered ranges every entry is UNKNOWN (surrogates included).
  const flags = new Uint16Array(0x10000).fill(UNKNOWN);
  const folds: string[] = new Array<string>(TABLE_END).fill("");
  for (let code = 0; code < TABLE_END; code++) {
    if (code >= TABLE_HOLE_START && code < TABLE_HOLE_END) continue;
    const ch = String.fromCharCode(code);
    let f = 0;
    // A word character (WORD_CHAR_RE) is a letter, digit, mark or invisible character.
    const mark = MARK_RE.test(ch);
    if (WORD_START_RE.test(ch)) f |= START | CONT;
    else if (mark || INVISIBLE.has(ch)) f |= CONT;
    if (JOINING_APOSTROPHES.includes(ch)) f |= APOS;
    const lower = ch.toLowerCase();
    const greek = code >= 0x0370 && code < 0x0400;
    if ((f & (CONT | APOS)) !== 0 && !greek && lower.length === 1 && !mark) {
      const fold = foldChar(lower);
      if (ch.normalize("NFKC") === ch && !WHITESPACE_RE.test(fold)) {
        f |= SIMPLE;
        folds[code] = fold;
        if (/^[a-fh-np-z]$/.test(lower)) f |= POSSESSIVE_BEFORE;
        if (lower === "s") f |= LOWER_S;
        if (fold === lower) f |= FOLD_IS_LOWER;
        if (/[a-z]/.test(fold)) f |= OUT_LATIN;
        if (CYRILLIC_RE.test(fold)) f |= OUT_CYRILLIC;
      }
    }
    flags[code] = f;
  }
  return { flags, folds };
}

const CHAR_TABLE = buildCharTable();

// Hot loops call String methods through these constants rather than as `text.charCodeAt(i)`:
// once a call site has seen more than four string representations (literals, slices, ropes,
// one- and two-byte), V8 makes the method look-up megamorphic and the loop ~5x slower. The
// gazetteer's start-up alone feeds it that many. A constant target needs no receiver feedback.
const charCodeAt = String.prototype.charCodeAt;
const slice = String.prototype.slice;

// The scanning loop reads the text's UTF-16 code units from a typed array rather than with
// charCodeAt, which re-checks the string's representation (flat, rope, slice; one or two bytes
// per unit) for every character: half the loop's time, measured. Buffer's "utf16le" write
// copies the units natively, unpaired surrogates included; it matches a Uint16Array's layout
// on little-endian machines only, so big-endian ones copy with charCodeAt.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

// FNV-1a, as hashWord in word-table.ts.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * True when the code unit is one of the hyphens that join the parts of a compound word.
 *
 * @example
 * isHyphenCode("Alma-Ata".charCodeAt(4)); // true
 * isHyphenCode("–".charCodeAt(0)); // false: an en dash separates, it does not join
 */
export function isHyphenCode(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011;
}

/**
 * True when a word is a number written in ASCII digits ("2024", "15000"): the string form of
 * {@link WordList.asciiNumber}, for words that are already strings.
 *
 * @example
 * isAsciiNumber("2024"); // true
 * isAsciiNumber("x86"); // false
 */
export function isAsciiNumber(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return word.length > 0;
}

/**
 * The words of one text, in order, with their UTF-16 offsets, and their folds. Reusable: each
 * `scan` replaces the previous contents, so a caller that reads many texts (an analyser, a
 * gazetteer) keeps one list and allocates nothing per word.
 *
 * @example
 * const words = new WordList();
 * words.scan("Alma-Ata, 1991");
 * for (let k = 0; k < words.count; k++) console.log(words.start(k), words.end(k), words.fold(k));
 * // 0 4 "alma", 5 8 "ata", 10 14 "1991"
 */
export class WordList {
  /** Words found by the last `scan`. */
  count = 0;
  private text = "";
  private starts: Int32Array;
  private ends: Int32Array;
  private hashes: Int32Array;
  // The text's code units (see LITTLE_ENDIAN), and the same memory as a Buffer to write them.
  private units: Uint16Array;
  private unitBytes: Buffer;
  // The character table (see buildCharTable).
  private readonly table: Uint16Array;
  private readonly folds: readonly string[];

  /**
   * Room to make at first for `capacity` words in texts of `textLength` code units; the list
   * grows as needed.
   */
  constructor(capacity = 256, textLength = capacity * 4) {
    const size = Math.max(16, capacity);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.hashes = new Int32Array(size);
    this.units = new Uint16Array(Math.max(16, textLength));
    this.unitBytes = Buffer.from(this.units.buffer, this.units.byteOffset, this.units.byteLength);
    this.table = CHAR_TABLE.flags;
    this.folds = CHAR_TABLE.folds;
  }

  /** The code unit at `pos` of the text last scanned (text.charCodeAt(pos)). */
  codeAt(pos: number): number {
    return this.units[pos] as number;
  }

  /**
   * The code units of the text last scanned, from 0 to its length (beyond it: leftovers).
   * Valid until the next `scan`; for `WordTable`, which compares words without strings.
   */
  codeUnits(): Uint16Array {
    return this.units;
  }

  /** Offset of word k's first code unit. */
  start(k: number): number {
    return this.starts[k] as number;
  }

  /** Offset one past word k's last code unit. */
  end(k: number): number {
    return this.ends[k] as number;
  }

  /** `hashWord(text, start(k), end(k))`, for `WordTable` look-ups. */
  hash(k: number): number {
    return this.hashes[k] as number;
  }

  /**
   * True when word k is a number written in ASCII digits ("2024", "15000"). Callers keep such
   * words out of their per-word caches: numbers are the one part of a news vocabulary that never
   * stops growing (years, sums, ids), each seldom repeats, and they are cheap to analyse anew.
   */
  asciiNumber(k: number): boolean {
    const units = this.units;
    const end = this.ends[k] as number;
    let i = this.starts[k] as number;
    if (i >= end) return false;
    for (; i < end; i++) {
      const unit = units[i] as number;
      if (unit < 0x30 || unit > 0x39) return false;
    }
    return true;
  }

  /**
   * True when word k folds through the table: its fold then holds no whitespace. False means
   * the full rules run, which may yield spaces ("½" → "1 2").
   */
  simple(k: number): boolean {
    return (this.charFlags(k) & SIMPLE) !== 0;
  }

  // The AND of word k's characters' table flags in the low bits, their OR above OR_SHIFT.
  // Computed on demand (only words not in a caller's cache need it), not while scanning. A code
  // point outside the table reads as UNKNOWN, which clears SIMPLE, as it should.
  private charFlags(k: number): number {
    const units = this.units;
    const table = this.table;
    const end = this.ends[k] as number;
    let all = FLAG_MASK;
    let either = 0;
    for (let i = this.starts[k] as number; i < end; i++) {
      const f = table[units[i] as number] as number;
      all &= f;
      either |= f;
    }
    return (all & FLAG_MASK) | ((either & FLAG_MASK) << OR_SHIFT);
  }

  /** Word k as written. */
  raw(k: number): string {
    return slice.call(this.text, this.starts[k], this.ends[k]);
  }

  /** Finds the words of `text`, replacing the list's contents. */
  scan(text: string): void {
    this.text = text;
    this.count = 0;
    const length = text.length;
    if (length > this.units.length) {
      this.units = new Uint16Array(Math.max(length, this.units.length * 2));
      this.unitBytes = Buffer.from(this.units.buffer, this.units.byteOffset, this.units.byteLength);
    }
    if (LITTLE_ENDIAN) {
      this.unitBytes.write(text, 0, length * 2, "utf16le");
    } else {
      for (let i = 0; i < length; i++) this.units[i] = charCodeAt.call(text, i);
    }
    let pos = 0;
    // The table loop does nearly all the work; it stops where it cannot go on (a code point
    // outside the table, a full list), and the slow path takes one word from there.
    while (pos < length) {
      pos = this.scanTable(text, pos);
      if (pos >= length) break;
      if (this.count === this.starts.length) this.grow();
      else pos = this.scanOne(text, pos);
    }
  }

  /*
   * Why two scanning loops. The loop over characters runs once per text, for thousands of
   * iterations. If V8 optimises such a loop and a branch it has never run turns up later (the
   * first emoji after a hundred articles without one), it deoptimises, and Node 20's V8 then left
   * it unoptimised for the rest of the process: three times slower, measured. So `scanTable`
   * has no rare branch that needs type feedback: an apostrophe is taken like any character and
   * given back if no word character follows, and everything rare (code points outside the table,
   * a full list) ends the loop instead of being handled in it. `scanOne` handles those, one word
   * at a time, with the full classification.
   */

  // Words made of table characters from `pos` on. Returns the text's length when done, else the
  // position from which `scanOne` must go on (a word or gap holding a code point outside the
  // table, or a word that did not fit).
  private scanTable(text: string, pos: number): number {
    const length = text.length;
    const units = this.units;
    const table = this.table;
    const starts = this.starts;
    const ends = this.ends;
    const hashes = this.hashes;
    const capacity = starts.length;
    let count = this.count;
    let resume = length;
    words: for (;;) {
      let f = 0;
      // Find a character that may start a word.
      for (;;) {
        if (pos >= length) break words;
        f = table[units[pos] as number] as number;
        if ((f & START) !== 0) break;
        if (f === UNKNOWN) {
          resume = pos;
          break words;
        }
        pos++;
      }
      const start = pos;
      // FNV-1a over the word's code units (as hashWord in word-table.ts), while reading them.
      let hash = Math.imul(FNV_OFFSET ^ (units[pos] as number), FNV_PRIME);
      pos++;
      // An apostrophe is taken provisionally, with the hash before it kept, and given back if
      // the next character does not continue the word.
      let apostrophe = false;
      let hashBefore = 0;
      f = 0;
      while (pos < length) {
        const code = units[pos] as number;
        f = table[code] as number;
        if ((f & CONT) !== 0) {
          apostrophe = false;
        } else if ((f & APOS) !== 0 && !apostrophe) {
          apostrophe = true;
          hashBefore = hash;
        } else {
          break;
        }
        hash = Math.imul(hash ^ code, FNV_PRIME);
        pos++;
      }
      // The word may go on with a code point outside the table: let scanOne read all of it.
      if (f === UNKNOWN || count === capacity) {
        resume = start;
        break;
      }
      const end = pos - (apostrophe ? 1 : 0);
      starts[count] = start;
      ends[count] = end;
      hashes[count] = apostrophe ? hashBefore : hash;
      count++;
      pos = end;
    }
    this.count = count;
    return resume;
  }

  // The next word from `pos` with every code point classified (slow, for the rare cases
  // scanTable stops at). Returns the position after it, or the text's length if there is none.
  private scanOne(text: string, pos: number): number {
    const length = text.length;
    let f = 0;
    for (;;) {
      if (pos >= length) return length;
      f = classify(this.table, text, pos);
      if ((f & START) !== 0) break;
      pos += f >>> WIDTH_SHIFT;
    }
    const start = pos;
    let hash = FNV_OFFSET;
    for (;;) {
      // Take the code point at pos (known to belong to the word), then look at the next one.
      const width = f >>> WIDTH_SHIFT;
      for (let i = 0; i < width; i++) hash = Math.imul(hash ^ charCodeAt.call(text, pos + i), FNV_PRIME);
      pos += width;
      if (pos >= length) break;
      f = classify(this.table, text, pos);
      if ((f & CONT) !== 0) continue;
      if ((f & APOS) === 0 || pos + 1 >= length || (classify(this.table, text, pos + 1) & CONT) === 0) break;
    }
    if (this.count === this.starts.length) this.grow();
    this.starts[this.count] = start;
    this.ends[this.count] = pos;
    this.hashes[this.count] = hash;
    this.count++;
    return pos;
  }

  /**
   * Word k folded and trimmed: "" for a word that folds to nothing (a lone ʼ), and for NFKC
   * expansions ("½" → "1 2") a string with spaces between the pieces.
   */
  fold(k: number): string {
    const flags = this.charFlags(k);
    if ((flags & SIMPLE) === 0) return foldWordSlow(this.raw(k));
    const text = this.text;
    const units = this.units;
    const table = this.table;
    const folds = this.folds;
    const start = this.starts[k] as number;
    let end = this.ends[k] as number;
    // English possessive ’s (see foldWordSlow): the apostrophe folds to "" anyway, so only the
    // "s" needs dropping. The dropped "s" changes neither flag used below: FOLD_IS_LOWER holds
    // for "s", and a possessive follows an a-z letter, so OUT_LATIN stays set.
    if (
      end - start >= 3 &&
      ((table[units[end - 1] as number] as number) & LOWER_S) !== 0 &&
      ((table[units[end - 2] as number] as number) & APOS) !== 0 &&
      ((table[units[end - 3] as number] as number) & POSSESSIVE_BEFORE) !== 0
    ) {
      end--;
    }
    let out: string;
    if ((flags & FOLD_IS_LOWER) !== 0) {
      out = slice.call(text, start, end).toLowerCase();
    } else {
      out = "";
      for (let i = start; i < end; i++) out += folds[units[i] as number] as string;
    }
    const either = flags >>> OR_SHIFT;
    if ((either & OUT_LATIN) !== 0 && (either & OUT_CYRILLIC) !== 0) out = fixMixedScript(out);
    return out;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const grown = (old: Int32Array): Int32Array => {
      const next = new Int32Array(size);
      next.set(old);
      return next;
    };
    this.starts = grown(this.starts);
    this.ends = grown(this.ends);
    this.hashes = grown(this.hashes);
  }
}

/**
 * Table flags of the code point at `pos`, whether or not the table covers it, with its width in
 * code units (1, or 2 for a surrogate pair) above WIDTH_SHIFT. A lone surrogate is a code point
 * of its own, and no word character, as in the regular expression.
 */
function classify(table: Uint16Array, text: string, pos: number): number {
  const code = charCodeAt.call(text, pos);
  if (table[code] !== UNKNOWN) return (table[code] as number) | (1 << WIDTH_SHIFT);
  const width =
    code >= 0xd800 &&
    code <= 0xdbff &&
    pos + 1 < text.length &&
    isLowSurrogate(charCodeAt.call(text, pos + 1))
      ? 2
      : 1;
  const ch = slice.call(text, pos, pos + width);
  if (WORD_START_RE.test(ch)) return START | CONT | (width << WIDTH_SHIFT);
  return (WORD_CHAR_RE.test(ch) ? CONT : 0) | (width << WIDTH_SHIFT);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
