/**
 * Entry of the import thread: runs one {@link performImport} and posts its progress (at most ten
 * times a second, and at every change of phase), then its report or its error, to the CLI's
 * main thread. The thread exists for its heap limit (see `runImport` in import.ts).
 */

import { parentPort, workerData } from "node:worker_threads";
import { serializeError } from "../../core/errors.js";
import {
  type FromImportThread,
  type ImportThreadData,
  type JobProgress,
  performImport,
} from "./import-job.js";

const PROGRESS_EVERY_MS = 100;

const data = workerData as Partial<ImportThreadData> | null;
const port = parentPort;
if (port !== null && data?.steppeImportThread === true) {
  const { job, config } = data as ImportThreadData;
  const send = (message: FromImportThread): void => port.postMessage(message);
  let lastSent = 0;
  let lastPhase: string | null = null;
  /** The latest progress not sent yet (sent before the end, so the bar ends where the import did). */
  let unsent: JobProgress | null = null;
  const onProgress = (progress: JobProgress): void => {
    const phase = "phase" in progress ? progress.phase : "items";
    const now = performance.now();
    if (phase === lastPhase && now - lastSent < PROGRESS_EVERY_MS) {
      unsent = progress;
      return;
    }
    lastPhase = phase;
    lastSent = now;
    unsent = null;
    send({ type: "progress", progress });
  };
  const flush = (): void => {
    if (unsent !== null) send({ type: "progress", progress: unsent });
    unsent = null;
  };
  performImport(job, config, onProgress).then(
    (report) => {
      flush();
      send({ type: "done", report });
    },
    (error: unknown) => {
      flush();
      send({ type: "failed", error: serializeError(error) });
    },
  );
}
