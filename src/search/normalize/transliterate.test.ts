import { describe, expect, it } from "vitest";
import { transliterate } from "./transliterate.js";

describe("transliterate", () => {
  it("follows BGN/PCGN for Russian, including е and ё after vowels and at word start", () => {
    expect(transliterate("Мирзиёев")).toBe("Mirziyëyev");
    expect(transliterate("Токаев")).toBe("Tokayev");
    expect(transliterate("Ельцин")).toBe("Yelʼtsin");
    expect(transliterate("подъезд")).toBe("podˮyezd");
    expect(transliterate("Щучинск")).toBe("Shchuchinsk");
    expect(transliterate("Жапаров")).toBe("Zhaparov");
    expect(transliterate("Горбачёв")).toBe("Gorbachëv");
    expect(transliterate("Бийск")).toBe("Biysk");
  });

  it("has an ASCII mode for slugs and readable keys", () => {
    expect(transliterate("Мирзиёев", { ascii: true })).toBe("Mirziyoyev");
    expect(transliterate("Горбачёв", { ascii: true })).toBe("Gorbachov");
    expect(transliterate("Ельцин", { ascii: true })).toBe("Yeltsin");
    expect(transliterate("Өскемен", { ascii: true })).toBe("Oskemen");
  });

  it("covers the extra letters of Kazakh, Kyrgyz, Uzbek and Tajik", () => {
    expect(transliterate("Қарағанды")).toBe("Qaraghandy");
    expect(transliterate("Әлихан Ұлытау Үш Һ Іле Ң")).toBe("Älikhan Ūlytau Üsh H Ile Ng");
    expect(transliterate("Өзгөн")).toBe("Özgön");
    expect(transliterate("Ўзбекистон Ҳисор")).toBe("Ŭzbekiston Hisor");
    expect(transliterate("Тоҷикистон Ҷумҳурӣ Кӯлоб")).toBe("Tojikiston Jumhurī Kūlob");
  });

  it("keeps all-caps words in capitals and leaves other scripts alone", () => {
    expect(transliterate("ЖАПАРОВ и Tokayev, 2024")).toBe("ZHAPAROV i Tokayev, 2024");
  });
});
