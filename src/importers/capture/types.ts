/** One capture handed to {@link parseCaptures}: a saved page of the old site, as text or HTML. */
export interface CaptureFile {
  /** File name; it identifies the capture in `sources`, rates and report entries. */
  name: string;
  content: string;
  /** Guessed from the name (`.html`/`.htm`) or the content when absent. */
  kind?: "text" | "html";
}

/** An article recovered from one or more captures, ready for the importer's write half. */
export interface CapturedArticle {
  /** Stable across runs on the same input (and across teaser/full versions of one story). */
  key: string;
  title: string;
  /** `YYYY-MM-DD` from the article's own dateline, or null when it has none. */
  dateIso: string | null;
  /** Simple HTML: `<h2>` subheadings, `<p>` paragraphs and `<figure>` captions only. */
  bodyHtml: string;
  /** Plain text of the body, blocks separated by blank lines. */
  text: string;
  language: "en" | "ru";
  /** Names of the captures the article (or a merged duplicate of it) was seen in, in input order. */
  sources: string[];
  /** True when every version seen was cut off with "..." or "…". */
  truncated: boolean;
}

/** One exchange-rate value read from a site's ticker: 1 `base` = `value` `quote`. */
export interface CapturedRate {
  source: "capture";
  /** `YYYY-MM-DD`, the date line of the page the ticker was on. */
  date: string;
  base: string;
  quote: string;
  /** The decimal as written on the page (a decimal comma becomes a dot); never rounded. */
  value: string;
  file: string;
}

export interface CaptureMerge {
  title: string;
  into: string;
  reason: string;
}

export type CaptureSkip =
  | { file: string; title: string; reason: string }
  | { file: string; line: string; reason: string };

export interface CaptureNote {
  title: string;
  reason: string;
}

export interface CaptureReport {
  /** Article candidates found on all pages before duplicates were merged. */
  found: number;
  merged: CaptureMerge[];
  skipped: CaptureSkip[];
  /** Articles kept although no complete version was seen (they end in "..."). */
  truncated: CaptureNote[];
}

export interface ParseCapturesResult {
  articles: CapturedArticle[];
  rates: CapturedRate[];
  report: CaptureReport;
}

export interface ParseCapturesOptions {
  /** A line on more than this share of the pages is site chrome. Default 0.5. */
  chromePageShare?: number;
  /** MinHash signature length. Default 128. */
  numHashes?: number;
  /** Seed of the MinHash family; change it only to test stability. Default 0x5eed. */
  seed?: number;
}
