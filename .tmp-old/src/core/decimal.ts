/**
 * Exact decimal arithmetic for published exchange rates: no floating point anywhere.
 *
 * A `Decimal` is `coefficient × 10^exponent` with a BigInt coefficient, kept in one canonical
 * form (no trailing zeros in the coefficient, zero is `0 × 10^0`, there is no negative zero), so
 * two equal values are always structurally equal and `toString()` never shows "478.7700".
 *
 * Addition, subtraction and multiplication are exact. Division generally is not (1/3), so every
 * division names its precision: a number of significant digits or of decimal places.
 *
 * Rounding: the default everywhere is **half-even** (banker's rounding: ties go to the even
 * digit), so repeated conversions carry no upward bias. Pass `"half-up"` (ties away from zero,
 * "school" rounding, the same as `Intl.NumberFormat`'s default) where people will compare the
 * shown figure with their own calculation, e.g. on display.
 *
 * @example
 * const perUnit = Decimal.parse("3,93").divide(100, { significantDigits: 12 }); // 0.0393
 * perUnit.times(Decimal.parse("250000")).toFixed(2); // "9825.00"
 */

import { AppError } from "./errors.js";

/** How to break a tie when a value sits exactly halfway between two candidates. */
export type RoundingMode = "half-even" | "half-up";

/** A division or rounding target: so many significant digits, or so many digits after the point. */
export type Precision = { significantDigits: number } | { decimalPlaces: number };

/** Values accepted wherever a Decimal is expected: a Decimal, a decimal string, or a safe integer. */
export type DecimalInput = Decimal | string | number | bigint;

/** The largest |exponent| `Decimal.parse` accepts, so "1e999999999" cannot exhaust memory in `toString()`. */
const MAX_PARSE_EXPONENT = 1000;

// Sign, then digits with at most one "." or "," separator, then an optional exponent. The Bank of
// Russia prints tiny per-unit rates as "5,39256E-05", so the exponent is part of the format.
const DECIMAL_PATTERN = /^([+-])?(\d*)(?:[.,](\d*))?(?:[eE]([+-]?\d+))?$/;

/** The error `Decimal.parse` throws: VALIDATION_FAILED, with the offending text in `details.input`. */
function parseError(input: string, reason: string): AppError {
  return new AppError(
    "VALIDATION_FAILED",
    `Not a decimal number: ${JSON.stringify(shorten(input))} (${reason}).`,
    {
      details: { input },
    },
  );
}

export class Decimal {
  /** The canonical zero. */
  static readonly ZERO = new Decimal(0n, 0);
  /** The canonical one. */
  static readonly ONE = new Decimal(1n, 0);

  readonly coefficient: bigint;
  readonly exponent: number;

  private constructor(coefficient: bigint, exponent: number) {
    this.coefficient = coefficient;
    this.exponent = exponent;
  }

  /**
   * The value `coefficient × 10^exponent`, normalised (trailing zeros moved into the exponent).
   *
   * @example Decimal.of(47877n, -2).toString(); // "478.77"
   */
  static of(coefficient: bigint, exponent = 0): Decimal {
    if (!Number.isSafeInteger(exponent))
      throw new RangeError(`Decimal exponent must be an integer, got ${exponent}.`);
    if (coefficient === 0n) return Decimal.ZERO;
    let c = coefficient;
    let e = exponent;
    while (c % 10n === 0n) {
      c /= 10n;
      e += 1;
    }
    return new Decimal(c, e);
  }

  /**
   * Parses a published decimal string. Surrounding whitespace is ignored; the decimal separator
   * may be a point or a comma ("478,77" as NBKR and the Bank of Russia print it); an exponent is
   * allowed ("5,39256E-05"). Thousands separators, inner spaces and anything else are rejected.
   * "-0" parses to zero (there is no negative zero).
   *
   * @throws AppError VALIDATION_FAILED naming the input and what is wrong with it.
   * @example Decimal.parse(" 12194.21 ").toString(); // "12194.21"
   */
  static parse(text: string): Decimal {
    const trimmed = text.trim();
    if (trimmed === "") throw parseError(text, "it is empty");
    const match = DECIMAL_PATTERN.exec(trimmed);
    if (match === null) {
      throw parseError(
        text,
        'expected digits with an optional sign, one "." or "," decimal separator and an optional exponent',
      );
    }
    const [, sign, intDigits = "", fracDigits = "", exponentText] = match;
    if (intDigits === "" && fracDigits === "") throw parseError(text, "it has no digits");
    const exponent = exponentText === undefined ? 0 : Number(exponentText);
    if (Math.abs(exponent) > MAX_PARSE_EXPONENT) {
      throw parseError(text, `the exponent is beyond ±${MAX_PARSE_EXPONENT}`);
    }
    const magnitude = BigInt(intDigits + fracDigits || "0");
    return Decimal.of(sign === "-" ? -magnitude : magnitude, exponent - fracDigits.length);
  }

