import type { SearchRequest } from "../src/search/index.js";

/** The fixed query mix: single words, phrases, names in both scripts, filters, deep pages. */
export const MIX: { label: string; request: Omit<SearchRequest, "now">; like: string }[] = [
  { label: "word en", request: { q: "reservoir" }, like: "reservoir" },
  { label: "word ru", request: { q: "водохранилище" }, like: "водохранилище" },
  { label: "common word", request: { q: "government" }, like: "government" },
  { label: "two words", request: { q: "harvest cotton" }, like: "harvest" },
  { label: "phrase", request: { q: '"railway freight"' }, like: "railway freight" },
  { label: "prefix", request: { q: "irrig*" }, like: "irrig" },
  { label: "name latin", request: { q: "Mirziyoev" }, like: "Mirziyoev" },
  { label: "name cyrillic", request: { q: "Токаев" }, like: "Токаев" },
  { label: "name renamed", request: { q: "Alma-Ata" }, like: "Alma-Ata" },
  { label: "name variant", request: { q: "Zhaparov" }, like: "Zhaparov" },
  { label: "filter country", request: { q: "bridge", filters: { country: "KG" } }, like: "bridge" },
  {
    label: "filter lang+date",
    request: { q: "зерно", filters: { language: "ru", from: "2025-01-01T00:00:00.000Z" } },
    like: "зерно",
  },
  { label: "newest sort", request: { q: "election", sort: "newest" }, like: "election" },
  { label: "deep page", request: { q: "water", offset: 500 }, like: "water" },
  { label: "exclusion", request: { q: "dam -flood" }, like: "dam" },
];
