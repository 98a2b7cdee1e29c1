/**
 * Streaming reader for WordPress eXtended RSS (WXR 1.0, 1.1, 1.2).
 *
 * - The file is read in chunks and parsed with saxes; only the record being read (one item, one
 *   author...) is held in memory, and records are handed out one at a time, so memory does not grow
 *   with the file. The next chunk is read only when the consumer asks for more records.
 * - Namespaces are matched by URI, never by prefix. The document's WXR namespace is the URI of its
 *   `wxr_version` element; `wp`-looking elements bound to any other URI (a fake URI, or another
 *   WXR version mixed in) are ignored, as WordPress's own parser does.
 * - Adjacent CDATA sections and text are joined; values are trimmed.
 * - Characters illegal in XML 1.0 (and references to them) are removed and bare `&` escaped before
 *   parsing (see xml-char-filter.ts); the repairs are reported as one `invalid-characters` warning
 *   at the end.
 * - A missing or non-numeric `wp:wxr_version` stops the import with IMPORT_UNSUPPORTED, as
 *   WordPress's importer does ("This does not appear to be a WXR file"), unless
 *   `missingVersion: "infer"` is given: then the version comes from the root's `wp` namespace URI.
 *   Versions newer than 1.2 are refused. Either way nothing is emitted before the check.
 * - Comments (`wp:comment`) are skipped. Items without a `wp:post_id` are skipped with a warning.
 * - In WXR 1.0 there are no `wp:author` elements: an author record (login only) is emitted before
 *   the first item of each `dc:creator`.
 */

import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { SaxesParser } from "saxes";
import { AppError } from "../../core/errors.js";
import { phpUnserialize } from "./php-unserialize.js";
import type {
  WpAttachment,
  WpAuthor,
  WpImageSize,
  WpItem,
  WpItemTerm,
  WpMeta,
  WpReadWarning,
  WpRecord,
  WpSite,
  WpTerm,
} from "./types.js";
import { gmtToIso, resolveItemDate } from "./wp-dates.js";
import { createXmlCharFilter } from "./xml-char-filter.js";

const WXR_NS = /^http:\/\/wordpress\.org\/export\/(\d+\.\d+)\/$/;
const EXCERPT_NS = /^http:\/\/wordpress\.org\/export\/\d+\.\d+\/excerpt\/$/;
const CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
const DC_NS = "http://purl.org/dc/elements/1.1/";
const MAX_VERSION = 1.2;
const HEADER_FIELDS = new Set(["title", "link", "description", "language"]);
const WP_HEADER_FIELDS = new Set(["wxr_version", "base_site_url", "base_blog_url"]);
const WP_RECORDS = new Set(["author", "category", "tag", "term"]);

/** Options for {@link readWxr}. */
export interface ReadWxrOptions {
  /**
   * IANA zone of the WordPress site (e.g. "Asia/Almaty"). Used only for items whose
   * `post_date_gmt` is zero or missing; see `resolveItemDate` for the whole rule.
   */
  timeZone?: string;
  /** What to do without `wp:wxr_version`: refuse (default, like WordPress) or infer from the namespace. */
  missingVersion?: "error" | "infer";
  /** Bytes per read; default 64 KiB. */
  chunkSize?: number;
  /** Called for each problem the reader recovered from. */
  onWarning?: (warning: WpReadWarning) => void;
  /** Called after each chunk with the bytes of the file read so far (for progress bars). */
  onBytes?: (bytesRead: number) => void;
}

/** What {@link streamWxr} returns once the whole file is read. */
export interface WxrReadSummary {
  wxrVersion: string | null;
  authors: number;
  terms: number;
  items: number;
  itemsByType: Record<string, number>;
  /** The first 100 warnings; `warningCount` has the total. */
  warnings: WpReadWarning[];
  warningCount: number;
}

/** An element of a record being read: what the mapping functions below look at. */
export interface XmlNode {
  uri: string;
  local: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlNode[];
  line: number;
}

