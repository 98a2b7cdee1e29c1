/**
 * GET a bank's file as bytes, with a per-attempt timeout and retries with exponential backoff.
 *
 * Retried: network errors (refused, reset, DNS), timeouts, 5xx and 429. Not retried: other
 * statuses (a 404 stays a 404). The bytes are returned undecoded because the parsers decide the
 * encoding (NBKR and the Bank of Russia send windows-1251).
 */
import { AppError } from "../core/errors.js";

export interface HttpGetOptions {
  /** Limit for one attempt, from sending the request to the last byte of the body. */
  timeoutMs: number;
  /** Further attempts after the first one fails in a retryable way. */
  retries: number;
  /** Wait before the first retry; doubled before each next one. */
  backoffMs: number;
  headers?: Readonly<Record<string, string>>;
  /** Stand-in for the global `fetch` (tests, proxies). */
  fetchImpl?: typeof fetch;
  /** Stand-in for waiting between attempts (tests). */
  sleep?: (ms: number) => Promise<void>;
}

/** A Retry-After longer than this is not honoured; the backoff applies instead. */
const MAX_RETRY_AFTER_MS = 60_000;

/**
 * @throws AppError RATES_FETCH_FAILED naming the URL, the number of attempts and the last
 *   status or error; `details` carries `url`, `attempts` and `status` or `error`.
 * @example const bytes = await httpGet(source.buildUrl(day), { timeoutMs: 10_000, retries: 2, backoffMs: 1_000, headers: source.headers });
 */
export async function httpGet(url: string, options: HttpGetOptions): Promise<Uint8Array> {
  const fetchImpl = options.fetchImpl ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const attempts = Math.max(0, Math.floor(options.retries)) + 1;
  if (!URL.canParse(url)) throw fetchFailed(url, "not a valid URL", 0, {});

  let lastProblem = "";
  let lastDetails: Record<string, unknown> = {};
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    let retryAfterMs = 0;
    try {
      const response = await fetchImpl(url, {
        headers: { ...options.headers },
        signal: AbortSignal.timeout(options.timeoutMs),
        redirect: "follow",
      });
      if (response.ok) {
        // The timeout signal also covers reading the body, so a stalled body fails the attempt.
        return new Uint8Array(await response.arrayBuffer());
      }
      await response.body?.cancel().catch(() => undefined);
      lastProblem = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
      lastDetails = { status: response.status };
      if (!isRetryableStatus(response.status)) {
        throw fetchFailed(url, lastProblem, attempt, lastDetails);
      }
      retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
    } catch (error) {
      if (error instanceof AppError) throw error;
      lastProblem = describeNetworkError(error, options.timeoutMs);
      lastDetails = { error: lastProblem };
    }
    if (attempt < attempts) {
      const backoff = options.backoffMs * 2 ** (attempt - 1);
      await sleep(Math.max(backoff, retryAfterMs));
    }
  }
  throw fetchFailed(url, lastProblem, attempts, lastDetails);
}

function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 429;
}

function fetchFailed(
  url: string,
  problem: string,
  attempts: number,
  details: Record<string, unknown>,
): AppError {
  return new AppError(
    "RATES_FETCH_FAILED",
    `GET ${url} failed: ${problem} (after ${attempts} attempt${attempts === 1 ? "" : "s"}).`,
    { details: { url, attempts, ...details } },
  );
}

function describeNetworkError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error) {
    if (error.name === "TimeoutError" || error.name === "AbortError")
      return `no response within ${timeoutMs} ms`;
    // undici reports "fetch failed" and puts the real reason (ECONNREFUSED, ENOTFOUND...) in `cause`.
    const cause = error.cause instanceof Error ? error.cause : undefined;
    const code = cause && "code" in cause && typeof cause.code === "string" ? cause.code : undefined;
    if (cause !== undefined) return `${error.message}: ${code ?? cause.message}`;
    return error.message;
  }
  return String(error);
}

/** Retry-After in seconds (the HTTP-date form is ignored), capped; 0 when absent or unusable. */
function parseRetryAfter(header: string | null): number {
  if (header === null || !/^\d+$/.test(header.trim())) return 0;
  const ms = Number(header.trim()) * 1000;
  return ms <= MAX_RETRY_AFTER_MS ? ms : 0;
}
