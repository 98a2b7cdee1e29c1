import path from "node:path";
import { z } from "zod";
import { AppError } from "./core/errors.js";

/**
 * Typed configuration, read from the environment in exactly one place. A wrong value stops
 * start-up with a one-line message naming the variable and what it should look like.
 */
export interface Config {
  port: number;
  host: string;
  /** `sqlite:./data/steppe.db`, a plain file path, or `postgres://...`. */
  databaseUrl: string;
  siteUrl: string;
  siteName: string;
  siteTimeZone: string;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** Folder for uploaded and imported media files. */
  mediaDir: string;
  /** Load the demo newsroom into an empty database on start. */
  demo: boolean;
  /**
   * Fetch official rates on a schedule while serving ("auto"), or never ("off"). Unset means
   * "auto" for `steppe serve` and "off" for `steppe start` (the offline demo) and under
   * NODE_ENV=test, so neither the demo nor a test reaches a bank unasked.
   */
  ratesFetch: "auto" | "off" | "unset";
  /** PostgreSQL connection pool size (per instance). */
  databasePoolSize: number;
  /** PostgreSQL statement timeout in milliseconds (0 = none). */
  databaseStatementTimeoutMs: number;
  /** How many times to retry connecting at start-up before giving up. */
  databaseConnectRetries: number;
  /** How often `serve` looks for scheduled articles that are due, in milliseconds. */
  publishIntervalMs: number;
  /** Heap limit of each thread of a `steppe import` (writing, and reading a large export), in MB. */
  importHeapMb: number;
}

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .min(1)
    .refine((v) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(v) || /^(postgres|postgresql|sqlite):\/\//i.test(v), {
      message: "must be a SQLite file path, sqlite://PATH or postgres://USER@HOST/DB",
    })
    .default("./data/steppe.db"),
  SITE_URL: z
    .url({
      protocol: /^https?$/,
      message: "must be an absolute http(s) URL such as https://news.example.org",
    })
    .optional(),
  SITE_NAME: z.string().trim().min(1).max(100).default("Steppe"),
  SITE_TIME_ZONE: z
    .string()
    .default("Asia/Almaty")
    .refine(isTimeZone, { message: "must be an IANA time zone such as Asia/Almaty" }),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  MEDIA_DIR: z.string().min(1).default("./data/media"),
  STEPPE_DEMO: z.enum(["auto", "off"]).default("auto"),
  RATES_FETCH: z.enum(["auto", "off"]).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(15_000),
  DATABASE_CONNECT_RETRIES: z.coerce.number().int().min(0).max(1000).default(10),
  PUBLISH_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(15_000),
  IMPORT_HEAP_MB: z.coerce.number().int().min(64).max(65_536).default(160),
});

/**
 * Parses the environment into a Config, or throws CONFIG_INVALID naming every bad variable.
 *
 * @example
 * const config = loadConfig(process.env);
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  // Empty strings count as unset: `PORT= npm start` should not mean port 0.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "environment");
      const value = cleaned[name];
      return `${name}=${JSON.stringify(value ?? "")} ${issue.message.replace(/^Invalid input: /, "")}`;
    });
    throw new AppError("CONFIG_INVALID", `Invalid configuration: ${problems.join("; ")}`, {
      details: { problems },
    });
  }
  const e = parsed.data;
  const siteUrl = (e.SITE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, "");
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    siteUrl,
    siteName: e.SITE_NAME,
    siteTimeZone: e.SITE_TIME_ZONE,
    logLevel: e.LOG_LEVEL,
    mediaDir: path.resolve(e.MEDIA_DIR),
    demo: e.STEPPE_DEMO === "auto",
    ratesFetch: e.RATES_FETCH ?? (cleaned.NODE_ENV === "test" ? "off" : "unset"),
    databasePoolSize: e.DATABASE_POOL_SIZE,
    databaseStatementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
    databaseConnectRetries: e.DATABASE_CONNECT_RETRIES,
    publishIntervalMs: e.PUBLISH_INTERVAL_MS,
    importHeapMb: e.IMPORT_HEAP_MB,
  };
}
