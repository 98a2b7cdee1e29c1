/**
 * saxes is a strict XML 1.0 parser: one stray control character (pasted from Word), one
 * `&#x0;`/`&#xD800;` reference or one unescaped `&` in a URL kills the whole import. Real exports
 * contain all three (WordPress's own importer keeps a lenient fallback parser for them), so the WXR
 * reader passes the decoded text through this filter first. Outside CDATA sections and comments
 * it removes numeric references to characters outside the XML 1.0 `Char` production and turns a
 * bare `&` (or an HTML entity such as `&nbsp;`, which XML does not define) into `&amp;`, so the text
 * keeps the entity as written; everywhere it removes raw illegal characters. CDATA content is otherwise
 * left byte-for-byte alone. Everything changed is counted so the reader can report it.
 */

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
const ILLEGAL_CHARS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,8})|#([0-9]{1,10})|[A-Za-z_:][\w.:-]*);/y;
const PARTIAL_REFERENCE = /&(?:#[xX]?[0-9a-fA-F]{0,8}|[A-Za-z_:][\w.:-]{0,40})?$/y;
const PREDEFINED = new Set(["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"]);
const CDATA_OPEN = "<![CDATA[";
const COMMENT_OPEN = "<!--";

/**
 * Every character {@link ILLEGAL_CHARS} can match, plus valid surrogate pairs. Almost no chunk of a
 * real export has one (emoji aside), and this single class scans several times faster than the
 * replacing regex, so that one runs only on chunks where this matches.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const MAYBE_ILLEGAL = /[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** What the filter changed so far. */
export interface XmlCharFilterStats {
  /** Illegal characters and references to them, removed. */
  removed: number;
  /** Bare `&` and undefined entities outside CDATA, escaped as `&amp;`. */
  escapedAmpersands: number;
  /** 1-based line of the first change, or null. */
  firstLine: number | null;
}

/** A stateful filter over consecutive text chunks of one document. */
export interface XmlCharFilter {
  /** Filters one chunk; may hold back a few trailing characters until the next call. */
  push(chunk: string): string;
  /** Returns whatever was held back. */
  flush(): string;
  readonly stats: XmlCharFilterStats;
}

/**
 * Creates a filter for illegal XML characters, references to them, and bare ampersands.
 *
 * @example
 * const filter = createXmlCharFilter();
 * filter.push("<a>x\u0001&#x0;?a=1&b=2</a>") + filter.flush(); // "<a>x?a=1&amp;b=2</a>"
 */
export function createXmlCharFilter(): XmlCharFilter {
  let carry = "";
  let mode: "text" | "cdata" | "comment" = "text";
  let lines = 0;
  const stats: XmlCharFilterStats = { removed: 0, escapedAmpersands: 0, firstLine: null };

  const noteAt = (text: string, index: number): void => {
    if (stats.firstLine !== null) return;
    let line = lines + 1;
    for (let i = text.indexOf("\n"); i >= 0 && i < index; i = text.indexOf("\n", i + 1)) line += 1;
    stats.firstLine = line;
  };

  /** False while the text being processed is known to hold no illegal character. */
  let mayHoldIllegal = true;
  const stripIllegal = (text: string, base: string, offset: number): string =>
    mayHoldIllegal
      ? text.replace(ILLEGAL_CHARS, (_m: string, at: number) => {
          stats.removed += 1;
          noteAt(base, offset + at);
          return "";
        })
      : text;

  /** Processes `text`; returns [output, unprocessed tail to carry]. */
  const run = (text: string, final: boolean): [string, string] => {
    let out = "";
    let i = 0;
    // Next "&" and "<!" at or after i (-1: none left). Searching afresh on every step rescans the
    // rest of the chunk each time, which made the filter quadratic in the chunk size.
    let amp = -2;
    let bang = -2;
    while (i < text.length) {
      if (mode !== "text") {
        const close = mode === "cdata" ? "]]>" : "-->";
        const end = text.indexOf(close, i);
        if (end < 0) {
          const keep = final ? text.length : Math.max(i, text.length - (close.length - 1));
          out += stripIllegal(text.slice(i, keep), text, i);
          return [out, text.slice(keep)];
        }
        out += stripIllegal(text.slice(i, end + close.length), text, i);
        i = end + close.length;
        mode = "text";
        continue;
      }
      if (amp !== -1 && amp < i) amp = text.indexOf("&", i);
      if (bang !== -1 && bang < i) bang = text.indexOf("<!", i);
      const next = amp < 0 ? bang : bang < 0 ? amp : Math.min(amp, bang);
      if (next < 0) {
        // A trailing "<" may be the start of "<![CDATA[" in the next chunk.
        const keep = !final && text.endsWith("<") ? text.length - 1 : text.length;
        out += stripIllegal(text.slice(i, keep), text, i);
        return [out, text.slice(keep)];
      }
      out += stripIllegal(text.slice(i, next), text, i);
      i = next;
      if (next === bang) {
        const rest = text.slice(i, i + CDATA_OPEN.length);
        if (
          !final &&
          rest.length < CDATA_OPEN.length &&
          (CDATA_OPEN.startsWith(rest) || rest.startsWith("<!-"))
        ) {
          return [out, text.slice(i)];
        }
        if (rest.startsWith(CDATA_OPEN)) {
          mode = "cdata";
          out += CDATA_OPEN;
          i += CDATA_OPEN.length;
        } else if (rest.startsWith(COMMENT_OPEN)) {
          mode = "comment";
          out += COMMENT_OPEN;
          i += COMMENT_OPEN.length;
        } else {
          out += "<!";
          i += 2;
        }
        continue;
      }
      REFERENCE.lastIndex = i;
      const ref = REFERENCE.exec(text);
      if (ref && (ref[1] !== undefined || ref[2] !== undefined || PREDEFINED.has(ref[0]))) {
        const numeric =
          ref[1] !== undefined ? Number.parseInt(ref[1], 16) : ref[2] !== undefined ? Number(ref[2]) : null;
        if (numeric !== null && !isXmlChar(numeric)) {
          stats.removed += 1;
          noteAt(text, i);
        } else {
          out += ref[0];
        }
        i += ref[0].length;
        continue;
      }
      PARTIAL_REFERENCE.lastIndex = i;
      if (!final && PARTIAL_REFERENCE.test(text)) return [out, text.slice(i)];
      stats.escapedAmpersands += 1;
      noteAt(text, i);
      out += "&amp;";
      i += 1;
    }
    return [out, ""];
  };

  const process = (text: string, final: boolean): string => {
    mayHoldIllegal = MAYBE_ILLEGAL.test(text);
    const [out, rest] = run(text, final);
    carry = rest;
    const done = text.length - rest.length;
    for (let i = text.indexOf("\n"); i >= 0 && i < done; i = text.indexOf("\n", i + 1)) lines += 1;
    return out;
  };

  return {
    stats,
    push(chunk: string): string {
      return process(carry + chunk, false);
    },
    flush(): string {
      return process(carry, true);
    },
  };
}

/**
 * {@link createXmlCharFilter} for one complete piece of markup or text outside CDATA (no
 * construct cut at its ends): the same output as a filter pushed the piece and flushed.
 *
 * @example
 * filterXmlText("a & b &nbsp;&#x0;"); // "a &amp; b &amp;nbsp;"
 */
export function filterXmlText(text: string): string {
  if (!text.includes("&") && !MAYBE_ILLEGAL.test(text)) return text;
  const filter = createXmlCharFilter();
  return filter.push(text) + filter.flush();
}

/**
 * The content of one CDATA section as {@link createXmlCharFilter} leaves it: illegal characters
 * removed, everything else as written.
 *
 * @example
 * stripIllegalXmlChars("a\u0001b"); // "ab"
 */
export function stripIllegalXmlChars(text: string): string {
  return MAYBE_ILLEGAL.test(text) ? text.replace(ILLEGAL_CHARS, "") : text;
}
