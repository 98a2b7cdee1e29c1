/**
 * The first pass over a WXR file, fast: the site header, the attachments and a count of posts
 * and pages. The importer needs the attachments before it converts any post (WordPress exports
 * an attachment after the post it was uploaded to), so this pass runs before anything else and
 * its time adds to every import.
 *
 * It feeds the same record assembler as the strict reader (wxr-reader.ts: header, record and
 * namespace rules, version checks) and maps attachment items with the same `mapItem`, but
 * tokenizes the file's bytes with `Buffer.indexOf` instead of decoding all of it for saxes's
 * character-by-character state machine: post bodies, most of an export's bytes, are skipped at
 * memchr speed and never decoded (a file in another encoding is transcoded to UTF-8 first). For
 * a well-formed file it yields exactly what the strict reader yields. It is lenient, not a validator: it stops at the
 * structural faults it meets (a mismatched or missing end tag, an unbound prefix, a DOCTYPE, a
 * bad version) and reports the pass as failed; faults only saxes catches are left to the second
 * pass, which is strict and reports them with line and column.
 *
 * The writing thread has nothing to do during this pass, so the import's reading thread splits
 * a large file's pass in two (`scanWxrSplit`): it reads up to an `<item>` past the middle while
 * a short-lived thread reads from there on (wxr-scan-half.ts). The split is checked before its
 * second half is used, and the result is the same as one pass's.
 */

import { createReadStream } from "node:fs";
import { type FileHandle, open, stat } from "node:fs/promises";
import { type AttachmentEntry, attachmentEntry } from "./attachment-index.js";
import type { WpSite } from "./types.js";
import {
  createRecordAssembler,
  itemIdAndType,
  mapItem,
  sniffEncoding,
  type XmlStartTag,
} from "./wxr-reader.js";
import { filterXmlText, stripIllegalXmlChars } from "./xml-char-filter.js";

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";
const CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const NAME_END = /[\s/>]/g;
/** How much of the file start `sniffEncoding` reads. */
const SNIFF_BYTES = 200;

/** What the first pass found in a file. */
export interface WxrScan {
  /** Site records in order (one for a file with a good header). */
  sites: WpSite[];
  attachments: AttachmentEntry[];
  /** Posts and pages. */
  items: number;
  /** The pass stopped early: the file is not readable as WXR from some point on. */
  failed: boolean;
}

/** Stops the scan; caught by {@link scanWxr}. */
class ScanStop extends Error {}

/** XML line-end handling: CRLF and lone CR become LF. */
function normalizeEol(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(
    ENTITY,
    (whole, hex: string | undefined, dec: string | undefined, named: string | undefined) => {
      if (named !== undefined) return NAMED[named] ?? whole;
      const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    },
  );
}

/** Attribute-value normalisation of XML: entities resolved, each tab and line end a space. */
function attributeValue(raw: string): string {
  return decodeEntities(normalizeEol(raw).replace(/[\t\n]/g, " "));
}

interface OpenElement {
  name: string;
  /** Namespace declarations in scope from here down (prefix -> URI; "" is the default). */
  scope: Map<string, string>;
}

const LT = 0x3c;
const GT = 0x3e;
const BANG = 0x21;
const QUESTION = 0x3f;
const SLASH = 0x2f;
const CDATA_OPEN = Buffer.from("<![CDATA[");
const CDATA_CLOSE = Buffer.from("]]>");
const COMMENT_OPEN = Buffer.from("<!--");
const COMMENT_CLOSE = Buffer.from("-->");
const PI_CLOSE = Buffer.from("?>");
const DOCTYPE = Buffer.from("<!DOCTYPE");
const EMPTY = Buffer.alloc(0);

function startsWithAt(buffer: Buffer, prefix: Buffer, at: number): boolean {
  return (
    buffer.length - at >= prefix.length &&
    buffer.compare(prefix, 0, prefix.length, at, at + prefix.length) === 0
  );
}

