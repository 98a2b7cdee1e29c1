import { describe, expect, it } from "vitest";
import { ownRatesFixture, sharedRatesFixture, thrownBy } from "../../../test/fixtures/rates/helpers.js";
import { perUnitValue } from "../quote.js";
import { nbkSource, parseNbk } from "./nbk.js";

const real = () => parseNbk(sharedRatesFixture("nbk-get_rates-2026-04-01.xml"), "2026-04-01");
const row = (currency: string) => real().rows.find((r) => r.currency === currency);

describe("NBK get_rates.cfm", () => {
  it("reads the bank's date, base and every item of the recorded response", () => {
    const rates = real();
    expect(rates.source).toBe("nbk");
    expect(rates.date).toBe("2026-04-01");
    expect(rates.base).toBe("KZT");
    expect(rates.rows).toHaveLength(39);
    expect(rates.rows.map((r) => r.currency)).not.toContain("TMT");
  });

  it("keeps the values exactly as written in the file, trimmed", () => {
    expect(row("USD")).toEqual({ currency: "USD", value: "478.77", nominal: 1 });
    expect(row("EUR")).toEqual({ currency: "EUR", value: "548.62", nominal: 1 });
    expect(row("KGS")).toEqual({ currency: "KGS", value: "5.47", nominal: 1 });
    expect(row("TJS")).toEqual({ currency: "TJS", value: "50.19", nominal: 1 });
    expect(row("GEL")).toEqual({ currency: "GEL", value: "179.5", nominal: 1 });
    expect(row("JPY")).toEqual({ currency: "JPY", value: "3", nominal: 1 });
    expect(row("KWD")).toEqual({ currency: "KWD", value: "1560.02", nominal: 1 });
  });

  it("uses each item's own quant: 10, 100 and 1000", () => {
    expect(row("AMD")).toEqual({ currency: "AMD", value: "12.72", nominal: 10 });
    expect(row("HUF")).toEqual({ currency: "HUF", value: "14.23", nominal: 10 });
    expect(row("UZS")).toEqual({ currency: "UZS", value: "3.93", nominal: 100 });
    expect(row("KRW")).toEqual({ currency: "KRW", value: "31.29", nominal: 100 });
    expect(row("IRR")).toEqual({ currency: "IRR", value: "0.4", nominal: 1000 });
    expect(perUnitValue(row("AMD")!).toString()).toBe("1.272");
    expect(perUnitValue(row("UZS")!).toString()).toBe("0.0393");
    expect(perUnitValue(row("KRW")!).toString()).toBe("0.3129");
    expect(perUnitValue(row("IRR")!).toString()).toBe("0.0004");
  });

  it("builds the dated URL", () => {
    expect(nbkSource.buildUrl("2026-04-01")).toBe(
      "https://nationalbank.kz/rss/get_rates.cfm?fdate=01.04.2026",
    );
    expect(() => nbkSource.buildUrl("01.04.2026")).toThrow(/YYYY-MM-DD/);
  });

  it("returns the bank's date even when another day was asked for", () => {
    expect(parseNbk(sharedRatesFixture("nbk-get_rates-2026-04-01.xml"), "2026-04-04").date).toBe(
      "2026-04-01",
    );
  });

  it("refuses XML cut off mid-item", () => {
    const error = thrownBy(() => parseNbk(ownRatesFixture("nbk-truncated.xml"), "2026-04-01"));
    expect(error.code).toBe("RATES_BAD_RESPONSE");
    expect(error.message).toMatch(/^nbk: expected XML with <rates>, but the XML is malformed or cut off \(/);
    expect(error.details).toMatchObject({ source: "nbk", requestedDate: "2026-04-01" });
  });

  it("refuses a response without its <date>", () => {
    const error = thrownBy(() => parseNbk(ownRatesFixture("nbk-missing-date.xml")));
    expect(error.code).toBe("RATES_BAD_RESPONSE");
    expect(error.message).toBe("nbk: <rates> has no <date>");
    expect(error.details).toMatchObject({ source: "nbk", missing: "date" });
  });

  it("refuses an item without a quant or with a zero value, naming the item", () => {
    const xml = (item: string) =>
      new TextEncoder().encode(
        `<rates><date>01.04.2026</date><item><title>USD</title>${item}</item></rates>`,
      );
    expect(thrownBy(() => parseNbk(xml("<description>478.77</description>"))).message).toBe(
      "nbk: <item> #1 (USD) has no <quant>",
    );
    expect(thrownBy(() => parseNbk(xml("<description>0.00</description><quant>1</quant>"))).message).toBe(
      'nbk: <item> #1 (USD) has the value "0.00"; a rate must be greater than zero',
    );
    expect(thrownBy(() => parseNbk(xml("<description>478.77</description><quant>0</quant>"))).message).toBe(
      'nbk: <item> #1 (USD) has the nominal "0"; expected a whole number above zero',
    );
  });
});
