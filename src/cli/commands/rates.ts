import { parseArgs } from "node:util";
import type { Config } from "../../config.js";
import { AppError } from "../../core/errors.js";
import {
  createRateStore,
  type FetchReport,
  fetchedAnything,
  fetchedEverything,
  fetchRates,
  getRateSource,
  SOURCE_IDS,
  type SourceFetchReport,
  type SourceId,
} from "../../rates/index.js";
import type { CliOutput, Command } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { createProgress } from "../progress.js";
import { withDatabase } from "./core.js";

const USAGE =
  "steppe rates fetch [--source ID]... [--date YYYY-MM-DD | --from YYYY-MM-DD [--to YYYY-MM-DD]] [--retries N] [--base-url URL]";

const HELP = `Sub-commands:
  fetch   Fetch official rates from the central banks and store them (idempotent).

Options of fetch:
  --source ID       One source (repeat for several): ${SOURCE_IDS.join(", ")}. Default: all.
  --date D          The day to fetch (YYYY-MM-DD). Default: today in each bank's zone.
  --from D --to D   A range of days (a backfill, with a progress bar). --to defaults to --from.
  --retries N       Retries per request after a network error or 5xx (default 2).
  --base-url URL    Ask a mirror instead of the banks (keeps each bank's path), e.g. http://127.0.0.1:8080.

NBKR's files take no date: it always gives the latest publication. When the Central Bank of
Turkmenistan cannot be reached, the official peg of 3.5 TMT per USD is stored as "cbt-peg".
Exit codes: 0 every source fetched, 1 some failed, 2 bad arguments, 3 nothing could be fetched.

Examples:
  steppe rates fetch
  steppe rates fetch --source nbk --date 2026-04-01
  steppe rates fetch --source cbu --from 2026-01-01 --to 2026-03-31`;

const MAX_RANGE_DAYS = 3660;

function badInput(message: string): AppError {
  return new AppError("VALIDATION_FAILED", message);
}

function checkDate(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const real =
    match !== null &&
    new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
      .toISOString()
      .slice(0, 10) === value;
  if (!real)
    throw badInput(`${option} ${JSON.stringify(value)} is not a date; use YYYY-MM-DD, e.g. 2026-04-01.`);
  return value;
}

interface FetchArgs {
  sources: SourceId[] | undefined;
  date: string | undefined;
  from: string | undefined;
  to: string | undefined;
  retries: number | undefined;
  baseUrl: string | undefined;
}

/** Parses `rates fetch` options; every mistake is one line naming the option. */
export function parseFetchArgs(args: string[]): FetchArgs {
  let values: Record<string, string | string[] | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        source: { type: "string", multiple: true },
        date: { type: "string" },
        from: { type: "string" },
        to: { type: "string" },
        retries: { type: "string" },
        "base-url": { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw badInput(`${error instanceof Error ? error.message : String(error)} Run \`steppe rates --help\`.`);
  }
  const sources = (values.source as string[] | undefined)?.map((id) => getRateSource(id).id);
  const date = checkDate(values.date as string | undefined, "--date");
  const from = checkDate(values.from as string | undefined, "--from");
  const to = checkDate(values.to as string | undefined, "--to");
  if (date !== undefined && (from !== undefined || to !== undefined)) {
    throw badInput("Give either --date or --from/--to, not both.");
  }
  if (to !== undefined && from === undefined) throw badInput("--to needs --from.");
  if (from !== undefined && to !== undefined) {
    if (from > to) throw badInput(`--from ${from} is after --to ${to}.`);
    const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
    if (days > MAX_RANGE_DAYS)
      throw badInput(`The range is ${days} days; at most ${MAX_RANGE_DAYS} at a time.`);
  }
  const retriesText = values.retries as string | undefined;
  if (retriesText !== undefined && !/^\d{1,2}$/.test(retriesText)) {
    throw badInput(`--retries ${JSON.stringify(retriesText)} must be a whole number from 0 to 99.`);
  }
  const baseUrl = values["base-url"] as string | undefined;
  if (baseUrl !== undefined && !/^https?:\/\/[^/]+/.test(baseUrl)) {
    throw badInput(
      `--base-url ${JSON.stringify(baseUrl)} must be an http(s) URL such as http://127.0.0.1:8080.`,
    );
  }
  return {
    sources,
    date,
    from,
    to,
    retries: retriesText === undefined ? undefined : Number(retriesText),
    baseUrl,
  };
}

/** One line per source: what was stored, or why not. */
export function summaryLine(report: SourceFetchReport): string {
  const dates =
    report.dates.length === 0
      ? ""
      : report.dates.length === 1
        ? ` for ${report.dates[0]}`
        : ` for ${report.dates.length} days (${report.dates[0]} to ${report.dates[report.dates.length - 1]})`;
  const counts = `${report.inserted} new, ${report.updated} changed, ${report.unchanged} unchanged`;
  const parts = [`${report.source}: ${report.status}`];
  if (report.fetched > 0 || report.dates.length > 0) parts.push(`${counts}${dates}`);
  if (report.errors.length > 0) {
    const first = report.errors[0];
    const more = report.errors.length > 1 ? ` (and ${report.errors.length - 1} more failed days)` : "";
    parts.push(`failed ${first?.date}: ${first?.message}${more}`);
  }
  parts.push(...report.notes.slice(0, 2));
  return parts.join("; ");
}

async function fetchCommand(args: string[], config: Config, io: CliOutput): Promise<number> {
  const options = parseFetchArgs(args);
  const report: FetchReport = await withDatabase(config, async (handle) => {
    const backfill = options.from !== undefined;
    const progress = backfill ? createProgress(io, { unit: "days" }) : null;
    let total = 0;
    const result = await fetchRates({
      store: createRateStore(handle.db),
      ...(options.sources === undefined ? {} : { source: options.sources }),
      ...(options.date === undefined ? {} : { date: options.date }),
      ...(options.from === undefined ? {} : { from: options.from }),
      ...(options.to === undefined ? {} : { to: options.to }),
      ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }),
      ...(options.retries === undefined ? {} : { http: { retries: options.retries } }),
      onProgress: (done, all) => {
        total = all;
        progress?.update(done);
      },
    });
    progress?.finish();
    if (backfill) io.out(`Asked ${total} source-days.`);
    return result;
  });
  for (const source of report.sources) io.out(summaryLine(source));
  if (!fetchedAnything(report)) {
    io.err("steppe rates: nothing could be fetched; check the network, or try again later.");
    return EXIT.unavailable;
  }
  return fetchedEverything(report) ? EXIT.ok : EXIT.partial;
}

/** `steppe rates fetch`. */
export const ratesCommands: Record<string, Command> = {
  rates: {
    summary: "Fetch official exchange rates from the central banks",
    usage: USAGE,
    help: HELP,
    run: async (args, config, io) => {
      const [sub, ...rest] = args;
      if (sub !== "fetch") {
        throw badInput(
          sub === undefined
            ? "Missing sub-command; try `steppe rates fetch` or `steppe rates --help`."
            : `Unknown sub-command "${sub}"; try \`steppe rates fetch\` or \`steppe rates --help\`.`,
        );
      }
      return fetchCommand(rest, config, io);
    },
  },
};
