import { Parser } from "htmlparser2";
import { makeExcerpt, readingMinutes } from "../core/excerpt.js";
import { collapseWhitespace } from "../core/whitespace.js";
import { sanitizeBody } from "./sanitize.js";

/**
 * Article bodies are stored as HTML cleaned against an allow-list. Everything else in the
 * article row (plain text, excerpt, reading time) is derived from the cleaned HTML here, so
 * there is exactly one way those are computed.
 */

const BLOCK_TAGS = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "blockquote",
  "figure",
  "figcaption",
  "table",
  "tr",
  "br",
  "pre",
  "ul",
  "ol",
  "div",
  "caption",
  "hr",
]);

export interface BodyText {
  /** All text, blocks separated by blank lines: what search indexes. */
  text: string;
  /** Text of the running prose only (no captions, tables or quotes' citations): what excerpts use. */
  prose: string;
}

/** What both readers of body HTML feed: block boundaries, prose and the text itself. */
interface TextCollector {
  open(name: string): void;
  text(data: string): void;
  close(name: string): void;
  finish(): BodyText;
}

function textCollector(): TextCollector {
  const all: string[] = [];
  const prose: string[] = [];
  let current = "";
  let currentProse = "";
  /** Every text since the last flush went to both: the prose is the same text (the usual case). */
  let sameText = true;
  let skipDepth = 0;
  let inProse = 0;
  const flush = (): void => {
    const t = collapseWhitespace(current);
    if (t !== "") all.push(t);
    const p = sameText ? t : collapseWhitespace(currentProse);
    if (p !== "") prose.push(p);
    current = "";
    currentProse = "";
    sameText = true;
  };
  return {
    open(name) {
      if (name === "figure" || name === "table") skipDepth++;
      if (name === "p" && skipDepth === 0) inProse++;
      if (BLOCK_TAGS.has(name)) flush();
    },
    text(data) {
      current += data;
      if (inProse > 0 && skipDepth === 0) currentProse += data;
      else if (data !== "") sameText = false;
    },
    close(name) {
      if (BLOCK_TAGS.has(name)) flush();
      if (name === "p" && inProse > 0) inProse--;
      if ((name === "figure" || name === "table") && skipDepth > 0) skipDepth--;
    },
    finish() {
      flush();
      return { text: all.join("\n\n"), prose: prose.join("\n\n") };
    },
  };
}

/**
 * Extracts plain text from body HTML (any HTML: it is parsed as a browser would), keeping block
 * boundaries.
 *
 * @example
 * bodyText("<h2>Water</h2><p>Rivers run.</p>").text; // "Water\n\nRivers run."
 */
export function bodyText(html: string): BodyText {
  const collector = textCollector();
  const parser = new Parser(
    {
      onopentag: (name) => collector.open(name),
      ontext: (data) => collector.text(data),
      onclosetag: (name) => collector.close(name),
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return collector.finish();
}

/** Elements htmlparser2 closes as soon as they open (its list, as far as the allow-list goes). */
const VOID_TAGS = new Set(["br", "hr", "img", "source", "wbr", "area", "col", "embed", "input", "track"]);
/**
 * The elements htmlparser2 closes implicitly when the given one opens while they are the current
 * element (its `openImpliesClose`, for the tags sanitizeBody can write).
 */
const HEADING_OR_P = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "p"]);
const P_ONLY = new Set(["p"]);
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ["tr", new Set(["tr", "th", "td"])],
  ["th", new Set(["th"])],
  ["td", new Set(["thead", "th", "td"])],
  ["a", new Set(["a"])],
  ["li", new Set(["li"])],
  ["p", P_ONLY],
  ...["h1", "h2", "h3", "h4", "h5", "h6"].map((h): [string, ReadonlySet<string>] => [h, HEADING_OR_P]),
  ...["blockquote", "figcaption", "figure", "hr", "ol", "pre", "table", "ul"].map(
    (tag): [string, ReadonlySet<string>] => [tag, P_ONLY],
  ),
  ["tbody", new Set(["thead", "tbody"])],
  ["tfoot", new Set(["thead", "tbody"])],
]);
const SANITIZED_ENTITY = /&(amp|lt|gt|quot);/g;
const OTHER_AMPERSAND = /&(?!(?:amp|lt|gt|quot);)/;
const ENTITY_TEXT: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"' };

function decodeSanitizedText(text: string): string | null {
  if (!text.includes("&")) return text;
  // Any other ampersand is not what sanitizeBody writes: let the full parser decide.
  if (OTHER_AMPERSAND.test(text)) return null;
  return text.replace(SANITIZED_ENTITY, (_, name: string) => ENTITY_TEXT[name] ?? "");
}

/**
 * {@link bodyText} for the output of {@link sanitizeBody}, without a general HTML parser: that
 * output is regular (lower-case allowed tags, every `<` and `&` in text escaped, attributes quoted
 * and escaped), so a scan from tag to tag gives the same events as htmlparser2. Returns null for
 * anything outside that shape: a raw `&` or another entity, an end tag that is not the current
 * element's, or an element whose opening htmlparser2 would take as closing the current one (a
 * heading in a heading, a block in a paragraph: the sanitizer can write those when it drops the
 * tags between them); the caller then uses {@link bodyText}. The differential test in
 * body.test.ts holds the two to the same results.
 */
