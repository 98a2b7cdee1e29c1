import fs from "node:fs";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import { AppError } from "../core/errors.js";
import { NO_OFFLOADING, type OffloadedCheckpoints, offloadCheckpoints } from "./checkpoints.js";
import type { Dialect } from "./migrations/index.js";
import type { Database } from "./schema.js";

/** A notification subscription; call to stop listening. */
export type Unsubscribe = () => Promise<void>;

/** An open database: the typed query builder plus what callers need to know about it. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Human-readable location for logs and messages (never includes a password). */
  location: string;
  /**
   * Waits until the database answers, retrying with exponential backoff (PostgreSQL may still be
   * starting); throws DB_UNAVAILABLE after `retries` failed attempts.
   */
  ready(retries?: number): Promise<void>;
  /**
   * Listens for notifications on a channel (PostgreSQL LISTEN/NOTIFY), reconnecting by itself;
   * `onReconnect` runs after a lost connection comes back, since messages may have been missed.
   * On SQLite there is one process, so there is nothing to listen to: returns a no-op.
   */
  listen(
    channel: string,
    onMessage: (payload: string) => void,
    onReconnect?: () => void,
  ): Promise<Unsubscribe>;
  /** Names of jobs running in this process on this database (see db/jobs.ts). */
  readonly runningJobs: Set<string>;
  /**
   * For a long run of writes (an import): SQLite's WAL checkpoints move to a thread of their own
   * until `stop()` (see checkpoints.ts). Nothing to do on PostgreSQL or an in-memory database.
   */
  offloadCheckpoints(): OffloadedCheckpoints;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** Create the folder of a SQLite file if it does not exist (default true). */
  createFolder?: boolean;
  /** PostgreSQL pool size. */
  poolSize?: number;
  /** PostgreSQL statement timeout, milliseconds; 0 for none. */
  statementTimeoutMs?: number;
  /** Called for errors on idle PostgreSQL connections (which must not crash the process). */
  onBackgroundError?: (error: Error) => void;
}

