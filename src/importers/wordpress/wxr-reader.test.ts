import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isAppError } from "../../core/errors.js";
import type { WpAuthor, WpItem, WpReadWarning, WpRecord, WpSite, WpTerm } from "./types.js";
import { type ReadWxrOptions, readWxr, streamWxr } from "./wxr-reader.js";

const shared = (name: string): string => path.resolve(process.cwd(), "../shared/fixtures/wordpress", name);
const own = (name: string): string => path.resolve(process.cwd(), "test/fixtures/wordpress", name);

interface Read {
  site: WpSite;
  authors: WpAuthor[];
  terms: WpTerm[];
  items: WpItem[];
  all: WpRecord[];
  warnings: WpReadWarning[];
}

async function read(file: string, options: ReadWxrOptions = {}): Promise<Read> {
  const all: WpRecord[] = [];
  const warnings: WpReadWarning[] = [];
  for await (const record of readWxr(file, { ...options, onWarning: (w) => warnings.push(w) }))
    all.push(record);
  const site = all.find((r): r is WpSite => r.kind === "site");
  if (!site) throw new Error("no site record");
  return {
    site,
    authors: all.filter((r): r is WpAuthor => r.kind === "author"),
    terms: all.filter((r): r is WpTerm => r.kind === "term"),
    items: all.filter((r): r is WpItem => r.kind === "item"),
    all,
    warnings,
  };
}

