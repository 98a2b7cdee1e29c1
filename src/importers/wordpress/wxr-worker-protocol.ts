/**
 * The messages between the WXR writer and its worker thread (wxr-worker.ts), shared by both ends.
 */

import type { SerializedError } from "../../core/errors.js";
import type { AttachmentEntry } from "./attachment-index.js";
import type { MediaUrls, ProducedRecord, ScanResult } from "./wxr-producer.js";
import type { WxrReadSummary } from "./wxr-reader.js";

/** What the worker is started with. */
export interface WxrWorkerData {
  steppeWxrWorker: true;
  timeZone: string;
  /** Posts per message. */
  groupSize: number;
  /** Posts handed out and not yet taken by the writer, at most. */
  aheadPosts: number;
}

/** Messages from the writer to the worker. */
export type ToWorker =
  | { type: "scan"; file: string }
  | { type: "media"; urls: MediaUrls }
  | { type: "read"; file: string }
  /** The writer took this many posts (one group). */
  | { type: "credit"; posts: number };

/** Messages from the worker to the writer. */
export type FromWorker =
  | { type: "scan-progress"; bytes: number; items: number }
  /** Attachments found so far, sent in pieces during the scan; `scanned` then lists none. */
  | { type: "scan-attachments"; entries: AttachmentEntry[] }
  | { type: "scanned"; result: ScanResult }
  | { type: "records"; records: ProducedRecord[]; bytes: number }
  | { type: "read-done"; summary: WxrReadSummary }
  | { type: "read-failed"; error: SerializedError };

/**
 * Undoes the worker's one saving on the wire: a prepared body's `source` is its post's `html`
 * (preparePost makes it from exactly that text), so it is sent once and linked up here.
 *
 * @example
 * worker.on("message", (m) => { if (m.type === "records") writeAll(restoreSources(m.records)); });
 */
export function restoreSources(records: ProducedRecord[]): ProducedRecord[] {
  for (const record of records)
    if (record.kind === "prepared" && record.body) record.body.source = record.html;
  return records;
}

/**
 * The worker's side of {@link restoreSources}: drops the copies of the post html before sending.
 *
 * @example
 * port.postMessage({ type: "records", records: dropSources(records), bytes });
 */
export function dropSources(records: ProducedRecord[]): ProducedRecord[] {
  for (const record of records) if (record.kind === "prepared" && record.body) record.body.source = "";
  return records;
}

/**
 * Posts and pages among the records (what credits count).
 *
 * @example
 * postsIn(records); // 64
 */
export function postsIn(records: readonly ProducedRecord[]): number {
  let n = 0;
  for (const r of records) if (r.kind === "prepared" || r.kind === "skipped" || r.kind === "failed") n += 1;
  return n;
}
