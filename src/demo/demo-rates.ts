import { seededRandom } from "../core/seeded-random.js";
import type { RateInput } from "../rates/index.js";

/**
 * Demo exchange rates: a deterministic random walk around plausible levels, one publication
 * per business day, stored with source "demo" and `is_demo = 1` so the site labels them.
 * Official rates fetched later take precedence over these in the ticker.
 */
const START_LEVELS: { code: string; level: number; volatility: number; decimals: number; fixed?: boolean }[] =
  [
    { code: "KZT", level: 478.77, volatility: 0.004, decimals: 2 },
    { code: "KGS", level: 87.45, volatility: 0.0015, decimals: 4 },
    { code: "TJS", level: 9.345, volatility: 0.002, decimals: 4 },
    { code: "UZS", level: 12194.21, volatility: 0.002, decimals: 2 },
    { code: "TMT", level: 3.5, volatility: 0, decimals: 2, fixed: true },
  ];

/**
 * `days` business days of demo rates ending on `lastDate` ("YYYY-MM-DD").
 *
 * @example
 * demoRates("2026-11-23", 120, "2026-11-23T00:00:00.000Z").length; // 600 (5 currencies)
 */
export function demoRates(lastDate: string, days: number, fetchedAt: string): RateInput[] {
  const dates: string[] = [];
  for (let t = Date.parse(`${lastDate}T00:00:00Z`); dates.length < days; t -= 86_400_000) {
    const day = new Date(t).getUTCDay();
    if (day !== 0 && day !== 6) dates.push(new Date(t).toISOString().slice(0, 10));
  }
  dates.reverse();
  const rows: RateInput[] = [];
  START_LEVELS.forEach((currency, index) => {
    const random = seededRandom(20260101 + index);
    let level = currency.level;
    for (const date of dates) {
      if (!currency.fixed) level *= 1 + (random() - 0.48) * 2 * currency.volatility;
      rows.push({
        source: "demo",
        base: currency.code,
        quote: "USD",
        date,
        bank_date: date,
        value: level.toFixed(currency.decimals),
        nominal: 1,
        fetched_at: fetchedAt,
        is_demo: 1,
      });
    }
  });
  return rows;
}