type NsKind = "rss" | "wp" | "content" | "excerpt" | "dc";

/** What mapping a record needs to know about its document. */
export interface MapContext {
  wpUri: string;
  /** The document's WXR version ("1.0" ...). */
  version: string;
  timeZone: string | undefined;
  warn: (code: WpReadWarning["code"], message: string, line: number) => void;
}

function inNs(node: XmlNode, ns: NsKind, ctx: MapContext): boolean {
  switch (ns) {
    case "rss":
      return node.uri === "";
    case "wp":
      return node.uri === ctx.wpUri;
    case "content":
      return node.uri === CONTENT_NS;
    case "excerpt":
      return EXCERPT_NS.test(node.uri);
    case "dc":
      return node.uri === DC_NS;
  }
}

function child(node: XmlNode, ns: NsKind, local: string, ctx: MapContext): XmlNode | undefined {
  return node.children.find((c) => c.local === local && inNs(c, ns, ctx));
}

function text(node: XmlNode, ns: NsKind, local: string, ctx: MapContext): string | null {
  const found = child(node, ns, local, ctx);
  return found ? found.text.trim() : null;
}

function nonEmpty(value: string | null): string | null {
  return value === null || value === "" ? null : value;
}

function toInt(value: string | null): number | null {
  if (value === null || !/^-?\d+$/.test(value)) return null;
  return Number(value);
}

function mapAuthor(node: XmlNode, ctx: MapContext): WpAuthor | null {
  const login = nonEmpty(text(node, "wp", "author_login", ctx));
  if (!login) {
    ctx.warn("incomplete-record", "wp:author without wp:author_login skipped", node.line);
    return null;
  }
  return {
    kind: "author",
    id: toInt(text(node, "wp", "author_id", ctx)),
    login,
    email: nonEmpty(text(node, "wp", "author_email", ctx)),
    displayName: nonEmpty(text(node, "wp", "author_display_name", ctx)),
    firstName: nonEmpty(text(node, "wp", "author_first_name", ctx)),
    lastName: nonEmpty(text(node, "wp", "author_last_name", ctx)),
  };
}

function mapTerm(node: XmlNode, ctx: MapContext): WpTerm | null {
  const get = (local: string): string | null => nonEmpty(text(node, "wp", local, ctx));
  let taxonomy: string | null;
  let slug: string | null;
  let name: string | null;
  let parent: string | null;
  let description: string | null;
  if (node.local === "category") {
    [taxonomy, slug, name, parent, description] = [
      "category",
      get("category_nicename"),
      get("cat_name"),
      get("category_parent"),
      get("category_description"),
    ];
  } else if (node.local === "tag") {
    [taxonomy, slug, name, parent, description] = [
      "post_tag",
      get("tag_slug"),
      get("tag_name"),
      null,
      get("tag_description"),
    ];
  } else {
    [taxonomy, slug, name, parent, description] = [
      get("term_taxonomy"),
      get("term_slug"),
      get("term_name"),
      get("term_parent"),
      get("term_description"),
    ];
  }
  if (!taxonomy || !slug) {
    ctx.warn("incomplete-record", `wp:${node.local} without a slug or taxonomy skipped`, node.line);
    return null;
  }
  return {
    kind: "term",
    taxonomy,
    id: toInt(get("term_id")),
    slug,
    name: name ?? slug,
    parentSlug: parent,
    description,
  };
}

function metaNumber(value: unknown): number | null {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && /^\d+$/.test(value)) return Number(value);
  return null;
}

