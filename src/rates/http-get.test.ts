import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { isAppError } from "../core/errors.js";
import { httpGet } from "./http-get.js";

const servers: Server[] = [];

/** A server on 127.0.0.1 with a free port; `handle` gets the 1-based request number. */
async function serve(handle: (n: number, res: ServerResponse, headers: IncomingHttpHeaders) => void) {
  let count = 0;
  const server = createServer((req, res) => {
    count += 1;
    handle(count, res, req.headers);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/XML/daily.xml`, requests: () => count };
}

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error("expected httpGet to fail");
}

const BODY = '<?xml version="1.0" encoding="windows-1251" ?><CurrencyRates Date="24.05.2026"/>';

describe("httpGet", () => {
  it("retries a server that fails twice, then returns the bytes and sends the headers", async () => {
    const seen: IncomingHttpHeaders[] = [];
    const server = await serve((n, res, headers) => {
      seen.push(headers);
      if (n <= 2) {
        res.writeHead(503).end("try later");
        return;
      }
      res.writeHead(200, { "Content-Type": "application/xml" }).end(Buffer.from(BODY, "latin1"));
    });
    const waits: number[] = [];
    const bytes = await httpGet(server.url, {
      timeoutMs: 2000,
      retries: 2,
      backoffMs: 5,
      headers: { "User-Agent": "Mozilla/5.0 test" },
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    expect(new TextDecoder().decode(bytes)).toBe(BODY);
    expect(server.requests()).toBe(3);
    expect(waits).toEqual([5, 10]); // exponential backoff
    expect(seen.every((h) => h["user-agent"] === "Mozilla/5.0 test")).toBe(true);
  });

  it("really waits between attempts by default", async () => {
    const server = await serve((n, res) =>
      n === 1 ? res.writeHead(500).end() : res.writeHead(200).end("ok"),
    );
    const started = performance.now();
    await httpGet(server.url, { timeoutMs: 2000, retries: 1, backoffMs: 50 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
  });

  it("gives up after the last retry, naming the URL and the last status", async () => {
    const server = await serve((_n, res) => res.writeHead(500, "Internal Server Error").end());
    const error = await failure(httpGet(server.url, { timeoutMs: 2000, retries: 2, backoffMs: 1 }));
    expect(error.code).toBe("RATES_FETCH_FAILED");
    expect(error.message).toBe(
      `GET ${server.url} failed: HTTP 500 Internal Server Error (after 3 attempts).`,
    );
    expect(error.details).toEqual({ url: server.url, attempts: 3, status: 500 });
    expect(server.requests()).toBe(3);
  });

  it("retries 429 and honours a short Retry-After", async () => {
    const server = await serve((n, res) =>
      n === 1 ? res.writeHead(429, { "Retry-After": "1" }).end() : res.writeHead(200).end("ok"),
    );
    const waits: number[] = [];
    const bytes = await httpGet(server.url, {
      timeoutMs: 2000,
      retries: 1,
      backoffMs: 5,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    expect(new TextDecoder().decode(bytes)).toBe("ok");
    expect(waits).toEqual([1000]);
  });

  it("does not retry a 404", async () => {
    const server = await serve((_n, res) =>
      res.writeHead(404, "Not Found").end("<!DOCTYPE html><html></html>"),
    );
    const error = await failure(httpGet(server.url, { timeoutMs: 2000, retries: 3, backoffMs: 1 }));
    expect(error.message).toBe(`GET ${server.url} failed: HTTP 404 Not Found (after 1 attempt).`);
    expect(error.details).toMatchObject({ status: 404, attempts: 1 });
    expect(server.requests()).toBe(1);
  });

  it("times out a server that hangs longer than the timeout, on every attempt", async () => {
    const server = await serve(() => {
      // Never answers.
    });
    const started = performance.now();
    const error = await failure(httpGet(server.url, { timeoutMs: 150, retries: 1, backoffMs: 1 }));
    const elapsed = performance.now() - started;
    expect(error.message).toBe(`GET ${server.url} failed: no response within 150 ms (after 2 attempts).`);
    expect(server.requests()).toBe(2);
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(5000);
  });

  it("times out a body that stalls after the headers", async () => {
    const server = await serve((_n, res) => {
      res.writeHead(200, { "Content-Type": "application/xml" });
      res.write("<CurrencyRates>"); // and never ends
    });
    const error = await failure(httpGet(server.url, { timeoutMs: 150, retries: 0, backoffMs: 1 }));
    expect(error.message).toMatch(/failed: no response within 150 ms \(after 1 attempt\)\.$/);
  });

  it("reports a refused connection with its reason", async () => {
    const server = await serve(() => undefined);
    const url = server.url;
    await new Promise((resolve) => servers.pop()!.close(resolve));
    const error = await failure(httpGet(url, { timeoutMs: 1000, retries: 1, backoffMs: 1 }));
    expect(error.code).toBe("RATES_FETCH_FAILED");
    expect(error.message).toBe(`GET ${url} failed: fetch failed: ECONNREFUSED (after 2 attempts).`);
  });

  it("refuses a malformed URL without trying", async () => {
    const error = await failure(httpGet("nationalbank.kz/rss", { timeoutMs: 100, retries: 3, backoffMs: 1 }));
    expect(error.message).toBe("GET nationalbank.kz/rss failed: not a valid URL (after 0 attempts).");
  });

  it("uses an injected fetch", async () => {
    const calls: string[] = [];
    const fetchImpl = (async (input: string | URL | Request) => {
      calls.push(String(input));
      return new Response("ok", { status: 200 });
    }) as typeof fetch;
    const bytes = await httpGet("https://www.nbkr.kg/XML/daily.xml", {
      timeoutMs: 100,
      retries: 0,
      backoffMs: 0,
      fetchImpl,
    });
    expect(new TextDecoder().decode(bytes)).toBe("ok");
    expect(calls).toEqual(["https://www.nbkr.kg/XML/daily.xml"]);
  });
});
