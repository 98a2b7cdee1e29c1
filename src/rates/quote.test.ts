import { describe, expect, it } from "vitest";
import { SHARED_RATES_FIXTURES, sharedRatesFixture, thrownBy } from "../../test/fixtures/rates/helpers.js";
import { Decimal } from "../core/decimal.js";
import { crossRate, formatDecimal, marketQuote, perUnitValue, rateChange } from "./quote.js";
import { RATE_SOURCES, tmtPegRates } from "./sources/index.js";
import type { ParsedRates, SourceId } from "./types.js";

const load = (id: SourceId): ParsedRates =>
  RATE_SOURCES[id].parse(sharedRatesFixture(SHARED_RATES_FIXTURES[id]));

describe("perUnitValue", () => {
  it("divides the published value by the record's nominal, exactly", () => {
    expect(perUnitValue({ currency: "JPY", value: "5.4969", nominal: 10 }).toString()).toBe("0.54969");
    expect(perUnitValue({ currency: "UZS", value: "3.93", nominal: 100 }).toString()).toBe("0.0393");
    expect(perUnitValue({ currency: "UZS", value: "0.2913", nominal: 1000 }).toString()).toBe("0.0002913");
    expect(perUnitValue({ currency: "UZS", value: "62.8322", nominal: 10000 }).toString()).toBe("0.00628322");
    expect(perUnitValue({ currency: "XXX", value: "1", nominal: 3 }).toString()).toBe(
      "0.33333333333333333333",
    );
  });
});

describe("crossRate", () => {
  it("goes through one bank's quotes: KZT per EUR ÷ KZT per USD = USD per EUR", () => {
    expect(crossRate(load("nbk"), "EUR", "USD").round({ significantDigits: 6 }).toString()).toBe("1.14589");
  });

  it("treats the bank's own currency as 1 and refuses a currency it does not quote", () => {
    const nbk = load("nbk");
    expect(crossRate(nbk, "USD", "KZT").toString()).toBe("478.77");
    expect(crossRate(nbk, "KZT", "KZT").toString()).toBe("1");
    const error = thrownBy(() => crossRate(nbk, "USD", "TMT"));
    expect(error.code).toBe("RATES_NOT_AVAILABLE");
    expect(error.message).toBe("nbk has no TMT rate for 2026-04-01; it quotes 39 currencies against KZT.");
  });
});

describe("marketQuote", () => {
  it("quotes local currency per 1 USD with the bank's precision", () => {
    expect(marketQuote(load("nbk"), { locale: "en" }).text).toBe("USD/KZT 478.77");
    expect(marketQuote(load("cbu"), { locale: "en" }).text).toBe("USD/UZS 12,194.21");
    expect(marketQuote(load("nbkr"), { locale: "en" }).text).toBe("USD/KGS 87.4500");
    expect(marketQuote(load("nbt"), { locale: "en" }).text).toBe("USD/TJS 9.3450");
    expect(marketQuote(tmtPegRates("2026-05-24"), { locale: "en" }).text).toBe("USD/TMT 3.50");
  });

  it("groups and marks decimals for the locale", () => {
    const quote = marketQuote(load("cbu"), { locale: "ru" });
    // CLDR groups "ru" with a no-break space (U+00A0, or U+202F in some ICU versions).
    expect(quote.formattedValue).toMatch(/^12[\u00a0\u202f]194,21$/);
    expect(quote.pair).toBe("USD/UZS");
    expect(quote.value.toString()).toBe("12194.21");
  });

  it("shows about four significant digits for a computed cross", () => {
    expect(marketQuote(load("cbr"), { locale: "en", quote: "KZT" }).text).toBe("USD/KZT 462.87");
    expect(marketQuote(load("cbr"), { locale: "en", quote: "TJS" }).text).toBe("USD/TJS 9.431");
    expect(marketQuote(load("cbr"), { locale: "en", quote: "UZS" }).text).toBe("USD/UZS 12,020.48");
    expect(marketQuote(load("cbu"), { locale: "en", base: "UZS", quote: "USD" }).text).toBe(
      "UZS/USD 0.00008201",
    );
  });

  it("takes an explicit number of decimals and rounds half-up once", () => {
    expect(marketQuote(load("cbu"), { locale: "en", fractionDigits: 0 }).text).toBe("USD/UZS 12,194");
    expect(marketQuote(load("nbkr"), { locale: "en", fractionDigits: 2 }).text).toBe("USD/KGS 87.45");
  });
});

describe("rateChange", () => {
  it.each([
    ["481.54", "478.77", "−0.58%", "down"], // NBK USD, change -2.77
    ["12210.71", "12194.21", "−0.14%", "down"], // CBU USD, Diff -16.5
    ["478.77", "479.34", "+0.12%", "up"],
    ["100", "99.95", "−0.05%", "down"],
    ["3.5", "3.5", "0.00%", "flat"],
    ["87.4500", "87.45", "0.00%", "flat"],
    ["12194.21", "12194.20", "0.00%", "flat"], // −0.00008%: too small to show, so flat, never "−0.00%"
    ["12194.21", "12194.22", "0.00%", "flat"],
    ["100", "100.005", "+0.01%", "up"], // +0.005% is a tie: half-up
    ["100", "99.995", "−0.01%", "down"],
    ["3484.06", "4037.68", "+15.89%", "up"], // CBU's TMT error of 01.04.2026
    ["1", "1234.5", "+123,350.00%", "up"],
  ])("%s → %s is %s (%s)", (previous, current, text, direction) => {
    const change = rateChange(previous, current, "en");
    expect(change.text).toBe(text);
    expect(change.direction).toBe(direction);
    expect(change.text).not.toMatch(/^-|−0\.00|-0/);
  });

  it("keeps the unrounded percent for thresholds", () => {
    expect(rateChange("12210.71", "12194.21", "en").percent.toString()).toBe("-0.135127277611");
  });

  it("uses the locale's decimal mark", () => {
    expect(rateChange("478.77", "479.34", "ru").text).toBe("+0,12%");
    expect(rateChange(Decimal.parse("100"), Decimal.parse("99.95"), "ru").text).toBe("−0,05%");
  });
});

describe("formatDecimal", () => {
  it("rounds half-up and never passes through a float", () => {
    expect(formatDecimal(Decimal.parse("0.125"), 2, "en")).toBe("0.13");
    expect(formatDecimal(Decimal.parse("12345678901234567.125"), 2, "en")).toBe("12,345,678,901,234,567.13");
    expect(formatDecimal(Decimal.parse("-0.001"), 2, "en")).toBe("0.00");
  });
});
