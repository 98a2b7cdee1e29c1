import type { BodyBlock } from "./split-page.js";

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

// Only web and site-relative addresses survive; a capture may hold "javascript:" or data URLs.
function safeSrc(src: string | null): string | null {
  if (src === null) return null;
  return /^(?:https?:\/\/|\/(?!\/))[^\s"<>]*$/iu.test(src) ? src : null;
}

export interface RenderedBody {
  html: string;
  text: string;
}

/**
 * Renders body blocks as the importer's simple HTML (`<h2>`, `<p>`, `<figure>` with
 * `<figcaption>`) and as plain text with blocks separated by blank lines.
 *
 * @example
 * renderBody([{ type: "h2", text: "Route" }, { type: "p", text: "Seven stops & a depot." }]).html
 * // "<h2>Route</h2>\n<p>Seven stops &amp; a depot.</p>"
 */
export function renderBody(blocks: readonly BodyBlock[]): RenderedBody {
  const html: string[] = [];
  const text: string[] = [];
  for (const block of blocks) {
    if (block.type === "figure") {
      const { caption, alt } = block.figure;
      const src = safeSrc(block.figure.src);
      const img = src === null ? "" : `<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}">`;
      const figcaption = caption === "" ? "" : `<figcaption>${escapeHtml(caption)}</figcaption>`;
      if (img === "" && figcaption === "") continue;
      html.push(`<figure>${img}${figcaption}</figure>`);
      if (caption !== "") text.push(caption);
    } else {
      html.push(`<${block.type}>${escapeHtml(block.text)}</${block.type}>`);
      text.push(block.text);
    }
  }
  return { html: html.join("\n"), text: text.join("\n\n") };
}
