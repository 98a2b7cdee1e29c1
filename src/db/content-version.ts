import { randomUUID } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "./schema.js";

const KEY = "content_version";

/**
 * The content version is a token that changes on every write that can change a public page
 * (articles, tags, rates...). Page caches and ETags include it, so a write invalidates every
 * cached page at once, on every instance that reads the same database.
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
  return value;
}

/**
 * Reads the current content version ("0" before the first write).
 */
export async function readContentVersion(db: Kysely<Database>): Promise<string> {
  const row = await db.selectFrom("site_state").select("value").where("key", "=", KEY).executeTakeFirst();
  return row?.value ?? "0";
}
