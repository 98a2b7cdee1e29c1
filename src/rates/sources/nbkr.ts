/**
 * National Bank of the Kyrgyz Republic: KGS per `Nominal` units.
 *
 * Two files, neither takes a date: `daily.xml` (USD, EUR, CNY, KZT, RUB) and `weekly.xml`
 * (about 40 others, among them TJS, UZS and TMT, `ValidFor` 7 days). Declared windows-1251,
 * decimal comma. Rates are fixed on trading days at 15:00–15:30 Bishkek time; the `Date`
 * attribute is the day the rates are valid for and may fall on a weekend.
 */
import type { ParsedRates, PublishedRate, RateSource, SourceId } from "../types.js";
import {
  bankDate,
  currencyCode,
  type ParseContext,
  parsedRates,
  publishedNominal,
  publishedValue,
} from "./fields.js";
import { XML_HEADERS } from "./urls.js";
import { children, readXml, requiredAttribute, requiredChildText } from "./xml.js";

const shared = {
  name: { en: "National Bank of the Kyrgyz Republic", ru: "Национальный банк Кыргызской Республики" },
  base: "KGS",
  website: "https://www.nbkr.kg",
  datedUrl: false,
  headers: XML_HEADERS,
  format: "xml",
  encoding: "windows-1251",
  publication: { timeZone: "Asia/Bishkek", time: "15:30", takesEffect: "next-working-day" },
} as const satisfies Partial<RateSource>;

export const nbkrSource: RateSource = {
  ...shared,
  id: "nbkr",
  buildUrl: () => "https://www.nbkr.kg/XML/daily.xml",
  parse: (bytes, requestedDate) => parseNbkr(bytes, { source: "nbkr", requestedDate }),
};

export const nbkrWeeklySource: RateSource = {
  ...shared,
  id: "nbkr-weekly",
  name: {
    en: "National Bank of the Kyrgyz Republic (weekly rates)",
    ru: "Национальный банк Кыргызской Республики (еженедельные курсы)",
  },
  buildUrl: () => "https://www.nbkr.kg/XML/weekly.xml",
  parse: (bytes, requestedDate) => parseNbkr(bytes, { source: "nbkr-weekly", requestedDate }),
};

/**
 * Parses `daily.xml` or `weekly.xml` (same shape): `<CurrencyRates Date>` holding
 * `<Currency ISOCode>` with `<Nominal>` and `<Value>`.
 */
export function parseNbkr(
  bytes: Uint8Array,
  ctx: ParseContext & { source: Extract<SourceId, "nbkr" | "nbkr-weekly"> },
): ParsedRates {
  const root = readXml(bytes, ctx, { root: "CurrencyRates", encoding: "windows-1251" });
  const date = bankDate(ctx, requiredAttribute(ctx, root, "Date", "<CurrencyRates>"), "<CurrencyRates Date>");
  const rows = children(root, "Currency").map((record, index): PublishedRate => {
    const where = `<Currency> #${index + 1}`;
    const currency = currencyCode(ctx, requiredAttribute(ctx, record, "ISOCode", where), `${where} ISOCode`);
    const named = `${where} (${currency})`;
    return {
      currency,
      value: publishedValue(ctx, requiredChildText(ctx, record, "Value", named), named),
      nominal: publishedNominal(ctx, requiredChildText(ctx, record, "Nominal", named), named),
    };
  });
  return parsedRates(ctx, "KGS", date, rows);
}