function mapAttachment(url: string | null, meta: WpMeta[], ctx: MapContext, line: number): WpAttachment {
  const get = (key: string): string | null => meta.find((m) => m.key === key)?.value ?? null;
  const attachment: WpAttachment = {
    url,
    alt: nonEmpty(get("_wp_attachment_image_alt")),
    file: nonEmpty(get("_wp_attached_file")),
    width: null,
    height: null,
    sizes: [],
  };
  const serialized = get("_wp_attachment_metadata");
  if (serialized) {
    const data = phpUnserialize(serialized);
    if (data === undefined || data === null || typeof data !== "object") {
      ctx.warn("bad-meta", "unreadable _wp_attachment_metadata ignored", line);
      return attachment;
    }
    attachment.width = metaNumber(data.width);
    attachment.height = metaNumber(data.height);
    if (typeof data.file === "string") attachment.file = data.file;
    const sizes = data.sizes;
    if (sizes && typeof sizes === "object") {
      for (const [name, size] of Object.entries(sizes)) {
        if (!size || typeof size !== "object" || typeof size.file !== "string") continue;
        const mime = size["mime-type"];
        const entry: WpImageSize = {
          name,
          file: size.file,
          width: metaNumber(size.width),
          height: metaNumber(size.height),
          mimeType: typeof mime === "string" ? mime : null,
        };
        attachment.sizes.push(entry);
      }
    }
  }
  return attachment;
}

/**
 * The id and post type of an item record, as {@link mapItem} reads them (null id: not an item
 * mapItem would return). Lets a caller that needs only some types skip mapping the others.
 *
 * @example
 * const { id, type } = itemIdAndType(node, ctx); // { id: 12, type: "attachment" }
 */
export function itemIdAndType(node: XmlNode, ctx: MapContext): { id: number | null; type: string } {
  return {
    id: toInt(text(node, "wp", "post_id", ctx)),
    type: nonEmpty(text(node, "wp", "post_type", ctx)) ?? "post",
  };
}

/**
 * An item record as a {@link WpItem}; null (with a warning) for one without a `wp:post_id`.
 *
 * @example
 * const item = mapItem(node, ctx); // { kind: "item", id: 12, type: "post", ... }
 */
export function mapItem(node: XmlNode, ctx: MapContext): WpItem | null {
  const wp = (local: string): string | null => text(node, "wp", local, ctx);
  const id = toInt(wp("post_id"));
  if (id === null) {
    ctx.warn(
      "incomplete-record",
      `item "${text(node, "rss", "title", ctx) ?? ""}" has no wp:post_id; skipped`,
      node.line,
    );
    return null;
  }
  const terms: WpItemTerm[] = [];
  const coAuthors: string[] = [];
  const seenTerms = new Set<string>();
  for (const c of node.children) {
    if (c.local !== "category" || !inNs(c, "rss", ctx)) continue;
    const nicename = c.attrs.nicename;
    // WordPress ignores <category> without nicename (WXR 1.0 writes each term twice, once bare).
    if (!nicename) continue;
    const rawDomain = c.attrs.domain ?? "category";
    if (rawDomain === "author") {
      if (!coAuthors.includes(nicename)) coAuthors.push(nicename);
      continue;
    }
    const domain = rawDomain === "tag" ? "post_tag" : rawDomain;
    const key = `${domain}\u0000${nicename}`;
    if (seenTerms.has(key)) continue;
    seenTerms.add(key);
    terms.push({ domain, nicename, label: c.text.trim() });
  }
  const meta: WpMeta[] = [];
  for (const c of node.children) {
    if (c.local !== "postmeta" || !inNs(c, "wp", ctx)) continue;
    const key = text(c, "wp", "meta_key", ctx);
    if (key) meta.push({ key, value: text(c, "wp", "meta_value", ctx) ?? "" });
  }
  const getMeta = (key: string): string | null => nonEmpty(meta.find((m) => m.key === key)?.value ?? null);
  const type = nonEmpty(wp("post_type")) ?? "post";
  const attachmentUrl = nonEmpty(wp("attachment_url"));
  const postDateGmtNode = child(node, "wp", "post_date_gmt", ctx);
  const { dateGmt, dateSource } = resolveItemDate(
    {
      postDate: wp("post_date"),
      postDateGmt: postDateGmtNode ? postDateGmtNode.text.trim() : null,
      hasPostDateGmt: postDateGmtNode !== undefined,
      pubDate: text(node, "rss", "pubDate", ctx),
      postModified: wp("post_modified"),
      postModifiedGmt: wp("post_modified_gmt"),
    },
    ctx.timeZone,
  );
  const creator = nonEmpty(text(node, "dc", "creator", ctx));
  const thumbnail = toInt(getMeta("_thumbnail_id"));
  const parent = toInt(wp("post_parent"));
  return {
    kind: "item",
    source: "wxr",
    id,
    type,
    // WordPress inserts a post with an empty status as a draft.
    status: nonEmpty(wp("status")) ?? "draft",
    title: text(node, "rss", "title", ctx) ?? "",
    link: nonEmpty(text(node, "rss", "link", ctx)),
    guid: nonEmpty(text(node, "rss", "guid", ctx)),
    slug: wp("post_name") ?? "",
    creator,
    authors: coAuthors.length > 0 ? coAuthors : creator ? [creator] : [],
    content: text(node, "content", "encoded", ctx) ?? "",
    contentFormat: "raw",
    excerpt: text(node, "excerpt", "encoded", ctx) ?? "",
    dateGmt,
    dateSource,
    postDate: nonEmpty(wp("post_date")),
    modifiedGmt: gmtToIso(wp("post_modified_gmt")),
    parentId: parent && parent > 0 ? parent : null,
    menuOrder: toInt(wp("menu_order")) ?? 0,
    sticky: wp("is_sticky") === "1",
    terms,
    meta,
    featuredImageId: thumbnail && thumbnail > 0 ? thumbnail : null,
    seo: { title: getMeta("_yoast_wpseo_title"), description: getMeta("_yoast_wpseo_metadesc") },
    attachment:
      type === "attachment" || attachmentUrl ? mapAttachment(attachmentUrl, meta, ctx, node.line) : null,
  };
}

