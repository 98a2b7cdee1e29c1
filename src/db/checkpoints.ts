/**
 * Checkpoints of a SQLite database in a thread of their own, for the length of a long write.
 *
 * In WAL mode every commit appends pages to the WAL, and the connection that commits past
 * `wal_autocheckpoint` pages (1,000 by default) copies them into the database file there and
 * then, syncing both files: on this project's 2-core machine that was about 1 s of a
 * 20,000-post import's 7 s of SQL, spent waiting in the writing thread. Run from another
 * connection, in another thread, a passive checkpoint copies the committed pages while the writer
 * goes on. The writer keeps a backstop (a checkpoint of its own past 16,000 pages, 64 MB of WAL)
 * in case the thread falls behind or fails, and gets its usual setting back at the end.
 */

import type { Worker } from "node:worker_threads";
import type SqliteDatabase from "better-sqlite3";
import { startWorker } from "../runtime/worker-thread.js";
import type { CheckpointWorkerData } from "./checkpoint-worker.js";

/** The writer's own checkpoint threshold while checkpoints are offloaded, in pages. */
export const OFFLOADED_AUTOCHECKPOINT_PAGES = 16_000;
const DEFAULT_AUTOCHECKPOINT_PAGES = 1_000;
const INTERVAL_MS = 250;

export interface OffloadedCheckpoints {
  /** Ends the offloading: a last checkpoint in the thread, then the writer's setting as before. */
  stop(): Promise<void>;
}

/** For a database whose checkpoints stay where they are (PostgreSQL, in memory, no thread). */
export const NO_OFFLOADING: OffloadedCheckpoints = { stop: async () => undefined };

/**
 * Moves the WAL checkpoints of `connection` (a file database) to a thread until `stop()`. The
 * thread's failure only leaves the checkpoints to the writer's backstop.
 *
 * @example
 * const checkpoints = offloadCheckpoints(sqlite, "./data/steppe.db");
 * try { await bulkWrite(); } finally { await checkpoints.stop(); }
 */
export function offloadCheckpoints(connection: SqliteDatabase.Database, file: string): OffloadedCheckpoints {
  const stop = new SharedArrayBuffer(4);
  const stopFlag = new Int32Array(stop);
  const workerData: CheckpointWorkerData = {
    steppeCheckpointWorker: true,
    file,
    intervalMs: INTERVAL_MS,
    stop,
  };
  let worker: Worker;
  try {
    worker = startWorker(new URL("./checkpoint-worker.js", import.meta.url), {
      workerData,
      resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 2 },
    });
  } catch {
    // No thread: the writer checkpoints as usual.
    return NO_OFFLOADING;
  }
  connection.pragma(`wal_autocheckpoint = ${OFFLOADED_AUTOCHECKPOINT_PAGES}`);
  const exited = new Promise<void>((resolve) => {
    worker.once("exit", () => resolve());
    // An error ends the thread (and fires "exit"); the writer's backstop carries on.
    worker.once("error", () => undefined);
  });
  let stopped: Promise<void> | null = null;
  return {
    stop() {
      stopped ??= (async () => {
        Atomics.store(stopFlag, 0, 1);
        Atomics.notify(stopFlag, 0);
        await exited;
        if (connection.open) connection.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT_PAGES}`);
      })();
      return stopped;
    },
  };
}
