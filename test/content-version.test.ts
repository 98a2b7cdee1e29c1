import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../src/db/connect.js";
import { bumpContentVersion, readContentVersion, watchContentVersion } from "../src/db/content-version.js";
import {
  type MigratedTestDatabase,
  openMigratedTestDatabase,
  POSTGRES_SKIP_NOTE,
  postgresTestUrl,
  testDialects,
} from "./helpers/databases.js";

describe.each(testDialects())("content version on %s", (dialect) => {
  let database: MigratedTestDatabase;
  let writer: DatabaseHandle;
  let reader: DatabaseHandle;

  beforeAll(async () => {
    database = await openMigratedTestDatabase(dialect, "steppe-version-");
    writer = database.handle;
    reader = database.second();
  });

  afterAll(() => database.close());

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
