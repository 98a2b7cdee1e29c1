/**
 * The reading half of the WXR importer, with no database: the first pass over a file (site and
 * attachments), then the second pass, which hands the writer the records in document order with
 * every post and page already converted ({@link preparePost}). The writer runs it in its own
 * thread, or (the `worker` option) in a worker thread (wxr-worker.ts), so that reading,
 * converting and sanitizing run on one core while the database is written on the other.
 */

import { stat } from "node:fs/promises";
import v8 from "node:v8";
import { partsOf } from "../../core/chunks.js";
import { type SerializedError, serializeError } from "../../core/errors.js";
import type { Gazetteer } from "../../search/index.js";
import { type AttachmentEntry, attachmentEntry } from "./attachment-index.js";
import { createAttachmentIndex } from "./attachment-store.js";
import { convertibleContentChars, type PreparedPost, preparePost, type SkippedPost } from "./prepare-post.js";
import type { WpAuthor, WpItem, WpRecord, WpSite, WpTerm } from "./types.js";
import { streamWxr, type WxrReadSummary } from "./wxr-reader.js";
import { planScanSplit, type ScanOptions, scanWxr, scanWxrSplit, type WxrScan } from "./wxr-scan.js";
import { startScanHalf } from "./wxr-scan-half.js";

/** Attachments per piece handed out during a first pass (see `WxrProducer.scanFile`). */
const ATTACHMENTS_PER_PIECE = 1_000;
/** Files from this size get a split first pass (`splitScan`): a thread costs ~50 ms to start. */
const SPLIT_SCAN_MIN_BYTES = 16 * 1024 * 1024;

/** An item that is neither content nor an attachment (nav menu item, custom post type). */
export interface OtherItem {
  kind: "other";
  id: number;
  type: string;
  title: string;
}

/** A post or page whose conversion threw; the writer fails its batch with the error. */
export interface FailedPost {
  kind: "failed";
  itemId: number;
  error: SerializedError;
}

/** What the second pass hands the writer, in document order. */
export type ProducedRecord =
  | WpSite
  | WpAuthor
  | WpTerm
  | OtherItem
  | (PreparedPost & { itemId: number })
  | (SkippedPost & { itemId: number })
  | FailedPost;

/** What the first pass found in one file (see wxr-scan.ts). */
export type ScanResult = WxrScan;

/** The local URLs of attachments whose files are in the media folder (from the writer). */
export interface MediaUrls {
  /** Attachment id -> local URL, for the attachments with a local file (most have none). */
  byId: [number, string][];
  /** Old file URL (incl. resized variants) -> local URL. */
  byUrl: [string, string][];
}

/** Options shared by both passes. */
export interface WxrProducerOptions {
  timeZone: string;
  gazetteer: Pick<Gazetteer, "detectCountries">;
  /** Sanitize article bodies too (see {@link PreparePostContext.processBody}). */
  processBodies: boolean;
  /**
   * The records are posted to another thread, whose copy is all that stays: prepared posts then
   * skip their own compacting copy (see {@link PreparePostContext.copyStrings}).
   */
  posted?: boolean;
  /**
   * Read the second half of a large file's first pass in a thread of its own, at the same time
   * as the first half (see `scanWxrSplit`). For a producer that runs in a thread while another
   * waits for the pass (the import's worker): on two cores the pass then takes about half as
   * long. Default false.
   */
  splitScan?: boolean;
  /** Posts per handed-out group of records (default 64). */
  groupSize?: number;
}

/** The reading half of a WXR import. */
export interface WxrProducer {
  /**
   * First pass over one file. `onBytes` reports bytes read and posts counted so far. Given
   * `onAttachments`, the attachments are handed to it in pieces as they are found instead of in
   * the result (the worker thread posts them on, so that no thread holds them all twice).
   */
  scanFile(
    file: string,
    onBytes?: (bytes: number, items: number) => void,
    onAttachments?: (entries: AttachmentEntry[]) => void,
  ): Promise<ScanResult>;
  /** Tells the producer where copied files are served (before the second pass). */
  setMedia(urls: MediaUrls): void;
  /**
   * Second pass over one file: hands out groups of records (awaiting each), then returns the
   * reader's summary; throws the read error after handing out every record before it.
   */
  readFile(
    file: string,
    emit: (records: ProducedRecord[], bytes: number) => Promise<void>,
  ): Promise<WxrReadSummary>;
  /** Frees what the producer holds (its attachment index; a worker's thread). */
  close(): Promise<void>;
}

/** Converts the records of a reader for the writer (the part shared by WXR and REST imports). */
export interface RecordPreparer {
  /** Remembers an attachment item (first pass); returns the entry the writer needs for media. */
  addAttachment(item: WpItem): AttachmentEntry;
  /** Remembers an attachment the first pass found. */
  addEntry(entry: AttachmentEntry): void;
  setMedia(urls: MediaUrls): void;
  /** What the writer gets for a record; null for what it does not need (attachments). */
  prepare(record: WpRecord): ProducedRecord | null;
  /** Frees the attachment index (also freed with the thread that made it). */
  close(): void;
}