function badXml(file: string, line: number, column: number, what: string, itemsRead: number): AppError {
  return new AppError("IMPORT_BAD_XML", `${file}:${line}:${column}: ${what}`, {
    details: { file, line, column, itemsRead },
  });
}

/**
 * The text encoding an XML file declares in its first bytes (UTF-8 when none or unknown).
 *
 * @example
 * sniffEncoding(Buffer.from('<?xml version="1.0" encoding="windows-1251"?>')); // "windows-1251"
 */
export function sniffEncoding(head: Buffer): string {
  const decl = /^\uFEFF?<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(
    head.toString("latin1", 0, 200),
  );
  const label = decl?.[1]?.toLowerCase() ?? "utf-8";
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return "utf-8";
  }
}

/** The parts of a start tag the record assembler reads (saxes's tags have them all). */
export interface XmlStartTag {
  local: string;
  uri: string;
  /** Namespace declarations made on this element: prefix -> URI. */
  ns: Record<string, string>;
  attributes: Record<string, { uri: string; local: string; value: string }>;
}

/** Where the assembler's finished records go. */
export interface RecordSink {
  site(site: WpSite): void;
  /** An author, term or item root, complete with its children. */
  record(node: XmlNode, ctx: MapContext): void;
}

/** The events the assembler takes, in document order. */
export interface RecordAssembler {
  opentag(tag: XmlStartTag, line: number): void;
  /** Text or CDATA content (entity references resolved, line ends normalised). */
  text(value: string): void;
  closetag(): void;
  doctype(): void;
  /** The document ended. */
  end(): void;
}

/**
 * The document structure of WXR, independent of the XML tokenizer that feeds it: which elements
 * are the channel header, which are records, which are skipped; when the header is complete
 * (and the version checked). saxes feeds it in {@link readWxr}; the first-pass scanner
 * (wxr-scan.ts) feeds it the same events from a faster, lenient tokenizer.
 *
 * @example
 * const assembler = createRecordAssembler(file, {}, () => ({ line: 0, column: 0 }), sink, () => 0);
 * parser.on("opentag", (tag) => assembler.opentag(tag, 0));
 */