  /**
   * Converts a Decimal, a decimal string (see `parse`) or a safe integer (a nominal such as 100).
   * Fractional numbers are refused: a float has already lost the published digits.
   */
  static from(value: DecimalInput): Decimal {
    if (value instanceof Decimal) return value;
    if (typeof value === "string") return Decimal.parse(value);
    if (typeof value === "bigint") return Decimal.of(value);
    if (!Number.isSafeInteger(value)) {
      throw new RangeError(
        `Decimal.from accepts only safe integers as numbers, got ${value}; pass the published string instead.`,
      );
    }
    return Decimal.of(BigInt(value));
  }

  /** -1, 0 or 1. */
  get sign(): -1 | 0 | 1 {
    return this.coefficient === 0n ? 0 : this.coefficient < 0n ? -1 : 1;
  }

  isZero(): boolean {
    return this.coefficient === 0n;
  }

  isNegative(): boolean {
    return this.coefficient < 0n;
  }

  negate(): Decimal {
    return this.coefficient === 0n ? this : new Decimal(-this.coefficient, this.exponent);
  }

  abs(): Decimal {
    return this.coefficient < 0n ? this.negate() : this;
  }

  plus(other: DecimalInput): Decimal {
    const [a, b, exponent] = align(this, Decimal.from(other));
    return Decimal.of(a + b, exponent);
  }

  minus(other: DecimalInput): Decimal {
    return this.plus(Decimal.from(other).negate());
  }

  /** Exact product, e.g. an amount times a per-unit rate. */
  times(other: DecimalInput): Decimal {
    const o = Decimal.from(other);
    return Decimal.of(this.coefficient * o.coefficient, this.exponent + o.exponent);
  }

  /**
   * `this ÷ divisor`, rounded to the given precision.
   *
   * @throws RangeError when dividing by zero.
   * @example
   * Decimal.parse("62,8322").divide(10000, { significantDigits: 12 }).toString(); // "0.00628322"
   * Decimal.parse("548.62").divide("478.77", { decimalPlaces: 4 }).toString();   // "1.1459"
   */
  divide(divisor: DecimalInput, precision: Precision, rounding: RoundingMode = "half-even"): Decimal {
    const d = Decimal.from(divisor);
    if (d.isZero()) throw new RangeError(`Cannot divide ${this.toString()} by zero.`);
    if (this.isZero()) return Decimal.ZERO;
    const places =
      "decimalPlaces" in precision
        ? checkCount(precision.decimalPlaces, "decimalPlaces", true)
        : checkCount(precision.significantDigits, "significantDigits", false) -
          1 -
          quotientLeadingPosition(this, d);
    // this / d × 10^places = (c1 / c2) × 10^(e1 - e2 + places), rounded to an integer.
    const shift = this.exponent - d.exponent + places;
    const numerator = shift >= 0 ? this.coefficient * 10n ** BigInt(shift) : this.coefficient;
    const denominator = shift >= 0 ? d.coefficient : d.coefficient * 10n ** BigInt(-shift);
    return Decimal.of(divideRounded(numerator, denominator, rounding), -places);
  }

  /**
   * Rounds to the given precision. Already-shorter values come back unchanged.
   *
   * @example Decimal.parse("0.125").round({ decimalPlaces: 2 }).toString(); // "0.12"
   */
  round(precision: Precision, rounding: RoundingMode = "half-even"): Decimal {
    if (this.isZero()) return this;
    const places =
      "decimalPlaces" in precision
        ? checkCount(precision.decimalPlaces, "decimalPlaces", true)
        : checkCount(precision.significantDigits, "significantDigits", false) - 1 - leadingPosition(this);
    if (-this.exponent <= places) return this;
    const drop = 10n ** BigInt(-this.exponent - places);
    return Decimal.of(divideRounded(this.coefficient, drop, rounding), -places);
  }

  /** -1 when this < other, 0 when equal, 1 when this > other. */
  compare(other: DecimalInput): -1 | 0 | 1 {
    const [a, b] = align(this, Decimal.from(other));
    return a === b ? 0 : a < b ? -1 : 1;
  }

  equals(other: DecimalInput): boolean {
    return this.compare(other) === 0;
  }

