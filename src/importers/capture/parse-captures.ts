import { createHash } from "node:crypto";
import { z } from "zod";
import { AppError } from "../../core/errors.js";
import { chromeLineReason, findRepeatedChrome, type PageLine } from "./detect-chrome.js";
import { detectLanguage } from "./detect-language.js";
import { expandShortcodes } from "./expand-shortcodes.js";
import { extractHtmlBlocks } from "./extract-html-blocks.js";
import { lineKey, wordTokens } from "./fold-text.js";
import { groupDuplicates } from "./group-duplicates.js";
import { findDate, parseDateLine } from "./parse-date.js";
import { parseTicker, type TickerItem } from "./parse-ticker.js";
import { renderBody } from "./render-body.js";
import { type SourceBlock, textToBlocks } from "./source-block.js";
import { hasHeadingShape, isByline, type PageArticle, type PageBlock, splitPage } from "./split-page.js";
import type {
  CapturedArticle,
  CapturedRate,
  CaptureFile,
  CaptureReport,
  CaptureSkip,
  ParseCapturesOptions,
  ParseCapturesResult,
} from "./types.js";

/**
 * A cut-off text with no full version in the run is kept (marked truncated) only from this many
 * words: a listing teaser is one or two sentences, 20–60 words, and is not worth an article of
 * its own; a longer cut-off text carries enough of the story to publish with a note.
 */
export const MIN_STANDALONE_TRUNCATED_WORDS = 60;
/** A line repeated this often on one page is chrome (the sample's ticker appears eight times). */
export const MIN_REPEATS_ON_PAGE = 3;
/** Runs of at least this many one- to three-word lines are a menu flattened into lines. */
export const MIN_MENU_RUN = 3;
/**
 * A repeated line followed on two pages by the same block of at least this many words (a
 * paragraph, longer than any headline) is the title of an article captured twice, not chrome.
 */
export const MIN_FOLLOWER_WORDS = 25;
/** Words of the folded title and text start that make an article's key (see `articleKey`). */
export const KEY_WORDS = 24;

const filesSchema = z
  .array(
    z.object({
      name: z.string().min(1),
      content: z.string(),
      kind: z.enum(["text", "html"]).optional(),
    }),
  )
  .refine((files) => new Set(files.map((file) => file.name)).size === files.length, {
    message: "file names must be unique; they identify captures in sources and reports",
  });
const optionsSchema = z.object({
  chromePageShare: z.number().gt(0).lt(1).optional(),
  numHashes: z.number().int().min(8).max(1024).optional(),
  seed: z.number().int().optional(),
});

function guessKind(file: CaptureFile): "text" | "html" {
  if (file.kind !== undefined) return file.kind;
  if (/\.x?html?$/iu.test(file.name)) return "html";
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/iu.test(file.content) ? "html" : "text";
}

interface ClassifiedPage {
  file: string;
  sources: SourceBlock[];
  tickers: (TickerItem[] | null)[];
  dates: ({ iso: string; updated: boolean } | null)[];
  patternReasons: (string | null)[];
}

function classify(file: string, sources: SourceBlock[]): ClassifiedPage {
  const tickers = sources.map((block) => (block.role === "figure" ? null : parseTicker(block.text)));
  const dates = sources.map((block) => {
    if (block.role === "figure") return null;
    const line = parseDateLine(block.text);
    if (line !== null || block.datetime === null || block.text.length > 60) return line;
    const fromAttribute = findDate(block.datetime);
    return fromAttribute === null ? null : { iso: fromAttribute.iso, updated: false };
  });
  const patternReasons = sources.map((block) =>
    block.role === "figure" ? null : chromeLineReason(block.text),
  );
  return { file, sources, tickers, dates, patternReasons };
}

function pageLines(page: ClassifiedPage): PageLine[] {
  return page.sources.map((block, i) => {
    let next: string | null = null;
    for (let j = i + 1; j < page.sources.length; j++) {
      const candidate = page.sources[j]!;
      if (page.dates[j] !== null || isByline(candidate.text)) continue;
      const words = wordTokens(candidate.text);
      if (words.length >= MIN_FOLLOWER_WORDS) next = words.slice(0, 6).join(" ");
      break;
    }
    return {
      key: lineKey(block.text),
      exempt: page.tickers[i] !== null || page.dates[i] !== null || block.role === "figure",
      nextLongStart: next,
    };
  });
}

