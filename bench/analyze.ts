/**
 * Micro-benchmark of the search text analysis, old against new in one process on the same texts:
 * `createTextAnalyzer().analyze` per ~600-word article body (English and Russian, warm caches)
 * and `Gazetteer.detectCountries` on a 600-character lead (what the WordPress import scans) and
 * on a whole article (what indexing scans). "Old" is the frozen pre-optimisation code in
 * src/search/normalize/reference-impl.test-helper.ts.
 *
 * The machine is shared, so absolute µs move with its load; read the ratio. Each figure is the
 * best of many short rounds (20 texts), old and new alternating, which filters out most
 * interference. The last row repeats the English analysis after one text full of rare characters
 * (emoji, ½, CJK), to show that a late rare branch does not leave the new code slower.
 *
 * Run: npx tsx bench/analyze.ts [--articles 300] [--rounds 40]
 */
import { defaultGazetteerEntries } from "../src/search/gazetteer/data.js";
import { createGazetteer } from "../src/search/gazetteer/gazetteer.js";
import { createTextAnalyzer } from "../src/search/normalize/analyze.js";
import * as reference from "../src/search/normalize/reference-impl.test-helper.js";
import { generateCorpus } from "./search-corpus.js";

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const articleCount = Number(argument("--articles") ?? "300");
const rounds = Number(argument("--rounds") ?? "40");
const CHUNK = 20;

const corpus = [...generateCorpus({ count: articleCount })];
const bodies = {
  en: corpus.filter((article) => article.language === "en").map((article) => article.bodyText),
  ru: corpus.filter((article) => article.language === "ru").map((article) => article.bodyText),
};
const wholes = corpus.map((article) => `${article.title}\n${article.dek}\n${article.bodyText}`);
const leads = wholes.map((text) => text.slice(0, 600));

// The new analyser builds its columns by concatenation, which V8 may keep as a rope until the
// string is read; reading a character of each column makes it pay for that, as storing would.
function read(result: { folded: string; stems: string; names: string }): number {
  return result.folded.charCodeAt(0) + result.stems.charCodeAt(0) + result.names.length;
}

/** Best µs per text of `old` and `now` over short alternating rounds on the same texts. */
function race(texts: readonly string[], old: (text: string) => number, now: (text: string) => number) {
  for (const text of texts) old(text) + now(text); // warm caches and JIT on the same texts
  let bestOld = Number.POSITIVE_INFINITY;
  let bestNew = Number.POSITIVE_INFINITY;
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    const from = (r * CHUNK) % Math.max(1, texts.length - CHUNK);
    const chunk = texts.slice(from, from + CHUNK);
    for (const [run, keep] of [
      [old, (us: number) => (bestOld = Math.min(bestOld, us))],
      [now, (us: number) => (bestNew = Math.min(bestNew, us))],
    ] as const) {
      const started = performance.now();
      for (const text of chunk) sink += run(text);
      keep(((performance.now() - started) * 1000) / chunk.length);
    }
  }
  if (Number.isNaN(sink)) console.log(sink);
  return { old: bestOld, now: bestNew };
}

const rows: { label: string; old: number; now: number }[] = [];
const oldAnalyzer = reference.createTextAnalyzer();
const newAnalyzer = createTextAnalyzer();
for (const lang of ["en", "ru"] as const) {
  const timing = race(
    bodies[lang],
    (text) => read(oldAnalyzer.analyze(text, lang)),
    (text) => read(newAnalyzer.analyze(text, lang)),
  );
  rows.push({ label: `analyze body (${lang}, ${bodies[lang].length} articles)`, ...timing });
}

const entries = defaultGazetteerEntries();
const oldGazetteer = reference.createGazetteer(entries);
const newGazetteer = createGazetteer(entries);
for (const [label, texts] of [
  ["detectCountries 600-char lead", leads],
  ["detectCountries whole article", wholes],
] as const) {
  const timing = race(
    texts,
    (text) => oldGazetteer.detectCountries(text).length,
    (text) => newGazetteer.detectCountries(text).length,
  );
  rows.push({ label, ...timing });
}

const rare = "Рост 🎉👍🏽 на ½ пункта, 北京市 и 𝐀𝐁 — ﬁnance Ⅻ, Alma-Ata 1991-92, O‘zbekiston.";
for (const text of bodies.en.slice(0, 3)) {
  oldAnalyzer.analyze(`${text} ${rare}`, "en");
  newAnalyzer.analyze(`${text} ${rare}`, "en");
  oldGazetteer.detectCountries(`${text} ${rare}`);
  newGazetteer.detectCountries(`${text} ${rare}`);
}
const after = race(
  bodies.en,
  (text) => read(oldAnalyzer.analyze(text, "en")),
  (text) => read(newAnalyzer.analyze(text, "en")),
);
rows.push({ label: "analyze body (en) after rare characters", ...after });

const width = Math.max(...rows.map((row) => row.label.length));
console.log(`${"".padEnd(width)}   old µs   new µs   old/new`);
for (const row of rows) {
  const ratio = `${(row.old / row.now).toFixed(2)}x`;
  console.log(
    `${row.label.padEnd(width)} ${row.old.toFixed(1).padStart(8)} ${row.now.toFixed(1).padStart(8)} ${ratio.padStart(9)}`,
  );
}
