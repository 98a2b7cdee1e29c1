/**
 * Entry of the thread that checkpoints a SQLite database's WAL while a long write runs (see
 * `offloadCheckpoints` in checkpoints.ts): a connection of its own that runs a passive checkpoint
 * every `intervalMs` until told to stop, then a last one.
 */

import { parentPort, workerData } from "node:worker_threads";
import SqliteDatabase from "better-sqlite3";

export interface CheckpointWorkerData {
  steppeCheckpointWorker: true;
  file: string;
  intervalMs: number;
  /** One Int32: 0 while the writes go on, 1 once the thread is to stop. */
  stop: SharedArrayBuffer;
}

const data = workerData as Partial<CheckpointWorkerData> | null;
if (parentPort !== null && data?.steppeCheckpointWorker === true) {
  const { file, intervalMs, stop } = data as CheckpointWorkerData;
  const flag = new Int32Array(stop);
  const db = new SqliteDatabase(file, { fileMustExist: true });
  try {
    // As the writing connection: a checkpoint syncs the WAL before it copies, and the database
    // file after. A passive checkpoint never waits for the writer.
    db.pragma("synchronous = NORMAL");
    for (;;) {
      db.pragma("wal_checkpoint(PASSIVE)");
      if (Atomics.load(flag, 0) !== 0) break;
      Atomics.wait(flag, 0, 0, intervalMs);
    }
  } finally {
    db.close();
  }
}
