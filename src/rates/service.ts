/**
 * Reading rates for the pages and the API: which publication answers a currency on a day,
 * cross rates through that bank's own quotes, histories and exact conversions.
 *
 * Every answer names its source and effective date. Official rates come first; demo data
 * (source "demo") answers only for a currency that has no official rate stored at all, and is
 * flagged so the page can label it.
 */
import { Decimal } from "../core/decimal.js";
import { AppError } from "../core/errors.js";
import { pricingCurrency, regionalCurrency, SUPPORTED_CURRENCIES } from "./currencies.js";
import { perUnitValue } from "./quote.js";
import type { RateStore, StoredRate } from "./store.js";

/** The source id of generated demo rates. */
export const DEMO_SOURCE = "demo";

/** One bank's rates in its currency on one effective day. */
export interface Publication {
  source: string;
  /** The bank's currency ("KZT"). */
  base: string;
  /** Effective date, YYYY-MM-DD. */
  date: string;
  rows: StoredRate[];
  demo: boolean;
  /** True for the official TMT peg (source "cbt-peg"). */
  peg: boolean;
}

/** A rate between two currencies, with what it was computed from. */
export interface PairQuote {
  from: string;
  to: string;
  /** Units of `to` per 1 unit of `from`, exact to 20 significant digits. */
  value: Decimal;
  source: string;
  /** Effective date of the publication used. */
  date: string;
  demo: boolean;
  peg: boolean;
  /** The published figures used: value per nominal units of `currency`, in the bank's currency. */
  published: { currency: string; value: string; nominal: number; bankDate: string }[];
  /** The bank's currency, in which `published` values are expressed. */
  bankCurrency: string;
}

/** One point of a history: units of the currency per 1 unit of `against`. */
export interface HistoryPoint {
  date: string;
  value: Decimal;
  source: string;
  published: string;
  nominal: number;
  bankDate: string;
  demo: boolean;
}

const WORKING = { significantDigits: 20 } as const;

/**
 * @example
 * const rates = createRatesService(store);
 * const q = await rates.quote("USD", "KZT", "2026-04-04"); // NBK's rate of 2026-04-01 (Saturday asks fall back)
 */
export function createRatesService(store: RateStore) {
  async function publicationFor(
    currency: string,
    onOrBefore: string,
    needs?: string,
  ): Promise<Publication | null> {
    const regional = regionalCurrency(currency);
    if (regional === undefined) return null;
    let best: { source: string; date: string } | undefined;
    for (const source of regional.sources) {
      const date = await store.latestDate(source, currency, onOrBefore, needs);
      // Sources are in order of preference: a later one wins only with a newer date.
      if (date !== undefined && (best === undefined || date > best.date)) best = { source, date };
    }
    if (best === undefined) {
      const everOfficial = await Promise.all(
        regional.sources.map((s) => store.latestDate(s, currency, "9999-12-31")),
      );
      if (everOfficial.some((d) => d !== undefined)) return null;
      const date = await store.latestDate(DEMO_SOURCE, currency, onOrBefore, needs);
      if (date === undefined) return null;
      best = { source: DEMO_SOURCE, date };
    }
    const rows = await store.publication(best.source, currency, best.date);
    return {
      source: best.source,
      base: currency,
      date: best.date,
      rows,
      demo: best.source === DEMO_SOURCE,
      peg: best.source === "cbt-peg",
    };
  }

  return {
    publicationFor,

    /**
     * Units of `to` per 1 unit of `from` on `onOrBefore` (the last publication on or before it),
     * through the quotes of one bank (see `pricingCurrency`), or null when none is stored.
     *
     * @throws AppError VALIDATION_FAILED for an unsupported currency.
     */
    async quote(from: string, to: string, onOrBefore: string): Promise<PairQuote | null> {
      assertSupported(from);
      assertSupported(to);
      const bank = pricingCurrency(from, to);
      const other = [from, to].filter((c) => c !== bank);
      const publication = await publicationFor(bank, onOrBefore, other[0]);
      if (publication === null) return null;
      const published: PairQuote["published"] = [];
      const perUnit = (currency: string): Decimal | null => {
        if (currency === bank) return Decimal.ONE;
        const row = publication.rows.find((r) => r.quote === currency);
        if (row === undefined) return null;
        published.push({ currency, value: row.value, nominal: row.nominal, bankDate: row.bank_date });
        return perUnitValue({ currency, value: row.value, nominal: row.nominal });
      };
      const fromValue = perUnit(from);
      const toValue = perUnit(to);
      if (fromValue === null || toValue === null) return null;
      return {
        from,
        to,
        value: from === to ? Decimal.ONE : fromValue.divide(toValue, WORKING),
        source: publication.source,
        date: publication.date,
        demo: publication.demo,
        peg: publication.peg,
        published,
        bankCurrency: bank,
      };
    },

    /**
     * The history of `currency` (a regional one) against `against`: units of `currency` per 1
     * unit of `against`, oldest first, from the currency's own bank. Where two sources have the
     * same day (CBT and the peg), the preferred one is kept.
     */
    async history(currency: string, against: string, from: string, to: string): Promise<HistoryPoint[]> {
      const regional = regionalCurrency(currency);
      if (regional === undefined) return [];
      const byDate = new Map<string, HistoryPoint>();
      for (const source of regional.sources) {
        for (const row of await store.between(source, currency, [against], from, to)) {
          if (byDate.has(row.date)) continue;
          byDate.set(row.date, point(row, false));
        }
      }
      if (byDate.size === 0 && (await publicationFor(currency, to, against))?.demo === true) {
        for (const row of await store.between(DEMO_SOURCE, currency, [against], from, to)) {
          byDate.set(row.date, point(row, true));
        }
      }
      return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    },

    /** The first effective date of `currency` against `against` from its bank(s) or demo data. */
    async firstDate(currency: string, against: string, demo: boolean): Promise<string | undefined> {
      const regional = regionalCurrency(currency);
      if (regional === undefined) return undefined;
      const sources = demo ? [DEMO_SOURCE] : regional.sources;
      const dates = await Promise.all(sources.map((s) => store.firstDate(s, currency, against)));
      return dates.filter((d): d is string => d !== undefined).sort()[0];
    },
  };
}

export type RatesService = ReturnType<typeof createRatesService>;

/**
 * Throws VALIDATION_FAILED naming the currency and the supported ones.
 *
 * @example assertSupported("XYZ"); // throws 'Unknown currency "XYZ"; supported: KZT, ...'
 */
export function assertSupported(code: string): void {
  if (!SUPPORTED_CURRENCIES.includes(code)) {
    throw new AppError(
      "VALIDATION_FAILED",
      `Unknown currency "${code}"; supported: ${SUPPORTED_CURRENCIES.join(", ")}.`,
      { details: { currency: code } },
    );
  }
}

function point(row: StoredRate, demo: boolean): HistoryPoint {
  return {
    date: row.date,
    value: perUnitValue({ currency: row.quote, value: row.value, nominal: row.nominal }),
    source: row.source,
    published: row.value,
    nominal: row.nominal,
    bankDate: row.bank_date,
    demo,
  };
}
