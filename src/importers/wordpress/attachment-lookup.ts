/**
 * Builds the attachment lookup that `[gallery]` and `[caption]` conversion needs from the
 * attachment items of an export. The writer usually keeps attachments in its own store; this
 * in-memory version is for small imports and tests.
 */

import type { AttachmentLookup, ShortcodeAttachment } from "./shortcodes.js";
import type { WpItem } from "./types.js";

/**
 * Indexes attachment items (others are ignored) by id and by parent post id.
 *
 * @example
 * const attachments = createAttachmentLookup(items);
 * convertContent(post.content, { postId: post.id, attachments });
 */
export function createAttachmentLookup(items: Iterable<WpItem>): AttachmentLookup {
  const byId = new Map<number, ShortcodeAttachment>();
  const byParent = new Map<number, ShortcodeAttachment[]>();
  for (const item of items) {
    if (item.type !== "attachment" || !item.attachment?.url) continue;
    const entry: ShortcodeAttachment = {
      id: item.id,
      url: item.attachment.url,
      alt: item.attachment.alt,
      caption: item.excerpt || null,
      parentId: item.parentId,
      menuOrder: item.menuOrder,
    };
    byId.set(entry.id, entry);
    if (entry.parentId !== null) {
      const siblings = byParent.get(entry.parentId) ?? [];
      siblings.push(entry);
      byParent.set(entry.parentId, siblings);
    }
  }
  return {
    byId: (id) => byId.get(id),
    byParent: (parentId) => [...(byParent.get(parentId) ?? [])],
  };
}
