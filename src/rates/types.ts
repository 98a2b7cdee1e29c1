/**
 * Shapes shared by the rate sources, the fetcher and the display helpers.
 *
 * Every parser returns rates exactly as the bank published them (a decimal string and the
 * bank's own nominal); per-unit values and crosses are computed from those with `core/decimal`.
 */

/** The official sources Steppe reads. "nbkr-weekly" is NBKR's separate weekly file (TJS, UZS, TMT...). */
export type SourceId = "nbk" | "nbkr" | "nbkr-weekly" | "nbt" | "cbu" | "cbt" | "cbr";

export const SOURCE_IDS: readonly SourceId[] = ["nbk", "nbkr", "nbkr-weekly", "nbt", "cbu", "cbt", "cbr"];

/** One published rate: `value` units of the bank's base currency buy `nominal` units of `currency`. */
export interface PublishedRate {
  /** ISO 4217 alpha-3 code, e.g. "USD". */
  currency: string;
  /** As published, trimmed, with a decimal point: "87,4500" is stored as "87.4500". */
  value: string;
  /** The number of `currency` units the value is for (1, 10, 100, 1000, 10000...), from the record. */
  nominal: number;
}

/** Set on rates that no bank published for the day but that follow from an official fixed rate. */
export interface PegInfo {
  /** First day of the peg, YYYY-MM-DD. */
  since: string;
  authority: string;
  note: string;
}

export interface ParsedRates {
  source: SourceId;
  /**
   * The bank's own date from the response, YYYY-MM-DD: the day the rates are in force. It may
   * differ from the date that was asked for (NBT and CBT answer other days silently, NBKR's files
   * take no date at all, a Saturday file covers the weekend); callers decide what to do.
   */
  date: string;
  /** The bank's currency, in which `value` is expressed: "KZT", "KGS", "TJS", "UZS", "TMT", "RUB". */
  base: string;
  rows: PublishedRate[];
  /** Present only when the rates come from an official peg rather than a published file. */
  peg?: PegInfo;
}

/** When a bank publishes, in its own local time, and which day the publication is for. */
export interface PublicationSchedule {
  /** IANA time zone of the bank, e.g. "Asia/Almaty". */
  timeZone: string;
  /** Usual publication time in that zone, "HH:MM". */
  time: string;
  /**
   * "same-day": published in the morning for that day (NBT). "next-working-day": set in the
   * afternoon and in force from the next working day, so the file's date is ahead of the day it
   * was published.
   */
  takesEffect: "same-day" | "next-working-day";
}

export interface RateSource {
  id: SourceId;
  name: { en: string; ru: string };
  /** The bank's currency, also `ParsedRates.base`. */
  base: string;
  /** The bank's site, for attribution next to the figures (NBT asks for it). */
  website: string;
  /**
   * URL of the publication for `date` (YYYY-MM-DD). NBKR's files take no date and always hold
   * the latest publication: see `datedUrl`.
   */
  buildUrl(date: string): string;
  /** False when `buildUrl` ignores the date and the response is always the latest publication. */
  datedUrl: boolean;
  /** Headers to send with the request (CBT refuses non-browser User-Agents with 403). */
  headers: Readonly<Record<string, string>>;
  format: "xml" | "json";
  /** The encoding the bank uses; parsers still honour an XML declaration that says otherwise. */
  encoding: "utf-8" | "windows-1251";
  publication: PublicationSchedule;
  /**
   * Pure: bytes of the response in, rates out. `requestedDate` (YYYY-MM-DD) only makes error
   * messages more specific; the returned date is always the bank's own.
   *
   * @throws AppError RATES_BAD_RESPONSE naming the source and the problem, with `details.source`.
   */
  parse(bytes: Uint8Array, requestedDate?: string): ParsedRates;
}
