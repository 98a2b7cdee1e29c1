import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createArticleService, createArticleStore } from "../../articles/index.js";
import { openDatabase } from "../../db/connect.js";
import { readContentVersion } from "../../db/content-version.js";
import { migrateToLatest } from "../../db/migrate.js";
import { importWordPressFiles } from "./import-wordpress.js";

const FIXTURE = path.resolve(
  import.meta.dirname,
  "../../../../shared/fixtures/wordpress/ghostmigrate-sample.xml",
);

describe("WordPress import and the content version", () => {
  it("changes the content version when a batch writes articles, and keeps it when nothing changed", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "steppe-import-cv-"));
    const handle = openDatabase(path.join(dir, "cv.db"));
    try {
      await migrateToLatest(handle);
      const store = createArticleStore(handle.db);
      const articles = createArticleService({ store });
      const options = {
        db: handle.db,
        articles,
        articleStore: store,
        timeZone: "Asia/Almaty",
        mediaDir: dir,
      };
      const before = await readContentVersion(handle.db);
      const first = await importWordPressFiles([FIXTURE], options);
      expect(first.counts.posts?.created ?? 0).toBeGreaterThan(0);
      const afterImport = await readContentVersion(handle.db);
      // Cached pages must be invalidated by an import.
      expect(afterImport).not.toBe(before);
      await importWordPressFiles([FIXTURE], options);
      expect(await readContentVersion(handle.db)).toBe(afterImport);
    } finally {
      await handle.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