function menuRuns(sources: readonly SourceBlock[], dates: ClassifiedPage["dates"]): Set<number> {
  const inRun = new Set<number>();
  let run: number[] = [];
  const close = (): void => {
    if (run.length >= MIN_MENU_RUN) for (const i of run) inRun.add(i);
    run = [];
  };
  sources.forEach((block, i) => {
    const menuLike =
      block.role === "line" &&
      dates[i] === null &&
      block.text.split(" ").length <= 3 &&
      hasHeadingShape(block.text);
    if (menuLike) run.push(i);
    else close();
  });
  close();
  return inRun;
}

/**
 * A key that stays the same when the same story is imported again, even from a teaser in one run
 * and the full text in the next: SHA-256 over the folded title and the first words of the text.
 */
function articleKey(title: string, text: string, wordsUsed: number): string {
  const basis = `${wordTokens(title).join(" ")}\n${wordTokens(text).slice(0, wordsUsed).join(" ")}`;
  return createHash("sha256").update(`steppe-capture-v1\n${basis}`).digest("hex").slice(0, 32);
}

/**
 * Turns captures of an old news site (plain text or HTML) into clean articles and the exchange
 * rates its ticker showed. Chrome is stripped by pattern (tickers, result counters, pagination,
 * share and subscribe lines, menus), by HTML context and by repetition across the pages given in
 * this one call; pages are split into articles; near-duplicates and teasers are merged, keeping
 * the most complete text. Same input, same output, same keys. Never throws half-way: everything
 * dropped or merged is listed with a reason in `report`.
 *
 * @example
 * const { articles, rates, report } = parseCaptures([
 *   { name: "front.txt", content: frontPageText },
 *   { name: "story.html", content: storyHtml },
 * ]);
 */
