/**
 * Calendar-day arithmetic on "YYYY-MM-DD" strings, done in UTC so that no server time zone can
 * shift a day. The bank's own zone matters only for "what day is it now", which `todayIn` answers.
 */
import { zonedParts } from "../core/dates.js";

const DAY_MS = 86_400_000;

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(time).toISOString().slice(0, 10) === text;
}

/**
 * The day `days` after (or before, when negative) `date`.
 *
 * @example addDays("2026-03-31", 1); // "2026-04-01"
 */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(Date.parse(`${date}T00:00:00Z`)).getUTCDay();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * The calendar date of `now` in `timeZone`.
 *
 * @example todayIn(new Date("2026-04-01T20:00:00Z"), "Asia/Almaty"); // "2026-04-02"
 */
export function todayIn(now: Date, timeZone: string): string {
  const p = zonedParts(now, timeZone);
  return `${String(p.year).padStart(4, "0")}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

/**
 * Every day from `from` to `to` inclusive, optionally without Saturdays and Sundays.
 *
 * @example daysFrom("2026-04-03", "2026-04-06", { weekdaysOnly: true }); // ["2026-04-03", "2026-04-06"]
 */
export function daysFrom(from: string, to: string, options: { weekdaysOnly?: boolean } = {}): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const w = weekday(day);
    if (options.weekdaysOnly === true && (w === 0 || w === 6)) continue;
    days.push(day);
  }
  return days;
}
