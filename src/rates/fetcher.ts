/**
 * Fetches official rates from the banks and stores them, one (source, day) at a time.
 *
 * Which day a stored rate belongs to (the `date` column, "in effect on"):
 * every bank here prints in its response the day its rates are in force, not the day it
 * published them. NBK, CBU and the Bank of Russia publish in the afternoon for the next working
 * day and date the file with that day; NBKR dates its file with the day the rates are valid for
 * (a Sunday, sometimes); NBT and CBT publish in the morning for the same day. So the effective
 * date is the bank's own date (`date = bank_date`), whatever day was asked for: NBT and CBT
 * answer other days silently, NBKR's files take no date. The publication schedule of each
 * source decides only when to ask and which day to ask for (see `scheduler.ts`).
 * The one exception is the TMT peg, which no bank publishes per day: it is stored for the day
 * that was asked for, with `bank_date` set to the day the peg began (2015-01-01), so the figure
 * can still be traced to its origin.
 *
 * Failures never travel: each source runs on its own, a failed day is reported with its typed
 * error and writes nothing, and the others carry on.
 */
import { type AppError, isAppError } from "../core/errors.js";
import { addDays, daysFrom, todayIn, weekday } from "./days.js";
import { type HttpGetOptions, httpGet } from "./http-get.js";
import { RATE_SOURCES, TMT_PEG, tmtPegRates } from "./sources/index.js";
import type { RateInput, RateStore } from "./store.js";
import { type ParsedRates, type RateSource, SOURCE_IDS, type SourceId } from "./types.js";

/** The source id under which the TMT peg is stored when the Central Bank of Turkmenistan cannot be reached. */
export const PEG_SOURCE = "cbt-peg";

/** The sources fetched when none is named: all of them. */
export const DEFAULT_FETCH_SOURCES: readonly SourceId[] = SOURCE_IDS;

export interface FetchRatesOptions {
  store: Pick<RateStore, "savePublication">;
  /** One source or several; all sources when left out. */
  source?: SourceId | readonly SourceId[];
  /** One day, YYYY-MM-DD. Without `date` or `from`: today in each bank's zone. */
  date?: string;
  /** A range of days (inclusive) for a backfill. `to` defaults to `from`. */
  from?: string;
  to?: string;
  /** Clock for "today" and `fetched_at`. */
  now?: () => Date;
  /**
   * Replaces the scheme, host and port of every bank URL (keeps path and query), e.g. a mirror
   * or a test server: "http://127.0.0.1:4000". A map sets it per source.
   */
  baseUrl?: string | Partial<Record<SourceId, string>>;
  /** Full control over the URL of a source for a day; wins over `baseUrl`. */
  urlFor?: (source: RateSource, date: string) => string;
  /** Timeouts, retries, backoff, a `fetch` stand-in. */
  http?: Partial<Omit<HttpGetOptions, "headers">>;
  /** Called after every (source, day) attempt: units done and units in total. */
  onProgress?: (done: number, total: number) => void;
  /** Fall back to the official USD/TMT peg when CBT fails (default true). */
  pegFallback?: boolean;
}

export type SourceStatus = "ok" | "partial" | "failed" | "fallback";

/** What one source did. Counts of rates are per currency. */
export interface SourceFetchReport {
  source: SourceId | typeof PEG_SOURCE;
  /** ok: every day fetched; partial: some; failed: none; fallback: CBT failed and the peg was stored. */
  status: SourceStatus;
  /** Days asked for (1 for NBKR, whose files take no date). */
  requested: number;
  /** Responses fetched and parsed. */
  fetched: number;
  /** Effective dates of the stored publications, oldest first, without repeats. */
  dates: string[];
  inserted: number;
  updated: number;
  unchanged: number;
  /** Days that failed, with the typed error. */
  errors: { date: string; code: string; message: string }[];
  /** Other things worth telling: a bank answering another day than the one asked for. */
  notes: string[];
}

export interface FetchReport {
  sources: SourceFetchReport[];
  startedAt: string;
  finishedAt: string;
}

const HTTP_DEFAULTS = { timeoutMs: 15_000, retries: 2, backoffMs: 1_000 } as const;

/**
 * Fetches, parses and stores the rates of the chosen sources for a day or a range of days.
 * Sources run in parallel; the days of one source run in order. Never throws for a bank's
 * failure: it is in the report.
 *
 * Backfills skip Saturdays and Sundays for banks that publish on working days only (NBK, CBU,
 * the Bank of Russia, NBKR); NBT and CBT are asked every day. A single `date` is always asked.
 *
 * @example
 * const report = await fetchRates({ store, source: "nbk", date: "2026-04-01" });
 * report.sources[0]; // { source: "nbk", status: "ok", dates: ["2026-04-01"], inserted: 39, ... }
 */
export async function fetchRates(options: FetchRatesOptions): Promise<FetchReport> {
  const now = options.now ?? (() => new Date());
  const startedAt = now().toISOString();
  const ids = normaliseSources(options.source);
  const plans = ids.map((id) => ({
    source: RATE_SOURCES[id],
    days: daysToAsk(RATE_SOURCES[id], options, now()),
  }));
  const total = plans.reduce((n, plan) => n + plan.days.length, 0);
  let done = 0;
  const tick = () => {
    done += 1;
    options.onProgress?.(done, total);
  };
  const results = await Promise.all(
    plans.map((plan) => fetchSource(plan.source, plan.days, options, now, tick)),
  );
  return { sources: results.flat(), startedAt, finishedAt: now().toISOString() };
}

