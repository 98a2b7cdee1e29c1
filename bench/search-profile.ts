/**
 * Where the time of one search goes, per query of the benchmark mix: total count alone, plus
 * facets, plus did-you-mean, plus the page of hits (ranking and snippets). Parts are measured as
 * differences between requests that switch them on one at a time, on a database that
 * `bench/search.ts --db FILE` built and kept.
 *
 * Run: npx tsx bench/search-profile.ts --db /tmp/steppe-bench-100k.db [--runs 5]
 */
import { openDatabase } from "../src/db/connect.js";
import { createSearchIndex, type SearchRequest } from "../src/search/index.js";
import { MIX } from "./search-mix.js";

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const file = argument("--db");
if (file === undefined) throw new Error("--db FILE is required (build one with bench/search.ts --db FILE)");
const runs = Number(argument("--runs") ?? "5");
const handle = openDatabase(file);
const index = createSearchIndex({ db: handle.db, dialect: handle.dialect, timeZone: "Asia/Almaty" });
const now = new Date("2026-11-20T00:00:00Z").toISOString();

async function median(request: SearchRequest): Promise<number> {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    await index.search(request);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

const f = (n: number): string => n.toFixed(1).padStart(7);
console.log(`${"query".padEnd(17)}   count  +facets     +dym    +hits     full  (ms, medians of ${runs})`);
for (const { label, request } of MIX) {
  const base = { ...request, now };
  await index.search(base); // warm up
  const count = await median({ ...base, limit: 0, facets: false, didYouMean: false });
  const facets = await median({ ...base, limit: 0, didYouMean: false });
  const dym = await median({ ...base, limit: 0, facets: false });
  const hits = await median({ ...base, facets: false, didYouMean: false });
  const full = await median(base);
  console.log(
    `${label.padEnd(17)} ${f(count)}  ${f(facets - count)}  ${f(dym - count)}  ${f(hits - count)}  ${f(full)}`,
  );
}
await handle.close();
