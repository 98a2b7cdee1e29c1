import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * A reader's path through the demo newsroom in Debian's Chromium: the front page, a story,
 * the rates strip and a figure caption, without and with JavaScript.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARTIFACTS = path.resolve(".e2e-artifacts");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function waitForServer(url: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not answer at ${url}:\n${log()}`);
}

describe.skipIf(!fs.existsSync(CHROMIUM))("reader in a browser", () => {
  let server: ChildProcess;
  let browser: Browser;
  let base = "";
  let dir = "";

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "steppe-e2e-"));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    let output = "";
    server = spawn(process.execPath, ["dist/cli/bin.js", "start"], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: "127.0.0.1",
        SITE_URL: base,
        DATABASE_URL: path.join(dir, "steppe.db"),
        MEDIA_DIR: path.join(dir, "media"),
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout?.on("data", (d: Buffer) => {
      output += d.toString();
    });
    server.stderr?.on("data", (d: Buffer) => {
      output += d.toString();
    });
    await waitForServer(`${base}/`, server, () => output);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    server?.kill("SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("opens the front page, follows a story, and sees the ticker and a figure caption", async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1440, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await expect(page.title()).resolves.toContain("Steppe");
    const ticker = page.getByRole("region", { name: "Official exchange rates against the US dollar" });
    await ticker.waitFor({ state: "visible" });
    const tickerText = await ticker.textContent();
    for (const pair of ["USD/KZT", "USD/KGS", "USD/TJS", "USD/UZS", "USD/TMT"])
      expect(tickerText).toContain(pair);
    expect(tickerText).not.toMatch(/-0%|0\.0000\d/);
    await page.screenshot({ path: path.join(ARTIFACTS, "front-1440.png"), fullPage: false });

    // Follow the first story that has a figure in its body.
    const links = await page
      .locator(".card-title a")
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    let found = false;
    for (const href of links) {
      await page.goto(href);
      if ((await page.locator(".article-body figure figcaption").count()) > 0) {
        found = true;
        break;
      }
    }
    expect(found).toBe(true);
    await expect(page.locator("h1.article-title").isVisible()).resolves.toBe(true);
    const caption = page.locator(".article-body figure figcaption").first();
    await caption.scrollIntoViewIfNeeded();
    await expect(caption.isVisible()).resolves.toBe(true);
    expect((await caption.textContent())?.length ?? 0).toBeGreaterThan(10);
    await expect(page.locator(".ticker").isVisible()).resolves.toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, "article-1440.png"), fullPage: true });
    await context.close();
  });

  it("searches a name in another script and converts a currency, all without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.getByRole("searchbox", { name: "Search the site" }).fill("Мирзиёев");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/search\?q=/);
    const count = await page.locator(".result-count").first().textContent();
    expect(count).toMatch(/Showing 1–\d+ of \d+/);
    expect(await page.locator("mark").count()).toBeGreaterThan(0);
    await page.goto(`${base}/rates/convert?amount=100&from=USD&to=KZT`);
    expect(await page.locator("main").textContent()).toMatch(/100 USD = [\d,]+\.\d{2} KZT/);
    await page.screenshot({ path: path.join(ARTIFACTS, "search-and-convert.png") });
    await context.close();
  });

  it("reads well on a 375 px phone, with no horizontal scrolling of the page", async () => {
    const context = await browser.newContext({
      viewport: { width: 375, height: 812 },
      reducedMotion: "reduce",
    });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(1);
    await page.screenshot({ path: path.join(ARTIFACTS, "front-375.png") });
    await context.close();
  });

  it("has no serious accessibility violations on the front page and an article", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/`);
    const front = await new AxeBuilder({ page }).analyze();
    const serious = (r: typeof front) =>
      r.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious(front).map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    const first = await page.locator(".card-title a").first().getAttribute("href");
    await page.goto(`${base}${first}`);
    const article = await new AxeBuilder({ page }).analyze();
    expect(serious(article).map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await context.close();
  });
});
