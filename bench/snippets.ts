/**
 * Micro-benchmark of search-hit highlighting, old against new in one process on the same texts:
 * per hit, `buildSnippet` over a ~600-word body and `highlightText` over the title, with one
 * matcher per page of ten hits and long-lived word forms (warm caches), as `hydrateHits` does.
 * "Old" is the frozen pre-optimisation code in src/search/snippet-reference.test-helper.ts.
 *
 * The machine is shared, so absolute µs move with its load; read the ratio. Each figure is the
 * best of many short rounds (five pages), old and new alternating, which filters out most
 * interference. Every output is also compared, old against new. The last row repeats a query
 * after texts full of rare characters (emoji, ½, hyphenated words, accents), to show that a
 * late rare branch does not leave the new code slower.
 *
 * Run: npx tsx bench/snippets.ts [--articles 200] [--rounds 30]
 */
import { defaultGazetteerEntries } from "../src/search/gazetteer/data.js";
import { createGazetteer } from "../src/search/gazetteer/gazetteer.js";
import { createStemmer } from "../src/search/normalize/stem.js";
import { parseQuery } from "../src/search/query-parser.js";
import { createWordForms, createWordMatcher, planQuery, type QueryPlan } from "../src/search/query-plan.js";
import { buildSnippet, highlightText } from "../src/search/snippet.js";
import * as reference from "../src/search/snippet-reference.test-helper.js";
import { generateCorpus, type SyntheticArticle } from "./search-corpus.js";

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const articleCount = Number(argument("--articles") ?? "200");
const rounds = Number(argument("--rounds") ?? "30");
const PAGE = 10;
const PAGES_PER_ROUND = 5;

const corpus = [...generateCorpus({ count: articleCount })];
const pages: SyntheticArticle[][] = [];
for (let i = 0; i < corpus.length; i += PAGE) pages.push(corpus.slice(i, i + PAGE));
const stemmer = createStemmer();
const gazetteer = createGazetteer(defaultGazetteerEntries());
const oldForms = reference.createWordForms(stemmer);
const newForms = createWordForms(stemmer);

type Run = (page: readonly SyntheticArticle[], plan: QueryPlan) => string;

const runOld: Run = (page, plan) => {
  const matcher = reference.createWordMatcher(plan, undefined, oldForms);
  const foldCache = new Map<string, string>();
  let out = "";
  for (const article of page) {
    out += reference.buildSnippet(article.bodyText, matcher, { foldCache }).html;
    out += reference.highlightText(article.title, matcher, foldCache);
  }
  return out;
};

const runNew: Run = (page, plan) => {
  const matcher = createWordMatcher(plan, undefined, newForms);
  let out = "";
  for (const article of page) {
    out += buildSnippet(article.bodyText, matcher).html;
    out += highlightText(article.title, matcher);
  }
  return out;
};

/** Best µs per hit of old and new over short alternating rounds of the same pages. */
function race(plan: QueryPlan): { old: number; now: number } {
  for (const page of pages) {
    if (runOld(page, plan) !== runNew(page, plan)) throw new Error("old and new output differ");
  }
  let old = Number.POSITIVE_INFINITY;
  let now = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const from = (r * PAGES_PER_ROUND) % Math.max(1, pages.length - PAGES_PER_ROUND + 1);
    const chunk = pages.slice(from, from + PAGES_PER_ROUND);
    const hits = chunk.reduce((sum, page) => sum + page.length, 0);
    const order: [Run, (us: number) => void][] = [
      [runOld, (us) => (old = Math.min(old, us))],
      [runNew, (us) => (now = Math.min(now, us))],
    ];
    if (r % 2 === 1) order.reverse();
    for (const [run, keep] of order) {
      const started = performance.now();
      for (const page of chunk) run(page, plan);
      keep(((performance.now() - started) * 1000) / hits);
    }
  }
  return { old, now };
}

const queries = ["reservoir", "government", "Токаев", "Mirziyoev", "Alma-Ata", '"railway freight"', "irrig*"];
const planOf = (q: string): QueryPlan => planQuery(parseQuery(q), { gazetteer, stemmer });

function row(label: string, plan: QueryPlan): void {
  const { old, now } = race(plan);
  console.log(
    `${label.padEnd(28)} ${old.toFixed(0).padStart(6)} ${now.toFixed(1).padStart(8)} ${(old / now).toFixed(1).padStart(7)}x`,
  );
}

console.log(
  `${articleCount} articles, pages of ${PAGE}, best of ${rounds} rounds; µs per hit (body + title)`,
);
console.log(`${"query".padEnd(28)} ${"old".padStart(6)} ${"new".padStart(8)} ${"ratio".padStart(8)}`);
for (const q of queries) row(q, planOf(q));

// Rare characters late in the process: the new loops must stay optimised.
const rare = [
  "Emoji 🎄🇰🇿 and ½ cup, Alma-Ata — Kassym-Jomart Tokayev's «Ёлка» café\u0301 soft\u00adhyphen O‘zbekiston",
  "Mixed Tаshkеnt and Моsсоw, ﬁnance ⅓ 2024-2025 e\u0301te\u0301 x".repeat(20),
];
const rarePlan = planOf("Tokayev");
for (let i = 0; i < 50; i++)
  for (const text of rare) runNew([{ ...(corpus[0] as SyntheticArticle), bodyText: text }], rarePlan);
row(`${queries[1]} (after rare text)`, planOf(queries[1] as string));
