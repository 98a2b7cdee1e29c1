import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Kysely, Migrator } from "kysely";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { openDatabase } from "../src/db/connect.js";
import { allMigrations } from "../src/db/migrations/index.js";
import { createSearchIndex } from "../src/search/index.js";
import { captureOutput } from "./helpers/cli-output.js";

/** Runs `fn` against a fresh demo newsroom in a temporary folder, removed afterwards. */
async function withDemo(
  prefix: string,
  fn: (env: { DATABASE_URL: string; MEDIA_DIR: string; LOG_LEVEL: string }) => Promise<void>,
): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const env = {
    DATABASE_URL: path.join(dir, "steppe.db"),
    MEDIA_DIR: path.join(dir, "media"),
    LOG_LEVEL: "silent",
  };
  try {
    expect(await main(["demo"], env, captureOutput())).toBe(0);
    await fn(env);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("steppe search", () => {
  it("reindex rebuilds the index of the demo newsroom and reports what it did", async () => {
    await withDemo("steppe-search-cli-", async (env) => {
      const io = captureOutput();
      expect(await main(["search", "reindex"], env, io)).toBe(0);
      expect(io.lines.join("\n")).toMatch(
        /Search index rebuilt in [\d.]+ s: \d{2} articles indexed, 0 stale entries removed\./,
      );
      const bad = captureOutput();
      expect(await main(["search", "rebuild"], env, bad)).toBe(2);
      expect(bad.errors.join("\n")).toContain("steppe search reindex");
    });
  }, 30_000);
});

describe("upgrading to the ascii-tokenised index (migration 008)", () => {
  it("leaves an empty index that says it needs a rebuild, and the rebuild restores search", async () => {
    await withDemo("steppe-search-upgrade-", async (env) => {
      const handle = openDatabase(env.DATABASE_URL);
      try {
        const index = createSearchIndex({ db: handle.db, dialect: handle.dialect, timeZone: "Asia/Almaty" });
        const now = new Date().toISOString();
        const before = (await index.search({ q: "Tokayev", now })).total;
        expect(before).toBeGreaterThan(0);
        // Back to the schema before 008, as an older install has it, then forward again.
        const migrator = new Migrator({
          db: handle.db as unknown as Kysely<unknown>,
          provider: { getMigrations: async () => allMigrations(handle.dialect) },
          allowUnorderedMigrations: true,
        });
        expect((await migrator.migrateDown()).error).toBeUndefined();
        expect(await index.needsRebuild()).toBe(true);
        expect((await migrator.migrateToLatest()).error).toBeUndefined();
        expect(await index.needsRebuild()).toBe(true);
        expect((await index.search({ q: "Tokayev", now })).total).toBe(0);
        await index.reindex();
        expect(await index.needsRebuild()).toBe(false);
        expect((await index.search({ q: "Tokayev", now })).total).toBe(before);
      } finally {
        await handle.close();
      }
    });
  }, 60_000);
});
