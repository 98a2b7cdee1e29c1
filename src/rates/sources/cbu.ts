/**
 * Central Bank of Uzbekistan: UZS per `Nominal` units, `json/all/YYYY-MM-DD/` (trailing slash
 * kept).
 *
 * A JSON array; every number arrives as a string ("Rate":"12194.21", "Nominal":"10"). Published
 * at 16:00 Tashkent time on banking days, in force from the next day; each row's `Date` is that
 * day. `Diff` (the change in UZS) is not kept: changes are computed from stored rates.
 */
import { z } from "zod";
import type { ParsedRates, PublishedRate, RateSource } from "../types.js";
import {
  badResponse,
  bankDate,
  currencyCode,
  isHtmlPage,
  type ParseContext,
  parsedRates,
  publishedNominal,
  publishedValue,
  quote,
} from "./fields.js";
import { isoParts, JSON_HEADERS } from "./urls.js";

export const cbuSource: RateSource = {
  id: "cbu",
  name: { en: "Central Bank of Uzbekistan", ru: "Центральный банк Узбекистана" },
  base: "UZS",
  website: "https://cbu.uz",
  buildUrl: (date) => `https://cbu.uz/en/arkhiv-kursov-valyut/json/all/${isoParts(date).join("-")}/`,
  datedUrl: true,
  headers: JSON_HEADERS,
  format: "json",
  encoding: "utf-8",
  publication: { timeZone: "Asia/Tashkent", time: "16:00", takesEffect: "next-working-day" },
  parse: parseCbu,
};

// Numbers are strings today; a bare JSON number is accepted too, since its digits are the
// published ones (JSON.parse then String() round-trips the shortest form).
const numberText = z.union([z.string(), z.number().transform(String)]);
const cbuRow = z.object({ Ccy: z.string(), Nominal: numberText, Rate: numberText, Date: z.string() });

/** Parses the JSON array of `{ Ccy, Nominal, Rate, Date, ... }` rows. All rows must share one date. */
export function parseCbu(bytes: Uint8Array, requestedDate?: string): ParsedRates {
  const ctx: ParseContext = { source: "cbu", requestedDate };
  const wanted = "expected a JSON array of rates";
  const text = new TextDecoder("utf-8").decode(bytes).trim();
  if (text === "") throw badResponse(ctx, `${wanted}, got an empty body (${bytes.length} bytes)`);
  if (text.startsWith("<")) {
    const kind = isHtmlPage(text) ? "an HTML page" : "XML";
    throw badResponse(ctx, `${wanted}, got ${kind} (${quote(text)})`, { excerpt: text.slice(0, 200) });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw badResponse(ctx, `${wanted}, but the JSON is malformed or cut off (${reason})`, {
      jsonError: reason,
    });
  }
  if (!Array.isArray(data)) {
    const kind = data === null ? "null" : typeof data === "object" ? "an object" : `a ${typeof data}`;
    throw badResponse(ctx, `${wanted}, got ${kind} (${quote(text)})`, { excerpt: text.slice(0, 200) });
  }

  let date: string | undefined;
  const rows = data.map((item, index): PublishedRate => {
    const where = `row #${index + 1}`;
    const parsed = cbuRow.safeParse(item);
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]?.path[0] ?? "");
      const problem =
        typeof item !== "object" || item === null || Array.isArray(item)
          ? `${where} is not an object`
          : field in item
            ? `${where} has a "${field}" that is not a string`
            : `${where} has no "${field}"`;
      throw badResponse(ctx, problem, { row: index + 1, field });
    }
    const { Ccy, Nominal, Rate, Date: rowDate } = parsed.data;
    const currency = currencyCode(ctx, Ccy, `${where} "Ccy"`);
    const named = `${where} (${currency})`;
    const day = bankDate(ctx, rowDate, `${named} "Date"`);
    if (date === undefined) date = day;
    else if (day !== date) {
      throw badResponse(
        ctx,
        `${named} is dated ${day} but earlier rows ${date}; expected one date per response`,
      );
    }
    return {
      currency,
      value: publishedValue(ctx, Rate, `${named} "Rate"`),
      nominal: publishedNominal(ctx, Nominal, `${named} "Nominal"`),
    };
  });
  if (date === undefined) throw badResponse(ctx, "the response lists no rates");
  return parsedRates(ctx, "UZS", date, rows);
}
