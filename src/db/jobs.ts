import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { DatabaseHandle } from "./connect.js";

export type JobOutcome = "ran" | "skipped" | "busy";

/**
 * Runs scheduled jobs so that several instances sharing one database never run the same job at
 * the same time, and never run it twice for the same slot.
 *
 * - `runExclusive(job, work)`: mutual exclusion only. On PostgreSQL a session advisory lock
 *   (pg_try_advisory_lock) held on one pooled connection while `work` runs; an instance that
 *   cannot take it answers "busy" at once instead of waiting. On SQLite (one process) an
 *   in-process lock.
 * - `runOnce(job, slot, work)`: exclusion plus a row in job_runs keyed by (job, slot), so that a
 *   slot ("2026-11-23" for a daily fetch) is claimed by exactly one instance, even when another
 *   instance's timer fires after the first one has finished.
 *
 * @example
 * const jobs = createJobRunner(handle);
 * await jobs.runOnce("rates:nbk", "2026-11-23", () => fetchNbk());
 */
export function createJobRunner(handle: DatabaseHandle, instance: string = randomUUID()) {
  // Shared by every runner on this handle, so two runners in one process also exclude each other.
  const localLocks = handle.runningJobs;

  async function exclusive(job: string, work: () => Promise<JobOutcome>): Promise<JobOutcome> {
    if (localLocks.has(job)) return "busy";
    localLocks.add(job);
    try {
      if (handle.dialect === "sqlite") return await work();
      return await handle.db.connection().execute(async (conn) => {
        const { rows } = await sql<{
          locked: boolean;
        }>`select pg_try_advisory_lock(hashtext(${`steppe:${job}`})) as locked`.execute(conn);
        if (rows[0]?.locked !== true) return "busy";
        try {
          return await work();
        } finally {
          await sql`select pg_advisory_unlock(hashtext(${`steppe:${job}`}))`.execute(conn);
        }
      });
    } finally {
      localLocks.delete(job);
    }
  }

  return {
    instance,

    /** Runs `work` unless another instance (or this one) is running the same job. */
    runExclusive(job: string, work: () => Promise<void>): Promise<JobOutcome> {
      return exclusive(job, async () => {
        await work();
        return "ran";
      });
    },

    /** Runs `work` once per (job, slot) across all instances. A failed run releases the slot. */
    runOnce(job: string, slot: string, work: () => Promise<void>): Promise<JobOutcome> {
      return exclusive(job, async () => {
        const claimed = await handle.db
          .insertInto("job_runs")
          .values({
            job,
            slot,
            instance,
            started_at: new Date().toISOString(),
            finished_at: null,
            outcome: null,
          })
          .onConflict((oc) => oc.columns(["job", "slot"]).doNothing())
          .executeTakeFirst();
        if (Number(claimed.numInsertedOrUpdatedRows ?? 0) === 0) return "skipped";
        try {
          await work();
        } catch (error) {
          // Free the slot so that a later attempt (here or on another instance) can retry.
          await handle.db.deleteFrom("job_runs").where("job", "=", job).where("slot", "=", slot).execute();
          throw error;
        }
        await handle.db
          .updateTable("job_runs")
          .set({ finished_at: new Date().toISOString(), outcome: "ok" })
          .where("job", "=", job)
          .where("slot", "=", slot)
          .execute();
        return "ran";
      });
    },
  };
}

export type JobRunner = ReturnType<typeof createJobRunner>;
