import { foldText } from "./fold.js";
import { transliterate } from "./transliterate.js";

/*
 * A name key is a lossy Latin "skeleton" of a name: the spellings a reader might type for the
 * same name collapse to one key, in either script. Keys are opaque (sh is written "w", ch "c")
 * and only ever compared with other keys, in their own index column.
 *
 * Steps, in order:
 *
 * | step | rule                                              | example                               |
 * |------|---------------------------------------------------|---------------------------------------|
 * | 1    | Turkic/Slavic Latin letters → digraphs            | ş→sh ç→ch ž→zh š→sh č→ch ğ→gh ñ→ng     |
 * | 2    | foldText; words and hyphen parts joined           | Alma-Ata → almaata, O‘zbekiston → oz… |
 * | 3    | Cyrillic only: surname case endings               | Токаевым, Токаевой → токаев            |
 * |      | -(ов/ев/ин/ын) + (ым ом ой ою ых ыми) → stem        | Жапаровыми → жапаров                   |
 * | 4    | Cyrillic only: -ом -ем -ой -ей -ою -ею removed    | Ташкентом → ташкент, Китаем → кита     |
 * |      | when ≥ 5 letters remain, or ≥ 3 ending in a vowel | (Бахром, Ислом are left alone)         |
 * | 5    | transliterate (BGN-style), marks and ʼ ˮ dropped  | Мирзиёев → mirziyeyev                  |
 * | 6    | shch→w, dzh→j, tch→c, sh→w, ch→c, zh/dj→j,        | Zhaparov, Dzhaparov → japarov          |
 * |      | kh→h, gh→g, ph→f, ck→k                            | Qaraghandy → karagandy                 |
 * | 7    | ye→e, yo→e (ё is folded to е on the Cyrillic side)| Tokayev → tokaev, Mirziyoyev → mirzieev|
 * | 8    | x→ks, q→k, w→v, c→k (c not in ch), y→i            | Kyrgyz → kirgiz, Berdimuhamedow → …v  |
 * | 9    | io before a vowel → ie; i between a vowel and e   | Mirzioyev → mirzieev, Tokaiev → tokaev |
 * |      | dropped (the -yev/-iev/-ev endings)               |                                       |
 * | 10   | doubled letters → one                             | Jeenbekov → jenbekov, Issyk → isik     |
 * | 11   | trailing vowels dropped while ≥ 4 letters remain  | Otunbayeva → otunbaev, Almaty → almat  |
 *
 * Deliberately NOT folded: ch vs sh (Chimkent → Shymkent is a renaming, handled by the
 * gazetteer), o vs a (Toshkent/Tashkent), k vs h (Kazakhstan/Qazaqstan), renamed places
 * (Kirghizia/Kyrgyzstan). Those pairs are joined through the gazetteer instead, because folding
 * them would merge too many unrelated names.
 */

const PRE_MAP: Readonly<Record<string, string>> = {
  ş: "sh",
  š: "sh",
  ç: "ch",
  č: "ch",
  ž: "zh",
  ğ: "gh",
  ñ: "ng",
};
const PRE_MAP_RE = /[şšçčžğñ]/gu;
const CYRILLIC_RE = /\p{Script=Cyrillic}/u;
const SURNAME_CASE_RE = /^(.{2,}?(?:ов|ев|ин|ын))(?:ыми|ым|ом|ой|ою|ых)$/u;
const OBLIQUE_RE = /^(.+?)(?:ом|ем|ой|ей|ою|ею)$/u;
const CYRILLIC_VOWELS = new Set([..."аеиоуыэюяәөұүіўӣӯ"]);

// Longest first; the scanner tries 4, 3, 2, then 1 characters at each position.
const SKELETON: ReadonlyMap<string, string> = new Map([
  ["shch", "w"],
  ["dzh", "j"],
  ["tch", "c"],
  ["sh", "w"],
  ["ch", "c"],
  ["zh", "j"],
  ["dj", "j"],
  ["kh", "h"],
  ["gh", "g"],
  ["ph", "f"],
  ["ck", "k"],
  ["ye", "e"],
  ["yo", "e"],
  ["x", "ks"],
  ["q", "k"],
  ["w", "v"],
  ["c", "k"],
  ["y", "i"],
]);
const VOWELS = new Set(["a", "e", "i", "o", "u"]);
const MIN_KEY_AFTER_TRIM = 4;

function stripCyrillicEndings(word: string): string {
  const surname = SURNAME_CASE_RE.exec(word);
  if (surname?.[1] !== undefined) return surname[1];
  const oblique = OBLIQUE_RE.exec(word);
  const stem = oblique?.[1];
  if (stem === undefined) return word;
  const length = [...stem].length;
  const last = stem.slice(-1);
  if (length >= 5 || (length >= 3 && CYRILLIC_VOWELS.has(last))) return stem;
  return word;
}

function skeleton(latin: string): string {
  let mapped = "";
  let i = 0;
  while (i < latin.length) {
    let matched = false;
    for (let size = 4; size >= 1; size--) {
      const piece = latin.slice(i, i + size);
      const replacement = piece.length === size ? SKELETON.get(piece) : undefined;
      if (replacement !== undefined) {
        mapped += replacement;
        i += size;
        matched = true;
        break;
      }
    }
    if (!matched) {
      mapped += latin[i] ?? "";
      i++;
    }
  }
  let out = mapped.replace(/io(?=[aeiou])/g, "ie").replace(/(?<=[aeou])i(?=e)/g, "");
  out = out.replace(/(.)\1+/g, "$1");
  while (out.length > MIN_KEY_AFTER_TRIM && VOWELS.has(out.slice(-1))) out = out.slice(0, -1);
  return out;
}

/**
 * Computes the spelling-variant key of a name (one word, a hyphenated word or a short phrase,
 * Latin or Cyrillic). Returns "" when the input has no letters or digits.
 *
 * @example
 * nameKey("Mirziyoyev") === nameKey("Мирзиёевым"); // true
 * nameKey("Zhaparov") === nameKey("Japarov"); // true
 * nameKey("Shymkent") === nameKey("Chimkent"); // false: a renaming, see the gazetteer
 */
export function nameKey(word: string): string {
  const premapped = word
    .normalize("NFKC")
    .toLowerCase()
    .replace(PRE_MAP_RE, (ch) => PRE_MAP[ch] ?? ch);
  let joined = foldText(premapped).replace(/ /g, "");
  if (joined === "") return "";
  if (CYRILLIC_RE.test(joined)) {
    joined = foldText(transliterate(stripCyrillicEndings(joined))).replace(/ /g, "");
  }
  return skeleton(joined);
}
