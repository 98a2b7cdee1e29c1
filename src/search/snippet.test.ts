import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/search-corpus.js";
import { seededRandom } from "../core/seeded-random.js";
import { defaultGazetteerEntries } from "./gazetteer/data.js";
import { createGazetteer } from "./gazetteer/gazetteer.js";
import { nameKey } from "./normalize/name-key.js";
import { createStemmer } from "./normalize/stem.js";
import { parseQuery } from "./query-parser.js";
import {
  createWordForms,
  createWordMatcher,
  planQuery,
  type QueryPlan,
  type WordMatcher,
} from "./query-plan.js";
import { buildSnippet, escapeHtml, highlightText } from "./snippet.js";
import * as reference from "./snippet-reference.test-helper.js";

const matcherFor = (q: string) => createWordMatcher(planQuery(parseQuery(q)));

describe("snippets", () => {
  it("escapes everything but its own <mark>", () => {
    const html = highlightText('Tokayev <img src=x onerror="alert(1)"> & <mark>', matcherFor("tokayev"));
    expect(html).toBe(
      "<mark>Tokayev</mark> &lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;mark&gt;",
    );
    expect(escapeHtml("'")).toBe("&#39;");
  });

  it("marks matches across scripts and spellings, joining a name", () => {
    const html = highlightText(
      "Встреча Мирзиёева с Tokaev на Amu Darya",
      matcherFor("Mirziyoyev Токаев Амударья"),
    );
    expect(html).toContain("<mark>Мирзиёева</mark>");
    expect(html).toContain("<mark>Tokaev</mark>");
  });

  it("picks the passage with the matches and marks the cut", () => {
    const text = `${"filler ".repeat(100)}the grain harvest beat forecasts ${"more ".repeat(100)}`;
    const snippet = buildSnippet(text, matcherFor("harvest forecasts"), { words: 12 });
    expect(snippet.matched).toBe(true);
    expect(snippet.html.startsWith("… ")).toBe(true);
    expect(snippet.html.endsWith(" …")).toBe(true);
    expect(snippet.html).toContain("<mark>harvest</mark>");
    expect(snippet.html).toContain("<mark>forecasts</mark>");
    expect(buildSnippet("nothing here", matcherFor("grain")).matched).toBe(false);
  });

  it("marks a word whose script is mixed when its fold matches", () => {
    // The Latin "k" and "a" are turned Cyrillic by folding, so the word is казах.
    expect(highlightText("kaзах и казах", matcherFor("казах"))).toBe(
      "<mark>kaзах</mark> и <mark>казах</mark>",
    );
  });
});

/*
 * The differential test: the optimised snippets against the frozen original code
 * (snippet-reference.test-helper.ts), output for output, on the benchmark corpus, hostile texts
 * and seeded random texts, for many query plans, with matchers used as hydrateHits uses them.
 */

const stemmer = createStemmer();
const gazetteer = createGazetteer(defaultGazetteerEntries());
const corpus = [...generateCorpus({ count: 40 })];

const QUERIES: readonly string[] = [
  "reservoir",
  "government",
  "Токаев",
  "Mirziyoev",
  "Мирзиёев",
  "Alma-Ata",
  "Алма-Ата",
  "almaata",
  '"railway freight"',
  '"железная дорога"',
  "irrig*",
  "тока*",
  "a*",
  "Kassym-Jomart Tokayev",
  "amu darya",
  "Амударья",
  "Kirghizia",
  "Frunze",
  "Chimkent",
  "правительство пшеница",
  "Astana Nur-Sultan",
  "O'zbekiston",
  "Kazakhstan's",
  "ёлка",
  "1991",
  "2",
  "a",
  "в",
  "the of",
  "казах",
  "йод",
  "zzqx qqxz",
  "Tashkent -Almaty",
];

interface NamedPlan {
  readonly name: string;
  readonly plan: QueryPlan;
}

const PLANS: readonly NamedPlan[] = [
  ...QUERIES.map((q) => ({ name: q, plan: planQuery(parseQuery(q), { gazetteer, stemmer }) })),
  // The baseline engine's plans: no stems, no name keys.
  ...["Mirziyoev", "irrig*", "Alma-Ata"].map((q) => ({
    name: `${q} (no folding)`,
    plan: planQuery(parseQuery(q), { folding: false }),
  })),
  { name: "(empty)", plan: { terms: [], excluded: [] } },
];

