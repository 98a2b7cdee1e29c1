/**
 * Cyrillic → Latin transliteration in the style of the BGN/PCGN romanisation systems, ported by
 * hand (no ICU in Node): Russian 1947, plus the extra letters of Kazakh, Kyrgyz, Uzbek Cyrillic
 * and Tajik. Letters shared with Russian follow the Russian table whatever the language, because
 * a news text rarely says which language a single name is in; that is good enough for search keys
 * and readable output, not for cartography.
 *
 * Not ported: BGN's optional middle dot (t·s for тс vs ц), and language-specific values of the
 * shared letters (Uzbek ж → j, Kazakh у → w).
 */

export interface TransliterateOptions {
  /**
   * Plain ASCII output: ë → "yo"/"o", ä ö ü ū ŭ ī without marks, and the ʼ ˮ of ь ъ dropped.
   * Default false (BGN-style marks kept).
   */
  readonly ascii?: boolean;
}

// Values per letter as [BGN-style, ASCII].
const TABLE: Readonly<Record<string, readonly [string, string]>> = {
  а: ["a", "a"],
  б: ["b", "b"],
  в: ["v", "v"],
  г: ["g", "g"],
  д: ["d", "d"],
  ж: ["zh", "zh"],
  з: ["z", "z"],
  и: ["i", "i"],
  й: ["y", "y"],
  к: ["k", "k"],
  л: ["l", "l"],
  м: ["m", "m"],
  н: ["n", "n"],
  о: ["o", "o"],
  п: ["p", "p"],
  р: ["r", "r"],
  с: ["s", "s"],
  т: ["t", "t"],
  у: ["u", "u"],
  ф: ["f", "f"],
  х: ["kh", "kh"],
  ц: ["ts", "ts"],
  ч: ["ch", "ch"],
  ш: ["sh", "sh"],
  щ: ["shch", "shch"],
  ъ: ["\u02EE", ""],
  ы: ["y", "y"],
  ь: ["\u02BC", ""],
  э: ["e", "e"],
  ю: ["yu", "yu"],
  я: ["ya", "ya"],
  // Kazakh
  ә: ["ä", "a"],
  ғ: ["gh", "gh"],
  қ: ["q", "q"],
  ң: ["ng", "ng"],
  ө: ["ö", "o"],
  ұ: ["ū", "u"],
  ү: ["ü", "u"],
  һ: ["h", "h"],
  і: ["i", "i"],
  // Uzbek and Tajik
  ў: ["ŭ", "u"],
  ҳ: ["h", "h"],
  ҷ: ["j", "j"],
  ӣ: ["ī", "i"],
  ӯ: ["ū", "u"],
};

// After these, е and ё are iotated (ye, yë): vowels, й and the two signs.
const IOTATING = new Set([..."аеёиоуыэюяәөұүіўӣӯйъь"]);
// After the hushing consonants ё sounds "o" with no glide; ASCII output follows that.
const HUSHING = new Set([..."жчшщ"]);
const CYRILLIC_LETTER_RE = /\p{Script=Cyrillic}/u;

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function letterValue(lower: string, previous: string | undefined, ascii: boolean): string | undefined {
  const iotated = previous === undefined || !CYRILLIC_LETTER_RE.test(previous) || IOTATING.has(previous);
  if (lower === "е") return iotated ? "ye" : "e";
  if (lower === "ё") {
    if (!ascii) return iotated ? "yë" : "ë";
    return previous !== undefined && HUSHING.has(previous) ? "o" : "yo";
  }
  const entry = TABLE[lower];
  return entry === undefined ? undefined : entry[ascii ? 1 : 0];
}

/**
 * Transliterates Cyrillic letters to Latin; everything else passes through unchanged. Case is
 * kept: an upper-case letter next to another upper-case letter gives an all-caps digraph
 * (ЖАПАРОВ → ZHAPAROV), otherwise only its first letter is capitalised (Жапаров → Zhaparov).
 *
 * @example
 * transliterate("Мирзиёев"); // "Mirziyëyev"
 * transliterate("Мирзиёев", { ascii: true }); // "Mirziyoyev"
 * transliterate("Қарағанды"); // "Qaraghandy"
 */
export function transliterate(text: string, options: TransliterateOptions = {}): string {
  const ascii = options.ascii === true;
  const chars = [...text];
  let out = "";
  let previousLower: string | undefined;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? "";
    const lower = ch.toLowerCase();
    const value = letterValue(lower, previousLower, ascii);
    previousLower = lower;
    if (value === undefined) {
      out += ch;
      continue;
    }
    if (value === "" || !isUpper(ch)) {
      out += value;
    } else if (
      isUpper(chars[i + 1]) ||
      (isUpper(chars[i - 1]) && !CYRILLIC_LETTER_RE.test(chars[i + 1] ?? ""))
    ) {
      out += value.toUpperCase();
    } else {
      out += value.charAt(0).toUpperCase() + value.slice(1);
    }
  }
  return out;
}
