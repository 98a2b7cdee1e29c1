import { Parser } from "htmlparser2";
import { normalizeLine } from "./normalize-text.js";
import type { SourceBlock } from "./source-block.js";

const SKIPPED = new Set([
  "head",
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "iframe",
  "form",
  "select",
  "button",
  "textarea",
  "canvas",
]);
const BLOCK_TAGS = new Set([
  "address",
  "article",
  "blockquote",
  "body",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "aside",
  "table",
  "tbody",
  "td",
  "th",
  "thead",
  "tr",
  "ul",
  "br",
  "html",
]);
const CHROME_ROLES = new Set(["navigation", "banner", "contentinfo", "complementary", "search"]);
const CHROME_CLASS =
  /(?:^|[\s_-])(menu|nav|navbar|share|sharing|social|subscribe|newsletter|sidebar|breadcrumbs?|ticker|pagination|pager|widget|related|comments?|cookie|advert|ads)(?:$|[\s_-])/iu;

interface Frame {
  name: string;
  chromeReason: string | null;
  skip: boolean;
  articleIndex: number | null;
}

interface Buffer {
  parts: string[];
  linkChars: number;
  datetime: string | null;
  frame: Frame | null;
}

function roleOf(name: string): Pick<SourceBlock, "role" | "level"> {
  const heading = /^h([1-6])$/.exec(name);
  if (heading !== null) return { role: "heading", level: Number(heading[1]) };
  if (name === "p" || name === "blockquote") return { role: "paragraph", level: 0 };
  if (name === "li" || name === "dd" || name === "dt") return { role: "item", level: 0 };
  return { role: "line", level: 0 };
}

function chromeReasonOf(
  name: string,
  attribs: Record<string, string>,
  parent: Frame | undefined,
): string | null {
  if (parent?.chromeReason) return parent.chromeReason;
  if (name === "nav" || name === "aside" || name === "footer") return `inside <${name}>`;
  // A <header> inside an <article> holds its title and date; only the page's own header is chrome.
  if (name === "header" && (parent?.articleIndex ?? null) === null) return "inside the page <header>";
  const role = attribs.role?.toLowerCase();
  if (role !== undefined && CHROME_ROLES.has(role)) return `inside role="${role}"`;
  const names = `${attribs.class ?? ""} ${attribs.id ?? ""}`.trim();
  const match = CHROME_CLASS.exec(names);
  return match === null ? null : `inside an element marked "${match[1]}"`;
}

/**
 * Parses an HTML capture with htmlparser2 into text blocks that keep their tag context:
 * headings with their level, paragraphs, list items, figures with caption and image, the
 * `<article>` they belong to, and why a block is chrome (inside nav/header/footer/aside, or an
 * element whose class says menu, share, ticker...). Chrome blocks are returned, flagged, so
 * their ticker values and page date can still be read.
 *
 * @example
 * extractHtmlBlocks("<nav>Home</nav><h1>Tram opens</h1><p>Body.</p>")
 * // [{ text: "Home", chromeReason: "inside <nav>", ... }, { text: "Tram opens", role: "heading", level: 1, ... },
 * //  { text: "Body.", role: "paragraph", ... }]
 */
export function extractHtmlBlocks(html: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const stack: Frame[] = [];
  let articles = 0;
  let linkDepth = 0;
  let buffer: Buffer = { parts: [], linkChars: 0, datetime: null, frame: null };
  let figure: { caption: string[]; src: string | null; alt: string; frame: Frame } | null = null;
  let inCaption = 0;

  const top = (): Frame | undefined => stack[stack.length - 1];
  const blockFrame = (): Frame | null => {
    for (let i = stack.length - 1; i >= 0; i--) if (BLOCK_TAGS.has(stack[i]!.name)) return stack[i]!;
    return null;
  };
  const flush = (): void => {
    const text = normalizeLine(buffer.parts.join(""));
    const frame = buffer.frame;
    if (text !== "" && frame !== null) {
      blocks.push({
        text,
        ...roleOf(frame.name),
        articleIndex: frame.articleIndex,
        chromeReason: frame.chromeReason,
        datetime: buffer.datetime,
        linkShare: Math.min(1, buffer.linkChars / text.length),
        figure: null,
      });
    }
    buffer = { parts: [], linkChars: 0, datetime: null, frame: null };
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const parent = top();
        if (BLOCK_TAGS.has(name) && inCaption === 0) flush();
        const frame: Frame = {
          name,
          skip: (parent?.skip ?? false) || SKIPPED.has(name),
          chromeReason: chromeReasonOf(name, attribs, parent),
          articleIndex: name === "article" ? articles++ : (parent?.articleIndex ?? null),
        };
        stack.push(frame);
        if (frame.skip) return;
        if (name === "a") linkDepth++;
        if (name === "time" && attribs.datetime !== undefined) buffer.datetime = attribs.datetime;
        if (name === "figure") figure = { caption: [], src: null, alt: "", frame };
        if (name === "figcaption") inCaption++;
        if (name === "img") {
          const src = attribs.src ?? null;
          if (figure !== null && figure.src === null) {
            figure.src = src;
            figure.alt = attribs.alt ?? "";
          } else if (src !== null && buffer.parts.join("").includes("[caption")) {
            // Keep the image of a leaked [caption] shortcode where the shortcode parser expects it.
            buffer.parts.push(
              `<img src="${src.replace(/"/g, "")}" alt="${(attribs.alt ?? "").replace(/"/g, "")}">`,
            );
          }
        }
      },
      ontext(text) {
        const frame = top();
        if (frame === undefined || frame.skip) return;
        if (figure !== null) {
          if (inCaption > 0) figure.caption.push(text);
          return;
        }
        if (buffer.frame === null) buffer.frame = blockFrame();
        buffer.parts.push(text);
        if (linkDepth > 0) buffer.linkChars += text.trim().length;
      },
      onclosetag(name) {
        const frame = stack.pop();
        if (frame === undefined || frame.skip) return;
        if (name === "a") linkDepth = Math.max(0, linkDepth - 1);
        if (name === "figcaption") inCaption = Math.max(0, inCaption - 1);
        if (name === "figure" && figure !== null) {
          const caption = normalizeLine(figure.caption.join(""));
          if (caption !== "" || figure.src !== null) {
            blocks.push({
              text: caption,
              role: "figure",
              level: 0,
              articleIndex: figure.frame.articleIndex,
              chromeReason: figure.frame.chromeReason,
              datetime: null,
              linkShare: 0,
              figure: { caption, src: figure.src, alt: figure.alt },
            });
          }
          figure = null;
          return;
        }
        if (BLOCK_TAGS.has(name) && inCaption === 0) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return blocks;
}
