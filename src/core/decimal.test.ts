import { describe, expect, it } from "vitest";
import { Decimal, percentChange } from "./decimal.js";
import { isAppError } from "./errors.js";

const d = (text: string) => Decimal.parse(text);

describe("Decimal.parse", () => {
  it.each([
    ["478,77", "478.77"],
    [" 12194.21 ", "12194.21"],
    ["\n\t87,4500\r\n", "87.45"],
    ["0.0350", "0.035"],
    ["0,0007", "0.0007"],
    ["1319257", "1319257"],
    ["+1.5", "1.5"],
    ["-16.5", "-16.5"],
    ["-0", "0"],
    ["-0.000", "0"],
    ["0", "0"],
    ["000123.4500", "123.45"],
    [".5", "0.5"],
    ["5.", "5"],
    ["5,39256E-05", "0.0000539256"],
    ["1e3", "1000"],
    ["1.5E+2", "150"],
  ])("parses %j as %s", (input, expected) => {
    expect(d(input).toString()).toBe(expected);
  });

  it.each([
    ["", "it is empty"],
    ["   ", "it is empty"],
    ["abc", "expected digits"],
    ["1,234.56", "expected digits"],
    ["12 194,21", "expected digits"],
    ["1.2.3", "expected digits"],
    ["--1", "expected digits"],
    ["NaN", "expected digits"],
    ["Infinity", "expected digits"],
    ["0x1A", "expected digits"],
    ["−5", "expected digits"], // U+2212 is display typography, not a published value
    [".", "no digits"],
    ["-", "no digits"],
    ["e5", "no digits"],
    ["1e999999999", "exponent is beyond"],
  ])("rejects %j with a clear error", (input, reason) => {
    let caught: unknown;
    try {
      d(input);
    } catch (error) {
      caught = error;
    }
    expect(isAppError(caught, "VALIDATION_FAILED")).toBe(true);
    expect((caught as Error).message).toContain(`Not a decimal number: ${JSON.stringify(input)}`);
    expect((caught as Error).message).toContain(reason);
  });

  it("normalises, so equal values are structurally equal", () => {
    expect(d("87,4500")).toEqual(d("87.45"));
    expect(d("-0")).toEqual(Decimal.ZERO);
    expect(d("100").coefficient).toBe(1n);
    expect(d("100").exponent).toBe(2);
  });
});

describe("Decimal.from and of", () => {
  it("accepts safe integers (nominals) and bigints but refuses floats", () => {
    expect(Decimal.from(10000).toString()).toBe("10000");
    expect(Decimal.from(-7n).toString()).toBe("-7");
    expect(Decimal.of(47877n, -2).toString()).toBe("478.77");
    expect(() => Decimal.from(0.1)).toThrow(/safe integers/);
    expect(() => Decimal.from(2 ** 60)).toThrow(RangeError);
  });
});

describe("arithmetic", () => {
  it("adds and subtracts without float drift", () => {
    expect(d("0.1").plus("0.2").toString()).toBe("0.3");
    expect(d("481.54").minus("2.77").toString()).toBe("478.77");
    expect(d("1").minus("1").toString()).toBe("0");
    expect(d("-5.5").plus("2.25").toString()).toBe("-3.25");
  });

  it("multiplies exactly (amount conversion)", () => {
    expect(d("744.92").times("0.01").toString()).toBe("7.4492"); // float gives 7.449199999999999
    expect(d("0.0393").times("250000").toString()).toBe("9825");
    expect(d("-2.5").times("-4").toString()).toBe("10");
    expect(d("-2.5").times("0").toString()).toBe("0");
  });

  it("handles very large and very small values exactly", () => {
    const big = d("123456789012345678901234567890.5");
    expect(big.times(2).toString()).toBe("246913578024691357802469135781");
    const tiny = d("0.000000000000000000000000000001");
    expect(tiny.times(3).toString()).toBe("0.000000000000000000000000000003");
    expect(big.plus(tiny).toString()).toBe("123456789012345678901234567890.500000000000000000000000000001");
    expect(d("1e30").toString()).toBe(`1${"0".repeat(30)}`);
  });

  it("negates and takes absolute values; zero stays unsigned", () => {
    expect(d("1.5").negate().toString()).toBe("-1.5");
    expect(d("-1.5").abs().toString()).toBe("1.5");
    expect(Decimal.ZERO.negate()).toBe(Decimal.ZERO);
    expect(d("-3").sign).toBe(-1);
    expect(d("0").sign).toBe(0);
    expect(d("0.0001").sign).toBe(1);
    expect(d("-0").isNegative()).toBe(false);
  });
});

