import { parseArgs } from "node:util";
import type { Config } from "../../config.js";
import { AppError, reviveError } from "../../core/errors.js";
import type { ImportReport } from "../../importers/index.js";
import { isWorkerOutOfMemory, startWorker } from "../../runtime/worker-thread.js";
import type { CliOutput, Command } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { createProgress, type Progress } from "../progress.js";
import type { FromImportThread, ImportJob, ImportThreadData, JobProgress } from "./import-job.js";

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
    update(p: JobProgress): void {
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

/**
 * Young generation of the import thread, a third of V8's default of 48 MB (the WXR reading thread
 * has 24 MB: see wxr-worker-client.ts). The import thread writes, and
 * waits for that reader for about a fifth of the time, so collecting its young objects more often
 * costs little: at 20,000 posts 16 MB gave 26-29 s against 29-31 s with the default, in alternating
 * runs, and a peak RSS of 305-312 MB against 322-361 MB.
 */
const IMPORT_THREAD_YOUNG_MB = 16;

/**
 * Runs the import in a thread of its own with a bounded heap (IMPORT_HEAP_MB). V8 otherwise lets
 * a busy heap grow to several times what an import keeps alive (the peak RSS of 100,000 posts
 * was 696 MB with about 60 MB alive), and a started process cannot bound its own main heap. The
 * thread opens its own database connection; this one only draws the progress. Running out of
 * that heap is reported as IMPORT_OUT_OF_MEMORY: the batches committed before it stay.
 */
function runInImportThread(
  job: ImportJob,
  config: Config,
  onProgress: (progress: JobProgress) => void,
): Promise<ImportReport> {
  const workerData: ImportThreadData = { steppeImportThread: true, job, config };
  const worker = startWorker(new URL("./import-thread.js", import.meta.url), {
    workerData,
    resourceLimits: {
      maxOldGenerationSizeMb: config.importHeapMb,
      maxYoungGenerationSizeMb: IMPORT_THREAD_YOUNG_MB,
    },
  });
  const outcome = new Promise<ImportReport>((resolve, reject) => {
    worker.on("message", (message: FromImportThread) => {
      if (message.type === "progress") onProgress(message.progress);
      else if (message.type === "done") resolve(message.report);
      else reject(reviveError(message.error));
    });
    worker.on("error", (error) => {
      reject(
        isWorkerOutOfMemory(error)
          ? new AppError(
              "IMPORT_OUT_OF_MEMORY",
              `the import ran out of memory (its heap is limited to ${config.importHeapMb} MB by IMPORT_HEAP_MB). ` +
                "The batches committed before it stopped are kept; raise IMPORT_HEAP_MB and run the same " +
                "command again to go on from there.",
            )
          : error,
      );
    });
    worker.on("exit", (code) =>
      reject(new Error(`the import thread stopped (exit code ${code}) before it finished`)),
    );
  });
  return outcome.finally(() => worker.terminate());
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
  const job: ImportJob = {
    kind,
    inputs,
    uploadsDir: values.uploads ?? null,
    dryRun: values["dry-run"] === true,
    batchSize,
  };
  const progress = progressReporter(io, kind === "capture" ? "articles" : "posts");
  let report: ImportReport;
  try {
    report = await runInImportThread(job, config, progress.update);
  } finally {
    progress.finish();
  }
  if (values.json) io.out(JSON.stringify(report, null, 2));
  else {
    // Loaded only now: this thread never needs the importers themselves (see COMMAND_AREAS).
    const { formatReport } = await import("../../importers/index.js");
    for (const line of formatReport(report)) io.out(line);
  }
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
