import { createHash } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";

/** A rendered feed, sitemap or text file, ready to send or to answer 304 for. */
export interface RenderedResponse {
  body: string | Buffer;
  contentType: string;
  /** UTC instant of the newest change in the content, or null when unknown (empty feed). */
  lastModified: string | null;
  etag: string;
}

/**
 * Wraps a body with its validators: a strong ETag from the bytes, and Last-Modified from the
 * newest change the body shows.
 *
 * @example
 * rendered("<rss/>", "application/rss+xml; charset=utf-8", "2026-02-14T09:30:00.000Z");
 */
export function rendered(
  body: string | Buffer,
  contentType: string,
  lastModified: string | null,
): RenderedResponse {
  const etag = `"${createHash("sha1").update(body).digest("base64url").slice(0, 22)}"`;
  return { body, contentType, lastModified, etag };
}

function etagListMatches(header: string, etag: string): boolean {
  if (header.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === bare);
}

/** HTTP dates carry whole seconds; compare at that precision or every check would miss. */
function wholeSeconds(ms: number): number {
  return Math.floor(ms / 1000);
}

/**
 * True when the client's copy is current (RFC 9110 §13.2.2): If-None-Match decides when present,
 * and If-Modified-Since is only consulted without it.
 */
export function notModified(
  headers: { "if-none-match"?: string | undefined; "if-modified-since"?: string | undefined },
  response: Pick<RenderedResponse, "etag" | "lastModified">,
): boolean {
  const ifNoneMatch = headers["if-none-match"];
  if (ifNoneMatch !== undefined) return etagListMatches(ifNoneMatch, response.etag);
  const ifModifiedSince = headers["if-modified-since"];
  if (ifModifiedSince === undefined || response.lastModified === null) return false;
  // HTTP dates always name GMT ("Sat, 14 Feb 2026 09:30:00 GMT"), so Date.parse reads no local time.
  const since = Date.parse(ifModifiedSince);
  if (Number.isNaN(since)) return false;
  return wholeSeconds(Date.parse(response.lastModified)) <= wholeSeconds(since);
}

/**
 * Sends a rendered response with ETag, Last-Modified and Cache-Control, or a bodiless 304 when
 * the client already holds it. Feed readers poll every few minutes; a 304 costs them and us
 * almost nothing.
 *
 * @example
 * return sendConditional(request, reply, response, "public, max-age=300");
 */
export function sendConditional(
  request: FastifyRequest,
  reply: FastifyReply,
  response: RenderedResponse,
  cacheControl: string,
): FastifyReply {
  reply.header("etag", response.etag);
  reply.header("cache-control", cacheControl);
  if (response.lastModified !== null)
    reply.header("last-modified", new Date(response.lastModified).toUTCString());
  if (notModified(request.headers, response)) return reply.code(304).send();
  return reply.header("content-type", response.contentType).send(response.body);
}

export interface ResponseCacheOptions {
  /** Most responses kept; the oldest go first. */
  maxEntries?: number;
  /** How long a response may be reused within one content version (scheduled articles come due). */
  ttlMs?: number;
  now?: () => number;
}

/**
 * A small in-memory cache of rendered feeds and sitemaps keyed by path and content version, so a
 * poll storm does not rebuild the same XML; every write changes the version.
 *
 * @example
 * const cache = createResponseCache();
 * const hit = cache.get("/feed.xml", version) ?? cache.set("/feed.xml", version, await build());
 */
export function createResponseCache(options: ResponseCacheOptions = {}) {
  const maxEntries = options.maxEntries ?? 500;
  const ttlMs = options.ttlMs ?? 60_000;
  const clock = options.now ?? Date.now;
  const entries = new Map<string, { version: string; storedAt: number; response: RenderedResponse }>();
  return {
    get(key: string, version: string): RenderedResponse | undefined {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      if (entry.version !== version || clock() - entry.storedAt > ttlMs) {
        entries.delete(key);
        return undefined;
      }
      return entry.response;
    },
    set(key: string, version: string, response: RenderedResponse): RenderedResponse {
      entries.delete(key);
      entries.set(key, { version, storedAt: clock(), response });
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        entries.delete(oldest.value);
      }
      return response;
    },
  };
}

export type ResponseCache = ReturnType<typeof createResponseCache>;
