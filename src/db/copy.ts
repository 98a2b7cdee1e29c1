import { createHash } from "node:crypto";
import { type Kysely, sql } from "kysely";
import { AppError } from "../core/errors.js";
import type { DatabaseHandle } from "./connect.js";

type LooseTables = Record<string, Record<string, unknown>>;

/**
 * The tables that hold a newsroom, parents before children, each with its primary key. Derived
 * tables (the search index) are not copied: they are rebuilt on the target afterwards.
 */
export const NEWSROOM_TABLES: { name: string; key: string[]; identity: boolean }[] = [
  { name: "authors", key: ["id"], identity: true },
  { name: "tags", key: ["id"], identity: true },
  { name: "media", key: ["id"], identity: true },
  { name: "articles", key: ["id"], identity: true },
  { name: "article_authors", key: ["article_id", "author_id"], identity: false },
  { name: "article_tags", key: ["article_id", "tag_id"], identity: false },
  { name: "revisions", key: ["id"], identity: true },
  { name: "rates", key: ["id"], identity: true },
  { name: "redirects", key: ["from_path"], identity: false },
  { name: "site_state", key: ["key"], identity: false },
  { name: "job_runs", key: ["job", "slot"], identity: false },
  { name: "import_items", key: ["source_key"], identity: false },
];

/** Tables that are bookkeeping or derived, and so are neither copied nor compared. */
const NOT_COPIED = /^(kysely_migration|kysely_migration_lock|search_.*|sqlite_.*)$/;

export interface TableComparison {
  table: string;
  sourceRows: number;
  targetRows: number;
  sourceChecksum: string;
  targetChecksum: string;
  matches: boolean;
}

export interface CopyReport {
  tables: TableComparison[];
  ok: boolean;
}

export interface CopyOptions {
  batchSize?: number;
  onProgress?: (table: string, copied: number, total: number) => void;
}

async function listTables(handle: DatabaseHandle): Promise<string[]> {
  if (handle.dialect === "sqlite") {
    const { rows } = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(
      handle.db,
    );
    return rows.map((r) => r.name);
  }
  const { rows } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(handle.db);
  return rows.map((r) => r.name);
}

async function countRows(db: Kysely<LooseTables>, table: string): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number | string | bigint>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * An order-independent checksum of a table's rows: each row is serialised with sorted column
 * names, hashed, and the sorted row hashes are hashed again. Text sorts differently on the two
 * databases (collations), so the order of rows must not matter.
 */
export async function tableChecksum(
  handle: DatabaseHandle,
  table: string,
  key: string[],
  batchSize = 2000,
): Promise<string> {
  const db = handle.db as unknown as Kysely<LooseTables>;
  const hashes: string[] = [];
  for (let offset = 0; ; offset += batchSize) {
    let q = db.selectFrom(table).selectAll();
    for (const column of key) q = q.orderBy(column);
    const rows = await q.limit(batchSize).offset(offset).execute();
    for (const row of rows) {
      const canonical = JSON.stringify(
        Object.keys(row)
          .sort()
          .map((k) => [k, normalise(row[k])]),
      );
      hashes.push(createHash("sha256").update(canonical).digest("hex"));
    }
    if (rows.length < batchSize) break;
  }
  hashes.sort();
  return createHash("sha256").update(hashes.join("\n")).digest("hex");
}

/** PostgreSQL returns bigint counts as strings and SQLite as numbers: compare as numbers. */
function normalise(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  return value;
}

/**
 * Copies a whole newsroom from one database to another (SQLite <-> PostgreSQL) in one
 * transaction on the target, then compares row counts and checksums per table. The target must
 * be migrated and empty: nothing is overwritten.
 *
 * @example
 * const report = await copyNewsroom(sqliteHandle, postgresHandle);
 * report.ok; // true when every table matches
 */
export async function copyNewsroom(
  source: DatabaseHandle,
  target: DatabaseHandle,
  options: CopyOptions = {},
): Promise<CopyReport> {
  const batchSize = options.batchSize ?? 500;
  const known = new Set(NEWSROOM_TABLES.map((t) => t.name));
  const unknown = (await listTables(source)).filter((t) => !known.has(t) && !NOT_COPIED.test(t));
  if (unknown.length > 0) {
    throw new AppError(
      "VALIDATION_FAILED",
      `The source has tables this version does not know how to copy: ${unknown.join(", ")}. Upgrade Steppe before copying.`,
    );
  }
  const from = source.db as unknown as Kysely<LooseTables>;
  const to = target.db as unknown as Kysely<LooseTables>;
  const sourceTables = new Set(await listTables(source));
  const tables = NEWSROOM_TABLES.filter((t) => sourceTables.has(t.name));
  for (const table of tables) {
    const existing = await countRows(to, table.name);
    if (existing > 0) {
      throw new AppError(
        "CONFLICT",
        `The target already has ${existing} rows in ${table.name}; copy into an empty, migrated database (${target.location}).`,
      );
    }
  }
  await to.transaction().execute(async (trx) => {
    for (const table of tables) {
      const total = await countRows(from, table.name);
      let copied = 0;
      for (let offset = 0; offset < total; offset += batchSize) {
        let q = from.selectFrom(table.name).selectAll();
        for (const column of table.key) q = q.orderBy(column);
        const rows = await q.limit(batchSize).offset(offset).execute();
        if (rows.length === 0) break;
        // Stay below SQLite's bound-parameter limit on wide tables.
        const width = Object.keys(rows[0] ?? {}).length || 1;
        const chunk = Math.max(1, Math.floor(30_000 / width));
        for (let i = 0; i < rows.length; i += chunk) {
          await trx
            .insertInto(table.name)
            .values(rows.slice(i, i + chunk))
            .execute();
        }
        copied += rows.length;
        options.onProgress?.(table.name, copied, total);
      }
      if (target.dialect === "postgres" && table.identity) {
        // Explicit ids do not advance an identity sequence: move it past the copied ids.
        await sql`select setval(pg_get_serial_sequence(${table.name}, 'id'), coalesce((select max(id) from ${sql.table(table.name)}), 0) + 1, false)`.execute(
          trx,
        );
      }
    }
  });
  const comparisons: TableComparison[] = [];
  for (const table of tables) {
    const [sourceRows, targetRows, sourceChecksum, targetChecksum] = await Promise.all([
      countRows(from, table.name),
      countRows(to, table.name),
      tableChecksum(source, table.name, table.key),
      tableChecksum(target, table.name, table.key),
    ]);
    comparisons.push({
      table: table.name,
      sourceRows,
      targetRows,
      sourceChecksum,
      targetChecksum,
      matches: sourceRows === targetRows && sourceChecksum === targetChecksum,
    });
  }
  return { tables: comparisons, ok: comparisons.every((c) => c.matches) };
}
