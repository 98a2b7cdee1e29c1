/**
 * WordPress shortcodes, parsed with the grammar of core's `get_shortcode_regex()` and
 * `shortcode_parse_atts()`, converted to plain HTML. Unlike WordPress (which leaves unregistered
 * tags as literal text, the cruft users find after every migration), every shortcode-looking tag is
 * either converted or removed and counted, so the import report can list them.
 *
 * What counts as a shortcode: a bracketed name of ASCII lowercase letters, digits, `_`, `-` or `:`
 * starting with a letter (`[gallery]`, `[vc_row]`, `[contact-form-7 id=1]`). Anything else
 * (`[1]`, `[Update]`, `[…]`, `[Обновлено]`) and the names in `literalNames` (default `sic`) stay
 * as text. Square brackets inside HTML tags and comments are never parsed (WordPress does the same).
 */

/** An image that a `[gallery]` or `[caption]` may refer to. */
export interface ShortcodeAttachment {
  id: number;
  url: string;
  alt: string | null;
  /** HTML caption (the attachment's excerpt in WordPress). */
  caption: string | null;
  parentId: number | null;
  menuOrder: number;
}

/** Finds attachments by id, and the attachments uploaded to a post (for `[gallery]` without ids). */
export interface AttachmentLookup {
  byId(id: number): ShortcodeAttachment | undefined;
  byParent(parentId: number): ShortcodeAttachment[];
}

/** What {@link convertShortcodes} needs to know about the post being converted. */
export interface ShortcodeContext {
  /** The post's WordPress id: `[gallery]` without ids shows the images attached to it. */
  postId?: number;
  attachments?: AttachmentLookup;
  /** Bracketed words that are prose, not shortcodes. Default `["sic"]`. */
  literalNames?: readonly string[];
}

/** Output of {@link convertShortcodes}. */
export interface ShortcodeResult {
  html: string;
  /** Converted shortcodes by name (`autoembed` counts bare URL lines). */
  counts: Record<string, number>;
  /** Unknown shortcodes by name: their inner content was kept, self-closing ones removed. */
  unknown: Record<string, number>;
  /** Problems met on the way (missing gallery images, unsafe URLs...). */
  warnings: string[];
}

/** A parsed attribute list: named keys lowercased, positional ones under "0", "1"... */
export type ShortcodeAttributes = Record<string, string>;

const OPEN_BRACKET = "\uE000";
const CLOSE_BRACKET = "\uE001";
const DEFAULT_LITERAL_NAMES = ["sic"];
const SHORTCODE_NAME = /^[a-z][a-z0-9_:-]*$/;

// get_shortcode_regex() for any tag name. PHP's possessive name match is emulated with a captured
// lookahead (group 2) so that JavaScript cannot backtrack into it.
// Groups: 1 escape "[", 2 name, 3 attributes, 4 self-closing "/", 5 enclosed content, 6 escape "]".
const SHORTCODE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: WordPress's name class excludes controls
  /\[(\[?)(?=([^<>&/[\]\x00-\x20=]+))\2(?![\w-])([^\]/]*(?:\/(?!\])[^\]/]*)*?)(?:(\/)\]|\](?:([^[]*(?:\[(?!\/\2\])[^[]*)*)\[\/\2\])?)(\]?)/g;

const ATTRIBUTE =
  /([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$)/g;

const C_ESCAPES: Record<string, string> = {
  n: "\n",
  t: "\t",
  r: "\r",
  v: "\v",
  f: "\f",
  a: "\u0007",
  b: "\b",
};

function stripCSlashes(value: string): string {
  return value.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (_m, seq: string) => {
    if (seq[0] === "x" && seq.length > 1) return String.fromCharCode(Number.parseInt(seq.slice(1), 16));
    if (/^[0-7]+$/.test(seq)) return String.fromCharCode(Number.parseInt(seq, 8));
    return C_ESCAPES[seq] ?? seq;
  });
}

/**
 * Parses a shortcode attribute string like WordPress's `shortcode_parse_atts()`: `a="x"`, `a='x'`,
 * `a=x`, positional `"x"`, `'x'` and bare words. Smart quotes and `&quot;` (left by editors) count
 * as plain quotes; a value with an unbalanced `<` becomes empty, as in WordPress.
 *
 * @example
 * parseShortcodeAttributes(` ids="1,2" columns='4' link=file "full" `);
 * // { ids: "1,2", columns: "4", link: "file", "0": "full" }
 */
