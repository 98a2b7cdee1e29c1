/**
 * Gutenberg (block editor) content is HTML with block delimiters in comments:
 * `<!-- wp:image {"id":616} -->…<!-- /wp:image -->`, and void blocks `<!-- wp:latest-posts /-->`.
 * The inner HTML is already complete (paragraphs included), so block content must not get
 * `autop`. The delimiter regex is the one of `@wordpress/block-serialization-default-parser`,
 * including its captured-lookahead trick that keeps the JSON match from backtracking.
 */

const BLOCK_DELIMITER =
  /<!--\s+(\/)?wp:([a-z][a-z0-9_-]*\/)?([a-z][a-z0-9_-]*)\s+({(?:(?=([^}]+|}+(?=})|(?!}\s+\/?-->)[\s\S])*)\5|[\s\S]*?)}\s+)?(\/)?-->/g;

/** What {@link stripBlockComments} found. */
export interface BlockStripResult {
  html: string;
  /** Opened blocks by full name (`core/paragraph`, `jetpack/slideshow`...). */
  blocks: Record<string, number>;
  /** Void blocks by name: dynamic blocks rendered by PHP at view time, so they leave nothing. */
  voidBlocks: Record<string, number>;
}

/**
 * True when the content was written in the block editor (WordPress's `has_blocks()` test).
 *
 * @example
 * hasBlocks("<!-- wp:paragraph --><p>Hi</p><!-- /wp:paragraph -->"); // true
 * hasBlocks("Classic text\n\nwith blank lines"); // false
 */
export function hasBlocks(content: string): boolean {
  return content.includes("<!-- wp:");
}

/**
 * Removes block delimiter comments, keeping the HTML between them, and counts the blocks.
 *
 * @example
 * stripBlockComments('<!-- wp:heading {"level":3} --><h3>Title</h3><!-- /wp:heading -->').html;
 * // "<h3>Title</h3>"
 */
export function stripBlockComments(content: string): BlockStripResult {
  const blocks: Record<string, number> = {};
  const voidBlocks: Record<string, number> = {};
  const html = content.replace(
    BLOCK_DELIMITER,
    (
      _whole: string,
      closer: string | undefined,
      namespace: string | undefined,
      name: string,
      _attrs: string | undefined,
      _lookahead: string | undefined,
      isVoid: string | undefined,
    ) => {
      if (closer) return "";
      const full = `${namespace ?? "core/"}${name}`;
      const target = isVoid ? voidBlocks : blocks;
      target[full] = (target[full] ?? 0) + 1;
      return "";
    },
  );
  return { html: html.replace(/\n{3,}/g, "\n\n").trim(), blocks, voidBlocks };
}
