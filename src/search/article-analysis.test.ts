import { describe, expect, it } from "vitest";
import { type ArticleSource, createArticleAnalyzer } from "./article-analysis.js";
import { defaultGazetteerEntries } from "./gazetteer/data.js";
import { createGazetteer } from "./gazetteer/gazetteer.js";

const article = (id: number, bodyText: string): ArticleSource => ({
  id,
  language: "en",
  title: "Harvest report",
  dek: "",
  bodyText,
  status: "published",
  publishedAt: "2026-05-02T08:00:00.000Z",
  tags: [],
});

describe("createArticleAnalyzer: the words it reports for the spelling vocabulary", () => {
  it("reports each word of four letters or more once, and never a number", () => {
    const analyzer = createArticleAnalyzer({
      gazetteer: createGazetteer(defaultGazetteerEntries()),
      timeZone: "Asia/Almaty",
    });
    const first = analyzer.analyze(
      article(1, "In 2026 the cotton harvest reached 10450 tonnes; covid19 rules eased."),
    );
    expect(first?.newWords).toEqual(
      expect.arrayContaining([
        "harvest",
        "report",
        "cotton",
        "reached",
        "tonnes",
        "covid19",
        "rules",
        "eased",
      ]),
    );
    expect(first?.newWords).not.toContain("2026");
    expect(first?.newWords).not.toContain("10450");
    expect(first?.newWords.some((w) => w.length < 4)).toBe(false);
    // Numbers still reach the index itself: only the vocabulary leaves them out.
    expect(first?.columns[3]).toContain("10450");
    const second = analyzer.analyze(article(2, "The cotton harvest of 2027: 9800 tonnes, and wheat."));
    expect(second?.newWords).toEqual(["wheat"]);
  });
});

describe("createArticleAnalyzer: the year an article is filed under", () => {
  it("is the year in the site's zone, also where New Year falls between two UTC hours", () => {
    // Asia/Kathmandu is UTC+5:45: its 2027 begins at 18:15 UTC on 31 December 2026.
    const analyzer = createArticleAnalyzer({
      gazetteer: createGazetteer(defaultGazetteerEntries()),
      timeZone: "Asia/Kathmandu",
    });
    const yearAt = (publishedAt: string): number | undefined =>
      analyzer.analyze({ ...article(1, "Text."), publishedAt })?.record.year;
    expect(yearAt("2026-12-31T18:10:00.000Z")).toBe(2026);
    expect(yearAt("2026-12-31T18:20:00.000Z")).toBe(2027);
    expect(yearAt("2026-12-31T18:14:59.000Z")).toBe(2026);
    expect(yearAt("2026-06-15T20:00:00.000Z")).toBe(2026);
    expect(yearAt("2026-01-01T00:00:00+05:45")).toBe(2026);
  });
});
