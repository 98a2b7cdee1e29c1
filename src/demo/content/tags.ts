import type { DemoTag } from "../types.js";

export const demoTags: DemoTag[] = [
  // Sections
  { key: "politics", kind: "section", name: { en: "Politics", ru: "Политика" } },
  { key: "economy", kind: "section", name: { en: "Economy", ru: "Экономика" } },
  { key: "society", kind: "section", name: { en: "Society", ru: "Общество" } },
  {
    key: "energy-environment",
    kind: "section",
    name: { en: "Energy & Environment", ru: "Энергетика и экология" },
  },
  { key: "culture", kind: "section", name: { en: "Culture", ru: "Культура" } },

  // Countries
  { key: "kazakhstan", kind: "country", code: "KZ", name: { en: "Kazakhstan", ru: "Казахстан" } },
  { key: "kyrgyzstan", kind: "country", code: "KG", name: { en: "Kyrgyzstan", ru: "Кыргызстан" } },
  { key: "tajikistan", kind: "country", code: "TJ", name: { en: "Tajikistan", ru: "Таджикистан" } },
  { key: "uzbekistan", kind: "country", code: "UZ", name: { en: "Uzbekistan", ru: "Узбекистан" } },
  { key: "turkmenistan", kind: "country", code: "TM", name: { en: "Turkmenistan", ru: "Туркменистан" } },
  { key: "afghanistan", kind: "country", code: "AF", name: { en: "Afghanistan", ru: "Афганистан" } },
  { key: "china", kind: "country", code: "CN", name: { en: "China", ru: "Китай" } },
  { key: "russia", kind: "country", code: "RU", name: { en: "Russia", ru: "Россия" } },

  // Topics
  { key: "water", kind: "topic", name: { en: "Water", ru: "Вода" } },
  { key: "energy", kind: "topic", name: { en: "Energy", ru: "Энергетика" } },
  { key: "transport", kind: "topic", name: { en: "Transport", ru: "Транспорт" } },
  { key: "trade", kind: "topic", name: { en: "Trade", ru: "Торговля" } },
  { key: "elections", kind: "topic", name: { en: "Elections", ru: "Выборы" } },
  { key: "migration", kind: "topic", name: { en: "Migration", ru: "Миграция" } },
  { key: "agriculture", kind: "topic", name: { en: "Agriculture", ru: "Сельское хозяйство" } },
  { key: "finance", kind: "topic", name: { en: "Money & Finance", ru: "Финансы" } },
  { key: "climate", kind: "topic", name: { en: "Climate", ru: "Климат" } },
  { key: "education", kind: "topic", name: { en: "Education", ru: "Образование" } },
  { key: "tourism", kind: "topic", name: { en: "Tourism", ru: "Туризм" } },
  { key: "health", kind: "topic", name: { en: "Health", ru: "Здоровье" } },
  { key: "cities", kind: "topic", name: { en: "Cities", ru: "Города" } },
  { key: "governance", kind: "topic", name: { en: "Governance", ru: "Госуправление" } },
];
