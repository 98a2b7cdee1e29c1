/*
 * Differential test: the optimised text analysis must give exactly what the original code gave
 * (reference-impl.test-helper.ts, a frozen copy) for every input: the synthetic benchmark
 * corpus, every gazetteer name and variant, a list of hostile and edge cases, every BMP code
 * unit alone and in context, a sample of astral code points, and seeded random strings.
 * Mismatches are collected and reported together, a few at a time, rather than one expect per
 * string (there are several hundred thousand comparisons).
 */
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../../bench/search-corpus.js";
import { seededRandom } from "../../core/seeded-random.js";
import { defaultGazetteerEntries } from "../gazetteer/data.js";
import { createGazetteer } from "../gazetteer/gazetteer.js";
import { analyzeQueryTerm, analyzeText, createTextAnalyzer } from "./analyze.js";
import { foldText, tokenize } from "./fold.js";
import { nameKey } from "./name-key.js";
import * as reference from "./reference-impl.test-helper.js";
import { createStemmer, detectWordLanguage } from "./stem.js";
import { transliterate } from "./transliterate.js";
import { WordList } from "./word-list.js";

type Lang = "en" | "ru" | undefined;

const corpus = [...generateCorpus({ count: 300 })];
const corpusTexts = corpus.flatMap((article) => [
  { text: article.title, lang: article.language },
  { text: article.dek, lang: article.language },
  { text: article.bodyText, lang: article.language },
]);

const entries = defaultGazetteerEntries();
const gazetteerNames = [
  ...new Set(
    entries.flatMap((entry) => {
      const names = [
        entry.en,
        entry.ru,
        ...(entry.local === undefined ? [] : [entry.local]),
        ...entry.variants,
      ];
      // Russian case forms and other casings, as texts and queries write them.
      return names.flatMap((name) => [
        name,
        name.toUpperCase(),
        name.toLowerCase(),
        ...["а", "у", "ым", "е", "ой", "ом", "ами"].map((ending) => `${name}${ending}`),
        `${name}’s`,
        ...name.split(/[\s-]+/),
      ]);
    }),
  ),
];

