import { describe, expect, it } from "vitest";
import { foldText, tokenize } from "./fold.js";

describe("foldText", () => {
  it("lower-cases, strips Latin diacritics and folds ё to е", () => {
    expect(foldText("Şavkat MİRZİYOYEV Ñandú Gdańsk Ёлка ЁЖИК")).toBe(
      "savkat mirziyoyev nandu gdansk елка ежик",
    );
  });

  it("keeps й and the Kazakh, Uzbek and Tajik letters for the transliterator", () => {
    expect(foldText("Мой край")).toBe("мой край");
    expect(foldText("Қазақстан Әлем Ғалым Ңң Өскемен Ұлы Үй Һ Іле")).toBe(
      "қазақстан әлем ғалым ңң өскемен ұлы үй һ іле",
    );
    expect(foldText("Ўзбекистон Ҳисор Ҷумҳурӣ Кӯлоб")).toBe("ўзбекистон ҳисор ҷумҳурӣ кӯлоб");
  });

  it("joins Uzbek o‘ and g‘ whatever apostrophe was typed", () => {
    const spellings = [
      "O‘zbekiston",
      "O'zbekiston",
      "Oʻzbekiston",
      "O’zbekiston",
      "O`zbekiston",
      "Oʼzbekiston",
    ];
    for (const spelling of spellings) expect(foldText(spelling)).toBe("ozbekiston");
    expect(foldText("Farg‘ona")).toBe("fargona");
  });

  it("drops the English possessive but not the Uzbek o‘s", () => {
    expect(foldText("Kazakhstan’s oil")).toBe("kazakhstan oil");
  });

  it("turns punctuation, control characters and emoji into single spaces", () => {
    expect(foldText("Токаев:\u0000встреча!!!\t🇰🇿🎉 «Астана—2024»\u200B")).toBe("токаев встреча астана 2024");
    expect(foldText("👍🏽👨‍👩‍👧 ...")).toBe("");
  });

  it("removes stress marks and soft hyphens inside words", () => {
    expect(foldText("Мирзиё\u0301ев Ка\u00ADзах\u00ADстан")).toBe("мирзиеев казахстан");
  });

  it("repairs Latin look-alikes typed inside a Cyrillic word", () => {
    // Cyrillic Т, к, а, в with a Latin "o" and a Latin "e".
    expect(foldText("Т\u006Fка\u0065в")).toBe("токаев");
    // Mostly Latin with a Cyrillic "а".
    expect(foldText("Tok\u0430yev")).toBe("tokayev");
  });

  // Patterns that make a backtracking regex explode; a catastrophic regex would hit the test
  // timeout instead of finishing (timings themselves belong in bench/).
  it("handles 10,000 characters of hostile input", () => {
    const hostile = `${"a'".repeat(2500)}${"Ё‘".repeat(1500)}${"-x".repeat(1000)}!`;
    expect(hostile.length).toBeGreaterThanOrEqual(10_000);
    // The apostrophes join one long word; its minority Cyrillic е are read as Latin look-alikes.
    expect(foldText(hostile)).toBe(`${"a".repeat(2500)}${"e".repeat(1500)}${" x".repeat(1000)}`);
    expect(tokenize(hostile).length).toBeGreaterThan(1000);
  });
});

describe("tokenize", () => {
  it("returns folded words with offsets into the original string", () => {
    const text = "«Мирзиёев» met ŞAVKAT";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(["мирзиеев", "met", "savkat"]);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(["Мирзиёев", "met", "ŞAVKAT"]);
  });

  it("splits hyphenated names and adds the joined compound", () => {
    const tokens = tokenize("Alma-Ata, Нур-Султан and 2020-2021");
    expect(tokens.map((t) => [t.text, t.compound])).toEqual([
      ["alma", false],
      ["ata", false],
      ["almaata", true],
      ["нур", false],
      ["султан", false],
      ["нурсултан", true],
      ["and", false],
      ["2020", false],
      ["2021", false],
    ]);
    const compound = tokens[2];
    expect(compound).toMatchObject({ start: 0, end: 8 });
  });

  it("keeps offsets right after astral-plane emoji", () => {
    const text = "🎉🎉 Бишкек";
    const [token] = tokenize(text);
    expect(token).toBeDefined();
    expect(text.slice(token?.start, token?.end)).toBe("Бишкек");
  });
});
