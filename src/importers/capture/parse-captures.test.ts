import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isAppError } from "../../core/errors.js";
import { parseCaptures } from "./parse-captures.js";
import type { CapturedArticle, CaptureFile } from "./types.js";

const sharedFixture = path.resolve(process.cwd(), "../shared/fixtures/captures/capture-search-results.txt");
const ownFixtures = path.resolve(process.cwd(), "test/fixtures/captures");

const searchPage: CaptureFile = {
  name: "capture-search-results.txt",
  content: readFileSync(sharedFixture, "utf8"),
};
const sitePages: CaptureFile[] = readdirSync(ownFixtures)
  .filter((name) => name.startsWith("kyzyltal-"))
  .sort()
  .map((name) => ({ name, content: readFileSync(path.join(ownFixtures, name), "utf8") }));

function byTitle(articles: CapturedArticle[], title: string): CapturedArticle {
  const article = articles.find((candidate) => candidate.title === title);
  if (article === undefined) throw new Error(`no article titled ${title}`);
  return article;
}

describe("parseCaptures on the shared search-results capture", () => {
  const result = parseCaptures([searchPage]);
  const film = "Kazakh-Spanish Film La Tregua to Premiere on Netflix";
  const court = "Uzbekistan’s Supreme Court Vacates Convictions of 198 Victims of Stalinist Repressions";

  it("finds exactly the two articles, with their titles", () => {
    expect(result.articles.map((article) => article.title)).toEqual([film, court]);
    expect(result.report.found).toBe(2);
  });

  it("strips the ticker and the result counter from every article", () => {
    for (const article of result.articles) {
      for (const chrome of [
        "KGS/USD",
        "KZT/USD",
        "TJS/USD",
        "UZS/USD",
        "TMT/USD",
        "Viewing results",
        "1 - 6 of 4",
      ]) {
        expect(article.text).not.toContain(chrome);
        expect(article.bodyHtml).not.toContain(chrome);
      }
      expect(article.text).not.toContain("13 February 2026");
    }
    expect(result.report.skipped).toContainEqual({
      file: "capture-search-results.txt",
      line: "Viewing results 1 - 6 of 4",
      reason: "search-result header or counter",
    });
  });

  it("keeps each ticker value once, dated by the page's date line", () => {
    expect(result.rates.map(({ date, base, quote, value }) => [date, base, quote, value])).toEqual([
      ["2026-02-13", "KGS", "USD", "0.01144"],
      ["2026-02-13", "KZT", "USD", "0.00202"],
      ["2026-02-13", "TJS", "USD", "0.10598"],
      ["2026-02-13", "UZS", "USD", "0.00008"],
      ["2026-02-13", "TMT", "USD", "0.28490"],
    ]);
    expect(result.rates.every((rate) => rate.source === "capture" && rate.file === searchPage.name)).toBe(
      true,
    );
  });

  it("turns the leaked [caption] shortcodes into figure captions and recovers the flattened subheadings", () => {
    const article = byTitle(result.articles, film);
    expect(article.bodyHtml).not.toContain("[caption");
    expect(article.text).not.toContain("[/caption]");
    expect(
      article.bodyHtml.match(/<figure><figcaption>Still from La Tregua<\/figcaption><\/figure>/g),
    ).toHaveLength(2);
    expect(article.bodyHtml).toContain(
      "<figure><figcaption>Still from La Tregua</figcaption></figure>\n<h2>From Karaganda to the Screen</h2>\n<p>The story is rooted",
    );
    expect(article.bodyHtml).toContain(
      "<h2>Kazakh Identity on a Global Stage</h2>\n<p>Bekhozhin also emphasized",
    );
  });

  it("keeps the cut-off film article (500 words, no full version here) as truncated and says so", () => {
    // The film article ends in "when..." and no other capture has it in full. It is far longer
    // than a listing teaser, so it is kept, flagged, and listed in the report rather than dropped.
    const article = byTitle(result.articles, film);
    expect(article.truncated).toBe(true);
    expect(article.text.endsWith("the hostess explains that when...")).toBe(true);
    expect(result.report.truncated).toEqual([
      { title: film, reason: expect.stringContaining("no complete version was captured") },
    ]);
    expect(byTitle(result.articles, court).truncated).toBe(false);
    expect(result.report.merged).toEqual([]);
  });

  it("does not give the page's header date to the articles, which have no dateline of their own", () => {
    expect(result.articles.map((article) => article.dateIso)).toEqual([null, null]);
  });

  it("keeps the court article's text whole and in English", () => {
    const article = byTitle(result.articles, court);
    expect(article.bodyHtml.startsWith("<p>On May 6, the criminal trial panel")).toBe(true);
    expect(article.text.endsWith("who subsequently had their convictions vacated.")).toBe(true);
    expect(article.language).toBe("en");
    expect(article.sources).toEqual([searchPage.name]);
  });

  it("is deterministic", () => {
    expect(parseCaptures([searchPage])).toEqual(result);
  });
});

