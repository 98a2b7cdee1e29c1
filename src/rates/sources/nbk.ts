/**
 * National Bank of Kazakhstan: KZT per `quant` units, `get_rates.cfm?fdate=DD.MM.YYYY`.
 *
 * UTF-8 XML, decimal point, whitespace around every item. USD is the KASE weighted average at
 * 15:30 Astana time, the others are crosses at 16:00; the set is the official rate for the
 * next working day, and the `<date>` in the file is that day.
 */
import type { ParsedRates, PublishedRate, RateSource } from "../types.js";
import {
  bankDate,
  currencyCode,
  type ParseContext,
  parsedRates,
  publishedNominal,
  publishedValue,
} from "./fields.js";
import { dottedDate, XML_HEADERS } from "./urls.js";
import { children, readXml, requiredChildText } from "./xml.js";

export const nbkSource: RateSource = {
  id: "nbk",
  name: { en: "National Bank of Kazakhstan", ru: "Национальный банк Казахстана" },
  base: "KZT",
  website: "https://nationalbank.kz",
  buildUrl: (date) => `https://nationalbank.kz/rss/get_rates.cfm?fdate=${dottedDate(date)}`,
  datedUrl: true,
  headers: XML_HEADERS,
  format: "xml",
  encoding: "utf-8",
  publication: { timeZone: "Asia/Almaty", time: "16:00", takesEffect: "next-working-day" },
  parse: parseNbk,
};

/**
 * Parses `get_rates.cfm`: `<rates><date>` and `<item>`s with `title` (code), `description`
 * (value) and `quant` (nominal). `index`, `change` and `fullname` are not needed.
 */
export function parseNbk(bytes: Uint8Array, requestedDate?: string): ParsedRates {
  const ctx: ParseContext = { source: "nbk", requestedDate };
  const root = readXml(bytes, ctx, { root: "rates", encoding: "utf-8" });
  const date = bankDate(ctx, requiredChildText(ctx, root, "date", "<rates>"), "<date>");
  const rows = children(root, "item").map((item, index): PublishedRate => {
    const where = `<item> #${index + 1}`;
    const currency = currencyCode(ctx, requiredChildText(ctx, item, "title", where), `${where} <title>`);
    const named = `${where} (${currency})`;
    return {
      currency,
      value: publishedValue(ctx, requiredChildText(ctx, item, "description", named), named),
      nominal: publishedNominal(ctx, requiredChildText(ctx, item, "quant", named), named),
    };
  });
  return parsedRates(ctx, "KZT", date, rows);
}
