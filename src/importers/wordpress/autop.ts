/**
 * A port of WordPress's `wpautop()` (wp-includes/formatting.php). Classic-editor posts are stored
 * without paragraph tags; WordPress adds them on display: a blank line starts a new `<p>`, a
 * single newline becomes `<br />`, block-level elements are left alone and `<pre>`, `<script>`,
 * `<style>`, `<svg>` and `<math>` keep their newlines. The regexes follow the PHP source step by
 * step so that imported posts look as they did on the old site.
 */

import { isWhitespaceCode } from "../../core/whitespace.js";

const ALL_BLOCKS =
  "(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)";

// The block-tag patterns, built once (autop runs for every imported post).
const BLOCK_OPEN = new RegExp(`(<${ALL_BLOCKS}[\\s/>])`, "g");
const BLOCK_CLOSE = new RegExp(`(</${ALL_BLOCKS}>)`, "g");
const P_AROUND_BLOCK = new RegExp(`<p>\\s*(</?${ALL_BLOCKS}[^>]*>)\\s*</p>`, "g");
const P_BEFORE_BLOCK = new RegExp(`<p>\\s*(</?${ALL_BLOCKS}[^>]*>)`, "g");
const P_AFTER_BLOCK = new RegExp(`(</?${ALL_BLOCKS}[^>]*>)\\s*</p>`, "g");
const BR_AFTER_BLOCK = new RegExp(`(</?${ALL_BLOCKS}[^>]*>)\\s*<br />`, "g");

/**
 * `text.replace(/(?<!<br \/>)\s*\n/g, "<br />\n")` without trying the pattern at every position
 * (it has no literal to search for, so the regex engine does): each whitespace run holding a
 * newline is one match, from the run's start (one later when the run follows "<br />") to its
 * last newline.
 *
 * @example
 * newlinesToBreaks("a \n b<br />\nc"); // "a<br />\n b<br />\nc"
 */
