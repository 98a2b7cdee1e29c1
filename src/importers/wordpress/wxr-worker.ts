/**
 * Worker thread entry of the WXR importer: runs the reading half ({@link createWxrProducer}) for
 * the writer in the main thread, over a small message protocol (wxr-worker-protocol.ts). The
 * second pass runs at most `aheadPosts` posts ahead of the writer, so a fast reader never piles
 * converted posts up in memory while the database is busy.
 */

import { type MessagePort, parentPort, workerData } from "node:worker_threads";
import { serializeError } from "../../core/errors.js";
import { createGazetteer, defaultGazetteerEntries } from "../../search/index.js";
import { createWxrProducer } from "./wxr-producer.js";
import {
  dropSources,
  type FromWorker,
  postsIn,
  type ToWorker,
  type WxrWorkerData,
} from "./wxr-worker-protocol.js";

/**
 * Serves the writer's requests on `port` until the writer terminates the worker.
 *
 * @example
 * runWxrWorker(parentPort, { steppeWxrWorker: true, timeZone: "Asia/Almaty", groupSize: 64, aheadPosts: 640 });
 */
export function runWxrWorker(port: MessagePort, data: WxrWorkerData): void {
  const producer = createWxrProducer({
    timeZone: data.timeZone,
    gazetteer: createGazetteer(defaultGazetteerEntries()),
    processBodies: true,
    posted: true,
    splitScan: true,
    groupSize: data.groupSize,
  });
  const send = (message: FromWorker): void => port.postMessage(message);
  /** Posts the worker may still hand out before the writer takes some. */
  let credits = data.aheadPosts;
  let onCredit: (() => void) | null = null;
  // Requests run one after another, in the order they came.
  let queue: Promise<void> = Promise.resolve();

  const handle = async (message: ToWorker): Promise<void> => {
    if (message.type === "scan") {
      const result = await producer.scanFile(
        message.file,
        (bytes, items) => send({ type: "scan-progress", bytes, items }),
        (entries) => send({ type: "scan-attachments", entries }),
      );
      send({ type: "scanned", result });
    } else if (message.type === "media") {
      producer.setMedia(message.urls);
    } else if (message.type === "read") {
      try {
        const summary = await producer.readFile(message.file, async (records, bytes) => {
          while (credits <= 0) await new Promise<void>((resolve) => (onCredit = resolve));
          credits -= postsIn(records);
          send({ type: "records", records: dropSources(records), bytes });
        });
        send({ type: "read-done", summary });
      } catch (error) {
        send({ type: "read-failed", error: serializeError(error) });
      }
    }
  };

  port.on("message", (message: ToWorker) => {
    if (message.type === "credit") {
      credits += message.posts;
      const wake = onCredit;
      onCredit = null;
      wake?.();
      return;
    }
    queue = queue.then(() => handle(message));
  });
}

const data = workerData as Partial<WxrWorkerData> | null;
if (parentPort !== null && data?.steppeWxrWorker === true) {
  runWxrWorker(parentPort, data as WxrWorkerData);
}