/** Whether `buffer` from `at` could still become `prefix` once more bytes arrive. */
function mayBecome(buffer: Buffer, prefix: Buffer, at: number): boolean {
  const have = buffer.length - at;
  return have < prefix.length && buffer.compare(prefix, 0, have, at, buffer.length) === 0;
}

/**
 * A lenient streaming tokenizer that turns the UTF-8 bytes of a WXR file into the assembler's
 * events. It works on the bytes, so finding the next tag or the end of a CDATA section is a
 * memchr/memmem search, and text is decoded only where the listener wants it (`wantsText`): the
 * post bodies, most of an export's bytes, are never decoded at all. Each piece it decodes goes
 * through the XML character filter as the strict reader's whole stream does (pieces end at "<"
 * or ">", so no construct the filter looks at is ever cut). `write` takes consecutive chunks;
 * `end` ends the document.
 */
function createTokenizer(events: {
  opentag(tag: XmlStartTag): void;
  /** False while the text of the current element is not needed (it is then not decoded). */
  wantsText(): boolean;
  text(value: string): void;
  closetag(): void;
  doctype(): void;
}) {
  let buffer: Buffer = EMPTY;
  /** Inside a CDATA section whose text is not wanted: only its end is looked for. */
  let skippingCdata = false;
  const stack: OpenElement[] = [];
  const rootScope = new Map<string, string>([
    ["xml", XML_NS],
    ["", ""],
  ]);

  const resolve = (scope: Map<string, string>, prefix: string): string => {
    const uri = scope.get(prefix);
    if (uri === undefined) throw new ScanStop(`unbound prefix ${prefix}`);
    return uri;
  };

  const decode = (start: number, end: number): string => buffer.toString("utf8", start, end);

  /** Whether the text at this point is kept (inside an element whose text is wanted). */
  const wanted = (): boolean => stack.length > 0 && events.wantsText();

  const text = (start: number, end: number): void => {
    if (end > start && wanted()) events.text(decodeEntities(normalizeEol(filterXmlText(decode(start, end)))));
  };

  /** The index of the ">" that ends the tag opened at `at`, or -1 if it is not in the buffer yet. */
  const tagEnd = (at: number): number => {
    let quote = 0;
    for (let i = at + 1; i < buffer.length; i++) {
      const code = buffer[i] as number;
      if (quote !== 0) {
        if (code === quote) quote = 0;
      } else if (code === 0x22 || code === 0x27) quote = code;
      else if (code === GT) return i;
    }
    return -1;
  };

  /** Parses one whole start tag, "<" to ">" (filtered text). */
  const startTag = (tag: string): void => {
    NAME_END.lastIndex = 1;
    const nameEnd = NAME_END.exec(tag);
    const name = tag.slice(1, nameEnd === null ? tag.length - 1 : nameEnd.index);
    if (name === "") throw new ScanStop("empty tag name");
    const raw: [string, string][] = [];
    let i = nameEnd === null ? tag.length - 1 : nameEnd.index;
    let selfClosing = false;
    for (;;) {
      while (i < tag.length && /\s/.test(tag.charAt(i))) i++;
      const ch = tag.charAt(i);
      if (ch === ">") break;
      if (ch === "/") {
        if (tag.charAt(i + 1) !== ">") throw new ScanStop("stray / in a tag");
        selfClosing = true;
        break;
      }
      const eq = tag.indexOf("=", i);
      if (eq < 0) throw new ScanStop("bad attribute");
      const attrName = tag.slice(i, eq).trim();
      if (attrName === "" || /[\s<>"']/.test(attrName)) throw new ScanStop("bad attribute");
      let q = eq + 1;
      while (q < tag.length && /\s/.test(tag.charAt(q))) q++;
      const quote = tag.charAt(q);
      if (quote !== '"' && quote !== "'") throw new ScanStop("unquoted attribute");
      const close = tag.indexOf(quote, q + 1);
      if (close < 0) throw new ScanStop("unquoted attribute");
      raw.push([attrName, tag.slice(q + 1, close)]);
      i = close + 1;
    }

    const parent = stack[stack.length - 1]?.scope ?? rootScope;
    let scope = parent;
    const ns: Record<string, string> = {};
    for (const [attrName, value] of raw) {
      if (attrName === "xmlns" || attrName.startsWith("xmlns:")) {
        const prefix = attrName === "xmlns" ? "" : attrName.slice(6);
        const uri = attributeValue(value);
        if (scope === parent) scope = new Map(parent);
        scope.set(prefix, uri);
        ns[prefix] = uri;
      }
    }
    const colon = name.indexOf(":");
    const local = colon < 0 ? name : name.slice(colon + 1);
    const uri = resolve(scope, colon < 0 ? "" : name.slice(0, colon));
    const attributes: XmlStartTag["attributes"] = {};
    for (const [attrName, value] of raw) {
      const c = attrName.indexOf(":");
      const prefix = c < 0 ? "" : attrName.slice(0, c);
      const attrUri =
        attrName === "xmlns" || prefix === "xmlns" ? XMLNS_NS : prefix === "" ? "" : resolve(scope, prefix);
      attributes[attrName] = {
        uri: attrUri,
        local: c < 0 ? attrName : attrName.slice(c + 1),
        value: attributeValue(value),
      };
    }
    stack.push({ name, scope });
    events.opentag({ local, uri, ns, attributes });
    if (selfClosing) {
      stack.pop();
      events.closetag();
    }
  };

  /** Inside a skipped CDATA section: keeps, from `from` on, only what could begin its "]]>". */
  const keepCdataTail = (from: number): void => {
    buffer = buffer.subarray(Math.max(from, buffer.length - (CDATA_CLOSE.length - 1)));
  };

  /** Consumes what it can of the buffer; keeps an incomplete construct for the next chunk. */
  const run = (final: boolean): void => {
    let i = 0;
    if (skippingCdata) {
      const end = buffer.indexOf(CDATA_CLOSE, 0);
      if (end < 0) {
        keepCdataTail(0);
        return;
      }
      skippingCdata = false;
      i = end + CDATA_CLOSE.length;
    }
    for (;;) {
      const lt = buffer.indexOf(LT, i);
      if (lt < 0) {
        if (final || stack.length === 0) {
          text(i, buffer.length);
          i = buffer.length;
        }
        // Text that may continue in the next chunk (an entity could be cut) waits for it.
        break;
      }
      text(i, lt);
      i = lt;
      if (lt + 1 >= buffer.length) break;
      const next = buffer[lt + 1];
      if (next === BANG) {
        if (startsWithAt(buffer, CDATA_OPEN, lt)) {
          const from = lt + CDATA_OPEN.length;
          const keep = wanted();
          const end = buffer.indexOf(CDATA_CLOSE, from);
          if (end < 0) {
            if (keep) break;
            // A section nobody reads can be long: what is read of it goes now.
            skippingCdata = true;
            keepCdataTail(from);
            return;
          }
          if (keep) events.text(normalizeEol(stripIllegalXmlChars(decode(from, end))));
          i = end + CDATA_CLOSE.length;
        } else if (startsWithAt(buffer, COMMENT_OPEN, lt)) {
          const end = buffer.indexOf(COMMENT_CLOSE, lt + COMMENT_OPEN.length);
          if (end < 0) break;
          i = end + COMMENT_CLOSE.length;
        } else if (
          mayBecome(buffer, CDATA_OPEN, lt) ||
          mayBecome(buffer, COMMENT_OPEN, lt) ||
          mayBecome(buffer, DOCTYPE, lt)
        ) {
          break;
        } else if (startsWithAt(buffer, DOCTYPE, lt)) {
          events.doctype();
          throw new ScanStop("DOCTYPE");
        } else {
          throw new ScanStop("markup declaration outside a DTD");
        }
      } else if (next === QUESTION) {
        const end = buffer.indexOf(PI_CLOSE, lt + 2);
        if (end < 0) break;
        i = end + PI_CLOSE.length;
      } else if (next === SLASH) {
        const end = buffer.indexOf(GT, lt + 2);
        if (end < 0) break;
        const name = filterXmlText(decode(lt + 2, end)).trim();
        const open = stack.pop();
        if (open === undefined || open.name !== name) throw new ScanStop(`mismatched end tag ${name}`);
        events.closetag();
        i = end + 1;
      } else {
        const end = tagEnd(lt);
        if (end < 0) break;
        startTag(filterXmlText(decode(lt, end + 1)));
        i = end + 1;
      }
    }
    buffer = i >= buffer.length ? EMPTY : buffer.subarray(i);
  };

  return {
    write(chunk: Buffer): void {
      buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
      run(false);
    },
    /**
     * The open elements when everything written so far has been read up to whitespace between
     * two children of the innermost one (no tag, section or comment cut off); else null.
     */
    boundary(): readonly OpenElement[] | null {
      if (skippingCdata) return null;
      for (const byte of buffer)
        if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return null;
      return [...stack];
    },
    end(): void {
      run(true);
      if (skippingCdata || stack.length > 0 || buffer.toString("utf8").trim() !== "")
        throw new ScanStop("unexpected end of the file");
    },
  };
}

/** Options of the first pass. */
export interface ScanOptions {
  timeZone?: string;
  onBytes?: (bytes: number, items: number) => void;
  /** Bytes per read; default 256 KiB. */
  chunkSize?: number;
  /** Given: each attachment goes here as it is found, not into `attachments` (left empty). */
  onAttachment?: (entry: AttachmentEntry) => void;
}

/**
 * One first pass, fed the file's bytes by its caller (in order, but from any ranges: see
 * {@link scanWxrRange}). A fault stops it for good and sets `result.failed`.
 */
interface ScanSession {
  readonly result: WxrScan;
  /** Bytes written so far. */
  readonly bytes: number;
  /** Items (of any type) read so far. */
  readonly itemsSeen: number;
  write(bytes: Buffer): void;
  /**
   * The open elements when the bytes so far end between two children of the innermost one, in
   * a UTF-8 file (see the tokenizer's `boundary`); else null.
   */
  boundary(): readonly OpenElement[] | null;
  /** Fails the pass (a read error). */
  fail(): void;
  /** Takes what a pass over the rest of the file found, as if it had read it (the split). */
  take(rest: WxrScan): void;
  end(): void;
}

function createScanSession(file: string, options: ScanOptions): ScanSession {
  const result: WxrScan = { sites: [], attachments: [], items: 0, failed: false };
  const onAttachment = options.onAttachment ?? ((entry: AttachmentEntry) => result.attachments.push(entry));
  let itemsSeen = 0;
  const assembler = createRecordAssembler(
    file,
    options.timeZone === undefined ? {} : { timeZone: options.timeZone },
    () => ({ line: 0, column: 0 }),
    {
      site: (site) => result.sites.push(site),
      record(node, ctx) {
        if (node.local !== "item") return;
        itemsSeen += 1;
        const { id, type } = itemIdAndType(node, ctx);
        if (id === null) return;
        if (type === "attachment") {
          const item = mapItem(node, ctx);
          if (item) onAttachment(attachmentEntry(item));
        } else if (type === "post" || type === "page") {
          result.items += 1;
        }
      },
    },
    () => 0,
  );
  // Post bodies are most of an export and the pass never reads them: their text is skipped
  // undecoded (an attachment's body, its description, is not kept either).
  let bodyDepth = 0;
  const tokenizer = createTokenizer({
    opentag(tag) {
      if (bodyDepth > 0) bodyDepth += 1;
      else if (tag.local === "encoded" && tag.uri === CONTENT_NS) bodyDepth = 1;
      assembler.opentag(tag, 0);
    },
    wantsText: () => bodyDepth === 0,
    text: (value) => assembler.text(value),
    closetag() {
      if (bodyDepth > 0) bodyDepth -= 1;
      assembler.closetag();
    },
    doctype: () => assembler.doctype(),
  });
  /** Set for a file not in UTF-8: it is transcoded to UTF-8 for the tokenizer. */
  let transcoder = null as TextDecoder | null;
  /** The first bytes, held until there are enough to read the XML declaration's encoding. */
  let head: Buffer[] | null = [];
  let bytesRead = 0;
  const feed = (bytes: Buffer): void => {
    tokenizer.write(
      transcoder === null ? bytes : Buffer.from(transcoder.decode(bytes, { stream: true }), "utf8"),
    );
  };
  const sniff = (): void => {
    if (head === null) return;
    const start = Buffer.concat(head);
    head = null;
    const encoding = sniffEncoding(start);
    if (encoding !== "utf-8") transcoder = new TextDecoder(encoding);
    feed(start);
  };
  /** Runs a step unless the pass has stopped; a fault stops it. */
  const step = (work: () => void): void => {
    if (result.failed) return;
    try {
      work();
    } catch {
      result.failed = true;
    }
  };
  return {
    result,
    get bytes() {
      return bytesRead;
    },
    get itemsSeen() {
      return itemsSeen;
    },
    write(bytes) {
      step(() => {
        bytesRead += bytes.length;
        if (head === null) feed(bytes);
        else {
          head.push(bytes);
          if (bytesRead >= SNIFF_BYTES) sniff();
        }
      });
    },
    boundary() {
      if (result.failed || head !== null || transcoder !== null) return null;
      return tokenizer.boundary();
    },
    fail() {
      result.failed = true;
    },
    take(rest) {
      for (const entry of rest.attachments) onAttachment(entry);
      result.items += rest.items;
      result.failed = rest.failed;
    },
    end() {
      step(() => {
        sniff();
        if (transcoder !== null) tokenizer.write(Buffer.from(transcoder.decode(), "utf8"));
        tokenizer.end();
        assembler.end();
      });
    },
  };
}

/** Feeds bytes [start, end) of the file to the session (a read error fails it). */
async function feedRange(
  session: ScanSession,
  file: string,
  options: ScanOptions,
  start: number,
  end = Number.POSITIVE_INFINITY,
): Promise<void> {
  if (end <= start || session.result.failed) return;
  try {
    const stream = createReadStream(file, {
      start,
      ...(Number.isFinite(end) ? { end: end - 1 } : {}),
      highWaterMark: options.chunkSize ?? 256 * 1024,
    });
    for await (const chunk of stream) {
      session.write(chunk as Buffer);
      options.onBytes?.(session.bytes, session.result.items);
      if (session.result.failed) {
        stream.destroy();
        return;
      }
    }
  } catch {
    session.fail();
  }
}

/**
 * The first pass over a WXR file (see the module comment). Never throws: a file it cannot read
 * to the end comes back with `failed` set and what it found before that point.
 *
 * @example
 * const scan = await scanWxr("export.xml", { timeZone: "Asia/Almaty" });
 * scan.attachments.length; // 1200
 */
export async function scanWxr(file: string, options: ScanOptions = {}): Promise<WxrScan> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return { sites: [], attachments: [], items: 0, failed: true };
  const session = createScanSession(file, options);
  await feedRange(session, file, options, 0);
  session.end();
  return session.result;
}

/** Where a first pass may be split in two (see {@link scanWxrSplit}). */
export interface ScanSplit {
  /** Offset of the first `<item>`: the bytes before it are the header both halves read. */
  readonly headerEnd: number;
  /** Offset of the `<item>` the second half starts at, past the middle of the file. */
  readonly start: number;
}

/**
 * The second half of a split first pass: the file's header, bytes [0, headerEnd), then the
 * file from `start` on, as if the items between were not there. What it finds is what the whole
 * pass finds from `start` on when that is a point between two items of the channel (which
 * {@link scanWxrSplit} checks); its `sites` are not the file's.
 *
 * @example
 * const tail = await scanWxrRange("export.xml", { headerEnd: 1024, start: 290_000_000 });
 */
export async function scanWxrRange(
  file: string,
  split: ScanSplit,
  options: ScanOptions = {},
): Promise<WxrScan> {
  const session = createScanSession(file, options);
  await feedRange(session, file, options, 0, split.headerEnd);
  await feedRange(session, file, options, split.start);
  session.end();
  return session.result;
}

const ITEM_START = Buffer.from("<item>");
/** How far from the middle the second half's first `<item>` is looked for. */
const SPLIT_SEARCH_BYTES = 8 * 1024 * 1024;

/** The first offset of `needle` in the open file in [from, from + limit), or -1. */
async function findBytes(handle: FileHandle, needle: Buffer, from: number, limit: number): Promise<number> {
  const chunk = Buffer.alloc(Math.min(limit + needle.length, 1024 * 1024));
  let at = from;
  while (at < from + limit) {
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, at);
    if (bytesRead === 0) return -1;
    const found = chunk.subarray(0, bytesRead).indexOf(needle);
    if (found >= 0) return at + found;
    if (bytesRead < chunk.length) return -1;
    at += bytesRead - (needle.length - 1);
  }
  return -1;
}

