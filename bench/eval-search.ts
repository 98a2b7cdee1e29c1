/**
 * Relevance of search on the judged query set (test/fixtures/search/judgements.json):
 * nDCG@10, MRR@10 and recall@10 (capped at 10), overall and for the name-variant / cross-script
 * subset, for the full engine side by side with the same engine with name keys off and with all
 * folding off (plain FTS5 on the text as written).
 *
 * Run: npx tsx bench/eval-search.ts [--verbose]
 */
import { type EngineConfig, type EvaluationReport, evaluateSearch } from "../test/helpers/search-eval.js";

const CONFIGS: EngineConfig[] = [
  { label: "plain FTS5", folding: false, nameKeys: false },
  { label: "fold+stems", folding: true, nameKeys: false },
  { label: "full", folding: true, nameKeys: true },
];

const reports: EvaluationReport[] = [];
for (const config of CONFIGS) reports.push(await evaluateSearch(config));

const first = reports[0];
console.log(
  `Judged queries: ${first?.overall.queries ?? 0} (${first?.name.queries ?? 0} name-variant/cross-script, ${first?.plain.queries ?? 0} plain)\n`,
);
const header = ["subset", "metric", ...CONFIGS.map((c) => c.label)];
const rows: string[][] = [];
for (const subset of ["overall", "name", "plain"] as const) {
  for (const metric of ["ndcg10", "mrr10", "recall10"] as const) {
    rows.push([
      subset === "name" ? "cross-script" : subset,
      { ndcg10: "nDCG@10", mrr10: "MRR@10", recall10: "recall@10" }[metric],
      ...reports.map((r) => r[subset][metric].toFixed(3)),
    ]);
  }
}
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ");
console.log(line(header));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const row of rows) console.log(line(row));

const full = reports[reports.length - 1];
if (full !== undefined && first !== undefined) {
  const target = full.name.recall10 >= 0.95 ? "met" : "NOT met";
  const loss = full.plain.ndcg10 < first.plain.ndcg10 ? "LOSS" : "no loss";
  console.log(`\ncross-script recall@10 >= 0.95: ${target}; plain nDCG@10 vs plain FTS5: ${loss}`);
}
if (process.argv.includes("--verbose") && full !== undefined) {
  for (const run of full.runs) {
    const missing = Object.keys(run.query.relevant).filter((id) => !run.ranked.includes(id));
    if (missing.length > 0) console.log(`${run.query.id} ${run.query.q}: missing ${missing.join(", ")}`);
  }
}
