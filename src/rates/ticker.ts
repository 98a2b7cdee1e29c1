import { formatDate, type Locale, zonedParts } from "../core/dates.js";
import type { Decimal } from "../core/decimal.js";
import { translator } from "../ui/i18n.js";
import type { TickerItem } from "../ui/types.js";
import { REGIONAL_CURRENCIES } from "./currencies.js";
import { formatDecimal, perUnitValue, rateChange } from "./quote.js";
import type { RateStore, StoredRate } from "./store.js";

/** Which bank sets the official rate of each regional currency, and its name per language. */
export const TICKER_CURRENCIES = REGIONAL_CURRENCIES;

/** A source older than this many business days is marked "not updated since". */
const STALE_BUSINESS_DAYS = 3;

/** Business days (Mon–Fri) between two calendar dates "YYYY-MM-DD", exclusive of the first. */
export function businessDaysBetween(from: string, to: string): number {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  let n = 0;
  for (let t = start + 86_400_000; t <= end; t += 86_400_000) {
    const day = new Date(t).getUTCDay();
    if (day !== 0 && day !== 6) n++;
  }
  return n;
}

function perUnit(rate: StoredRate): Decimal {
  return perUnitValue({ currency: rate.quote, value: rate.value, nominal: rate.nominal });
}

/** Newest first, one per effective date: where two sources share a day (CBT and its peg), the preferred one. */
function onePerDate(rows: StoredRate[], sources: readonly string[]): StoredRate[] {
  const byDate = new Map<string, StoredRate>();
  for (const row of rows) {
    const kept = byDate.get(row.date);
    if (kept === undefined || sources.indexOf(row.source) < sources.indexOf(kept.source))
      byDate.set(row.date, row);
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

export interface TickerOptions {
  store: RateStore;
  locale: Locale;
  timeZone: string;
  now: Date;
}

/**
 * The rates strip: each regional currency against the US dollar from its own central bank,
 * quoted the way the market reads it ("USD/KZT 478.77"), with the change since the previous
 * publication. Falls back to demo data (labelled) only when no official rate is stored.
 *
 * @example
 * const items = await buildTicker({ store, locale: "en", timeZone: "Asia/Almaty", now: new Date() });
 */
export async function buildTicker(options: TickerOptions): Promise<TickerItem[]> {
  const { store, locale, timeZone, now } = options;
  const t = translator(locale);
  const p = zonedParts(now, timeZone);
  const today = `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
  const items: TickerItem[] = [];
  for (const currency of TICKER_CURRENCIES) {
    // Up to two rows per day can come back (CBT and the peg), so ask for four to be sure of two days.
    let rows = onePerDate(
      await store.latest(currency.code, "USD", [...currency.sources], 4, today),
      currency.sources,
    );
    let demo = false;
    if (rows.length === 0) {
      rows = await store.latest(currency.code, "USD", ["demo"], 2, today);
      demo = rows.length > 0;
    }
    const [current, previous] = rows;
    if (current === undefined) continue;
    const value = perUnit(current);
    const change = previous === undefined ? null : rateChange(perUnit(previous), value, locale);
    const effective = formatDate(new Date(`${current.date}T12:00:00Z`), locale, "UTC");
    const stale =
      businessDaysBetween(current.date, today) > STALE_BUSINESS_DAYS
        ? t("notUpdatedSince", { date: effective })
        : null;
    items.push({
      code: currency.code,
      pair: `USD/${currency.code}`,
      value: formatDecimal(value, 2, locale),
      change: change?.text ?? rateChange(value, value, locale).text,
      direction: change?.direction ?? "flat",
      fixed: "fixed" in currency && currency.fixed,
      note: t("rateEffective", { date: effective, source: currency.bank[locale] }),
      stale,
      demo,
    });
  }
  return items;
}