describe("divide", () => {
  it("gives per-unit values for nominals 10, 100, 1000, 10000 exactly", () => {
    const twelve = { significantDigits: 12 };
    expect(d("5,4969").divide(10, twelve).toString()).toBe("0.54969");
    expect(d("3.93").divide(100, twelve).toString()).toBe("0.0393");
    expect(d("0.4").divide(1000, twelve).toString()).toBe("0.0004");
    expect(d("62,8322").divide(10000, twelve).toString()).toBe("0.00628322");
  });

  it("rounds to significant digits", () => {
    expect(d("1").divide(3, { significantDigits: 5 }).toString()).toBe("0.33333");
    expect(d("2").divide(3, { significantDigits: 5 }).toString()).toBe("0.66667");
    expect(d("1000").divide(3, { significantDigits: 2 }).toString()).toBe("330");
    // Mantissa of the dividend smaller than the divisor's: the quotient starts one place lower.
    expect(d("1").divide(7, { significantDigits: 3 }).toString()).toBe("0.143");
    expect(d("9.99").divide(1, { significantDigits: 2 }).toString()).toBe("10");
    expect(d("-1").divide(3, { significantDigits: 3 }).toString()).toBe("-0.333");
  });

  it("rounds to decimal places", () => {
    expect(d("548.62").divide("478.77", { decimalPlaces: 4 }).toString()).toBe("1.1459");
    expect(d("1").divide(8, { decimalPlaces: 2 }).toString()).toBe("0.12"); // 0.125, tie to even
    expect(d("1").divide(8, { decimalPlaces: 2 }, "half-up").toString()).toBe("0.13");
    expect(d("-1").divide(8, { decimalPlaces: 2 }, "half-up").toString()).toBe("-0.13");
    expect(d("1").divide(3, { decimalPlaces: 0 }).toString()).toBe("0");
  });

  it("computes a cross rate through one bank's quotes: KZT per EUR / KZT per USD = USD per EUR", () => {
    // NBK 01.04.2026: EUR 548.62 KZT, USD 478.77 KZT.
    expect(d("548.62").divide("478.77", { significantDigits: 6 }).toString()).toBe("1.14589");
  });

  it("handles signs on both sides and very small quotients", () => {
    expect(d("-10").divide("-4", { significantDigits: 5 }).toString()).toBe("2.5");
    expect(d("10").divide("-4", { significantDigits: 5 }).toString()).toBe("-2.5");
    expect(d("1").divide("12194.21", { significantDigits: 4 }).toString()).toBe("0.00008201");
    expect(d("0").divide("7", { significantDigits: 4 }).toString()).toBe("0");
  });

  it("refuses division by zero and nonsense precision", () => {
    expect(() => d("1").divide("0", { significantDigits: 4 })).toThrow(/by zero/);
    expect(() => d("1").divide("-0", { significantDigits: 4 })).toThrow(/by zero/);
    expect(() => d("1").divide(3, { significantDigits: 0 })).toThrow(RangeError);
    expect(() => d("1").divide(3, { decimalPlaces: -1 })).toThrow(RangeError);
    expect(() => d("1").divide(3, { decimalPlaces: 1.5 })).toThrow(RangeError);
  });
});

