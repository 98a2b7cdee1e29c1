import { createHash } from "node:crypto";

export interface CachedPage {
  version: string;
  etag: string;
  body: string;
  status: number;
  headers: Record<string, string>;
  storedAt: number;
}

export interface PageCacheOptions {
  /** Most pages kept; the least recently used go first. */
  maxEntries?: number;
  /** Milliseconds a page may be served from memory (time-dependent parts: dates, schedules). */
  ttlMs?: number;
  now?: () => number;
}

/**
 * An in-memory cache of rendered pages keyed by URL and the content version: a write anywhere
 * changes the version, so a stale page is never served; the TTL bounds time-dependent parts
 * (the date in the header, scheduled articles coming due).
 *
 * @example
 * const cache = createPageCache({ maxEntries: 500 });
 * cache.set("/", page); cache.get("/", version);
 */
export function createPageCache(options: PageCacheOptions = {}) {
  const maxEntries = options.maxEntries ?? 1000;
  const ttlMs = options.ttlMs ?? 60_000;
  const clock = options.now ?? Date.now;
  const entries = new Map<string, CachedPage>();
  return {
    get(key: string, version: string): CachedPage | undefined {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      if (entry.version !== version || clock() - entry.storedAt > ttlMs) {
        entries.delete(key);
        return undefined;
      }
      // Re-insert to mark as recently used (Map keeps insertion order).
      entries.delete(key);
      entries.set(key, entry);
      return entry;
    },
    set(key: string, page: Omit<CachedPage, "storedAt">): void {
      entries.delete(key);
      entries.set(key, { ...page, storedAt: clock() });
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        entries.delete(oldest.value);
      }
    },
    clear(): void {
      entries.clear();
    },
    get size(): number {
      return entries.size;
    },
  };
}

export type PageCache = ReturnType<typeof createPageCache>;

/** A strong ETag for a response body. */
export function etagFor(body: string): string {
  return `"${createHash("sha1").update(body).digest("base64url").slice(0, 22)}"`;
}

/** True when an If-None-Match header matches the ETag (handles lists and weak validators). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === bare);
}
