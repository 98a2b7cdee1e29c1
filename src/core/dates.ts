/**
 * Time helpers. Instants are stored as UTC ISO strings ("2026-02-14T09:30:00.000Z") and shown
 * in the site's time zone. Local date strings are never parsed with `new Date(localString)`.
 */

export type Locale = "en" | "ru";

const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", ru: "ru-RU" };

/** The Intl locale tag used for a site language. */
export function intlLocale(locale: Locale): string {
  return INTL_LOCALE[locale];
}

/**
 * A UTC instant as the fixed-width ISO string used in the database.
 *
 * @example
 * toIsoInstant(new Date(0)); // "1970-01-01T00:00:00.000Z"
 */
export function toIsoInstant(date: Date): string {
  return date.toISOString();
}

/**
 * Parses a stored or API instant. Only full ISO instants with an explicit offset or Z are
 * accepted, so a local time can never be misread as UTC (or as the server's zone).
 *
 * @example
 * parseInstant("2026-02-14T09:30:00Z")?.toISOString(); // "2026-02-14T09:30:00.000Z"
 * parseInstant("2026-02-14 09:30"); // null
 */
export function parseInstant(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Building an Intl.DateTimeFormat costs far more than using one (it loads locale and zone
 * data), and every page and import formats many dates. Formatters are immutable, so they are
 * memoised per zone; the handful of zones a site uses keeps this tiny.
 */
const PARTS_FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = PARTS_FORMATTERS.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    if (PARTS_FORMATTERS.size > 64) PARTS_FORMATTERS.clear();
    PARTS_FORMATTERS.set(timeZone, formatter);
  }
  return formatter;
}

/** Calendar parts of an instant in a time zone. */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/**
 * The calendar date and time of an instant in `timeZone`.
 *
 * @example
 * zonedParts(new Date("2026-01-01T20:00:00Z"), "Asia/Almaty"); // { year: 2026, month: 1, day: 2, hour: 1, ... }
 */
export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const parts = partsFormatter(timeZone).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
  };
}

/**
 * The year and month of an instant in `timeZone`, as {@link zonedParts} gives them, without the
 * Intl call for most instants: no zone is a day or more away from UTC, so when the UTC date is
 * the 2nd to the 27th the zone's date is in the same month. Article URLs need only these two.
 *
 * @example
 * zonedYearMonth(new Date("2026-01-31T20:00:00Z"), "Asia/Almaty"); // { year: 2026, month: 2 }
 */
export function zonedYearMonth(date: Date, timeZone: string): { year: number; month: number } {
  const day = date.getUTCDate();
  const year = date.getUTCFullYear();
  // Years before 1 are written with an era by Intl; those go the slow way too.
  if (day >= 2 && day <= 27 && year >= 1) return { year, month: date.getUTCMonth() + 1 };
  const p = zonedParts(date, timeZone);
  return { year: p.year, month: p.month };
}

/**
 * Offset of `timeZone` from UTC at `date`, in minutes (Asia/Almaty is +300 since 2024).
 */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  const truncated = Math.floor(date.getTime() / 60_000) * 60_000;
  return Math.round((asUtc - truncated) / 60_000);
}

/**
 * The UTC instant at which a local calendar date-time begins in `timeZone`.
 *
 * @example
 * zonedTimeToUtc({ year: 2026, month: 2, day: 1, hour: 0, minute: 0 }, "Asia/Almaty").toISOString();
 * // "2026-01-31T19:00:00.000Z"
 */
export function zonedTimeToUtc(parts: ZonedParts, timeZone: string): Date {
  const guess = new Date(Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute));
  const offset = zoneOffsetMinutes(guess, timeZone);
  const first = new Date(guess.getTime() - offset * 60_000);
  // Re-check once: the offset may differ on the other side of a DST change.
  const offset2 = zoneOffsetMinutes(first, timeZone);
  return offset2 === offset ? first : new Date(guess.getTime() - offset2 * 60_000);
}

/**
 * The UTC range [start, end) covering a local year or month in `timeZone`, for date archives.
 *
 * @example
 * localPeriodRange(2026, 2, "Asia/Almaty"); // February 2026 in Almaty, as UTC ISO strings
 */
export function localPeriodRange(
  year: number,
  month: number | null,
  timeZone: string,
): { start: string; end: string } {
  const startParts = { year, month: month ?? 1, day: 1, hour: 0, minute: 0 };
  const endParts =
    month === null
      ? { year: year + 1, month: 1, day: 1, hour: 0, minute: 0 }
      : month === 12
        ? { year: year + 1, month: 1, day: 1, hour: 0, minute: 0 }
        : { year, month: month + 1, day: 1, hour: 0, minute: 0 };
  return {
    start: zonedTimeToUtc(startParts, timeZone).toISOString(),
    end: zonedTimeToUtc(endParts, timeZone).toISOString(),
  };
}

/**
 * Formats an instant for readers: "14 February 2026, 14:30" / "14 февраля 2026 г., 14:30".
 *
 * @example
 * formatDateTime(new Date("2026-02-14T09:30:00Z"), "en", "Asia/Almaty"); // "14 February 2026, 14:30"
 */
export function formatDateTime(date: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone,
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(date);
}

/**
 * Formats a calendar date: "Monday, 23 November 2026" (with weekday) or "23 November 2026".
 *
 * @example
 * formatDate(new Date("2026-11-23T03:00:00Z"), "ru", "Asia/Almaty", { weekday: true }); // "понедельник, 23 ноября 2026 г."
 */
export function formatDate(
  date: Date,
  locale: Locale,
  timeZone: string,
  options: { weekday?: boolean } = {},
): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone,
    ...(options.weekday ? { weekday: "long" } : {}),
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(date);
}

/**
 * Formats a month of a year: "February 2026" / "февраль 2026 г.".
 */
export function formatMonth(year: number, month: number, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year, month - 1, 15)));
}

/**
 * An ISO instant with the zone's offset, for `<time datetime>` and JSON-LD:
 * "2026-02-14T14:30:00+05:00".
 */
export function isoWithOffset(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  const offset = zoneOffsetMinutes(date, timeZone);
  const sign = offset >= 0 ? "+" : "-";
  const abs = Math.abs(offset);
  const pad = (n: number): string => String(n).padStart(2, "0");
  const seconds = pad(date.getUTCSeconds());
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${seconds}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
