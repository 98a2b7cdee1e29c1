/**
 * The attachments of a WordPress export, collected in the first pass over the file: galleries,
 * featured images and media rows need them, and WordPress exports an attachment after the post
 * it was uploaded to. The index itself (attachment-store.ts) is the one thing an import keeps for
 * every attachment of the file until the end; this module defines what goes into it.
 */

import type { AttachmentLookup } from "./shortcodes.js";
import type { WpItem } from "./types.js";

/** What the first pass keeps of an attachment until its media row is written. */
export interface AttachmentEntry {
  id: number;
  url: string | null;
  title: string;
  alt: string | null;
  /** HTML caption (the attachment's excerpt). */
  caption: string | null;
  parentId: number | null;
  menuOrder: number;
  /** Relative to the uploads folder, e.g. `2024/05/photo.jpg`. */
  file: string | null;
  width: number | null;
  height: number | null;
  sizeFiles: string[];
}

/**
 * A copy of a string that does not share memory with the text it was cut from. V8 keeps a
 * substring as a view of its parent, so a few bytes of a URL kept from every attachment would
 * otherwise keep every 64 KB chunk of the file read so far alive: the whole export in memory.
 *
 * @example
 * const url = detach(chunk.slice(start, end)); // same text, its own memory
 */
export function detach(value: string): string {
  return value.length === 0 ? "" : Buffer.from(value, "utf8").toString("utf8");
}

function detachNullable(value: string | null): string | null {
  return value === null ? null : detach(value);
}

/**
 * The entry kept for an attachment item.
 *
 * @example
 * const entry = attachmentEntry(item); // { id: 41, url: "https://old.example/wp-content/uploads/a.jpg", ... }
 */
export function attachmentEntry(item: WpItem): AttachmentEntry {
  return {
    id: item.id,
    url: detachNullable(item.attachment?.url ?? null),
    title: detach(item.title),
    alt: detachNullable(item.attachment?.alt ?? null),
    caption: detachNullable(item.excerpt || null),
    parentId: item.parentId,
    menuOrder: item.menuOrder,
    file: detachNullable(item.attachment?.file ?? null),
    width: item.attachment?.width ?? null,
    height: item.attachment?.height ?? null,
    sizeFiles: item.attachment?.sizes.map((s) => detach(s.file)) ?? [],
  };
}

/** Attachments by id and by parent post, with the URLs of the files copied into the media folder. */
export interface AttachmentIndex {
  add(entry: AttachmentEntry): void;
  /** Records that an attachment's file is served from the media folder at `localUrl`. */
  setLocalUrl(id: number, localUrl: string): void;
  /** What `[gallery]` conversion looks attachments up in (local URLs preferred). */
  readonly lookup: AttachmentLookup;
  /** Frees what the index holds; it is not used afterwards. */
  close(): void;
}
