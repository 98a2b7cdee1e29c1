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
 * The content version as the web layer sees it. It is read from the database per request (one
 * primary-key lookup), so an instance always sees its own writes and everyone else's at once.
 * On PostgreSQL every instance also LISTENs for the NOTIFY sent by `bumpContentVersion` when a
 * write commits anywhere, so `onChange` listeners can drop cached pages at once instead of
 * holding stale copies until they are next asked for; after a lost listener connection they are
 * told again, since notifications may have been missed.
 *
 * (Serving the version from the last notification alone would save the lookup, but a request
 * that follows a write on the same instance could then arrive before the notification and cache
 * the new page under the old version.)
 *
 * @example
 * const versions = await watchContentVersion(handle);
 * versions.onChange(() => pageCache.clear());
 * const version = await versions.current();
 */
export async function watchContentVersion(handle: DatabaseHandle): Promise<ContentVersionSource> {
  const listeners = new Set<(version: string) => void>();
  const emit = (version: string): void => {
    for (const listener of listeners) listener(version);
  };
  const unsubscribe =
    handle.dialect === "postgres"
      ? await handle.listen(CONTENT_CHANNEL, emit, () => {
          void readContentVersion(handle.db).then(emit, () => undefined);
        })
      : async () => undefined;
  return {
    current: () => readContentVersion(handle.db),
    onChange: (listener) => listeners.add(listener),
    stop: unsubscribe,
  };
}
