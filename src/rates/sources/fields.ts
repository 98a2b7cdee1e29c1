/**
 * Checks shared by the source parsers: every published value, nominal, code and date goes
 * through here, and every failure becomes RATES_BAD_RESPONSE naming the source.
 */
import { Decimal } from "../../core/decimal.js";
import { AppError, isAppError } from "../../core/errors.js";
import type { ParsedRates, PublishedRate, SourceId } from "../types.js";

/** Who is parsing what: carried into every error. */
export interface ParseContext {
  source: SourceId;
  requestedDate?: string | undefined;
}

/**
 * The one error of a parser: `"<source>: <problem>"`, with `details.source` (and the requested
 * date, when known).
 */
export function badResponse(
  ctx: ParseContext,
  problem: string,
  details: Record<string, unknown> = {},
): AppError {
  return new AppError("RATES_BAD_RESPONSE", `${ctx.source}: ${problem}`, {
    details: {
      source: ctx.source,
      ...(ctx.requestedDate === undefined ? {} : { requestedDate: ctx.requestedDate }),
      ...details,
    },
  });
}

/**
 * A published rate, checked to be a positive decimal and normalised to a point decimal. The
 * digits are kept as published ("87,4500" gives "87.4500") because their count is the bank's
 * precision; only exotic spellings (an exponent, a plus sign) are rewritten in plain form.
 */
export function publishedValue(ctx: ParseContext, raw: string, where: string): string {
  const trimmed = raw.trim();
  let value: Decimal;
  try {
    value = Decimal.parse(trimmed);
  } catch (error) {
    if (!isAppError(error, "VALIDATION_FAILED")) throw error;
    throw badResponse(ctx, `${where} has the value ${quote(trimmed)}, which is not a decimal number`, {
      value: trimmed,
    });
  }
  if (value.sign <= 0) {
    throw badResponse(ctx, `${where} has the value ${quote(trimmed)}; a rate must be greater than zero`, {
      value: trimmed,
    });
  }
  const pointed = trimmed.replace(",", ".");
  return /^\d+(\.\d+)?$/.test(pointed) ? pointed : value.toString();
}

/** A nominal (the number of units a value is for): a positive whole number. */
export function publishedNominal(ctx: ParseContext, raw: string, where: string): number {
  const trimmed = raw.trim();
  const nominal = /^\d{1,15}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!(nominal > 0)) {
    throw badResponse(ctx, `${where} has the nominal ${quote(trimmed)}; expected a whole number above zero`, {
      nominal: trimmed,
    });
  }
  return nominal;
}

/** An ISO 4217 alpha-3 code. */
export function currencyCode(ctx: ParseContext, raw: string, where: string): string {
  const code = raw.trim();
  if (!/^[A-Z]{3}$/.test(code)) {
    throw badResponse(ctx, `${where} has the currency code ${quote(code)}; expected three capital letters`);
  }
  return code;
}

/**
 * A bank date as YYYY-MM-DD. Accepts "DD.MM.YYYY" (NBK, NBKR, CBU, CBR, CBT since 2024) and
 * "YYYY-MM-DD" (NBT, CBT before 2024); both are unambiguous, so every source accepts both.
 */
export function bankDate(ctx: ParseContext, raw: string, where: string): string {
  const text = raw.trim();
  const dotted = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = dotted
    ? [Number(dotted[3]), Number(dotted[2]), Number(dotted[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [Number.NaN, Number.NaN, Number.NaN];
  if (!isCalendarDate(year, month, day)) {
    throw badResponse(ctx, `${where} has the date ${quote(text)}; expected DD.MM.YYYY or YYYY-MM-DD`, {
      date: text,
    });
  }
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Assembles the result, refusing a response without rates or with a currency listed twice. */
export function parsedRates(
  ctx: ParseContext,
  base: string,
  date: string,
  rows: PublishedRate[],
): ParsedRates {
  if (rows.length === 0) throw badResponse(ctx, "the response lists no rates");
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.currency)) throw badResponse(ctx, `${row.currency} is listed twice`);
    seen.add(row.currency);
  }
  return { source: ctx.source, date, base, rows };
}

/** True when a body (already trimmed at the start) is an HTML page, e.g. a server's error page. */
export function isHtmlPage(text: string): boolean {
  return /^<!doctype\s+html|^<html[\s>]/i.test(text);
}

/** A short, quoted excerpt of untrusted text for an error message. */
export function quote(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max)}...` : flat);
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1900 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}
