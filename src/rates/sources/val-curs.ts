/**
 * The `<ValCurs Date><Valute><CharCode/><Nominal/><Value/></Valute>...</ValCurs>` format that the
 * Bank of Russia defined and the National Bank of Tajikistan reuses.
 */
import type { ParsedRates, PublishedRate } from "../types.js";
import {
  bankDate,
  currencyCode,
  type ParseContext,
  parsedRates,
  publishedNominal,
  publishedValue,
} from "./fields.js";
import { children, readXml, requiredAttribute, requiredChildText } from "./xml.js";

export function parseValCurs(
  bytes: Uint8Array,
  ctx: ParseContext,
  bank: { base: string; encoding: string },
): ParsedRates {
  const root = readXml(bytes, ctx, { root: "ValCurs", encoding: bank.encoding });
  const date = bankDate(ctx, requiredAttribute(ctx, root, "Date", "<ValCurs>"), "<ValCurs Date>");
  const rows = children(root, "Valute").map((record, index): PublishedRate => {
    const where = `<Valute> #${index + 1}`;
    const currency = currencyCode(
      ctx,
      requiredChildText(ctx, record, "CharCode", where),
      `${where} <CharCode>`,
    );
    const named = `${where} (${currency})`;
    return {
      currency,
      value: publishedValue(ctx, requiredChildText(ctx, record, "Value", named), named),
      nominal: publishedNominal(ctx, requiredChildText(ctx, record, "Nominal", named), named),
    };
  });
  return parsedRates(ctx, bank.base, date, rows);
}