function byId(items: WpItem[], id: number): WpItem {
  const item = items.find((i) => i.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
}

function countTypes(items: WpItem[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[item.type] = (counts[item.type] ?? 0) + 1;
  return counts;
}

async function readError(file: string, options: ReadWxrOptions = {}): Promise<unknown> {
  try {
    await read(file, options);
  } catch (error) {
    return error;
  }
  throw new Error("expected the read to fail");
}

describe("readWxr on WordPress's own test exports", () => {
  it("reads a WXR 1.1 export: site, author, terms, a post and a page", async () => {
    const r = await read(shared("wpimporter-valid-wxr-1.1.xml"));
    expect(r.site).toMatchObject({
      wxrVersion: "1.1",
      title: "Export Datasets",
      baseSiteUrl: "http://localhost/",
    });
    expect(r.authors).toEqual([
      {
        kind: "author",
        id: 2,
        login: "john",
        email: "johndoe@example.org",
        displayName: "John Doe",
        firstName: "John",
        lastName: "Doe",
      },
    ]);
    expect(r.terms.map((t) => `${t.taxonomy}:${t.slug}`)).toEqual([
      "category:alpha",
      "post_tag:clippable",
      "post_tax:bieup",
    ]);
    expect(countTypes(r.items)).toEqual({ post: 1, page: 1 });
    const hello = byId(r.items, 1);
    expect(hello.title).toBe("Hello world!");
    expect(hello.dateGmt).toBe("2010-10-16T20:53:18.000Z");
    expect(hello.terms).toEqual([
      { domain: "category", nicename: "alpha", label: "alpha" },
      { domain: "post_tag", nicename: "clippable", label: "Clippable" },
      { domain: "post_tax", nicename: "bieup", label: "bieup" },
    ]);
    expect(byId(r.items, 2).meta).toEqual([{ key: "_wp_page_template", value: "default" }]);
  });

  it("reads a WXR 1.0 export: authors from dc:creator, `tag` domain as post_tag, parents by slug", async () => {
    const r = await read(shared("wpimporter-valid-wxr-1.0.xml"));
    expect(r.site.wxrVersion).toBe("1.0");
    expect(r.authors.map((a) => a.login)).toEqual(["admin"]);
    expect(r.terms.find((t) => t.slug === "child")?.parentSlug).toBe("parent");
    expect(countTypes(r.items)).toEqual({ post: 3, page: 3 });
    const alpha = byId(r.items, 4);
    expect(alpha.terms).toEqual([
      { domain: "category", nicename: "alpha", label: "alpha" },
      { domain: "post_tag", nicename: "news", label: "news" },
      { domain: "post_tag", nicename: "roar", label: "roar" },
    ]);
    expect(byId(r.items, 8).parentId).toBe(10);
  });

  it("reads the 11-item export with child categories and a draft without a GMT date", async () => {
    const r = await read(shared("wpimporter-small-export.xml"));
    expect(r.items).toHaveLength(11);
    expect(countTypes(r.items)).toEqual({ post: 6, page: 5 });
    expect(r.authors.map((a) => a.login)).toEqual(["admin", "editor", "author"]);
    expect(r.terms.find((t) => t.slug === "foo-bar")).toMatchObject({ name: "Foo", parentSlug: "bar" });
    expect(r.terms.find((t) => t.slug === "eternity")?.name).toBe("远征手记");
    const draft = byId(r.items, 9);
    expect(draft).toMatchObject({ status: "draft", dateGmt: null, dateSource: "none" });
    expect(byId(r.items, 22).terms.length).toBeGreaterThan(20);
  });

  it("joins adjacent CDATA sections", async () => {
    const multi = await read(shared("wpimporter-multiple-cdata.xml"));
    expect(multi.items[0]?.content).toBe("line oneline twoline three");
    const edge = await read(shared("wpimporter-cdata-edge.xml"));
    expect(edge.items[0]?.content).toBe("ends with sequence ]] >");
  });

  it("matches namespaces by URI: fake `wp:` prefixes and other WXR versions are ignored", async () => {
    const r = await read(shared("wpimporter-namespace-edge-cases.xml"));
    expect(r.authors.map((a) => a.login)).toEqual(["real_user"]);
    expect(r.items.map((i) => i.id)).toEqual([1, 2, 3, 4, 6]);
    expect(byId(r.items, 1).meta).toEqual([{ key: "normal_key", value: "normal_value" }]);
    expect(byId(r.items, 2).title).toBe("No Prefix");
    expect(byId(r.items, 6).content).toBe("&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;");
    expect(r.terms.map((t) => t.slug)).toEqual(["new-version"]);
    expect(r.warnings).toEqual([
      expect.objectContaining({
        code: "incomplete-record",
        message: expect.stringContaining("Hijacked Namespace"),
      }),
    ]);
  });

  it("reports malformed XML as IMPORT_BAD_XML with file, line and column", async () => {
    const error = await readError(shared("wpimporter-malformed.xml"));
    expect(isAppError(error, "IMPORT_BAD_XML")).toBe(true);
    if (!isAppError(error)) return;
    expect(error.message).toMatch(/wpimporter-malformed\.xml:90:\d+: unexpected close tag/);
    expect(error.details).toMatchObject({ line: 90, itemsRead: 0 });
    expect(error.details.column).toBeGreaterThan(0);
  });

  it("refuses an export without wp:wxr_version before yielding anything, unless asked to infer", async () => {
    const records: WpRecord[] = [];
    let caught: unknown;
    try {
      for await (const record of readWxr(shared("wpimporter-missing-version-tag.xml"))) records.push(record);
    } catch (error) {
      caught = error;
    }
    expect(isAppError(caught, "IMPORT_UNSUPPORTED")).toBe(true);
    expect(String((caught as Error).message)).toContain("does not appear to be a WXR file");
    expect(records).toEqual([]);

    const inferred = await read(shared("wpimporter-missing-version-tag.xml"), { missingVersion: "infer" });
    expect(inferred.site.wxrVersion).toBe("1.1");
    expect(inferred.authors.map((a) => a.login)).toEqual(["john"]);
    expect(inferred.terms).toHaveLength(53);
  });

  it("fails with IMPORT_FILE_NOT_FOUND for a missing file", async () => {
    expect(isAppError(await readError(own("nope.xml")), "IMPORT_FILE_NOT_FOUND")).toBe(true);
  });
});

describe("readWxr on TryGhost/migrate exports", () => {
  it("reads every type, featured image ids and repairs bare ampersands in URLs", async () => {
    const r = await read(shared("ghostmigrate-sample.xml"));
    expect(countTypes(r.items)).toEqual({ post: 3, customcpt: 1, attachment: 1, page: 1 });
    expect(byId(r.items, 4).featuredImageId).toBe(5);
    expect(byId(r.items, 204)).toMatchObject({ status: "draft", creator: "harry@example.com" });
    expect(byId(r.items, 5).attachment?.url).toBe(
      "https://images.unsplash.com/photo-1601276861758-2d9c5ca69a17?ixlib=rb-1.2.1&ixid=eyJhcHBfaWQiOjEyMDd9&auto=format&fit=crop&w=1268&q=80",
    );
    expect(byId(r.items, 5).parentId).toBe(4);
    expect(r.warnings.map((w) => w.code)).toEqual(["invalid-characters"]);
  });

  it("falls back to pubDate when an item has no post_date_gmt element", async () => {
    const r = await read(shared("ghostmigrate-feature-image-captions.xml"));
    const post = byId(r.items, 20);
    expect(post).toMatchObject({
      featuredImageId: 25,
      dateGmt: "2013-06-07T03:00:44.000Z",
      dateSource: "pubDate",
    });
    expect(byId(r.items, 22).featuredImageId).toBeNull();
    expect(byId(r.items, 25)).toMatchObject({ type: "attachment", parentId: 20 });
    expect(byId(r.items, 25).content).toBe("The caption from the attachment description.");
  });

  it("exposes the Yoast title and description", async () => {
    const r = await read(shared("ghostmigrate-has-yoast-meta.xml"));
    expect(byId(r.items, 100).seo).toEqual({
      title: "My Custom SEO Title for Search Engines",
      description: "A short description of the post for search engine results pages",
    });
    expect(byId(r.items, 101).seo).toEqual({ title: null, description: null });
    expect(byId(r.items, 100).modifiedGmt).toBe("2022-05-09T12:20:14.000Z");
  });

  it("reads Co-Authors Plus authors in order, without duplicates, and keeps them out of terms", async () => {
    const r = await read(shared("ghostmigrate-co-authors-plus.xml"));
    expect(byId(r.items, 100).authors).toEqual(["alice-smith", "bob-jones"]);
    expect(byId(r.items, 101).authors).toEqual(["alice-smith", "bob-jones", "carol-white"]);
    expect(byId(r.items, 102).authors).toEqual(["bob-jones"]);
    expect(byId(r.items, 103).authors).toEqual(["alice-smith", "bob-jones"]);
    expect(byId(r.items, 100).terms).toEqual([
      { domain: "post_tag", nicename: "collaboration", label: "Collaboration" },
    ]);
  });
});

describe("readWxr on Steppe's own fixtures", () => {
  it("reads Cyrillic content, pages, attachments with serialized metadata and nav items", async () => {
    const r = await read(own("steppe-wxr-1.2.xml"));
    expect(r.site).toMatchObject({ title: "Степь Медиа", language: "ru-RU" });
    expect(countTypes(r.items)).toEqual({ post: 4, page: 2, attachment: 3, nav_menu_item: 1 });
    expect(r.authors[0]?.displayName).toBe("Айгерим Сейткали");
    expect(r.terms.find((t) => t.slug === "ekonomika")).toMatchObject({
      name: "Экономика",
      parentSlug: "novosti",
    });
    expect(r.terms.find((t) => t.taxonomy === "country")?.name).toBe("Казахстан");

    const post = byId(r.items, 10);
    expect(post.title).toBe("Курс тенге укрепился");
    expect(post.link).toBe("https://steppe.example/?p=10&lang=ru");
    expect(post.featuredImageId).toBe(21);
    expect(post.seo.title).toBe("Тенге укрепился — Steppe");
    expect(post.terms.filter((t) => t.domain === "post_tag")).toHaveLength(1);
    expect(byId(r.items, 15).parentId).toBe(14);

    const image = byId(r.items, 21);
    expect(image.attachment).toEqual({
      url: "https://steppe.example/wp-content/uploads/2024/05/steppe.jpg",
      alt: "Степь под Алматы",
      file: "2024/05/степь.jpg",
      width: 1200,
      height: 800,
      sizes: [
        { name: "thumbnail", file: "steppe-150x150.jpg", width: 150, height: 150, mimeType: "image/jpeg" },
      ],
    });
    expect(image.excerpt).toBe("Степь весной");
  });

  it("removes illegal characters and references, and says so", async () => {
    const r = await read(own("steppe-wxr-1.2.xml"));
    const draft = byId(r.items, 13);
    expect(draft.title).toBe("Черновик без даты");
    expect(draft.content).toBe("Черновикс управляющим символом.\n\nВторой абзац.");
    expect(r.warnings).toEqual([
      expect.objectContaining({
        code: "invalid-characters",
        message: expect.stringContaining("2 illegal character(s)"),
      }),
    ]);
  });

  it("dates a draft with a zero GMT date from the modified offset, or from a given time zone", async () => {
    const inferred = await read(own("steppe-wxr-1.2.xml"));
    expect(byId(inferred.items, 13)).toMatchObject({
      postDate: "2024-05-20 16:45:00",
      dateGmt: "2024-05-20T11:45:00.000Z",
      dateSource: "local+modifiedOffset",
    });
    const zoned = await read(own("steppe-wxr-1.2.xml"), { timeZone: "Asia/Tashkent" });
    expect(byId(zoned.items, 13)).toMatchObject({
      dateGmt: "2024-05-20T11:45:00.000Z",
      dateSource: "local+timeZone",
    });
  });

  it("reads a Cyrillic WXR 1.0 export: authors appear before their first item", async () => {
    const r = await read(own("steppe-wxr-1.0.xml"));
    expect(
      r.all.map((rec) =>
        rec.kind === "item" ? `item:${rec.id}` : rec.kind === "author" ? `author:${rec.login}` : rec.kind,
      ),
    ).toEqual(["site", "term", "term", "author:bakyt", "item:3", "item:4", "author:admin", "item:5"]);
    expect(byId(r.items, 3).terms).toEqual([
      { domain: "category", nicename: "politika", label: "Политика" },
      { domain: "post_tag", nicename: "vybory", label: "выборы" },
    ]);
    expect(byId(r.items, 3).excerpt).toBe("Коротко о выборах");
    // A zero GMT date with a 1970 pubDate and no known offset is not guessed.
    expect(byId(r.items, 4)).toMatchObject({ dateGmt: null, dateSource: "none" });
  });
});

describe("readWxr streaming", () => {
  it("summarises through streamWxr and waits for each onRecord before reading on", async () => {
    let pending = 0;
    let maxPending = 0;
    const summary = await streamWxr(shared("wpimporter-small-export.xml"), async () => {
      pending += 1;
      maxPending = Math.max(maxPending, pending);
      await new Promise((resolve) => setTimeout(resolve, 1));
      pending -= 1;
    });
    expect(summary).toMatchObject({
      wxrVersion: "1.1",
      authors: 3,
      items: 11,
      itemsByType: { post: 6, page: 5 },
    });
    expect(maxPending).toBe(1);
  });

  it("reads a ~50 MB export with heap growth far below the file size", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "steppe-wxr-"));
    const file = path.join(dir, "big.xml");
    try {
      const out = createWriteStream(file);
      out.write(
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Big</title><wp:wxr_version>1.2</wp:wxr_version>\n',
      );
      const body = "Степь и горы. ".repeat(250);
      const count = 10_000;
      for (let id = 1; id <= count; id++) {
        const chunk = `<item><title>Post ${id}</title><dc:creator>a</dc:creator><content:encoded><![CDATA[<p>${body}</p>]]></content:encoded><wp:post_id>${id}</wp:post_id><wp:post_date_gmt>2024-01-01 00:00:00</wp:post_date_gmt><wp:post_type>post</wp:post_type><wp:status>publish</wp:status></item>\n`;
        if (!out.write(chunk)) await once(out, "drain");
      }
      out.end("</channel></rss>\n");
      await once(out, "finish");
      const size = out.bytesWritten;
      expect(size).toBeGreaterThan(45_000_000);

      const before = process.memoryUsage().heapUsed;
      let peak = before;
      let items = 0;
      for await (const record of readWxr(file)) {
        if (record.kind === "item") items += 1;
        if (items % 500 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
      expect(items).toBe(count);
      // Holding the items (or the file as a string) would need more than the file size.
      expect(peak - before).toBeLessThan(size / 3);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