const HOSTILE: readonly string[] = [
  "",
  " ",
  "...!!!???",
  "<script>alert('x')</script> & \"quotes\" 'single' &amp; &lt;b&gt; <mark>Tokayev</mark>",
  "Tokayev&Mirziyoyev <Tokayev> \"Tokayev\" 'Tokayev'",
  "🎉 👍🏽 👨‍👩‍👧 🇰🇿 ❤️ Токаев 🎉\u0000 встретился с Мирзиёевым.",
  "и\u0306од йод Йод И\u0306од е\u0300лка ѐлка",
  "e\u0301 Мирзиё\u0301ев и\u0306 a\u0308\u0304 re\u0301servoir gove\u0301rnment Токае\u0301в",
  "\u0410\u0301лма-\u0410та A\u0308\u0308\u0308\u0308 ab\u0483\u0488cd Ѐ ѐ Ѝ ѝ",
  "Ka\u00ADzakh\u00ADstan gov\u00ADernment res\u00ADervoir soft\u00AD-hyphen-\u00ADedge \u00ADgovernment",
  "zero\u200Bwidth\u200Cjoin\u200Dword\u2060joiner\uFEFFbom \uFEFFgovernment",
  "½ ¼ ¾ ⅓ 1½ a½ ab½ ½-Alma-Ata a-½-b A-ﬁ-b ﬁnance ﬂow Ⅻ ⅻ ㎞ ①",
  "ＡＢＣ ｆｕｌｌ １２３ ﷺ ﷻ",
  "O‘zbekiston O'zbekiston Oʻzbekiston O’zbekiston Oʼzbekiston g‘alla G‘ulomov",
  "ʼ ˮ ʻ ʼʼʼ a ʼ b Alma-ʼ-Ata a-ʼ-b",
  "Alma-Ata Kassym-Jomart Нур-Султан Ust-Kamenogorsk Samruk-Kazyna alma-ata",
  "zz-Alma-Ata x-Alma-Ata в-Алма-Ата Alma-Ata-zz Alma-zz-Ata zz-zz-Alma-Ata qq-Kassym-Jomart",
  "Alma‐Ata Alma‑Ata Alma–Ata Alma—Ata Alma--Ata -Alma-Ata- Alma-Ata-",
  "a-b-c-d-e a-b-c-d-e-f -a- --b-- Aa-Bb-Cc-Dd-Ee Aa-Bb-Cc-Dd-Ee-Ff aa-Bb-cc",
  "1991-92 2020-2021 COVID-19 Ту-154 F-16 1991 2 a 2-2 2-a",
  "Mоscow Mосква Тoкаeв Tokаyev kaзах казаx Тashkent тashkent gоvernment rеservoir",
  "Қазақстан Әлем Ғалым Өскемен Ўзбекистон ўзбек Ҷумҳурӣ Кӯлоб",
  "İstanbul ISTANBUL ıstanbul İİ ı İ’s",
  "Şavkat MİRZİYOYEV Ñandú Gdańsk Ёлка ЁЖИК ёлка Øresund Łódź Þór Æsir œuvre Əliyev ß",
  "Ελλάδα ΟΔΥΣΣΕΥΣ σοφός Σ 中国 北京市 한국어 עברית العربية हिन्दी",
  "\uD800 lone high \uDC00 lone low \uDBFF\uDBFF a\uD800b 𝐀𝐁𝐂 𝕏 𝟙𝟚 𠀀",
  "Kazakhstan’s oil Bishkek's Tashkent`s O‘s g’s Ts's ’s 's don't rock'n'roll",
  "Mirziyoyev Mirziyoev Mirzioyev Мирзиёев Мирзиеев Мирзиёевым Мирзиёеву",
  "Tokayev Tokaev Toqaev Токаев Тоқаев Токаевым ТОКАЕВ токаев",
  "Chimkent Shymkent Şymkent Шымкент Шымкента Frunze Bishkek Фрунзе",
  "Amu Darya Amudarya Амударья Amu  Darya Amu\tDarya Amu-Darya Amu, Darya Amu\u00A0Darya AMU DARYA",
  "railway freight railway - freight railway, freight железная дорога Железная Дорога",
  "irrigation Irrigation irrigated irr irrig IRRIGATION ir-rigation",
  "a в и с к о у я I A В Я 2 a-a в-в",
  "x".repeat(5000),
  `government ${"g".repeat(3000)} reservoir ${"Ж".repeat(3000)} Токаев`,
  `${"a'".repeat(300)}${"-x".repeat(300)}!`,
  "Ё‘".repeat(500),
];