  /**
   * Plain notation without exponent or trailing zeros: "478.77", "0.00628322", "-0.5", "0".
   */
  toString(): string {
    const digits = (this.coefficient < 0n ? -this.coefficient : this.coefficient).toString();
    const sign = this.coefficient < 0n ? "-" : "";
    if (this.exponent >= 0) return sign + digits + "0".repeat(this.exponent);
    const pointAt = digits.length + this.exponent;
    if (pointAt > 0) return `${sign}${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
    return `${sign}0.${"0".repeat(-pointAt)}${digits}`;
  }

  /**
   * Exactly `decimalPlaces` digits after the point, for display. A value that rounds to zero is
   * shown without a sign ("0.00", never "-0.00").
   *
   * @example Decimal.parse("3.5").toFixed(2); // "3.50"
   */
  toFixed(decimalPlaces: number, rounding: RoundingMode = "half-even"): string {
    const places = checkCount(decimalPlaces, "decimalPlaces", true);
    const rounded = this.round({ decimalPlaces: places }, rounding);
    const plain = rounded.toString();
    if (places === 0) return plain;
    const [whole, fraction = ""] = plain.split(".");
    return `${whole}.${fraction.padEnd(places, "0")}`;
  }

  /** The nearest JavaScript number, for charts and other consumers that cannot take a Decimal. */
  toNumber(): number {
    return Number(this.toString());
  }

  /** Serialises as the plain decimal string, so JSON never carries a float. */
  toJSON(): string {
    return this.toString();
  }
}

/**
 * Percent change from `previous` to `current`: `(current − previous) ÷ previous × 100`.
 *
 * @throws RangeError when `previous` is zero.
 * @example percentChange("12210.71", "12194.21", { decimalPlaces: 3 }).toString(); // "-0.135"
 */
export function percentChange(
  previous: DecimalInput,
  current: DecimalInput,
  precision: Precision,
  rounding: RoundingMode = "half-even",
): Decimal {
  const from = Decimal.from(previous);
  if (from.isZero()) throw new RangeError("Cannot compute a percent change from zero.");
  return Decimal.from(current).minus(from).times(100).divide(from, precision, rounding);
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const exponent = Math.min(a.exponent, b.exponent);
  return [
    a.coefficient * 10n ** BigInt(a.exponent - exponent),
    b.coefficient * 10n ** BigInt(b.exponent - exponent),
    exponent,
  ];
}

/** Leading-digit position of a ÷ b, decided exactly (no estimate that could double-round). */
function quotientLeadingPosition(a: Decimal, b: Decimal): number {
  const ca = a.coefficient < 0n ? -a.coefficient : a.coefficient;
  const cb = b.coefficient < 0n ? -b.coefficient : b.coefficient;
  const la = ca.toString().length;
  const lb = cb.toString().length;
  // Compare the mantissas ca/10^la and cb/10^lb: if a's is smaller, the quotient starts one place lower.
  const mantissaSmaller = ca * 10n ** BigInt(lb) < cb * 10n ** BigInt(la);
  return la - 1 + a.exponent - (lb - 1 + b.exponent) - (mantissaSmaller ? 1 : 0);
}

/** Position of the leading digit: 0 for 4.5, 2 for 478.77, -3 for 0.00628. */
function leadingPosition(value: Decimal): number {
  const c = value.coefficient < 0n ? -value.coefficient : value.coefficient;
  return c.toString().length - 1 + value.exponent;
}

/** numerator ÷ denominator rounded to an integer with the given tie rule. */
function divideRounded(numerator: bigint, denominator: bigint, rounding: RoundingMode): bigint {
  const quotient = numerator / denominator; // truncates toward zero
  const remainder = numerator % denominator;
  if (remainder === 0n) return quotient;
  const twiceRemainder = (remainder < 0n ? -remainder : remainder) * 2n;
  const absDenominator = denominator < 0n ? -denominator : denominator;
  const awayFromZero =
    twiceRemainder > absDenominator ||
    (twiceRemainder === absDenominator && (rounding === "half-up" || quotient % 2n !== 0n));
  if (!awayFromZero) return quotient;
  return numerator < 0n !== denominator < 0n ? quotient - 1n : quotient + 1n;
}

function checkCount(value: number, name: string, zeroAllowed: boolean): number {
  if (!Number.isSafeInteger(value) || value < (zeroAllowed ? 0 : 1) || value > 10_000) {
    throw new RangeError(`${name} must be an integer from ${zeroAllowed ? 0 : 1} to 10000, got ${value}.`);
  }
  return value;
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
