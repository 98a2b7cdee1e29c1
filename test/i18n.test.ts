import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDateTime } from "../src/core/dates.js";
import { translator } from "../src/ui/i18n.js";
import { parseCookies } from "../src/web/language-cookie.js";
import {
  linkTags,
  openSyndicationNewsroom,
  type SyndicationNewsroom,
} from "./helpers/syndication-newsroom.js";

const SITE = "https://news.example.org";

function hreflangs(html: string): Map<string, string> {
  return new Map(
    linkTags(html)
      .filter((l) => l.rel === "alternate" && l.hreflang !== undefined)
      .map((l) => [l.hreflang ?? "", l.href ?? ""]),
  );
}

function languageSwitch(html: string): string {
  return /<a class="language-switch" href="([^"]*)"/.exec(html)?.[1]?.replace(/&amp;/g, "&") ?? "";
}

/** The visible text of a page: tags, scripts and styles removed. */
function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<head>[\s\S]*?<\/head>/, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&");
}

describe("bilingual site", () => {
  let newsroom: SyndicationNewsroom;
  let enArticle = "";
  let ruArticle = "";
  let untranslated = "";

  beforeAll(async () => {
    newsroom = await openSyndicationNewsroom();
    const home = (await newsroom.app.inject("/")).body;
    enArticle = /href="(\/\d{4}\/\d{2}\/reservoir-levels-rise-on-the-naryn)"/.exec(home)?.[1] ?? "";
    untranslated = /href="(\/\d{4}\/\d{2}\/tariffs[^"]*)"/.exec(home)?.[1] ?? "";
    ruArticle =
      /href="(\/ru\/\d{4}\/\d{2}\/[^"]+)"/.exec((await newsroom.app.inject("/ru/")).body)?.[1] ?? "";
    expect(enArticle && ruArticle && untranslated).toBeTruthy();
  });

  afterAll(async () => {
    await newsroom?.close();
  });

  it("sets <html lang> and gives reciprocal, absolute hreflang alternates with x-default", async () => {
    const pairs = [
      [enArticle, ruArticle],
      ["/", "/ru/"],
      ["/section/economy", "/ru/section/economy"],
      ["/author/aida-test", "/ru/author/aida-test"],
    ];
    for (const [en = "", ru = ""] of pairs) {
      const enHtml = (await newsroom.app.inject(en)).body;
      const ruHtml = (await newsroom.app.inject(ru)).body;
      expect(enHtml).toContain('<html lang="en">');
      expect(ruHtml).toContain('<html lang="ru">');
      const expected = new Map([
        ["en", `${SITE}${en}`],
        ["ru", `${SITE}${ru}`],
        ["x-default", `${SITE}${en}`],
      ]);
      expect(hreflangs(enHtml), en).toEqual(expected);
      expect(hreflangs(ruHtml), ru).toEqual(expected);
    }
    // An article without a translation names only itself (and x-default), never a missing page.
    const alone = hreflangs((await newsroom.app.inject(untranslated)).body);
    expect(alone).toEqual(
      new Map([
        ["en", `${SITE}${untranslated}`],
        ["x-default", `${SITE}${untranslated}`],
      ]),
    );
  });

  it("has the language switch go to the translation, or to the other front page, through /lang/", async () => {
    const en = languageSwitch((await newsroom.app.inject(enArticle)).body);
    expect(en).toBe(`/lang/ru?next=${encodeURIComponent(ruArticle)}`);
    const ru = languageSwitch((await newsroom.app.inject(ruArticle)).body);
    expect(ru).toBe(`/lang/en?next=${encodeURIComponent(enArticle)}`);
    expect(languageSwitch((await newsroom.app.inject(untranslated)).body)).toBe("/lang/ru?next=%2Fru%2F");
    expect(languageSwitch((await newsroom.app.inject("/section/economy")).body)).toBe(
      "/lang/ru?next=%2Fru%2Fsection%2Feconomy",
    );
  });

  it("remembers the chosen language in a cookie and redirects to the page", async () => {
    const response = await newsroom.app.inject(`/lang/ru?next=${encodeURIComponent(ruArticle)}`);
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe(ruArticle);
    const cookie = String(response.headers["set-cookie"]);
    expect(cookie).toMatch(/^lang=ru; /);
    expect(cookie).toContain("Path=/");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).toContain("Secure");
    expect(cookie).toMatch(/Max-Age=\d{7,}/);
    expect(response.headers["cache-control"]).toBe("no-store");

    // Never an open redirect, and only the two languages exist.
    for (const next of ["//evil.example/x", "https://evil.example/", "/\\evil.example", ""]) {
      const r = await newsroom.app.inject(`/lang/ru?next=${encodeURIComponent(next)}`);
      expect(r.headers.location, next).toBe("/ru/");
    }
    expect((await newsroom.app.inject("/lang/en")).headers.location).toBe("/");
    expect((await newsroom.app.inject("/lang/de?next=/")).statusCode).toBe(404);
  });

  it("sends a reader who chose Russian from the bare / to /ru/, privately, and leaves other pages cacheable", async () => {
    // Warm the page cache first: a cached "/" must still look at the cookie.
    await newsroom.app.inject("/");
    const plain = await newsroom.app.inject("/");
    expect(plain.statusCode).toBe(200);
    expect(plain.headers.vary).toBe("Cookie");
    expect(plain.headers["cache-control"]).toContain("public");

    const ru = await newsroom.app.inject({ url: "/", headers: { cookie: "theme=dark; lang=ru" } });
    expect(ru.statusCode).toBe(302);
    expect(ru.headers.location).toBe("/ru/");
    expect(ru.headers.vary).toBe("Cookie");
    expect(ru.headers["cache-control"]).toContain("private");

    const en = await newsroom.app.inject({ url: "/", headers: { cookie: "lang=en" } });
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('<html lang="en">');

    for (const path of ["/section/economy", enArticle, "/ru/", "/feed.xml", "/sitemap.xml"]) {
      const page = await newsroom.app.inject({ url: path, headers: { cookie: "lang=ru" } });
      expect(page.statusCode, path).toBe(200);
      expect(page.headers.vary, path).toBeUndefined();
      expect(page.headers["cache-control"], path).toContain("public");
    }
  });

  it("parses cookie headers carefully", () => {
    expect(parseCookies(undefined).size).toBe(0);
    expect(parseCookies('a=1; lang="ru"; b; =x; c=%E2%9C%93; d=%zz; lang=en')).toEqual(
      new Map([
        ["a", "1"],
        ["lang", "ru"],
        ["c", "✓"],
        ["d", "%zz"],
      ]),
    );
  });

  it("shows no English interface text on Russian pages, and dates in Russian", async () => {
    const en = translator("en");
    const ru = translator("ru");
    // Every English interface string that differs from its Russian counterpart and has no placeholder.
    const english = (
      [
        "skipToContent",
        "siteTagline",
        "navSections",
        "navCountries",
        "mainNavigation",
        "searchPlaceholder",
        "searchLabel",
        "latest",
        "leadStory",
        "related",
        "tags",
        "allArticles",
        "noArticles",
        "previous",
        "next",
        "sectionLabel",
        "countryLabel",
        "topicLabel",
        "authorLabel",
        "archive",
        "months",
        "ratesTitle",
        "notFoundTitle",
        "notFoundText",
        "backHome",
        "footerDemo",
        "footerAbout",
        "subscribe",
        "published",
        "updated",
      ] as const
    )
      .filter((key) => en(key) !== ru(key))
      .map((key) => en(key));
    // Control: the same check finds the English strings on the English front page.
    const englishFront = visibleText((await newsroom.app.inject("/")).body);
    for (const phrase of [en("skipToContent"), en("latest"), en("subscribe")])
      expect(englishFront).toContain(phrase);
    const year = /\/ru\/(\d{4})\//.exec(ruArticle)?.[1];
    for (const path of [
      "/ru/",
      ruArticle,
      "/ru/section/economy",
      "/ru/country/kyrgyzstan",
      "/ru/author/aida-test",
      `/ru/${year}/`,
      "/ru/no-such-page",
    ]) {
      const text = visibleText((await newsroom.app.inject(path)).body);
      for (const phrase of english) expect(text, `${path} shows "${phrase}"`).not.toContain(phrase);
    }
    const article = await newsroom.articleStore.getPublished(
      "ru",
      ruArticle.split("/").pop() ?? "",
      new Date().toISOString(),
    );
    const html = (await newsroom.app.inject(ruArticle)).body;
    expect(html).toContain(formatDateTime(new Date(article?.publishedAt ?? ""), "ru", "Asia/Almaty"));
    expect(html).toMatch(
      /(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)/,
    );
  });
});
