import { splitLines } from "./normalize-text.js";

export interface FigureInfo {
  caption: string;
  src: string | null;
  alt: string;
}

/** One block of a capture before classification: a text line, or an HTML block with its tag context. */
export interface SourceBlock {
  text: string;
  /** "line" when nothing but the text's shape can tell what it is (all of a text capture). */
  role: "line" | "heading" | "paragraph" | "item" | "figure";
  /** 1–6 for headings, 0 otherwise. */
  level: number;
  /** Which `<article>` element of the page holds the block, if any. */
  articleIndex: number | null;
  /** Why the HTML context marks the block as chrome (inside `<nav>`...), or null. */
  chromeReason: string | null;
  /** A `datetime` attribute of a `<time>` inside the block. */
  datetime: string | null;
  /** Share of the block's characters inside links. */
  linkShare: number;
  figure: FigureInfo | null;
}

/**
 * A text capture as blocks: one per non-empty line, with no context but the text itself.
 *
 * @example
 * textToBlocks("Title\n\nBody text.").map((block) => block.text) // ["Title", "Body text."]
 */
export function textToBlocks(content: string): SourceBlock[] {
  return splitLines(content).map((text) => ({
    text,
    role: "line",
    level: 0,
    articleIndex: null,
    chromeReason: null,
    datetime: null,
    linkShare: 0,
    figure: null,
  }));
}
