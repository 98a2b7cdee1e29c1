import path from "node:path";
import { describe, expect, it } from "vitest";
import { isAppError } from "../../core/errors.js";
import { type ReadRestDumpOptions, readRestDump } from "./rest-reader.js";
import type { WpAuthor, WpItem, WpReadWarning, WpRecord, WpTerm } from "./types.js";

const shared = (name: string): string => path.resolve(process.cwd(), "../shared/fixtures/wordpress", name);
const own = (name: string): string => path.resolve(process.cwd(), "test/fixtures/wordpress", name);

async function collect(target: string, options: ReadRestDumpOptions = {}) {
  const all: WpRecord[] = [];
  const warnings: WpReadWarning[] = [];
  for await (const record of readRestDump(target, { ...options, onWarning: (w) => warnings.push(w) }))
    all.push(record);
  return {
    all,
    warnings,
    authors: all.filter((r): r is WpAuthor => r.kind === "author"),
    terms: all.filter((r): r is WpTerm => r.kind === "term"),
    items: all.filter((r): r is WpItem => r.kind === "item"),
  };
}

async function failure(target: string): Promise<unknown> {
  try {
    await collect(target);
  } catch (error) {
    return error;
  }
  throw new Error("expected failure");
}

describe("readRestDump", () => {
  it("maps a single REST post with _embedded author, terms and featured media", async () => {
    const r = await collect(shared("ghostmigrate-rest-single-post.json"));
    expect(r.all[0]).toMatchObject({ kind: "site", source: "rest", baseSiteUrl: "https://mysite.com" });
    expect(r.authors).toEqual([
      expect.objectContaining({ id: 29, login: "guest-writer", displayName: "Guest Writer" }),
    ]);
    expect(r.terms.find((t) => t.id === 1200)?.name).toBe("Bar & Baz");
    const media = r.items.find((i) => i.type === "attachment");
    expect(media).toMatchObject({ id: 12367, excerpt: "<p>This is Boopity</p>" });
    expect(media?.attachment).toMatchObject({
      alt: "Boopity",
      width: 625,
      height: 415,
      file: "2019/11/BOOP.jpg",
    });
    expect(media?.attachment?.sizes.find((s) => s.name === "thumbnail")).toEqual({
      name: "thumbnail",
      file: "BOOP-360x360.jpg",
      width: 360,
      height: 360,
      mimeType: "image/jpeg",
    });
    const post = r.items.find((i) => i.type === "post");
    expect(post).toMatchObject({
      id: 12345,
      title: "My Awesome Post",
      slug: "my-awesome-post",
      creator: "guest-writer",
      featuredImageId: 12367,
      contentFormat: "rendered",
      postDate: "2019-11-07 10:36:54",
      // date_gmt has no Z: it is UTC, not the machine's local time.
      dateGmt: "2019-11-07T15:36:54.000Z",
      dateSource: "gmt",
      modifiedGmt: "2019-11-07T15:37:03.000Z",
    });
    expect(post?.terms).toContainEqual({ domain: "category", nicename: "boop", label: "Boop" });
    expect(post?.content).toContain("<h2><strong>This is my strong headline thing.</strong></h2>");
  });

  it("maps a users response to authors", async () => {
    const r = await collect(shared("ghostmigrate-rest-multiple-users.json"));
    expect(r.authors.map((a) => [a.id, a.login, a.displayName])).toEqual([
      [29, "example", "Example User"],
      [30, "another-user", "Another User"],
    ]);
    expect(r.items).toEqual([]);
  });

  it("reads a dump directory: authors, category parents by slug, media, posts and pages", async () => {
    const r = await collect(own("rest-dump"));
    expect(r.all.map((rec) => rec.kind)).toEqual([
      "site",
      "author",
      "author",
      "term",
      "term",
      "term",
      "item",
      "item",
      "item",
    ]);
    expect(r.terms.find((t) => t.slug === "ekonomika")).toMatchObject({
      name: "Экономика & финансы",
      parentSlug: "novosti",
      description: "Деньги",
    });
    const post = r.items.find((i) => i.id === 101);
    expect(post).toMatchObject({
      title: "Курс тенге — итоги недели",
      creator: "aigerim",
      dateGmt: "2024-03-01T09:00:00.000Z",
      seo: { title: "Курс тенге | Steppe", description: "Итоги недели" },
      meta: [{ key: "footnotes", value: "" }],
    });
    expect(post?.terms).toEqual([
      { domain: "category", nicename: "ekonomika", label: "Экономика & финансы" },
      { domain: "post_tag", nicename: "tenge", label: "Тенге" },
    ]);
    expect(r.warnings).toEqual([
      expect.objectContaining({ code: "unknown-term", message: expect.stringContaining("99") }),
    ]);
    expect(r.items.find((i) => i.id === 102)).toMatchObject({
      type: "page",
      creator: "timur",
      menuOrder: 2,
      featuredImageId: null,
    });
    expect(r.items.find((i) => i.id === 201)?.parentId).toBe(101);
  });

  it("names the file and the JSON path of a bad field, before yielding anything", async () => {
    const records: WpRecord[] = [];
    let caught: unknown;
    try {
      for await (const record of readRestDump(own("rest-bad"))) records.push(record);
    } catch (error) {
      caught = error;
    }
    expect(records).toEqual([]);
    expect(isAppError(caught, "IMPORT_BAD_JSON")).toBe(true);
    if (!isAppError(caught)) return;
    expect(caught.message).toContain("rest-bad/posts.json: $[1].title.rendered:");
    expect(caught.details).toMatchObject({ path: "$[1].title.rendered" });
  });

  it("rejects a missing path and a non-REST JSON file", async () => {
    expect(isAppError(await failure(own("rest-missing")), "IMPORT_FILE_NOT_FOUND")).toBe(true);
    expect(isAppError(await failure(path.resolve(process.cwd(), "package.json")), "IMPORT_UNSUPPORTED")).toBe(
      true,
    );
  });
});
