import type { FigureInfo } from "./source-block.js";

/** A classified block of one page, after chrome was recognised and shortcodes expanded. */
export type PageBlock =
  | { kind: "chrome"; dateIso: string | null }
  | { kind: "date"; dateIso: string; updated: boolean }
  | { kind: "byline"; text: string }
  | { kind: "heading"; text: string; level: number; articleIndex: number | null }
  | { kind: "short"; text: string; articleIndex: number | null }
  | { kind: "para"; text: string; articleIndex: number | null }
  | { kind: "subheading"; text: string; articleIndex: number | null }
  | { kind: "figure"; figure: FigureInfo; articleIndex: number | null };

export type BodyBlock =
  | { type: "p"; text: string }
  | { type: "h2"; text: string }
  | { type: "figure"; figure: FigureInfo };

export interface PageArticle {
  title: string;
  dateIso: string | null;
  body: BodyBlock[];
  truncated: boolean;
}

export interface SplitPage {
  articles: PageArticle[];
  /** The page's own date: a date line above the first article, else the first date line at all. */
  pageDate: string | null;
  skipped: ({ line: string; reason: string } | { title: string; reason: string })[];
}

/** A title has at most this many words; a longer line is a paragraph even without a full stop. */
export const MAX_TITLE_WORDS = 20;
/**
 * With no dateline or teaser to go by, a short line after a finished article starts a new one
 * only when it is at least this long: headlines run 8–15 words, subheadings 2–6.
 */
export const MIN_UNCUED_TITLE_WORDS = 8;

const ELLIPSIS_END = /(?:\.{3}|…)\s*\]?\s*$/u;
const BYLINE = /^(?:by|author|автор|текст)\s*:?\s+\S/iu;

/**
 * Whether a line looks like a title or subheading: 1–20 words, at most 150 characters, starting
 * with a capital or digit, not ending in sentence punctuation.
 *
 * @example
 * hasHeadingShape("New Tram Line Opens") // true
 * hasHeadingShape("The tram opens on Monday.") // false
 */
