import { parseArgs } from "node:util";
import { createArticleService, createArticleStore } from "../articles/index.js";
import { type Config, loadConfig } from "../config.js";
import { isAppError } from "../core/errors.js";
import { type DatabaseHandle, openDatabase } from "../db/connect.js";
import { migrateToLatest } from "../db/migrate.js";
import { loadDemo } from "../demo/load-demo.js";
import { createRateStore } from "../rates/index.js";
import { buildApp } from "../web/app.js";
import { EXIT, exitCodeFor } from "./exit-codes.js";

interface Command {
  summary: string;
  usage: string;
  help: string;
  run(args: string[], config: Config): Promise<number>;
}

const out = (line: string): void => console.log(line);
const err = (line: string): void => console.error(line);

async function withDatabase<T>(config: Config, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = openDatabase(config.databaseUrl);
  try {
    await migrateToLatest(handle);
    return await work(handle);
  } finally {
    await handle.close();
  }
}

async function runDemo(handle: DatabaseHandle, config: Config): Promise<void> {
  const articleStore = createArticleStore(handle.db);
  const report = await loadDemo({
    articles: createArticleService({ store: articleStore }),
    articleStore,
    rates: createRateStore(handle.db),
    mediaDir: config.mediaDir,
    timeZone: config.siteTimeZone,
    now: new Date(),
  });
  out(
    `Demo newsroom: ${report.articles} articles and ${report.translations} translations loaded` +
      `${report.skipped > 0 ? ` (${report.skipped} already there)` : ""}, ${report.authors} authors, ${report.tags} tags, ` +
      `${report.images} images, ${report.rates} demo rate entries.`,
  );
}

async function serve(config: Config, options: { demoIfEmpty: boolean }): Promise<number> {
  const handle = openDatabase(config.databaseUrl);
  const { applied } = await migrateToLatest(handle);
  if (applied.length > 0) out(`Database ${handle.location}: applied ${applied.join(", ")}.`);
  if (options.demoIfEmpty && config.demo && (await createArticleStore(handle.db).countArticles()) === 0) {
    await runDemo(handle, config);
  }
  const app = await buildApp({ config, database: handle });
  let closing = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, "shutting down: draining requests");
    await app.close();
    await handle.close();
    process.exit(EXIT.ok);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  await app.listen({ port: config.port, host: config.host });
  out(
    `Steppe is serving ${config.siteName} at ${config.siteUrl} (listening on ${config.host}:${config.port}, ${handle.location}).`,
  );
  return new Promise<number>(() => {
    // Runs until a signal arrives.
  });
}

const COMMANDS: Record<string, Command> = {
  start: {
    summary: "Migrate, load the demo newsroom into an empty database, and serve the site",
    usage: "steppe start",
    help: "What `npm start` runs. Set STEPPE_DEMO=off to start with an empty newsroom.",
    run: (_args, config) => serve(config, { demoIfEmpty: true }),
  },
  serve: {
    summary: "Migrate and serve the site (no demo content)",
    usage: "steppe serve",
    help: "Serves the site from DATABASE_URL on HOST:PORT. Stops cleanly on SIGINT/SIGTERM, draining requests.",
    run: (_args, config) => serve(config, { demoIfEmpty: false }),
  },
  migrate: {
    summary: "Bring the database schema up to date",
    usage: "steppe migrate",
    help: "Applies pending migrations to DATABASE_URL, one transaction each, and lists what it applied.",
    run: async (_args, config) => {
      const handle = openDatabase(config.databaseUrl);
      try {
        const { applied } = await migrateToLatest(handle);
        out(
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
    run: async (_args, config) => {
      await withDatabase(config, (handle) => runDemo(handle, config));
      return EXIT.ok;
    },
  },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    "Usage: steppe <command> [options]",
    "",
    "Commands:",
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `steppe <command> --help` for a command's options.",
    "Configuration comes from environment variables: PORT, HOST, DATABASE_URL, SITE_URL, SITE_NAME, SITE_TIME_ZONE, LOG_LEVEL, MEDIA_DIR, STEPPE_DEMO.",
  ].join("\n");
}

/**
 * Runs the CLI with the given arguments and environment; returns the exit code.
 */
export async function main(argv: string[], env: Record<string, string | undefined>): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    out(usage());
    return name === undefined ? EXIT.badInput : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    err(`steppe: unknown command "${name}".\n\n${usage()}`);
    return EXIT.badInput;
  }
  const { values } = parseArgs({
    args: rest,
    options: { help: { type: "boolean", short: "h" } },
    strict: false,
  });
  if (values.help) {
    out(`Usage: ${command.usage}\n\n${command.summary}.\n${command.help}`);
    return EXIT.ok;
  }
  try {
    const config = loadConfig(env);
    return await command.run(rest, config);
  } catch (error) {
    if (isAppError(error)) {
      err(`steppe ${name}: ${error.message}`);
      return exitCodeFor(error.code);
    }
    err(
      `steppe ${name}: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return EXIT.internal;
  }
}
