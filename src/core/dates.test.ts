import { describe, expect, it } from "vitest";
import { zonedParts, zonedYearMonth } from "./dates.js";
import { seededRandom } from "./seeded-random.js";

const ZONES = [
  "UTC",
  "Asia/Almaty",
  "Asia/Tashkent",
  "Asia/Bishkek",
  "Asia/Kathmandu",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
  "America/St_Johns",
  "Asia/Manila",
];

describe("zonedYearMonth", () => {
  it("gives zonedParts' year and month for any instant and zone", () => {
    const random = seededRandom(31);
    const instants: Date[] = [];
    // Random instants from 1800 to 2200, and every hour around a few month ends.
    const from = Date.UTC(1800, 0, 1);
    const to = Date.UTC(2200, 0, 1);
    for (let i = 0; i < 3_000; i++) instants.push(new Date(from + Math.floor(random() * (to - from))));
    for (const [year, month] of [
      [2026, 0],
      [2026, 1],
      [2028, 1],
      [1999, 11],
      [2026, 11],
    ] as const) {
      const end = Date.UTC(year, month + 1, 1);
      for (let h = -60; h <= 60; h++) instants.push(new Date(end + h * 3_600_000 + 15 * 60_000 * (h % 4)));
    }
    for (const timeZone of ZONES) {
      for (const date of instants) {
        const parts = zonedParts(date, timeZone);
        expect(zonedYearMonth(date, timeZone), `${date.toISOString()} ${timeZone}`).toEqual({
          year: parts.year,
          month: parts.month,
        });
      }
    }
  });
});
