import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { COMMAND_AREAS, loadCommand, loadCommands } from "../src/cli/commands/index.js";
import { main } from "../src/cli/main.js";
import { loadConfig } from "../src/config.js";
import { isAppError } from "../src/core/errors.js";
import { captureOutput } from "./helpers/cli-output.js";

describe("configuration", () => {
  it("uses documented defaults", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      siteName: "Steppe",
      siteTimeZone: "Asia/Almaty",
      siteUrl: "http://localhost:3000",
      importHeapMb: 160,
    });
    expect(config.databaseUrl).toBe("./data/steppe.db");
  });

  it("rejects a wrong value with a one-line message naming the variable", () => {
    for (const [name, value] of [
      ["PORT", "eighty"],
      ["SITE_TIME_ZONE", "Mars/Olympus"],
      ["SITE_URL", "news.example.org"],
      ["LOG_LEVEL", "loud"],
      ["DATABASE_URL", "mysql://root@localhost/steppe"],
      ["IMPORT_HEAP_MB", "16"],
    ] as const) {
      try {
        loadConfig({ [name]: value });
        expect.unreachable(`${name}=${value} should be rejected`);
      } catch (error) {
        expect(isAppError(error, "CONFIG_INVALID")).toBe(true);
        const message = (error as Error).message;
        expect(message).toContain(`${name}="${value}"`);
        expect(message).not.toContain("\n");
      }
    }
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ PORT: "" }).port).toBe(3000);
  });
});

describe("steppe CLI", () => {
  it("prints help for the tool and for every command", async () => {
    const io = captureOutput();
    expect(await main(["--help"], {}, io)).toBe(0);
    const help = io.lines.join("\n");
    for (const command of ["start", "serve", "migrate", "demo"]) {
      expect(help).toContain(command);
      const each = captureOutput();
      expect(await main([command, "--help"], {}, each)).toBe(0);
      expect(each.lines.join("\n")).toContain(`Usage: steppe ${command}`);
    }
  });

  it("knows the module of every command, and every command of each module", async () => {
    // The command modules are loaded lazily by name: a command missing from COMMAND_AREAS would
    // be unreachable, a stale name would load a module without it.
    const all = await loadCommands();
    expect(Object.keys(all).sort()).toEqual(Object.keys(COMMAND_AREAS).sort());
    for (const name of Object.keys(COMMAND_AREAS)) expect(await loadCommand(name)).toBe(all[name]);
    expect(await loadCommand("toString")).toBeUndefined();
    const help = captureOutput();
    expect(await main(["--help"], {}, help)).toBe(0);
    for (const name of Object.keys(COMMAND_AREAS)) expect(help.lines.join("\n")).toContain(`  ${name} `);
  });

  it("fails clearly on an unknown command and on bad configuration", async () => {
    const io = captureOutput();
    expect(await main(["frobnicate"], {}, io)).toBe(2);
    expect(io.errors.join("\n")).toContain('unknown command "frobnicate"');
    const bad = captureOutput();
    expect(await main(["migrate"], { PORT: "-5" }, bad)).toBe(2);
    expect(bad.errors).toHaveLength(1);
    expect(bad.errors[0]).toContain("PORT");
  });

  it("migrates and loads the demo newsroom idempotently", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "steppe-cli-"));
    const env = { DATABASE_URL: path.join(dir, "db.sqlite"), MEDIA_DIR: path.join(dir, "media") };
    try {
      const first = captureOutput();
      expect(await main(["migrate"], env, first)).toBe(0);
      expect(first.lines.join("\n")).toContain("001-initial");
      const demo = captureOutput();
      expect(await main(["demo"], env, demo)).toBe(0);
      const loaded = Number(/(\d+) articles and (\d+) translations loaded/.exec(demo.lines.join("\n"))?.[1]);
      expect(loaded).toBeGreaterThanOrEqual(30);
      expect(fs.existsSync(path.join(dir, "media", "demo"))).toBe(true);
      const again = captureOutput();
      expect(await main(["demo"], env, again)).toBe(0);
      expect(again.lines.join("\n")).toContain("0 articles and 0 translations loaded");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
