import { describe, expect, it } from "vitest";
import { ownRatesFixture, sharedRatesFixture, thrownBy } from "../../../test/fixtures/rates/helpers.js";
import { Decimal } from "../../core/decimal.js";
import { perUnitValue } from "../quote.js";
import { nbtSource, parseNbt } from "./nbt.js";

const rates = () => parseNbt(sharedRatesFixture("nbt-export_xml-2026-05-18.xml"), "2026-05-18");
const row = (currency: string) => rates().rows.find((r) => r.currency === currency);

describe("NBT export_xml.php", () => {
  it("reads the date attribute (already YYYY-MM-DD) and all 36 records", () => {
    const parsed = rates();
    expect(parsed).toMatchObject({ source: "nbt", date: "2026-05-18", base: "TJS" });
    expect(parsed.rows).toHaveLength(36);
  });

  it("keeps values with the bank's four decimals", () => {
    expect(row("USD")).toEqual({ currency: "USD", value: "9.3450", nominal: 1 });
    expect(row("EUR")).toEqual({ currency: "EUR", value: "10.8757", nominal: 1 });
    expect(row("RUB")).toEqual({ currency: "RUB", value: "0.1277", nominal: 1 });
    expect(row("TMT")).toEqual({ currency: "TMT", value: "2.6700", nominal: 1 });
    expect(row("KWD")).toEqual({ currency: "KWD", value: "30.4993", nominal: 1 });
  });

  it("uses each record's nominal: KGS and KZT per 10, UZS per 100, IRR per 1000", () => {
    expect(row("KGS")).toEqual({ currency: "KGS", value: "1.0686", nominal: 10 });
    expect(row("KZT")).toEqual({ currency: "KZT", value: "0.1971", nominal: 10 });
    expect(row("UZS")).toEqual({ currency: "UZS", value: "0.0780", nominal: 100 });
    expect(row("IRR")).toEqual({ currency: "IRR", value: "0.0071", nominal: 1000 });
    expect(perUnitValue(row("KZT")!).toString()).toBe("0.01971");
    expect(perUnitValue(row("UZS")!).toString()).toBe("0.00078");
    expect(perUnitValue(row("IRR")!).toString()).toBe("0.0000071");
  });

  it("quotes TMT at exactly USD ÷ 3.5, the Turkmen peg", () => {
    expect(Decimal.parse(row("TMT")!.value).times("3.5").equals(row("USD")!.value)).toBe(true);
  });

  it("returns the bank's date when it answered another day than the one asked for", () => {
    // NBT answers out-of-range dates with today's rates; the caller compares the two dates.
    expect(parseNbt(sharedRatesFixture("nbt-export_xml-2026-05-18.xml"), "2031-01-01").date).toBe(
      "2026-05-18",
    );
  });

  it("builds the dated URL", () => {
    expect(nbtSource.buildUrl("2026-05-18")).toBe(
      "https://www.nbt.tj/en/kurs/export_xml.php?date=2026-05-18&export=xmlout",
    );
  });

  it('refuses a value "abc", naming the record', () => {
    const error = thrownBy(() => parseNbt(ownRatesFixture("nbt-bad-value.xml")));
    expect(error.code).toBe("RATES_BAD_RESPONSE");
    expect(error.message).toBe('nbt: <Valute> #2 (EUR) has the value "abc", which is not a decimal number');
    expect(error.details).toMatchObject({ source: "nbt", value: "abc" });
  });
});
