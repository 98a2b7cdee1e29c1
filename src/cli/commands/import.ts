import { parseArgs } from "node:util";
import { createArticleService, createArticleStore } from "../../articles/index.js";
import type { Config } from "../../config.js";
import {
  formatReport,
  type ImportProgress,
  type ImportReport,
  importCaptures,
  importWordPressFiles,
  importWordPressRest,
} from "../../importers/index.js";
import { createRateStore } from "../../rates/index.js";
import { createSearchHook, createSearchIndex } from "../../search/index.js";
import type { CliOutput, Command } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { createProgress, type Progress } from "../progress.js";
import { withDatabase } from "./core.js";

const USAGE = [
  "steppe import wordpress FILE... [--uploads DIR] [--dry-run] [--json] [--batch N]",
  "steppe import wordpress-api PATH [--uploads DIR] [--dry-run] [--json] [--batch N]",
  "steppe import capture FILE... [--dry-run] [--json]",
].join("\n       ");

const HELP = `
  wordpress      WordPress WXR export files (1.0, 1.1, 1.2), streamed: posts, pages (as articles in
                 a "Pages" section), authors, categories (sections), tags (topics), attachments
                 (media), featured images, Yoast SEO fields, and a 301 redirect from every old URL.
  wordpress-api  A saved REST API dump (a folder of /wp-json/wp/v2 JSON files, or one file).
  capture        Saved pages of the old site (text or HTML): articles, and ticker values as rates.

Options:
  --uploads DIR  a copy of wp-content/uploads: media files are copied from it (never downloaded)
  --dry-run      read and check everything, print what would be imported, write nothing
  --json         print the report as JSON
  --batch N      posts per transaction (default 500)

Re-running an import is safe: it is idempotent (nothing is created twice; what changed is updated).
Exit codes: 0 imported, 1 partly imported (see the report), 2 nothing imported.`;

function exitFor(report: ImportReport): number {
  return report.status === "complete" ? EXIT.ok : report.status === "partial" ? EXIT.partial : EXIT.badInput;
}

/** One progress bar per phase (the WXR scan, then the import). */
function progressReporter(io: CliOutput, unit: string) {
  let phase: string | null = null;
  let bar: Progress | null = null;
  return {
    update(p: ImportProgress | { items: number; totalItems: number }): void {
      const current = "phase" in p ? p.phase : "import";
      if (current !== phase) {
        bar?.finish();
        phase = current;
        bar = createProgress(io, {
          unit: current === "scan" ? `${unit} found` : unit,
          ...(p.totalItems === null || p.totalItems === undefined ? {} : { total: p.totalItems }),
          ...("totalBytes" in p && p.totalBytes !== null ? { totalBytes: p.totalBytes } : {}),
        });
      }
      bar?.update(p.items, "bytes" in p && p.bytes !== null ? p.bytes : undefined);
    },
    finish(): void {
      bar?.finish();
    },
  };
}

async function runImport(args: string[], config: Config, io: CliOutput): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      uploads: { type: "string" },
      "dry-run": { type: "boolean" },
      json: { type: "boolean" },
      batch: { type: "string" },
    },
  });
  const [kind, ...inputs] = positionals;
  if (kind !== "wordpress" && kind !== "wordpress-api" && kind !== "capture") {
    io.err(`steppe import: say what to import: wordpress, wordpress-api or capture.\nUsage: ${USAGE}`);
    return EXIT.badInput;
  }
  if (inputs.length === 0 || (kind === "wordpress-api" && inputs.length > 1)) {
    io.err(
      `steppe import ${kind}: give ${kind === "wordpress-api" ? "one PATH" : "one or more FILEs"}.\nUsage: ${USAGE}`,
    );
    return EXIT.badInput;
  }
  const batchSize = values.batch === undefined ? 500 : Number(values.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    io.err(`steppe import: --batch must be a whole number of posts (got "${values.batch}").`);
    return EXIT.badInput;
  }
  const dryRun = values["dry-run"] === true;
  const progress = progressReporter(io, kind === "capture" ? "articles" : "posts");
  const report = await withDatabase(config, async (handle) => {
    const articleStore = createArticleStore(handle.db);
    // The same write hooks as every other writer: imported articles are searchable at once.
    const searchIndex = createSearchIndex({
      db: handle.db,
      dialect: handle.dialect,
      timeZone: config.siteTimeZone,
    });
    const articles = createArticleService({ store: articleStore, hooks: [createSearchHook(searchIndex)] });
    const common = {
      db: handle.db,
      articles,
      articleStore,
      timeZone: config.siteTimeZone,
      dryRun,
      batchSize,
      onProgress: progress.update,
    };
    if (kind === "capture") return importCaptures(inputs, { ...common, rates: createRateStore(handle.db) });
    const wp = {
      ...common,
      mediaDir: config.mediaDir,
      ...(values.uploads === undefined ? {} : { uploadsDir: values.uploads }),
    };
    return kind === "wordpress"
      ? importWordPressFiles(inputs, wp)
      : importWordPressRest(inputs[0] as string, wp);
  });
  progress.finish();
  if (values.json) io.out(JSON.stringify(report, null, 2));
  else for (const line of formatReport(report)) io.out(line);
  return exitFor(report);
}

/** `steppe import wordpress|wordpress-api|capture ...`. */
export const importCommands: Record<string, Command> = {
  import: {
    summary: "Import an archive: WordPress exports, WordPress REST dumps, page captures",
    usage: USAGE,
    help: HELP,
    run: runImport,
  },
};
