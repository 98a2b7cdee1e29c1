import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POSTGRES_SKIP_NOTE, postgresTestUrl, testDialects } from "./helpers/databases.js";
import { hoursAgo, openTestNewsroom, type TestNewsroom } from "./helpers/newsroom.js";

/** Pulls the JSON-LD blocks out of a page. */
function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (m) => JSON.parse(m[1] ?? "{}") as Record<string, unknown>,
  );
}

describe.each(testDialects())("public site on %s", (dialect) => {
  let newsroom: TestNewsroom;
  let leadPath = "";
  let draftSlug = "";

  beforeAll(async () => {
    newsroom = await openTestNewsroom({ dialect });
    const { articles, ids } = newsroom;
    const lead = await articles.create({
      language: "en",
      title: "Reservoir levels rise on the Naryn",
      dek: "Spring melt refills the cascade ahead of the irrigation season.",
      body:
        "<p>Water managers reported higher inflows this week. The cascade is filling faster than last year.</p>" +
        "<h2>What the figures show</h2><p>Inflows rose by a fifth compared with March.</p>" +
        "<blockquote><p>We expect a calm summer.</p><cite>A reservoir engineer</cite></blockquote>" +
        '<figure><img src="/media/test/dam.svg" width="800" height="450" alt="A concrete dam"><figcaption>The dam in April. <span class="credit">Illustration: Test desk</span></figcaption></figure>',
      status: "published",
      publishedAt: hoursAgo(2),
      authorIds: [ids.authors.aida, ids.authors.timur],
      tagIds: [ids.tags.economy, ids.tags.kyrgyzstan, ids.tags.water],
      heroMediaId: ids.media.dam,
    });
    await articles.create({
      language: "ru",
      title: "Уровень водохранилищ на Нарыне растёт",
      dek: "Весеннее таяние наполняет каскад.",
      body: "<p>Водохозяйственники сообщили о росте притока.</p>",
      status: "published",
      publishedAt: hoursAgo(1),
      authorIds: [ids.authors.aida],
      tagIds: [ids.tags.economy, ids.tags.kyrgyzstan],
      translationOf: lead.id,
    });
    for (let i = 1; i <= 14; i++) {
      await articles.create({
        language: "en",
        title: `Grain exports update number ${i}`,
        body: `<p>Shipment report ${i} from the northern elevators.</p>`,
        status: "published",
        publishedAt: hoursAgo(24 * i + 5),
        authorIds: [ids.authors.timur],
        tagIds: [ids.tags.politics, ids.tags.kazakhstan],
      });
    }
    const draft = await articles.create({
      language: "en",
      title: "Secret draft about the Naryn",
      body: "<p>Not ready.</p>",
      status: "draft",
      authorIds: [ids.authors.aida],
      tagIds: [ids.tags.economy, ids.tags.kyrgyzstan],
    });
    draftSlug = draft.slug;
    await articles.create({
      language: "en",
      title: "Scheduled story for tomorrow",
      body: "<p>Embargoed.</p>",
      status: "scheduled",
      publishedAt: new Date(Date.now() + 86_400_000).toISOString(),
      tagIds: [ids.tags.economy],
    });
    await newsroom.rates.upsert([
      {
        source: "nbk",
        base: "KZT",
        quote: "USD",
        date: "2026-11-19",
        bank_date: "2026-11-19",
        value: "480.10",
        nominal: 1,
        fetched_at: hoursAgo(1),
        is_demo: 0,
      },
      {
        source: "nbk",
        base: "KZT",
        quote: "USD",
        date: "2026-11-20",
        bank_date: "2026-11-20",
        value: "478.77",
        nominal: 1,
        fetched_at: hoursAgo(1),
        is_demo: 0,
      },
      {
        source: "cbu",
        base: "UZS",
        quote: "USD",
        date: "2026-11-20",
        bank_date: "2026-11-20",
        value: "12194.21",
        nominal: 1,
        fetched_at: hoursAgo(1),
        is_demo: 0,
      },
      {
        source: "cbu",
        base: "UZS",
        quote: "USD",
        date: "2026-11-19",
        bank_date: "2026-11-19",
        value: "12194.21",
        nominal: 1,
        fetched_at: hoursAgo(1),
        is_demo: 0,
      },
      {
        source: "cbt-peg",
        base: "TMT",
        quote: "USD",
        date: "2026-11-20",
        bank_date: "2026-11-20",
        value: "3.5",
        nominal: 1,
        fetched_at: hoursAgo(1),
        is_demo: 0,
      },
    ]);
    const front = await newsroom.app.inject("/");
    leadPath = /<h3 class="card-title"><a href="([^"]+)">Reservoir levels/.exec(front.body)?.[1] ?? "";
  });

  afterAll(async () => {
    await newsroom.close();
  });

  it("serves the front page with the lead story, latest stories and blocks", async () => {
    const res = await newsroom.app.inject("/");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/html");
    expect(res.body).toContain("Reservoir levels rise on the Naryn");
    expect(res.body).toContain("Grain exports update number 1");
    expect(res.body).toContain('href="/section/politics"');
    expect(res.body).toContain('href="/country/kazakhstan"');
    expect(leadPath).toMatch(/^\/\d{4}\/\d{2}\/reservoir-levels-rise-on-the-naryn$/);
  });

  it("shows the ticker once per currency, quoted as the market reads it", async () => {
    const res = await newsroom.app.inject("/");
    expect(res.body.match(/USD\/KZT/g)).toHaveLength(1);
    expect(res.body).toContain('<span class="ticker-value">478.77</span>');
    expect(res.body).toContain('<span class="ticker-value">12,194.21</span>');
    expect(res.body).toContain("−0.28%");
    expect(res.body).toContain("0.00%");
    expect(res.body).not.toContain("-0%");
    expect(res.body).toMatch(
      /USD\/TMT<\/span> <span class="ticker-value">3.50<\/span> <span class="ticker-fixed">fixed/,
    );
    expect(res.body).toContain('title="Effective 20 November 2026, National Bank of Kazakhstan"');
  });

  it("renders an article with byline, time, body structure, figure caption and metadata", async () => {
    const res = await newsroom.app.inject(leadPath);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain('<h1 class="article-title">Reservoir levels rise on the Naryn</h1>');
    expect(html).toContain("Spring melt refills the cascade");
    expect(html).toContain('<a href="/author/aida-test" rel="author">Aida Testova</a>');
    expect(html).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+05:00">/);
    expect(html).toContain("<h2>What the figures show</h2>");
    expect(html).toContain("<cite>A reservoir engineer</cite>");
    expect(html).toContain("<figcaption>The dam in April.");
    expect(html).toContain('href="/tag/water"');
    expect(html).toContain(`<link rel="canonical" href="https://news.example.org${leadPath}"/>`);
    expect(html).toContain('property="og:image" content="https://news.example.org/media/test/dam.svg"');
    expect(html).toContain('name="twitter:card" content="summary_large_image"');
    expect(html).toMatch(
      /<link rel="alternate" hreflang="ru" href="https:\/\/news\.example\.org\/ru\/\d{4}\/\d{2}\/[a-z0-9-]+"\/>/,
    );
    expect(html).toContain('<link rel="alternate" hreflang="x-default"');
    const [article, breadcrumb] = jsonLd(html);
    expect(article).toMatchObject({
      "@type": "NewsArticle",
      headline: "Reservoir levels rise on the Naryn",
      inLanguage: "en",
    });
    expect(article?.author).toEqual([
      { "@type": "Person", name: "Aida Testova", url: "https://news.example.org/author/aida-test" },
      { "@type": "Person", name: "Timur Testov", url: "https://news.example.org/author/timur-test" },
    ]);
    expect(article).toHaveProperty("datePublished");
    expect(article).toHaveProperty("dateModified");
    expect(article).toHaveProperty("image");
    expect(article).toHaveProperty("publisher.logo.url");
    expect(breadcrumb).toMatchObject({ "@type": "BreadcrumbList" });
    expect((breadcrumb?.itemListElement as unknown[] | undefined)?.length).toBe(3);
  });

  it("links an article to its translation and serves the Russian version under /ru/", async () => {
    const en = await newsroom.app.inject(leadPath);
    const ruPath = /<a href="(\/ru\/[^"]+)" hreflang="ru" lang="ru">/.exec(en.body)?.[1];
    expect(ruPath).toBeDefined();
    const ru = await newsroom.app.inject(ruPath ?? "");
    expect(ru.statusCode).toBe(200);
    expect(ru.body).toContain('<html lang="ru">');
    // "Понедельник, 23 ноября 2026 г.": a capital first letter, the month in lower case.
    expect(ru.body).toMatch(
      /<time class="today" datetime="[\d-]+">[А-ЯЁ][а-яё]+, \d{1,2} [а-яё]+ \d{4} г\.<\/time>/,
    );
    expect(ru.body).toContain("Уровень водохранилищ на Нарыне растёт");
    expect(ru.body).toContain(`href="${leadPath}"`);
    expect(ru.body).toContain("Аида Тестова");
  });

  it("shows related stories from the same country or section", async () => {
    const ruLess = await newsroom.app.inject("/");
    expect(ruLess.statusCode).toBe(200);
    const grain = await newsroom.app.inject("/section/politics");
    const firstGrain = /<h2 class="card-title"><a href="([^"]+)">/.exec(grain.body)?.[1] ?? "";
    const res = await newsroom.app.inject(firstGrain);
    expect(res.body).toContain("Related stories");
    expect(res.body).toMatch(/related[\s\S]*Grain exports update number/);
  });

  it("paginates lists with correct counts on every page", async () => {
    const first = await newsroom.app.inject("/section/politics");
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain("Showing 1–12 of 14");
    expect(first.body).toContain('href="/section/politics?page=2"');
    const last = await newsroom.app.inject("/section/politics?page=2");
    expect(last.statusCode).toBe(200);
    expect(last.body).toContain("Showing 13–14 of 14");
    expect((await newsroom.app.inject("/section/politics?page=3")).statusCode).toBe(404);
    expect((await newsroom.app.inject("/section/politics?page=0")).statusCode).toBe(404);
    expect((await newsroom.app.inject("/section/politics?page=abc")).statusCode).toBe(404);
  });

  it("serves country, topic, author and date archive pages", async () => {
    const country = await newsroom.app.inject("/country/kyrgyzstan");
    expect(country.statusCode).toBe(200);
    expect(country.body).toContain("Showing 1–1 of 1");
    const topic = await newsroom.app.inject("/tag/water");
    expect(topic.statusCode).toBe(200);
    expect(topic.body).toContain("Reservoir levels rise on the Naryn");
    const author = await newsroom.app.inject("/author/timur-test");
    expect(author.statusCode).toBe(200);
    expect(author.body).toContain("Covers energy.");
    expect(author.body).toContain("Showing 1–12 of 15");
    const year = leadPath.split("/")[1];
    const month = leadPath.split("/")[2];
    const yearPage = await newsroom.app.inject(`/${year}/`);
    expect(yearPage.statusCode).toBe(200);
    expect(yearPage.body).toContain(`href="/${year}/${month}/"`);
    const monthPage = await newsroom.app.inject(`/${year}/${month}/`);
    expect(monthPage.statusCode).toBe(200);
    expect(monthPage.body).toContain("Reservoir levels rise on the Naryn");
    expect((await newsroom.app.inject("/1995/")).statusCode).toBe(404);
    expect((await newsroom.app.inject(`/${year}/13/`)).statusCode).toBe(404);
  });

  it("shows an empty section as an empty first page, and 404 beyond it", async () => {
    await newsroom.articleStore.transaction((trx) =>
      newsroom.articleStore.upsertTag(
        trx,
        { kind: "section", slug: "culture", name: "Culture" },
        new Date().toISOString(),
      ),
    );
    const empty = await newsroom.app.inject("/section/culture");
    expect(empty.statusCode).toBe(200);
    expect(empty.body).toContain("No articles here yet.");
    expect(empty.body).not.toContain("Showing");
    expect((await newsroom.app.inject("/section/culture?page=2")).statusCode).toBe(404);
  });

  it("never shows drafts or articles scheduled for later", async () => {
    const pages = ["/", "/section/economy", "/country/kyrgyzstan", "/author/aida-test"];
    for (const page of pages) {
      const res = await newsroom.app.inject(page);
      expect(res.body).not.toContain("Secret draft");
      expect(res.body).not.toContain("Scheduled story");
    }
    const year = leadPath.split("/")[1];
    const month = leadPath.split("/")[2];
    expect((await newsroom.app.inject(`/${year}/${month}/${draftSlug}`)).statusCode).toBe(404);
  });

  it("does not call a backdated article updated", async () => {
    const res = await newsroom.app.inject(leadPath);
    expect(res.body).not.toContain('class="updated"');
    const [article] = jsonLd(res.body);
    expect(article?.dateModified).toBe(article?.datePublished);
  });

  it("redirects an article URL with the wrong date to its canonical path", async () => {
    const slug = leadPath.split("/").pop();
    const res = await newsroom.app.inject(`/1999/01/${slug}`);
    expect(res.statusCode).toBe(301);
    expect(res.headers.location).toBe(leadPath);
  });

  it("answers unknown paths with a styled 404 page", async () => {
    const res = await newsroom.app.inject("/no/such/page/here");
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain("Page not found");
    expect(res.body).toContain('class="masthead"');
    const ru = await newsroom.app.inject("/ru/nothing-here");
    expect(ru.statusCode).toBe(404);
    expect(ru.body).toContain("Страница не найдена");
  });

  it("sends ETags and short cache headers on pages, and 304 when unchanged", async () => {
    const res = await newsroom.app.inject("/");
    const etag = res.headers.etag as string;
    expect(etag).toMatch(/^"/);
    expect(res.headers["cache-control"]).toContain("max-age=60");
    const again = await newsroom.app.inject({ url: "/", headers: { "if-none-match": etag } });
    expect(again.statusCode).toBe(304);
  });

  it("shows a new article at once: writes invalidate the page cache", async () => {
    await newsroom.app.inject("/section/economy");
    await newsroom.articles.create({
      language: "en",
      title: "Fresh economy story",
      body: "<p>Just in.</p>",
      status: "published",
      tagIds: [newsroom.ids.tags.economy],
    });
    const res = await newsroom.app.inject("/section/economy");
    expect(res.body).toContain("Fresh economy story");
  });

  it("lists on a country page the stories that mention the country without its tag", async () => {
    await newsroom.articles.create({
      language: "en",
      title: "A new bus depot opens",
      body: "<p>The city of Bishkek opened a depot for its electric buses on Tuesday.</p>",
      status: "published",
      tagIds: [newsroom.ids.tags.economy],
    });
    const country = await newsroom.app.inject("/country/kyrgyzstan");
    expect(country.statusCode).toBe(200);
    expect(country.body).toContain("A new bus depot opens");
    expect(country.body).toContain("Reservoir levels rise on the Naryn");
    const other = await newsroom.app.inject("/country/kazakhstan");
    expect(other.body).not.toContain("A new bus depot opens");
  });

  it("fills related stories from those the gazetteer found about the same country", async () => {
    const lone = await newsroom.articles.create({
      language: "en",
      title: "Walnut forests draw hikers",
      body: "<p>Arslanbob's walnut groves had a busy season.</p>",
      status: "published",
      tagIds: [newsroom.ids.tags.kyrgyzstan],
    });
    const front = await newsroom.app.inject("/country/kyrgyzstan");
    const href = new RegExp(`<a href="([^"]+/${lone.slug})">`).exec(front.body)?.[1] ?? "";
    const page = await newsroom.app.inject(href);
    expect(page.statusCode).toBe(200);
    const related = page.body.slice(page.body.indexOf('id="related-heading"'));
    // Shares no tag with the walnut story; it only mentions Bishkek in its text.
    expect(related).toContain("A new bus depot opens");
  });

  it("serves hashed assets with long-lived cache headers", async () => {
    const front = await newsroom.app.inject("/");
    const css = /<link rel="stylesheet" href="(\/assets\/site\.[0-9a-f]{10}\.css)"/.exec(front.body)?.[1];
    expect(css).toBeDefined();
    const res = await newsroom.app.inject(css ?? "");
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("serves media files but never outside the media folder", async () => {
    expect((await newsroom.app.inject("/media/test/dam.svg")).statusCode).toBe(200);
    expect((await newsroom.app.inject("/media/../steppe.db")).statusCode).toBe(404);
    expect((await newsroom.app.inject("/media/%2e%2e/steppe.db")).statusCode).toBe(404);
  });

  it("sets security headers", async () => {
    const res = await newsroom.app.inject("/");
    expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
  });
});

// Shown as skipped (with how to run it) when PostgreSQL is not configured.
describe("PostgreSQL", () => {
  it.skipIf(postgresTestUrl() === undefined)(POSTGRES_SKIP_NOTE, () => {
    expect(testDialects()).toContain("postgres");
  });
});

describe("errors never leak to readers", () => {
  it("answers 503 with a styled page and no stack trace when the database is gone", async () => {
    const newsroom = await openTestNewsroom();
    await newsroom.database.close();
    const res = await newsroom.app.inject("/");
    expect(res.statusCode).toBe(503);
    expect(res.headers["retry-after"]).toBe("5");
    expect(res.body).toContain("Something went wrong");
    expect(res.body).not.toMatch(/at .*\.(ts|js):\d+/);
    await newsroom.app.close();
  });
});