const HOSTILE: readonly string[] = [
  "",
  " ",
  "Mоscow",
  "Mосква Moskva",
  "Тoкаeв",
  "Tokаyev",
  "½",
  "¼ ¾ ⅓ ⅞",
  "ﬁnance ﬂow ﬀ",
  "Ⅻ Ⅳ ⅻ",
  "㎞ ㎏ ㏂ ⒈ ⑴ ①",
  "ＡＢＣ ｆｕｌｌ １２３",
  "ﷺ ﷻ", // Arabic ligatures whose NFKC holds spaces
  "e\u0301 Мирзиё\u0301ев и\u0306 a\u0308\u0304",
  "\u0301leading mark",
  "O‘zbekiston O'zbekiston Oʻzbekiston O’zbekiston O`zbekiston Oʼzbekiston",
  "g‘alla G‘ulomov Farg‘ona",
  "ʼ ˮ ʻ ʼʼʼ a ʼ b",
  "Ka\u00ADzakh\u00ADstan",
  "zero\u200Bwidth\u200Cjoin\u200Dword\u2060joiner\uFEFFbom",
  "\uFEFFBOM at start",
  "soft\u00AD-hyphen-\u00ADedge",
  "🎉 👍🏽 👨‍👩‍👧 🇰🇿 ❤️",
  "Токаев 🎉\u0000 встретился с Мирзиёевым.",
  "Alma-Ata Kassym-Jomart Нур-Султан Ust-Kamenogorsk Samruk-Kazyna",
  "Alma‐Ata Alma‑Ata Alma–Ata Alma—Ata",
  "a-b-c-d-e a-b-c-d-e-f -a- --b--",
  "Aa-Bb Aa-Bb-Cc Aa-Bb-Cc-Dd Aa-Bb-Cc-Dd-Ee Aa-Bb-Cc-Dd-Ee-Ff Aa-Bb-Cc-Dd-Ee-Ff-Gg aa-Bb-cc",
  "Аа-Бб-Вв-Гг-Дд Аа-Бб-Вв-Гг-Дд-Ее Усть-Каменогорск-2 Ust-Kamenogorsk-Oskemen",
  "1991-92 2020-2021 COVID-19 Ту-154 F-16",
  "a-½-b A-ﬁ-b",
  "a-ʼ-b A-ʼ-B",
  "Қазақстан Әлем Ғалым Ңң Өскемен Ұлы Үй Һ Іле ҚАЗАҚСТАН",
  "Ҷумҳурӣ Ҳисор Кӯлоб ӣӯҳҷ ӢӮҲҶ",
  "Ўзбекистон ўзбек",
  "İstanbul ISTANBUL ıstanbul İİ ı İ’s",
  "Şavkat MİRZİYOYEV Ñandú Gdańsk Ёлка ЁЖИК Øresund Łódź Þór Æsir œuvre Əliyev ŋ ß",
  "Ελλάδα ΟΔΥΣΣΕΥΣ σοφός Σ",
  // Σ lower-cases to ς at the end of a word, looking past soft hyphens and joiners.
  "ΟΔΥΣΣΕΥΣ\u00AD ΛΟΓΟΣ’ ΑΣ\u200B ΑΣ\u00ADΑ ΑΣ’s ΑΣ-ΒΣ ΣΣ",
  "中国 北京市 日本語 한국어 한글",
  "ᄀ\u1161 \u1100\u1161\u11A8",
  "עברית العربية हिन्दी",
  "\u0000\u0001\u0007\t\n\r\u001F\u007F\u0085\u009F",
  "a\u0000b\u0001c",
  "x".repeat(5000),
  "Ё‘".repeat(500),
  `${"a'".repeat(300)}${"-x".repeat(300)}!`,
  "\uD800 lone high \uDC00 lone low \uDBFF\uDBFF a\uD800b",
  "𝐀𝐁𝐂 𝕏 𝟙𝟚 𠀀𠀁",
  "Kazakhstan’s oil Bishkek's Tashkent`s O‘s g’s Ts's ’s 's",
  "don't it's rock'n'roll ''quoted'' a'' ''a",
  "a´b a′b a`b",
  "№5 §3 €100 ₸500 $20 100%",
  "«Астана—2024» „Ёж“ “quoted” ‹a› ›b‹",
  "...!!!???",
  "Mirziyoyev Mirziyoev Mirzioyev Мирзиёев Мирзиеев Мирзиёевым Мирзиёеву",
  "Tokayev Tokaev Toqaev Токаев Тоқаев Токаевым ТОКАЕВ",
  "Japarov Zhaparov Dzhaparov Djaparov Жапаров Жапарова",
  "Türkmenbaşy Turkmenbashi Туркменбаши Aşgabat Ashgabat",
  "Chimkent Shymkent Şymkent Шымкент Шымкента",
  "Amu Darya Amudarya Амударья Syr Darya Сырдарья",
  "Republic of Kazakhstan Республика Казахстан Kyrgyz Republic",
  "Aral Sea Аральское море Issyk-Kul Иссык-Куль Lake Balkhash",
  "Halyk Bank Kaspi Bank Kazatomprom KASE case Case",
  "Mary said Мары Mary oral Oral Орал",
  "Amu  Darya Amu\tDarya Amu\nDarya Amu-Darya Amu «Darya» Amu, Darya Amu\u00A0Darya",
  "Kassym-Jomart Tokayev Касым-Жомарт Токаев",
  "AMU DARYA amu darya",
  "\u0410\u0301лма-\u0410та",
  "A\u0308\u0308\u0308\u0308",
  "ab\u0483\u0488cd",
  "Ѐ ѐ Ѝ ѝ Ӂ ӂ Ӑ ӑ",
];

