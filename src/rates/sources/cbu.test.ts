import { describe, expect, it } from "vitest";
import { ownRatesFixture, sharedRatesFixture, thrownBy } from "../../../test/fixtures/rates/helpers.js";
import { perUnitValue } from "../quote.js";
import { cbuSource, parseCbu } from "./cbu.js";

const rates = () => parseCbu(sharedRatesFixture("cbu-json-all-2026-04-01.json"), "2026-04-01");
const row = (currency: string) => rates().rows.find((r) => r.currency === currency);
const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const usd = { Ccy: "USD", Nominal: "1", Rate: "12194.21", Date: "01.04.2026" };

describe("CBU json/all", () => {
  it("reads the 75 string-valued rows and their shared date", () => {
    const parsed = rates();
    expect(parsed).toMatchObject({ source: "cbu", date: "2026-04-01", base: "UZS" });
    expect(parsed.rows).toHaveLength(75);
  });

  it("keeps the values written in the file", () => {
    expect(row("USD")).toEqual({ currency: "USD", value: "12194.21", nominal: 1 });
    expect(row("EUR")).toEqual({ currency: "EUR", value: "13984.32", nominal: 1 });
    expect(row("KGS")).toEqual({ currency: "KGS", value: "139.40", nominal: 1 });
    expect(row("KZT")).toEqual({ currency: "KZT", value: "25.53", nominal: 1 });
    expect(row("TJS")).toEqual({ currency: "TJS", value: "1272.88", nominal: 1 });
    // The wrong TMT figure of that day is kept as published (see research notes): not the parser's call.
    expect(row("TMT")).toEqual({ currency: "TMT", value: "4037.68", nominal: 1 });
  });

  it("uses the per-row nominal of 10", () => {
    expect(row("IDR")).toEqual({ currency: "IDR", value: "7.18", nominal: 10 });
    expect(row("VND")).toEqual({ currency: "VND", value: "4.63", nominal: 10 });
    expect(row("IRR")).toEqual({ currency: "IRR", value: "0.09", nominal: 10 });
    expect(perUnitValue(row("IDR")!).toString()).toBe("0.718");
    expect(perUnitValue(row("IRR")!).toString()).toBe("0.009");
  });

  it("builds the dated URL with its trailing slash", () => {
    expect(cbuSource.buildUrl("2026-04-01")).toBe(
      "https://cbu.uz/en/arkhiv-kursov-valyut/json/all/2026-04-01/",
    );
  });

  it("refuses a JSON object where the array belongs", () => {
    const error = thrownBy(() => parseCbu(ownRatesFixture("cbu-object.json")));
    expect(error.code).toBe("RATES_BAD_RESPONSE");
    expect(error.message).toMatch(/^cbu: expected a JSON array of rates, got an object \("\{\\"status\\"/);
    expect(error.details).toMatchObject({ source: "cbu" });
  });

  it("refuses cut-off JSON and an HTML page", () => {
    expect(thrownBy(() => parseCbu(ownRatesFixture("cbu-truncated.json"))).message).toMatch(
      /^cbu: expected a JSON array of rates, but the JSON is malformed or cut off/,
    );
    expect(thrownBy(() => parseCbu(ownRatesFixture("nbkr-error-page.html"))).message).toMatch(
      /^cbu: expected a JSON array of rates, got an HTML page/,
    );
  });

  it("refuses rows with a missing field, a wrong type, a bad value or a second date", () => {
    expect(thrownBy(() => parseCbu(json([{ ...usd, Rate: undefined }]))).message).toBe(
      'cbu: row #1 has no "Rate"',
    );
    expect(thrownBy(() => parseCbu(json([{ ...usd, Rate: true }]))).message).toBe(
      'cbu: row #1 has a "Rate" that is not a string',
    );
    expect(thrownBy(() => parseCbu(json([usd, "USD"]))).message).toBe("cbu: row #2 is not an object");
    expect(thrownBy(() => parseCbu(json([{ ...usd, Rate: "abc" }]))).message).toBe(
      'cbu: row #1 (USD) "Rate" has the value "abc", which is not a decimal number',
    );
    expect(thrownBy(() => parseCbu(json([usd, { ...usd, Ccy: "EUR", Date: "02.04.2026" }]))).message).toBe(
      "cbu: row #2 (EUR) is dated 2026-04-02 but earlier rows 2026-04-01; expected one date per response",
    );
    expect(thrownBy(() => parseCbu(json([]))).message).toBe("cbu: the response lists no rates");
    expect(thrownBy(() => parseCbu(json([usd, usd]))).message).toBe("cbu: USD is listed twice");
  });

  it("accepts a bare JSON number, keeping its digits", () => {
    expect(parseCbu(json([{ ...usd, Rate: 12194.21, Nominal: 1 }])).rows).toEqual([
      { currency: "USD", value: "12194.21", nominal: 1 },
    ]);
  });
});
