import { describe, expect, it } from "vitest";
import type { SourceFetchReport } from "./fetcher.js";
import { createRatesScheduler, type SchedulerTimers } from "./scheduler.js";
import type { RateStore } from "./store.js";
import type { SourceId } from "./types.js";

/** A clock and timers the test moves by hand: a whole day passes in microseconds. */
function fakeTime(start: string) {
  let now = Date.parse(start);
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const api: SchedulerTimers = {
    setTimeout: (fn, ms) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout: (handle) => {
      timers.delete(handle as number);
    },
  };
  return {
    timers: api,
    now: () => new Date(now),
    pending: () => timers.size,
    /** Runs every timer due up to `until`, in time order, letting jobs settle in between. */
    async advanceTo(until: string) {
      const end = Date.parse(until);
      for (;;) {
        const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (due === undefined) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn();
        for (let i = 0; i < 20; i++) await Promise.resolve();
      }
      now = end;
    },
  };
}

function report(source: SourceId, status: SourceFetchReport["status"]): SourceFetchReport {
  return {
    source,
    status,
    requested: 1,
    fetched: status === "ok" ? 1 : 0,
    dates: [],
    inserted: 0,
    updated: 0,
    unchanged: 0,
    errors: status === "ok" ? [] : [{ date: "x", code: "RATES_FETCH_FAILED", message: "down" }],
    notes: [],
  };
}

describe("the rates scheduler", () => {
  it("fetches after each bank's publication time in its zone, retries a failing one with backoff, and never lets one block another", async () => {
    // Monday 25 May 2026, 06:00 UTC = 11:00 Almaty, 11:00 Dushanbe, 11:00 Tashkent.
    const time = fakeTime("2026-05-25T06:00:00Z");
    const calls: { source: SourceId; date: string; at: string }[] = [];
    const warnings: string[] = [];
    let nbkUp = false;
    const jobs: string[] = [];
    const scheduler = createRatesScheduler({
      store: { latestDate: async () => undefined } as unknown as RateStore,
      sources: ["nbk", "nbt"],
      now: time.now,
      timers: time.timers,
      log: { info: () => {}, warn: (d) => warnings.push(String(d.source)) },
      runExclusive: async (name, fn) => {
        jobs.push(name);
        return fn();
      },
      fetchSource: async (source, date) => {
        calls.push({ source, date, at: time.now().toISOString() });
        if (source === "nbk" && !nbkUp) return [report(source, "failed")];
        return [report(source, "ok")];
      },
    });
    scheduler.start();
    await time.advanceTo("2026-05-25T06:00:10Z");
    expect(calls.map((c) => c.source).sort()).toEqual(["nbk", "nbt"]);
    expect(jobs).toContain("rates:nbk");
    // NBK failed: retried 5 minutes later, then 10; NBT waits for tomorrow's 08:00 Dushanbe (+20 min).
    expect(warnings).toEqual(["nbk"]);
    expect(scheduler.nextRuns()).toEqual({
      nbk: "2026-05-25T06:05:10.000Z",
      nbt: "2026-05-26T03:20:00.000Z",
    });
    await time.advanceTo("2026-05-25T06:05:10Z");
    expect(scheduler.nextRuns().nbk).toBe("2026-05-25T06:15:10.000Z");
    nbkUp = true;
    await time.advanceTo("2026-05-25T06:15:10Z");
    // Back to the schedule: 16:00 Almaty (11:00 UTC) + 20 minutes, asking for the next working day.
    expect(scheduler.nextRuns().nbk).toBe("2026-05-25T11:20:00.000Z");
    await time.advanceTo("2026-05-25T11:20:00Z");
    expect(calls.at(-1)).toEqual({ source: "nbk", date: "2026-05-26", at: "2026-05-25T11:20:00.000Z" });
    expect(calls.filter((c) => c.source === "nbk")).toHaveLength(4);
    expect(calls.filter((c) => c.source === "nbt")).toHaveLength(1);

    await scheduler.stop();
    expect(time.pending()).toBe(0);
    await time.advanceTo("2026-05-27T00:00:00Z");
    expect(calls).toHaveLength(5);
  });
});

describe("the rates scheduler on several instances", () => {
  it("does not ask the bank again when another instance already stored the publication", async () => {
    const time = fakeTime("2026-05-25T06:00:00Z");
    const fetched: SourceId[] = [];
    let busy = true;
    const stored = new Set<string>();
    const scheduler = createRatesScheduler({
      store: {
        latestDate: async (source: string) => (stored.has(source) ? "2026-05-25" : undefined),
      } as unknown as RateStore,
      sources: ["nbt"],
      now: time.now,
      timers: time.timers,
      log: { info: () => {}, warn: () => {} },
      // First attempt: another instance holds the job and stores the day meanwhile.
      runExclusive: async (_name, fn) => {
        if (busy) {
          busy = false;
          stored.add("nbt");
          return null;
        }
        return fn();
      },
      fetchSource: async (source) => {
        fetched.push(source);
        return [report(source, "ok")];
      },
    });
    scheduler.start();
    await time.advanceTo("2026-05-25T23:00:00Z");
    await scheduler.stop();
    // NBT publishes in the morning for the same day; the other instance stored 25 May already.
    expect(fetched).toEqual([]);
  });
});
