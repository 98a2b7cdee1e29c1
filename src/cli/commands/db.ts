import { parseArgs } from "node:util";
import { AppError } from "../../core/errors.js";
import { openDatabase, redactUrl } from "../../db/connect.js";
import { copyNewsroom } from "../../db/copy.js";
import { migrateToLatest } from "../../db/migrate.js";
import type { Command } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { createProgress } from "../progress.js";
import { databaseOptions } from "./core.js";

const USAGE = "steppe db copy --to URL [--from URL]";

/** `steppe db copy`: move a whole newsroom between SQLite and PostgreSQL. */
export const dbCommands: Record<string, Command> = {
  db: {
    summary: "Database tools: copy a newsroom between SQLite and PostgreSQL",
    usage: USAGE,
    help: [
      "Copies every table of the newsroom from --from (default: DATABASE_URL) to --to, in one",
      "transaction on the target, then compares row counts and checksums per table and prints them.",
      "The target is migrated first and must be empty. The search index is rebuilt on the target.",
      "",
      "Examples:",
      "  steppe db copy --to postgres://steppe@db.internal/steppe",
      "  DATABASE_URL=postgres://... steppe db copy --to ./data/backup.db",
    ].join("\n"),
    async run(args, config, io) {
      const [sub, ...rest] = args;
      if (sub !== "copy")
        throw new AppError("VALIDATION_FAILED", `Unknown db command "${sub ?? ""}". Usage: ${USAGE}`);
      let values: { to?: string | undefined; from?: string | undefined };
      try {
        ({ values } = parseArgs({
          args: rest,
          options: { to: { type: "string" }, from: { type: "string" } },
          strict: true,
        }));
      } catch (error) {
        throw new AppError("VALIDATION_FAILED", `${(error as Error).message}. Usage: ${USAGE}`);
      }
      if (values.to === undefined)
        throw new AppError("VALIDATION_FAILED", `--to is required. Usage: ${USAGE}`);
      const fromUrl = values.from ?? config.databaseUrl;
      if (fromUrl === values.to)
        throw new AppError("VALIDATION_FAILED", "--from and --to name the same database.");
      const source = openDatabase(fromUrl, databaseOptions(config));
      const target = openDatabase(values.to, databaseOptions(config));
      try {
        await source.ready(config.databaseConnectRetries);
        await target.ready(config.databaseConnectRetries);
        await migrateToLatest(source);
        await migrateToLatest(target);
        io.out(`Copying ${source.location} -> ${target.location}`);
        let progress = createProgress(io, { unit: "rows" });
        let current = "";
        const report = await copyNewsroom(source, target, {
          onProgress: (table, copied, total) => {
            if (table !== current) {
              progress.finish();
              current = table;
              progress = createProgress(io, { unit: `${table} rows`, total });
            }
            progress.update(copied);
          },
        });
        progress.finish();
        const width = Math.max(...report.tables.map((t) => t.table.length));
        for (const t of report.tables) {
          io.out(
            `${t.matches ? "ok  " : "DIFF"} ${t.table.padEnd(width)}  ${String(t.sourceRows).padStart(8)} -> ${String(t.targetRows).padStart(8)} rows  checksum ${t.sourceChecksum.slice(0, 12)}${t.matches ? "" : ` != ${t.targetChecksum.slice(0, 12)}`}`,
          );
        }
        io.out(
          report.ok
            ? `All ${report.tables.length} tables match. Point DATABASE_URL at ${redactUrl(values.to)} and run \`steppe search reindex\` there to rebuild the search index.`
            : "Some tables differ: the target is not a faithful copy.",
        );
        return report.ok ? EXIT.ok : EXIT.partial;
      } finally {
        await source.close();
        await target.close();
      }
    },
  },
};
