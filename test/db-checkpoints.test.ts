import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OFFLOADED_AUTOCHECKPOINT_PAGES } from "../src/db/checkpoints.js";
import { type DatabaseHandle, openDatabase } from "../src/db/connect.js";

async function autocheckpoint(handle: DatabaseHandle): Promise<number> {
  const rows = await sql<{ wal_autocheckpoint: number }>`PRAGMA wal_autocheckpoint`.execute(handle.db);
  return Number(rows.rows[0]?.wal_autocheckpoint);
}

describe("offloaded WAL checkpoints (SQLite)", () => {
  let dir: string;
  let handle: DatabaseHandle;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "steppe-checkpoints-"));
    handle = openDatabase(path.join(dir, "steppe.db"));
    await sql`CREATE TABLE filler (id INTEGER PRIMARY KEY, data BLOB NOT NULL)`.execute(handle.db);
  });
  afterEach(async () => {
    await handle.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("copies committed pages into the database file from another thread while writes go on", async () => {
    const file = path.join(dir, "steppe.db");
    const checkpoints = handle.offloadCheckpoints();
    // The writer would checkpoint only past the backstop (64 MB of WAL); these writes are 12 MB.
    expect(await autocheckpoint(handle)).toBe(OFFLOADED_AUTOCHECKPOINT_PAGES);
    const before = fs.statSync(file).size;
    for (let batch = 0; batch < 6; batch++) {
      await handle.db.transaction().execute(async (trx) => {
        for (let i = 0; i < 500; i++)
          await sql`INSERT INTO filler (data) VALUES (${Buffer.alloc(4000, batch * 500 + i)})`.execute(trx);
      });
    }
    // The thread checkpoints every 250 ms: the file grows without the writer checkpointing.
    const deadline = Date.now() + 10_000;
    while (fs.statSync(file).size < before + 10_000_000 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fs.statSync(file).size).toBeGreaterThan(before + 10_000_000);
    await checkpoints.stop();
    await checkpoints.stop(); // twice is harmless
    expect(await autocheckpoint(handle)).toBe(1000);
    const count = await sql<{ n: number }>`SELECT count(*) AS n FROM filler`.execute(handle.db);
    expect(Number(count.rows[0]?.n)).toBe(3000);
  });

  it("leaves an in-memory database as it is", async () => {
    const memory = openDatabase(":memory:");
    try {
      const checkpoints = memory.offloadCheckpoints();
      await checkpoints.stop();
      expect(await autocheckpoint(memory)).toBe(1000);
    } finally {
      await memory.close();
    }
  });
});
