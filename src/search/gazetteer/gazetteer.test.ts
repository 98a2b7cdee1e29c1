import { describe, expect, it } from "vitest";
import { isAppError } from "../../core/errors.js";
import { nameKey } from "../normalize/name-key.js";
import { defaultGazetteerEntries } from "./data.js";
import type { GazetteerEntry } from "./gazetteer.js";
import { createGazetteer } from "./gazetteer.js";

const gazetteer = createGazetteer(defaultGazetteerEntries());

describe("gazetteer data", () => {
  const entries = defaultGazetteerEntries();

  it("has at least 300 entries with unique ids, English and Russian names and a kind", () => {
    expect(entries.length).toBeGreaterThanOrEqual(300);
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
    for (const entry of entries) {
      expect(entry.en.trim(), entry.id).not.toBe("");
      expect(entry.ru, entry.id).toMatch(/\p{Script=Cyrillic}/u);
      expect(["country", "city", "region", "water", "person", "organisation"]).toContain(entry.kind);
      if (entry.country !== undefined) expect(entry.country, entry.id).toMatch(/^[A-Z]{2}$/);
    }
  });

  it("covers the five Central Asian countries and their heads of state", () => {
    for (const code of ["KZ", "KG", "UZ", "TJ", "TM"]) {
      expect(entries.some((entry) => entry.kind === "country" && entry.country === code)).toBe(true);
      expect(
        entries.filter((entry) => entry.kind === "person" && entry.country === code).length,
      ).toBeGreaterThan(1);
    }
  });
});

describe("createGazetteer", () => {
  it("refuses duplicate ids and missing names", () => {
    const entry: GazetteerEntry = { id: "x", kind: "city", en: "X", ru: "Икс", variants: [] };
    expect(() => createGazetteer([entry, entry])).toThrow(/duplicate id/);
    try {
      createGazetteer([{ ...entry, ru: "" }]);
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error, "VALIDATION_FAILED")).toBe(true);
    }
  });
});

describe("lookup and expand", () => {
  it.each([
    ["Chimkent", "Shymkent"],
    ["Kirghizia", "Кыргызстан"],
    ["Alma-Ata", "Almaty"],
    ["Nur-Sultan", "Astana"],
    ["Tselinograd", "Астана"],
    ["Frunze", "Bishkek"],
    ["Stalinabad", "Dushanbe"],
    ["Leninabad", "Khujand"],
    ["Chardzhou", "Türkmenabat"],
    ["Ust-Kamenogorsk", "Oskemen"],
    ["Семипалатинск", "Semey"],
    ["Qazaqstan", "Kazakhstan"],
    ["Toshkent", "Ташкент"],
    ["Rakhmonov", "Rahmon"],
    ["Ashkhabad", "Aşgabat"],
  ])("joins %s and %s", (a, b) => {
    expect(gazetteer.lookup(a).map((entry) => entry.id)).toEqual(
      gazetteer.lookup(b).map((entry) => entry.id),
    );
    expect(gazetteer.lookup(a)).toHaveLength(1);
    expect(gazetteer.expand(a)).toContain(nameKey(b));
  });

  it("finds names in Russian case forms", () => {
    expect(gazetteer.lookup("Караганды")[0]?.id).toBe("city-kz-karaganda");
    expect(gazetteer.lookup("Токаевым")[0]?.id).toBe("person-tokayev");
  });

  it("expands an unknown term to its own key only", () => {
    expect(gazetteer.expand("Smith")).toEqual([nameKey("Smith")]);
    expect(gazetteer.lookup("Smith")).toEqual([]);
    expect(gazetteer.expand("...")).toEqual([]);
  });
});

describe("detectCountries", () => {
  it("finds countries named directly, in Russian case forms", () => {
    expect(gazetteer.detectCountries("Инвестиции в Казахстане и Узбекистане выросли")).toEqual(["KZ", "UZ"]);
  });

  it("finds countries through cities, people and companies", () => {
    expect(gazetteer.detectCountries("Встреча Токаева и Жапарова прошла в Ташкенте")).toEqual([
      "KZ",
      "KG",
      "UZ",
    ]);
    expect(gazetteer.detectCountries("Kazatomprom signed a deal in Ashgabat with Rahmon")).toEqual([
      "KZ",
      "TM",
      "TJ",
    ]);
    expect(gazetteer.detectCountries("Flights from Alma-Ata to Frunze resumed")).toEqual(["KZ", "KG"]);
  });

  it("matches multi-word names as a whole", () => {
    const mentions = gazetteer.findMentions("The Samruk-Kazyna fund and the Amu Darya river");
    expect(mentions.map((mention) => mention.entry.id)).toEqual(["org-samruk-kazyna", "water-amu-darya"]);
    expect(gazetteer.detectCountries("Halyk Bank results")).toEqual(["KZ"]);
  });

  it("takes a multi-word name only when one of its words, after any whitespace, is capitalised", () => {
    const ids = (text: string) => gazetteer.findMentions(text).map((mention) => mention.entry.id);
    expect(ids("amu darya flows north")).toEqual([]);
    expect(ids("the amu Darya flows north")).toEqual(["water-amu-darya"]);
    expect(ids("the amu\u00a0\tDarya flows north")).toEqual(["water-amu-darya"]);
    // A quote in front of a word hides its capital, as when the span is split at whitespace.
    expect(ids('amu "Darya" flows')).toEqual([]);
    expect(ids("Amu-darya flows")).toEqual(["water-amu-darya"]);
    expect(ids("амударья и Амударья")).toEqual(["water-amu-darya"]);
  });

  it("ignores names that are also English words in English text", () => {
    expect(gazetteer.detectCountries("Mary said the oral exam was hard")).toEqual([]);
    expect(gazetteer.detectCountries("Хлопок из Мары")).toEqual(["TM"]);
  });

  it("does not report shared rivers and blocs as a country", () => {
    expect(gazetteer.detectCountries("The Aral Sea and the SCO summit")).toEqual([]);
  });

  it("copes with a long article quickly", () => {
    const text = "Президент Токаев 🎉 прибыл в Бишкек.\u0000 ".repeat(300);
    expect(gazetteer.detectCountries(text)).toEqual(["KZ", "KG"]);
  });
});
