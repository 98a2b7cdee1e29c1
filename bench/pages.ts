/**
 * Page benchmark: how fast the public pages answer, on SQLite and (when reachable) PostgreSQL,
 * side by side, as ratios against a baseline measured in the same run: a bare Fastify route
 * returning the same bytes from memory (the ceiling for this stack on this machine).
 *
 *   npx tsx bench/pages.ts [--requests 500] [--postgres postgres://postgres@127.0.0.1:5432/postgres]
 *
 * Cached = page served from the in-memory page cache; uncached = rendered from the database
 * (each request has a distinct query string, so it misses the cache).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Fastify, { type FastifyInstance } from "fastify";
import pg from "pg";
import { createArticleService, createArticleStore } from "../src/articles/index.js";
import { loadConfig } from "../src/config.js";
import { openDatabase } from "../src/db/connect.js";
import { migrateToLatest } from "../src/db/migrate.js";
import { loadDemo } from "../src/demo/load-demo.js";
import { createRateStore } from "../src/rates/index.js";
import { buildApp } from "../src/web/app.js";

const { values } = parseArgs({
  options: { requests: { type: "string", default: "500" }, postgres: { type: "string" } },
});
const REQUESTS = Number(values.requests);

async function measure(
  app: FastifyInstance,
  url: (i: number) => string,
): Promise<{ rps: number; p50: number; p95: number }> {
  for (let i = 0; i < 50; i++) await app.inject(url(i));
  const times: number[] = [];
  const start = process.hrtime.bigint();
  for (let i = 0; i < REQUESTS; i++) {
    const t0 = process.hrtime.bigint();
    const res = await app.inject(url(i));
    if (res.statusCode !== 200) throw new Error(`${url(i)} answered ${res.statusCode}`);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  times.sort((a, b) => a - b);
  const at = (q: number): number => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { rps: REQUESTS / seconds, p50: at(0.5), p95: at(0.95) };
}

async function postgresUrl(): Promise<string | null> {
  const base =
    values.postgres ?? process.env.STEPPE_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const client = new pg.Client({ connectionString: base, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    const name = `steppe_bench_${process.pid}`;
    await client.query(`DROP DATABASE IF EXISTS ${name}`);
    await client.query(`CREATE DATABASE ${name}`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    return url.toString();
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function dropPostgres(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.end();
}

interface Row {
  page: string;
  results: Record<string, { rps: number; p50: number; p95: number }>;
}

async function benchDatabase(
  label: string,
  databaseUrl: string,
  dir: string,
  rows: Map<string, Row>,
): Promise<void> {
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    MEDIA_DIR: path.join(dir, "media"),
    LOG_LEVEL: "silent",
  });
  const handle = openDatabase(config.databaseUrl);
  await migrateToLatest(handle);
  const store = createArticleStore(handle.db);
  await loadDemo({
    articles: createArticleService({ store }),
    articleStore: store,
    rates: createRateStore(handle.db),
    mediaDir: config.mediaDir,
    timeZone: config.siteTimeZone,
    now: new Date(),
  });
  const app = await buildApp({ config, database: handle, logger: false });
  const front = await app.inject("/");
  const article = /<h3 class="card-title"><a href="([^"]+)"/.exec(front.body)?.[1] ?? "/";
  const pages: [string, (i: number) => string][] = [
    ["front page, cached", () => "/"],
    ["front page, uncached", (i) => `/?b=${i}`],
    ["article, cached", () => article],
    ["article, uncached", (i) => `${article}?b=${i}`],
    ["section list, uncached", (i) => `/section/economy?b=${i}`],
  ];
  for (const [name, url] of pages) {
    const row = rows.get(name) ?? { page: name, results: {} };
    row.results[label] = await measure(app, url);
    rows.set(name, row);
    process.stderr.write(".");
  }
  await app.close();
  await handle.close();
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "steppe-bench-"));
  const rows = new Map<string, Row>();
  // Baseline: the same bytes from memory through a bare Fastify route.
  const sample = fs.readFileSync(new URL("../src/web/assets/site.css", import.meta.url));
  const bare = Fastify();
  const body = `<!doctype html>${"x".repeat(30_000)}${sample.length}`;
  bare.get("/", async (_req, reply) => reply.type("text/html").send(body));
  const baseline = await measure(bare, () => "/");
  await bare.close();

  await benchDatabase("SQLite", path.join(dir, "bench.db"), dir, rows);
  const pgUrl = await postgresUrl();
  if (pgUrl) {
    try {
      await benchDatabase("PostgreSQL", pgUrl, dir, rows);
    } finally {
      await dropPostgres(pgUrl);
    }
  }
  process.stderr.write("\n");
  const labels = pgUrl ? ["SQLite", "PostgreSQL"] : ["SQLite"];
  console.log(
    `Page benchmark: ${REQUESTS} sequential in-process requests per row, ${os.cpus().length} cores, Node ${process.version}`,
  );
  console.log(
    `Baseline (bare Fastify, same-size bytes from memory): ${baseline.rps.toFixed(0)} req/s, p50 ${baseline.p50.toFixed(3)} ms`,
  );
  console.log("");
  const header = [
    "page".padEnd(24),
    ...labels.map((l) => `${l} req/s  p50 ms  p95 ms  vs baseline`.padStart(46)),
  ].join("");
  console.log(header);
  for (const row of rows.values()) {
    const cells = labels.map((l) => {
      const r = row.results[l];
      if (!r) return "n/a".padStart(46);
      return `${r.rps.toFixed(0).padStart(14)}${r.p50.toFixed(3).padStart(8)}${r.p95.toFixed(3).padStart(8)}${`${((r.rps / baseline.rps) * 100).toFixed(1)}%`.padStart(14)}`.padStart(
        46,
      );
    });
    console.log([row.page.padEnd(24), ...cells].join(""));
  }
  if (!pgUrl) console.log("\nPostgreSQL not reachable: pass --postgres URL to include it.");
  fs.rmSync(dir, { recursive: true, force: true });
}

await main();
