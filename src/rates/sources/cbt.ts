/**
 * Central Bank of Turkmenistan: TMT per `multiplier` units, `kurs/YYYY/DDMMYYYY.xml`.
 *
 * UTF-8 XML; the server answers 403 to non-browser User-Agents, 404 on Sundays, and is often
 * unreachable from outside Turkmenistan. USD/TMT has been fixed at 3.5 since 2015-01-01, so
 * `tmtPegRates` gives the USD rate for any day without the network, marked as a peg.
 */
import { AppError } from "../../core/errors.js";
import type { ParsedRates, PublishedRate, RateSource } from "../types.js";
import {
  bankDate,
  currencyCode,
  type ParseContext,
  parsedRates,
  publishedNominal,
  publishedValue,
} from "./fields.js";
import { BROWSER_USER_AGENT, isoParts, XML_HEADERS } from "./urls.js";
import { children, readXml, requiredAttribute, requiredChildText } from "./xml.js";

export const cbtSource: RateSource = {
  id: "cbt",
  name: { en: "Central Bank of Turkmenistan", ru: "Центральный банк Туркменистана" },
  base: "TMT",
  website: "https://cbt.tm",
  buildUrl: (date) => {
    const [year, month, day] = isoParts(date);
    return `https://cbt.tm/kurs/${year}/${day}${month}${year}.xml`;
  },
  datedUrl: true,
  headers: { ...XML_HEADERS, "User-Agent": BROWSER_USER_AGENT },
  format: "xml",
  encoding: "utf-8",
  // The bank does not state a time; files have been found from the early afternoon.
  publication: { timeZone: "Asia/Ashgabat", time: "13:00", takesEffect: "same-day" },
  parse: parseCbt,
};

/**
 * Parses `<cbt_currency_rate><date>` holding `<rate code>` with `rate_tmt` (TMT per
 * `multiplier` units). `rate_usd` (a cross against USD) and `checksum` are not kept.
 */
export function parseCbt(bytes: Uint8Array, requestedDate?: string): ParsedRates {
  const ctx: ParseContext = { source: "cbt", requestedDate };
  const root = readXml(bytes, ctx, { root: "cbt_currency_rate", encoding: "utf-8" });
  const date = bankDate(ctx, requiredChildText(ctx, root, "date", "<cbt_currency_rate>"), "<date>");
  const rows = children(root, "rate").map((record, index): PublishedRate => {
    const where = `<rate> #${index + 1}`;
    const currency = currencyCode(ctx, requiredAttribute(ctx, record, "code", where), `${where} code`);
    const named = `${where} (${currency})`;
    return {
      currency,
      value: publishedValue(ctx, requiredChildText(ctx, record, "rate_tmt", named), named),
      nominal: publishedNominal(ctx, requiredChildText(ctx, record, "multiplier", named), named),
    };
  });
  return parsedRates(ctx, "TMT", date, rows);
}

/** The official USD/TMT rate: 3.5 manat per US dollar since 1 January 2015. */
export const TMT_PEG = {
  value: "3.5",
  since: "2015-01-01",
  authority: "Central Bank of Turkmenistan",
  note: "Official fixed rate of 3.50 manat per US dollar since 1 January 2015.",
} as const;

/**
 * The USD rate in TMT for `date` (YYYY-MM-DD) from the official peg, for when cbt.tm cannot be
 * reached. The result is marked with `peg`, so it can be labelled "fixed rate".
 *
 * @throws AppError RATES_NOT_AVAILABLE for dates before the peg.
 * @example tmtPegRates("2026-05-20").rows; // [{ currency: "USD", value: "3.5", nominal: 1 }]
 */
export function tmtPegRates(date: string): ParsedRates {
  isoParts(date);
  if (date < TMT_PEG.since) {
    throw new AppError(
      "RATES_NOT_AVAILABLE",
      `cbt: the USD/TMT peg of ${TMT_PEG.value} applies from ${TMT_PEG.since}; there is no pegged rate for ${date}.`,
      { details: { source: "cbt", date } },
    );
  }
  return {
    source: "cbt",
    date,
    base: "TMT",
    rows: [{ currency: "USD", value: TMT_PEG.value, nominal: 1 }],
    peg: { since: TMT_PEG.since, authority: TMT_PEG.authority, note: TMT_PEG.note },
  };
}
