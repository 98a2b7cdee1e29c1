/**
 * A synthetic news corpus for the search benchmark: English and Russian articles of about 600
 * words, drawn from a fixed vocabulary with a Zipf-like distribution, mentioning the region's
 * people and places in varied spellings and both scripts. Deterministic for a given seed.
 */

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

const EN_WORDS = `the of and to in a is that for on said with as was at by it from government minister water
price market president official year new week region border trade farmers energy gas power rail project
budget report plan people city village school river reservoir harvest grain cotton export import bank rate
currency inflation wage migrant worker family tax parliament law court election council mayor road bridge
airport station train freight pipeline contract company investment loan donor study university doctor
hospital health winter summer spring autumn snow drought flood irrigation canal dam electricity coal solar
wind oil field mine factory textile bazaar shop tourist hotel museum festival film book music theatre
police security visit talks agreement deal summit delegation capital province district budgetary reform`.split(
  /\s+/,
);

const RU_WORDS = `и в не на что с по для как из от это года правительство министр вода цены рынок президент
чиновник новый неделя регион граница торговля фермеры энергия газ электроэнергия железная дорога проект
бюджет доклад план люди город село школа река водохранилище урожай зерно хлопок экспорт импорт банк курс
валюта инфляция зарплата мигранты рабочие семья налог парламент закон суд выборы совет мэр мост аэропорт
станция поезд грузы трубопровод контракт компания инвестиции кредит доноры университет врач больница
здоровье зима лето весна осень снег засуха паводок орошение канал плотина уголь солнечные ветер нефть
месторождение шахта фабрика текстиль базар магазин туристы гостиница музей фестиваль фильм книга музыка
театр полиция безопасность визит переговоры соглашение сделка саммит делегация столица область район реформа`.split(
  /\s+/,
);

/** Names in the spellings the benchmark's queries look for (Latin and Cyrillic, with case forms). */
const EN_NAMES = [
  "Mirziyoyev",
  "Mirziyoev",
  "Tokayev",
  "Tokaev",
  "Japarov",
  "Zhaparov",
  "Rahmon",
  "Almaty",
  "Alma-Ata",
  "Kyrgyzstan",
  "Kirghizia",
  "Karaganda",
  "Qaraghandy",
  "Tashkent",
  "Toshkent",
  "Bishkek",
  "Dushanbe",
  "Astana",
  "Shymkent",
  "Chimkent",
  "Khujand",
  "Samarkand",
  "Ashgabat",
  "Berdimuhamedov",
  "Issyk-Kul",
];
const RU_NAMES = [
  "Мирзиёев",
  "Мирзиёева",
  "Мирзиёевым",
  "Токаев",
  "Токаева",
  "Токаевым",
  "Жапаров",
  "Жапарова",
  "Рахмон",
  "Алматы",
  "Алма-Ате",
  "Кыргызстан",
  "Кыргызстана",
  "Киргизии",
  "Караганда",
  "Караганды",
  "Ташкент",
  "Ташкенте",
  "Бишкек",
  "Душанбе",
  "Астана",
  "Шымкент",
  "Худжанд",
  "Самарканд",
  "Ашхабад",
  "Иссык-Куль",
];

const SYLLABLES_EN = [
  "ka",
  "ro",
  "mi",
  "ten",
  "sal",
  "ver",
  "dor",
  "lin",
  "pa",
  "tre",
  "mon",
  "gu",
  "shi",
  "bel",
  "an",
  "ost",
];
const SYLLABLES_RU = [
  "ка",
  "ро",
  "ми",
  "тен",
  "сал",
  "вер",
  "дор",
  "лин",
  "па",
  "тре",
  "мон",
  "гу",
  "ши",
  "бел",
  "ан",
  "ост",
];
const EN_ENDINGS = ["", "s", "ed", "ing", "er"];
const RU_ENDINGS = ["", "а", "ы", "ом", "ов", "ами", "ой", "ения"];

/**
 * A long tail of made-up words (stand-ins for the tens of thousands of rarer words of real news),
 * so that queries are as selective as on a real archive rather than matching half the corpus.
 */
function tail(syllables: readonly string[], endings: readonly string[], size: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < size; i++) {
    const a = syllables[i % syllables.length] ?? "";
    const b = syllables[Math.floor(i / syllables.length) % syllables.length] ?? "";
    const c = syllables[Math.floor(i / syllables.length ** 2) % syllables.length] ?? "";
    out.push(`${a}${b}${c}${endings[Math.floor(i / syllables.length ** 3) % endings.length] ?? ""}`);
  }
  return out;
}
const EN_TAIL = tail(SYLLABLES_EN, EN_ENDINGS, 20_000);
const RU_TAIL = tail(SYLLABLES_RU, RU_ENDINGS, 30_000);

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CorpusOptions {
  readonly count: number;
  readonly seed?: number;
  /** Words per article body (default 600). */
  readonly words?: number;
  /** Latest publication instant; articles spread over the five years before it. */
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
  const next = random(options.seed ?? 42);
  const words = options.words ?? 600;
  const end = (options.end ?? new Date("2026-11-01T00:00:00Z")).getTime();
  const span = 5 * 365 * 86_400_000;
  // Zipf-like: index = floor(n * r^2) favours the first (most common) words.
  const pick = (list: readonly string[]): string => list[Math.floor(list.length * next() ** 2)] ?? "";
  let tails: readonly string[] = EN_TAIL;
  const sentence = (vocab: readonly string[], names: readonly string[], length: number): string => {
    const out: string[] = [];
    for (let i = 0; i < length; i++) {
      const r = next();
      // ~2 names per article; a third of the words from the long tail, the rest common words.
      out.push(
        r < 0.004 ? (names[Math.floor(next() * names.length)] ?? "") : r < 0.34 ? pick(tails) : pick(vocab),
      );
    }
    const text = out.join(" ");
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  for (let i = 0; i < options.count; i++) {
    const ru = next() < 0.4;
    const vocab = ru ? RU_WORDS : EN_WORDS;
    const names = ru ? RU_NAMES : EN_NAMES;
    tails = ru ? RU_TAIL : EN_TAIL;
    const body: string[] = [];
    let total = 0;
    while (total < words) {
      const length = 8 + Math.floor(next() * 14);
      body.push(sentence(vocab, names, length));
      total += length;
    }
    yield {
      language: ru ? "ru" : "en",
      slug: `synthetic-${i}`,
      title: sentence(vocab, names, 7 + Math.floor(next() * 5)).slice(0, -1),
      dek: sentence(vocab, names, 18),
      bodyText: body.join(" "),
      publishedAt: new Date(end - Math.floor(next() * span)).toISOString(),
      section: Math.floor(next() * (options.sections ?? 6)),
    };
  }
}
