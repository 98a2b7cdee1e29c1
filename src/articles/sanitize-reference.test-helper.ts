import sanitizeHtml from "sanitize-html";
import {
  ALLOWED_ATTRIBUTE_NAMES,
  ALLOWED_CLASS_NAMES,
  ALLOWED_SCHEME_NAMES,
  ALLOWED_TAG_NAMES,
  IMAGE_SCHEME_NAMES,
  NON_TEXT_TAG_NAMES,
  RENAMED_TAGS,
} from "./sanitize.js";

const copy = (lists: Readonly<Record<string, readonly string[]>>): Record<string, string[]> =>
  Object.fromEntries(Object.entries(lists).map(([tag, names]) => [tag, [...names]]));

/**
 * sanitize-html with sanitize.ts's allow-list, configured as Steppe configured it for article
 * bodies until 2026-12-02: the reference sanitize.ts is tested against (sanitize.test.ts). Not
 * used by the application.
 */
const REFERENCE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...ALLOWED_TAG_NAMES],
  allowedAttributes: copy(ALLOWED_ATTRIBUTE_NAMES),
  allowedClasses: copy(ALLOWED_CLASS_NAMES),
  allowedSchemes: [...ALLOWED_SCHEME_NAMES],
  allowedSchemesByTag: { img: [...IMAGE_SCHEME_NAMES] },
  allowProtocolRelative: false,
  transformTags: {
    ...RENAMED_TAGS,
    a: (tagName, attribs) => {
      const href = attribs.href ?? "";
      const external = /^https?:\/\//i.test(href);
      return { tagName, attribs: external ? { ...attribs, rel: "noopener noreferrer" } : attribs };
    },
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: attribs.loading ?? "lazy" } }),
  },
  nonTextTags: [...NON_TEXT_TAG_NAMES],
  exclusiveFilter: (frame) => frame.tag === "p" && frame.text.trim() === "" && !frame.mediaChildren.length,
};

/** What sanitize-html made of a body with those options (trimmed, as sanitizeBody did). */
export function referenceSanitize(html: string): string {
  return sanitizeHtml(html, REFERENCE_OPTIONS).trim();
}
