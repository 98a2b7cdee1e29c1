import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../src/db/connect.js";
import { createJobRunner } from "../src/db/jobs.js";
import { type MigratedTestDatabase, openMigratedTestDatabase, testDialects } from "./helpers/databases.js";

describe.each(testDialects())("scheduled jobs on %s", (dialect) => {
  let database: MigratedTestDatabase;
  let first: DatabaseHandle;
  let second: DatabaseHandle;

  beforeAll(async () => {
    database = await openMigratedTestDatabase(dialect, "steppe-jobs-");
    first = database.handle;
    // Two handles stand for two instances sharing one database (two pools on PostgreSQL).
    second = database.second();
  });

  afterAll(() => database.close());

  it("runs a job once per slot even when two instances race for it", async () => {
    const a = createJobRunner(first, "instance-a");
    const b = createJobRunner(second, "instance-b");
    let runs = 0;
    const work = async (): Promise<void> => {
      runs++;
      await new Promise((r) => setTimeout(r, 50));
    };
    const outcomes = await Promise.all([
      a.runOnce("rates:nbk", "2026-11-23", work),
      b.runOnce("rates:nbk", "2026-11-23", work),
    ]);
    expect(runs).toBe(1);
    expect(outcomes.filter((o) => o === "ran")).toHaveLength(1);
    // A timer that fires after the first run finished still finds the slot taken.
    expect(await b.runOnce("rates:nbk", "2026-11-23", work)).toBe("skipped");
    expect(runs).toBe(1);
    // The next slot runs again.
    expect(await b.runOnce("rates:nbk", "2026-11-24", work)).toBe("ran");
    expect(runs).toBe(2);
  });

  it("keeps two instances off the same job at the same time", async () => {
    const a = createJobRunner(first, "instance-a");
    const b = createJobRunner(second, "instance-b");
    let release: () => void = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    const long = a.runExclusive("publish-scheduled", () => held);
    await new Promise((r) => setTimeout(r, 30));
    expect(await b.runExclusive("publish-scheduled", async () => {})).toBe("busy");
    release();
    expect(await long).toBe("ran");
    expect(await b.runExclusive("publish-scheduled", async () => {})).toBe("ran");
  });

  it("frees the slot when a run fails, so it can be retried", async () => {
    const a = createJobRunner(first, "instance-a");
    await expect(
      a.runOnce("rates:cbt", "2026-11-23", async () => {
        throw new Error("bank unreachable");
      }),
    ).rejects.toThrow("bank unreachable");
    expect(await a.runOnce("rates:cbt", "2026-11-23", async () => {})).toBe("ran");
  });
});
