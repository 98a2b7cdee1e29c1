import { type Kysely, type MigrationResultSet, Migrator } from "kysely";
import { AppError } from "../core/errors.js";
import type { DatabaseHandle } from "./connect.js";
import { allMigrations } from "./migrations/index.js";

export interface MigrationReport {
  applied: string[];
}

/**
 * Brings the schema up to date. Migrations run in one transaction each; a failure stops at the
 * failing migration and throws DB_MIGRATION_FAILED naming it, leaving earlier ones applied.
 *
 * @example
 * const { applied } = await migrateToLatest(handle);
 */
export async function migrateToLatest(handle: DatabaseHandle): Promise<MigrationReport> {
  const migrator = new Migrator({
    db: handle.db as unknown as Kysely<unknown>,
    provider: { getMigrations: async () => allMigrations(handle.dialect) },
    // Features add migrations independently; their relative order does not matter.
    allowUnorderedMigrations: true,
  });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  const applied = (result.results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
  if (result.error !== undefined) {
    const failed = result.results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new AppError(
      "DB_MIGRATION_FAILED",
      `Migration ${failed} failed on ${handle.location}: ${String((result.error as Error).message ?? result.error)}`,
      { cause: result.error, details: { migration: failed, applied } },
    );
  }
  return { applied };
}