/** Seeded random texts over words, names, hyphens, apostrophes and rare characters. */
function fuzzTexts(count: number, seed: number): string[] {
  const next = seededRandom(seed);
  const pools: readonly (readonly string[])[] = [
    ["government", "reservoir", "irrigation", "railway", "freight", "the", "of", "a", "gov", "re"],
    ["Токаев", "Токаевым", "токаев", "правительство", "железная", "дорога", "в", "и", "ёлка", "Ёлка"],
    ["Mirziyoyev", "Мирзиёев", "Alma", "Ata", "Алма", "Ата", "Amu", "Darya", "Frunze", "Kassym", "Jomart"],
    [" ", " ", " ", "  ", "\n", ", ", ". "],
    ["-", "-", "\u2010", "\u2011", "–", "'", "’", "‘", "ʼ", "\u00AD", "\u200B"],
    ["½", "ﬁ", "é", "e\u0301", "и\u0306", "🎉", "\uD800", "ß", "İ", "Ж", "ж", "k", "а", "о", "1", "2", "19"],
    ["&", "<", ">", '"', "'", "<mark>", "</mark>"],
  ];
  const weights = [10, 8, 6, 16, 5, 4, 1];
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
    const length = Math.floor(next() * 60);
    let s = "";
    for (let k = 0; k < length; k++) s += pick();
    out.push(s);
  }
  return out;
}

const FUZZ = fuzzTexts(200, 20_261_201);
const SLOW = 120_000;

/** Collects mismatches between the original code and the new one, and counts comparisons. */
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

  /** Snippet and highlight of `text` with both matchers. */
  compare(what: string, text: string, old: reference.WordMatcher, now: WordMatcher, words?: number): void {
    const options = words === undefined ? {} : { words };
    this.check(
      `${what} snippet`,
      text,
      reference.buildSnippet(text, old, options),
      buildSnippet(text, now, options),
    );
    this.check(`${what} highlight`, text, reference.highlightText(text, old), highlightText(text, now));
  }
}

