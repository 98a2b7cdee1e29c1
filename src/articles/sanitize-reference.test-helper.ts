import sanitizeHtml from "sanitize-html";

/**
 * sanitize-html with the options Steppe used for article bodies until 2026-12-02, kept only as
 * the reference sanitize.ts is tested against (sanitize.test.ts). Not used by the application.
 */
const REFERENCE_OPTIONS: sanitizeHtml.IOptions = {
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

/** What sanitize-html made of a body with those options (trimmed, as sanitizeBody did). */
export function referenceSanitize(html: string): string {
  return sanitizeHtml(html, REFERENCE_OPTIONS).trim();
}
