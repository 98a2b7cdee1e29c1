/**
 * Starts the WXR reading half in a worker thread (wxr-worker.ts) and gives the writer the same
 * {@link WxrProducer} interface as the in-thread one, so the writer does not care where it runs.
 */

import { AppError, reviveError } from "../../core/errors.js";
import { isWorkerOutOfMemory, startWorker } from "../../runtime/worker-thread.js";
import type { AttachmentEntry } from "./attachment-index.js";
import type { ScanResult, WxrProducer } from "./wxr-producer.js";
import type { WxrReadSummary } from "./wxr-reader.js";
import {
  type FromWorker,
  postsIn,
  restoreSources,
  type ToWorker,
  type WxrWorkerData,
} from "./wxr-worker-protocol.js";

/**
 * The worker keeps little (its modules, a few groups of posts; the attachment index is in a
 * temporary SQLite file), so its old generation is bounded by default far above what it keeps
 * alive (100,000 posts keep well under 100 MB), which stops V8 from letting it grow to several
 * times that.
 */
const DEFAULT_HEAP_MB = 256;
/**
 * The worker's young generation: 24 MB, half of V8's default. Nearly everything the reader
 * allocates dies within its post, so collecting the young objects more often copies little. At
 * 50,000 posts, in alternating runs, the peak RSS of the import was 262-268 MB against 282-288 MB
 * with the default, and it took 57-67 s against 63-71 s. An 8 MB cap, tried earlier, made the
 * worker collect so often that an import ran about 20% slower.
 */
const YOUNG_MB = 24;

/**
 * Starts a worker thread running the WXR reading half.
 *
 * @example
 * const producer = startWorkerProducer({ timeZone: "Asia/Almaty", groupSize: 64, aheadPosts: 640 });
 * try { await producer.scanFile("export.xml"); } finally { await producer.close(); }
 */
export function startWorkerProducer(options: {
  timeZone: string;
  groupSize: number;
  aheadPosts: number;
  /** The thread's heap limit (default 256 MB); running out of it fails as IMPORT_OUT_OF_MEMORY. */
  heapMb?: number;
}): WxrProducer {
  const { heapMb = DEFAULT_HEAP_MB, ...settings } = options;
  const worker = startWorker(new URL("./wxr-worker.js", import.meta.url), {
    workerData: { steppeWxrWorker: true, ...settings } satisfies WxrWorkerData,
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: YOUNG_MB },
  });
  const send = (message: ToWorker): void => worker.postMessage(message);
  /** The handler of the request in progress (requests run one at a time). */
  let onMessage: ((message: FromWorker) => void) | null = null;
  let onFailure: ((error: Error) => void) | null = null;
  let dead: Error | null = null;

  worker.on("message", (message: FromWorker) => onMessage?.(message));
  const fail = (error: Error): void => {
    dead ??= error;
    onFailure?.(error);
  };
  worker.on("error", (error) =>
    fail(
      isWorkerOutOfMemory(error)
        ? new AppError(
            "IMPORT_OUT_OF_MEMORY",
            `the thread reading the export ran out of memory (its heap is limited to ${heapMb} MB)`,
          )
        : error,
    ),
  );
  worker.on("exit", (code) => fail(new Error(`the import worker thread stopped (exit code ${code})`)));

  function request<T>(
    message: ToWorker,
    handle: (message: FromWorker, resolve: (value: T) => void, reject: (error: Error) => void) => void,
  ): Promise<T> {
    if (dead !== null) return Promise.reject(dead);
    return new Promise<T>((resolve, reject) => {
      const done = (): void => {
        onMessage = null;
        onFailure = null;
      };
      onFailure = (error) => {
        done();
        reject(error);
      };
      onMessage = (m) =>
        handle(
          m,
          (value) => {
            done();
            resolve(value);
          },
          (error) => {
            done();
            reject(error);
          },
        );
      send(message);
    });
  }

  return {
    scanFile(file, onBytes) {
      // The worker sends the attachments in pieces as it finds them rather than all in its result:
      // one message of every attachment (60,000 at 100,000 posts) was held whole in both threads
      // at once, which made the peak of a large import.
      const attachments: AttachmentEntry[] = [];
      return request<ScanResult>({ type: "scan", file }, (m, resolve) => {
        if (m.type === "scan-progress") onBytes?.(m.bytes, m.items);
        else if (m.type === "scan-attachments") {
          for (const entry of m.entries) attachments.push(entry);
        } else if (m.type === "scanned") resolve({ ...m.result, attachments });
      });
    },

    setMedia(urls) {
      send({ type: "media", urls });
    },

    readFile(file, emit) {
      // Groups are written one after another, in the order they arrive; the worker waits for a
      // credit per group, so at most a few are queued here. A failed write ends the request at
      // once (the import stops there; the worker is closed with the import).
      let chain: Promise<void> = Promise.resolve();
      let failed = false;
      return request<WxrReadSummary>({ type: "read", file }, (m, resolve, reject) => {
        if (m.type === "records") {
          chain = chain.then(async () => {
            if (failed) return;
            try {
              const records = restoreSources(m.records);
              await emit(records, m.bytes);
              send({ type: "credit", posts: postsIn(records) });
            } catch (error) {
              failed = true;
              reject(error instanceof Error ? error : new Error(String(error)));
            }
          });
        } else if (m.type === "read-done" || m.type === "read-failed") {
          chain = chain.then(() => {
            if (failed) return;
            if (m.type === "read-done") resolve(m.summary);
            else reject(reviveError(m.error));
          });
        }
      });
    },

    async close() {
      onMessage = null;
      onFailure = null;
      worker.removeAllListeners("exit");
      await worker.terminate();
    },
  };
}