export function createRecordAssembler(
  file: string,
  options: Pick<ReadWxrOptions, "timeZone" | "missingVersion" | "onWarning">,
  position: () => { line: number; column: number },
  sink: RecordSink,
  /** Records read so far, for error details. */
  itemsRead: () => number,
): RecordAssembler {
  const warn = (code: WpReadWarning["code"], message: string, line: number): void => {
    options.onWarning?.({ code, message, where: `${file}:${line}` });
  };
  let depth = 0;
  let inRss = false;
  let inChannel = false;
  let rootWpUri: string | null = null;
  let headerDone = false;
  let ctx: MapContext | null = null;
  const header: Record<string, string> = {};
  // The record being collected: its nodes from the root down to the current element.
  let stack: XmlNode[] = [];
  let recordDepth = 0;
  let skipDepth = 0;

  const finishHeader = (): MapContext => {
    if (ctx) return ctx;
    const { line, column } = position();
    let wpUri = header.wxrVersionUri ?? null;
    let version = header.wxr_version ?? null;
    if (version === null && options.missingVersion === "infer" && rootWpUri) {
      wpUri = rootWpUri;
      version = WXR_NS.exec(rootWpUri)?.[1] ?? null;
    }
    if (version === null || wpUri === null) {
      throw new AppError(
        "IMPORT_UNSUPPORTED",
        `${file}:${line}:${column}: this does not appear to be a WXR file: <wp:wxr_version> is missing from the channel header. Export again from WordPress (Tools > Export), or pass missingVersion: "infer".`,
        { details: { file, line, column } },
      );
    }
    if (!/^\d+\.\d+$/.test(version)) {
      throw new AppError(
        "IMPORT_UNSUPPORTED",
        `${file}: this does not appear to be a WXR file: wxr_version "${version}" is not a number.`,
        { details: { file, version } },
      );
    }
    if (Number(version) > MAX_VERSION) {
      throw new AppError(
        "IMPORT_UNSUPPORTED",
        `${file}: WXR version ${version} is newer than the supported 1.2; update the importer.`,
        { details: { file, version } },
      );
    }
    ctx = { wpUri, version, timeZone: options.timeZone, warn };
    headerDone = true;
    sink.site({
      kind: "site",
      source: "wxr",
      wxrVersion: version,
      title: nonEmpty(header.title ?? null),
      link: nonEmpty(header.link ?? null),
      description: nonEmpty(header.description ?? null),
      language: nonEmpty(header.language ?? null),
      baseSiteUrl: nonEmpty(header.base_site_url ?? null),
      baseBlogUrl: nonEmpty(header.base_blog_url ?? null),
    });
    return ctx;
  };

  const isRecordRoot = (tag: XmlStartTag): boolean => {
    if (tag.local === "item" && tag.uri === "") return true;
    if (!WP_RECORDS.has(tag.local)) return false;
    // Before the header is complete the document namespace is not known yet.
    const wpUri = ctx?.wpUri ?? header.wxrVersionUri ?? rootWpUri;
    return tag.uri === wpUri;
  };

  return {
    doctype() {
      const { line, column } = position();
      throw badXml(
        file,
        line,
        column,
        "DOCTYPE is not allowed in a WXR file (entity expansion risk)",
        itemsRead(),
      );
    },

    opentag(tag, line) {
      depth += 1;
      if (skipDepth > 0) {
        skipDepth += 1;
        return;
      }
      if (stack.length > 0) {
        if (tag.local === "comment" && tag.uri === ctx?.wpUri) {
          skipDepth = 1;
          return;
        }
        const node = newNode(tag, line);
        stack[stack.length - 1]?.children.push(node);
        stack.push(node);
        return;
      }
      if (depth === 1) {
        inRss = tag.local === "rss" && tag.uri === "";
        rootWpUri = Object.values(tag.ns).find((uri) => WXR_NS.test(uri)) ?? null;
        return;
      }
      if (depth === 2) {
        inChannel = inRss && tag.local === "channel" && tag.uri === "";
        return;
      }
      if (depth !== 3 || !inChannel) return;
      if (isRecordRoot(tag)) {
        finishHeader();
        stack = [newNode(tag, line)];
        recordDepth = depth;
        return;
      }
      const isHeader =
        !headerDone &&
        ((tag.uri === "" && HEADER_FIELDS.has(tag.local)) ||
          (WXR_NS.test(tag.uri) && WP_HEADER_FIELDS.has(tag.local)));
      if (isHeader) {
        stack = [newNode(tag, line)];
        recordDepth = depth;
      } else {
        skipDepth = 1;
      }
    },

    text(value) {
      if (skipDepth > 0) return;
      const node = stack[stack.length - 1];
      if (node) node.text += value;
    },

    closetag() {
      if (skipDepth > 0) {
        skipDepth -= 1;
        depth -= 1;
        return;
      }
      if (stack.length > 0 && depth === recordDepth) {
        const root = stack[0];
        stack = [];
        if (root) {
          if (root.local === "item" || (root.uri !== "" && WP_RECORDS.has(root.local))) {
            sink.record(root, finishHeader());
          } else if (!(root.local in header)) {
            header[root.local] = root.text.trim();
            if (root.local === "wxr_version") header.wxrVersionUri = root.uri;
          }
        }
      } else if (stack.length > 0) {
        stack.pop();
      }
      if (depth === 2 && inChannel) finishHeader();
      depth -= 1;
    },

    end() {
      if (!headerDone) finishHeader();
    },
  };
}