export function newlinesToBreaks(text: string): string {
  let out = "";
  let copied = 0;
  let from = 0;
  for (;;) {
    const newline = text.indexOf("\n", from);
    if (newline < 0) break;
    let start = newline;
    while (start > from && isWhitespaceCode(text.charCodeAt(start - 1))) start--;
    let last = newline;
    let end = newline + 1;
    while (end < text.length && isWhitespaceCode(text.charCodeAt(end))) {
      if (text.charCodeAt(end) === 0x0a) last = end;
      end++;
    }
    // The lookbehind can fail only at the run's first position: later ones follow a space.
    const at = start >= 6 && text.startsWith("<br />", start - 6) ? start + 1 : start;
    if (at <= last) {
      out += `${text.slice(copied, at)}<br />\n`;
      copied = last + 1;
    }
    from = last + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * `text.replace(/\s*(<figcaption[^>]*>)/g, "$1")` the same way: the whitespace right before each
 * `<figcaption ...>` goes.
 *
 * @example
 * trimBeforeFigcaption('<img src="a.jpg">\n <figcaption>Hi</figcaption>'); // '<img src="a.jpg"><figcaption>Hi</figcaption>'
 */
export function trimBeforeFigcaption(text: string): string {
  let out = "";
  let copied = 0;
  let from = 0;
  for (;;) {
    const at = text.indexOf("<figcaption", from);
    if (at < 0) break;
    const gt = text.indexOf(">", at);
    // No ">" after this one: none after any later one either.
    if (gt < 0) break;
    let start = at;
    while (start > from && isWhitespaceCode(text.charCodeAt(start - 1))) start--;
    out += text.slice(copied, start);
    copied = at;
    from = gt + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * Where the piece of `html` that wp_html_split() cuts at `lt` (a "<") ends: a comment or CDATA
 * section runs to its end marker (or the end of the text), a tag to its first ">" (or the end).
 * The same pieces as wp_html_split()'s pattern, `<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[^>]*>?`,
 * which matches at every "<" (the reference port in autop-reference.test-helper.ts splits by it).
 */
function htmlPieceEnd(html: string, lt: number): number {
  let marker = ">";
  let from = lt + 1;
  if (html.startsWith("<!--", lt)) {
    marker = "-->";
    from = lt + 4;
  } else if (html.startsWith("<![CDATA[", lt)) {
    marker = "]]>";
    from = lt + 9;
  }
  const at = html.indexOf(marker, from);
  return at < 0 ? html.length : at + marker.length;
}

/**
 * Replaces `from` with `to` only inside HTML tags and comments (wp_replace_in_html_tags): the
 * text is cut into pieces as wp_html_split() cuts it, and nothing is copied until a piece holds
 * `from` (most tags have no newline, the one `from` autop passes).
 */
function replaceInHtmlTags(html: string, from: string, to: string): string {
  let out = "";
  let copied = 0;
  // The next `from` at or after the piece being looked at.
  let next = html.indexOf(from);
  for (let lt = html.indexOf("<"); lt >= 0 && next >= 0; lt = html.indexOf("<", lt)) {
    const end = htmlPieceEnd(html, lt);
    if (next < lt) next = html.indexOf(from, lt);
    if (next >= 0 && next < end) {
      const piece = html.slice(lt, end);
      if (piece.includes(from)) {
        out += html.slice(copied, lt) + piece.split(from).join(to);
        copied = end;
      }
    }
    lt = end;
  }
  return copied === 0 ? html : out + html.slice(copied);
}

/**
 * Adds paragraphs and line breaks to classic WordPress content, exactly like `wpautop()`.
 *
 * @example
 * autop("First line\nsecond line\n\nNew paragraph");
 * // "<p>First line<br />\nsecond line</p>\n<p>New paragraph</p>\n"
 */
export function autop(input: string, br = true): string {
  if (input.trim() === "") return "";
  let text = `${input}\n`;
  const preTags = new Map<string, string>();

  if (text.includes("<pre")) {
    const parts = text.split("</pre>");
    const last = parts.pop() ?? "";
    text = "";
    let i = 0;
    for (const part of parts) {
      const start = part.indexOf("<pre");
      if (start < 0) {
        text += part;
        continue;
      }
      const name = `<pre wp-pre-tag-${i}></pre>`;
      preTags.set(name, `${part.slice(start)}</pre>`);
      text += part.slice(0, start) + name;
      i += 1;
    }
    text += last;
  }

  // Passes whose pattern needs a literal the text lacks are skipped (autop runs for every
  // imported post, and a regex scan costs more than indexOf).
  if (text.includes("<br")) text = text.replace(/<br\s*\/?>\s*<br\s*\/?>/g, "\n\n");
  text = text.replace(BLOCK_OPEN, "\n\n$1");
  text = text.replace(BLOCK_CLOSE, "$1\n\n");
  if (text.includes("<hr")) text = text.replace(/(<hr\s*?\/?>)/g, "$1\n\n");
  if (text.includes("\r")) text = text.replace(/\r\n|\r/g, "\n");
  text = replaceInHtmlTags(text, "\n", " <!-- wpnl --> ");

  if (text.includes("<option")) {
    text = text.replace(/\s*<option/g, "<option").replace(/<\/option>\s*/g, "</option>");
  }
  if (text.includes("</object>")) {
    text = text
      .replace(/(<object[^>]*>)\s*/g, "$1")
      .replace(/\s*<\/object>/g, "</object>")
      .replace(/\s*(<\/?(?:param|embed)[^>]*>)\s*/g, "$1");
  }
  if (text.includes("<source") || text.includes("<track")) {
    text = text
      .replace(/([<[](?:audio|video)[^>\]]*[>\]])\s*/g, "$1")
      .replace(/\s*([<[]\/(?:audio|video)[>\]])/g, "$1")
      .replace(/\s*(<(?:source|track)[^>]*>)\s*/g, "$1");
  }
  if (text.includes("<figcaption")) {
    text = trimBeforeFigcaption(text).replace(/<\/figcaption>\s*/g, "</figcaption>");
  }

  text = text.replace(/\n\n+/g, "\n\n");
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p !== "");
  text = paragraphs.map((p) => `<p>${p.replace(/^\n+|\n+$/g, "")}</p>\n`).join("");

  text = text.replace(/<p>\s*<\/p>/g, "");
  if (/<\/(?:div|address|form)>/.test(text))
    text = text.replace(/<p>([^<]+)<\/(div|address|form)>/g, "<p>$1</p></$2>");
  text = text.replace(P_AROUND_BLOCK, "$1");
  if (text.includes("<p><li")) text = text.replace(/<p>(<li.+?)<\/p>/g, "$1");
  text = text.replace(/<p><blockquote([^>]*)>/gi, "<blockquote$1><p>");
  if (text.includes("</blockquote></p>")) text = text.split("</blockquote></p>").join("</p></blockquote>");
  text = text.replace(P_BEFORE_BLOCK, "$1");
  text = text.replace(P_AFTER_BLOCK, "$1");

  if (br) {
    const preserved =
      text.includes("<script") || text.includes("<style") || text.includes("<svg") || text.includes("<math");
    if (preserved) {
      text = text.replace(/<(script|style|svg|math)[\s\S]*?<\/\1>/g, (m) =>
        m.replace(/\n/g, "<WPPreserveNewline />"),
      );
    }
    if (text.includes("<br")) text = text.replace(/<br>|<br\/>/g, "<br />");
    text = newlinesToBreaks(text);
    if (preserved || text.includes("<WPPreserveNewline />"))
      text = text.split("<WPPreserveNewline />").join("\n");
  }

  if (text.includes("<br />")) {
    text = text.replace(BR_AFTER_BLOCK, "$1");
    text = text.replace(/<br \/>(\s*<\/?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)/g, "$1");
  }
  text = text.replace(/\n<\/p>$/g, "</p>");

  for (const [name, original] of preTags) text = text.split(name).join(original);
  if (text.includes("<!-- wpnl -->"))
    text = text.split(" <!-- wpnl --> ").join("\n").split("<!-- wpnl -->").join("\n");
  return text;
}
