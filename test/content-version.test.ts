import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "../src/db/connect.js";
import { bumpContentVersion, readContentVersion, watchContentVersion } from "../src/db/content-version.js";
import { migrateToLatest } from "../src/db/migrate.js";
import {
  createTestDatabase,
  POSTGRES_SKIP_NOTE,
  postgresTestUrl,
  type TestDatabase,
  testDialects,
} from "./helpers/databases.js";

describe.each(testDialects())("content version on %s", (dialect) => {
  let dir: string;
  let database: TestDatabase;
  let writer: DatabaseHandle;
  let reader: DatabaseHandle;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "steppe-version-"));
    database = await createTestDatabase(dialect, dir);
    writer = openDatabase(database.url);
    await migrateToLatest(writer);
    reader = dialect === "postgres" ? openDatabase(database.url) : writer;
  });

  afterAll(async () => {
    await writer.close();
    if (reader !== writer) await reader.close();
    await database.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("shows a committed write at once, and never a rolled-back one", async () => {
    const versions = await watchContentVersion(reader);
    const before = await versions.current();
    const bumped = await writer.db.transaction().execute((trx) => bumpContentVersion(trx));
    expect(await versions.current()).toBe(bumped);
    await expect(
      writer.db.transaction().execute(async (trx) => {
        await bumpContentVersion(trx);
        throw new Error("editor's save failed");
      }),
    ).rejects.toThrow("editor's save failed");
    expect(await versions.current()).toBe(bumped);
    expect(bumped).not.toBe(before);
    await versions.stop();
  });

  it.skipIf(dialect !== "postgres")("tells other instances by NOTIFY when a write commits", async () => {
    const versions = await watchContentVersion(reader);
    const heard: string[] = [];
    versions.onChange((v) => heard.push(v));
    const bumped = await writer.db.transaction().execute((trx) => bumpContentVersion(trx));
    const start = Date.now();
    while (!heard.includes(bumped) && Date.now() - start < 1_000) await new Promise((r) => setTimeout(r, 10));
    expect(heard).toContain(bumped);
    expect(await readContentVersion(reader.db)).toBe(bumped);
    await versions.stop();
  });
});

describe("content version", () => {
  it.skipIf(postgresTestUrl() === undefined)(POSTGRES_SKIP_NOTE, () => {
    expect(postgresTestUrl()).toMatch(/^postgres/);
  });
});
