import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { type DatabaseHandle, openDatabase } from "../src/db/connect.js";
import { migrateToLatest } from "../src/db/migrate.js";
import { buildApp } from "../src/web/app.js";
import {
  createTestDatabase,
  POSTGRES_SKIP_NOTE,
  postgresTestUrl,
  type TestDatabase,
} from "./helpers/databases.js";

/**
 * A TCP proxy between the app and PostgreSQL that the test can cut and restore, to show that a
 * lost database gives 503s (not 500s, not a crash) and that the app recovers by itself.
 */
function createProxy(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let port = 0;
  const listen = (): Promise<void> =>
    new Promise((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host);
        sockets.add(client);
        sockets.add(upstream);
        client.pipe(upstream).pipe(client);
        const drop = (): void => {
          client.destroy();
          upstream.destroy();
          sockets.delete(client);
          sockets.delete(upstream);
        };
        client.on("error", drop);
        upstream.on("error", drop);
        client.on("close", drop);
        upstream.on("close", drop);
      });
      server.listen(port, "127.0.0.1", () => {
        const address = server?.address();
        if (typeof address === "object" && address) port = address.port;
        resolve();
      });
    });
  return {
    listen,
    get port() {
      return port;
    },
    cut(): Promise<void> {
      for (const s of sockets) s.destroy();
      sockets.clear();
      return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
    },
  };
}

describe.skipIf(postgresTestUrl() === undefined)("losing the PostgreSQL connection", () => {
  let dir: string;
  let database: TestDatabase;
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  const proxy = createProxy({
    host: "127.0.0.1",
    port: Number(new URL(postgresTestUrl() ?? "postgres://x:5432").port || 5432),
  });

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "steppe-outage-"));
    database = await createTestDatabase("postgres", dir);
    await proxy.listen();
    const viaProxy = new URL(database.url);
    viaProxy.hostname = "127.0.0.1";
    viaProxy.port = String(proxy.port);
    const config = loadConfig({
      DATABASE_URL: viaProxy.toString(),
      LOG_LEVEL: "silent",
      MEDIA_DIR: path.join(dir, "media"),
    });
    handle = openDatabase(config.databaseUrl, { poolSize: 2, onBackgroundError: () => {} });
    await migrateToLatest(handle);
    app = await buildApp({ config, database: handle, logger: false });
  });

  afterAll(async () => {
    await app?.close();
    await handle?.close();
    await database?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("answers 503 while the database is away and recovers when it returns", async () => {
    expect((await app.inject("/author/nobody-1")).statusCode).toBe(404);
    await proxy.cut();
    const during = await app.inject("/author/nobody-2");
    expect(during.statusCode).toBe(503);
    expect(during.headers["retry-after"]).toBeDefined();
    expect(during.body).not.toMatch(/at .*\.(ts|js):\d+/);
    const api = await app.inject("/api/does-not-matter");
    expect(api.statusCode).toBe(404);
    await proxy.listen();
    let status = 0;
    for (let i = 0; i < 50 && status !== 404; i++) {
      status = (await app.inject(`/author/nobody-after-${i}`)).statusCode;
      if (status !== 404) await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(404);
  });
});

describe("database outage", () => {
  it.skipIf(postgresTestUrl() === undefined)(POSTGRES_SKIP_NOTE, () => {
    expect(postgresTestUrl()).toMatch(/^postgres/);
  });
});
