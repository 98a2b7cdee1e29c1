import { describe, expect, it } from "vitest";
import { ownRatesFixture, sharedRatesFixture, thrownBy } from "../../../test/fixtures/rates/helpers.js";
import { Decimal } from "../../core/decimal.js";
import { perUnitValue } from "../quote.js";
import { cbrSource, parseCbr } from "./cbr.js";
import { children, readXml } from "./xml.js";

const bytes = () => sharedRatesFixture("cbr-xml_daily.xml");
const rates = () => parseCbr(bytes());
const row = (currency: string) => rates().rows.find((r) => r.currency === currency);

describe("Bank of Russia XML_daily.asp", () => {
  it("decodes windows-1251 and reads the Saturday date and all records", () => {
    const parsed = rates();
    expect(parsed).toMatchObject({ source: "cbr", date: "2026-04-25", base: "RUB" });
    expect(parsed.rows).toHaveLength(54);
  });

  it("keeps the values written in the file, comma turned into a point", () => {
    expect(row("USD")).toEqual({ currency: "USD", value: "75.5273", nominal: 1 });
    expect(row("EUR")).toEqual({ currency: "EUR", value: "88.2826", nominal: 1 });
    expect(row("TMT")).toEqual({ currency: "TMT", value: "21.5792", nominal: 1 });
    expect(row("KZT")).toEqual({ currency: "KZT", value: "16.3172", nominal: 100 });
    expect(row("KGS")).toEqual({ currency: "KGS", value: "86.4125", nominal: 100 });
    expect(row("TJS")).toEqual({ currency: "TJS", value: "80.0866", nominal: 10 });
    expect(row("UZS")).toEqual({ currency: "UZS", value: "62.8322", nominal: 10000 });
    expect(row("IRR")).toEqual({ currency: "IRR", value: "53.9256", nominal: 1000000 });
  });

  it("gives the same per-unit value as the bank's own VunitRate for every record", () => {
    // VunitRate is the bank's Value ÷ Nominal ("0,00628322", "5,39256E-05"); it covers nominals
    // 1, 10, 100, 1000, 10000 and 1000000 in this file.
    const root = readXml(bytes(), { source: "cbr" }, { root: "ValCurs", encoding: "windows-1251" });
    const published = new Map(
      children(root, "Valute").map((v) => [
        v.children.find((c) => c.name === "CharCode")!.text,
        Decimal.parse(v.children.find((c) => c.name === "VunitRate")!.text),
      ]),
    );
    const nominals = new Set<number>();
    for (const r of rates().rows) {
      nominals.add(r.nominal);
      expect(perUnitValue(r).toString(), r.currency).toBe(published.get(r.currency)!.toString());
    }
    expect([...nominals].sort((a, b) => a - b)).toEqual([1, 10, 100, 1000, 10000, 1000000]);
    expect(perUnitValue(row("UZS")!).toString()).toBe("0.00628322");
  });

  it("builds the dated URL with the DD/MM/YYYY query", () => {
    expect(cbrSource.buildUrl("2026-04-25")).toBe(
      "https://www.cbr.ru/scripts/XML_daily.asp?date_req=25/04/2026",
    );
  });

  it("refuses a record without <Nominal>, naming it", () => {
    const error = thrownBy(() => parseCbr(ownRatesFixture("cbr-missing-nominal.xml"), "2026-04-25"));
    expect(error.code).toBe("RATES_BAD_RESPONSE");
    expect(error.message).toBe("cbr: <Valute> #2 (KZT) has no <Nominal>");
    expect(error.details).toMatchObject({ source: "cbr", requestedDate: "2026-04-25", missing: "Nominal" });
  });
});
