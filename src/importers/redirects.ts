import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import { createImportStore } from "./import-store.js";

/** Query parameters that identify content on a WordPress site (`/?p=12`, `/?page_id=3`). */
const ID_PARAMS = ["p", "page_id", "attachment_id"] as const;

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The key an old URL is stored and looked up under: the path, percent-decoded (WordPress writes
 * Cyrillic slugs encoded, in either case), without a trailing slash, and of the query only a
 * WordPress id parameter (`/?p=12`); other parameters (tracking, `lang=`) are dropped. Accepts
 * absolute URLs and paths. Returns null for something that is not a URL.
 *
 * @example
 * redirectKey("https://old.example/2019/11/%D0%BA%D1%83%D1%80%D1%81/?utm_source=x"); // "/2019/11/курс"
 * redirectKey("/?p=10&lang=ru"); // "/?p=10"
 */
export function redirectKey(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url, "http://redirect.invalid");
  } catch {
    return null;
  }
  let pathname = safeDecode(parsed.pathname).replace(/\/{2,}/g, "/");
  if (pathname.length > 1) pathname = pathname.replace(/\/+$/, "");
  for (const name of ID_PARAMS) {
    const value = parsed.searchParams.get(name);
    if (value !== null && /^\d+$/.test(value)) return `${pathname}?${name}=${value}`;
  }
  return pathname;
}

/**
 * Finds the redirect stored for a request URL (old WordPress permalinks, `/?p=ID` links). Used
 * by the web layer on its 404 path, so a redirect never shadows a real page.
 *
 * @example
 * const hit = await lookupRedirect(db, "/2019/11/old-slug/");
 * if (hit) reply.redirect(hit.location, hit.status);
 */
export async function lookupRedirect(
  db: Kysely<Database>,
  url: string,
): Promise<{ location: string; status: number } | null> {
  const key = redirectKey(url);
  if (key === null) return null;
  const found = await createImportStore(db).findRedirect([key]);
  if (found === null || redirectKey(found.to) === key) return null;
  return { location: found.to, status: found.status };
}