describe("optimised snippets match the original code", () => {
  it(
    "on the corpus, a page of hits per matcher, with long-lived word forms",
    () => {
      const differ = new Differ();
      const oldForms = reference.createWordForms(stemmer);
      const newForms = createWordForms(stemmer);
      for (const { name, plan } of PLANS) {
        for (let page = 0; page < corpus.length; page += 10) {
          const old = reference.createWordMatcher(plan, undefined, oldForms);
          const now = createWordMatcher(plan, undefined, newForms);
          for (const article of corpus.slice(page, page + 10)) {
            differ.compare(`${name} body`, article.bodyText, old, now);
            differ.compare(`${name} dek`, article.dek, old, now);
            differ.compare(`${name} title`, article.title, old, now);
          }
        }
      }
      expect(differ.mismatches).toEqual([]);
      expect(differ.compared).toBeGreaterThan(8_000);
    },
    SLOW,
  );

  it(
    "on hostile and random texts, with default, long-lived, tiny and hand-made word forms",
    () => {
      const differ = new Differ();
      const longLived = createWordForms(stemmer);
      // Emptied every few words, so facts disappear in the middle of a text.
      const tiny = createWordForms(stemmer, 7);
      const handMade = { stem: (raw: string) => stemmer.stem(raw), key: nameKey };
      // Facts made for other functions must not be used with these.
      const borrowed = { ...createWordForms(stemmer), stem: (raw: string) => `x${stemmer.stem(raw)}` };
      const oldBorrowed = { stem: borrowed.stem, key: borrowed.key };
      for (const { name, plan } of PLANS) {
        const pairs: [string, reference.WordMatcher, WordMatcher][] = [
          ["default", reference.createWordMatcher(plan), createWordMatcher(plan)],
          ["long-lived", reference.createWordMatcher(plan), createWordMatcher(plan, undefined, longLived)],
          ["tiny", reference.createWordMatcher(plan), createWordMatcher(plan, undefined, tiny)],
          ["hand-made", reference.createWordMatcher(plan), createWordMatcher(plan, undefined, handMade)],
          [
            "borrowed",
            reference.createWordMatcher(plan, undefined, oldBorrowed),
            createWordMatcher(plan, undefined, borrowed),
          ],
        ];
        for (const [kind, old, now] of pairs) {
          for (const text of HOSTILE) differ.compare(`${name} ${kind}`, text, old, now);
        }
        const [, old, now] = pairs[1] as [string, reference.WordMatcher, WordMatcher];
        for (const text of FUZZ) differ.compare(`${name} fuzz`, text, old, now, 12);
      }
      expect(differ.mismatches).toEqual([]);
      expect(differ.compared).toBeGreaterThan(25_000);
    },
    SLOW,
  );

  it("for any passage length", () => {
    const differ = new Differ();
    const texts = [...HOSTILE, ...corpus.slice(0, 4).map((article) => article.bodyText)];
    for (const q of ["government", "Tokayev", "a", "zzqx"]) {
      const plan = planQuery(parseQuery(q), { gazetteer, stemmer });
      const old = reference.createWordMatcher(plan);
      const now = createWordMatcher(plan);
      for (const words of [0, 1, 2, 2.5, 4, 5, 32, 1000, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
        for (const text of texts) differ.compare(`${q} words=${words}`, text, old, now, words);
      }
    }
    expect(differ.mismatches).toEqual([]);
  });

  it("when two matchers share word forms and take turns", () => {
    const differ = new Differ();
    const oldForms = reference.createWordForms(stemmer);
    const newForms = createWordForms(stemmer);
    const plans = ["Tokayev", "government"].map((q) => planQuery(parseQuery(q), { gazetteer, stemmer }));
    const olds = plans.map((plan) => reference.createWordMatcher(plan, undefined, oldForms));
    const nows = plans.map((plan) => createWordMatcher(plan, undefined, newForms));
    for (const [i, article] of corpus.slice(0, 20).entries()) {
      for (const m of [i % 2, 1 - (i % 2)]) {
        differ.compare("turns", article.bodyText, olds[m] as reference.WordMatcher, nows[m] as WordMatcher);
      }
    }
    expect(differ.mismatches).toEqual([]);
  });

  it("when the matcher is also called directly", () => {
    const differ = new Differ();
    const plan = planQuery(parseQuery("2 Tokayev"), { gazetteer, stemmer });
    const old = reference.createWordMatcher(plan);
    const now = createWordMatcher(plan);
    differ.check("direct", "Tokayev", old("Tokayev", "tokayev"), now("Tokayev", "tokayev"));
    differ.check("direct", "Alma", old("Alma", "alma"), now("Alma", "alma"));
    // Direct calls leave snippets as they were.
    for (const text of [corpus[0]?.bodyText ?? "", "½ cup, Tokayev, Alma-Ata and Токаев", ...HOSTILE]) {
      differ.compare("after", text, reference.createWordMatcher(plan), now);
    }
    expect(differ.mismatches).toEqual([]);
  });

  it("asks a hand-written matcher the same questions in the same order", () => {
    const texts = [...HOSTILE, ...FUZZ.slice(0, 100), corpus[0]?.bodyText ?? ""];
    for (const foldCache of [undefined, new Map<string, string>()]) {
      const asked: { old: string[]; now: string[] } = { old: [], now: [] };
      // Impure on purpose: its answers depend on how often it was asked.
      const matcherOf = (log: string[]) => (raw: string, folded: string) => {
        log.push(`${raw}|${folded}`);
        return (log.length % 7 === 0 || folded.startsWith("t")) && raw !== "x";
      };
      const old = matcherOf(asked.old);
      const now = matcherOf(asked.now);
      for (const text of texts) {
        const oldCache = foldCache === undefined ? undefined : new Map(foldCache);
        expect(buildSnippet(text, now, foldCache === undefined ? {} : { foldCache })).toEqual(
          reference.buildSnippet(text, old, oldCache === undefined ? {} : { foldCache: oldCache }),
        );
        expect(highlightText(text, now, foldCache)).toBe(reference.highlightText(text, old, oldCache));
      }
      expect(asked.now).toEqual(asked.old);
    }
  });
});
