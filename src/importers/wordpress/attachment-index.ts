/**
 * The attachments of a WordPress export, collected in the first pass over the file: galleries,
 * featured images and media rows need them, and WordPress exports an attachment after the post
 * it was uploaded to. This index is the one thing an import keeps for every attachment of the
 * file until the end, so it keeps only what `[gallery]` conversion reads, in flat arrays (about
 * 200 bytes an attachment instead of a full object and a map entry per parent): memory then stays
 * nearly flat however many attachments the export has.
 */

import type { AttachmentLookup, ShortcodeAttachment } from "./shortcodes.js";
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
  readonly size: number;
  /** Records that an attachment's file is served from the media folder at `localUrl`. */
  setLocalUrl(id: number, localUrl: string | null): void;
  /** What `[gallery]` conversion looks attachments up in (local URLs preferred). */
  readonly lookup: AttachmentLookup;
}

/** No parent / end of a sibling list. */
const NONE = -1;

/**
 * Creates an empty attachment index.
 *
 * @example
 * const index = createAttachmentIndex();
 * index.add(attachmentEntry(item));
 * convertContent(post.content, { postId: post.id, attachments: index.lookup });
 */
export function createAttachmentIndex(): AttachmentIndex {
  /** Attachment id -> slot in the arrays below (the latest entry of an id wins, as in a map). */
  const slotOf = new Map<number, number>();
  const ids: number[] = [];
  /** The local URL once known, else the old file URL ("" for none). */
  const urls: string[] = [];
  const alts: (string | null)[] = [];
  const captions: (string | null)[] = [];
  const menuOrders: number[] = [];
  const parents: number[] = [];
  /** Each parent's attachments, in the order they were added (ids, with repeats, as exported). */
  const firstChild = new Map<number, number>();
  const lastChild = new Map<number, number>();
  /** Next item of a parent's list: an index into `childIds`. */
  const childIds: number[] = [];
  const childNext: number[] = [];

  const attachmentAt = (slot: number): ShortcodeAttachment => {
    const parent = parents[slot] as number;
    return {
      id: ids[slot] as number,
      url: urls[slot] as string,
      alt: alts[slot] ?? null,
      caption: captions[slot] ?? null,
      parentId: parent === NONE ? null : parent,
      menuOrder: menuOrders[slot] as number,
    };
  };

  return {
    add(entry) {
      let slot = slotOf.get(entry.id);
      if (slot === undefined) {
        slot = ids.length;
        slotOf.set(entry.id, slot);
      }
      ids[slot] = entry.id;
      urls[slot] = entry.url ?? "";
      alts[slot] = entry.alt;
      captions[slot] = entry.caption;
      menuOrders[slot] = entry.menuOrder;
      parents[slot] = entry.parentId ?? NONE;
      if (entry.parentId !== null) {
        const link = childIds.length;
        childIds.push(entry.id);
        childNext.push(NONE);
        const last = lastChild.get(entry.parentId);
        if (last === undefined) firstChild.set(entry.parentId, link);
        else childNext[last] = link;
        lastChild.set(entry.parentId, link);
      }
    },
    get size() {
      return slotOf.size;
    },
    setLocalUrl(id, localUrl) {
      const slot = slotOf.get(id);
      if (slot !== undefined && localUrl !== null) urls[slot] = localUrl;
    },
    lookup: {
      byId(id) {
        const slot = slotOf.get(id);
        return slot === undefined ? undefined : attachmentAt(slot);
      },
      byParent(parentId) {
        const siblings: number[] = [];
        for (let link = firstChild.get(parentId) ?? NONE; link !== NONE; link = childNext[link] as number)
          siblings.push(childIds[link] as number);
        // A gallery shows a post's attachments by menu order, then id (the latest entry of an id).
        const order = (id: number): number => menuOrders[slotOf.get(id) as number] as number;
        siblings.sort((a, b) => order(a) - order(b) || a - b);
        return siblings.map((id) => attachmentAt(slotOf.get(id) as number));
      },
    },
  };
}
