/**
 * Search benchmark: synthetic corpora of ~600-word English and Russian articles; index build
 * rate, index size, and p50/p95/p99 latency over a fixed query mix, side by side with a
 * LIKE '%term%' scan (what WordPress does) on the same data.
 *
 * Run: npx tsx bench/search.ts [--sizes 100000,1000000] [--runs 3] [--postgres auto|URL] [--db FILE]
 * Default: 100,000 articles on SQLite only (1M takes a long time and several GB of disk). With
 * --postgres, the same corpus and queries also run on a fresh database created on that server
 * (dropped afterwards), reported after SQLite and side by side in the closing table. `auto` uses
 * STEPPE_TEST_DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres when it answers and
 * otherwise says PostgreSQL was skipped. --db FILE keeps the SQLite database in FILE (FILE-size
 * with several sizes) and reuses it when it already holds a corpus of that size.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import pg from "pg";
import { type DatabaseHandle, openDatabase } from "../src/db/connect.js";
import { migrateToLatest } from "../src/db/migrate.js";
import { createSearchIndex } from "../src/search/index.js";
import { generateCorpus } from "./search-corpus.js";
import { MIX } from "./search-mix.js";

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const sizes = (argument("--sizes") ?? "100000").split(",").map((s) => Number(s.trim()));
const runs = Number(argument("--runs") ?? "3");
const postgresUrl = argument("--postgres");
const dbFile = argument("--db");
const SECTIONS = ["politics", "economy", "energy", "society", "culture", "trade"];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
const ms = (n: number): string => `${n.toFixed(2)} ms`;
const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(0)} MB`;
function fileSize(file: string): number {
  let total = 0;
  for (const suffix of ["", "-wal"])
    if (fs.existsSync(file + suffix)) total += fs.statSync(file + suffix).size;
  return total;
}

/** Where one run keeps its data: a SQLite file, or a fresh PostgreSQL database. */
interface Target {
  readonly name: string;
  readonly engine: string;
  readonly handle: DatabaseHandle;
  /** Bytes used by the database (SQLite file + WAL, or pg_database_size), after a checkpoint. */
  size(): Promise<number>;
  /** An already built corpus of the same size in it may be reused. */
  readonly reusable?: boolean;
  dispose(): Promise<void>;
}

