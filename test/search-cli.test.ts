import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { CliOutput } from "../src/cli/command.js";
import { main } from "../src/cli/main.js";

function capture(): CliOutput & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return {
    lines,
    errors,
    out: (l) => lines.push(l),
    err: (l) => errors.push(l),
    isTTY: false,
    write: () => {},
  };
}

describe("steppe search", () => {
  it("reindex rebuilds the index of the demo newsroom and reports what it did", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "steppe-search-cli-"));
    const env = {
      DATABASE_URL: path.join(dir, "steppe.db"),
      MEDIA_DIR: path.join(dir, "media"),
      LOG_LEVEL: "silent",
    };
    try {
      expect(await main(["demo"], env, capture())).toBe(0);
      const io = capture();
      expect(await main(["search", "reindex"], env, io)).toBe(0);
      expect(io.lines.join("\n")).toMatch(
        /Search index rebuilt in [\d.]+ s: \d{2} articles indexed, 0 stale entries removed\./,
      );
      const bad = capture();
      expect(await main(["search", "rebuild"], env, bad)).toBe(2);
      expect(bad.errors.join("\n")).toContain("steppe search reindex");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
