import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articlePath } from "../src/articles/index.js";
import { isoWithOffset } from "../src/core/dates.js";
import { registerFeedRoutes } from "../src/feeds/index.js";
import { testDialects } from "./helpers/databases.js";
import { openSyndicationNewsroom, type SyndicationNewsroom } from "./helpers/syndication-newsroom.js";
import { withSkipNote, XMLLINT, xmllint } from "./helpers/xmllint.js";

const SITE = "https://news.example.org";
const ZONE = "Asia/Almaty";

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => (m[1] ?? "").replace(/&amp;/g, "&"));
}

/** The <url> blocks of a urlset, keyed by their page URL. */
function urlBlocks(xml: string): Map<string, string> {
  return new Map(
    [...xml.matchAll(/<url><loc>([^<]*)<\/loc>(.*?)<\/url>/g)].map((m) => [m[1] ?? "", m[2] ?? ""]),
  );
}

describe.each(testDialects())("sitemaps, news sitemap and robots.txt on %s", (dialect) => {
  let newsroom: SyndicationNewsroom;
  /** The feed routes alone, with 10 URLs per sitemap so that pagination shows on a small newsroom. */
  let small: FastifyInstance;

  beforeAll(async () => {
    newsroom = await openSyndicationNewsroom(dialect);
    small = Fastify({ logger: false });
    registerFeedRoutes(small, {
      store: newsroom.articleStore,
      siteName: newsroom.config.siteName,
      siteUrl: newsroom.config.siteUrl,
      timeZone: newsroom.config.siteTimeZone,
      now: () => new Date(),
      contentVersion: async () => "fixed",
      sitemapPageSize: 10,
    });
  });

  afterAll(async () => {
    await small?.close();
    await newsroom?.close();
  });

  async function allArticleUrls(): Promise<Map<string, string>> {
    const now = new Date().toISOString();
    const urls = new Map<string, string>();
    for (const language of ["en", "ru"] as const) {
      const list = await newsroom.articleStore.listPublished({ language }, { limit: 100, offset: 0 }, now);
      for (const a of list) urls.set(`${SITE}${articlePath(a, ZONE)}`, a.updatedAt);
    }
    return urls;
  }

  it("splits article URLs of both languages over paginated sitemaps listed in the index", async () => {
    const index = await small.inject("/sitemap.xml");
    expect(index.statusCode).toBe(200);
    expect(index.headers["content-type"]).toBe("application/xml; charset=utf-8");
    const files = locs(index.body);
    // 37 English articles at 10 per file make 4 files; 1 Russian article makes 1.
    expect(files).toEqual([
      `${SITE}/sitemaps/pages-1.xml`,
      `${SITE}/sitemaps/pages-2.xml`,
      `${SITE}/sitemaps/articles-en-1.xml`,
      `${SITE}/sitemaps/articles-en-2.xml`,
      `${SITE}/sitemaps/articles-en-3.xml`,
      `${SITE}/sitemaps/articles-en-4.xml`,
      `${SITE}/sitemaps/articles-ru-1.xml`,
    ]);
    expect(index.body).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+05:00<\/lastmod>/);

    const expected = await allArticleUrls();
    const listed = new Map<string, string>();
    for (const file of files.filter((f) => f.includes("/articles-"))) {
      const response = await small.inject(new URL(file).pathname);
      expect(response.statusCode, file).toBe(200);
      const blocks = urlBlocks(response.body);
      expect(blocks.size, file).toBeLessThanOrEqual(10);
      for (const [loc, rest] of blocks) {
        expect(listed.has(loc), `${loc} listed twice`).toBe(false);
        listed.set(loc, /<lastmod>([^<]*)<\/lastmod>/.exec(rest)?.[1] ?? "");
      }
    }
    expect([...listed.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [loc, updatedAt] of expected)
      expect(listed.get(loc), loc).toBe(isoWithOffset(new Date(updatedAt), ZONE));
    for (const hidden of newsroom.hidden)
      expect([...listed.keys()].join(" ")).not.toContain(hidden.toLowerCase().split(" ")[0]);
  });

  it("lists hero images and figures as image entries", async () => {
    const page = await small.inject("/sitemaps/articles-en-1.xml");
    const lead = [...urlBlocks(page.body)].find(([loc]) => loc.endsWith(`/${newsroom.lead.slug}`));
    expect(lead).toBeDefined();
    const images = [...(lead?.[1] ?? "").matchAll(/<image:loc>([^<]*)<\/image:loc>/g)].map((m) => m[1]);
    expect(images).toEqual([`${SITE}/media/test/dam.svg`, `${SITE}/media/test/chart.svg`]);
  });

  it("lists front pages, and the section, country, topic and author pages that have articles, per language", async () => {
    const pages = [
      ...locs((await small.inject("/sitemaps/pages-1.xml")).body),
      ...locs((await small.inject("/sitemaps/pages-2.xml")).body),
    ];
    expect(pages.slice(0, 2)).toEqual([`${SITE}/`, `${SITE}/ru/`]);
    for (const path of [
      "/section/economy",
      "/section/politics",
      "/country/kazakhstan",
      "/country/kyrgyzstan",
      "/tag/water",
      "/author/aida-test",
      "/author/timur-test",
      "/ru/section/economy",
      "/ru/country/kyrgyzstan",
      "/ru/author/aida-test",
    ])
      expect(pages).toContain(`${SITE}${path}`);
    // No Russian article is about politics or Kazakhstan: those Russian pages are empty, so not listed.
    expect(pages).not.toContain(`${SITE}/ru/section/politics`);
    expect(pages).not.toContain(`${SITE}/ru/country/kazakhstan`);
    expect(new Set(pages).size).toBe(pages.length);
  });

  it("has a Google News sitemap with the last two days' articles, publication, language, date and title", async () => {
    const response = await newsroom.app.inject("/news-sitemap.xml");
    expect(response.statusCode).toBe(200);
    const blocks = urlBlocks(response.body);
    // Lead (2 h), translation (1 h), awkward title (3 h), first grain update (29 h); the rest are older.
    expect(blocks.size).toBe(4);
    const ru = [...blocks].find(([loc]) => loc.startsWith(`${SITE}/ru/`));
    expect(ru?.[1]).toContain("<news:name>Steppe Test</news:name>");
    expect(ru?.[1]).toContain("<news:language>ru</news:language>");
    expect(ru?.[1]).toContain(`<news:title>${newsroom.russian.title}</news:title>`);
    expect(ru?.[1]).toMatch(
      /<news:publication_date>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+05:00<\/news:publication_date>/,
    );
    expect(response.body).toContain("Tariffs &amp; &lt;quotas&gt;");
    expect(response.body).not.toContain("Grain exports update number 2<");
  });

  it("points robots.txt at the sitemap index and the news sitemap", async () => {
    const response = await newsroom.app.inject("/robots.txt");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(response.body).toContain(`Sitemap: ${SITE}/sitemap.xml`);
    expect(response.body).toContain(`Sitemap: ${SITE}/news-sitemap.xml`);
    expect(response.body).toMatch(/^User-agent: \*$/m);
    expect(response.body).not.toMatch(/^Disallow: \/$/m);
  });

  it("answers 404 for sitemap pages that do not exist, and 304 for unchanged ones", async () => {
    expect((await newsroom.app.inject("/sitemaps/articles-en-99.xml")).statusCode).toBe(404);
    expect((await newsroom.app.inject("/sitemaps/articles-de-1.xml")).statusCode).toBe(404);
    expect((await newsroom.app.inject("/sitemaps/../sitemap.xml")).statusCode).not.toBe(500);
    const first = await newsroom.app.inject("/sitemap.xml");
    const again = await newsroom.app.inject({
      url: "/sitemap.xml",
      headers: { "if-none-match": String(first.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });

  it.skipIf(XMLLINT === null)(
    withSkipNote(
      "validates against the sitemaps.org 0.9, image 1.1 and Google News 0.9 schemas (xmllint --schema)",
    ),
    async () => {
      const index = (await small.inject("/sitemap.xml")).body;
      const indexResult = xmllint(index, "siteindex.xsd");
      expect(indexResult.ok, indexResult.output).toBe(true);
      for (const file of locs(index)) {
        const body = (await small.inject(new URL(file).pathname)).body;
        const result = xmllint(body, "sitemap-with-extensions.xsd");
        expect(result.ok, `${file}: ${result.output}`).toBe(true);
      }
      const full = (await newsroom.app.inject("/sitemap.xml")).body;
      expect(xmllint(full, "siteindex.xsd").ok).toBe(true);
      const news = (await newsroom.app.inject("/news-sitemap.xml")).body;
      const newsResult = xmllint(news, "sitemap-with-extensions.xsd");
      expect(newsResult.ok, newsResult.output).toBe(true);

      // The schemas have teeth: a wrong date, a bad language code and a stray element all fail.
      expect(
        xmllint(news.replace(/<news:language>ru</, "<news:language>Russian<"), "sitemap-with-extensions.xsd")
          .ok,
      ).toBe(false);
      const articles = (await small.inject("/sitemaps/articles-en-1.xml")).body;
      expect(
        xmllint(articles.replace(/<lastmod>[^<]*</, "<lastmod>yesterday<"), "sitemap-with-extensions.xsd").ok,
      ).toBe(false);
      expect(
        xmllint(
          articles.replace("<image:loc>", "<image:photo>x</image:photo><image:loc>"),
          "sitemap-with-extensions.xsd",
        ).ok,
      ).toBe(false);
      expect(
        xmllint(index.replace("<sitemap>", "<url>").replace("</sitemap>", "</url>"), "siteindex.xsd").ok,
      ).toBe(false);
    },
  );
});
