/**
 * Starting a worker thread on one of the project's own modules, whether the code runs as built
 * JavaScript (dist/) or as TypeScript sources under tsx or Vitest (tests, `npm run steppe`).
 */

import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * Starts a worker thread running `entry`, the URL of a module beside the caller written as its
 * built name (`new URL("./analysis-worker.js", import.meta.url)`). When that file does not exist
 * but its `.ts` source does, the caller is running from sources: Node 20 does not pass module
 * loaders on to worker threads, so the thread registers tsx itself before importing the source.
 *
 * @example
 * const worker = startWorker(new URL("./analysis-worker.js", import.meta.url), { workerData: data });
 */
export function startWorker(entry: URL, options: WorkerOptions = {}): Worker {
  const built = fileURLToPath(entry);
  const source = built.replace(/\.js$/, ".ts");
  if (fs.existsSync(built) || source === built || !fs.existsSync(source)) return new Worker(entry, options);
  const tsx = import.meta.resolve("tsx/esm/api");
  const sourceUrl = new URL(entry.href.replace(/\.js$/, ".ts"));
  return new Worker(
    `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(sourceUrl.href)}); });`,
    { ...options, eval: true },
  );
}

/**
 * True when a worker thread died because it ran out of its heap (`resourceLimits`): the error
 * its "error" event gives then, for the caller to report in its own words.
 *
 * @example
 * worker.on("error", (error) => fail(isWorkerOutOfMemory(error) ? new AppError("IMPORT_OUT_OF_MEMORY", "...") : error));
 */
export function isWorkerOutOfMemory(error: Error): boolean {
  return (error as Error & { code?: unknown }).code === "ERR_WORKER_OUT_OF_MEMORY";
}
