import type { FastifyInstance } from "fastify";
import type { Locale } from "../core/dates.js";

/** Name of the cookie that remembers the reader's language. */
export const LANGUAGE_COOKIE = "lang";
const ONE_YEAR_SECONDS = 365 * 24 * 3600;

/**
 * Parses a Cookie request header (RFC 6265 §4.2) into name → value. The first occurrence of a
 * name wins (browsers send the most specific path first); values in double quotes are unquoted
 * and percent-decoded when that is valid; malformed pairs are skipped, never thrown on.
 *
 * @example
 * parseCookies("a=1; lang=ru; b"); // Map { "a" => "1", "lang" => "ru" }
 */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (header === undefined) return cookies;
  for (const pair of header.split(";")) {
    const eq = pair.indexOf("=");
    if (eq <= 0) continue;
    const name = pair.slice(0, eq).trim();
    let value = pair.slice(eq + 1).trim();
    if (name === "" || cookies.has(name)) continue;
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      value = decodeURIComponent(value);
    } catch {
      // Keep the raw value: a stray "%" must not cost the reader their other cookies.
    }
    cookies.set(name, value);
  }
  return cookies;
}

function isLocale(value: string | undefined): value is Locale {
  return value === "en" || value === "ru";
}

/**
 * A same-site path to go to after switching, or null. Refuses absolute and protocol-relative
 * URLs ("//evil.example", "/\\evil.example") so the switch cannot be used as an open redirect.
 */
function safeNext(next: unknown): string | null {
  if (typeof next !== "string" || !next.startsWith("/") || next.length > 2000) return null;
  if (next.startsWith("//") || next.startsWith("/\\")) return null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we refuse.
  if (/[\u0000-\u001F\u007F]/.test(next)) return null;
  return next;
}

/**
 * The language switch's link: through `/lang/<locale>` so that the choice is remembered, then on
 * to the page itself.
 *
 * @example
 * languageSwitchHref("ru", "/ru/2026/02/rail-link"); // "/lang/ru?next=%2Fru%2F2026%2F02%2Frail-link"
 */
export function languageSwitchHref(locale: Locale, target: string): string {
  return `/lang/${locale}?next=${encodeURIComponent(target)}`;
}

export interface LanguagePreferenceOptions {
  /** Mark the cookie Secure (the site is served over https). */
  secure: boolean;
}

/**
 * Remembers the reader's language without making pages cookie-dependent:
 * - `GET /lang/<en|ru>?next=<path>` sets the `lang` cookie and redirects (302) to `next`;
 * - only the bare front page `/` reads the cookie: with `lang=ru` it redirects (302, private,
 *   `Vary: Cookie`) to `/ru/`; the English front page it serves otherwise also says
 *   `Vary: Cookie` so that a shared cache never hands it to a Russian reader.
 * Every other page ignores the cookie and stays publicly cacheable. Register this before the
 * page cache's hook, or a cached `/` would be served without looking at the cookie.
 *
 * @example
 * registerLanguagePreference(app, { secure: config.siteUrl.startsWith("https:") });
 */
export function registerLanguagePreference(app: FastifyInstance, options: LanguagePreferenceOptions): void {
  app.addHook("onRequest", async (request, reply) => {
    if (request.method !== "GET" && request.method !== "HEAD") return;
    if ((request.url.split("?")[0] ?? "") !== "/") return;
    reply.header("vary", "Cookie");
    if (parseCookies(request.headers.cookie).get(LANGUAGE_COOKIE) !== "ru") return;
    return reply.code(302).header("location", "/ru/").header("cache-control", "private, no-cache").send();
  });

  app.get<{ Params: { locale: string }; Querystring: { next?: unknown } }>(
    "/lang/:locale",
    async (request, reply) => {
      const { locale } = request.params;
      if (!isLocale(locale)) {
        reply.callNotFound();
        return reply;
      }
      const target = safeNext(request.query.next) ?? (locale === "ru" ? "/ru/" : "/");
      const cookie = [
        `${LANGUAGE_COOKIE}=${locale}`,
        "Path=/",
        `Max-Age=${ONE_YEAR_SECONDS}`,
        "SameSite=Lax",
        "HttpOnly",
        ...(options.secure ? ["Secure"] : []),
      ].join("; ");
      return reply
        .code(302)
        .header("set-cookie", cookie)
        .header("cache-control", "no-store")
        .header("location", target)
        .send();
    },
  );
}
