import type { Kysely } from "kysely";
import { bumpContentVersion } from "../db/content-version.js";
import type { Database, NewRateRow, RateRow } from "../db/schema.js";

/** A published rate as stored: `value` units of `base` buy `nominal` units of `quote`. */
export type StoredRate = RateRow;

/** A rate to store; `is_demo` defaults to 0. */
export type RateInput = Omit<NewRateRow, "id">;

/** What storing one publication did, counted in rates (one per currency). */
export interface SaveReport {
  inserted: number;
  updated: number;
  unchanged: number;
}

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

    /**
     * Stores one publication (rows of one source, base and effective date) in its own
     * transaction and says what changed. A rate already stored with the same value and nominal
     * is left alone (its `fetched_at` too), so fetching a day twice writes nothing and does not
     * bump the content version; a bank's correction replaces the day's value.
     */
    async savePublication(rows: RateInput[]): Promise<SaveReport> {
      const report: SaveReport = { inserted: 0, updated: 0, unchanged: 0 };
      if (rows.length === 0) return report;
      return db.transaction().execute(async (trx) => {
        const existing = new Map<string, RateRow>();
        const keys = new Set(rows.map((r) => `${r.source}|${r.base}|${r.date}`));
        for (const key of keys) {
          const [source = "", base = "", date = ""] = key.split("|");
          const found = await trx
            .selectFrom("rates")
            .selectAll()
            .where("source", "=", source)
            .where("base", "=", base)
            .where("date", "=", date)
            .execute();
          for (const row of found) existing.set(`${key}|${row.quote}`, row);
        }
        for (const row of rows) {
          const old = existing.get(`${row.source}|${row.base}|${row.date}|${row.quote}`);
          if (old === undefined) {
            await trx.insertInto("rates").values(row).execute();
            report.inserted += 1;
          } else if (old.value !== row.value || old.nominal !== row.nominal) {
            await trx
              .updateTable("rates")
              .set({
                value: row.value,
                nominal: row.nominal,
                bank_date: row.bank_date,
                fetched_at: row.fetched_at,
              })
              .where("id", "=", old.id)
              .execute();
            report.updated += 1;
          } else {
            report.unchanged += 1;
          }
        }
        if (report.inserted + report.updated > 0) await bumpContentVersion(trx);
        return report;
      });
    },

    /**
     * The newest effective date on or before `onOrBefore` on which `source` published rates in
     * `base` (optionally: that include `quote`), or undefined.
     */
    async latestDate(
      source: string,
      base: string,
      onOrBefore: string,
      quote?: string,
    ): Promise<string | undefined> {
      let q = db
        .selectFrom("rates")
        .select((eb) => eb.fn.max("date").as("date"))
        .where("source", "=", source)
        .where("base", "=", base)
        .where("date", "<=", onOrBefore);
      if (quote !== undefined) q = q.where("quote", "=", quote);
      const row = await q.executeTakeFirst();
      return row?.date ?? undefined;
    },

    /** Every rate of one publication: `source` in `base` on the effective `date`. */
    async publication(source: string, base: string, date: string): Promise<StoredRate[]> {
      return db
        .selectFrom("rates")
        .selectAll()
        .where("source", "=", source)
        .where("base", "=", base)
        .where("date", "=", date)
        .orderBy("quote", "asc")
        .execute();
    },

    /** Rates of `source` in `base` for the given currencies between two dates (inclusive), oldest first. */
    async between(
      source: string,
      base: string,
      quotes: string[],
      from: string,
      to: string,
    ): Promise<StoredRate[]> {
      if (quotes.length === 0) return [];
      return db
        .selectFrom("rates")
        .selectAll()
        .where("source", "=", source)
        .where("base", "=", base)
        .where("quote", "in", quotes)
        .where("date", ">=", from)
        .where("date", "<=", to)
        .orderBy("date", "asc")
        .orderBy("quote", "asc")
        .execute();
    },

    /** The first effective date stored for `source` in `base` and `quote`, or undefined. */
    async firstDate(source: string, base: string, quote: string): Promise<string | undefined> {
      const row = await db
        .selectFrom("rates")
        .select((eb) => eb.fn.min("date").as("date"))
        .where("source", "=", source)
        .where("base", "=", base)
        .where("quote", "=", quote)
        .executeTakeFirst();
      return row?.date ?? undefined;
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
