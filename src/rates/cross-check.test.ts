/**
 * Cross-checks between banks on the recorded responses: the parsers, nominals and cross-rate
 * arithmetic are right only if independent banks agree about the same currencies.
 */
import { describe, expect, it } from "vitest";
import { SHARED_RATES_FIXTURES, sharedRatesFixture } from "../../test/fixtures/rates/helpers.js";
import type { Decimal } from "../core/decimal.js";
import { crossRate, perUnitValue } from "./quote.js";
import { RATE_SOURCES } from "./sources/index.js";
import type { ParsedRates, SourceId } from "./types.js";

const load = (id: SourceId): ParsedRates =>
  RATE_SOURCES[id].parse(sharedRatesFixture(SHARED_RATES_FIXTURES[id]));
const usdRow = (rates: ParsedRates) => perUnitValue(rates.rows.find((r) => r.currency === "USD")!);
/** |a ÷ b − 1| as a Decimal fraction. */
const gap = (a: Decimal, b: Decimal) => a.divide(b, { significantDigits: 12 }).minus(1).abs();

describe("KZT per USD: NBK against the Bank of Russia's cross", () => {
  const nbk = load("nbk");
  const cbr = load("cbr");
  // RUB per USD ÷ RUB per 1 KZT (16.3172 RUB per 100 KZT) = KZT per USD.
  const viaCbr = crossRate(cbr, "USD", "KZT");

  it("computes the cross from the bank's own quotes and nominal", () => {
    expect(viaCbr.round({ decimalPlaces: 2 }).toString()).toBe("462.87");
    expect(usdRow(nbk).toString()).toBe("478.77");
  });

  it("agrees within 4%, because the two files are 24 days apart", () => {
    // The files are NOT the same day: NBK's is dated 01.04.2026, the Bank of Russia's 25.04.2026
    // (a Saturday file, recorded Sunday 26 April). The tenge moved in between: on the same
    // 01.04.2026 the CBU cross below gives 477.64 (0.24% from NBK), and in May CBT (20.05) and NBT
    // (18.05) imply 471.44 and 474.1. So the 3.3% gap here is the market over three weeks, not a
    // parsing error, and 1% cannot be asked of this pair of recordings. Record a same-day pair
    // (get_rates.cfm?fdate=25.04.2026 or XML_daily.asp?date_req=01/04/2026) to tighten it to 1%.
    expect(nbk.date).toBe("2026-04-01");
    expect(cbr.date).toBe("2026-04-25");
    const difference = gap(viaCbr, usdRow(nbk));
    expect(difference.round({ decimalPlaces: 4 }).toString()).toBe("0.0332");
    expect(difference.compare("0.04")).toBe(-1);
  });
});

describe("same-day and flat-currency checks within 1%", () => {
  it("KZT per USD: NBK and the CBU cross agree on 01.04.2026", () => {
    const nbk = load("nbk");
    const cbu = load("cbu");
    expect(cbu.date).toBe(nbk.date);
    // UZS per USD ÷ UZS per KZT = 12194.21 ÷ 25.53 = 477.64...
    const viaCbu = crossRate(cbu, "USD", "KZT");
    expect(viaCbu.round({ decimalPlaces: 2 }).toString()).toBe("477.64");
    expect(gap(viaCbu, usdRow(nbk)).compare("0.01")).toBe(-1);
  });

  it("KGS per USD: NBKR and the Bank of Russia's cross agree (the som is managed nearly flat)", () => {
    const nbkr = load("nbkr");
    const viaCbr = crossRate(load("cbr"), "USD", "KGS"); // 75.5273 ÷ 0.864125 = 87.40
    expect(viaCbr.toFixed(2)).toBe("87.40");
    expect(gap(viaCbr, usdRow(nbkr)).compare("0.01")).toBe(-1);
  });

  it("KGS per USD: CBT's cross on 20.05 agrees with NBKR's 24.05 rate", () => {
    const viaCbt = crossRate(load("cbt"), "USD", "KGS"); // 3.5 ÷ 0.040023
    expect(gap(viaCbt, usdRow(load("nbkr"))).compare("0.01")).toBe(-1);
  });

  it("TJS: NBT's TMT rate times the 3.5 peg is NBT's USD rate, to the last digit", () => {
    const nbt = load("nbt");
    expect(crossRate(nbt, "USD", "TMT").toString()).toBe("3.5");
  });
});
