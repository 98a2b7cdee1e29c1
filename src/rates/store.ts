import type { Kysely } from "kysely";
import { bumpContentVersion } from "../db/content-version.js";
import type { Database, NewRateRow, RateRow } from "../db/schema.js";

/** A published rate as stored: `value` units of `base` buy `nominal` units of `quote`. */
export type StoredRate = RateRow;

/** A rate to store; `is_demo` defaults to 0. */
export type RateInput = Omit<NewRateRow, "id">;

/**
 * Data access for official rates. Upserts are idempotent: storing the same publication twice
 * changes nothing, and a bank's correction of a day replaces that day's value.
 *
 * @example
 * const store = createRateStore(db);
 * await store.upsert([{ source: "nbk", base: "KZT", quote: "USD", date: "2026-04-01", ... }]);
 */
export function createRateStore(db: Kysely<Database>) {
  return {
    /**
     * Stores rates in one transaction and bumps the content version when anything changed.
     * Returns how many rows were inserted or changed.
     */
    async upsert(rows: RateInput[]): Promise<number> {
      if (rows.length === 0) return 0;
      return db.transaction().execute(async (trx) => {
        let changed = 0;
        // SQLite limits bound parameters per statement; 500 rows x 10 columns stays well under it.
        for (let i = 0; i < rows.length; i += 500) {
          const chunk = rows.slice(i, i + 500);
          const result = await trx
            .insertInto("rates")
            .values(chunk)
            .onConflict((oc) =>
              oc
                .columns(["source", "base", "quote", "date"])
                .doUpdateSet((eb) => ({
                  value: eb.ref("excluded.value"),
                  nominal: eb.ref("excluded.nominal"),
                  bank_date: eb.ref("excluded.bank_date"),
                  fetched_at: eb.ref("excluded.fetched_at"),
                  is_demo: eb.ref("excluded.is_demo"),
                }))
                .where((eb) =>
                  eb.or([
                    eb("rates.value", "!=", eb.ref("excluded.value")),
                    eb("rates.nominal", "!=", eb.ref("excluded.nominal")),
                  ]),
                ),
            )
            .executeTakeFirst();
          changed += Number(result.numInsertedOrUpdatedRows ?? 0);
        }
        if (changed > 0) await bumpContentVersion(trx);
        return changed;
      });
    },

    /** The newest `limit` publications of a pair from the given sources, newest first. */
    async latest(
      base: string,
      quote: string,
      sources: string[],
      limit: number,
      onOrBefore?: string,
    ): Promise<StoredRate[]> {
      let q = db
        .selectFrom("rates")
        .selectAll()
        .where("base", "=", base)
        .where("quote", "=", quote)
        .where("source", "in", sources);
      if (onOrBefore !== undefined) q = q.where("date", "<=", onOrBefore);
      return q.orderBy("date", "desc").limit(limit).execute();
    },

    /** A pair's history between two dates (inclusive), oldest first. */
    async history(
      base: string,
      quote: string,
      sources: string[],
      from: string,
      to: string,
    ): Promise<StoredRate[]> {
      return db
        .selectFrom("rates")
        .selectAll()
        .where("base", "=", base)
        .where("quote", "=", quote)
        .where("source", "in", sources)
        .where("date", ">=", from)
        .where("date", "<=", to)
        .orderBy("date", "asc")
        .execute();
    },

    async count(source?: string): Promise<number> {
      let q = db.selectFrom("rates").select((eb) => eb.fn.countAll<number | string | bigint>().as("n"));
      if (source !== undefined) q = q.where("source", "=", source);
      const row = await q.executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

export type RateStore = ReturnType<typeof createRateStore>;