/** Parser state for one document; events push finished records onto `queue`. */
function createWxrParser(file: string, options: ReadWxrOptions, queue: WpRecord[]) {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const seenLogins = new Set<string>();
  let itemsRead = 0;
  const position = (): { line: number; column: number } => ({ line: parser.line, column: parser.column + 1 });

  const assembler = createRecordAssembler(
    file,
    options,
    position,
    {
      site: (site) => queue.push(site),
      record(node, c) {
        if (node.local === "item") {
          const item = mapItem(node, c);
          if (!item) return;
          if (c.version === "1.0" && item.creator && !seenLogins.has(item.creator)) {
            seenLogins.add(item.creator);
            queue.push({
              kind: "author",
              id: null,
              login: item.creator,
              email: null,
              displayName: null,
              firstName: null,
              lastName: null,
            });
          }
          itemsRead += 1;
          queue.push(item);
        } else if (node.local === "author") {
          const author = mapAuthor(node, c);
          if (author) queue.push(author);
        } else {
          const term = mapTerm(node, c);
          if (term) queue.push(term);
        }
      },
    },
    () => itemsRead,
  );

  parser.on("doctype", () => assembler.doctype());
  parser.on("opentag", (tag) => assembler.opentag(tag, parser.line));
  parser.on("text", (value) => assembler.text(value));
  parser.on("cdata", (value) => assembler.text(value));
  parser.on("closetag", () => assembler.closetag());
  parser.on("error", (err) => {
    const { line, column } = position();
    const what = err.message.replace(/^(?:[^:]*:)?\d+:\d+: /, "");
    throw badXml(file, line, column, what, itemsRead);
  });

  return {
    write(chunk: string): void {
      parser.write(chunk);
    },
    end(): void {
      parser.close();
      assembler.end();
    },
    get itemsRead(): number {
      return itemsRead;
    },
  };
}

function newNode(tag: XmlStartTag, line: number): XmlNode {
  const attrs: Record<string, string> = {};
  for (const attr of Object.values(tag.attributes)) {
    if (attr.uri === "") attrs[attr.local] = attr.value;
  }
  return { uri: tag.uri, local: tag.local, attrs, text: "", children: [], line };
}