export function sanitizedBodyText(html: string): BodyText | null {
  const collector = textCollector();
  /** Open elements, innermost last. */
  const open: string[] = [];
  let at = 0;
  const length = html.length;
  while (at < length) {
    const lt = html.indexOf("<", at);
    const textEnd = lt === -1 ? length : lt;
    if (textEnd > at) {
      const text = decodeSanitizedText(html.slice(at, textEnd));
      if (text === null) return null;
      collector.text(text);
    }
    if (lt === -1) break;
    const gt = html.indexOf(">", lt);
    if (gt === -1) return null;
    const closing = html.charCodeAt(lt + 1) === 0x2f;
    const nameStart = closing ? lt + 2 : lt + 1;
    let nameEnd = nameStart;
    let code = html.charCodeAt(nameEnd);
    while ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      nameEnd++;
      code = html.charCodeAt(nameEnd);
    }
    if (nameEnd === nameStart || !(nameEnd === gt || code === 0x20 || code === 0x2f)) return null;
    const name = html.slice(nameStart, nameEnd);
    const isVoid = VOID_TAGS.has(name);
    if (closing) {
      // htmlparser2 ignores the end tag of a void element, except `</br>`, which it reads as `<br>`.
      if (isVoid) {
        if (name === "br") return null;
      } else {
        // An end tag for anything but the current element makes htmlparser2 close others first.
        if (open[open.length - 1] !== name) return null;
        open.pop();
        collector.close(name);
      }
    } else {
      const current = open[open.length - 1];
      if (current !== undefined && IMPLIES_CLOSE.get(name)?.has(current)) return null;
      // In HTML, `/>` closes only void elements.
      if (!isVoid && html.charCodeAt(gt - 1) === 0x2f) return null;
      collector.open(name);
      if (isVoid) collector.close(name);
      else open.push(name);
    }
    at = gt + 1;
  }
  // As htmlparser2 does at the end: close what is still open, innermost first.
  for (let k = open.length - 1; k >= 0; k--) collector.close(open[k] as string);
  return collector.finish();
}

/** The text of sanitized HTML: the quick scan, or the full parser when the scan declines. */
function textOfSanitized(clean: string): BodyText {
  return sanitizedBodyText(clean) ?? bodyText(clean);
}

export interface ProcessedBody {
  html: string;
  text: string;
  excerpt: string;
  readingMinutes: number;
}

/**
 * A body sanitized ahead of its write (e.g. in an import's worker thread, while the main thread
 * writes the previous batch), together with the input it was made from. The article service
 * uses it only for a write whose body and excerpt are exactly `source` and `excerptSource`, and
 * runs {@link processBody} itself otherwise, so every stored body has been through the sanitizer.
 */
export interface SanitizedBody {
  html: string;
  source: string;
  excerptSource: string | null;
}

/**
 * Text, excerpt and reading time of a body already sanitized by {@link sanitizeBody}: the second
 * half of {@link processBody}. A given excerpt (e.g. from an import) is kept when provided.
 *
 * @example
 * deriveBody(sanitizeBody("<p>One two three.</p>")).excerpt; // "One two three."
 */
export function deriveBody(
  clean: string,
  options: { excerpt?: string; excerptLength?: number } = {},
): ProcessedBody {
  const { text, prose } = textOfSanitized(clean);
  const givenExcerpt = options.excerpt?.trim();
  return {
    html: clean,
    text,
    excerpt:
      givenExcerpt !== undefined && givenExcerpt !== ""
        ? makeExcerpt(textOfSanitized(sanitizeBody(givenExcerpt)).text, options.excerptLength ?? 240)
        : makeExcerpt(prose === "" ? text : prose, options.excerptLength ?? 240),
    readingMinutes: readingMinutes(text),
  };
}

/**
 * The whole derivation for a body: sanitize, then text, excerpt and reading time from the
 * sanitized HTML. A given excerpt (e.g. from an import) is kept when provided.
 *
 * @example
 * processBody("<p>One two three.</p>").excerpt; // "One two three."
 */
export function processBody(
  html: string,
  options: { excerpt?: string; excerptLength?: number } = {},
): ProcessedBody {
  return deriveBody(sanitizeBody(html), options);
}

/**
 * The sanitizing half of {@link processBody} for a write that happens later (or in another
 * thread), with the body and excerpt it was made from (see {@link SanitizedBody}); the article
 * service derives the rest where it writes.
 *
 * @example
 * sanitizeBodyAhead("<p>Hi<script>x()</script></p>", null).html; // "<p>Hi</p>"
 */
export function sanitizeBodyAhead(html: string, excerpt: string | null): SanitizedBody {
  return { html: sanitizeBody(html), source: html, excerptSource: excerpt };
}
