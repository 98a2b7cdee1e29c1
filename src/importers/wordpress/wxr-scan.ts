/**
 * The first pass over a WXR file, fast: the site header, the attachments and a count of posts
 * and pages. The importer needs the attachments before it converts any post (WordPress exports
 * an attachment after the post it was uploaded to), so this pass runs before anything else and
 * its time adds to every import.
 *
 * It feeds the same record assembler as the strict reader (wxr-reader.ts: header, record and
 * namespace rules, version checks) and maps attachment items with the same `mapItem`, but
 * tokenizes with `indexOf` instead of saxes's character-by-character state machine (CDATA
 * bodies, most of an export's bytes, are skipped at memchr speed). For a well-formed file it
 * yields exactly what the strict reader yields. It is lenient, not a validator: it stops at the
 * structural faults it meets (a mismatched or missing end tag, an unbound prefix, a DOCTYPE, a
 * bad version) and reports the pass as failed; faults only saxes catches are left to the second
 * pass, which is strict and reports them with line and column.
 */

import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { type AttachmentEntry, attachmentEntry } from "./attachment-index.js";
import type { WpSite } from "./types.js";
import {
  createRecordAssembler,
  itemIdAndType,
  mapItem,
  sniffEncoding,
  type XmlStartTag,
} from "./wxr-reader.js";
import { createXmlCharFilter } from "./xml-char-filter.js";

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const NAME_END = /[\s/>]/g;

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

/**
 * A lenient streaming tokenizer that turns WXR text into the assembler's events. `write` takes
 * consecutive chunks of decoded text; `end` ends the document.
 */