/**
 * Feeds the parser, then hands out the records it finished. When the parser fails half-way
 * through a chunk, the records completed before the error are handed out first, so the
 * consumer knows exactly how far the file was good.
 */
function* writeThenDrain(write: () => void, queue: WpRecord[]): Generator<WpRecord> {
  let failure: unknown = null;
  try {
    write();
  } catch (error) {
    failure = error;
  }
  if (queue.length > 0) yield* queue.splice(0);
  if (failure !== null) throw failure;
}

/**
 * Reads a WXR file and yields its records in document order: the site first, then authors,
 * terms and items as they appear. Memory stays flat however large the file is.
 *
 * @throws AppError IMPORT_FILE_NOT_FOUND, IMPORT_BAD_XML (`file:line:column: what`, details
 *   `{ file, line, column, itemsRead }`), IMPORT_UNSUPPORTED (not WXR, or newer than 1.2).
 * @example
 * for await (const record of readWxr("/data/export.xml", { timeZone: "Asia/Almaty" })) {
 *   if (record.kind === "item") await writer.add(record);
 * }
 */
export async function* readWxr(file: string, options: ReadWxrOptions = {}): AsyncGenerator<WpRecord> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    throw new AppError("IMPORT_FILE_NOT_FOUND", `${file}: no such file; check the path to the WXR export.`, {
      details: { file },
    });
  }
  const queue: WpRecord[] = [];
  const state = createWxrParser(file, options, queue);
  const filter = createXmlCharFilter();
  let decoder: TextDecoder | null = null;
  const stream = createReadStream(file, { highWaterMark: options.chunkSize ?? 64 * 1024 });
  let bytesRead = 0;
  for await (const chunk of stream) {
    const bytes = chunk as Buffer;
    bytesRead += bytes.length;
    options.onBytes?.(bytesRead);
    decoder ??= new TextDecoder(sniffEncoding(bytes));
    const text = filter.push(decoder.decode(bytes, { stream: true }));
    yield* writeThenDrain(() => state.write(text), queue);
  }
  const rest = filter.push(decoder?.decode() ?? "") + filter.flush();
  yield* writeThenDrain(() => {
    state.write(rest);
    state.end();
  }, queue);
  const { removed, escapedAmpersands, firstLine } = filter.stats;
  if (removed > 0 || escapedAmpersands > 0) {
    options.onWarning?.({
      code: "invalid-characters",
      message: `repaired XML: ${removed} illegal character(s) removed, ${escapedAmpersands} bare "&" escaped (first on line ${firstLine})`,
      where: `${file}:${firstLine}`,
    });
  }
  yield* queue.splice(0);
}

/**
 * Reads a WXR file and awaits `onRecord` for each record (the next record is not read until the
 * promise settles), then returns counts and warnings.
 *
 * @example
 * const summary = await streamWxr("export.xml", async (record) => writer.add(record));
 * summary.itemsByType.post; // 1234
 */
export async function streamWxr(
  file: string,
  onRecord: (record: WpRecord) => void | Promise<void>,
  options: ReadWxrOptions = {},
): Promise<WxrReadSummary> {
  const summary: WxrReadSummary = {
    wxrVersion: null,
    authors: 0,
    terms: 0,
    items: 0,
    itemsByType: {},
    warnings: [],
    warningCount: 0,
  };
  const onWarning = (warning: WpReadWarning): void => {
    summary.warningCount += 1;
    if (summary.warnings.length < 100) summary.warnings.push(warning);
    options.onWarning?.(warning);
  };
  for await (const record of readWxr(file, { ...options, onWarning })) {
    if (record.kind === "site") summary.wxrVersion = record.wxrVersion;
    else if (record.kind === "author") summary.authors += 1;
    else if (record.kind === "term") summary.terms += 1;
    else {
      summary.items += 1;
      summary.itemsByType[record.type] = (summary.itemsByType[record.type] ?? 0) + 1;
    }
    await onRecord(record);
  }
  return summary;
}
