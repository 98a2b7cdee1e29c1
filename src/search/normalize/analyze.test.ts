import { describe, expect, it } from "vitest";
import { defaultGazetteerEntries } from "../gazetteer/data.js";
import { createGazetteer } from "../gazetteer/gazetteer.js";
import { analyzeQueryTerm, analyzeText, createTextAnalyzer } from "./analyze.js";

function words(column: string): Set<string> {
  return new Set(column.split(" ").filter((word) => word !== ""));
}

function meets(queryKeys: readonly string[], column: string): boolean {
  const stored = words(column);
  return queryKeys.some((key) => stored.has(key));
}

describe("createTextAnalyzer", () => {
  it("keeps words in its cache but not numbers, with the same result as analyzeText", () => {
    const analyzer = createTextAnalyzer();
    const texts = Array.from(
      { length: 50 },
      (_, i) => `В ${2000 + i} году фонд выплатил ${i * 1537} тенге: 3-${i} этап, Photo ${90_000 + i}.`,
    );
    for (const text of texts) expect(analyzer.analyze(text, "ru")).toEqual(analyzeText(text, "ru"));
    // "в", "году", "фонд", "выплатил", "тенге", "этап", "photo": the numbers change in every text.
    expect(analyzer.cachedWords).toBe(7);
  });
});

describe("analyzeText", () => {
  it("produces the folded, stemmed and name-key columns", () => {
    const result = analyzeText("Президент Мирзиёев посетил Ёлочный базар.", "ru");
    expect(result.folded).toBe("президент мирзиеев посетил елочный базар");
    expect(result.stems.split(" ")).toHaveLength(5);
    expect(result.stems).toContain("мирзиеев");
    expect(words(result.names)).toEqual(new Set(["prezident", "mirziev", "elocn"]));
  });

  it("keys hyphenated names as a whole too", () => {
    expect(words(analyzeText("Rally in Alma-Ata", "en").names)).toContain(
      analyzeQueryTerm("Almaty").nameKeys[0],
    );
  });

  it("does not key lower-case words", () => {
    expect(analyzeText("вода и газ", "ru").names).toBe("");
  });

  it("survives emoji, control characters and a 10,000-character input", () => {
    const text = `${"Токаев 🎉\u0000 встретился с Мирзиёевым. ".repeat(250)}`.slice(0, 10_000);
    const result = analyzeText(text, "ru");
    expect(result.folded).not.toContain("\u0000");
    expect(result.folded).not.toContain("🎉");
    expect(words(result.names)).toEqual(new Set(["tokaev", "mirziev"]));
  });
});

describe("analyzeQueryTerm", () => {
  it("matches a Latin query to a Cyrillic document and back", () => {
    const russian = analyzeText("Президент Мирзиёев и Токаеву направил письмо Жапаров", "ru");
    const english = analyzeText("President Mirziyoyev, Tokayev and Japarov met", "en");
    for (const query of ["Mirziyoev", "Mirziyoyev", "Tokaev", "Zhaparov"]) {
      expect(meets(analyzeQueryTerm(query).nameKeys, russian.names), query).toBe(true);
    }
    for (const query of ["Мирзиёев", "Токаевым", "Жапарова"]) {
      expect(meets(analyzeQueryTerm(query).nameKeys, english.names), query).toBe(true);
    }
  });

  it("finds oblique-case surnames through the stems column with a nominative query", () => {
    const doc = analyzeText("Встреча с Токаевым прошла в Астане", "ru");
    expect(meets(analyzeQueryTerm("Токаев").stems, doc.stems)).toBe(true);
    expect(meets(analyzeQueryTerm("токаев").stems, doc.stems)).toBe(true);
  });

  it("joins renamed places only through the gazetteer", () => {
    const doc = analyzeText("Акимат Шымкента сообщил", "ru");
    expect(meets(analyzeQueryTerm("Chimkent").nameKeys, doc.names)).toBe(false);
    const expander = createGazetteer(defaultGazetteerEntries());
    expect(meets(analyzeQueryTerm("Chimkent", { expander }).nameKeys, doc.names)).toBe(true);
  });

  it("returns folded text and nothing else for punctuation-only terms", () => {
    expect(analyzeQueryTerm("🎉 —")).toEqual({ folded: "", stems: [], nameKeys: [] });
  });
});
