import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CliOutput } from "../src/cli/command.js";
import { main } from "../src/cli/main.js";
import { type ImportReport, importCaptures } from "../src/importers/index.js";
import { openTestNewsroom, type TestNewsroom } from "./helpers/newsroom.js";

const FILES = [
  ...fs.readdirSync("../shared/fixtures/captures").map((f) => path.resolve("../shared/fixtures/captures", f)),
  ...fs.readdirSync("test/fixtures/captures").map((f) => path.resolve("test/fixtures/captures", f)),
];

async function counts(n: TestNewsroom): Promise<{ articles: number; revisions: number; rates: number }> {
  const one = async (table: "articles" | "revisions" | "rates") =>
    Number(
      (
        await n.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { articles: await one("articles"), revisions: await one("revisions"), rates: await one("rates") };
}

describe("capture import", () => {
  let n: TestNewsroom;
  const options = () => ({
    db: n.database.db,
    articles: n.articles,
    articleStore: n.articleStore,
    rates: n.rates,
    timeZone: n.config.siteTimeZone,
  });
  beforeEach(async () => {
    n = await openTestNewsroom();
  });
  afterEach(async () => n.close());

  it("imports the articles of every capture, merging duplicates, with reasons", async () => {
    const report = await importCaptures(FILES, options());
    expect(report.status).toBe("complete");
    expect(report.found).toBeGreaterThan(report.counts.articles?.created ?? 0);
    expect(report.counts.articles?.created).toBe(5);
    expect(report.merged.length).toBeGreaterThan(0);
    for (const m of report.merged) expect(m.reason).not.toBe("");
    expect(report.skippedByReason["ticker line; its values are kept as rates"]).toBeGreaterThan(0);

    // A dated article is published on its day and shows on the site.
    const tram = await n.app.inject(
      "/2026/05/new-tram-line-to-link-the-old-town-with-the-northern-districts",
    );
    expect(tram.statusCode).toBe(200);
    expect(tram.body).toContain("New Tram Line to Link the Old Town");
    const harvest = await n.app.inject(
      "/2026/05/wheat-harvest-in-the-northern-valleys-beats-the-five-year-average",
    );
    expect(harvest.statusCode).toBe(200);
    const ru = await n.database.db
      .selectFrom("articles")
      .select(["language", "source_key"])
      .where("language", "=", "ru")
      .execute();
    expect(ru.length).toBe(1);
    expect(ru[0]?.source_key).toMatch(/^capture:/);
  });

  it("stores the ticker rates once, as published, dated by the page", async () => {
    await importCaptures(FILES, options());
    const rows = await n.database.db
      .selectFrom("rates")
      .selectAll()
      .where("source", "=", "capture")
      .execute();
    const kgs = rows.find((r) => r.quote === "KGS" && r.date === "2026-02-13");
    // "KGS/USD = 0.01144": 0.01144 USD buy 1 KGS.
    expect(kgs).toMatchObject({ base: "USD", value: "0.01144", nominal: 1 });
    const again = await importCaptures(FILES, options());
    expect(again.counts.rates).toMatchObject({ created: 0, unchanged: rows.length });
    expect((await counts(n)).rates).toBe(rows.length);
  });

  it("re-imports idempotently and writes nothing on a dry run", async () => {
    const before = await counts(n);
    const dry = await importCaptures(FILES, { ...options(), dryRun: true });
    expect(dry.counts.articles?.created).toBe(5);
    expect(await counts(n)).toEqual(before);
    await importCaptures(FILES, options());
    const after = await counts(n);
    const again = await importCaptures(FILES, options());
    expect(again.counts.articles).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
    expect(await counts(n)).toEqual(after);
  });

  it("runs from the CLI with a JSON report and exit codes", async () => {
    const lines: string[] = [];
    const io: CliOutput = { out: (l) => lines.push(l), err: () => {}, isTTY: false, write: () => {} };
    const env = { DATABASE_URL: n.config.databaseUrl, MEDIA_DIR: n.config.mediaDir, LOG_LEVEL: "silent" };
    expect(await main(["import", "capture", "--json", ...FILES], env, io)).toBe(0);
    const report = JSON.parse(lines.join("\n")) as ImportReport;
    expect(report).toMatchObject({ importer: "capture", status: "complete" });
    expect(report.counts.rates?.created).toBeGreaterThan(0);
    expect(await main(["import", "capture", path.join(n.dir, "missing.txt")], env, io)).toBe(2);
  });

  it("stops with a clear error, writing nothing, when an import outgrows IMPORT_HEAP_MB", async () => {
    // Captures are read whole before they are split and merged: a 22 MB page does not fit in the
    // smallest heap allowed.
    const page = fs.readFileSync(path.resolve("test/fixtures/captures/kyzyltal-concert-ru.txt"), "utf8");
    const paragraphs = Array.from(
      { length: 200_000 },
      (_, i) => `Абзац ${i} о городском транспорте, погоде и ценах в долине ${i * 7}.`,
    );
    const file = path.join(n.dir, "huge-capture.txt");
    fs.writeFileSync(file, `${page}\n${paragraphs.join("\n")}\n`);
    const errors: string[] = [];
    const io: CliOutput = { out: () => {}, err: (l) => errors.push(l), isTTY: false, write: () => {} };
    const env = {
      DATABASE_URL: n.config.databaseUrl,
      MEDIA_DIR: n.config.mediaDir,
      LOG_LEVEL: "silent",
      IMPORT_HEAP_MB: "64",
    };
    const before = await counts(n);
    expect(await main(["import", "capture", file], env, io)).toBe(1);
    expect(errors.join("\n")).toMatch(/ran out of memory \(its heap is limited to 64 MB by IMPORT_HEAP_MB\)/);
    expect(errors.join("\n")).toContain("run the same command again");
    expect(await counts(n)).toEqual(before);
    // The process and the database are fine: the usual captures import as before.
    expect(await main(["import", "capture", ...FILES], { ...env, IMPORT_HEAP_MB: "160" }, io)).toBe(0);
  }, 60_000);
});
