import { createArticleService, createArticleStore, startPublishScheduler } from "../../articles/index.js";
import type { Config } from "../../config.js";
import { type DatabaseHandle, type OpenDatabaseOptions, openDatabase } from "../../db/connect.js";
import { createJobRunner } from "../../db/jobs.js";
import { migrateToLatest } from "../../db/migrate.js";
import { loadDemo } from "../../demo/load-demo.js";
import { createRateStore, createRatesScheduler } from "../../rates/index.js";
import { createSearchHook, createSearchIndex } from "../../search/index.js";
import { buildApp } from "../../web/app.js";
import type { CliOutput, Command } from "../command.js";
import { EXIT } from "../exit-codes.js";

/** Database options from the configuration (pool size, statement timeout). */
export function databaseOptions(
  config: Config,
  onBackgroundError?: (error: Error) => void,
): OpenDatabaseOptions {
  return {
    poolSize: config.databasePoolSize,
    statementTimeoutMs: config.databaseStatementTimeoutMs,
    ...(onBackgroundError ? { onBackgroundError } : {}),
  };
}

/** Opens, waits for and migrates the configured database, runs `work`, and always closes it. */
export async function withDatabase<T>(
  config: Config,
  work: (handle: DatabaseHandle) => Promise<T>,
): Promise<T> {
  const handle = openDatabase(config.databaseUrl, databaseOptions(config));
  try {
    await handle.ready(config.databaseConnectRetries);
    await migrateToLatest(handle);
    return await work(handle);
  } finally {
    await handle.close();
  }
}

/** Keeps the search index in step with article writes (issue 3). */
function searchHook(handle: DatabaseHandle, config: Config) {
  return createSearchHook(
    createSearchIndex({ db: handle.db, dialect: handle.dialect, timeZone: config.siteTimeZone }),
  );
}

async function runDemo(handle: DatabaseHandle, config: Config, io: CliOutput): Promise<void> {
  const articleStore = createArticleStore(handle.db);
  const report = await loadDemo({
    articles: createArticleService({ store: articleStore, hooks: [searchHook(handle, config)] }),
    articleStore,
    rates: createRateStore(handle.db),
    mediaDir: config.mediaDir,
    timeZone: config.siteTimeZone,
    now: new Date(),
  });
  io.out(
    `Demo newsroom: ${report.articles} articles and ${report.translations} translations loaded` +
      `${report.skipped > 0 ? ` (${report.skipped} already there)` : ""}, ${report.authors} authors, ${report.tags} tags, ` +
      `${report.images} images, ${report.rates} demo rate entries.`,
  );
}

/**
 * After an upgrade that changed the search index format, the index is empty: rebuild it before
 * serving (a one-time step; `steppe search reindex` does the same on demand).
 */
async function rebuildSearchIfNeeded(handle: DatabaseHandle, config: Config, io: CliOutput): Promise<void> {
  const index = createSearchIndex({ db: handle.db, dialect: handle.dialect, timeZone: config.siteTimeZone });
  if (!(await index.needsRebuild())) return;
  io.out("The search index needs rebuilding after an upgrade; rebuilding it now...");
  const report = await index.reindex();
  io.out(
    `Search index rebuilt in ${report.seconds.toFixed(1)} s: ${report.indexed} articles indexed` +
      `${report.failed.length > 0 ? `, ${report.failed.length} failed (see steppe search reindex)` : ""}.`,
  );
}

async function serve(config: Config, io: CliOutput, options: { demoIfEmpty: boolean }): Promise<number> {
  let warn: (error: Error) => void = (error) => io.err(`database: ${error.message}`);
  const handle = openDatabase(
    config.databaseUrl,
    databaseOptions(config, (error) => warn(error)),
  );
  await handle.ready(config.databaseConnectRetries);
  const { applied } = await migrateToLatest(handle);
  if (applied.length > 0) io.out(`Database ${handle.location}: applied ${applied.join(", ")}.`);
  if (options.demoIfEmpty && config.demo && (await createArticleStore(handle.db).countArticles()) === 0) {
    await runDemo(handle, config, io);
  }
  await rebuildSearchIfNeeded(handle, config, io);
  const app = await buildApp({ config, database: handle });
  warn = (error) => app.log.warn({ err: error }, "database connection problem");
  const jobs = createJobRunner(handle);
  const publisher = startPublishScheduler({
    service: createArticleService({
      store: createArticleStore(handle.db),
      hooks: [searchHook(handle, config)],
    }),
    jobs,
    intervalMs: config.publishIntervalMs,
    onPublished: (ids) => app.log.info({ ids }, "published scheduled articles"),
    onError: (error) => app.log.error({ err: error }, "scheduled publishing failed"),
  });
  const ratesScheduler =
    config.ratesFetch === "auto" || (config.ratesFetch === "unset" && !options.demoIfEmpty)
      ? createRatesScheduler({
          store: createRateStore(handle.db),
          log: app.log,
          // One instance at a time fetches a source (advisory lock); the others find it stored.
          runExclusive: async (name, fn) => {
            let result: Awaited<ReturnType<typeof fn>> | null = null;
            const outcome = await jobs.runExclusive(name, async () => {
              result = await fn();
            });
            return outcome === "ran" ? result : null;
          },
        })
      : null;
  ratesScheduler?.start();
  let closing = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, "shutting down: draining requests");
    await ratesScheduler?.stop();
    await publisher.stop();
    await app.close();
    await handle.close();
    process.exit(EXIT.ok);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  await app.listen({ port: config.port, host: config.host });
  io.out(
    `Steppe is serving ${config.siteName} at ${config.siteUrl} (listening on ${config.host}:${config.port}, ${handle.location}).`,
  );
  return new Promise<number>(() => {
    // Runs until a signal arrives.
  });
}

/** start, serve, migrate, demo. */
export const coreCommands: Record<string, Command> = {
  start: {
    summary: "Migrate, load the demo newsroom into an empty database, and serve the site",
    usage: "steppe start",
    help: "What `npm start` runs. Set STEPPE_DEMO=off to start with an empty newsroom.",
    run: (_args, config, io) => serve(config, io, { demoIfEmpty: true }),
  },
  serve: {
    summary: "Migrate and serve the site (no demo content)",
    usage: "steppe serve",
    help: "Serves the site from DATABASE_URL on HOST:PORT. Stops cleanly on SIGINT/SIGTERM, draining requests.",
    run: (_args, config, io) => serve(config, io, { demoIfEmpty: false }),
  },
  migrate: {
    summary: "Bring the database schema up to date",
    usage: "steppe migrate",
    help: "Applies pending migrations to DATABASE_URL, one transaction each, and lists what it applied.",
    run: async (_args, config, io) => {
      const handle = openDatabase(config.databaseUrl);
      try {
        const { applied } = await migrateToLatest(handle);
        io.out(
          applied.length === 0
            ? `${handle.location} is up to date.`
            : `Applied to ${handle.location}: ${applied.join(", ")}.`,
        );
      } finally {
        await handle.close();
      }
      return EXIT.ok;
    },
  },
  demo: {
    summary: "Load the demo newsroom (idempotent)",
    usage: "steppe demo",
    help: "Loads the demo articles, authors, sections, images and 120 business days of demo rates. Running it again adds nothing twice.",
    run: async (_args, config, io) => {
      await withDatabase(config, (handle) => runDemo(handle, config, io));
      return EXIT.ok;
    },
  },
};
