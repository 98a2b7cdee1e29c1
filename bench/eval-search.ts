/**
 * Relevance of search on the judged query set (test/fixtures/search/judgements.json):
 * nDCG@10, MRR@10 and recall@10 (capped at 10), overall and for the name-variant / cross-script
 * subset, for the full engine side by side with the same engine with name keys off and with all
 * folding off (plain full-text search on the text as written), on SQLite and, when a PostgreSQL
 * server is given, on PostgreSQL beside it.
 *
 * Run: npx tsx bench/eval-search.ts [--postgres postgres://user@host/db] [--verbose]
 * (or set STEPPE_TEST_DATABASE_URL). Each PostgreSQL run creates a fresh database on that server
 * and drops it afterwards.
 */
import { type EngineConfig, type EvaluationReport, evaluateSearch } from "../test/helpers/search-eval.js";

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const postgresUrl = argument("--postgres") ?? (process.env.STEPPE_TEST_DATABASE_URL || undefined);

const ENGINES: Omit<EngineConfig, "label">[] = [
  { folding: false, nameKeys: false },
  { folding: true, nameKeys: false },
  { folding: true, nameKeys: true },
];
const LABELS = ["plain", "fold+stems", "full"];
const databases: { name: string; postgresUrl?: string }[] = [{ name: "SQLite" }];
if (postgresUrl !== undefined) databases.push({ name: "PostgreSQL", postgresUrl });

const reports: EvaluationReport[] = [];
for (const database of databases) {
  for (const [i, engine] of ENGINES.entries()) {
    const label = `${database.name} ${LABELS[i] ?? ""}`;
    reports.push(
      await evaluateSearch({
        label,
        ...engine,
        ...(database.postgresUrl === undefined ? {} : { postgresUrl: database.postgresUrl }),
      }),
    );
  }
}

const first = reports[0];
console.log(
  `Judged queries: ${first?.overall.queries ?? 0} (${first?.name.queries ?? 0} name-variant/cross-script, ${first?.plain.queries ?? 0} plain)`,
);
console.log(
  "plain = the database's own full-text search on the text as written (FTS5 unicode61; PostgreSQL english/russian + unaccent)\n",
);
const header = ["subset", "metric", ...reports.map((r) => r.config.label)];
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

console.log("");
for (const [d, database] of databases.entries()) {
  const baseline = reports[d * ENGINES.length];
  const full = reports[d * ENGINES.length + ENGINES.length - 1];
  if (baseline === undefined || full === undefined) continue;
  const target = full.name.recall10 >= 0.95 ? "met" : "NOT met";
  const loss = full.plain.ndcg10 < baseline.plain.ndcg10 ? "LOSS" : "no loss";
  console.log(
    `${database.name}: cross-script recall@10 >= 0.95: ${target}; plain nDCG@10 vs plain full-text: ${loss}`,
  );
}
const sqliteFull = reports[ENGINES.length - 1];
const postgresFull = reports[2 * ENGINES.length - 1];
if (sqliteFull !== undefined && postgresFull !== undefined) {
  const worse = (["overall", "name", "plain"] as const).flatMap((subset) =>
    (["ndcg10", "mrr10", "recall10"] as const)
      .filter((m) => postgresFull[subset][m] < sqliteFull[subset][m] - 1e-9)
      .map((m) => `${subset} ${m}`),
  );
  console.log(
    worse.length === 0
      ? "PostgreSQL full: the same or better than SQLite full on every figure."
      : `PostgreSQL full is below SQLite full on: ${worse.join(", ")}`,
  );
}
if (process.argv.includes("--verbose")) {
  for (const report of reports.filter((r) => r.config.label.endsWith("full"))) {
    console.log(`\n${report.config.label}: judged documents missing from the top 10`);
    for (const run of report.runs) {
      const missing = Object.keys(run.query.relevant).filter((id) => !run.ranked.includes(id));
      if (missing.length > 0) console.log(`${run.query.id} ${run.query.q}: missing ${missing.join(", ")}`);
    }
  }
}
