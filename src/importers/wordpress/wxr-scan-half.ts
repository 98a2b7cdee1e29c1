/**
 * The second half of a split first pass (wxr-scan.ts, `scanWxrSplit`) in a thread of its own.
 * The first pass runs while the writing thread has nothing to do yet, so on two cores the file's
 * second half can be read at the same time as its first. This module is also the thread's entry.
 */

import { parentPort, workerData } from "node:worker_threads";
import { partsOf } from "../../core/chunks.js";
import { startWorker } from "../../runtime/worker-thread.js";
import type { AttachmentEntry } from "./attachment-index.js";
import { type ScanHalf, type ScanSplit, scanWxrRange, type WxrScan } from "./wxr-scan.js";

interface HalfData {
  steppeWxrScanHalf: true;
  file: string;
  split: ScanSplit;
  timeZone: string | undefined;
}

type FromHalf =
  | { type: "progress"; bytes: number }
  | { type: "attachments"; entries: AttachmentEntry[] }
  | { type: "done"; scan: Omit<WxrScan, "attachments"> };

/** Attachments per message: the thread sends them as it finds them, not in one piece. */
const ATTACHMENTS_PER_MESSAGE = 1_000;

/**
 * Starts the second half of `file`'s first pass in a new thread.
 *
 * @example
 * const scan = await scanWxrSplit(file, split, (s) => startScanHalf(file, s, "Asia/Almaty"));
 */
export function startScanHalf(file: string, split: ScanSplit, timeZone: string | undefined): ScanHalf {
  const worker = startWorker(new URL("./wxr-scan-half.js", import.meta.url), {
    workerData: { steppeWxrScanHalf: true, file, split, timeZone } satisfies HalfData,
  });
  let bytes = 0;
  const attachments: AttachmentEntry[] = [];
  const done = new Promise<WxrScan>((resolve, reject) => {
    worker.on("message", (message: FromHalf) => {
      if (message.type === "progress") bytes = message.bytes;
      else if (message.type === "attachments") for (const entry of message.entries) attachments.push(entry);
      else resolve({ ...message.scan, attachments });
    });
    worker.on("error", reject);
    worker.on("exit", (code) => reject(new Error(`the scanning thread stopped (exit code ${code})`)));
  });
  return {
    done,
    bytes: () => bytes,
    async cancel() {
      worker.removeAllListeners("exit");
      await worker.terminate();
    },
  };
}

async function runHalf(data: HalfData): Promise<void> {
  const port = parentPort;
  if (port === null) return;
  const pieces = partsOf<AttachmentEntry>(ATTACHMENTS_PER_MESSAGE, (entries) =>
    port.postMessage({ type: "attachments", entries } satisfies FromHalf),
  );
  const scan = await scanWxrRange(data.file, data.split, {
    ...(data.timeZone === undefined ? {} : { timeZone: data.timeZone }),
    onBytes: (bytes) => port.postMessage({ type: "progress", bytes } satisfies FromHalf),
    onAttachment: (entry) => pieces.add(entry),
  });
  pieces.end();
  const { attachments: _none, ...rest } = scan;
  port.postMessage({ type: "done", scan: rest } satisfies FromHalf);
}

const data = workerData as Partial<HalfData> | null;
if (parentPort !== null && data?.steppeWxrScanHalf === true) void runHalf(data as HalfData);
