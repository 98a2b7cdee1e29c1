import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { captureOutput } from "./helpers/cli-output.js";

describe("steppe search", () => {
  it("reindex rebuilds the index of the demo newsroom and reports what it did", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "steppe-search-cli-"));
    const env = {
      DATABASE_URL: path.join(dir, "steppe.db"),
      MEDIA_DIR: path.join(dir, "media"),
      LOG_LEVEL: "silent",
    };
    try {
      expect(await main(["demo"], env, captureOutput())).toBe(0);
      const io = captureOutput();
      expect(await main(["search", "reindex"], env, io)).toBe(0);
      expect(io.lines.join("\n")).toMatch(
        /Search index rebuilt in [\d.]+ s: \d{2} articles indexed, 0 stale entries removed\./,
      );
      const bad = captureOutput();
      expect(await main(["search", "rebuild"], env, bad)).toBe(2);
      expect(bad.errors.join("\n")).toContain("steppe search reindex");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
