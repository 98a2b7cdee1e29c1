/**
 * The straightforward regex version of autop.ts, kept only as the reference the optimised one is
 * tested against (autop.test.ts): same input, same output. Not used by the importer.
 *
 * Original comment: a port of WordPress's `wpautop()` (wp-includes/formatting.php). Classic-editor posts are stored
 * without paragraph tags; WordPress adds them on display: a blank line starts a new `<p>`, a
 * single newline becomes `<br />`, block-level elements are left alone and `<pre>`, `<script>`,
 * `<style>`, `<svg>` and `<math>` keep their newlines. The regexes follow the PHP source step by
 * step so that imported posts look as they did on the old site.
 */

const ALL_BLOCKS =
  "(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)";

// wp_html_split(): comments, CDATA and tags versus text.
const HTML_SPLIT = /(<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[^>]*>?)/;

/** Replaces `from` with `to` only inside HTML tags and comments (wp_replace_in_html_tags). */
function replaceInHtmlTags(html: string, from: string, to: string): string {
  const parts = html.split(HTML_SPLIT);
  // split() with one capture group alternates text (even) and tags (odd).
  for (let i = 1; i < parts.length; i += 2) {
    const part = parts[i];
    if (part?.includes(from)) parts[i] = part.split(from).join(to);
  }
  return parts.join("");
}

/**
 * Adds paragraphs and line breaks to classic WordPress content, exactly like `wpautop()`.
 *
 * @example
 * referenceAutop("First line\nsecond line\n\nNew paragraph");
 * // "<p>First line<br />\nsecond line</p>\n<p>New paragraph</p>\n"
 */
export function referenceAutop(input: string, br = true): string {
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

  text = text.replace(/<br\s*\/?>\s*<br\s*\/?>/g, "\n\n");
  text = text.replace(new RegExp(`(<${ALL_BLOCKS}[\\s/>])`, "g"), "\n\n$1");
  text = text.replace(new RegExp(`(</${ALL_BLOCKS}>)`, "g"), "$1\n\n");
  text = text.replace(/(<hr\s*?\/?>)/g, "$1\n\n");
  text = text.replace(/\r\n|\r/g, "\n");
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
    text = text.replace(/\s*(<figcaption[^>]*>)/g, "$1").replace(/<\/figcaption>\s*/g, "</figcaption>");
  }

  text = text.replace(/\n\n+/g, "\n\n");
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p !== "");
  text = paragraphs.map((p) => `<p>${p.replace(/^\n+|\n+$/g, "")}</p>\n`).join("");

  text = text.replace(/<p>\s*<\/p>/g, "");
  text = text.replace(/<p>([^<]+)<\/(div|address|form)>/g, "<p>$1</p></$2>");
  text = text.replace(new RegExp(`<p>\\s*(</?${ALL_BLOCKS}[^>]*>)\\s*</p>`, "g"), "$1");
  text = text.replace(/<p>(<li.+?)<\/p>/g, "$1");
  text = text.replace(/<p><blockquote([^>]*)>/gi, "<blockquote$1><p>");
  text = text.split("</blockquote></p>").join("</p></blockquote>");
  text = text.replace(new RegExp(`<p>\\s*(</?${ALL_BLOCKS}[^>]*>)`, "g"), "$1");
  text = text.replace(new RegExp(`(</?${ALL_BLOCKS}[^>]*>)\\s*</p>`, "g"), "$1");

  if (br) {
    text = text.replace(/<(script|style|svg|math)[\s\S]*?<\/\1>/g, (m) =>
      m.replace(/\n/g, "<WPPreserveNewline />"),
    );
    text = text.replace(/<br>|<br\/>/g, "<br />");
    text = text.replace(/(?<!<br \/>)\s*\n/g, "<br />\n");
    text = text.split("<WPPreserveNewline />").join("\n");
  }

  text = text.replace(new RegExp(`(</?${ALL_BLOCKS}[^>]*>)\\s*<br />`, "g"), "$1");
  text = text.replace(/<br \/>(\s*<\/?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)/g, "$1");
  text = text.replace(/\n<\/p>$/g, "</p>");

  for (const [name, original] of preTags) text = text.split(name).join(original);
  if (text.includes("<!-- wpnl -->"))
    text = text.split(" <!-- wpnl --> ").join("\n").split("<!-- wpnl -->").join("\n");
  return text;
}
