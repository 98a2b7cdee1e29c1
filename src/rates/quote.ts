/**
 * Display helpers for the ticker and the rates pages: market quotes ("USD/KZT 478.77") and
 * changes between publications ("+0.12%"). All arithmetic is exact (`core/decimal`); rounding
 * happens once, at the end, half-up (ties away from zero, like `Intl.NumberFormat`), and the
 * rounded digits are handed to `Intl.NumberFormat` as a string so it only adds grouping.
 */
import { Decimal, type DecimalInput, percentChange } from "../core/decimal.js";
import { AppError } from "../core/errors.js";
import type { ParsedRates, PublishedRate } from "./types.js";

/** Digits kept for values that are divided rather than published: far beyond any bank's precision. */
const WORKING_PRECISION = { significantDigits: 20 } as const;

/** The minus sign shown in changes (U+2212), which lines up with "+" in tabular figures. */
const MINUS = "\u2212";

/**
 * Units of the bank's base currency per 1 unit of `row.currency`: value ÷ nominal.
 *
 * @example perUnitValue({ currency: "UZS", value: "3.93", nominal: 100 }).toString(); // "0.0393"
 */
export function perUnitValue(row: PublishedRate): Decimal {
  return Decimal.parse(row.value).divide(row.nominal, WORKING_PRECISION);
}

/**
 * Units of `to` per 1 unit of `from`, through one bank's own quotes (either may be the bank's
 * base currency). KZT per EUR ÷ KZT per USD = USD per EUR.
 *
 * @throws AppError RATES_NOT_AVAILABLE when the publication lacks one of the currencies.
 * @example crossRate(nbk, "EUR", "USD"); // USD per 1 EUR
 */
export function crossRate(rates: ParsedRates, from: string, to: string): Decimal {
  return perUnitIn(rates, from).divide(perUnitIn(rates, to), WORKING_PRECISION);
}

export interface MarketQuote {
  /** "USD/KZT": units of the second currency per 1 unit of the first. */
  pair: string;
  value: Decimal;
  /** The value rounded and grouped for the locale: "12,194.21". */
  formattedValue: string;
  /** "USD/UZS 12,194.21" */
  text: string;
}

export interface MarketQuoteOptions {
  /** BCP 47 locale for grouping and the decimal mark ("en", "ru"). */
  locale: string;
  /** The first currency of the pair; "USD" unless given. */
  base?: string;
  /** The second currency of the pair; the bank's own currency unless given. */
  quote?: string;
  /**
   * Digits after the decimal mark. By default a rate the bank published directly keeps the
   * bank's precision (at least 2: NBKR "87.4500", NBK "478.77", CBT "3.5" as "3.50"), and a
   * computed cross shows about four significant digits (at least 2 decimals).
   */
  fractionDigits?: number;
}

/**
 * The market quote for a pair from one bank's publication. Market convention puts the dearer
 * currency first, so Central Asian currencies read "USD/UZS 12,194.21", never "UZS/USD 0.00008".
 *
 * @example marketQuote(cbuRates, { locale: "en" }).text; // "USD/UZS 12,194.21"
 */
export function marketQuote(rates: ParsedRates, options: MarketQuoteOptions): MarketQuote {
  const base = options.base ?? "USD";
  const quote = options.quote ?? rates.base;
  const value = crossRate(rates, base, quote);
  const published = quote === rates.base ? rates.rows.find((r) => r.currency === base) : undefined;
  const digits =
    options.fractionDigits ??
    (published !== undefined && published.nominal === 1
      ? Math.max(2, fractionLength(published.value))
      : defaultFractionDigits(value));
  const formattedValue = formatDecimal(value, digits, options.locale);
  const pair = `${base}/${quote}`;
  return { pair, value, formattedValue, text: `${pair} ${formattedValue}` };
}

export type Direction = "up" | "down" | "flat";

export interface RateChange {
  /** (current − previous) ÷ previous × 100, to 12 significant digits. */
  percent: Decimal;
  /** Signed, exactly two decimals: "+0.12%", "−0.05%", "0.00%" (never "-0%" or "-0.00%"). */
  text: string;
  /**
   * Follows the shown figure, so the arrow never contradicts the number: a move too small
   * to show at two decimals is "flat".
   */
  direction: Direction;
}

/**
 * The change from one publication to the next. Compare publications, not calendar days, and
 * feed unrounded per-unit values (or the published strings).
 *
 * @example rateChange("481.54", "478.77", "en").text; // "−0.58%"
 */
export function rateChange(previous: DecimalInput, current: DecimalInput, locale: string): RateChange {
  const percent = percentChange(previous, current, { significantDigits: 12 });
  const shown = percent.round({ decimalPlaces: 2 }, "half-up");
  const digits = formatDecimal(shown.abs(), 2, locale);
  if (shown.isZero()) return { percent, text: `${digits}%`, direction: "flat" };
  return shown.isNegative()
    ? { percent, text: `${MINUS}${digits}%`, direction: "down" }
    : { percent, text: `+${digits}%`, direction: "up" };
}

/**
 * `value` rounded half-up to `fractionDigits` and formatted for `locale` (grouping, decimal
 * mark), without passing through a float.
 *
 * @example formatDecimal(Decimal.parse("12194.21"), 2, "ru"); // "12 194,21" (with a no-break space)
 */
export function formatDecimal(value: Decimal, fractionDigits: number, locale: string): string {
  const fixed = value.toFixed(fractionDigits, "half-up");
  const format = new Intl.NumberFormat(locale, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  });
  // A string is formatted as an exact decimal (Intl.NumberFormat v3), so nothing is re-rounded.
  return format.format(fixed as `${number}`);
}

/**
 * Digits after the decimal mark for showing a rate: the bank's own precision when the value is
 * exactly what it published for one unit (NBKR "87.4500" keeps 4, CBT "3.5" shows "3.50"),
 * otherwise about four significant digits, never fewer than two decimals.
 *
 * @example displayDigits(Decimal.parse("87.45"), { currency: "USD", value: "87.4500", nominal: 1 }); // 4
 */
export function displayDigits(value: Decimal, published?: PublishedRate): number {
  if (published !== undefined && published.nominal === 1) return Math.max(2, fractionLength(published.value));
  return defaultFractionDigits(value);
}

function perUnitIn(rates: ParsedRates, currency: string): Decimal {
  if (currency === rates.base) return Decimal.ONE;
  const row = rates.rows.find((r) => r.currency === currency);
  if (row === undefined) {
    throw new AppError(
      "RATES_NOT_AVAILABLE",
      `${rates.source} has no ${currency} rate for ${rates.date}; it quotes ${rates.rows.length} currencies against ${rates.base}.`,
      { details: { source: rates.source, date: rates.date, currency } },
    );
  }
  return perUnitValue(row);
}

/** About four significant digits, never fewer than two decimals: 462.87, 9.434, 0.00008201. */
function defaultFractionDigits(value: Decimal): number {
  if (value.isZero()) return 2;
  const abs = value.abs();
  if (abs.compare(1) >= 0) {
    const integerDigits = abs.round({ decimalPlaces: 0 }).toString().length;
    return Math.max(2, 4 - integerDigits);
  }
  // Below one: the leading digit's position after the point, plus three more digits.
  const leadingZeros = abs.toString().length - 2 - abs.coefficient.toString().length;
  return Math.max(2, leadingZeros + 4);
}

function fractionLength(published: string): number {
  const point = published.indexOf(".");
  return point === -1 ? 0 : published.length - point - 1;
}
