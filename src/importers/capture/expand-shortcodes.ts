export type BodyPiece =
  | { type: "text"; text: string }
  | { type: "subheading"; text: string }
  | { type: "figure"; caption: string; src: string | null; alt: string };

export interface ExpandedText {
  pieces: BodyPiece[];
  /** Shortcodes that were dropped, as written, with why (for the import report). */
  dropped: { shortcode: string; reason: string }[];
}

const CAPTION = /\[(caption|wp_caption)\b([^\]]*)\]([\s\S]*?)\[\/\1\]/giu;
const ENCLOSING_MEDIA = /\[(embed|audio|video)\b[^\]]*\][\s\S]*?\[\/\1\]/giu;
const SINGLE_MEDIA = /\[\/?(gallery|embed|audio|video|playlist|caption|wp_caption)\b[^\]]*\]/giu;
const TAG = /<\/?[a-z][^>]*>/giu;
// Small words that may stay lower case inside an English title-case heading.
const CONNECTORS = new Set([
  "a",
  "an",
  "the",
  "and",
  "or",
  "but",
  "of",
  "to",
  "in",
  "on",
  "at",
  "for",
  "from",
  "by",
  "with",
  "as",
  "into",
  "vs",
]);

function attributes(text: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const match of text.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/gu)) {
    attrs.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? "");
  }
  return attrs;
}

function plain(text: string): string {
  return text.replace(TAG, " ").replace(/\s+/g, " ").trim();
}

function isCapitalized(word: string): boolean {
  return /^["“«(]?\p{Lu}/u.test(word);
}

/**
 * Splits a title-case heading off the start of a paragraph, as left behind when a capture
 * flattened "<h2>From the Steppe</h2><p>The story...</p>" into one run of text. The heading is the
 * run of capitalised words (and small connectors) before the capitalised word that starts the
 * sentence; it needs three to ten words, or a connector among them, so a name such as
 * "President Ivanov said" stays text.
 *
 * @example
 * splitInlineHeading("From Karaganda to the Screen The story is rooted")
 * // { heading: "From Karaganda to the Screen", rest: "The story is rooted" }
 */
export function splitInlineHeading(text: string): { heading: string; rest: string } | null {
  const words = text.split(" ");
  if (!isCapitalized(words[0] ?? "")) return null;
  let run = 0;
  while (run < words.length) {
    const word = words[run]!;
    if (/[.,:;!?"”»)]$/u.test(word)) break;
    if (!isCapitalized(word) && !CONNECTORS.has(word)) break;
    run++;
  }
  const next = words[run];
  if (next === undefined || !/^\p{Ll}/u.test(next) || run < 3) return null;
  const heading = words.slice(0, run - 1);
  const last = heading[heading.length - 1] ?? "";
  if (heading.length > 10 || CONNECTORS.has(last) || !isCapitalized(words[run - 1]!)) return null;
  if (heading.length < 3 && !heading.some((word) => CONNECTORS.has(word))) return null;
  if (heading.length < 2) return null;
  return { heading: heading.join(" "), rest: words.slice(run - 1).join(" ") };
}

/**
 * Turns WordPress shortcodes leaked into captured text into body pieces: `[caption]` becomes a
 * figure (new style: caption after the `<img>`; old style: `caption="..."`), a title-case heading
 * glued to the text right after a figure becomes a subheading, and other media shortcodes are
 * dropped and listed, never left as literal text.
 *
 * @example
 * expandShortcodes('Text. [caption id="a1" width="800"] Still from the film[/caption] More.').pieces
 * // [{ type: "text", text: "Text." }, { type: "figure", caption: "Still from the film", ... },
 * //  { type: "text", text: "More." }]
 */
export function expandShortcodes(text: string): ExpandedText {
  const pieces: BodyPiece[] = [];
  const dropped: ExpandedText["dropped"] = [];
  const pushText = (raw: string): void => {
    let rest = raw
      .replace(ENCLOSING_MEDIA, (shortcode) => {
        dropped.push({ shortcode, reason: "media shortcode without a usable source in a capture; removed" });
        return " ";
      })
      .replace(SINGLE_MEDIA, (shortcode) => {
        dropped.push({ shortcode, reason: "unsupported shortcode; removed" });
        return " ";
      });
    rest = plain(rest);
    if (rest === "") return;
    if (pieces[pieces.length - 1]?.type === "figure") {
      const split = splitInlineHeading(rest);
      if (split !== null) {
        pieces.push({ type: "subheading", text: split.heading });
        rest = split.rest;
      }
    }
    pieces.push({ type: "text", text: rest });
  };
  let cursor = 0;
  for (const match of text.matchAll(CAPTION)) {
    pushText(text.slice(cursor, match.index));
    cursor = match.index + match[0].length;
    const attrs = attributes(match[2] ?? "");
    const content = match[3] ?? "";
    const img = /<img\b[^>]*>/iu.exec(content);
    const imgAttrs = img === null ? new Map<string, string>() : attributes(img[0]);
    const caption = plain(
      attrs.get("caption") ?? content.replace(/<a\b[^>]*>\s*<img\b[^>]*>\s*<\/a>|<img\b[^>]*>/giu, ""),
    );
    const src = imgAttrs.get("src") ?? null;
    if (caption === "" && src === null) {
      dropped.push({
        shortcode: match[0],
        reason: "caption shortcode with neither image nor caption text; removed",
      });
      continue;
    }
    pieces.push({ type: "figure", caption, src, alt: imgAttrs.get("alt") ?? "" });
  }
  pushText(text.slice(cursor));
  return { pieces, dropped };
}
