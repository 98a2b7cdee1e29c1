import { describe, expect, it } from "vitest";
import { seededRandom } from "../../core/seeded-random.js";
import type { AttachmentEntry } from "./attachment-index.js";
import { createAttachmentIndex } from "./attachment-store.js";
import type { ShortcodeAttachment } from "./shortcodes.js";

const entry = (id: number, parentId: number | null, menuOrder = 0, url = `https://old.example/${id}.jpg`) =>
  ({
    id,
    url,
    title: `Photo ${id}`,
    alt: `Alt ${id}`,
    caption: id % 2 === 0 ? null : `Caption <em>${id}</em>`,
    parentId,
    menuOrder,
    file: null,
    width: null,
    height: null,
    sizeFiles: [],
  }) satisfies AttachmentEntry;

/** The index's rules written out plainly: latest entry of an id wins; parents list every add. */
function model() {
  const latest = new Map<number, ShortcodeAttachment>();
  const children = new Map<number, number[]>();
  return {
    add(e: AttachmentEntry) {
      latest.set(e.id, {
        id: e.id,
        url: e.url ?? "",
        alt: e.alt,
        caption: e.caption,
        parentId: e.parentId,
        menuOrder: e.menuOrder,
      });
      if (e.parentId !== null) children.set(e.parentId, [...(children.get(e.parentId) ?? []), e.id]);
    },
    setLocalUrl(id: number, url: string) {
      const found = latest.get(id);
      if (found) latest.set(id, { ...found, url });
    },
    byId: (id: number) => latest.get(id),
    byParent: (parent: number) =>
      (children.get(parent) ?? [])
        .map((id) => latest.get(id) as ShortcodeAttachment)
        .sort((a, b) => a.menuOrder - b.menuOrder || a.id - b.id),
  };
}

describe("createAttachmentIndex (kept in a temporary SQLite database)", () => {
  it("finds attachments by id and a post's attachments by menu order, then id", () => {
    const index = createAttachmentIndex();
    index.add(entry(12, 7, 2));
    index.add(entry(10, 7, 2));
    index.add(entry(11, 7, 1));
    index.add(entry(20, null));
    expect(index.lookup.byId(11)).toEqual({
      id: 11,
      url: "https://old.example/11.jpg",
      alt: "Alt 11",
      caption: "Caption <em>11</em>",
      parentId: 7,
      menuOrder: 1,
    });
    expect(index.lookup.byId(99)).toBeUndefined();
    expect(index.lookup.byParent(7).map((a) => a.id)).toEqual([11, 10, 12]);
    expect(index.lookup.byParent(20)).toEqual([]);
    // Added after a lookup: still found, and a local URL replaces the old one.
    index.add(entry(13, 7, 0, ""));
    index.setLocalUrl(13, "/media/2024/05/13.jpg");
    expect(index.lookup.byParent(7).map((a) => [a.id, a.url])).toEqual([
      [13, "/media/2024/05/13.jpg"],
      [11, "https://old.example/11.jpg"],
      [10, "https://old.example/10.jpg"],
      [12, "https://old.example/12.jpg"],
    ]);
    index.close();
    index.close();
  });

  it("behaves as the plain model over many adds, repeats, moves and lookups", () => {
    const random = seededRandom(20261201);
    const pick = (n: number) => Math.floor(random() * n);
    const index = createAttachmentIndex();
    const expected = model();
    // More adds than one commit holds, with lookups between them.
    for (let step = 0; step < 6000; step++) {
      const roll = random();
      if (roll < 0.7) {
        const e = entry(pick(3000), random() < 0.1 ? null : pick(300), pick(4));
        index.add(e);
        expected.add(e);
      } else if (roll < 0.8) {
        const id = pick(3000);
        const url = `/media/${id}-${step}.jpg`;
        index.setLocalUrl(id, url);
        expected.setLocalUrl(id, url);
      } else if (roll < 0.9) {
        const id = pick(3000);
        expect(index.lookup.byId(id), `byId(${id}) at step ${step}`).toEqual(expected.byId(id));
      } else {
        const parent = pick(300);
        expect(index.lookup.byParent(parent), `byParent(${parent}) at step ${step}`).toEqual(
          expected.byParent(parent),
        );
      }
    }
    for (let parent = 0; parent < 300; parent++)
      expect(index.lookup.byParent(parent)).toEqual(expected.byParent(parent));
    index.close();
  });
});
