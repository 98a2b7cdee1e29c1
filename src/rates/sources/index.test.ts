import { readdirSync } from "node:fs";
import { dirname } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ownRatesFixture,
  SHARED_RATES_FIXTURES,
  sharedRatesFixture,
  sharedRatesFixturePath,
  thrownBy,
} from "../../../test/fixtures/rates/helpers.js";
import { SOURCE_IDS } from "../types.js";
import { getRateSource, RATE_SOURCES } from "./index.js";

describe("the source registry", () => {
  it("has one descriptor per source id, with its own id", () => {
    expect(Object.keys(RATE_SOURCES).sort()).toEqual([...SOURCE_IDS].sort());
    for (const id of SOURCE_IDS) expect(RATE_SOURCES[id].id).toBe(id);
  });

  it("describes publication in each bank's own zone", () => {
    for (const source of Object.values(RATE_SOURCES)) {
      expect(source.publication.time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      expect(() => new Intl.DateTimeFormat("en", { timeZone: source.publication.timeZone })).not.toThrow();
      expect(source.buildUrl("2026-05-20")).toMatch(/^https:\/\//);
    }
  });

  it("refuses an unknown id, listing the known ones", () => {
    const error = thrownBy(() => getRateSource("ecb"));
    expect(error.code).toBe("RATES_SOURCE_UNKNOWN");
    expect(error.message).toBe('No rate source "ecb"; known: nbk, nbkr, nbkr-weekly, nbt, cbu, cbt, cbr.');
  });
});

describe("every recorded response", () => {
  it("is covered: each file in ../shared/fixtures/rates/ belongs to a source", () => {
    const files = readdirSync(dirname(sharedRatesFixturePath("x"))).sort();
    expect(files).toEqual(Object.values(SHARED_RATES_FIXTURES).sort());
  });

  it.each(Object.entries(SHARED_RATES_FIXTURES))("%s parses %s", (id, file) => {
    const source = getRateSource(id);
    const rates = source.parse(sharedRatesFixture(file));
    expect(rates.source).toBe(id);
    expect(rates.base).toBe(source.base);
    expect(rates.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(rates.rows.length).toBeGreaterThanOrEqual(5);
    for (const row of rates.rows) {
      expect(row.currency).toMatch(/^[A-Z]{3}$/);
      expect(row.value).toMatch(/^\d+(\.\d+)?$/);
      expect(Number.isSafeInteger(row.nominal) && row.nominal > 0).toBe(true);
    }
  });
});

describe("bad input, for every source", () => {
  it.each(SOURCE_IDS)("%s: an empty body is RATES_BAD_RESPONSE naming the source", (id) => {
    const error = thrownBy(() => getRateSource(id).parse(ownRatesFixture("empty-body.txt"), "2026-05-20"));
    expect(error.code).toBe("RATES_BAD_RESPONSE");
    expect(error.message).toMatch(new RegExp(`^${id}: expected .*, got an empty body \\(0 bytes\\)$`));
    expect(error.details).toMatchObject({ source: id, requestedDate: "2026-05-20" });
  });

  it.each(SOURCE_IDS)("%s: an HTML error page is RATES_BAD_RESPONSE naming the source", (id) => {
    const error = thrownBy(() => getRateSource(id).parse(ownRatesFixture("nbkr-error-page.html")));
    expect(error.code).toBe("RATES_BAD_RESPONSE");
    expect(error.message).toMatch(new RegExp(`^${id}: expected .*, got an HTML page \\("<!DOCTYPE html>`));
    expect(error.details).toMatchObject({ source: id });
  });

  // NBT reuses the Bank of Russia's <ValCurs> format, so those two cannot tell each other's files
  // apart; every other pairing is refused.
  it.each(SOURCE_IDS)("%s: another bank's file is refused, not misread", (id) => {
    const other = id === "nbk" ? "cbu" : "nbk";
    const error = thrownBy(() => getRateSource(id).parse(sharedRatesFixture(SHARED_RATES_FIXTURES[other])));
    expect(error.code).toBe("RATES_BAD_RESPONSE");
    expect(error.message.startsWith(`${id}: expected `)).toBe(true);
  });
});
