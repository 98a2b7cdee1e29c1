import { newStemmer } from "snowball-stemmers";
import { describe, expect, it } from "vitest";
import { createStemmer, detectWordLanguage, stemWord } from "./stem.js";

describe("stemWord", () => {
  it.each([
    ["Токаев", "Токаева", "Токаеву", "Токаевым", "Токаеве", "Токаевой"],
    ["Мирзиёев", "Мирзиёева", "Мирзиёеву", "Мирзиёевым", "Мирзиеев"],
    ["Жапаров", "Жапарова", "Жапарову", "Жапаровым", "Жапаровой"],
    ["Назарбаев", "Назарбаева", "Назарбаевым"],
    ["Путин", "Путина", "Путину", "Путиным"],
  ])("gives every case form of %s the same stem", (...forms) => {
    const stems = new Set(forms.map((form) => stemWord(form, "ru")));
    expect([...stems]).toHaveLength(1);
  });

  it("joins feminine and masculine forms of a surname", () => {
    expect(stemWord("Отунбаева", "ru")).toBe(stemWord("Отунбаевой", "ru"));
  });

  it("leaves ordinary lower-case Russian words to Snowball", () => {
    const snowball = newStemmer("russian");
    for (const word of ["коровы", "городов", "домами", "красивая", "говорил", "экономики", "правительство"]) {
      expect(stemWord(word, "ru")).toBe(snowball.stem(word));
    }
    expect(stemWord("городов", "ru")).toBe(stemWord("город", "ru"));
  });

  it("folds ё before stemming", () => {
    expect(stemWord("ёлки", "ru")).toBe(stemWord("елки", "ru"));
  });

  it("detects the language by script when none is given", () => {
    expect(stemWord("running")).toBe("run");
    expect(stemWord("коровы")).toBe("коров");
    expect(stemWord("2024")).toBe("2024");
    expect(detectWordLanguage("Tokayev")).toBe("en");
    expect(detectWordLanguage("Токаев")).toBe("ru");
    expect(detectWordLanguage("١٢٣")).toBeUndefined();
  });
});

describe("createStemmer().queryStems", () => {
  it("adds the surname stem for a lower-case query so it meets capitalised documents", () => {
    const stemmer = createStemmer();
    const queryStems = stemmer.queryStems("токаев");
    expect(queryStems).toContain(stemmer.stem("Токаевым"));
    expect(queryStems).toContain(stemmer.stem("токаев"));
  });

  it("gives ordinary words just their Snowball stem", () => {
    expect(createStemmer().queryStems("экономика")).toEqual(["экономик"]);
  });
});