/**
 * Where to split the first pass of a file of `size` bytes: at the first `<item>` past the
 * middle, with the header up to the first `<item>`. Null when the file offers none (or cannot
 * be read). A candidate found by bytes alone may sit inside a comment or a CDATA section;
 * {@link scanWxrSplit} checks it before using the second half.
 *
 * @example
 * const split = await planScanSplit("export.xml", (await stat("export.xml")).size);
 */
export async function planScanSplit(file: string, size: number): Promise<ScanSplit | null> {
  const handle = await open(file, "r").catch(() => null);
  if (handle === null) return null;
  try {
    const middle = Math.floor(size / 2);
    const headerEnd = await findBytes(handle, ITEM_START, 0, middle);
    if (headerEnd < 0) return null;
    const start = await findBytes(handle, ITEM_START, middle, SPLIT_SEARCH_BYTES);
    return start > headerEnd ? { headerEnd, start } : null;
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

/** The second half of a split pass, running elsewhere (a worker thread). */
export interface ScanHalf {
  /** Its result, attachments in file order; rejects if it could not run. */
  readonly done: Promise<WxrScan>;
  /** Bytes it has read so far (for progress). */
  bytes(): number;
  /** Stops it; its result is not needed. */
  cancel(): Promise<void>;
}

/**
 * {@link scanWxr} in two halves at once: this thread reads the file up to `split.start` while
 * `startHalf` reads the rest ({@link scanWxrRange}). Before taking the second half's result it
 * checks that the whole pass had met no item before `split.headerEnd`, and that there and at
 * `split.start` it stands between two children of the same open channel, so that reading on
 * from there would find exactly what the second half found. Otherwise, or if the second half
 * fails to run, it reads on by itself. So the result is always {@link scanWxr}'s, attachments
 * in file order.
 *
 * @example
 * const scan = await scanWxrSplit("export.xml", split, (s) => startScanHalf("export.xml", s, "Asia/Almaty"));
 */
export async function scanWxrSplit(
  file: string,
  split: ScanSplit,
  startHalf: (split: ScanSplit) => ScanHalf,
  options: ScanOptions = {},
): Promise<WxrScan> {
  const half = startHalf(split);
  // The half's failure to run is a reason to read on alone, not an error.
  const second = half.done.then(
    (scan) => scan,
    () => null,
  );
  const session = createScanSession(file, options);
  // Progress counts the bytes both halves have read.
  const sessionOptions: ScanOptions = {
    ...options,
    onBytes: (bytes, items) => options.onBytes?.(bytes + half.bytes(), items),
  };
  await feedRange(session, file, sessionOptions, 0, split.headerEnd);
  // The second half reads the header again: it must hold no item (an "<item >" the byte search
  // did not see, say), and end between two children of the channel.
  const atHeader = session.itemsSeen === 0 ? session.boundary() : null;
  let position = split.headerEnd;
  if (atHeader !== null && atHeader.length === 2) {
    await feedRange(session, file, sessionOptions, split.headerEnd, split.start);
    position = split.start;
    const atStart = session.boundary();
    const same = atStart !== null && atStart.length === 2 && atStart.every((e, i) => e === atHeader[i]);
    const tail = same ? await second : null;
    if (tail !== null) {
      session.take(tail);
      return session.result;
    }
  }
  await half.cancel();
  await feedRange(session, file, sessionOptions, position);
  session.end();
  return session.result;
}