describe("round", () => {
  it.each([
    ["0.125", 2, "half-even", "0.12"],
    ["0.135", 2, "half-even", "0.14"],
    ["0.125", 2, "half-up", "0.13"],
    ["-0.125", 2, "half-even", "-0.12"],
    ["-0.125", 2, "half-up", "-0.13"],
    ["2.5", 0, "half-even", "2"],
    ["3.5", 0, "half-even", "4"],
    ["2.5", 0, "half-up", "3"],
    ["0.1251", 2, "half-even", "0.13"], // not a tie
    ["1.2", 4, "half-even", "1.2"], // already shorter
  ] as const)("rounds %s to %i places (%s) as %s", (input, places, mode, expected) => {
    expect(d(input).round({ decimalPlaces: places }, mode).toString()).toBe(expected);
  });

  it("rounds to significant digits", () => {
    expect(d("12194.21").round({ significantDigits: 3 }).toString()).toBe("12200");
    expect(d("0.00628322").round({ significantDigits: 2 }).toString()).toBe("0.0063");
    expect(d("-0.00000001").round({ decimalPlaces: 2 }).toString()).toBe("0");
  });
});

describe("compare", () => {
  it("orders values of different scales and signs", () => {
    expect(d("87.45").compare("87,4500")).toBe(0);
    expect(d("0.1").compare("0.09")).toBe(1);
    expect(d("-1").compare("0")).toBe(-1);
    expect(d("-0").equals("0")).toBe(true);
    expect(d("1e30").compare("999999999999999999999999999999")).toBe(1);
  });
});

describe("toString and toFixed", () => {
  it("writes plain notation without trailing-zero noise", () => {
    expect(d("478.7700").toString()).toBe("478.77");
    expect(d("100").toString()).toBe("100");
    expect(d("0.000001").toString()).toBe("0.000001");
    expect(d("-0.5").toString()).toBe("-0.5");
    expect(JSON.stringify({ v: d("0.0393") })).toBe('{"v":"0.0393"}');
  });

  it("pads and rounds for display, and never shows -0", () => {
    expect(d("3.5").toFixed(2)).toBe("3.50");
    expect(d("12194.21").toFixed(0)).toBe("12194");
    expect(d("12194.5").toFixed(0)).toBe("12194"); // tie to even
    expect(d("12194.5").toFixed(0, "half-up")).toBe("12195");
    expect(d("-0.004").toFixed(2)).toBe("0.00");
    expect(d("-0.005").toFixed(2, "half-up")).toBe("-0.01");
    expect(d("-0").toFixed(2)).toBe("0.00");
    expect(d("0.0000539256").toFixed(8)).toBe("0.00005393");
    expect(d("1e20").toFixed(1)).toBe("100000000000000000000.0");
  });

  it("converts to a number only at the edge", () => {
    expect(d("478.77").toNumber()).toBe(478.77);
    expect(d("-0").toNumber()).toBe(0);
  });
});

describe("percentChange", () => {
  it("matches the moves quoted in the research notes", () => {
    // CBU USD 01.04.2026: 12194.21 with Diff -16.5, so the previous rate was 12210.71.
    expect(percentChange("12210.71", "12194.21", { decimalPlaces: 3 }).toString()).toBe("-0.135");
    // NBK USD: 478.77 with change -2.77 from 481.54.
    expect(percentChange("481.54", "478.77", { decimalPlaces: 3 }).toString()).toBe("-0.575");
    expect(percentChange("3.5", "3.5", { decimalPlaces: 2 }).toString()).toBe("0");
    expect(percentChange("-2", "-1", { decimalPlaces: 2 }).toString()).toBe("-50");
  });

  it("refuses a change from zero", () => {
    expect(() => percentChange("0", "1", { decimalPlaces: 2 })).toThrow(/from zero/);
  });
});
