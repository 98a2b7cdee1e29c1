/**
 * A synthetic news corpus for the search benchmark: English and Russian articles of about 600
 * words. Deterministic for a given seed (mulberry32), so every run and every engine sees the same
 * text.
 *
 * Why it looks like this: an earlier generator drew every word from ~200 common words, so a
 * single word matched half the corpus and every query ranked ~50k rows, which no archive does.
 * Real news text is Zipfian *and* bursty: a word's share of all tokens follows 1/rank, but a
 * content word that appears in an article tends to appear there several times, so far fewer
 * articles contain it than its token share suggests. The distribution, per language:
 *
 * - Function words (~60 real ones: the, of, и, в...): 45% of body tokens, Zipf (s = 1) over them.
 * - Content vocabulary: 6,000 words per language, the real content words of the lists below
 *   spread over ranks 5..~3,800 in list order (so "government" is common, "reservoir" is not),
 *   the other ranks filled with pronounceable pseudo-words. Zipf (s = 1) over rank.
 * - Topic per article: 60 draws from the content Zipf; 45% of body tokens come from this topic
 *   set (the burstiness), 10% are fresh content draws. Resulting document frequency at 100k:
 *   rank 5 ~ 70% of a language's articles, rank 55 ~ 10%, rank 750 ~ 1%, rank 5,000 ~ 0.1%.
 * - Names: 0-3 gazetteer entries per article, Zipf (s = 1.1) over the entries with a few heads of
 *   state and capitals first, then countries, then the rest of the file (a long tail), each
 *   mentioned 1-4 times in a spelling drawn from English, Russian, local Latin and variant forms
 *   (mostly in the article's script, 15% in the other one), Russian forms sometimes inflected.
 * - Titles 7-11 words, deks 18, bodies 600 (sentences of 8-21 words).
 * - Dates over ten years, denser towards the end (r^0.6 of the span from the start); sections
 *   weighted 1/(i+1); 60% English, 40% Russian.
 */

import { seededRandom } from "../src/core/seeded-random.js";
import { defaultGazetteerEntries } from "../src/search/gazetteer/data.js";
import type { GazetteerEntry } from "../src/search/gazetteer/gazetteer.js";

export interface SyntheticArticle {
  readonly language: "en" | "ru";
  readonly slug: string;
  readonly title: string;
  readonly dek: string;
  readonly bodyText: string;
  readonly publishedAt: string;
  /** Index into the benchmark's section list. */
  readonly section: number;
}

const EN_FUNCTION = `the of and to in a is that for on said with as was at by it from be has have are this
not but an which will its they were their had been also more would about after who than or there
other into over one two some new last up out when can all under between while could`.split(/\s+/);

const RU_FUNCTION = `и в не на что с по для как из от это к о а у за же то но его их же был было были
также уже при до после только еще может более все он она они там так чем между под над году
однако если где когда или бы этот эти свой`.split(/\s+/);

const EN_CONTENT = `government minister water price market president official year week region border trade
farmers energy gas power railway freight project budget report plan people city village school river
harvest grain cotton export import bank rate currency inflation wage migrant worker family tax parliament
law court election council mayor road bridge airport station train pipeline contract company investment
loan donor study university doctor hospital health winter summer spring autumn snow drought flood
irrigation canal dam electricity coal solar wind oil field mine factory textile bazaar shop tourist hotel
museum festival film book music theatre police security visit talks agreement deal summit delegation
capital province district budgetary reform reservoir glacier pasture livestock wheat melon orchard
customs tariff remittance tenge som sum somoni manat deposit mortgage pension teacher student exam
journalist newspaper broadcast censorship protest amnesty prisoner verdict lawyer prosecutor`.split(/\s+/);

