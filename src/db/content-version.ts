import { randomUUID } from "node:crypto";
import { type Kysely, PostgresAdapter, sql, type Transaction } from "kysely";
import type { DatabaseHandle } from "./connect.js";
import type { Database } from "./schema.js";

const KEY = "content_version";
/** PostgreSQL channel on which every instance hears that content changed. */
export const CONTENT_CHANNEL = "steppe_content";

/**
 * The content version is a token that changes on every write that can change a public page
 * (articles, tags, rates...). Page caches and ETags include it, so a write invalidates every
 * cached page at once. On PostgreSQL the new token is also sent with NOTIFY, which PostgreSQL
 * delivers to every listening instance when the transaction commits (and never if it rolls back).
 *
 * @example
 * await db.transaction().execute(async (trx) => { ...; await bumpContentVersion(trx); });
 */
export async function bumpContentVersion(db: Kysely<Database> | Transaction<Database>): Promise<string> {
  const value = randomUUID();
  await db
    .insertInto("site_state")
    .values({ key: KEY, value })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value }))
    .execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`select pg_notify(${CONTENT_CHANNEL}, ${value})`.execute(db);
  }
  return value;
}

/**
 * Reads the current content version ("0" before the first write).
 */
export async function readContentVersion(db: Kysely<Database>): Promise<string> {
  const row = await db.selectFrom("site_state").select("value").where("key", "=", KEY).executeTakeFirst();
  return row?.value ?? "0";
}

/** Where the web layer gets the current content version from. */
export interface ContentVersionSource {
  current(): Promise<string>;
  /** Subscribes to changes (PostgreSQL: from any instance). */
  onChange(listener: (version: string) => void): void;
  stop(): Promise<void>;
}

/**
 * The content version as the web layer sees it. On SQLite (one process) it is read from the
 * database per request: one primary-key lookup. On PostgreSQL every instance LISTENs for the
 * NOTIFY sent by `bumpContentVersion`, so a publish on one instance invalidates the page caches
 * of all the others at once, without a database round trip per request; after a lost listener
 * connection the version is read again, since notifications may have been missed.
 *
 * @example
 * const versions = await watchContentVersion(handle);
 * const version = await versions.current();
 */
export async function watchContentVersion(handle: DatabaseHandle): Promise<ContentVersionSource> {
  const listeners = new Set<(version: string) => void>();
  const emit = (version: string): void => {
    for (const listener of listeners) listener(version);
  };
  if (handle.dialect === "sqlite") {
    return {
      current: () => readContentVersion(handle.db),
      onChange: (listener) => listeners.add(listener),
      stop: async () => undefined,
    };
  }
  let known: string | null = null;
  const refresh = async (): Promise<string> => {
    const version = await readContentVersion(handle.db);
    if (version !== known) {
      known = version;
      emit(version);
    }
    return version;
  };
  const unsubscribe = await handle.listen(
    CONTENT_CHANNEL,
    (payload) => {
      known = payload;
      emit(payload);
    },
    () => {
      known = null;
      void refresh().catch(() => undefined);
    },
  );
  return {
    async current() {
      return known ?? refresh();
    },
    onChange: (listener) => listeners.add(listener),
    stop: unsubscribe,
  };
}