async function sqliteTarget(size: number): Promise<Target> {
  // --db keeps the database for the next run (building 100k articles takes minutes).
  const keep = dbFile === undefined ? undefined : sizes.length > 1 ? `${dbFile}-${size}` : dbFile;
  const dir = keep === undefined ? fs.mkdtempSync(path.join(os.tmpdir(), "steppe-bench-")) : undefined;
  const file = keep ?? path.join(dir ?? os.tmpdir(), "bench.db");
  const handle = openDatabase(file);
  return {
    name: "SQLite",
    engine: "FTS5",
    handle,
    async size() {
      await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(handle.db);
      return fileSize(file);
    },
    reusable: keep !== undefined,
    async dispose() {
      await handle.close();
      if (dir !== undefined) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresTarget(baseUrl: string): Promise<Target> {
  const name = `steppe_bench_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = async (statement: string): Promise<void> => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const handle = openDatabase(url.toString());
  return {
    name: "PostgreSQL",
    engine: "tsvector",
    handle,
    async size() {
      await sql`VACUUM ANALYZE`.execute(handle.db);
      const row = await sql<{ n: string }>`SELECT pg_database_size(current_database()) AS n`.execute(
        handle.db,
      );
      return Number(row.rows[0]?.n ?? 0);
    },
    async dispose() {
      await handle.close();
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** `--postgres auto`: the test server if it answers, else null (the run goes on without it). */
async function resolvePostgres(value: string | undefined): Promise<string | null> {
  if (value === undefined) return null;
  if (value !== "auto") return value;
  const url = process.env.STEPPE_TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return url;
  } catch (error) {
    console.log(`PostgreSQL skipped: ${url} is not reachable (${(error as Error).message})`);
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

interface Summary {
  readonly size: number;
  readonly target: string;
  readonly build: string;
  readonly full: readonly number[];
  readonly hitsOnly: readonly number[];
  readonly cold: readonly number[];
  readonly like: readonly number[];
}
const summaries: Summary[] = [];

const resolvedPostgres = await resolvePostgres(postgresUrl);
const makers: ((size: number) => Promise<Target>)[] = [sqliteTarget];
if (resolvedPostgres !== null) makers.push(() => postgresTarget(resolvedPostgres));

for (const size of sizes) {
  for (const makeTarget of makers) {
    const target = await makeTarget(size);
    const { handle, engine } = target;
    try {
      await migrateToLatest(handle);
      const db = handle.db;
      console.log(`\n== ${size.toLocaleString("en")} articles on ${target.name} ==`);
      let started = performance.now();
      const index = createSearchIndex({ db, dialect: handle.dialect, timeZone: "Asia/Almaty" });
      const existing = await sql<{ n: number }>`SELECT count(*) AS n FROM search_docs`.execute(db);
      let build = "reused";
      if (target.reusable === true && Number(existing.rows[0]?.n ?? 0) === size) {
        console.log(`reusing the corpus already indexed in the database (${mb(await target.size())})`);
      } else {
        if (Number(existing.rows[0]?.n ?? 0) > 0)
          throw new Error("the --db file holds another corpus; remove it");
        const at = new Date().toISOString();
        const sectionIds: number[] = [];
        for (const slug of SECTIONS) {
          const row = await db
            .insertInto("tags")
            .values({ kind: "section", slug, name: slug, created_at: at })
            .returning("id")
            .executeTakeFirstOrThrow();
          sectionIds.push(row.id);
        }
        let batch: Parameters<ReturnType<typeof db.insertInto<"articles">>["values"]>[0] & unknown[] = [];
        const tagRows: { article_id: number; tag_id: number; position: number }[] = [];
        let id = 0;
        const flush = async (): Promise<void> => {
          if (batch.length === 0) return;
          await db.transaction().execute(async (trx) => {
            await trx.insertInto("articles").values(batch).execute();
            await trx.insertInto("article_tags").values(tagRows).execute();
          });
          batch = [];
          tagRows.length = 0;
        };
        for (const article of generateCorpus({ count: size, sections: SECTIONS.length })) {
          id++;
          batch.push({
            id,
            translation_group: `g${id}`,
            language: article.language,
            slug: article.slug,
            title: article.title,
            dek: article.dek,
            body_html: `<p>${article.bodyText}</p>`,
            body_text: article.bodyText,
            excerpt: article.bodyText.slice(0, 200),
            reading_minutes: 3,
            status: "published",
            published_at: article.publishedAt,
            created_at: at,
            updated_at: at,
          });
          tagRows.push({ article_id: id, tag_id: sectionIds[article.section] ?? 1, position: 0 });
          if (batch.length >= 200) await flush();
        }
        await flush();
        const withoutIndex = await target.size();
        console.log(
          `corpus written in ${((performance.now() - started) / 1000).toFixed(1)} s; database ${mb(withoutIndex)}`,
        );

        let lastShown = 0;
        const report = await index.reindex({
          batchSize: 1000,
          onProgress: (done, total) => {
            if (done - lastShown >= total / 10 || done === total) {
              lastShown = done;
              process.stderr.write(`  indexed ${done}/${total}\r`);
            }
          },
        });
        const withIndex = await target.size();
        const rate = Math.round(report.indexed / report.seconds);
        build = `${rate.toLocaleString("en")}/s, ${mb(withIndex - withoutIndex)}`;
        console.log(
          `index build: ${report.indexed.toLocaleString("en")} articles in ${report.seconds.toFixed(1)} s = ` +
            `${rate.toLocaleString("en")} articles/s; index size ${mb(withIndex - withoutIndex)} ` +
            `(database ${mb(withIndex)})`,
        );
      }

      const now = new Date("2026-11-20T00:00:00Z").toISOString();
      // Cold: a fresh index per query (empty term-set cache), after its one-time load of the
      // per-article facts, which a server does once at start.
      const cold: number[] = [];
      let loadMs = 0;
      for (const { request } of MIX) {
        const fresh = createSearchIndex({ db, dialect: handle.dialect, timeZone: "Asia/Almaty" });
        started = performance.now();
        await fresh.countryArticles({ country: "KZ", now, limit: 1 });
        loadMs = performance.now() - started;
        started = performance.now();
        await fresh.search({ ...request, now });
        cold.push(performance.now() - started);
      }
      const memoryBefore = process.memoryUsage().heapUsed;
      for (const { request } of MIX) await index.search({ ...request, now }); // warm up
      const full: number[] = [];
      const hitsOnly: number[] = [];
      const perQuery: string[] = [];
      for (const { label, request } of MIX) {
        const times: number[] = [];
        let total = 0;
        for (let r = 0; r < runs * 5; r++) {
          started = performance.now();
          const result = await index.search({ ...request, now });
          times.push(performance.now() - started);
          total = result.total;
          started = performance.now();
          await index.search({ ...request, now, facets: false, didYouMean: false });
          hitsOnly.push(performance.now() - started);
        }
        full.push(...times);
        perQuery.push(
          `  ${label.padEnd(17)} p50 ${ms(percentile(times, 50)).padStart(10)}  max ${ms(Math.max(...times)).padStart(10)}  total ${total}`,
        );
      }
      console.log(
        `${engine.padEnd(8)} with counts, facets, did-you-mean: p50 ${ms(percentile(full, 50))}  p95 ${ms(percentile(full, 95))}  p99 ${ms(percentile(full, 99))}`,
      );
      console.log(
        `${engine.padEnd(8)} hits and total only:               p50 ${ms(percentile(hitsOnly, 50))}  p95 ${ms(percentile(hitsOnly, 95))}  p99 ${ms(percentile(hitsOnly, 99))}`,
      );
      console.log(perQuery.join("\n"));
      console.log(
        `${engine.padEnd(8)} cold (empty cache, first query):  p50 ${ms(percentile(cold, 50))}  p95 ${ms(percentile(cold, 95))}  max ${ms(Math.max(...cold))}`,
      );
      console.log(
        `one-time load of per-article facts: ${ms(loadMs)}; heap after the warm-up ${mb(process.memoryUsage().heapUsed)} (+${mb(Math.max(0, process.memoryUsage().heapUsed - memoryBefore))} for cached term sets)`,
      );

      const like: number[] = [];
      for (const { like: term, request } of MIX) {
        for (let r = 0; r < runs; r++) {
          started = performance.now();
          const pattern = `%${term}%`;
          await sql`SELECT count(*) FROM articles WHERE status = 'published' AND published_at <= ${now}
          AND (title LIKE ${pattern} OR body_text LIKE ${pattern})`.execute(db);
          await sql`SELECT id, title FROM articles WHERE status = 'published' AND published_at <= ${now}
          AND (title LIKE ${pattern} OR body_text LIKE ${pattern})
          ORDER BY published_at DESC LIMIT 10 OFFSET ${request.offset ?? 0}`.execute(db);
          like.push(performance.now() - started);
        }
      }
      const p = (q: number): number => percentile(like, q);
      console.log(
        `LIKE '%term%' scan (count + page):                p50 ${ms(p(50))}  p95 ${ms(p(95))}  p99 ${ms(p(99))}`,
      );
      console.log(`ratio LIKE/${engine} at p50: ${(p(50) / percentile(full, 50)).toFixed(0)}x`);
      summaries.push({ size, target: `${target.name} ${engine}`, build, full, hitsOnly, cold, like });
    } finally {
      await target.dispose();
    }
  }
}

// Side by side, one row per size and database: p50/p95/p99 in ms.
const triple = (values: readonly number[]): string =>
  [50, 95, 99].map((q) => percentile([...values], q).toFixed(1)).join(" / ");
console.log(
  "\n| articles | database | build | full p50/p95/p99 | hits+total p50/p95/p99 | cold p50/p95/p99 | LIKE p50/p95/p99 |",
);
console.log("| --- | --- | --- | --- | --- | --- | --- |");
for (const s of summaries)
  console.log(
    `| ${s.size.toLocaleString("en")} | ${s.target} | ${s.build} | ${triple(s.full)} | ${triple(s.hitsOnly)} | ${triple(s.cold)} | ${triple(s.like)} |`,
  );
