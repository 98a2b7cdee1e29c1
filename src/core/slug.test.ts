import { describe, expect, it } from "vitest";
import { slugify, uniqueSlug } from "./slug.js";

describe("slugify", () => {
  it("transliterates Cyrillic titles", () => {
    expect(slugify("Новости Бишкека")).toBe("novosti-bishkeka");
    expect(slugify("Жапаров и Токаев обсудили воду")).toBe("zhaparov-i-tokaev-obsudili-vodu");
    expect(slugify("Ёлка на площади")).toBe("yolka-na-ploshchadi");
  });

  it("handles Kazakh and Uzbek letters and Latin diacritics", () => {
    expect(slugify("Қарағанды")).toBe("qaraghandy");
    expect(slugify("Türkmenabat’s new bridge")).toBe("turkmenabats-new-bridge");
    expect(slugify("Oʻzbekiston")).toBe("ozbekiston");
  });

  it("produces only a-z, 0-9 and single hyphens", () => {
    expect(slugify("  Rates: USD/KZT — up 0.5%!  ")).toBe("rates-usd-kzt-up-0-5");
    expect(slugify("🙂🙂")).toBe("");
  });

  it("limits length without cutting a word when it can", () => {
    const slug = slugify(
      "A very long headline about water sharing on the Syr Darya and the Amu Darya rivers",
      40,
    );
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug.endsWith("-")).toBe(false);
    expect("a-very-long-headline-about-water-sharing-on-the".startsWith(slug)).toBe(true);
  });
});

describe("uniqueSlug", () => {
  it("numbers taken slugs", () => {
    const taken = new Set(["rail-link", "rail-link-2"]);
    expect(uniqueSlug("rail-link", (s) => taken.has(s))).toBe("rail-link-3");
    expect(uniqueSlug("", () => false)).toBe("untitled");
  });
});
