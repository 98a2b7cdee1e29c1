export interface TickerItem {
  base: string;
  quote: string;
  /** Decimal string as written, with a decimal comma turned into a dot. */
  value: string;
}

// "KGS/USD = 0.01144 0%", "USD/KZT: 505,12 ▲0.3%": a pair, an optional "=" or ":", a value and
// an optional change in per cent.
const TICKER_ITEM =
  /(?<![A-Za-z])([A-Z]{3})\s*\/\s*([A-Z]{3})\s*[=:]?\s*(\d+(?:[.,]\d+)?)(?:\s*[▲▼↑↓+\-−–]?\s*\d+(?:[.,]\d+)?\s*%)?/gu;
const TICKER_LEFTOVER = /^[\s•·|*,;–—-]*$/u;

/**
 * Reads a ticker line: one or more currency-pair values and nothing else. Returns null for any
 * line with other words in it, so a sentence quoting a rate is left alone.
 *
 * @example
 * parseTicker("• KGS/USD = 0.01144 0%") // [{ base: "KGS", quote: "USD", value: "0.01144" }]
 * parseTicker("The KGS/USD rate was 0.01144 today") // null
 */
export function parseTicker(line: string): TickerItem[] | null {
  const items: TickerItem[] = [];
  const leftover = line.replace(TICKER_ITEM, (_all, base: string, quote: string, value: string) => {
    items.push({ base, quote, value: value.replace(",", ".") });
    return " ";
  });
  return items.length > 0 && TICKER_LEFTOVER.test(leftover) ? items : null;
}
