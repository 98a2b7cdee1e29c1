import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ArticleService,
  type ArticleStore,
  createArticleService,
  createArticleStore,
} from "../src/articles/index.js";
import { type DatabaseHandle, openDatabase } from "../src/db/connect.js";
import { migrateToLatest } from "../src/db/migrate.js";
import {
  createTestDatabase,
  POSTGRES_SKIP_NOTE,
  postgresTestUrl,
  type TestDatabase,
} from "./helpers/databases.js";

/**
 * Two `steppe serve` processes on different ports against one PostgreSQL database: a change made
 * elsewhere shows on both within a second (LISTEN/NOTIFY invalidates their page caches), and a
 * scheduled article is published exactly once although both instances run the publisher.
 */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (await check()) return Date.now() - start;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

async function pageContains(url: string, text: string): Promise<boolean> {
  try {
    const res = await fetch(url);
    return (await res.text()).includes(text);
  } catch {
    return false;
  }
}

describe.skipIf(postgresTestUrl() === undefined)("two instances on one PostgreSQL database", () => {
  let dir: string;
  let database: TestDatabase;
  let handle: DatabaseHandle;
  let store: ArticleStore;
  let service: ArticleService;
  let sectionId: number;
  const servers: ChildProcess[] = [];
  const bases: string[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "steppe-multi-"));
    database = await createTestDatabase("postgres", dir);
    handle = openDatabase(database.url);
    await migrateToLatest(handle);
    store = createArticleStore(handle.db);
    service = createArticleService({ store });
    sectionId = await store.transaction((trx) =>
      store.upsertTag(trx, { kind: "section", slug: "economy", name: "Economy" }, new Date().toISOString()),
    );
    await service.create({
      language: "en",
      title: "First story",
      body: "<p>Hello.</p>",
      status: "published",
      tagIds: [sectionId],
    });
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      let output = "";
      const child = spawn(process.execPath, ["--import", "tsx", "src/cli/bin.ts", "serve"], {
        env: {
          ...process.env,
          DATABASE_URL: database.url,
          PORT: String(port),
          HOST: "127.0.0.1",
          SITE_URL: base,
          MEDIA_DIR: path.join(dir, "media"),
          LOG_LEVEL: "warn",
          STEPPE_DEMO: "off",
          RATES_FETCH: "off",
          PUBLISH_INTERVAL_MS: "200",
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      child.stdout?.on("data", (d: Buffer) => {
        output += d.toString();
      });
      child.stderr?.on("data", (d: Buffer) => {
        output += d.toString();
      });
      servers.push(child);
      bases.push(base);
      await waitUntil(async () => {
        if (child.exitCode !== null) throw new Error(`instance ${i} exited:\n${output}`);
        return pageContains(`${base}/`, "First story");
      }, 30_000);
    }
  }, 90_000);

  afterAll(async () => {
    for (const child of servers) child.kill("SIGTERM");
    await Promise.all(
      servers.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once("exit", r)))),
    );
    await handle?.close();
    await database?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("shows a newly published article on every instance within one second", async () => {
    // Warm both page caches so that only invalidation can make the new story appear.
    for (const base of bases) {
      await fetch(`${base}/section/economy`);
      const cached = await fetch(`${base}/section/economy`);
      expect(cached.headers.get("x-page-cache")).toBe("hit");
    }
    await service.create({
      language: "en",
      title: "Breaking across instances",
      body: "<p>News.</p>",
      status: "published",
      tagIds: [sectionId],
    });
    const delays = await Promise.all(
      bases.map((base) =>
        waitUntil(() => pageContains(`${base}/section/economy`, "Breaking across instances"), 1_000),
      ),
    );
    // waitUntil throws past one second; the delays themselves are typically tens of milliseconds.
    expect(delays).toHaveLength(2);
  });

  it("publishes a scheduled article exactly once although both instances run the publisher", async () => {
    const due = new Date(Date.now() + 1_000).toISOString();
    const scheduled = await service.create({
      language: "en",
      title: "Embargo lifts now",
      body: "<p>Scheduled.</p>",
      status: "scheduled",
      publishedAt: due,
      tagIds: [sectionId],
    });
    for (const base of bases)
      await waitUntil(() => pageContains(`${base}/section/economy`, "Embargo lifts now"), 5_000);
    const record = await store.getRecord(scheduled.id);
    expect(record?.status).toBe("published");
    // One revision for creation, exactly one for the publication.
    expect(await store.countRevisions(scheduled.id)).toBe(2);
    expect(record?.version).toBe(2);
  });
});

describe("multi-instance", () => {
  it.skipIf(postgresTestUrl() === undefined)(POSTGRES_SKIP_NOTE, () => {
    expect(postgresTestUrl()).toMatch(/^postgres/);
  });
});