function createTokenizer(events: {
  opentag(tag: XmlStartTag): void;
  text(value: string): void;
  closetag(): void;
  doctype(): void;
}) {
  let buffer = "";
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

  /** Parses a start tag at `at` ("<" included); returns the index after it, or -1 if incomplete. */
  const startTag = (at: number): number => {
    NAME_END.lastIndex = at + 1;
    const nameEnd = NAME_END.exec(buffer);
    if (nameEnd === null) return -1;
    const name = buffer.slice(at + 1, nameEnd.index);
    if (name === "") throw new ScanStop("empty tag name");
    const raw: [string, string][] = [];
    let i = nameEnd.index;
    let selfClosing = false;
    for (;;) {
      while (i < buffer.length && /\s/.test(buffer.charAt(i))) i++;
      if (i >= buffer.length) return -1;
      const ch = buffer.charAt(i);
      if (ch === ">") {
        i += 1;
        break;
      }
      if (ch === "/") {
        if (i + 1 >= buffer.length) return -1;
        if (buffer.charAt(i + 1) !== ">") throw new ScanStop("stray / in a tag");
        selfClosing = true;
        i += 2;
        break;
      }
      const eq = buffer.indexOf("=", i);
      if (eq < 0) return -1;
      const attrName = buffer.slice(i, eq).trim();
      if (attrName === "" || /[\s<>"']/.test(attrName)) throw new ScanStop("bad attribute");
      let q = eq + 1;
      while (q < buffer.length && /\s/.test(buffer.charAt(q))) q++;
      if (q >= buffer.length) return -1;
      const quote = buffer.charAt(q);
      if (quote !== '"' && quote !== "'") throw new ScanStop("unquoted attribute");
      const close = buffer.indexOf(quote, q + 1);
      if (close < 0) return -1;
      raw.push([attrName, buffer.slice(q + 1, close)]);
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
    return i;
  };

  /** Consumes what it can of the buffer; keeps an incomplete construct for the next chunk. */
  const run = (final: boolean): void => {
    let i = 0;
    for (;;) {
      const lt = buffer.indexOf("<", i);
      if (lt < 0) {
        if (final || stack.length === 0) {
          if (stack.length > 0 && buffer.length > i)
            events.text(decodeEntities(normalizeEol(buffer.slice(i))));
          i = buffer.length;
        }
        // Text that may continue in the next chunk (an entity could be cut) waits for it.
        break;
      }
      if (lt > i && stack.length > 0) events.text(decodeEntities(normalizeEol(buffer.slice(i, lt))));
      i = lt;
      const next = buffer.charCodeAt(lt + 1);
      if (Number.isNaN(next)) break;
      if (next === 0x21 /* ! */) {
        if (buffer.startsWith("<![CDATA[", lt)) {
          const end = buffer.indexOf("]]>", lt + 9);
          if (end < 0) break;
          events.text(normalizeEol(buffer.slice(lt + 9, end)));
          i = end + 3;
        } else if (buffer.startsWith("<!--", lt)) {
          const end = buffer.indexOf("-->", lt + 4);
          if (end < 0) break;
          i = end + 3;
        } else if (buffer.length - lt < 9) {
          break;
        } else if (buffer.startsWith("<!DOCTYPE", lt)) {
          events.doctype();
          throw new ScanStop("DOCTYPE");
        } else {
          throw new ScanStop("markup declaration outside a DTD");
        }
      } else if (next === 0x3f /* ? */) {
        const end = buffer.indexOf("?>", lt + 2);
        if (end < 0) break;
        i = end + 2;
      } else if (next === 0x2f /* / */) {
        const end = buffer.indexOf(">", lt + 2);
        if (end < 0) break;
        const name = buffer.slice(lt + 2, end).trim();
        const open = stack.pop();
        if (open === undefined || open.name !== name) throw new ScanStop(`mismatched end tag ${name}`);
        events.closetag();
        i = end + 1;
      } else {
        const after = startTag(lt);
        if (after < 0) break;
        i = after;
      }
    }
    buffer = buffer.slice(i);
  };

  return {
    write(chunk: string): void {
      buffer += chunk;
      run(false);
    },
    end(): void {
      run(true);
      if (stack.length > 0 || buffer.trim() !== "") throw new ScanStop("unexpected end of the file");
    },
  };
}

/**
 * The first pass over a WXR file (see the module comment). Never throws: a file it cannot read
 * to the end comes back with `failed` set and what it found before that point.
 *
 * @example
 * const scan = await scanWxr("export.xml", { timeZone: "Asia/Almaty" });
 * scan.attachments.length; // 1200
 */
export async function scanWxr(
  file: string,
  options: {
    timeZone?: string;
    onBytes?: (bytes: number, items: number) => void;
    /** Bytes per read; default 256 KiB. */
    chunkSize?: number;
  } = {},
): Promise<WxrScan> {
  const result: WxrScan = { sites: [], attachments: [], items: 0, failed: false };
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return { ...result, failed: true };
  const assembler = createRecordAssembler(
    file,
    options.timeZone === undefined ? {} : { timeZone: options.timeZone },
    () => ({ line: 0, column: 0 }),
    {
      site: (site) => result.sites.push(site),
      record(node, ctx) {
        if (node.local !== "item") return;
        const { id, type } = itemIdAndType(node, ctx);
        if (id === null) return;
        if (type === "attachment") {
          const item = mapItem(node, ctx);
          if (item) result.attachments.push(attachmentEntry(item));
        } else if (type === "post" || type === "page") {
          result.items += 1;
        }
      },
    },
    () => 0,
  );
  const tokenizer = createTokenizer({
    opentag: (tag) => assembler.opentag(tag, 0),
    text: (value) => assembler.text(value),
    closetag: () => assembler.closetag(),
    doctype: () => assembler.doctype(),
  });
  const filter = createXmlCharFilter();
  let decoder: TextDecoder | null = null;
  let bytesRead = 0;
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: options.chunkSize ?? 256 * 1024 })) {
      const bytes = chunk as Buffer;
      bytesRead += bytes.length;
      decoder ??= new TextDecoder(sniffEncoding(bytes));
      tokenizer.write(filter.push(decoder.decode(bytes, { stream: true })));
      options.onBytes?.(bytesRead, result.items);
    }
    tokenizer.write(filter.push(decoder?.decode() ?? "") + filter.flush());
    tokenizer.end();
    assembler.end();
  } catch {
    result.failed = true;
  }
  return result;
}