export function hasHeadingShape(text: string): boolean {
  const words = text.split(" ").length;
  if (words > MAX_TITLE_WORDS || text.length > 150) return false;
  if (/[.,;:]$/u.test(text) || ELLIPSIS_END.test(text)) return false;
  return /^["“«'(]?[\p{Lu}\p{N}]/u.test(text);
}

/**
 * Whether a line is a byline ("By Aigerim Sadykova", "Автор: ...").
 *
 * @example
 * isByline("By Aigerim Sadykova") // true
 */
export function isByline(text: string): boolean {
  return BYLINE.test(text) && text.split(" ").length <= 8;
}

/**
 * Whether a text ends like a cut-off teaser ("..." or "…", also "[…]").
 *
 * @example
 * endsAsTeaser("The line will open in June...") // true
 */
export function endsAsTeaser(text: string): boolean {
  return ELLIPSIS_END.test(text);
}

interface Draft extends PageArticle {
  articleIndex: number | null;
}

function wordCount(text: string): number {
  return text.split(" ").length;
}

/**
 * Splits one page into articles. A title is told from a subheading by cues, strongest first:
 * a dateline or byline right after it; being the first content on the page; following a teaser
 * that ended in "..."; a new `<article>` or the page's top heading level in HTML; and only then
 * length. On a page whose titles carry datelines, a short line without one is a subheading.
 *
 * @example
 * splitPage([{ kind: "short", text: "Tram Opens", articleIndex: null },
 *   { kind: "date", dateIso: "2026-05-12", updated: false },
 *   { kind: "para", text: "The line...", articleIndex: null }]).articles[0].dateIso // "2026-05-12"
 */
export function splitPage(blocks: readonly PageBlock[]): SplitPage {
  const articles: PageArticle[] = [];
  const skipped: SplitPage["skipped"] = [];
  let headerDate: string | null = null;
  let firstDate: string | null = null;
  let current: Draft | null = null;
  let pendingDate: string | null = null;
  let seenContent = false;

  const nextIndex = (from: number): number => {
    let i = from + 1;
    while (i < blocks.length && (blocks[i]!.kind === "chrome" || blocks[i]!.kind === "figure")) i++;
    return i;
  };
  const usesDatelines = blocks.some((block, i) => {
    const next = blocks[nextIndex(i)];
    return (
      (block.kind === "short" || block.kind === "heading") &&
      (next?.kind === "date" || next?.kind === "byline")
    );
  });
  const topLevel = Math.min(
    7,
    ...blocks.flatMap((block) =>
      block.kind === "heading" && block.articleIndex === null ? [block.level] : [],
    ),
  );

  const finish = (): void => {
    if (current === null) return;
    const { articleIndex: _unused, ...article } = current;
    const last = [...article.body].reverse().find((block) => block.type === "p");
    article.truncated = last !== undefined && endsAsTeaser(last.text);
    if (article.body.some((block) => block.type === "p")) articles.push(article);
    else skipped.push({ title: article.title, reason: "headline with no body text under it" });
    current = null;
  };
  const start = (title: string, articleIndex: number | null): void => {
    finish();
    current = { title, dateIso: pendingDate, body: [], truncated: false, articleIndex };
    pendingDate = null;
  };

  const shortIsTitle = (i: number, depth = 0): boolean => {
    const next = blocks[nextIndex(i)];
    if (next === undefined) return false;
    if (next.kind === "date" || next.kind === "byline") return true;
    if (next.kind !== "para") return false;
    if (current === null || !current.body.some((block) => block.type === "p")) return true;
    const last = current.body[current.body.length - 1];
    if (last?.type === "p" && endsAsTeaser(last.text)) return true;
    if (usesDatelines) return false;
    return depth === 0 && wordCount((blocks[i] as { text: string }).text) >= MIN_UNCUED_TITLE_WORDS;
  };

  blocks.forEach((block, i) => {
    switch (block.kind) {
      case "chrome":
        if (block.dateIso !== null && !seenContent) headerDate ??= block.dateIso;
        return;
      case "date":
        firstDate ??= block.dateIso;
        if (!seenContent) headerDate ??= block.dateIso;
        else if (block.updated) return;
        else if (current !== null && current.body.length === 0 && current.dateIso === null)
          current.dateIso = block.dateIso;
        else pendingDate = block.dateIso;
        return;
      case "byline":
        if (current !== null && current.body.length === 0) return;
        break;
      case "heading": {
        seenContent = true;
        const newArticle =
          block.articleIndex !== null
            ? current === null || current.articleIndex !== block.articleIndex
            : block.level <= topLevel;
        if (newArticle) start(block.text, block.articleIndex);
        else if (current !== null) current.body.push({ type: "h2", text: block.text });
        return;
      }
      case "short": {
        seenContent = true;
        if (shortIsTitle(i)) {
          start(block.text, block.articleIndex);
          return;
        }
        const next = blocks[nextIndex(i)];
        if (next === undefined) {
          skipped.push({
            line: block.text,
            reason: "short line at the end of the page, after the last article",
          });
        } else if ((next.kind === "short" || next.kind === "heading") && shortIsTitle(nextIndex(i), 1)) {
          skipped.push({ line: block.text, reason: "label line right before a headline" });
        } else if (current === null) {
          skipped.push({ line: block.text, reason: "short line before the first headline" });
        } else {
          current.body.push({ type: "h2", text: block.text });
        }
        pendingDate = null;
        return;
      }
      case "subheading":
        if (current !== null) current.body.push({ type: "h2", text: block.text });
        return;
      case "figure":
        if (current !== null) current.body.push({ type: "figure", figure: block.figure });
        return;
      case "para":
        break;
    }
    seenContent = true;
    pendingDate = null;
    const text = block.text;
    if (current === null) {
      skipped.push({
        line: text.length > 100 ? `${text.slice(0, 100)}…` : text,
        reason: "text before the first headline",
      });
    } else {
      current.body.push({ type: "p", text });
    }
  });
  finish();
  return { articles, pageDate: headerDate ?? firstDate, skipped };
}
