import { describe, expect, it } from "vitest";
import { ownRatesFixture, sharedRatesFixture, thrownBy } from "../../../test/fixtures/rates/helpers.js";
import { perUnitValue } from "../quote.js";
import { nbkrSource, nbkrWeeklySource } from "./nbkr.js";

describe("NBKR daily.xml", () => {
  const rates = () => nbkrSource.parse(sharedRatesFixture("nbkr-daily-2026-05-24.xml"));

  it("reads all five currencies with the decimal comma turned into a point", () => {
    const parsed = rates();
    expect(parsed).toMatchObject({ source: "nbkr", base: "KGS" });
    expect(parsed.rows).toEqual([
      { currency: "USD", value: "87.4500", nominal: 1 },
      { currency: "EUR", value: "101.5076", nominal: 1 },
      { currency: "CNY", value: "12.8707", nominal: 1 },
      { currency: "KZT", value: "0.1859", nominal: 1 },
      { currency: "RUB", value: "1.2263", nominal: 1 },
    ]);
  });

  it("returns the date in the file, a Sunday, whatever day was asked for", () => {
    // Fetched on Saturday 23 May (UTC); the rates are valid for Sunday 24 May.
    expect(nbkrSource.parse(sharedRatesFixture("nbkr-daily-2026-05-24.xml"), "2026-05-23").date).toBe(
      "2026-05-24",
    );
  });

  it("has no dated URL: the file is always the latest publication", () => {
    expect(nbkrSource.datedUrl).toBe(false);
    expect(nbkrSource.buildUrl("2020-01-01")).toBe("https://www.nbkr.kg/XML/daily.xml");
    expect(nbkrSource.encoding).toBe("windows-1251");
  });

  it("refuses an HTML error page, quoting its start", () => {
    const error = thrownBy(() => nbkrSource.parse(ownRatesFixture("nbkr-error-page.html")));
    expect(error.code).toBe("RATES_BAD_RESPONSE");
    expect(error.message).toMatch(
      /^nbkr: expected XML with <CurrencyRates>, got an HTML page \("<!DOCTYPE html> <html lang=\\"ru\\">/,
    );
    expect(error.details).toMatchObject({ source: "nbkr" });
  });
});

describe("NBKR weekly.xml", () => {
  const rates = () => nbkrWeeklySource.parse(sharedRatesFixture("nbkr-weekly-2026-05-23.xml"));
  const row = (currency: string) => rates().rows.find((r) => r.currency === currency);

  it("reads about 40 currencies, TJS, UZS and TMT among them", () => {
    const parsed = rates();
    expect(parsed).toMatchObject({ source: "nbkr-weekly", base: "KGS", date: "2026-05-23" });
    expect(parsed.rows).toHaveLength(40);
    expect(row("TJS")).toEqual({ currency: "TJS", value: "9.4148", nominal: 1 });
    expect(row("UZS")).toEqual({ currency: "UZS", value: "0.0073", nominal: 1 });
    expect(row("TMT")).toEqual({ currency: "TMT", value: "24.9857", nominal: 1 });
    expect(row("GBP")).toEqual({ currency: "GBP", value: "117.4147", nominal: 1 });
    expect(row("OMR")).toEqual({ currency: "OMR", value: "227.1370", nominal: 1 });
  });

  it("uses each record's own nominal: 10 and 100", () => {
    expect(row("JPY")).toEqual({ currency: "JPY", value: "5.4969", nominal: 10 });
    expect(row("IRR")).toEqual({ currency: "IRR", value: "0.0007", nominal: 10 });
    expect(row("BYR")).toEqual({ currency: "BYR", value: "0.3402", nominal: 100 });
    expect(perUnitValue(row("JPY")!).toString()).toBe("0.54969");
    expect(perUnitValue(row("IRR")!).toString()).toBe("0.00007");
    expect(perUnitValue(row("BYR")!).toString()).toBe("0.003402");
  });

  it("names itself in errors", () => {
    const error = thrownBy(() => nbkrWeeklySource.parse(ownRatesFixture("empty-body.txt")));
    expect(error.message).toBe("nbkr-weekly: expected XML with <CurrencyRates>, got an empty body (0 bytes)");
    expect(error.details).toMatchObject({ source: "nbkr-weekly" });
  });
});
