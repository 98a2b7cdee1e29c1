/**
 * Official rates end to end: fetch from local fake banks (the real recorded responses), store,
 * and read back through the ticker, the pages and the JSON API. Never touches the internet.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { readContentVersion } from "../src/db/content-version.js";
import { fetchRates, type SourceFetchReport } from "../src/rates/index.js";
import { ownRatesFixture, sharedRatesFixture } from "./fixtures/rates/helpers.js";
import { captureOutput } from "./helpers/cli-output.js";
import { testDialects } from "./helpers/databases.js";
import { openTestNewsroom, type TestNewsroom } from "./helpers/newsroom.js";
import { type FakeBanks, startFakeBanks } from "./helpers/rates-server.js";

/** Monday 25 May 2026, 11:00 in Almaty. */
const NOW = new Date("2026-05-25T06:00:00Z");
const FAST = { retries: 0, timeoutMs: 5_000, backoffMs: 1 };

function bySource(reports: SourceFetchReport[], source: string): SourceFetchReport {
  const found = reports.find((r) => r.source === source);
  if (found === undefined) throw new Error(`no report for ${source}`);
  return found;
}

describe.each(testDialects())("official rates on %s", (dialect) => {
  let banks: FakeBanks;
  let newsroom: TestNewsroom;

  beforeAll(async () => {
    banks = await startFakeBanks();
    newsroom = await openTestNewsroom({ dialect, now: () => NOW });
  });
  afterAll(async () => {
    await newsroom.close();
    await banks.close();
  });

  const fetchAll = (extra: Parameters<typeof fetchRates>[0] extends infer O ? Partial<O> : never = {}) =>
    fetchRates({ store: newsroom.rates, baseUrl: banks.url, http: FAST, now: () => NOW, ...extra });

  it("fetches every source from the banks' URL paths and stores the rates as published", async () => {
    const report = await fetchAll();
    const expected: Record<string, string> = {
      nbk: "2026-04-01",
      nbkr: "2026-05-24",
      "nbkr-weekly": "2026-05-23",
      nbt: "2026-05-18",
      cbu: "2026-04-01",
      cbt: "2026-05-20",
      cbr: "2026-04-25",
    };
    for (const [source, date] of Object.entries(expected)) {
      const r = bySource(report.sources, source);
      expect(r.status, `${source}: ${JSON.stringify(r.errors)}`).toBe("ok");
      expect(r.dates).toEqual([date]);
      expect(r.inserted).toBeGreaterThanOrEqual(5);
    }
    // No peg when the bank answered.
    expect(report.sources.some((r) => r.source === "cbt-peg")).toBe(false);
    // The banks' own paths and query strings were asked for.
    expect(banks.requests).toContain("/rss/get_rates.cfm?fdate=25.05.2026");
    expect(banks.requests).toContain("/en/arkhiv-kursov-valyut/json/all/2026-05-25/");
    expect(banks.requests).toContain("/kurs/2026/25052026.xml");

    const value = async (source: string, base: string, date: string, quote: string) => {
      const row = (await newsroom.rates.publication(source, base, date)).find((r) => r.quote === quote);
      return row && { value: row.value, nominal: row.nominal, bank_date: row.bank_date };
    };
    expect(await value("nbk", "KZT", "2026-04-01", "USD")).toEqual({
      value: "478.77",
      nominal: 1,
      bank_date: "2026-04-01",
    });
    expect(await value("nbk", "KZT", "2026-04-01", "UZS")).toMatchObject({ value: "3.93", nominal: 100 });
    expect(await value("nbk", "KZT", "2026-04-01", "EUR")).toMatchObject({ value: "548.62", nominal: 1 });
    expect(await value("nbkr", "KGS", "2026-05-24", "USD")).toMatchObject({ value: "87.4500", nominal: 1 });
    expect(await value("nbkr-weekly", "KGS", "2026-05-23", "TMT")).toMatchObject({ value: "24.9857" });
    expect(await value("nbt", "TJS", "2026-05-18", "KZT")).toMatchObject({ value: "0.1971", nominal: 10 });
    expect(await value("cbu", "UZS", "2026-04-01", "USD")).toMatchObject({ value: "12194.21", nominal: 1 });
    expect(await value("cbt", "TMT", "2026-05-20", "UZS")).toMatchObject({ value: "0.2913", nominal: 1000 });
    expect(await value("cbr", "RUB", "2026-04-25", "UZS")).toMatchObject({
      value: "62.8322",
      nominal: 10000,
    });
    // The requested day differed from the bank's; the report says so.
    expect(bySource(report.sources, "nbk").notes.join()).toContain("asked for 2026-05-25");
  });

  it("is idempotent: fetching the same publications again changes nothing, not even the content version", async () => {
    const before = await readContentVersion(newsroom.database.db);
    const count = await newsroom.rates.count();
    const report = await fetchAll();
    for (const r of report.sources) {
      expect(r.status).toBe("ok");
      expect(r.inserted + r.updated).toBe(0);
      expect(r.unchanged).toBeGreaterThan(0);
    }
    expect(await newsroom.rates.count()).toBe(count);
    expect(await readContentVersion(newsroom.database.db)).toBe(before);
  });

  it("a broken bank leaves the others updated, its own rates untouched, and the ticker on its last good values", async () => {
    const nbkBefore = await newsroom.rates.count("nbk");
    const cbuBefore = await newsroom.rates.count("cbu");
    banks.override("/rss/get_rates.cfm", { status: 200, body: ownRatesFixture("nbkr-error-page.html") });
    banks.override("/en/arkhiv-kursov-valyut/json/all/", {
      status: 200,
      body: ownRatesFixture("cbu-truncated.json"),
      type: "application/json",
    });
    // NBKR publishes a new day meanwhile.
    const nbkrNext = new TextDecoder("windows-1251")
      .decode(sharedRatesFixture("nbkr-daily-2026-05-24.xml"))
      .replace('Date="24.05.2026"', 'Date="25.05.2026"')
      .replace("87,4500", "87,5100");
    banks.override("/XML/daily.xml", { status: 200, body: nbkrNext, type: "application/xml" });
    try {
      const report = await fetchAll({ source: ["nbk", "cbu", "nbkr"] });
      const nbk = bySource(report.sources, "nbk");
      expect(nbk.status).toBe("failed");
      expect(nbk.errors[0]).toMatchObject({ code: "RATES_BAD_RESPONSE" });
      expect(nbk.errors[0]?.message).toMatch(/^nbk: expected XML with <rates>, got an HTML page/);
      expect(bySource(report.sources, "cbu").errors[0]?.message).toMatch(/^cbu: .*malformed or cut off/);
      expect(bySource(report.sources, "nbkr")).toMatchObject({
        status: "ok",
        dates: ["2026-05-25"],
        inserted: 5,
      });
    } finally {
      banks.reset();
    }
    expect(await newsroom.rates.count("nbk")).toBe(nbkBefore);
    expect(await newsroom.rates.count("cbu")).toBe(cbuBefore);

    const html = (await newsroom.app.inject({ url: "/" })).body;
    const ticker = html.slice(
      html.indexOf('class="ticker"'),
      html.indexOf("</section>", html.indexOf('class="ticker"')),
    );
    expect(ticker).toContain('USD/KZT</span> <span class="ticker-value">478.77');
    expect(ticker).toContain("Effective 1 April 2026, National Bank of Kazakhstan");
    // 1 April is more than three business days before 25 May.
    expect(ticker).toContain("not updated since 1 April 2026");
    // NBKR's new day shows, with its change against the previous publication.
    expect(ticker).toMatch(/USD\/KGS<\/span> <span class="ticker-value">87.51<\/span>[\s\S]*?\+0.07%/);
    expect(ticker).not.toContain("demo data");
  });

  it("falls back to the official 3.5 TMT/USD peg when the Central Bank of Turkmenistan is down", async () => {
    banks.override("/kurs/", { status: 404, body: "<html><body>Not Found</body></html>" });
    try {
      const report = await fetchAll({ source: "cbt", date: "2026-05-25" });
      const cbt = bySource(report.sources, "cbt");
      expect(cbt.status).toBe("fallback");
      expect(cbt.errors[0]?.message).toContain("HTTP 404");
      expect(bySource(report.sources, "cbt-peg")).toMatchObject({
        status: "ok",
        dates: ["2026-05-25"],
        inserted: 1,
      });
    } finally {
      banks.reset();
    }
    const [peg] = await newsroom.rates.publication("cbt-peg", "TMT", "2026-05-25");
    expect(peg).toMatchObject({ quote: "USD", value: "3.5", nominal: 1, bank_date: "2015-01-01" });
    const api = (await newsroom.app.inject({ url: "/api/rates/latest?symbols=TMT" })).json();
    expect(api).toMatchObject({ base: "USD", date: "2026-05-25", rates: { TMT: 3.5 } });
    expect(api.sources.TMT).toMatchObject({ source: "cbt-peg", peg: true });
  });

  describe("pages", () => {
    it("/rates shows the five currencies against USD, EUR, RUB and CNY with source and date", async () => {
      const response = await newsroom.app.inject({ url: "/rates" });
      expect(response.statusCode).toBe(200);
      const html = response.body;
      const row = (code: string) =>
        html.slice(
          html.indexOf(`id="rate-${code}"`),
          html.indexOf("</tr>", html.indexOf(`id="rate-${code}"`)),
        );
      expect(row("KZT")).toContain("USD/KZT</span> 478.77");
      expect(row("KZT")).toContain("EUR/KZT</span> 548.62");
      expect(row("KZT")).toContain("RUB/KZT</span> 5.87");
      expect(row("KZT")).toContain("National Bank of Kazakhstan");
      expect(row("KZT")).toContain('datetime="2026-04-01"');
      expect(row("UZS")).toContain("USD/UZS</span> 12,194.21");
      expect(row("KGS")).toContain("USD/KGS</span> 87.5100");
      expect(row("KGS")).toContain("CNY/KGS</span> 12.8707");
      expect(row("TJS")).toContain("EUR/TJS</span> 10.8757");
      // TMT: the peg for USD (newest), CBT's own crosses of 20 May for the others, dated.
      expect(row("TMT")).toContain("USD/TMT</span> 3.50");
      expect(row("TMT")).toContain("EUR/TMT</span> 4.0649");
      expect(row("TMT")).toContain("20 May 2026");
      expect(row("TMT")).toContain("official fixed rate");
      const ru = await newsroom.app.inject({ url: "/ru/rates" });
      expect(ru.statusCode).toBe(200);
      expect(ru.body).toContain("Официальные курсы валют");
      expect(ru.body).toContain("USD/UZS</span> 12\u00a0194,21");
    });

    it("/rates/KZT has an inline SVG chart, figures, a table, range links and a CSV download", async () => {
      const response = await newsroom.app.inject({ url: "/rates/KZT?range=all" });
      expect(response.statusCode).toBe(200);
      const html = response.body;
      expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="rate-chart"');
      expect(html).toContain('href="/rates/KZT"');
      expect(html).toContain('href="/rates/KZT?range=1y"');
      expect(html).toContain('href="/rates/KZT.csv"');
      expect(html).toMatch(/<td class="num">478.77<\/td>/);
      expect((await newsroom.app.inject({ url: "/ru/rates/KZT" })).body).toContain(
        "история официального курса",
      );
      expect((await newsroom.app.inject({ url: "/rates/XYZ" })).statusCode).toBe(404);
      expect((await newsroom.app.inject({ url: "/rates/kzt" })).headers.location).toBe("/rates/KZT");

      const csv = await newsroom.app.inject({ url: "/rates/UZS.csv" });
      expect(csv.headers["content-type"]).toContain("text/csv");
      expect(csv.body.split("\r\n")).toEqual([
        "date,pair,rate,source,bank_date,published_value,nominal,demo",
        "2026-04-01,USD/UZS,12194.21,cbu,2026-04-01,12194.21,1,0",
        "",
      ]);
    });

    it("/rates/convert converts exactly and says which rate and date it used", async () => {
      const r = await newsroom.app.inject({
        url: "/rates/convert?amount=1000&from=USD&to=KZT&date=2026-04-05",
      });
      expect(r.statusCode).toBe(200);
      expect(r.body).toContain("1,000 USD = 478,770.00 KZT");
      expect(r.body).toContain(
        "Rate used: USD/KZT 478.77 from the National Bank of Kazakhstan, in effect on 1 April 2026.",
      );
      // KZT to UZS goes through the Central Bank of Uzbekistan's own KZT quote (25.53 UZS per tenge).
      const cross = await newsroom.app.inject({ url: "/rates/convert?amount=2500,5&from=KZT&to=UZS" });
      expect(cross.body).toContain("2,500.5 KZT = 63,837.77 UZS");
      const bad = await newsroom.app.inject({ url: "/ru/rates/convert?amount=-3&from=USD&to=KZT" });
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain("Введите сумму больше нуля");
      const form = await newsroom.app.inject({ url: "/rates/convert" });
      expect(form.body).toContain('<form method="get" action="/rates/convert"');
    });
  });

  describe("JSON API", () => {
    const get = (url: string) => newsroom.app.inject({ url });

    it("answers latest in the Frankfurter shape with the banks' figures", async () => {
      const r = await get("/api/rates/latest?base=USD&symbols=KZT,UZS");
      expect(r.statusCode).toBe(200);
      expect(r.headers["cache-control"]).toBe("public, max-age=60");
      expect(r.json()).toMatchObject({
        amount: 1,
        base: "USD",
        date: "2026-04-01",
        rates: { KZT: 478.77, UZS: 12194.21 },
      });
    });

    it("answers a weekend with the last publication and its date; amount and crosses are exact", async () => {
      expect((await get("/api/rates/2026-04-05?symbols=KZT")).json()).toMatchObject({
        date: "2026-04-01",
        rates: { KZT: 478.77 },
      });
      // 100 KZT in USD: 100 / 478.77.
      expect((await get("/api/rates/2026-04-05?base=KZT&symbols=USD&amount=100")).json().rates.USD).toBe(
        0.208868559,
      );
      // EUR in KZT through NBK's own quotes; USD per EUR through NBK as well.
      expect((await get("/api/rates/2026-04-01?from=EUR&to=KZT")).json().rates.KZT).toBe(548.62);
      expect((await get("/api/rates/2026-04-01?base=KZT&symbols=UZS")).json().rates.UZS).toBe(25.53);
    });

    it("answers a range by date", async () => {
      const r = (await get("/api/rates/2026-05-01..2026-05-31?symbols=KGS")).json();
      expect(r).toMatchObject({
        base: "USD",
        start_date: "2026-05-24",
        end_date: "2026-05-25",
        rates: { "2026-05-24": { KGS: 87.45 }, "2026-05-25": { KGS: 87.51 } },
      });
    });

    it("refuses bad input with 400 and a code, and says 404 when nothing is stored", async () => {
      for (const url of [
        "/api/rates/latest?symbols=XYZ",
        "/api/rates/2026-13-01",
        "/api/rates/2026-05-01..2026-04-01",
        "/api/rates/latest?amount=abc",
        "/api/rates/latest?base=KZT&symbols=KZT",
      ]) {
        const r = await get(url);
        expect(r.statusCode, url).toBe(400);
        expect(r.json().error.code, url).toBe("VALIDATION_FAILED");
        expect(r.headers["cache-control"]).toBe("no-store");
      }
      const none = await get("/api/rates/2026-03-31?symbols=KZT");
      expect(none.statusCode).toBe(404);
      expect(none.json().error.code).toBe("RATES_NOT_AVAILABLE");
      expect((await get("/api/rates/openapi.json")).json()).toMatchObject({ openapi: "3.1.0" });
    });
  });
});

