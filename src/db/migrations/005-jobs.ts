import type { Kysely } from "kysely";

/**
 * job_runs records which scheduled job ran for which time slot, so a job runs exactly once per
 * slot however many instances share the database (see db/jobs.ts).
 */
export function up() {
  return async (db: Kysely<unknown>): Promise<void> => {
    await db.schema
      .createTable("job_runs")
      .addColumn("job", "text", (c) => c.notNull())
      .addColumn("slot", "text", (c) => c.notNull())
      .addColumn("instance", "text", (c) => c.notNull())
      .addColumn("started_at", "text", (c) => c.notNull())
      .addColumn("finished_at", "text")
      .addColumn("outcome", "text")
      .addPrimaryKeyConstraint("job_runs_pk", ["job", "slot"])
      .execute();
  };
}

export function down() {
  return async (db: Kysely<unknown>): Promise<void> => {
    await db.schema.dropTable("job_runs").ifExists().execute();
  };
}
