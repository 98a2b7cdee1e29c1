import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialects } from "./helpers/databases.js";
import {
  jsonLd,
  linkTags,
  metaTags,
  openSyndicationNewsroom,
  type SyndicationNewsroom,
  titleOf,
} from "./helpers/syndication-newsroom.js";

const SITE = "https://news.example.org";

type JsonLd = Record<string, unknown>;

function ofType(blocks: JsonLd[], type: string): JsonLd | undefined {
  return blocks.find((b) => b["@type"] === type);
}

describe.each(testDialects())("search-engine and social metadata on %s", (dialect) => {
  let newsroom: SyndicationNewsroom;
  const paths: Record<string, string> = {};

  beforeAll(async () => {
    newsroom = await openSyndicationNewsroom(dialect);
    const home = (await newsroom.app.inject("/")).body;
    const ruHome = (await newsroom.app.inject("/ru/")).body;
    const article = /href="(\/(\d{4})\/(\d{2})\/reservoir-levels-rise-on-the-naryn)"/.exec(home);
    const ruArticle = /href="(\/ru\/\d{4}\/\d{2}\/[^"]+)"/.exec(ruHome);
    paths.frontEn = "/";
    paths.frontRu = "/ru/";
    paths.article = article?.[1] ?? "";
    paths.articleRu = ruArticle?.[1] ?? "";
    paths.section = "/section/economy";
    paths.sectionRu = "/ru/section/economy";
    paths.country = "/country/kazakhstan";
    paths.countryPage2 = "/country/kazakhstan?page=2";
    paths.tag = "/tag/water";
    paths.author = "/author/aida-test";
    paths.authorRu = "/ru/author/aida-test";
    paths.archiveYear = `/${article?.[2]}/`;
    paths.archiveMonth = `/${article?.[2]}/${article?.[3]}/`;
  });

  afterAll(async () => {
    await newsroom?.close();
  });

  it("gives every page a unique title and description, a canonical URL, OpenGraph and Twitter tags with an image", async () => {
    const titles = new Map<string, string>();
    const descriptions = new Map<string, string>();
    for (const [name, path] of Object.entries(paths)) {
      const response = await newsroom.app.inject(path);
      expect(response.statusCode, path).toBe(200);
      const html = response.body;
      const meta = metaTags(html);
      const title = titleOf(html);
      const description = meta.get("description") ?? "";
      expect(title, name).not.toBe("");
      expect(description.length, name).toBeGreaterThan(10);
      expect(titles.get(title), `${name} shares its title with ${titles.get(title)}`).toBeUndefined();
      expect(
        descriptions.get(description),
        `${name} shares its description with ${descriptions.get(description)}`,
      ).toBeUndefined();
      titles.set(title, name);
      descriptions.set(description, name);

      const canonical = linkTags(html).find((l) => l.rel === "canonical")?.href ?? "";
      expect(canonical, name).toBe(`${SITE}${path}`);
      expect(meta.get("og:url"), name).toBe(canonical);
      expect(meta.get("og:title"), name).toBeTruthy();
      expect(meta.get("og:description"), name).toBe(description);
      expect(meta.get("og:type"), name).toBe(name.startsWith("article") ? "article" : "website");
      expect(meta.get("og:image"), name).toMatch(/^https:\/\/news\.example\.org\/.+\.(png|svg)$/);
      // Previews ignore SVG: a raster image is always offered, and Twitter always gets one.
      expect(html, name).toContain('property="og:image" content="https://news.example.org/og-image.png"');
      expect(meta.get("og:image:alt"), name).toBeTruthy();
      expect(meta.get("twitter:card"), name).toBe("summary_large_image");
      expect(meta.get("twitter:title"), name).toBe(meta.get("og:title"));
      expect(meta.get("twitter:image"), name).toBe(`${SITE}/og-image.png`);
    }
  });

  it("serves the default social card as a 1200×630 PNG", async () => {
    const html = (await newsroom.app.inject("/")).body;
    const image = new URL(metaTags(html).get("og:image") ?? "");
    const response = await newsroom.app.inject(image.pathname);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("image/png");
    const bytes = response.rawPayload;
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
    expect(bytes.readUInt32BE(16)).toBe(1200);
    expect(bytes.readUInt32BE(20)).toBe(630);
    const again = await newsroom.app.inject({
      url: image.pathname,
      headers: { "if-none-match": String(response.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });

  it("describes articles with NewsArticle and BreadcrumbList JSON-LD", async () => {
    for (const [path, language, section] of [
      [paths.article, "en", "Economy"],
      [paths.articleRu, "ru", "Экономика"],
    ] as const) {
      const blocks = jsonLd((await newsroom.app.inject(path ?? "")).body);
      const article = ofType(blocks, "NewsArticle");
      expect(article, path).toBeDefined();
      expect(article?.headline).toBeTruthy();
      expect(article?.description).toBeTruthy();
      expect(article?.url).toBe(`${SITE}${path}`);
      const images = article?.image as string[];
      expect(images.length).toBeGreaterThan(0);
      for (const image of images) expect(image).toMatch(/^https:\/\/news\.example\.org\//);
      expect(article?.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+05:00$/);
      expect(article?.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+05:00$/);
      expect(article?.inLanguage).toBe(language);
      expect(article?.articleSection).toBe(section);
      const authors = article?.author as { name: string; url: string }[];
      expect(authors.length).toBeGreaterThan(0);
      for (const a of authors) expect(a.url).toMatch(/^https:\/\/news\.example\.org\/(ru\/)?author\//);
      const publisher = article?.publisher as { name: string; logo: { url: string } };
      expect(publisher.name).toBe("Steppe Test");
      expect(publisher.logo.url).toMatch(/^https:\/\/news\.example\.org\//);
      const crumbs = ofType(blocks, "BreadcrumbList")?.itemListElement as {
        position: number;
        item: string;
      }[];
      expect(crumbs.map((c) => c.position)).toEqual([1, 2, 3]);
      expect(crumbs[2]?.item).toBe(`${SITE}${path}`);
    }
    // An article without a picture still names an image: the site's card.
    const economy = (await newsroom.app.inject("/section/economy")).body;
    const awkwardPath = /href="(\/\d{4}\/\d{2}\/tariffs[^"]*)"/.exec(economy)?.[1];
    expect(awkwardPath).toBeDefined();
    const awkward = jsonLd((await newsroom.app.inject(awkwardPath ?? "")).body);
    expect(ofType(awkward, "NewsArticle")?.image).toEqual([`${SITE}/og-image.png`]);
  });

  it("marks section, country, topic and archive pages as CollectionPage, authors as ProfilePage, the front page as WebSite", async () => {
    for (const key of ["section", "sectionRu", "country", "tag", "archiveYear", "archiveMonth"]) {
      const path = paths[key] ?? "";
      const blocks = jsonLd((await newsroom.app.inject(path)).body);
      const collection = ofType(blocks, "CollectionPage");
      expect(collection, key).toBeDefined();
      expect(collection?.name, key).toBeTruthy();
      expect(collection?.url, key).toBe(`${SITE}${path}`);
      expect(collection?.inLanguage, key).toBe(key.endsWith("Ru") ? "ru" : "en");
      expect(ofType(blocks, "BreadcrumbList"), key).toBeDefined();
    }
    const author = jsonLd((await newsroom.app.inject(paths.author ?? "")).body);
    expect((ofType(author, "ProfilePage")?.mainEntity as { name: string } | undefined)?.name).toBe(
      "Aida Testova",
    );
    const front = jsonLd((await newsroom.app.inject("/ru/")).body);
    expect(ofType(front, "WebSite")?.inLanguage).toBe("ru");
    expect((ofType(front, "NewsMediaOrganization")?.logo as { url: string } | undefined)?.url).toBe(
      `${SITE}/logo.svg`,
    );
  });

  it("serves a 404 page with its own title, a description and noindex", async () => {
    for (const [path, title] of [
      ["/no-such-page", "Page not found — Steppe Test"],
      ["/ru/no-such-page", "Страница не найдена — Steppe Test"],
    ] as const) {
      const response = await newsroom.app.inject(path);
      expect(response.statusCode).toBe(404);
      const meta = metaTags(response.body);
      expect(titleOf(response.body)).toBe(title);
      expect(meta.get("description")).toBeTruthy();
      expect(meta.get("robots")).toBe("noindex");
      expect(meta.get("og:image")).toBe(`${SITE}/og-image.png`);
      expect(jsonLd(response.body).filter((b) => b["@type"] === "NewsArticle")).toHaveLength(0);
    }
  });
});