describe("steppe rates fetch", () => {
  let banks: FakeBanks;
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    banks = await startFakeBanks();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "steppe-rates-cli-"));
    env = {
      DATABASE_URL: path.join(dir, "steppe.db"),
      MEDIA_DIR: path.join(dir, "media"),
      LOG_LEVEL: "silent",
    };
  });
  afterAll(async () => {
    await banks.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("exits 0 when every source was fetched, with a summary line per source", async () => {
    const io = captureOutput();
    expect(await main(["rates", "fetch", "--base-url", banks.url, "--retries", "0"], env, io)).toBe(0);
    expect(io.lines.find((l) => l.startsWith("nbk:"))).toMatch(
      /^nbk: ok; \d+ new, 0 changed, 0 unchanged for 2026-04-01; asked for \d{4}-\d{2}-\d{2}, the bank answered with its rates for 2026-04-01$/,
    );
    expect(io.lines.filter((l) => /^(nbk|nbkr|nbkr-weekly|nbt|cbu|cbt|cbr): ok/.test(l))).toHaveLength(7);
  });

  it("exits 1 when some sources failed, and backfills a range", async () => {
    banks.override("/scripts/XML_daily.asp", { status: 200, body: "" });
    try {
      const io = captureOutput();
      const code = await main(
        [
          "rates",
          "fetch",
          "--source",
          "nbt",
          "--source",
          "cbr",
          "--from",
          "2026-05-15",
          "--to",
          "2026-05-18",
          "--base-url",
          banks.url,
          "--retries",
          "0",
        ],
        env,
        io,
      );
      expect(code).toBe(1);
      expect(io.lines).toContain("Asked 6 source-days.");
      expect(io.lines.find((l) => l.startsWith("nbt:"))).toMatch(
        /^nbt: ok; 0 new, 0 changed, \d+ unchanged for 2026-05-18/,
      );
      expect(io.lines.find((l) => l.startsWith("cbr:"))).toContain(
        "failed 2026-05-15: cbr: expected XML with <ValCurs>, got an empty body",
      );
    } finally {
      banks.reset();
    }
  });

  it("exits 3 when nothing could be fetched, 2 on bad arguments, and has help", async () => {
    const io = captureOutput();
    expect(
      await main(
        ["rates", "fetch", "--base-url", "http://127.0.0.1:9", "--retries", "0", "--source", "nbk"],
        env,
        io,
      ),
    ).toBe(3);
    expect(io.lines[0]).toMatch(
      /^nbk: failed; failed \d{4}-\d{2}-\d{2}: GET http:\/\/127.0.0.1:9\/rss\/get_rates.cfm/,
    );
    for (const args of [
      ["rates", "fetch", "--date", "2026-02-30"],
      ["rates", "fetch", "--source", "ecb"],
      ["rates", "fetch", "--date", "2026-04-01", "--from", "2026-04-01"],
      ["rates", "frobnicate"],
      ["rates", "fetch", "--frob"],
    ]) {
      const bad = captureOutput();
      expect(await main(args, env, bad), args.join(" ")).toBe(2);
      expect(bad.errors).toHaveLength(1);
      expect(bad.errors[0]).not.toContain("\n");
    }
    const help = captureOutput();
    expect(await main(["rates", "--help"], env, help)).toBe(0);
    expect(help.lines.join("\n")).toContain("Usage: steppe rates fetch");
  });
});
