/**
 * Turns WordPress post content into HTML for Steppe's sanitizer, in WordPress's own order of
 * concerns: block comments first (their content is finished HTML), then shortcodes, then
 * `autop` for classic-editor content only. REST `content.rendered` has been through all of that
 * on the old site already, so it only gets the shortcode pass (for tags the old site did not
 * know, which would otherwise leak as text).
 */

import { autop } from "./autop.js";
import { hasBlocks, stripBlockComments } from "./gutenberg.js";
import { convertShortcodes, type ShortcodeContext } from "./shortcodes.js";

/** Options for {@link convertContent}. */
export interface ConvertContentOptions extends ShortcodeContext {
  /** `raw` post_content (WXR, REST `context=edit`) or REST `rendered` HTML. Default `raw`. */
  format?: "raw" | "rendered";
}

/** What happened to one item's content; goes into the import report. */
export interface ContentReport {
  editor: "blocks" | "classic" | "rendered";
  blocks: Record<string, number>;
  voidBlocks: Record<string, number>;
  shortcodes: Record<string, number>;
  unknownShortcodes: Record<string, number>;
  /** `<!--more-->` / `<!--nextpage-->` markers removed. */
  markersRemoved: number;
  warnings: string[];
}

const MARKERS = /<!--(?:more(?:\s[\s\S]*?)?|nextpage|noteaser)-->/g;

/**
 * Converts one item's content: Gutenberg detection -> shortcodes -> autop (classic only).
 * The result still needs the sanitizer; it never adds scripts or iframes of its own.
 *
 * @example
 * const { html, report } = convertContent("Hello\n\n[gallery]", { postId: 12, attachments });
 * // html: "<p>Hello</p>\n<figure class=\"gallery gallery-columns-3\">…</figure>\n"
 * // report.editor === "classic", report.shortcodes.gallery === 1
 */
export function convertContent(
  content: string,
  options: ConvertContentOptions = {},
): { html: string; report: ContentReport } {
  const report: ContentReport = {
    editor: options.format === "rendered" ? "rendered" : hasBlocks(content) ? "blocks" : "classic",
    blocks: {},
    voidBlocks: {},
    shortcodes: {},
    unknownShortcodes: {},
    markersRemoved: 0,
    warnings: [],
  };
  let html = content;
  if (hasBlocks(html)) {
    const stripped = stripBlockComments(html);
    html = stripped.html;
    report.blocks = stripped.blocks;
    report.voidBlocks = stripped.voidBlocks;
  }
  html = html.replace(MARKERS, () => {
    report.markersRemoved += 1;
    return "";
  });
  const converted = convertShortcodes(html, options);
  html = converted.html;
  report.shortcodes = converted.counts;
  report.unknownShortcodes = converted.unknown;
  report.warnings = converted.warnings;
  if (report.editor === "classic") html = autop(html);
  return { html, report };
}
