/**
 * One `steppe import` as plain data, and the work it does: open the database, wire the article
 * service with the search hook, run the importer. Plain data so that it can run in the import
 * thread (import-thread.ts) as well as here.
 */

import { createArticleService, createArticleStore } from "../../articles/index.js";
import type { Config } from "../../config.js";
import type { SerializedError } from "../../core/errors.js";
import {
  type ImportProgress,
  type ImportReport,
  importCaptures,
  importWordPressFiles,
  importWordPressRest,
} from "../../importers/index.js";
import { createRateStore } from "../../rates/index.js";
import { createSearchHook, createSearchIndex } from "../../search/index.js";
import { withDatabase } from "./core.js";

export interface ImportJob {
  kind: "wordpress" | "wordpress-api" | "capture";
  inputs: string[];
  uploadsDir: string | null;
  dryRun: boolean;
  batchSize: number;
}

/** Progress as the import reports it: a WXR import's phases, or a capture import's count. */
export type JobProgress = ImportProgress | { items: number; totalItems: number };

/**
 * Runs the import a job describes against the configured database.
 *
 * @example
 * const report = await performImport({ kind: "wordpress", inputs: ["export.xml"], uploadsDir: null, dryRun: false, batchSize: 500 }, config, () => {});
 */
export function performImport(
  job: ImportJob,
  config: Config,
  onProgress: (progress: JobProgress) => void,
): Promise<ImportReport> {
  return withDatabase(config, async (handle) => {
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
      dryRun: job.dryRun,
      batchSize: job.batchSize,
      onProgress,
    };
    // An import is one long run of writes: on SQLite, its WAL checkpoints go to a thread of their
    // own meanwhile, so the writing thread does not wait for them.
    const checkpoints = job.dryRun ? null : handle.offloadCheckpoints();
    try {
      if (job.kind === "capture")
        return await importCaptures(job.inputs, { ...common, rates: createRateStore(handle.db) });
      const wp = {
        ...common,
        mediaDir: config.mediaDir,
        workerHeapMb: config.importHeapMb,
        ...(job.uploadsDir === null ? {} : { uploadsDir: job.uploadsDir }),
      };
      return job.kind === "wordpress"
        ? await importWordPressFiles(job.inputs, wp)
        : await importWordPressRest(job.inputs[0] as string, wp);
    } finally {
      await checkpoints?.stop();
    }
  });
}

/** What the import thread is started with. */
export interface ImportThreadData {
  steppeImportThread: true;
  job: ImportJob;
  config: Config;
}

/** What the import thread posts back: progress while it runs, then its report or its error. */
export type FromImportThread =
  | { type: "progress"; progress: JobProgress }
  | { type: "done"; report: ImportReport }
  | { type: "failed"; error: SerializedError };
