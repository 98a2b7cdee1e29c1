import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { type DatabaseHandle, openDatabase } from "../../src/db/connect.js";
import { migrateToLatest } from "../../src/db/migrate.js";

export type TestDialect = "sqlite" | "postgres";

/** The PostgreSQL server to test against, when configured (CI sets it). */
export function postgresTestUrl(): string | undefined {
  const url = process.env.STEPPE_TEST_DATABASE_URL;
  return url === undefined || url === "" ? undefined : url;
}

/**
 * The dialects a parameterised suite runs on: SQLite always, PostgreSQL when
 * STEPPE_TEST_DATABASE_URL is set. Suites pair this with `describeSkippedPostgres()` so a run
 * without PostgreSQL says so instead of silently passing.
 */
export function testDialects(): TestDialect[] {
  return postgresTestUrl() === undefined ? ["sqlite"] : ["sqlite", "postgres"];
}

/** Name of the placeholder suite shown as skipped when PostgreSQL is not configured. */
export const POSTGRES_SKIP_NOTE =
  "PostgreSQL half skipped: set STEPPE_TEST_DATABASE_URL=postgres://... to run it";

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: a SQLite file in `dir`, or a new PostgreSQL
 * database (created from STEPPE_TEST_DATABASE_URL, dropped afterwards).
 */
export async function createTestDatabase(dialect: TestDialect, dir: string): Promise<TestDatabase> {
  if (dialect === "sqlite") return { url: path.join(dir, "steppe.db"), drop: async () => undefined };
  const base = postgresTestUrl();
  if (base === undefined) throw new Error("STEPPE_TEST_DATABASE_URL is not set");
  const name = `steppe_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** A migrated database for one suite (see {@link openMigratedTestDatabase}). */
export interface MigratedTestDatabase {
  url: string;
  /** The handle the schema was migrated through. */
  handle: DatabaseHandle;
  /** Another handle on the same database (a second instance; the same one on SQLite). */
  second(): DatabaseHandle;
  /** Closes every handle, drops the database and removes its folder. */
  close(): Promise<void>;
}

/**
 * A fresh database of `dialect` in a new temp folder named after `prefix`, migrated to the
 * latest schema: the set-up most database suites share.
 *
 * @example
 * let db: MigratedTestDatabase;
 * beforeAll(async () => { db = await openMigratedTestDatabase(dialect, "steppe-jobs-"); });
 * afterAll(() => db.close());
 */
export async function openMigratedTestDatabase(
  dialect: TestDialect,
  prefix: string,
): Promise<MigratedTestDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const database = await createTestDatabase(dialect, dir);
  const handle = openDatabase(database.url);
  await migrateToLatest(handle);
  const others: DatabaseHandle[] = [];
  return {
    url: database.url,
    handle,
    second() {
      if (dialect === "sqlite") return handle;
      const other = openDatabase(database.url);
      others.push(other);
      return other;
    },
    async close() {
      for (const other of others) await other.close();
      await handle.close();
      await database.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
