import fs from "node:fs";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { AppError } from "../core/errors.js";
import type { Dialect } from "./migrations/index.js";
import type { Database } from "./schema.js";

/** An open database: the typed query builder plus what callers need to know about it. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Human-readable location for logs and messages (never includes a password). */
  location: string;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** Create the folder of a SQLite file if it does not exist (default true). */
  createFolder?: boolean;
}

/**
 * Opens the database named by a `DATABASE_URL`: a SQLite file path (or `sqlite://PATH`,
 * `:memory:`) or a `postgres://` URL.
 *
 * @example
 * const handle = openDatabase("./data/steppe.db");
 * await handle.db.selectFrom("articles").selectAll().execute();
 * await handle.close();
 */
export function openDatabase(url: string, options: OpenDatabaseOptions = {}): DatabaseHandle {
  if (/^postgres(ql)?:\/\//i.test(url)) {
    throw new AppError(
      "CONFIG_INVALID",
      "DATABASE_URL points to PostgreSQL, which this build does not support yet; use a SQLite file path.",
    );
  }
  const file = url.replace(/^sqlite:\/\//i, "");
  if (file !== ":memory:" && options.createFolder !== false) {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }
  let sqlite: SqliteDatabase.Database;
  try {
    sqlite = new SqliteDatabase(file);
  } catch (error) {
    throw new AppError(
      "DB_UNAVAILABLE",
      `Cannot open the SQLite database at ${file}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  // WAL lets readers proceed while a writer commits; foreign keys are off by default in SQLite.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 5000");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    db,
    dialect: "sqlite",
    location: file === ":memory:" ? "SQLite in memory" : `SQLite ${path.resolve(file)}`,
    close: () => db.destroy(),
  };
}
