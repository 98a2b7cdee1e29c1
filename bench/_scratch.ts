import { createArticleService, createArticleStore } from "../src/articles/index.js";
import { openDatabase } from "../src/db/connect.js";
import { migrateToLatest } from "../src/db/migrate.js";
import { createSearchIndex } from "../src/search/create-search-index.js";
import { createSearchHook } from "../src/search/search-hook.js";
const h = openDatabase(":memory:");
await migrateToLatest(h);
const index = createSearchIndex({ db: h.db, dialect: "sqlite", timeZone: "Asia/Almaty" });
const store = createArticleStore(h.db);
const svc = createArticleService({ store, hooks: [createSearchHook(index)] });
await svc.create({ language: "ru", title: "Мирзиёев встретился с Токаевым в Алма-Ате", body: "<p>Президент Узбекистана Шавкат Мирзиёев прибыл в Алматы. Жапаров тоже.</p>", status: "published", publishedAt: "2026-01-01T00:00:00Z" });
await svc.create({ language: "en", title: "Tokayev visits Tashkent", body: "<p>President Kassym-Jomart Tokayev met Mirziyoyev on the Amu Darya. Kirghizia was mentioned.</p>", status: "published", publishedAt: "2026-01-02T00:00:00Z" });
const now = new Date().toISOString();
for (const q of ["Mirziyoev", "Мирзиёев", "Tokaev", "Токаев", "Zhaparov", "Alma-Ata", "Almaty", "Kyrgyzstan", "Амударья", "amu darya", "tokayev -tashkent", '"Tokayev visits"', 'toka*', 'Tokayev OR NEAR( ") * ^ {title}:x', "🎄\u0000\u0007", "x".repeat(10000), "Tashkemt", "presidnt"]) {
  const r = await index.search({ q, now });
  console.log(JSON.stringify(q.slice(0, 40)), r.total, r.fallback, r.didYouMean, r.hits.map(h => h.snippetHtml.slice(0, 90)), JSON.stringify(r.facets.country));
}
console.log(await index.suggest("tok", { now }));
console.log(await index.countryArticles({ country: "UZ", now }));
console.log(await index.reindex());
