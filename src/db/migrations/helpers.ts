import type { CreateTableBuilder } from "kysely";

/** The SQL dialects Steppe runs on. Migrations receive it so they can declare ids correctly. */
export type Dialect = "sqlite" | "postgres";

/**
 * Adds an auto-increment integer primary key named `id`: `integer primary key autoincrement` on
 * SQLite, an identity column on PostgreSQL.
 */
export function idColumn<T extends string>(builder: CreateTableBuilder<T, never>, dialect: Dialect) {
  return dialect === "sqlite"
    ? builder.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    : builder.addColumn("id", "integer", (c) => c.primaryKey().generatedByDefaultAsIdentity());
}
