/**
 * The attachment index of an import (see attachment-index.ts), kept in a private temporary
 * SQLite database rather than in the heap. An export can hold hundreds of thousands of
 * attachments, and the index lives for the whole import: in memory it grew by about 280 bytes an
 * attachment (15 MB at 60,000), the one part of the import that grew with the file. SQLite keeps
 * the rows in a page cache of fixed size and spills the rest to a file that it deletes itself, so
 * the index costs the same memory whatever the export's size. The database belongs to the index
 * alone (it is not the site's database), and nothing in it outlives the import.
 */

import Database from "better-sqlite3";
import type { AttachmentEntry, AttachmentIndex } from "./attachment-index.js";
import type { ShortcodeAttachment } from "./shortcodes.js";

/** Rows added between commits (a lookup commits what is pending first). */
const ADDS_PER_COMMIT = 2000;
/** The page cache: SQLite's default of about 2 MB is plenty for point lookups. */
const CACHE_KIB = 2048;
/** An attachment row as a lookup returns it. */
const COLUMNS = "a.id, a.url, a.alt, a.caption, a.parent AS parentId, a.menu_order AS menuOrder";

/**
 * Creates an empty attachment index. The latest entry of an id wins, as in a map; a parent's
 * attachments keep every entry added under it (repeats included, as exported), shown by menu
 * order, then id.
 *
 * @example
 * const index = createAttachmentIndex();
 * index.add(attachmentEntry(item));
 * convertContent(post.content, { postId: post.id, attachments: index.lookup });
 * index.close();
 */
export function createAttachmentIndex(): AttachmentIndex {
  // "" opens a private temporary database: SQLite removes its file when the connection closes
  // (and on Unix unlinks it as soon as it is created, so a crash leaves nothing behind).
  const db = new Database("");
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.pragma(`cache_size = -${CACHE_KIB}`);
  db.exec(`
    CREATE TABLE attachment (
      id INTEGER PRIMARY KEY,
      url TEXT NOT NULL,
      alt TEXT,
      caption TEXT,
      parent INTEGER,
      menu_order INTEGER NOT NULL
    );
    CREATE TABLE child (seq INTEGER PRIMARY KEY, parent INTEGER NOT NULL, id INTEGER NOT NULL);
    CREATE INDEX child_by_parent ON child (parent, seq);
  `);
  const insert = db.prepare(
    `INSERT INTO attachment (id, url, alt, caption, parent, menu_order) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET url = excluded.url, alt = excluded.alt, caption = excluded.caption,
       parent = excluded.parent, menu_order = excluded.menu_order`,
  );
  const insertChild = db.prepare("INSERT INTO child (parent, id) VALUES (?, ?)");
  const updateUrl = db.prepare("UPDATE attachment SET url = ? WHERE id = ?");
  const byId = db.prepare<[number], ShortcodeAttachment>(
    `SELECT ${COLUMNS} FROM attachment a WHERE a.id = ?`,
  );
  const byParent = db.prepare<[number], ShortcodeAttachment>(
    `SELECT ${COLUMNS} FROM child c JOIN attachment a ON a.id = c.id
     WHERE c.parent = ? ORDER BY a.menu_order, a.id, c.seq`,
  );
  const begin = db.prepare("BEGIN");
  const commit = db.prepare("COMMIT");

  /** Writes since the open transaction began (0: none open). */
  let pending = 0;
  const write = (run: () => void): void => {
    if (pending === 0) begin.run();
    run();
    pending += 1;
    if (pending >= ADDS_PER_COMMIT) settle();
  };
  const settle = (): void => {
    if (pending === 0) return;
    commit.run();
    pending = 0;
  };

  return {
    add(entry: AttachmentEntry) {
      write(() => {
        insert.run(entry.id, entry.url ?? "", entry.alt, entry.caption, entry.parentId, entry.menuOrder);
        if (entry.parentId !== null) insertChild.run(entry.parentId, entry.id);
      });
    },
    setLocalUrl(id, localUrl) {
      write(() => updateUrl.run(localUrl, id));
    },
    lookup: {
      byId(id) {
        settle();
        return byId.get(id);
      },
      byParent(parentId) {
        settle();
        return byParent.all(parentId);
      },
    },
    close() {
      if (db.open) db.close();
    },
  };
}