/** Random strings over a mixed alphabet: letters of every script here, marks, joiners, junk. */
function fuzzStrings(count: number, seed: number): string[] {
  const next = seededRandom(seed);
  const pools: readonly (readonly string[])[] = [
    [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"],
    [..."абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"],
    [..."әғқңөұүһіӘҒҚҢӨҰҮҺІӣӯҳҷӢӮҲҶўЎ"],
    [..."0123456789"],
    [" ", " ", " ", "-", "-", "\u2010", "\u2011", "–", ",", ".", "\n", "\t", "«", "»"],
    ["'", "\u2019", "\u2018", "`", "\u00B4", "\u2032", "\u02BB", "\u02BC", "\u02EE"],
    ["\u00AD", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"],
    ["\u0301", "\u0306", "\u0308", "\u0300", "\u0327", "\u0483"],
    [..."şçğñšžčİıöüäéèàôøłđðþæœßəŋŞÇĞÑŠŽČÖÜÄÉ"],
    [..."½¼ﬁﬂⅫⅳ㎞①ＡＢ１²"],
    [..."ΣσςΑαΩω中国日本한"],
    ["🎉", "👍🏽", "🇰🇿", "𝐀", "𠀀", "\uD800", "\uDC00", "\u0000", "\u0007", "\u007F"],
    ["s", "s", "S", "’s", "'s"],
  ];
  const weights = [14, 14, 4, 4, 12, 5, 2, 2, 4, 2, 2, 2, 3];
  const total = weights.reduce((a, b) => a + b, 0);
  const pick = (): string => {
    let r = next() * total;
    for (let i = 0; i < pools.length; i++) {
      r -= weights[i] ?? 0;
      if (r <= 0) {
        const pool = pools[i] ?? [];
        return pool[Math.floor(next() * pool.length)] ?? "";
      }
    }
    return " ";
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const length = Math.floor(next() * 30);
    let s = "";
    for (let k = 0; k < length; k++) s += pick();
    out.push(s);
  }
  return out;
}

const FUZZ = fuzzStrings(5000, 20_240_611);
// Each case compares tens of thousands of strings against the slow original; on a loaded
// machine that takes longer than the default timeout.
const SLOW = 120_000;

/** Collects mismatches between the reference and the new code, and counts comparisons. */
class Differ {
  compared = 0;
  readonly mismatches: string[] = [];

  check(what: string, input: string, expected: unknown, actual: unknown): void {
    this.compared++;
    const a = JSON.stringify(expected);
    const b = JSON.stringify(actual);
    if (a !== b && this.mismatches.length < 10) {
      this.mismatches.push(
        `${what}(${JSON.stringify(input.slice(0, 80))}): expected ${a.slice(0, 300)}, got ${b.slice(0, 300)}`,
      );
    }
  }
}

// Every string the word-level functions see: short inputs in full, long bodies once.
const shortInputs = [
  ...corpusTexts.filter((t) => t.text.length < 400).map((t) => t.text),
  ...gazetteerNames,
  ...HOSTILE,
  ...FUZZ,
];
const allInputs = [...corpusTexts.map((t) => t.text), ...gazetteerNames, ...HOSTILE, ...FUZZ];

describe("optimised text analysis matches the reference implementation", () => {
  it(
    "has inputs of every kind",
    () => {
      expect(corpusTexts.length).toBe(900);
      expect(gazetteerNames.length).toBeGreaterThan(5000);
      expect(FUZZ.length).toBe(5000);
    },
    SLOW,
  );

  it(
    "tokenize and foldText, with and without a fold cache",
    () => {
      const differ = new Differ();
      const oldCache = new Map<string, string>();
      const newCache = new Map<string, string>();
      for (const input of allInputs) {
        differ.check("tokenize", input, reference.tokenize(input), tokenize(input));
        differ.check("tokenize+cache", input, reference.tokenize(input, oldCache), tokenize(input, newCache));
        differ.check("foldText", input, reference.foldText(input), foldText(input));
      }
      differ.check("fold cache", "", [...oldCache], [...newCache]);
      expect(differ.mismatches).toEqual([]);
      expect(differ.compared).toBeGreaterThan(3 * 12_000);
    },
    SLOW,
  );

  it(
    "every BMP code unit alone and between letters, and a sample of astral code points",
    () => {
      const differ = new Differ();
      const inputs: string[] = [];
      for (let code = 0; code <= 0xffff; code++) {
        const ch = String.fromCharCode(code);
        inputs.push(ch, `a${ch}b`);
        // Context for the possessive and mixed-script rules, only where the table applies.
        if (code < 0x2070) inputs.push(`Tb${ch}s`, `Ка${ch}k`, `${ch}’s`, `a-${ch}`);
      }
      for (let code = 0x10000; code <= 0x10ffff; code += 97) {
        const ch = String.fromCodePoint(code);
        inputs.push(ch, `a${ch}b`);
      }
      for (const input of inputs) {
        differ.check("tokenize", input, reference.tokenize(input), tokenize(input));
        differ.check("foldText", input, reference.foldText(input), foldText(input));
      }
      expect(differ.mismatches).toEqual([]);
    },
    SLOW,
  );

  it(
    "NFKC and lower case work per character on the table's candidate characters",
    () => {
      // The table path assumes that no two of these compose or lower-case by context (see
      // word-scanner.ts). Candidates: word characters in the table ranges, NFKC-stable, not marks,
      // not Greek, which is a superset of the table's SIMPLE characters.
      const wordChar = /^[\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060\uFEFF'\u2019\u2018`\u00B4\u2032]$/u;
      const candidates: string[] = [];
      for (let code = 0; code < 0x2070; code++) {
        if (code >= 0x0530 && code < 0x2000) continue;
        if (code >= 0x0370 && code < 0x0400) continue;
        const ch = String.fromCharCode(code);
        if (wordChar.test(ch) && !/\p{M}/u.test(ch) && ch.normalize("NFKC") === ch) candidates.push(ch);
      }
      expect(candidates.length).toBeGreaterThan(800);
      const broken: string[] = [];
      for (const a of candidates) {
        for (const b of candidates) {
          const pair = a + b;
          if (pair.normalize("NFKC") !== pair || pair.toLowerCase() !== a.toLowerCase() + b.toLowerCase()) {
            broken.push(pair);
          }
        }
      }
      expect(broken).toEqual([]);
    },
    SLOW,
  );

  it(
    "nameKey, the stemmer, transliterate and detectWordLanguage",
    () => {
      const differ = new Differ();
      const oldStemmer = reference.createStemmer();
      const newStemmer = createStemmer();
      const words = new Set<string>(shortInputs);
      for (const t of corpusTexts)
        for (const token of reference.tokenize(t.text)) words.add(t.text.slice(token.start, token.end));
      for (const input of words) {
        differ.check("nameKey", input, reference.nameKey(input), nameKey(input));
        differ.check("stem", input, oldStemmer.stem(input), newStemmer.stem(input));
        differ.check("stem en", input, oldStemmer.stem(input, "en"), newStemmer.stem(input, "en"));
        differ.check("stem ru", input, oldStemmer.stem(input, "ru"), newStemmer.stem(input, "ru"));
        differ.check("queryStems", input, oldStemmer.queryStems(input), newStemmer.queryStems(input));
        differ.check("stemWord", input, reference.stemWord(input), newStemmer.stem(input));
        differ.check(
          "detectWordLanguage",
          input,
          reference.detectWordLanguage(input),
          detectWordLanguage(input),
        );
        differ.check("transliterate", input, reference.transliterate(input), transliterate(input));
        differ.check(
          "transliterate ascii",
          input,
          reference.transliterate(input, { ascii: true }),
          transliterate(input, { ascii: true }),
        );
      }
      // stemFolded takes the fold a WordList gave: every word of every input, as scanned.
      const list = new WordList(1024);
      for (const input of allInputs) {
        list.scan(input);
        for (let k = 0; k < list.count; k++) {
          const raw = input.slice(list.start(k), list.end(k));
          differ.check("stemFolded", raw, oldStemmer.stem(raw), newStemmer.stemFolded(raw, list.fold(k)));
        }
      }
      expect(differ.mismatches).toEqual([]);
      expect(differ.compared).toBeGreaterThan(9 * 15_000);
    },
    SLOW,
  );

  it(
    "analyzeText, and long-lived analysers with warm and with tiny caches",
    () => {
      const differ = new Differ();
      const langs: readonly Lang[] = ["en", "ru", undefined];
      const oldWarm = reference.createTextAnalyzer();
      const newWarm = createTextAnalyzer();
      const oldTiny = reference.createTextAnalyzer({ maxCacheEntries: 3 });
      const newTiny = createTextAnalyzer({ maxCacheEntries: 3 });
      // Twice over, so that the second pass runs on warm caches.
      for (let pass = 0; pass < 2; pass++) {
        let i = 0;
        for (const { text, lang } of corpusTexts) {
          differ.check("analyze warm", text, oldWarm.analyze(text, lang), newWarm.analyze(text, lang));
          if (pass === 0 && i++ % 10 === 0) {
            differ.check("analyze tiny", text, oldTiny.analyze(text, lang), newTiny.analyze(text, lang));
          }
        }
        for (const input of [...gazetteerNames, ...HOSTILE, ...FUZZ]) {
          const lang = langs[input.length % 3];
          differ.check("analyze warm", input, oldWarm.analyze(input, lang), newWarm.analyze(input, lang));
          if (pass === 0)
            differ.check("analyze tiny", input, oldTiny.analyze(input, lang), newTiny.analyze(input, lang));
        }
      }
      for (const input of [
        ...HOSTILE,
        ...FUZZ.slice(0, 1000),
        ...corpusTexts.slice(0, 60).map((t) => t.text),
      ]) {
        for (const lang of langs) {
          differ.check(
            `analyzeText ${lang}`,
            input,
            reference.analyzeText(input, lang),
            analyzeText(input, lang),
          );
        }
      }
      expect(differ.mismatches).toEqual([]);
    },
    SLOW,
  );

  it(
    "analyzeQueryTerm, with and without the gazetteer as expander",
    () => {
      const differ = new Differ();
      const oldExpander = reference.createGazetteer(entries);
      const newExpander = createGazetteer(entries);
      for (const input of [...gazetteerNames.slice(0, 3000), ...HOSTILE, ...FUZZ.slice(0, 2000)]) {
        differ.check("analyzeQueryTerm", input, reference.analyzeQueryTerm(input), analyzeQueryTerm(input));
        differ.check(
          "analyzeQueryTerm+expander",
          input,
          reference.analyzeQueryTerm(input, { expander: oldExpander }),
          analyzeQueryTerm(input, { expander: newExpander }),
        );
      }
      expect(differ.mismatches).toEqual([]);
    },
    SLOW,
  );

  it(
    "the gazetteer: detectCountries, findMentions, lookup and expand",
    () => {
      const differ = new Differ();
      const oldGazetteer = reference.createGazetteer(entries);
      const newGazetteer = createGazetteer(entries);
      // Fresh gazetteers with tiny inputs first and then warm ones: the caches must not matter.
      const mentions = (found: readonly { entry: { id: string }; start: number; end: number }[]): string[] =>
        found.map((m) => `${m.entry.id}@${m.start}-${m.end}`);
      const texts = [
        ...corpusTexts.map((t) => t.text),
        ...corpusTexts.map((t) => t.text.slice(0, 600)),
        ...gazetteerNames,
        ...HOSTILE,
        ...FUZZ,
        // Names glued into sentences with the gaps a name may and may not have.
        ...gazetteerNames
          .slice(0, 2000)
          .map(
            (name, i) =>
              `${["В", "In", "«", "и"][i % 4]} ${name}${[" и", ",", "»", "-"][i % 4]} ${gazetteerNames[i + 1] ?? ""}.`,
          ),
      ];
      for (const text of texts) {
        differ.check(
          "detectCountries",
          text,
          oldGazetteer.detectCountries(text),
          newGazetteer.detectCountries(text),
        );
        differ.check(
          "findMentions",
          text,
          mentions(oldGazetteer.findMentions(text)),
          mentions(newGazetteer.findMentions(text)),
        );
      }
      for (const name of [...gazetteerNames, ...HOSTILE, ...FUZZ.slice(0, 2000)]) {
        differ.check(
          "lookup",
          name,
          oldGazetteer.lookup(name).map((e) => e.id),
          newGazetteer.lookup(name).map((e) => e.id),
        );
        differ.check("expand", name, oldGazetteer.expand(name), newGazetteer.expand(name));
      }
      expect(differ.mismatches).toEqual([]);
      expect(differ.compared).toBeGreaterThan(30_000);
    },
    SLOW,
  );
});
