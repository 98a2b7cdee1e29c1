/**
 * Fetches each source after its bank's publication time, in the bank's own zone, while
 * `steppe serve` runs. Each source has its own timer: a slow or failing bank delays nobody,
 * and requests never wait for a fetch. A failed fetch is retried with growing waits (5 min,
 * 10, 20 ... up to 2 h) until it succeeds or the next publication is due.
 *
 * Clock and timers are injected so a test can drive a whole day in microseconds; `runExclusive`
 * is where a multi-instance deployment makes each job run on one instance only (a PostgreSQL
 * advisory lock around `fn`).
 */
import { zonedTimeToUtc } from "../core/dates.js";
import { addDays, todayIn } from "./days.js";
import { fetchRates, type SourceFetchReport, targetDate } from "./fetcher.js";
import { RATE_SOURCES } from "./sources/index.js";
import type { RateStore } from "./store.js";
import type { SourceId } from "./types.js";

export interface SchedulerTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SchedulerLog {
  info(details: Record<string, unknown>, message: string): void;
  warn(details: Record<string, unknown>, message: string): void;
}

export interface RatesSchedulerOptions {
  store: RateStore;
  /** Sources to keep fresh; by default every bank but the Bank of Russia's cross-check file. */
  sources?: readonly SourceId[];
  /** Fetches one source for one day; defaults to `fetchRates` against the real banks. */
  fetchSource?: (source: SourceId, date: string) => Promise<SourceFetchReport[]>;
  /**
   * Runs a job; replace to make jobs exclusive across instances. Resolves to null when another
   * instance holds the job (this one then tries again later). Default: just runs it.
   */
  runExclusive?: <T>(jobName: string, fn: () => Promise<T>) => Promise<T | null>;
  now?: () => Date;
  timers?: SchedulerTimers;
  log: SchedulerLog;
  /** Minutes after the bank's usual publication time to ask (default 20). */
  delayMinutes?: number;
  /** First retry wait in ms (default 5 min), doubled each time up to `maxRetryMs` (default 2 h). */
  retryMs?: number;
  maxRetryMs?: number;
  /** Wait before the first run after start (default 10 s), so start-up is not slowed. */
  startupDelayMs?: number;
}

export interface RatesScheduler {
  /** Schedules a first run of every source shortly after start, then one after each publication. */
  start(): void;
  /** Clears every timer; resolves when running jobs have finished (or after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
  /** When each source runs next (ISO instants), for logs and tests. */
  nextRuns(): Record<string, string>;
}

const DEFAULT_SOURCES: readonly SourceId[] = ["nbk", "nbkr", "nbkr-weekly", "nbt", "cbu", "cbt"];

/**
 * @example
 * const scheduler = createRatesScheduler({ store, log: app.log });
 * scheduler.start();
 * // on shutdown:
 * await scheduler.stop();
 */
