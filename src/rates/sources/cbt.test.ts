import { describe, expect, it } from "vitest";
import { ownRatesFixture, sharedRatesFixture, thrownBy } from "../../../test/fixtures/rates/helpers.js";
import { perUnitValue } from "../quote.js";
import { cbtSource, parseCbt, tmtPegRates } from "./cbt.js";

const rates = () => parseCbt(sharedRatesFixture("cbt-kurs-2026-05-20.xml"), "2026-05-20");
const row = (currency: string) => rates().rows.find((r) => r.currency === currency);

describe("CBT kurs/YYYY/DDMMYYYY.xml", () => {
  it("reads the date element and all 48 rates in TMT", () => {
    const parsed = rates();
    expect(parsed).toMatchObject({ source: "cbt", date: "2026-05-20", base: "TMT" });
    expect(parsed.peg).toBeUndefined();
    expect(parsed.rows).toHaveLength(48);
  });

  it("keeps rate_tmt as written, with each record's multiplier", () => {
    expect(row("USD")).toEqual({ currency: "USD", value: "3.5", nominal: 1 });
    expect(row("TJS")).toEqual({ currency: "TJS", value: "0.3788", nominal: 1 });
    expect(row("EUR")).toEqual({ currency: "EUR", value: "4.0649", nominal: 1 });
    expect(row("MRU")).toEqual({ currency: "MRU", value: "0.8787", nominal: 10 });
    expect(row("KZT")).toEqual({ currency: "KZT", value: "0.7424", nominal: 100 });
    expect(row("KGS")).toEqual({ currency: "KGS", value: "4.0023", nominal: 100 });
    expect(row("UZS")).toEqual({ currency: "UZS", value: "0.2913", nominal: 1000 });
    expect(row("IRR")).toEqual({ currency: "IRR", value: "0.0265", nominal: 10000 });
  });

  it("divides by the multiplier for per-unit values", () => {
    expect(perUnitValue(row("MRU")!).toString()).toBe("0.08787");
    expect(perUnitValue(row("KZT")!).toString()).toBe("0.007424");
    expect(perUnitValue(row("UZS")!).toString()).toBe("0.0002913");
    expect(perUnitValue(row("IRR")!).toString()).toBe("0.00000265");
  });

  it("accepts the 2020–2023 date form YYYY-MM-DD", () => {
    const old = parseCbt(ownRatesFixture("cbt-2023-iso-date.xml"));
    expect(old.date).toBe("2023-03-15");
    expect(old.rows[1]).toEqual({ currency: "UZS", value: "0.3075", nominal: 1000 });
  });

  it("sends a browser User-Agent and builds the archive URL", () => {
    expect(cbtSource.headers["User-Agent"]).toMatch(/^Mozilla\/5\.0 /);
    expect(cbtSource.buildUrl("2026-05-20")).toBe("https://cbt.tm/kurs/2026/20052026.xml");
  });

  it("refuses an empty body", () => {
    const error = thrownBy(() => parseCbt(ownRatesFixture("empty-body.txt")));
    expect(error.code).toBe("RATES_BAD_RESPONSE");
    expect(error.message).toBe("cbt: expected XML with <cbt_currency_rate>, got an empty body (0 bytes)");
  });
});

describe("tmtPegRates", () => {
  it("gives USD at 3.5 TMT for any day since 2015, marked as a peg", () => {
    const pegged = tmtPegRates("2026-05-24");
    expect(pegged).toMatchObject({
      source: "cbt",
      date: "2026-05-24",
      base: "TMT",
      rows: [{ currency: "USD", value: "3.5", nominal: 1 }],
      peg: { since: "2015-01-01", authority: "Central Bank of Turkmenistan" },
    });
    expect(tmtPegRates("2015-01-01").rows[0]!.value).toBe("3.5");
  });

  it("agrees with the USD rate CBT published", () => {
    expect(tmtPegRates("2026-05-20").rows[0]).toEqual(row("USD"));
  });

  it("has no rate before the peg and refuses a malformed date", () => {
    const error = thrownBy(() => tmtPegRates("2014-12-31"));
    expect(error.code).toBe("RATES_NOT_AVAILABLE");
    expect(error.message).toMatch(/applies from 2015-01-01/);
    expect(() => tmtPegRates("20.05.2026")).toThrow(/YYYY-MM-DD/);
  });
});
