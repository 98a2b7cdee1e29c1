import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import {
  type ArticleService,
  type ArticleStore,
  createArticleService,
  createArticleStore,
} from "../../src/articles/index.js";
import { type Config, loadConfig } from "../../src/config.js";
import { type DatabaseHandle, openDatabase } from "../../src/db/connect.js";
import { migrateToLatest } from "../../src/db/migrate.js";
import { createRateStore, type RateStore } from "../../src/rates/index.js";
import { createSearchHook, createSearchIndex } from "../../src/search/index.js";
import { buildApp } from "../../src/web/app.js";
import { createTestDatabase, type TestDialect } from "./databases.js";

/** A newsroom on a real SQLite file in a temp folder, with the app built in-process. */
export interface TestNewsroom {
  dir: string;
  config: Config;
  database: DatabaseHandle;
  articleStore: ArticleStore;
  articles: ArticleService;
  rates: RateStore;
  app: FastifyInstance;
  ids: { authors: Record<string, number>; tags: Record<string, number>; media: Record<string, number> };
  close(): Promise<void>;
}

export interface TestNewsroomOptions {
  /** Which database to run on (default SQLite). */
  dialect?: TestDialect;
  now?: () => Date;
  env?: Record<string, string>;
}

/** Opens a fresh newsroom with a few authors, tags and one image, and no articles. */
export async function openTestNewsroom(options: TestNewsroomOptions = {}): Promise<TestNewsroom> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "steppe-test-"));
  const testDatabase = await createTestDatabase(options.dialect ?? "sqlite", dir);
  const config = loadConfig({
    DATABASE_URL: testDatabase.url,
    MEDIA_DIR: path.join(dir, "media"),
    SITE_URL: "https://news.example.org",
    SITE_NAME: "Steppe Test",
    LOG_LEVEL: "silent",
    ...options.env,
  });
  const database = openDatabase(config.databaseUrl);
  await migrateToLatest(database);
  const articleStore = createArticleStore(database.db);
  const now = options.now ?? (() => new Date());
  // As in production, every article write updates the search index in the same transaction.
  const searchIndex = createSearchIndex({
    db: database.db,
    dialect: database.dialect,
    timeZone: config.siteTimeZone,
  });
  const articles = createArticleService({ store: articleStore, now, hooks: [createSearchHook(searchIndex)] });
  const rates = createRateStore(database.db);
  const at = new Date().toISOString();
  const ids = await articleStore.transaction(async (trx) => {
    const authors = {
      aida: await articleStore.upsertAuthor(
        trx,
        { slug: "aida-test", name: "Aida Testova", nameRu: "Аида Тестова", bio: "Covers water." },
        at,
      ),
      timur: await articleStore.upsertAuthor(
        trx,
        { slug: "timur-test", name: "Timur Testov", bio: "Covers energy." },
        at,
      ),
    };
    const tags = {
      economy: await articleStore.upsertTag(
        trx,
        { kind: "section", slug: "economy", name: "Economy", nameRu: "Экономика" },
        at,
      ),
      politics: await articleStore.upsertTag(
        trx,
        { kind: "section", slug: "politics", name: "Politics", nameRu: "Политика" },
        at,
      ),
      kazakhstan: await articleStore.upsertTag(
        trx,
        { kind: "country", slug: "kazakhstan", name: "Kazakhstan", nameRu: "Казахстан", code: "KZ" },
        at,
      ),
      kyrgyzstan: await articleStore.upsertTag(
        trx,
        { kind: "country", slug: "kyrgyzstan", name: "Kyrgyzstan", nameRu: "Кыргызстан", code: "KG" },
        at,
      ),
      water: await articleStore.upsertTag(
        trx,
        { kind: "topic", slug: "water", name: "Water", nameRu: "Вода" },
        at,
      ),
    };
    const media = {
      dam: await articleStore.upsertMedia(
        trx,
        {
          path: "test/dam.svg",
          mime: "image/svg+xml",
          width: 800,
          height: 450,
          alt: "A concrete dam across a gorge",
          altRu: "Бетонная плотина в ущелье",
          caption: "The dam holds back the spring flood.",
          captionRu: "Плотина сдерживает весенний паводок.",
          credit: "Illustration: Test desk",
        },
        at,
      ),
    };
    return { authors, tags, media };
  });
  fs.mkdirSync(path.join(config.mediaDir, "test"), { recursive: true });
  fs.writeFileSync(
    path.join(config.mediaDir, "test", "dam.svg"),
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 4" width="800" height="450"><title>Dam</title><rect width="8" height="4" fill="#345"/></svg>',
  );
  const app = await buildApp({ config, database, now, logger: false });
  return {
    dir,
    config,
    database,
    articleStore,
    articles,
    rates,
    app,
    ids,
    async close() {
      await app.close();
      await database.close();
      await testDatabase.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Hours before `now` as an ISO instant. */
export function hoursAgo(hours: number, now = new Date()): string {
  return new Date(now.getTime() - hours * 3_600_000).toISOString();
}
