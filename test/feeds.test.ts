import { parseAtomFeed, parseFeed, parseJsonFeed, parseRssFeed } from "feedsmith";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialects } from "./helpers/databases.js";
import {
  AWKWARD_TITLE,
  linkTags,
  openSyndicationNewsroom,
  type SyndicationNewsroom,
} from "./helpers/syndication-newsroom.js";
import { withSkipNote, XMLLINT, xmllint } from "./helpers/xmllint.js";

const SITE = "https://news.example.org";

/** Atom titles are typed HTML: what a reader displays is the unescaped text. */
function unescapeHtml(html: string): string {
  return html
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

describe.each(testDialects())("feeds (RSS 2.0, Atom 1.0, JSON Feed 1.1) on %s", (dialect) => {
  let newsroom: SyndicationNewsroom;
  let leadUrl = "";
  let leadPublished = "";
  let leadUpdated = "";

  beforeAll(async () => {
    newsroom = await openSyndicationNewsroom(dialect);
    const lead = await newsroom.articleStore.getPublished("en", newsroom.lead.slug, new Date().toISOString());
    if (lead === null) throw new Error("lead article missing");
    const html = (await newsroom.app.inject("/")).body;
    const path = /href="(\/\d{4}\/\d{2}\/reservoir-levels-rise-on-the-naryn)"/.exec(html)?.[1];
    leadUrl = `${SITE}${path}`;
    leadPublished = lead.publishedAt;
    leadUpdated = lead.updatedAt;
  });

  afterAll(async () => {
    await newsroom?.close();
  });

  async function get(url: string, headers: Record<string, string> = {}) {
    return newsroom.app.inject({ method: "GET", url, headers });
  }

  it("serves the English site feed as RSS 2.0 with 30 full-content items, newest first", async () => {
    const response = await get("/feed.xml");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/rss+xml; charset=utf-8");
    const feed = parseRssFeed(response.body);
    expect(feed.language).toBe("en");
    expect(feed.link).toBe(`${SITE}/`);
    const items = feed.items ?? [];
    expect(items).toHaveLength(30);
    expect(items.map((i) => i.title)).not.toContain("Уровень водохранилищ на Нарыне растёт");
    for (const hidden of newsroom.hidden) expect(response.body).not.toContain(hidden);

    const lead = items[0];
    expect(lead?.title).toBe(newsroom.lead.title);
    expect(lead?.link).toBe(leadUrl);
    expect(new Date(lead?.pubDate ?? "").toISOString().slice(0, 19)).toBe(leadPublished.slice(0, 19));
    const content = lead?.content?.encoded ?? "";
    expect(content).toContain("The cascade is filling faster than last year.");
    expect(content).toContain(`src="${SITE}/media/test/dam.svg"`);
    expect(content).toContain(`src="${SITE}/media/test/chart.svg"`);
    expect(content).toContain(`href="${SITE}/tag/water"`);
    expect(content).not.toMatch(/(src|href)="\//);
    expect(lead?.dc?.creators).toEqual(["Aida Testova, Timur Testov"]);
    expect(lead?.categories?.map((c) => c.name)).toEqual(["Economy", "Kyrgyzstan", "Water"]);
    expect(lead?.enclosures?.[0]).toMatchObject({
      url: `${SITE}/media/test/dam.svg`,
      type: "image/svg+xml",
    });
    expect(lead?.enclosures?.[0]?.length).toBeGreaterThan(100);
    expect(lead?.guid?.isPermaLink).toBe(false);

    // The title full of XML specials survives; only "]]>", which cannot sit in CDATA, is spaced.
    expect(items[1]?.title).toBe(AWKWARD_TITLE.replace("]]>", "]] >"));
  });

  it("serves Atom 1.0 with published and updated dates, authors with URLs and a typed enclosure", async () => {
    const response = await get("/atom.xml");
    expect(response.headers["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const feed = parseAtomFeed(response.body);
    const entries = feed.entries ?? [];
    expect(entries).toHaveLength(30);
    const lead = entries[0];
    expect(lead?.title?.value).toBe(newsroom.lead.title);
    expect(lead?.links?.find((l) => l.rel === undefined || l.rel === "alternate")?.href).toBe(leadUrl);
    expect(lead?.published).toBe(new Date(leadPublished).toISOString());
    expect(lead?.updated).toBe(new Date(leadUpdated).toISOString());
    expect(lead?.authors).toEqual([
      { name: "Aida Testova", uri: `${SITE}/author/aida-test` },
      { name: "Timur Testov", uri: `${SITE}/author/timur-test` },
    ]);
    expect(lead?.links?.find((l) => l.rel === "enclosure")).toMatchObject({
      href: `${SITE}/media/test/dam.svg`,
      type: "image/svg+xml",
    });
    expect(lead?.content?.value).toContain(`src="${SITE}/media/test/chart.svg"`);
    // Atom titles are typed HTML, so the specials arrive escaped and a reader shows them as text.
    expect(entries[1]?.title?.value).toContain("Tariffs &amp; &lt;quotas&gt;");
    expect(feed.links?.find((l) => l.rel === "self")?.href).toBe(`${SITE}/atom.xml`);
  });

  it("serves JSON Feed 1.1 with image, authors, language and both dates", async () => {
    const response = await get("/feed.json");
    expect(response.headers["content-type"]).toBe("application/feed+json; charset=utf-8");
    const raw = JSON.parse(response.body) as { version: string; language: string };
    expect(raw.version).toBe("https://jsonfeed.org/version/1.1");
    expect(raw.language).toBe("en");
    const feed = parseJsonFeed(raw);
    const items = feed.items ?? [];
    expect(items).toHaveLength(30);
    const lead = items[0];
    expect(lead?.url).toBe(leadUrl);
    expect(lead?.image).toBe(`${SITE}/media/test/dam.svg`);
    expect(lead?.date_published).toBe(new Date(leadPublished).toISOString());
    expect(lead?.date_modified).toBe(new Date(leadUpdated).toISOString());
    expect(lead?.authors?.map((a) => a.name)).toEqual(["Aida Testova", "Timur Testov"]);
    expect(lead?.content_html).toContain(`href="${SITE}/tag/water"`);
    expect(items[1]?.title).toBe(AWKWARD_TITLE);
  });

  it("has a feed per language, section, country, topic and author, in every format", async () => {
    const cases: { url: string; titles: string[]; count?: number }[] = [
      { url: "/ru/feed.xml", titles: [newsroom.russian.title] },
      { url: "/ru/atom.xml", titles: [newsroom.russian.title] },
      { url: "/ru/feed.json", titles: [newsroom.russian.title] },
      { url: "/section/economy/feed.json", titles: [newsroom.lead.title, AWKWARD_TITLE] },
      { url: "/ru/section/economy/feed.json", titles: [newsroom.russian.title] },
      {
        url: "/country/kazakhstan/atom.xml",
        titles: [AWKWARD_TITLE, "Grain exports update number 1"],
        count: 30,
      },
      { url: "/tag/water/feed.json", titles: [newsroom.lead.title] },
      { url: "/author/aida-test/feed.xml", titles: [newsroom.lead.title] },
      { url: "/ru/author/aida-test/atom.xml", titles: [newsroom.russian.title] },
    ];
    for (const c of cases) {
      const response = await get(c.url);
      expect(response.statusCode, c.url).toBe(200);
      const parsed = parseFeed(response.body);
      const expectedFormat = c.url.endsWith("atom.xml") ? "atom" : c.url.endsWith(".json") ? "json" : "rss";
      expect(parsed.format, c.url).toBe(expectedFormat);
      const titles =
        parsed.format === "rss"
          ? (parsed.feed.items ?? []).map((i) => i.title)
          : parsed.format === "atom"
            ? (parsed.feed.entries ?? []).map((e) => unescapeHtml(e.title?.value ?? ""))
            : parsed.format === "json"
              ? (parsed.feed.items ?? []).map((i) => i.title)
              : [];
      expect(titles.slice(0, c.titles.length), c.url).toEqual(c.titles);
      if (c.count !== undefined) expect(titles, c.url).toHaveLength(c.count);
    }
    const ruFeed = parseRssFeed((await get("/ru/feed.xml")).body);
    expect(ruFeed.language).toBe("ru");
    expect(ruFeed.items?.[0]?.categories?.map((c) => c.name)).toEqual(["Экономика", "Кыргызстан"]);
    expect(ruFeed.items?.[0]?.dc?.creators).toEqual(["Аида Тестова"]);
  });

  it("answers 404 for the feed of a section that does not exist", async () => {
    expect((await get("/section/no-such-section/feed.xml")).statusCode).toBe(404);
    expect((await get("/author/nobody/feed.json")).statusCode).toBe(404);
  });

  it("answers conditional requests with 304 and changes the validators when content changes", async () => {
    const first = await get("/section/economy/feed.xml");
    const etag = String(first.headers.etag);
    const lastModified = String(first.headers["last-modified"]);
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(new Date(lastModified).getTime()).toBeGreaterThan(0);
    expect(first.headers["cache-control"]).toContain("public");

    const byEtag = await get("/section/economy/feed.xml", { "if-none-match": etag });
    expect(byEtag.statusCode).toBe(304);
    expect(byEtag.body).toBe("");
    const byDate = await get("/section/economy/feed.xml", { "if-modified-since": lastModified });
    expect(byDate.statusCode).toBe(304);
    const older = new Date(Date.parse(lastModified) - 3_600_000).toUTCString();
    expect((await get("/section/economy/feed.xml", { "if-modified-since": older })).statusCode).toBe(200);
    // If-None-Match wins over If-Modified-Since (RFC 9110).
    expect(
      (
        await get("/section/economy/feed.xml", {
          "if-none-match": '"stale"',
          "if-modified-since": lastModified,
        })
      ).statusCode,
    ).toBe(200);

    await newsroom.articles.create({
      language: "en",
      title: "Fresh economy story",
      body: "<p>New.</p>",
      status: "published",
      publishedAt: new Date(Date.now() - 60_000).toISOString(),
      tagIds: [newsroom.ids.tags.economy],
    });
    const after = await get("/section/economy/feed.xml", { "if-none-match": etag });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(parseRssFeed(after.body).items?.[0]?.title).toBe("Fresh economy story");
  });

  it("advertises the matching feeds on pages, and every advertised feed works", async () => {
    const pages: { path: string; expected: string[] }[] = [
      { path: "/", expected: ["/feed.xml", "/atom.xml", "/feed.json"] },
      { path: "/ru/", expected: ["/ru/feed.xml", "/ru/atom.xml", "/ru/feed.json"] },
      { path: "/section/economy", expected: ["/section/economy/feed.xml"] },
      { path: "/country/kazakhstan", expected: ["/country/kazakhstan/atom.xml"] },
      { path: "/tag/water", expected: ["/tag/water/feed.json"] },
      { path: "/author/aida-test", expected: ["/author/aida-test/feed.xml"] },
      { path: "/ru/section/economy", expected: ["/ru/section/economy/feed.xml"] },
      { path: new URL(leadUrl).pathname, expected: ["/feed.xml", "/section/economy/feed.xml"] },
    ];
    const seen = new Set<string>();
    for (const page of pages) {
      const html = (await get(page.path)).body;
      const feeds = linkTags(html).filter(
        (l) => l.rel === "alternate" && /^application\/(rss\+xml|atom\+xml|feed\+json)$/.test(l.type ?? ""),
      );
      const hrefs = feeds.map((f) => f.href ?? "");
      for (const e of page.expected) expect(hrefs, page.path).toContain(e);
      for (const f of feeds) expect(f.title, page.path).toBeTruthy();
      for (const href of hrefs) seen.add(href);
    }
    for (const href of seen) {
      const response = await get(href);
      expect(response.statusCode, href).toBe(200);
      expect(() => parseFeed(response.body), href).not.toThrow();
    }
  });

  it.skipIf(XMLLINT === null)(withSkipNote("writes well-formed XML feeds (xmllint --noout)"), async () => {
    for (const url of [
      "/feed.xml",
      "/atom.xml",
      "/ru/feed.xml",
      "/ru/atom.xml",
      "/section/economy/feed.xml",
      "/country/kazakhstan/atom.xml",
      "/author/timur-test/feed.xml",
    ]) {
      const result = xmllint((await get(url)).body);
      expect(result.ok, `${url}: ${result.output}`).toBe(true);
    }
    // The check has teeth: a broken document fails it.
    expect(xmllint("<rss><channel></rss>").ok).toBe(false);
  });
});
