import { Parser } from "htmlparser2";
import sanitizeHtml from "sanitize-html";
import { makeExcerpt, readingMinutes } from "../core/excerpt.js";
import { collapseWhitespace } from "../core/whitespace.js";

/**
 * Article bodies are stored as HTML cleaned against an allow-list. Everything else in the
 * article row (plain text, excerpt, reading time) is derived from the cleaned HTML here, so
 * there is exactly one way those are computed.
 */

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "h2",
    "h3",
    "h4",
    "p",
    "br",
    "hr",
    "ul",
    "ol",
    "li",
    "blockquote",
    "cite",
    "q",
    "figure",
    "figcaption",
    "img",
    "video",
    "audio",
    "source",
    "a",
    "em",
    "strong",
    "b",
    "i",
    "sub",
    "sup",
    "small",
    "span",
    "abbr",
    "code",
    "pre",
    "table",
    "caption",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: {
    a: ["href", "title", "hreflang", "rel"],
    img: ["src", "alt", "width", "height", "loading", "srcset", "sizes"],
    video: ["src", "controls", "width", "height", "poster", "preload"],
    audio: ["src", "controls", "preload"],
    source: ["src", "type"],
    figure: ["class"],
    span: ["class"],
    abbr: ["title"],
    th: ["scope", "colspan", "rowspan"],
    td: ["colspan", "rowspan"],
    blockquote: ["cite"],
    ol: ["start"],
  },
  allowedClasses: { figure: ["gallery", "media"], span: ["credit"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowProtocolRelative: false,
  // A body's own h1 would compete with the page headline: demote it.
  transformTags: {
    h1: "h2",
    h5: "h4",
    h6: "h4",
    a: (tagName, attribs) => {
      const href = attribs.href ?? "";
      const external = /^https?:\/\//i.test(href);
      return { tagName, attribs: external ? { ...attribs, rel: "noopener noreferrer" } : attribs };
    },
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: attribs.loading ?? "lazy" } }),
  },
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "object", "embed"],
  exclusiveFilter: (frame) => frame.tag === "p" && frame.text.trim() === "" && !frame.mediaChildren.length,
};

/**
 * Cleans untrusted body HTML against Steppe's allow-list: headings, paragraphs, lists, quotes,
 * figures with captions, images with sizes, links with safe schemes, emphasis and tables.
 *
 * @example
 * sanitizeBody('<p onclick="x()">Hi<script>alert(1)</script></p>'); // "<p>Hi</p>"
 */
export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, SANITIZE_OPTIONS).trim();
}

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

/**
 * Extracts plain text from (sanitized) body HTML, keeping block boundaries.
 *
 * @example
 * bodyText("<h2>Water</h2><p>Rivers run.</p>").text; // "Water\n\nRivers run."
 */
export function bodyText(html: string): BodyText {
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
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === "figure" || name === "table") skipDepth++;
        if (name === "p" && skipDepth === 0) inProse++;
        if (BLOCK_TAGS.has(name)) flush();
      },
      ontext(data) {
        current += data;
        if (inProse > 0 && skipDepth === 0) currentProse += data;
        else if (data !== "") sameText = false;
      },
      onclosetag(name) {
        if (BLOCK_TAGS.has(name)) flush();
        if (name === "p" && inProse > 0) inProse--;
        if ((name === "figure" || name === "table") && skipDepth > 0) skipDepth--;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { text: all.join("\n\n"), prose: prose.join("\n\n") };
}

export interface ProcessedBody {
  html: string;
  text: string;
  excerpt: string;
  readingMinutes: number;
}

/**
 * A body processed ahead of its write (e.g. in an import's worker thread, while the main thread
 * writes the previous batch), together with the input it was processed from. The article service
 * uses it only for a write whose body and excerpt are exactly `source` and `excerptSource`, and
 * runs {@link processBody} itself otherwise, so every stored body has been through the sanitizer.
 */
export interface PreparedBody extends ProcessedBody {
  source: string;
  excerptSource: string | null;
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
  const clean = sanitizeBody(html);
  const { text, prose } = bodyText(clean);
  const givenExcerpt = options.excerpt?.trim();
  return {
    html: clean,
    text,
    excerpt:
      givenExcerpt !== undefined && givenExcerpt !== ""
        ? makeExcerpt(bodyText(sanitizeBody(givenExcerpt)).text, options.excerptLength ?? 240)
        : makeExcerpt(prose === "" ? text : prose, options.excerptLength ?? 240),
    readingMinutes: readingMinutes(text),
  };
}

/**
 * {@link processBody} for a write that happens later (or in another thread): the result carries
 * the body and excerpt it was made from, so the article service can check it belongs to the
 * input it is given (see {@link PreparedBody}).
 *
 * @example
 * const body = prepareBody("<p>Hi<script>x()</script></p>", null);
 * body.html; // "<p>Hi</p>"
 */
export function prepareBody(html: string, excerpt: string | null): PreparedBody {
  return {
    ...processBody(html, excerpt === null ? {} : { excerpt }),
    source: html,
    excerptSource: excerpt,
  };
}