export function parseShortcodeAttributes(text: string): ShortcodeAttributes {
  const normalized = text
    .replace(/[\u00a0\u200b]/g, " ")
    .replace(/&quot;|&#0?34;|[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/&#0?39;|[\u2018\u2019\u2032]/g, "'");
  const atts: ShortcodeAttributes = {};
  let position = 0;
  for (const m of normalized.matchAll(ATTRIBUTE)) {
    const key = m[1] ?? m[3] ?? m[5];
    const value = m[2] ?? m[4] ?? m[6];
    if (key !== undefined && value !== undefined) {
      atts[key.toLowerCase()] = stripCSlashes(value);
    } else {
      const positional = m[7] ?? m[8] ?? m[9];
      if (positional !== undefined) atts[String(position++)] = stripCSlashes(positional);
    }
  }
  for (const [key, value] of Object.entries(atts)) {
    if (value.includes("<") && !/^[^<]*(?:<[^>]*>[^<]*)*$/.test(value)) atts[key] = "";
  }
  return atts;
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Only web URLs and site-relative paths end up in `src`/`href`; never `javascript:` and friends. */
function safeUrl(value: string | undefined): string | null {
  const url = (value ?? "").trim().replace(/&amp;/g, "&");
  if (/^https?:\/\/[^\s<>"]+$/i.test(url) || /^\/(?!\/)[^\s<>"]*$/.test(url) || /^\/\/[^\s<>"]+$/.test(url)) {
    return url;
  }
  return null;
}

function oneLine(html: string): string {
  return html.replace(/\s*\n\s*/g, " ").trim();
}

interface Accumulator {
  counts: Record<string, number>;
  unknown: Record<string, number>;
  warnings: string[];
}

function bump(record: Record<string, number>, name: string): void {
  record[name] = (record[name] ?? 0) + 1;
}

function linkParagraph(url: string): string {
  const escaped = escapeHtml(url);
  return `<p class="wp-embed"><a href="${escaped}">${escaped}</a></p>`;
}

function convertCaption(
  atts: ShortcodeAttributes,
  inner: string,
  ctx: ShortcodeContext,
  acc: Accumulator,
): string {
  let image = inner;
  let caption = atts.caption ?? "";
  if (!caption) {
    const m = /((?:<a [^>]+>\s*)?<img [^>]+>(?:\s*<\/a>)?)(.*)/is.exec(inner);
    if (m) {
      image = m[1] ?? "";
      caption = (m[2] ?? "").trim();
    }
  }
  image = oneLine(run(image, ctx, acc));
  caption = oneLine(run(caption, ctx, acc));
  if (!caption) return image;
  const classes = ["wp-caption", atts.align || "alignnone", ...(atts.class ? [atts.class] : [])];
  return `<figure class="${escapeHtml(classes.join(" "))}">${image}<figcaption>${caption}</figcaption></figure>`;
}

function parseIds(value: string | undefined): number[] {
  return (value ?? "")
    .split(/[\s,]+/)
    .filter((part) => /^\d+$/.test(part))
    .map(Number);
}

function convertGallery(atts: ShortcodeAttributes, ctx: ShortcodeContext, acc: Accumulator): string {
  const lookup = ctx.attachments;
  const ids = parseIds(atts.ids || atts.include);
  let images: ShortcodeAttachment[] = [];
  if (ids.length > 0) {
    const missing: number[] = [];
    for (const id of ids) {
      const found = lookup?.byId(id);
      if (found) images.push(found);
      else missing.push(id);
    }
    if (missing.length > 0) acc.warnings.push(`gallery: attachment(s) ${missing.join(", ")} not found`);
  } else {
    const parentId = /^\d+$/.test(atts.id ?? "") ? Number(atts.id) : ctx.postId;
    if (parentId !== undefined && lookup) {
      const exclude = new Set(parseIds(atts.exclude));
      images = lookup
        .byParent(parentId)
        .filter((image) => !exclude.has(image.id))
        .sort((a, b) => a.menuOrder - b.menuOrder || a.id - b.id);
    }
  }
  if ((atts.order ?? "").toUpperCase() === "DESC") images.reverse();
  if (images.length === 0) {
    acc.warnings.push("gallery: no images found; the gallery was removed");
    return "";
  }
  const columns = /^\d+$/.test(atts.columns ?? "") ? Number(atts.columns) : 3;
  const items = images.map((image) => {
    const url = safeUrl(image.url);
    if (!url) {
      acc.warnings.push(`gallery: attachment ${image.id} has no usable URL`);
      return "";
    }
    const img = `<img src="${escapeHtml(url)}" alt="${escapeHtml(image.alt ?? "")}">`;
    const linked = atts.link === "file" ? `<a href="${escapeHtml(url)}">${img}</a>` : img;
    const caption = image.caption ? `<figcaption>${oneLine(image.caption)}</figcaption>` : "";
    return `<figure class="gallery-item">${linked}${caption}</figure>`;
  });
  return `<figure class="gallery gallery-columns-${columns}">${items.join("")}</figure>`;
}

function convertMedia(
  kind: "video" | "audio",
  atts: ShortcodeAttributes,
  inner: string | undefined,
  acc: Accumulator,
): string {
  const keys =
    kind === "video"
      ? ["src", "mp4", "m4v", "webm", "ogv", "wmv", "flv"]
      : ["src", "mp3", "m4a", "ogg", "wav", "wma"];
  const raw = keys.map((key) => atts[key]).find((value) => value) ?? inner?.trim();
  const url = safeUrl(raw);
  if (!url) {
    acc.warnings.push(`${kind}: no usable source URL${raw ? ` (${raw.slice(0, 80)})` : ""}; removed`);
    return "";
  }
  const src = escapeHtml(url);
  const poster = kind === "video" ? safeUrl(atts.poster) : null;
  const posterAttr = poster ? ` poster="${escapeHtml(poster)}"` : "";
  return `<figure class="wp-${kind}"><${kind} controls preload="metadata" src="${src}"${posterAttr}><a href="${src}">${src}</a></${kind}></figure>`;
}

function run(html: string, ctx: ShortcodeContext, acc: Accumulator): string {
  const literal = new Set(ctx.literalNames ?? DEFAULT_LITERAL_NAMES);
  return html.replace(
    SHORTCODE,
    (
      whole: string,
      open: string,
      name: string,
      attText: string,
      _selfClosing: string | undefined,
      inner: string | undefined,
      close: string,
    ) => {
      if (open === "[" && close === "]") return whole.slice(1, -1);
      if (!SHORTCODE_NAME.test(name) || literal.has(name)) {
        if (inner === undefined) return whole;
        return `${open}[${name}${attText}]${run(inner, ctx, acc)}[/${name}]${close}`;
      }
      const atts = parseShortcodeAttributes(attText);
      let output: string;
      switch (name) {
        case "caption":
        case "wp_caption":
          output = convertCaption(atts, inner ?? "", ctx, acc);
          break;
        case "gallery":
          output = convertGallery(atts, ctx, acc);
          break;
        case "embed": {
          const raw = (inner ?? atts.src ?? "").trim();
          const url = safeUrl(raw);
          output = url ? linkParagraph(url) : escapeHtml(raw);
          break;
        }
        case "video":
        case "audio":
          output = convertMedia(name, atts, inner, acc);
          break;
        default:
          bump(acc.unknown, name);
          return open + (inner === undefined ? "" : run(inner, ctx, acc)) + close;
      }
      bump(acc.counts, name);
      return open + output + close;
    },
  );
}

/** A URL alone on its line, or alone in a paragraph: WordPress would auto-embed it. */
function linkBareUrls(html: string, acc: Accumulator): string {
  const replace = (_m: string, before: string, url: string, after: string): string => {
    bump(acc.counts, "autoembed");
    return `${before}${linkParagraph(url)}${after}`;
  };
  return html
    .replace(/(<p(?: [^>]*)?>\s*)(https?:\/\/[^\s<>"]+)(\s*<\/p>)/gi, (_m, _p: string, url: string) => {
      bump(acc.counts, "autoembed");
      return linkParagraph(url);
    })
    .replace(/^(\s*)(https?:\/\/[^\s<>"]+)(\s*)$/gim, replace);
}

/** Hides square brackets inside HTML tags and comments from the shortcode parser. */
function protectTags(html: string): string {
  return html.replace(/<!--[\s\S]*?-->|<[A-Za-z/!?][^>]*>/g, (tag) =>
    tag.replace(/\[/g, OPEN_BRACKET).replace(/\]/g, CLOSE_BRACKET),
  );
}

function restoreTags(html: string): string {
  return html.replace(/\uE000/g, "[").replace(/\uE001/g, "]");
}

/**
 * Converts the shortcodes in post content to HTML: `[caption]` (both styles) to
 * `<figure>`/`<figcaption>`, `[gallery]` (with or without ids) to `<figure class="gallery">`,
 * `[embed]` and bare URL lines to a link paragraph (no iframes), `[video]`/`[audio]` to
 * `<video controls>`/`<audio controls>` with a fallback link. `[[escaped]]` tags stay as literal
 * `[escaped]`. Unknown shortcodes keep their inner content (enclosing) or vanish (self-closing),
 * and are counted by name.
 *
 * @example
 * convertShortcodes('[caption id="attachment_7" align="alignleft"]<img src="/a.jpg"> A cat[/caption]');
 * // { html: '<figure class="wp-caption alignleft"><img src="/a.jpg"><figcaption>A cat</figcaption></figure>',
 * //   counts: { caption: 1 }, unknown: {}, warnings: [] }
 */
export function convertShortcodes(html: string, context: ShortcodeContext = {}): ShortcodeResult {
  const acc: Accumulator = { counts: {}, unknown: {}, warnings: [] };
  const converted = html.includes("[") ? run(protectTags(html), context, acc) : html;
  const linked = linkBareUrls(converted, acc);
  return { html: restoreTags(linked), ...acc };
}