/** True when any source fetched and parsed at least one response. */
export function fetchedAnything(report: FetchReport): boolean {
  return report.sources.some((s) => s.fetched > 0);
}

/** True when every source did all it was asked (a peg fallback counts: the official rate is stored). */
export function fetchedEverything(report: FetchReport): boolean {
  return report.sources.every((s) => s.status === "ok" || s.status === "fallback");
}

function normaliseSources(source: FetchRatesOptions["source"]): SourceId[] {
  if (source === undefined) return [...DEFAULT_FETCH_SOURCES];
  return typeof source === "string" ? [source] : [...new Set(source)];
}

function daysToAsk(source: RateSource, options: FetchRatesOptions, now: Date): string[] {
  const today = todayIn(now, source.publication.timeZone);
  if (!source.datedUrl) return [options.date ?? options.to ?? today];
  if (options.from !== undefined) {
    const to = options.to ?? options.from;
    const weekdaysOnly = source.publication.takesEffect === "next-working-day";
    const days = daysFrom(options.from, to, { weekdaysOnly });
    // A range of weekend days only still asks once, for its first day.
    return days.length > 0 ? days : [options.from];
  }
  return [options.date ?? today];
}

function urlOf(source: RateSource, date: string, options: FetchRatesOptions): string {
  if (options.urlFor !== undefined) return options.urlFor(source, date);
  const url = source.buildUrl(date);
  const base = typeof options.baseUrl === "string" ? options.baseUrl : options.baseUrl?.[source.id];
  if (base === undefined) return url;
  const original = new URL(url);
  return new URL(`${original.pathname}${original.search}`, base).toString();
}

async function fetchSource(
  source: RateSource,
  days: string[],
  options: FetchRatesOptions,
  now: () => Date,
  tick: () => void,
): Promise<SourceFetchReport[]> {
  const report = emptyReport(source.id, days.length);
  const failedDays: string[] = [];
  for (const day of days) {
    try {
      const bytes = await httpGet(urlOf(source, day, options), {
        ...HTTP_DEFAULTS,
        ...options.http,
        headers: source.headers,
      });
      const parsed = source.parse(bytes, day);
      report.fetched += 1;
      if (source.datedUrl && parsed.date !== day) {
        report.notes.push(`asked for ${day}, the bank answered with its rates for ${parsed.date}`);
      }
      await save(report, parsed, source.id, parsed.date, options, now);
    } catch (error) {
      report.errors.push(describe(error, day));
      failedDays.push(day);
    }
    tick();
  }
  report.status = report.errors.length === 0 ? "ok" : report.fetched > 0 ? "partial" : "failed";

  if (source.id !== "cbt" || failedDays.length === 0 || options.pegFallback === false) return [report];
  // cbt.tm is often unreachable from outside Turkmenistan; the USD rate is fixed by law, so the
  // official peg stands in for the days the bank could not be read.
  const peg = emptyReport(PEG_SOURCE, failedDays.length);
  for (const day of failedDays) {
    try {
      await save(peg, tmtPegRates(day), PEG_SOURCE, TMT_PEG.since, options, now);
    } catch (error) {
      peg.errors.push(describe(error, day));
    }
  }
  peg.status = peg.errors.length === 0 ? "ok" : peg.dates.length > 0 ? "partial" : "failed";
  if (report.status === "failed" && peg.status === "ok") report.status = "fallback";
  report.notes.push(
    `stored the official peg of ${TMT_PEG.value} TMT per USD as "${PEG_SOURCE}" for ${peg.dates.length} day(s)`,
  );
  return [report, peg];
}

async function save(
  report: SourceFetchReport,
  parsed: ParsedRates,
  source: string,
  bankDate: string,
  options: FetchRatesOptions,
  now: () => Date,
): Promise<void> {
  const fetchedAt = now().toISOString();
  const rows: RateInput[] = parsed.rows.map((row) => ({
    source,
    base: parsed.base,
    quote: row.currency,
    date: parsed.date,
    bank_date: parsed.peg === undefined ? parsed.date : bankDate,
    value: row.value,
    nominal: row.nominal,
    fetched_at: fetchedAt,
    is_demo: 0,
  }));
  const saved = await options.store.savePublication(rows);
  report.inserted += saved.inserted;
  report.updated += saved.updated;
  report.unchanged += saved.unchanged;
  if (!report.dates.includes(parsed.date)) {
    report.dates.push(parsed.date);
    report.dates.sort();
  }
}

function emptyReport(source: SourceFetchReport["source"], requested: number): SourceFetchReport {
  return {
    source,
    status: "ok",
    requested,
    fetched: 0,
    dates: [],
    inserted: 0,
    updated: 0,
    unchanged: 0,
    errors: [],
    notes: [],
  };
}

function describe(error: unknown, date: string): SourceFetchReport["errors"][number] {
  if (isAppError(error)) return { date, code: (error as AppError).code, message: error.message };
  return { date, code: "INTERNAL", message: error instanceof Error ? error.message : String(error) };
}

/**
 * The day to ask a source for when fetching "the latest": the bank's today for same-day
 * sources, and the next working day (Mon–Fri) once an afternoon publication is out.
 *
 * @example targetDate(nbkSource, new Date("2026-04-03T12:00:00Z")); // "2026-04-06" (Friday after 16:00 Almaty -> Monday)
 */
export function targetDate(source: RateSource, now: Date): string {
  const today = todayIn(now, source.publication.timeZone);
  if (source.publication.takesEffect === "same-day") return today;
  let day = addDays(today, 1);
  while (weekday(day) === 0 || weekday(day) === 6) day = addDays(day, 1);
  return day;
}
