import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createArticleService, createArticleStore } from "../../src/articles/index.js";
import { openDatabase } from "../../src/db/connect.js";
import { migrateToLatest } from "../../src/db/migrate.js";
import { loadDemo } from "../../src/demo/load-demo.js";
import { createRateStore } from "../../src/rates/index.js";
import { type Judgements, type MetricSummary, summarize } from "../../src/search/evaluation.js";
import { createSearchHook, createSearchIndex } from "../../src/search/index.js";

const FIXTURES = new URL("../fixtures/search/", import.meta.url);

export interface JudgedQuery {
  id: string;
  q: string;
  kind: "name" | "plain";
  relevant: Judgements;
}

interface CorpusArticle {
  id: string;
  language: "en" | "ru";
  daysAgo: number;
  title: string;
  dek?: string;
  body: string;
}

/** The judged query set of test/fixtures/search/judgements.json. */
export function loadJudgements(): JudgedQuery[] {
  const file = JSON.parse(fs.readFileSync(new URL("judgements.json", FIXTURES), "utf8")) as {
    queries: JudgedQuery[];
  };
  return file.queries;
}

export interface EngineConfig {
  label: string;
  folding: boolean;
  nameKeys: boolean;
  /**
   * The database to evaluate on: SQLite in a temp folder (default), or a fresh database created
   * on the PostgreSQL server at this URL (dropped afterwards).
   */
  postgresUrl?: string;
}

/** Creates an empty PostgreSQL database next to `baseUrl`; returns its URL and how to drop it. */
async function createPostgresDatabase(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `steppe_eval_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
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
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export interface EvaluationReport {
  config: EngineConfig;
  overall: MetricSummary;
  name: MetricSummary;
  plain: MetricSummary;
  /** Per query: the ranked document ids (for diagnosis). */
  runs: { query: JudgedQuery; ranked: string[] }[];
}

/**
 * Loads the demo newsroom and the fixture corpus into a fresh database (SQLite, or PostgreSQL
 * when `config.postgresUrl` is set) through the article
 * service (so the search hook indexes them), runs every judged query and scores the top 10.
 */
export async function evaluateSearch(
  config: EngineConfig,
  queries = loadJudgements(),
): Promise<EvaluationReport> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "steppe-eval-"));
  const postgres = config.postgresUrl === undefined ? null : await createPostgresDatabase(config.postgresUrl);
  const handle = openDatabase(postgres?.url ?? path.join(dir, "eval.db"));
  try {
    await migrateToLatest(handle);
    const now = new Date("2026-11-20T06:00:00Z");
    const index = createSearchIndex({
      db: handle.db,
      dialect: handle.dialect,
      timeZone: "Asia/Almaty",
      folding: config.folding,
      nameKeys: config.nameKeys,
    });
    const store = createArticleStore(handle.db);
    const service = createArticleService({ store, hooks: [createSearchHook(index)], now: () => now });
    await loadDemo({
      articles: service,
      articleStore: store,
      rates: createRateStore(handle.db),
      mediaDir: path.join(dir, "media"),
      timeZone: "Asia/Almaty",
      now,
    });
    const corpus = JSON.parse(fs.readFileSync(new URL("corpus.json", FIXTURES), "utf8")) as {
      articles: CorpusArticle[];
    };
    for (const article of corpus.articles) {
      await service.create({
        language: article.language,
        title: article.title,
        dek: article.dek ?? "",
        body: `<p>${article.body}</p>`,
        status: "published",
        publishedAt: new Date(now.getTime() - article.daysAgo * 86_400_000).toISOString(),
        sourceKey: article.id,
      });
    }
    const keys = new Map<number, string>();
    for (const row of await handle.db.selectFrom("articles").select(["id", "source_key"]).execute())
      keys.set(row.id, row.source_key ?? String(row.id));
    const runs: EvaluationReport["runs"] = [];
    for (const query of queries) {
      const result = await index.search({
        q: query.q,
        now: now.toISOString(),
        limit: 10,
        facets: false,
        didYouMean: false,
      });
      runs.push({ query, ranked: result.hits.map((hit) => keys.get(hit.id) ?? String(hit.id)) });
    }
    const score = (kind?: "name" | "plain") =>
      summarize(
        runs
          .filter((run) => kind === undefined || run.query.kind === kind)
          .map((run) => ({ ranked: run.ranked, judgements: run.query.relevant })),
      );
    return { config, overall: score(), name: score("name"), plain: score("plain"), runs };
  } finally {
    await handle.close();
    await postgres?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
