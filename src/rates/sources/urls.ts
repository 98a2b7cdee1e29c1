/** Request details shared by the source descriptors. */

/** "2026-04-01" → "01.04.2026", the form NBK and CBR want in their query strings. */
export function dottedDate(isoDate: string): string {
  const [year, month, day] = isoParts(isoDate);
  return `${day}.${month}.${year}`;
}

/** "2026-04-01" → ["2026", "04", "01"], refusing anything else (a URL must not carry junk). */
export function isoParts(isoDate: string): [string, string, string] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (match === null) throw new RangeError(`Expected a date as YYYY-MM-DD, got ${JSON.stringify(isoDate)}.`);
  return [match[1]!, match[2]!, match[3]!];
}

export const XML_HEADERS: Readonly<Record<string, string>> = {
  Accept: "application/xml, text/xml;q=0.9, */*;q=0.1",
};

export const JSON_HEADERS: Readonly<Record<string, string>> = {
  Accept: "application/json, */*;q=0.1",
};

/** cbt.tm answers 403 to default client User-Agents, so it gets an ordinary desktop browser's. */
export const BROWSER_USER_AGENT =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";