/** Strips the password from a connection URL for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return url.replace(/:\/\/([^:@/]+):[^@/]*@/, "://$1:***@");
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function openPostgres(url: string, options: OpenDatabaseOptions): DatabaseHandle {
  const location = `PostgreSQL ${redactUrl(url)}`;
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    application_name: "steppe",
  });
  // An idle client losing its server emits here; unhandled, it would crash the process.
  pool.on("error", (error) => options.onBackgroundError?.(error));
  // A checked-out client has no pool listener; without one, a dropped connection would throw an
  // uncaught "Connection terminated unexpectedly". Its running query still fails normally.
  pool.on("connect", (client) => {
    client.on("error", (error) => options.onBackgroundError?.(error));
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const listeners = new Set<pg.Client>();
  let closed = false;

  return {
    db,
    dialect: "postgres",
    offloadCheckpoints: () => NO_OFFLOADING,
    location,
    runningJobs: new Set(),
    async ready(retries = 10) {
      for (let attempt = 0; ; attempt++) {
        try {
          await sql`select 1`.execute(db);
          return;
        } catch (error) {
          if (attempt >= retries) {
            throw new AppError(
              "DB_UNAVAILABLE",
              `Cannot reach ${location} after ${attempt + 1} attempts: ${(error as Error).message}`,
              { cause: error },
            );
          }
          await sleep(Math.min(5_000, 200 * 2 ** attempt));
        }
      }
    },
    async listen(channel, onMessage, onReconnect) {
      if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new AppError("INTERNAL", `Bad channel name ${channel}`);
      let client: pg.Client | null = null;
      let stopped = false;
      const connect = async (isReconnect: boolean): Promise<void> => {
        for (let attempt = 0; !stopped && !closed; attempt++) {
          const candidate = new pg.Client({ connectionString: url, application_name: "steppe-listen" });
          try {
            candidate.on("error", (error) => options.onBackgroundError?.(error));
            await candidate.connect();
            candidate.on("notification", (message) => {
              if (message.channel === channel) onMessage(message.payload ?? "");
            });
            candidate.on("end", () => {
              listeners.delete(candidate);
              if (!stopped && !closed) void connect(true);
            });
            await candidate.query(`LISTEN ${channel}`);
            client = candidate;
            listeners.add(candidate);
            if (isReconnect) onReconnect?.();
            return;
          } catch (error) {
            options.onBackgroundError?.(error as Error);
            await candidate.end().catch(() => undefined);
            await sleep(Math.min(5_000, 200 * 2 ** attempt));
          }
        }
      };
      await connect(false);
      return async () => {
        stopped = true;
        const current = client;
        if (current) {
          listeners.delete(current);
          await current.end().catch(() => undefined);
        }
      };
    },
    async close() {
      closed = true;
      await Promise.all([...listeners].map((c) => c.end().catch(() => undefined)));
      listeners.clear();
      await db.destroy();
    },
  };
}

function openSqlite(url: string, options: OpenDatabaseOptions): DatabaseHandle {
  const file = url.replace(/^sqlite:\/\//i, "");
  if (file !== ":memory:" && options.createFolder !== false) {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }
  let sqlite: SqliteDatabase.Database;
  try {
    sqlite = new SqliteDatabase(file);
    // WAL lets readers proceed while a writer commits; foreign keys are off by default in SQLite.
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("synchronous = NORMAL");
    sqlite.pragma("busy_timeout = 5000");
  } catch (error) {
    throw new AppError(
      "DB_UNAVAILABLE",
      `Cannot open the SQLite database at ${file}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  // Kysely prepares every query anew; preparing costs more than running a small statement, so
  // prepared statements are reused per SQL text (bounded: the app has a few hundred shapes).
  const statements = new Map<string, SqliteDatabase.Statement>();
  const connection = sqlite;
  const cached = {
    close: () => connection.close(),
    prepare: (text: string) => {
      let statement = statements.get(text);
      if (statement === undefined) {
        statement = connection.prepare(text);
        if (statements.size >= 1000) statements.clear();
        statements.set(text, statement);
      }
      return statement;
    },
  };
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cached }) });
  return {
    db,
    dialect: "sqlite",
    location: file === ":memory:" ? "SQLite in memory" : `SQLite ${path.resolve(file)}`,
    runningJobs: new Set(),
    ready: async () => undefined,
    listen: async () => async () => undefined,
    offloadCheckpoints: () => (file === ":memory:" ? NO_OFFLOADING : offloadCheckpoints(connection, file)),
    close: () => db.destroy(),
  };
}

/**
 * Opens the database named by a `DATABASE_URL`: a SQLite file path (or `sqlite://PATH`,
 * `:memory:`) or a `postgres://` URL. PostgreSQL connects lazily; call `ready()` to wait for it.
 *
 * @example
 * const handle = openDatabase("./data/steppe.db");
 * await handle.db.selectFrom("articles").selectAll().execute();
 * await handle.close();
 */
export function openDatabase(url: string, options: OpenDatabaseOptions = {}): DatabaseHandle {
  return /^postgres(ql)?:\/\//i.test(url) ? openPostgres(url, options) : openSqlite(url, options);
}

/** True for errors that mean "the database cannot be reached right now" (answer 503, retry later). */
export function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as Error & { code?: unknown }).code;
  if (
    typeof code === "string" &&
    [
      "ECONNREFUSED",
      "ECONNRESET",
      "ETIMEDOUT",
      "EPIPE",
      "57P01",
      "57P02",
      "57P03",
      "08000",
      "08003",
      "08006",
      "08001",
      "08004",
    ].includes(code)
  ) {
    return true;
  }
  return /Connection terminated|connection timeout|Client has encountered a connection error|timeout exceeded when trying to connect|the database connection is not open|driver has already been destroyed/i.test(
    error.message,
  );
}
