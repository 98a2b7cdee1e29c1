/**
 * Bank of Russia: RUB per `Nominal` units, `XML_daily.asp?date_req=DD/MM/YYYY`. A cross-check
 * source: it quotes KZT, KGS, TJS, UZS and TMT against the rouble.
 *
 * windows-1251, decimal comma, one line. Rates are set on business days for the next day; the
 * `Date` is the day they are in force, and a Saturday-dated file also covers Sunday and Monday.
 * `VunitRate` (value per one unit) is ignored: it is derivable, and printed as "5,39256E-05"
 * for small values; the parser keeps `Value` and `Nominal` like every other source.
 */
import type { ParsedRates, RateSource } from "../types.js";
import { isoParts, XML_HEADERS } from "./urls.js";
import { parseValCurs } from "./val-curs.js";

export const cbrSource: RateSource = {
  id: "cbr",
  name: { en: "Bank of Russia", ru: "Центральный банк Российской Федерации" },
  base: "RUB",
  website: "https://www.cbr.ru",
  buildUrl: (date) => {
    const [year, month, day] = isoParts(date);
    return `https://www.cbr.ru/scripts/XML_daily.asp?date_req=${day}/${month}/${year}`;
  },
  datedUrl: true,
  headers: XML_HEADERS,
  format: "xml",
  encoding: "windows-1251",
  publication: { timeZone: "Europe/Moscow", time: "15:30", takesEffect: "next-working-day" },
  parse: parseCbr,
};

/** Parses `<ValCurs Date>` holding `<Valute>` with `CharCode`, `Nominal` and `Value`. */
export function parseCbr(bytes: Uint8Array, requestedDate?: string): ParsedRates {
  return parseValCurs(bytes, { source: "cbr", requestedDate }, { base: "RUB", encoding: "windows-1251" });
}
