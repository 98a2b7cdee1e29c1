/**
 * National Bank of Tajikistan: TJS per `Nominal` units, `export_xml.php?date=YYYY-MM-DD`.
 *
 * UTF-8, decimal point, 4 decimals. Set each morning (about 08:00 Dushanbe) for the same day.
 * The endpoint answers every calendar day, repeating the last rate on weekends and holidays,
 * and silently answers today's rates for dates it does not have: compare `date` with the
 * request. `Valute@ID` is unreliable in old records, so the code comes from `CharCode`.
 */
import type { ParsedRates, RateSource } from "../types.js";
import { isoParts, XML_HEADERS } from "./urls.js";
import { parseValCurs } from "./val-curs.js";

export const nbtSource: RateSource = {
  id: "nbt",
  name: { en: "National Bank of Tajikistan", ru: "Национальный банк Таджикистана" },
  base: "TJS",
  website: "https://www.nbt.tj",
  buildUrl: (date) =>
    `https://www.nbt.tj/en/kurs/export_xml.php?date=${isoParts(date).join("-")}&export=xmlout`,
  datedUrl: true,
  headers: XML_HEADERS,
  format: "xml",
  encoding: "utf-8",
  publication: { timeZone: "Asia/Dushanbe", time: "08:00", takesEffect: "same-day" },
  parse: parseNbt,
};

/** Parses `<ValCurs Date>` holding `<Valute>` with `CharCode`, `Nominal` and `Value`. */
export function parseNbt(bytes: Uint8Array, requestedDate?: string): ParsedRates {
  return parseValCurs(bytes, { source: "nbt", requestedDate }, { base: "TJS", encoding: "utf-8" });
}
