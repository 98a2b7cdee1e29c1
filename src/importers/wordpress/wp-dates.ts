/**
 * Date parsing for WordPress exports without `new Date(localString)`: WordPress writes
 * site-local wall times with no zone (`post_date`), UTC wall times (`post_date_gmt`), and RFC 822
 * `pubDate`s. Drafts carry `0000-00-00 00:00:00` as their GMT date.
 */

import type { WpDateSource } from "./types.js";

/** A wall-clock time with no zone attached. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const MYSQL_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?$/;

/**
 * Parses `YYYY-MM-DD HH:MM:SS` (or the REST `T` form). Zero dates and impossible values give null.
 *
 * @example
 * parseWallTime("2010-10-16 20:53:18"); // { year: 2010, month: 10, day: 16, hour: 20, ... }
 * parseWallTime("0000-00-00 00:00:00"); // null
 */
export function parseWallTime(value: string | null | undefined): WallTime | null {
  const m = MYSQL_DATETIME.exec((value ?? "").trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
    return null;
  }
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCDate() !== day) return null;
  return { year, month, day, hour, minute, second };
}

/**
 * Milliseconds since the epoch of a wall time read as UTC.
 *
 * @example
 * wallTimeAsUtc({ year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 1 }); // 1000
 */
export function wallTimeAsUtc(t: WallTime): number {
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
}

/** Offset of `timeZone` from UTC at instant `ms`, in milliseconds. */
function zoneOffsetAt(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(new Date(ms));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? "0");
  const asUtc = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
  );
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * Converts a wall time in an IANA zone to a UTC instant (ms). Ambiguous times (DST fall-back)
 * take the earlier offset; skipped times move forward, as most calendars do.
 *
 * @example
 * new Date(wallTimeInZone(parseWallTime("2024-01-01 12:00:00")!, "Asia/Almaty")).toISOString();
 * // "2024-01-01T07:00:00.000Z" (UTC+5)
 */
export function wallTimeInZone(t: WallTime, timeZone: string): number {
  const guess = wallTimeAsUtc(t);
  const first = zoneOffsetAt(guess, timeZone);
  const candidate = guess - first;
  const second = zoneOffsetAt(candidate, timeZone);
  return second === first ? candidate : guess - second;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const RFC822 =
  /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([+-])(\d{2}):?(\d{2})|GMT|UTC?|Z)?$/;

/**
 * Parses an RSS `pubDate` (RFC 822). Returns ms, or null for garbage and pre-1970 placeholders
 * (drafts export `Thu, 01 Jan 1970 00:00:00 +0000` or `Mon, 30 Nov -0001 ...`).
 *
 * @example
 * parseRfc822("Sat, 16 Oct 2010 20:53:18 +0000"); // 1287262398000
 */
export function parseRfc822(value: string | null | undefined): number | null {
  const m = RFC822.exec((value ?? "").trim());
  if (!m) return null;
  const month = MONTHS.indexOf((m[2] ?? "").toLowerCase());
  const year = Number(m[3]);
  if (month < 0 || year <= 1970) return null;
  const ms = Date.UTC(year, month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? "0"));
  const sign = m[7] === "-" ? -1 : 1;
  const offset = m[7] ? sign * (Number(m[8]) * 60 + Number(m[9])) * 60_000 : 0;
  return Number.isNaN(ms) ? null : ms - offset;
}

/** The date fields of one item, as exported. */
export interface ItemDateFields {
  postDate: string | null;
  postDateGmt: string | null;
  /** False when the export has no `wp:post_date_gmt` element at all (not merely a zero date). */
  hasPostDateGmt: boolean;
  pubDate: string | null;
  postModified: string | null;
  postModifiedGmt: string | null;
}

/**
 * Picks the publication instant of an item. The rule, in order:
 * 1. a real `post_date_gmt` is the instant;
 * 2. when the element is missing entirely, a sane RFC 822 `pubDate` (it is written from GMT);
 * 3. `post_date` (local) in `timeZone`, when the caller knows the site's zone;
 * 4. `post_date` shifted by the item's own `post_modified - post_modified_gmt` offset
 *    (rounded to 15 minutes; may be an hour off across a DST change);
 * 5. otherwise null: a zero GMT date with no known offset is not guessed.
 *
 * @example
 * resolveItemDate({ postDate: "2022-05-09 05:53:00", postDateGmt: "0000-00-00 00:00:00",
 *   hasPostDateGmt: true, pubDate: null, postModified: "2022-05-09 08:20:14",
 *   postModifiedGmt: "2022-05-09 12:20:14" });
 * // { dateGmt: "2022-05-09T09:53:00.000Z", dateSource: "local+modifiedOffset" }
 */
export function resolveItemDate(
  fields: ItemDateFields,
  timeZone?: string,
): { dateGmt: string | null; dateSource: WpDateSource } {
  const gmt = parseWallTime(fields.postDateGmt);
  if (gmt) return { dateGmt: new Date(wallTimeAsUtc(gmt)).toISOString(), dateSource: "gmt" };
  if (!fields.hasPostDateGmt) {
    const pub = parseRfc822(fields.pubDate);
    if (pub !== null) return { dateGmt: new Date(pub).toISOString(), dateSource: "pubDate" };
  }
  const local = parseWallTime(fields.postDate);
  if (local && timeZone) {
    return { dateGmt: new Date(wallTimeInZone(local, timeZone)).toISOString(), dateSource: "local+timeZone" };
  }
  const modLocal = parseWallTime(fields.postModified);
  const modGmt = parseWallTime(fields.postModifiedGmt);
  if (local && modLocal && modGmt) {
    const quarter = 15 * 60_000;
    const offset = Math.round((wallTimeAsUtc(modLocal) - wallTimeAsUtc(modGmt)) / quarter) * quarter;
    return {
      dateGmt: new Date(wallTimeAsUtc(local) - offset).toISOString(),
      dateSource: "local+modifiedOffset",
    };
  }
  return { dateGmt: null, dateSource: "none" };
}

/**
 * A GMT wall time (`2010-10-16 20:53:18`, or REST `2019-11-07T15:36:54` with no `Z`) as an ISO
 * instant; null for zero or malformed dates.
 *
 * @example
 * gmtToIso("2019-11-07T15:36:54"); // "2019-11-07T15:36:54.000Z"
 */
export function gmtToIso(value: string | null | undefined): string | null {
  const t = parseWallTime((value ?? "").trim().replace(/(?:Z|[+-]00:?00)$/i, ""));
  return t ? new Date(wallTimeAsUtc(t)).toISOString() : null;
}