/**
 * Creates a record preparer with an empty attachment index.
 *
 * @example
 * const preparer = createRecordPreparer({ timeZone: "Asia/Almaty", gazetteer, processBodies: false });
 * const produced = preparer.prepare(record);
 */
export function createRecordPreparer(options: WxrProducerOptions): RecordPreparer {
  const index = createAttachmentIndex();
  const localUrls = new Map<string, string>();

  function rewriteUrls(html: string): string {
    if (localUrls.size === 0) return html;
    return html.replace(/\b(src|href|poster)="([^"]+)"/g, (whole, attr: string, url: string) => {
      const local = localUrls.get(url);
      return local ? `${attr}="${local}"` : whole;
    });
  }
  const context = {
    attachments: index.lookup,
    rewriteUrls,
    gazetteer: options.gazetteer,
    processBody: options.processBodies,
    copyStrings: options.posted !== true,
    maxContentChars: convertibleContentChars(v8.getHeapStatistics().heap_size_limit),
  };

  return {
    addAttachment(item) {
      const entry = attachmentEntry(item);
      index.add(entry);
      return entry;
    },
    addEntry(entry) {
      index.add(entry);
    },
    setMedia(urls) {
      for (const [id, url] of urls.byId) index.setLocalUrl(id, url);
      for (const [from, to] of urls.byUrl) localUrls.set(from, to);
    },
    prepare(record) {
      if (record.kind !== "item") return record;
      if (record.type === "attachment") return null;
      if (record.type !== "post" && record.type !== "page")
        return { kind: "other", id: record.id, type: record.type, title: record.title };
      try {
        return { ...preparePost(record, context), itemId: record.id };
      } catch (error) {
        return { kind: "failed", itemId: record.id, error: serializeError(error) };
      }
    },
    close: () => index.close(),
  };
}

/**
 * Creates the reading half of a WXR import.
 *
 * @example
 * const producer = createWxrProducer({ timeZone: "Asia/Almaty", gazetteer, processBodies: false });
 * const scan = await producer.scanFile("export.xml");
 * producer.setMedia({ byId: [], byUrl: [] });
 * await producer.readFile("export.xml", async (records) => { for (const r of records) await writer.add(r); });
 */
export function createWxrProducer(options: WxrProducerOptions): WxrProducer {
  const preparer = createRecordPreparer(options);
  const groupSize = Math.max(1, options.groupSize ?? 64);

  return {
    async scanFile(file, onBytes, onAttachments) {
      // Without `onAttachments` they are kept for the result, as the scan itself would.
      const kept: AttachmentEntry[] = [];
      const pieces = partsOf<AttachmentEntry>(
        ATTACHMENTS_PER_PIECE,
        onAttachments ?? ((part) => kept.push(...part)),
      );
      const scanOptions: ScanOptions = {
        timeZone: options.timeZone,
        ...(onBytes ? { onBytes } : {}),
        onAttachment(entry) {
          preparer.addEntry(entry);
          pieces.add(entry);
        },
      };
      const size = options.splitScan === true ? ((await stat(file).catch(() => null))?.size ?? 0) : 0;
      const split = size >= SPLIT_SCAN_MIN_BYTES ? await planScanSplit(file, size) : null;
      const scan =
        split === null
          ? await scanWxr(file, scanOptions)
          : await scanWxrSplit(file, split, (s) => startScanHalf(file, s, options.timeZone), scanOptions);
      pieces.end();
      return onAttachments === undefined ? { ...scan, attachments: kept } : scan;
    },

    setMedia: (urls) => preparer.setMedia(urls),

    close: async () => preparer.close(),

    async readFile(file, emit) {
      let group: ProducedRecord[] = [];
      let posts = 0;
      let bytesRead = 0;
      const handOut = async (): Promise<void> => {
        if (group.length === 0) return;
        const records = group;
        group = [];
        posts = 0;
        await emit(records, bytesRead);
      };
      try {
        const summary = await streamWxr(
          file,
          async (record) => {
            const produced = preparer.prepare(record);
            if (produced === null) return;
            group.push(produced);
            if (produced.kind === "prepared" || produced.kind === "skipped" || produced.kind === "failed") {
              posts += 1;
              if (posts >= groupSize) await handOut();
            }
          },
          {
            timeZone: options.timeZone,
            onBytes: (bytes) => {
              bytesRead = bytes;
            },
          },
        );
        await handOut();
        return summary;
      } catch (error) {
        // The records read before the failure count: hand them out, then fail.
        await handOut();
        throw error;
      }
    },
  };
}
