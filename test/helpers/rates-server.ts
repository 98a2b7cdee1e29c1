/**
 * A local stand-in for the central banks: a node:http server on 127.0.0.1 that answers each
 * bank's URL path with the real recorded response from ../shared/fixtures/rates/ (read, not
 * copied). Tests replace single answers to play a broken or unreachable bank.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { SHARED_RATES_FIXTURES, sharedRatesFixture } from "../fixtures/rates/helpers.js";

export interface FakeAnswer {
  status: number;
  body: Uint8Array | string;
  type?: string;
}

export interface FakeBanks {
  /** "http://127.0.0.1:PORT" */
  url: string;
  /** Every request path (with query) in order. */
  requests: string[];
  /** Answers requests whose path starts with `pathPrefix` with `answer` instead of the fixture. */
  override(pathPrefix: string, answer: FakeAnswer): void;
  reset(): void;
  close(): Promise<void>;
}

/** Path prefix of each bank's URL → its recorded response. */
const ROUTES: [string, keyof typeof SHARED_RATES_FIXTURES, string][] = [
  ["/rss/get_rates.cfm", "nbk", "text/xml; charset=UTF-8"],
  ["/XML/daily.xml", "nbkr", "application/xml"],
  ["/XML/weekly.xml", "nbkr-weekly", "application/xml"],
  ["/en/kurs/export_xml.php", "nbt", "text/xml;charset=UTF-8"],
  ["/en/arkhiv-kursov-valyut/json/all/", "cbu", "application/json"],
  ["/kurs/", "cbt", "text/xml"],
  ["/scripts/XML_daily.asp", "cbr", "text/xml; charset=windows-1251"],
];

/** Starts the fake banks on a free port. */
export async function startFakeBanks(): Promise<FakeBanks> {
  const overrides = new Map<string, FakeAnswer>();
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    const path = request.url ?? "/";
    requests.push(path);
    const override = [...overrides].find(([prefix]) => path.startsWith(prefix))?.[1];
    if (override !== undefined) {
      response.writeHead(override.status, { "content-type": override.type ?? "text/html; charset=utf-8" });
      response.end(override.body);
      return;
    }
    const route = ROUTES.find(([prefix]) => path.startsWith(prefix));
    if (route === undefined) {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("not found");
      return;
    }
    response.writeHead(200, { "content-type": route[2] });
    response.end(sharedRatesFixture(SHARED_RATES_FIXTURES[route[1]]));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    override: (prefix, answer) => overrides.set(prefix, answer),
    reset: () => {
      overrides.clear();
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