describe("parseCaptures on several pages of one site", () => {
  const result = parseCaptures(sitePages);
  const tram = "New Tram Line to Link the Old Town with the Northern Districts";
  const harvest = "Wheat Harvest in the Northern Valleys Beats the Five-Year Average";
  const concert = "Оркестр под открытым небом собрал на набережной три тысячи зрителей";

  it("finds three articles out of seven candidates", () => {
    expect(result.articles.map((article) => article.title).sort()).toEqual([harvest, tram, concert].sort());
    expect(result.report.found).toBe(7);
  });

  it("merges the near-duplicate tram versions and the teaser, keeping the longest, latest text", () => {
    const article = byTitle(result.articles, tram);
    expect(article.sources).toEqual([
      "kyzyltal-front-2026-05-12.txt",
      "kyzyltal-tram-2026-05-12.txt",
      "kyzyltal-tram-2026-05-13.txt",
    ]);
    expect(article.text).toContain(
      "Update, May 13: The transport department has set the opening date for June 15.",
    );
    expect(article.text).toContain("15 billion tenge");
    expect(article.text).not.toContain("14 billion tenge");
    expect(article.truncated).toBe(false);
    expect(article.dateIso).toBe("2026-05-12");
    const merges = result.report.merged.filter((merge) => merge.into === tram);
    expect(merges.map((merge) => merge.reason)).toEqual([
      expect.stringMatching(
        /^near-duplicate: \d+% of word 5-shingles shared.*kyzyltal-tram-2026-05-12\.txt into/,
      ),
      expect.stringMatching(
        /^teaser ending in "\.\.\.": 100% of its text is inside.*kyzyltal-front-2026-05-12\.txt into/,
      ),
    ]);
  });

  it("reports a teaser whose full article was never captured instead of making it an article", () => {
    expect(result.articles.some((article) => article.title.startsWith("Kyzyltal Library"))).toBe(false);
    expect(result.report.skipped).toContainEqual({
      file: "kyzyltal-front-2026-05-12.txt",
      title: "Kyzyltal Library Opens a Reading Room for Young Readers",
      reason: expect.stringContaining("whose full article is not in these captures"),
    });
    expect(result.articles.every((article) => !/\.\.\.$|…$/.test(article.text))).toBe(true);
  });

  it("keeps subheadings and captions inside their article", () => {
    const article = byTitle(result.articles, tram);
    expect(article.bodyHtml).toContain("<h2>Seven Stops and a Depot</h2>");
    expect(article.bodyHtml).toContain("<h2>What Riders Can Expect</h2>");
    expect(article.bodyHtml).toContain(
      '<figure><img src="/media/2026/05/tram-depot.jpg" alt="Tram depot at dusk"><figcaption>The new depot on Zheltoksan Street can hold twenty-four cars</figcaption></figure>',
    );
    expect(article.text).not.toContain("By Dana Omarova");
    expect(article.bodyHtml.startsWith("<p>Kyzyltal's first tram line")).toBe(true);
  });

  it("reads the Russian page: its date, subheadings and caption", () => {
    const article = byTitle(result.articles, concert);
    expect(article.language).toBe("ru");
    expect(article.dateIso).toBe("2026-05-13");
    expect(article.bodyHtml).toContain("<h2>Программа вечера</h2>");
    expect(article.bodyHtml).toContain("<h2>Что дальше</h2>");
    expect(article.bodyHtml).toContain(
      "<figure><figcaption>Скрипачи оркестра на летней сцене у реки</figcaption></figure>",
    );
    for (const chrome of ["Поделиться", "Подпишитесь", "Страница 1 из 3", "Главная", "Все права"]) {
      expect(article.text).not.toContain(chrome);
    }
  });

  it("reads the HTML capture and keeps its fuller harvest text over the text-page version", () => {
    const article = byTitle(result.articles, harvest);
    expect(article.sources).toEqual(["kyzyltal-front-2026-05-12.txt", "kyzyltal-harvest.html"]);
    expect(article.dateIso).toBe("2026-05-11");
    expect(article.bodyHtml).toContain("<h2>Water Was the Deciding Factor</h2>");
    expect(article.bodyHtml).toContain(
      '<figure><img src="/media/2026/05/harvest.jpg" alt="Combine harvester in a wheat field"><figcaption>A combine at work near the village of Karasu</figcaption></figure>',
    );
    expect(article.bodyHtml).toContain("<figcaption>The grain elevator at the railway station</figcaption>");
    expect(article.text).toContain("Not every farm shared in the gains.");
    for (const chrome of ["Most read", "Tags:", "Share", "Home", "KYZYLTAL HERALD", "All rights reserved"]) {
      expect(article.text).not.toContain(chrome);
    }
  });

  it("strips chrome repeated across pages and names the reason", () => {
    const tagline = "Independent news from the Kyzyltal valley since 2009";
    for (const article of result.articles) {
      for (const chrome of [
        tagline,
        "KYZYLTAL HERALD",
        "Subscribe to our morning newsletter",
        "Read more",
        "Previous",
        "USD",
      ]) {
        expect(article.text).not.toContain(chrome);
      }
    }
    expect(result.report.skipped).toContainEqual({
      file: "kyzyltal-tram-2026-05-13.txt",
      line: tagline,
      reason: "repeated on 5 of 5 pages",
    });
  });

  it("keeps each page's ticker values once per date, from text and HTML pages alike", () => {
    expect(result.rates.map(({ date, base, value }) => `${date} ${base} ${value}`).sort()).toEqual([
      "2026-05-12 KGS 0.01146",
      "2026-05-12 KZT 0.00197",
      "2026-05-12 UZS 0.00008",
      "2026-05-13 KGS 0.01147",
      "2026-05-13 KZT 0.00198",
      "2026-05-13 UZS 0.00008",
    ]);
  });

  it("gives the same keys whatever the order of the files", () => {
    const reversed = parseCaptures([...sitePages].reverse());
    const keys = (articles: CapturedArticle[]) =>
      articles.map((article) => `${article.title} ${article.key}`).sort();
    expect(keys(reversed.articles)).toEqual(keys(result.articles));
    expect(new Set(result.articles.map((article) => article.key)).size).toBe(3);
  });

  it("refuses captures with duplicate names", () => {
    const call = () => parseCaptures([searchPage, searchPage]);
    expect(call).toThrow(/unique/);
    try {
      call();
    } catch (error) {
      expect(isAppError(error, "VALIDATION_FAILED")).toBe(true);
    }
  });
});