const RU_CONTENT =
  `правительство министр вода цены рынок президент чиновник новый неделя регион граница торговля
фермеры энергия газ электроэнергия железная дорога проект бюджет доклад план люди город село школа река
урожай зерно хлопок экспорт импорт банк курс валюта инфляция зарплата мигранты рабочие семья налог
парламент закон суд выборы совет мэр мост аэропорт станция поезд грузы трубопровод контракт компания
инвестиции кредит доноры университет врач больница здоровье зима лето весна осень снег засуха паводок
орошение канал плотина уголь солнечные ветер нефть месторождение шахта фабрика текстиль базар магазин
туристы гостиница музей фестиваль фильм книга музыка театр полиция безопасность визит переговоры
соглашение сделка саммит делегация столица область район реформа водохранилище ледник пастбище скот
пшеница дыня сад таможня пошлина переводы тенге сом сум сомони манат депозит ипотека пенсия учитель
студент экзамен журналист газета эфир цензура протест амнистия заключенный приговор адвокат прокурор`.split(
    /\s+/,
  );

const SYLLABLES_EN = `ka ro mi ten sal ver dor lin pa tre mon gu shi bel an ost ex pro lu na del fi
com ber sta vin hal cor ment ia ton rus plo qua ne sen`.split(/\s+/);
const SYLLABLES_RU = `ка ро ми тен сал вер дор лин па тре мон гу ши бел ан ост про лу на дел фи
ком бер ста вин хал кор мен ия тон рус пло ква не сен`.split(/\s+/);
const EN_ENDINGS = ["", "", "", "s", "ed", "ing", "er", "al"];
const RU_ENDINGS = ["", "", "а", "ы", "ом", "ов", "ами", "ой", "ения", "ный"];

const CONTENT_SIZE = 6_000;
const TOPIC_DRAWS = 60;
/** Entries that lead the name distribution (the region's most-reported people and places). */
const HEADLINE_NAMES = [
  "person-tokayev",
  "person-mirziyoyev",
  "person-sadyr-japarov",
  "person-rahmon",
  "city-kz-almaty",
  "city-kz-astana",
  "city-uz-tashkent",
  "city-kg-bishkek",
  "city-tj-dushanbe",
];

/** Sampler of ranks 0..n-1 with P(r) proportional to 1/(r+1)^s (inverse CDF, binary search). */
function zipf(n: number, s: number, next: () => number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) {
    sum += 1 / (r + 1) ** s;
    cdf[r] = sum;
  }
  return () => {
    const u = next() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cdf[mid] ?? 0) < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** The content vocabulary by rank: real words spread over the ranks, pseudo-words between. */
function contentVocabulary(
  real: readonly string[],
  syllables: readonly string[],
  endings: readonly string[],
  next: () => number,
): string[] {
  const taken = new Set<string>(real);
  const ranks: (string | undefined)[] = new Array(CONTENT_SIZE);
  real.forEach((word, i) => {
    ranks[5 + i * 25] = word;
  });
  for (let r = 0; r < CONTENT_SIZE; r++) {
    while (ranks[r] === undefined) {
      const parts = 2 + Math.floor(next() * 3);
      let word = "";
      for (let p = 0; p < parts; p++) word += syllables[Math.floor(next() * syllables.length)] ?? "";
      word += endings[Math.floor(next() * endings.length)] ?? "";
      if (!taken.has(word)) {
        taken.add(word);
        ranks[r] = word;
      }
    }
  }
  return ranks.map((w) => w ?? "");
}

/** Spellings of an entry by script. */
function spellings(entry: GazetteerEntry): { latin: string[]; cyrillic: string[] } {
  const all = [entry.en, entry.ru, ...(entry.local === undefined ? [] : [entry.local]), ...entry.variants];
  const cyrillic = all.filter((n) => /\p{Script=Cyrillic}/u.test(n));
  const latin = all.filter((n) => !/\p{Script=Cyrillic}/u.test(n));
  return {
    latin: latin.length > 0 ? latin : [entry.en],
    cyrillic: cyrillic.length > 0 ? cyrillic : [entry.ru],
  };
}

export interface CorpusOptions {
  readonly count: number;
  readonly seed?: number;
  /** Words per article body (default 600). */
  readonly words?: number;
  /** Latest publication instant; articles spread over the ten years before it. */
  readonly end?: Date;
  readonly sections?: number;
}

/**
 * Yields `count` synthetic articles, 60% English and 40% Russian.
 *
 * @example
 * for (const article of generateCorpus({ count: 1000 })) insert(article);
 */
