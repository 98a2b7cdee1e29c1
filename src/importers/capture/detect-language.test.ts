import { describe, expect, it } from "vitest";
import { seededRandom } from "../../core/seeded-random.js";
import { detectLanguage } from "./detect-language.js";

/** The definition detectLanguage implements in one pass. */
function byRegex(text: string): "en" | "ru" {
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return cyrillic > latin ? "ru" : "en";
}

describe("detectLanguage", () => {
  it("tells Russian from English by script", () => {
    expect(detectLanguage("Концерт в парке")).toBe("ru");
    expect(detectLanguage("Concert in the park")).toBe("en");
    expect(detectLanguage("Қазақстан Ақорда")).toBe("ru");
    expect(detectLanguage("")).toBe("en");
  });

  it("counts every code point as the Script regexes do", () => {
    // Twice the code point beside one Latin letter is "ru" only if it is Cyrillic; beside one
    // Cyrillic letter, "en" only if it is Latin: the two texts tell all three classes apart.
    const wrong: string[] = [];
    for (let cp = 0x80; cp <= 0x2ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const twice = String.fromCodePoint(cp).repeat(2);
      for (const text of [`${twice}a`, `${twice}\u0430`])
        if (detectLanguage(text) !== byRegex(text)) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it("agrees with the regexes on mixed texts, lone surrogates and astral letters included", () => {
    const random = seededRandom(2026);
    const pool = [
      ..."abcXYZ éñçøßĳǅ ",
      ..."абвЖЁёЎўҚқҒғӘәҮүҰұҺһӨөҲҳҶҷ",
      "\u0485",
      "\u0486",
      "\u0483",
      "\u1d2b",
      "\u1e9e",
      "\ua640",
      "\ud835\udc00",
      "\ud83d\ude00",
      "\ud800",
      "\udc00",
      "1",
      "—",
      "\n",
    ];
    for (let n = 0; n < 3_000; n++) {
      let text = "";
      const length = Math.floor(random() * 40);
      for (let i = 0; i < length; i++) text += pool[Math.floor(random() * pool.length)];
      expect(detectLanguage(text), JSON.stringify(text)).toBe(byRegex(text));
    }
  });
});