export function createRatesScheduler(options: RatesSchedulerOptions): RatesScheduler {
  const now = options.now ?? (() => new Date());
  const timers: SchedulerTimers = options.timers ?? {
    setTimeout: (fn, ms) => {
      const handle = setTimeout(fn, ms);
      handle.unref(); // a pending fetch must never keep the process alive
      return handle;
    },
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  const runExclusive =
    options.runExclusive ?? (<T>(_name: string, fn: () => Promise<T>): Promise<T | null> => fn());
  const fetchSource =
    options.fetchSource ??
    (async (source: SourceId, date: string) =>
      (await fetchRates({ store: options.store, source, date, now })).sources);
  const delayMs = (options.delayMinutes ?? 20) * 60_000;
  const retryMs = options.retryMs ?? 5 * 60_000;
  const maxRetryMs = options.maxRetryMs ?? 2 * 3_600_000;
  const sources = options.sources ?? DEFAULT_SOURCES;

  const pending = new Map<SourceId, { handle: unknown; at: Date }>();
  const running = new Set<Promise<void>>();
  let stopped = true;

  function schedule(source: SourceId, at: Date): void {
    const old = pending.get(source);
    if (old !== undefined) timers.clearTimeout(old.handle);
    const wait = Math.max(0, at.getTime() - now().getTime());
    const handle = timers.setTimeout(() => {
      pending.delete(source);
      const job = run(source, 0);
      running.add(job);
      void job.finally(() => running.delete(job));
    }, wait);
    pending.set(source, { handle, at });
  }

  /** The next publication time of a source after now, plus the delay. */
  function nextPublication(source: SourceId): Date {
    const { timeZone, time } = RATE_SOURCES[source].publication;
    const [hour = 0, minute = 0] = time.split(":").map(Number);
    let day = todayIn(now(), timeZone);
    for (let i = 0; i < 3; i += 1) {
      const [y, m, d] = day.split("-").map(Number);
      const at = new Date(
        zonedTimeToUtc({ year: y ?? 0, month: m ?? 1, day: d ?? 1, hour, minute }, timeZone).getTime() +
          delayMs,
      );
      if (at.getTime() > now().getTime()) return at;
      day = addDays(day, 1);
    }
    return new Date(now().getTime() + 86_400_000);
  }

  async function run(source: SourceId, attempt: number): Promise<void> {
    if (stopped) return;
    const date = targetDate(RATE_SOURCES[source], now());
    let failed: string | null = null;
    try {
      const reports = await runExclusive(`rates:${source}`, async () => {
        // Another instance may already have stored this publication: never ask the bank twice.
        const stored = await options.store.latestDate(source, RATE_SOURCES[source].base, date);
        return stored === date ? null : fetchSource(source, date);
      });
      if (reports === null) {
        const stored = await options.store.latestDate(source, RATE_SOURCES[source].base, date);
        if (stored !== date) throw new Error("another instance is fetching this source");
        options.log.info({ source, date }, "rates already stored");
        schedule(source, nextPublication(source));
        return;
      }
      const own = reports.find((r) => r.source === source);
      if (own === undefined || own.status === "failed" || own.status === "partial") {
        failed = own?.errors.map((e) => e.message).join("; ") ?? "no report";
      }
      const stored = reports.reduce((n, r) => n + r.inserted + r.updated, 0);
      if (failed === null || own?.status === "fallback") {
        options.log.info({ source, date, stored, dates: own?.dates ?? [] }, "rates fetched");
      }
      if (own?.status === "fallback") failed = null;
    } catch (error) {
      failed = error instanceof Error ? error.message : String(error);
    }
    if (stopped) return;
    const next = nextPublication(source);
    if (failed === null) {
      schedule(source, next);
      return;
    }
    const wait = Math.min(retryMs * 2 ** attempt, maxRetryMs);
    const retryAt = new Date(now().getTime() + wait);
    options.log.warn({ source, date, error: failed, retryAt: retryAt.toISOString() }, "rates fetch failed");
    if (retryAt.getTime() >= next.getTime()) {
      schedule(source, next);
      return;
    }
    const old = pending.get(source);
    if (old !== undefined) timers.clearTimeout(old.handle);
    const handle = timers.setTimeout(() => {
      pending.delete(source);
      const job = run(source, attempt + 1);
      running.add(job);
      void job.finally(() => running.delete(job));
    }, wait);
    pending.set(source, { handle, at: retryAt });
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      const first = new Date(now().getTime() + (options.startupDelayMs ?? 10_000));
      for (const source of sources) schedule(source, first);
    },
    async stop(graceMs = 5_000) {
      stopped = true;
      for (const { handle } of pending.values()) timers.clearTimeout(handle);
      pending.clear();
      if (running.size === 0) return;
      let timer: unknown;
      const grace = new Promise<void>((resolve) => {
        timer = timers.setTimeout(resolve, graceMs);
      });
      await Promise.race([Promise.allSettled([...running]).then(() => undefined), grace]);
      timers.clearTimeout(timer);
    },
    nextRuns() {
      return Object.fromEntries([...pending].map(([source, p]) => [source, p.at.toISOString()]));
    },
  };
}