export function* generateCorpus(options: CorpusOptions): Generator<SyntheticArticle> {
  const next = seededRandom(options.seed ?? 42);
  const words = options.words ?? 600;
  const end = (options.end ?? new Date("2026-11-01T00:00:00Z")).getTime();
  const span = 10 * 365 * 86_400_000;
  const sectionCount = options.sections ?? 6;
  const languages = {
    en: {
      function: EN_FUNCTION,
      content: contentVocabulary(EN_CONTENT, SYLLABLES_EN, EN_ENDINGS, next),
    },
    ru: {
      function: RU_FUNCTION,
      content: contentVocabulary(RU_CONTENT, SYLLABLES_RU, RU_ENDINGS, next),
    },
  };
  const functionRank = { en: zipf(EN_FUNCTION.length, 1, next), ru: zipf(RU_FUNCTION.length, 1, next) };
  const contentRank = zipf(CONTENT_SIZE, 1, next);
  const entries = defaultGazetteerEntries();
  const headline = HEADLINE_NAMES.map((id) => entries.find((e) => e.id === id)).filter(
    (e): e is GazetteerEntry => e !== undefined,
  );
  const rest = entries.filter((e) => !HEADLINE_NAMES.includes(e.id));
  const ordered = [
    ...headline,
    ...rest.filter((e) => e.kind === "country"),
    ...rest.filter((e) => e.kind !== "country"),
  ];
  const names = ordered.map(spellings);
  const nameRank = zipf(names.length, 1.1, next);
  const sectionRank = zipf(sectionCount, 1, next);
  const pickOne = (list: readonly string[]): string => list[Math.floor(next() * list.length)] ?? "";

  for (let i = 0; i < options.count; i++) {
    const lang: "en" | "ru" = next() < 0.4 ? "ru" : "en";
    const vocab = languages[lang];
    const topic: string[] = [];
    for (let t = 0; t < TOPIC_DRAWS; t++) topic.push(vocab.content[contentRank()] ?? "");
    const mentions: string[] = [];
    const nameCount = Math.floor(next() * 4);
    for (let n = 0; n < nameCount; n++) {
      const forms = names[nameRank()];
      if (forms === undefined) continue;
      const cyrillic = (lang === "ru") !== next() < 0.15;
      const times = 1 + Math.floor(next() * 4);
      for (let k = 0; k < times; k++) {
        let form = pickOne(cyrillic ? forms.cyrillic : forms.latin);
        // Russian case forms of names ending in a consonant (Токаева, Токаевым).
        if (cyrillic && /[бвгджзклмнпрстфхцчшщ]$/u.test(form) && next() < 0.4)
          form += pickOne(["а", "у", "ым", "е"]);
        mentions.push(form);
      }
    }
    const word = (): string => {
      const r = next();
      if (r < 0.45) return vocab.function[functionRank[lang]()] ?? "";
      if (r < 0.9) return pickOne(topic);
      return vocab.content[contentRank()] ?? "";
    };
    // Names go into random sentences; each sentence drains a share of them.
    const sentence = (length: number, nameChance: number): string => {
      const out: string[] = [];
      for (let w = 0; w < length; w++) {
        if (mentions.length > 0 && next() < nameChance) out.push(mentions.pop() ?? "");
        else out.push(word());
      }
      const text = out.join(" ");
      return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
    };
    const title = sentence(7 + Math.floor(next() * 5), 0.08);
    const dek = `${sentence(18, 0.03)}.`;
    const body: string[] = [];
    let total = 0;
    while (total < words) {
      const length = 8 + Math.floor(next() * 14);
      body.push(`${sentence(length, 0.01)}.`);
      total += length;
    }
    if (mentions.length > 0) body.push(`${mentions.join(" ")}.`);
    yield {
      language: lang,
      slug: `synthetic-${i}`,
      title,
      dek,
      bodyText: body.join(" "),
      publishedAt: new Date(end - Math.floor(span * (1 - next() ** 0.6))).toISOString(),
      section: sectionRank(),
    };
  }
}
