// temporary (deleted before finishing): per-statement SQLite time and memory per batch during an import
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import Database from "better-sqlite3";
const times = new Map<string, { n: number; ms: number }>();
const proto = (Database as unknown as { prototype: { prepare: (s: string) => unknown } }).prototype;
const orig = proto.prepare;
proto.prepare = function (this: unknown, text: string) {
  const st = orig.call(this, text) as Record<string, (...a: unknown[]) => unknown>;
  for (const m of ["run", "all", "get", "iterate"]) {
    const f = st[m];
    if (typeof f !== "function") continue;
    st[m] = (...args: unknown[]) => {
      const t = performance.now();
      try { return f.apply(st, args); } finally {
        const k = text.replace(/\s+/g, " ").slice(0, 110);
        const e = times.get(k) ?? { n: 0, ms: 0 }; e.n++; e.ms += performance.now() - t; times.set(k, e);
      }
    };
  }
  return st;
} as typeof orig;
const { openDatabase } = await import("../src/db/connect.js");
const { migrateToLatest } = await import("../src/db/migrate.js");
const { createArticleService, createArticleStore } = await import("../src/articles/index.js");
const { importWordPressFiles } = await import("../src/importers/index.js");
const { createSearchHook, createSearchIndex } = await import("../src/search/index.js");
const file = process.argv[2] as string;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sqlprof-"));
const handle = openDatabase(path.join(dir, "x.db"));
await migrateToLatest(handle);
const store = createArticleStore(handle.db);
const searchIndex = createSearchIndex({ db: handle.db, dialect: handle.dialect, timeZone: "Asia/Almaty" });
const articles = createArticleService({ store, hooks: [createSearchHook(searchIndex)] });
let last = 0;
const t0 = performance.now();
const report = await importWordPressFiles([file], { db: handle.db, articles, articleStore: store, timeZone: "Asia/Almaty", mediaDir: path.join(dir, "media"),
  onProgress: (p) => { if (p.phase === "import" && p.items - last >= 1000) { last = p.items; const m = process.memoryUsage(); console.log(`items ${p.items} rss ${(m.rss/1048576).toFixed(0)} heapUsed ${(m.heapUsed/1048576).toFixed(0)} heapTotal ${(m.heapTotal/1048576).toFixed(0)} ext ${(m.external/1048576).toFixed(0)} ab ${(m.arrayBuffers/1048576).toFixed(0)} t ${((performance.now()-t0)/1000).toFixed(1)}`); } } });
if (process.env.SNAP) { (globalThis as {gc?: () => void}).gc?.(); (await import("node:v8")).writeHeapSnapshot(process.env.SNAP); }
console.log("posts", report.counts.posts, "s", ((performance.now() - t0) / 1000).toFixed(1));
const total = [...times.values()].reduce((a, b) => a + b.ms, 0);
console.log("sql total ms", total.toFixed(0));
for (const [k, v] of [...times].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25)) console.log(v.ms.toFixed(0).padStart(7), String(v.n).padStart(6), k);
await handle.close();
fs.rmSync(dir, { recursive: true, force: true });
