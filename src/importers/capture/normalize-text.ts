const INVISIBLE = /\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g;
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]/g;

/**
 * Cleans one line of captured text: NFC, odd spaces to plain spaces, invisible characters
 * (soft hyphen, zero-width space, BOM) removed, whitespace collapsed and trimmed.
 *
 * @example
 * normalizeLine("  12\u00a0May  2026\u200b ") // "12 May 2026"
 */
export function normalizeLine(line: string): string {
  return line.normalize("NFC").replace(INVISIBLE, "").replace(ODD_SPACES, " ").replace(/ {2,}/g, " ").trim();
}

/**
 * Splits captured text into normalized, non-empty lines.
 *
 * @example
 * splitLines("a\r\n\r\n b ") // ["a", "b"]
 */
export function splitLines(content: string): string[] {
  const lines: string[] = [];
  for (const raw of content.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const line = normalizeLine(raw);
    if (line !== "") lines.push(line);
  }
  return lines;
}