export function parseCaptures(
  files: readonly CaptureFile[],
  options: ParseCapturesOptions = {},
): ParseCapturesResult {
  const parsedFiles = filesSchema.safeParse(files);
  if (!parsedFiles.success) {
    throw new AppError(
      "VALIDATION_FAILED",
      `Captures are invalid: ${parsedFiles.error.issues[0]?.message}.`,
      {
        details: { issues: parsedFiles.error.issues.map((issue) => issue.message) },
      },
    );
  }
  const parsedOptions = optionsSchema.safeParse(options);
  if (!parsedOptions.success) {
    throw new AppError(
      "VALIDATION_FAILED",
      `Capture options are invalid: ${parsedOptions.error.issues[0]?.message}.`,
    );
  }
  const share = parsedOptions.data.chromePageShare ?? 0.5;
  const report: CaptureReport = { found: 0, merged: [], skipped: [], truncated: [] };
  const skippedLines = new Set<string>();
  const skipLine = (file: string, line: string, reason: string): void => {
    const id = `${file}\u0000${lineKey(line)}\u0000${reason}`;
    if (skippedLines.has(id)) return;
    skippedLines.add(id);
    report.skipped.push({ file, line, reason });
  };

  const pages: ClassifiedPage[] = [];
  for (const file of files) {
    const sources = guessKind(file) === "html" ? extractHtmlBlocks(file.content) : textToBlocks(file.content);
    if (sources.length === 0) skipLine(file.name, "", "capture holds no text");
    else pages.push(classify(file.name, sources));
  }
  const repeated = findRepeatedChrome(pages.map(pageLines), share);

  const candidates: (PageArticle & { file: string })[] = [];
  const ratesSeen = new Set<string>();
  const rates: CapturedRate[] = [];
  for (const page of pages) {
    const keys = page.sources.map((block) => lineKey(block.text));
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    const menu = menuRuns(page.sources, page.dates);
    const tickerItems: TickerItem[] = [];
    const blocks: PageBlock[] = [];

    page.sources.forEach((source, i) => {
      const key = keys[i]!;
      const date = page.dates[i] ?? null;
      const ticker = page.tickers[i] ?? null;
      if (ticker !== null) {
        tickerItems.push(...ticker);
        skipLine(page.file, source.text, "ticker line; its values are kept as rates");
        blocks.push({ kind: "chrome", dateIso: null });
        return;
      }
      const repeats = counts.get(key) ?? 0;
      const pages = repeated.get(key);
      const chromeReason =
        source.chromeReason ??
        page.patternReasons[i] ??
        (date === null && pages !== undefined ? `repeated on ${pages} of ${files.length} pages` : null) ??
        (date === null && repeats >= MIN_REPEATS_ON_PAGE && key.split(" ").length <= 30
          ? `repeated ${repeats} times on the page`
          : null) ??
        (menu.has(i) ? "menu (a run of one- to three-word lines)" : null);
      if (chromeReason !== null) {
        if (source.text !== "") skipLine(page.file, source.text, chromeReason);
        blocks.push({ kind: "chrome", dateIso: date?.iso ?? null });
        return;
      }
      const articleIndex = source.articleIndex;
      if (date !== null) blocks.push({ kind: "date", dateIso: date.iso, updated: date.updated });
      else if (source.role === "figure" && source.figure !== null)
        blocks.push({ kind: "figure", figure: source.figure, articleIndex });
      else if (source.role === "heading")
        blocks.push({ kind: "heading", text: source.text, level: source.level, articleIndex });
      else if (isByline(source.text)) blocks.push({ kind: "byline", text: source.text });
      else if (source.role === "line" && hasHeadingShape(source.text))
        blocks.push({ kind: "short", text: source.text, articleIndex });
      else {
        const expanded = expandShortcodes(source.text);
        for (const dropped of expanded.dropped) skipLine(page.file, dropped.shortcode, dropped.reason);
        for (const piece of expanded.pieces) {
          if (piece.type === "figure") blocks.push({ kind: "figure", figure: piece, articleIndex });
          else if (piece.type === "subheading")
            blocks.push({ kind: "subheading", text: piece.text, articleIndex });
          else blocks.push({ kind: "para", text: piece.text, articleIndex });
        }
      }
    });

    const split = splitPage(blocks);
    for (const skip of split.skipped) report.skipped.push({ file: page.file, ...skip } as CaptureSkip);
    for (const article of split.articles) candidates.push({ ...article, file: page.file });
    for (const item of tickerItems) {
      if (split.pageDate === null) {
        skipLine(
          page.file,
          `${item.base}/${item.quote} = ${item.value}`,
          "ticker value on a page without a date line",
        );
        continue;
      }
      const id = `${split.pageDate}|${item.base}|${item.quote}|${item.value}`;
      if (ratesSeen.has(id)) continue;
      ratesSeen.add(id);
      rates.push({ source: "capture", date: split.pageDate, ...item, file: page.file });
    }
  }

  report.found = candidates.length;
  const rendered = candidates.map((candidate) => renderBody(candidate.body));
  const groups = groupDuplicates(
    candidates.map((candidate, i) => ({
      title: candidate.title,
      text: rendered[i]!.text,
      truncated: candidate.truncated,
    })),
    parsedOptions.data.numHashes === undefined && parsedOptions.data.seed === undefined
      ? {}
      : {
          ...(parsedOptions.data.numHashes === undefined ? {} : { numHashes: parsedOptions.data.numHashes }),
          ...(parsedOptions.data.seed === undefined ? {} : { seed: parsedOptions.data.seed }),
        },
  );

  const fileOrder = new Map(files.map((file, i) => [file.name, i]));
  const keys = new Set<string>();
  const articles: CapturedArticle[] = [];
  for (const group of groups) {
    const best = candidates[group.members[0]!]!;
    const body = rendered[group.members[0]!]!;
    for (const member of group.members.slice(1)) {
      report.merged.push({
        title: candidates[member]!.title,
        into: best.title,
        reason: `${group.reasons.get(member) ?? "same article"} (${candidates[member]!.file} into ${best.file})`,
      });
    }
    const words = wordTokens(body.text).length;
    if (best.truncated && words < MIN_STANDALONE_TRUNCATED_WORDS) {
      report.skipped.push({
        file: best.file,
        title: best.title,
        reason: `teaser ending in "..." (${words} words) whose full article is not in these captures`,
      });
      continue;
    }
    if (best.truncated) {
      report.truncated.push({
        title: best.title,
        reason: `cut off with "..." after ${words} words and no complete version was captured; kept as truncated`,
      });
    }
    const members = group.members.map((member) => candidates[member]!);
    const dates = members.flatMap((member) => (member.dateIso === null ? [] : [member.dateIso])).sort();
    const sources = [...new Set(members.map((member) => member.file))].sort(
      (a, b) => (fileOrder.get(a) ?? 0) - (fileOrder.get(b) ?? 0),
    );
    let key = articleKey(best.title, body.text, KEY_WORDS);
    // Two different stories with the same headline and opening still need distinct keys.
    if (keys.has(key)) key = articleKey(best.title, body.text, Number.MAX_SAFE_INTEGER);
    keys.add(key);
    articles.push({
      key,
      title: best.title,
      dateIso: dates[0] ?? null,
      bodyHtml: body.html,
      text: body.text,
      language: detectLanguage(`${best.title} ${body.text}`),
      sources,
      truncated: best.truncated,
    });
  }
  return { articles, rates, report };
}
