/**
 * The writing half of the capture importer: `parseCaptures` finds the articles and ticker rates
 * in saved pages of the old site; this writes them through the articles and rates features.
 *
 * - Articles are keyed `capture:<article key>` (stable across runs on the same captures), so a
 *   re-import creates nothing new and updates an article whose text changed (a fuller capture).
 * - A dated article is published at noon of its date in the site's zone (captures give a day,
 *   not a time); an undated one is imported as a draft, since no publication time is known.
 * - Rates go to the rates table with source `capture`, dated by the page's date line. A ticker
 *   writes "KGS/USD = 0.01144" (1 KGS = 0.01144 USD); the table stores "`value` units of `base`
 *   buy `nominal` units of `quote`", so that is base USD, quote KGS, value 0.01144, nominal 1:
 *   the captured value unchanged, never inverted or rounded.
 */

import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Kysely } from "kysely";
import {
  type ArticleInput,
  type ArticleService,
  type ArticleStore,
  articleInputSchema,
  describeIssues,
} from "../../articles/index.js";
import { AppError } from "../../core/errors.js";
import type { Database } from "../../db/schema.js";
import type { RateInput, RateStore } from "../../rates/index.js";
import {
  addSkipped,
  addWarning,
  countsOf,
  emptyReport,
  type ImportReport,
  settleStatus,
} from "../import-report.js";
import { asUpdateOf, createImportStore } from "../import-store.js";
import { wallTimeInZone } from "../wordpress/wp-dates.js";
import { parseCaptures } from "./parse-captures.js";
import type { CapturedArticle, CaptureFile } from "./types.js";

const CONVERSION_VERSION = 1;

/** What the capture importer needs. */
export interface CaptureImportOptions {
  db: Kysely<Database>;
  articles: ArticleService;
  articleStore: ArticleStore;
  rates: RateStore;
  timeZone: string;
  dryRun?: boolean;
  /** Articles per transaction (default 500). */
  batchSize?: number;
  now?: () => Date;
  onProgress?: (progress: { items: number; totalItems: number }) => void;
}

function publishedAtOf(dateIso: string, timeZone: string): string {
  const [year, month, day] = dateIso.split("-").map(Number);
  return new Date(
    wallTimeInZone(
      { year: year ?? 1970, month: month ?? 1, day: day ?? 1, hour: 12, minute: 0, second: 0 },
      timeZone,
    ),
  ).toISOString();
}

function inputOf(article: CapturedArticle, timeZone: string): ArticleInput {
  return {
    language: article.language,
    title: article.title.slice(0, 300),
    body: article.bodyHtml,
    status: article.dateIso === null ? "draft" : "published",
    ...(article.dateIso === null ? {} : { publishedAt: publishedAtOf(article.dateIso, timeZone) }),
    sourceKey: `capture:${article.key}`,
  };
}

/**
 * Imports page captures (plain text or HTML files) into Steppe: articles and ticker rates.
 * Never throws for bad input; the report lists what was found, merged and skipped, with reasons.
 *
 * @example
 * const report = await importCaptures(["front-2026-05-12.txt"], { db, articles, articleStore, rates, timeZone: "Asia/Almaty" });
 * report.counts.articles; // { created: 4, updated: 0, unchanged: 0, skipped: 0 }
 */
export async function importCaptures(files: string[], options: CaptureImportOptions): Promise<ImportReport> {
  const started = Date.now();
  const dryRun = options.dryRun === true;
  const report = emptyReport("capture", files, dryRun);
  const nowIso = (): string => (options.now?.() ?? new Date()).toISOString();
  const finish = (): ImportReport => {
    const refused = Object.entries(report.skippedByReason)
      .filter(([reason]) => reason.startsWith("refused:"))
      .reduce((sum, [, n]) => sum + n, 0);
    settleStatus(report, ["articles"], refused);
    report.durationMs = Date.now() - started;
    return report;
  };

  let captures: CaptureFile[];
  let parsed: ReturnType<typeof parseCaptures>;
  try {
    captures = files.map((file) => {
      const info = fs.statSync(file, { throwIfNoEntry: false });
      if (!info?.isFile())
        throw new AppError("IMPORT_FILE_NOT_FOUND", `${file}: no such file; check the path to the capture.`, {
          details: { file },
        });
      return { name: path.basename(file), content: fs.readFileSync(file, "utf8") };
    });
    parsed = parseCaptures(captures);
  } catch (error) {
    report.failure = {
      code: error instanceof AppError ? error.code : "INTERNAL",
      message: error instanceof Error ? error.message : String(error),
      file: error instanceof AppError && typeof error.details.file === "string" ? error.details.file : null,
      line: null,
      column: null,
    };
    report.resume = "fix the cause above and run the same command again (nothing was written).";
    return finish();
  }

  const { articles, rates, report: parseReport } = parsed;
  report.found = parseReport.found;
  report.merged = parseReport.merged;
  for (const skip of parseReport.skipped) {
    if ("title" in skip)
      addSkipped(report, { kind: "articles", id: skip.file, title: skip.title, reason: skip.reason });
    else
      addSkipped(report, {
        kind: "page lines",
        id: skip.file,
        title: skip.line.slice(0, 120),
        reason: skip.reason,
      });
  }
  for (const note of parseReport.truncated) addWarning(report, `"${note.title}": ${note.reason}`);

  const counts = countsOf(report, "articles");
  const importStore = createImportStore(options.db);
  const batchSize = Math.max(1, options.batchSize ?? 500);
  let done = 0;
  try {
    for (let i = 0; i < articles.length; i += batchSize) {
      const part = articles.slice(i, i + batchSize);
      const tally = { created: 0, updated: 0, unchanged: 0 };
      const refused: { article: CapturedArticle; reason: string }[] = [];
      const write = async (trx: Parameters<Parameters<ArticleStore["transaction"]>[0]>[0] | null) => {
        const states = await importStore.importedStates(
          trx ?? options.db,
          part.map((a) => `capture:${a.key}`),
        );
        const imported: { sourceKey: string; articleId: number; contentHash: string }[] = [];
        // One content-version bump for the whole batch (at its end), not one per article.
        const batchWrite = { deferContentVersion: true };
        for (const article of part) {
          const input = inputOf(article, options.timeZone);
          const sourceKey = `capture:${article.key}`;
          const hash = createHash("sha1")
            .update(JSON.stringify({ v: CONVERSION_VERSION, input }))
            .digest("hex");
          const state = states.get(sourceKey);
          if (state?.contentHash === hash) {
            tally.unchanged += 1;
            continue;
          }
          if (state && state.importedVersion !== null && state.importedVersion !== state.version) {
            refused.push({ article, reason: "changed in Steppe since it was imported; not overwritten" });
            continue;
          }
          const checked = articleInputSchema.safeParse(state ? asUpdateOf(input, state) : input);
          if (!checked.success) {
            refused.push({ article, reason: `refused: ${describeIssues(checked.error)}` });
            continue;
          }
          if (state) tally.updated += 1;
          else tally.created += 1;
          if (trx === null) continue;
          let articleId = state?.articleId;
          if (state) {
            await options.articles.updateWithin(
              trx,
              state.articleId,
              state.version,
              { ...asUpdateOf(input, state), revisionNote: "re-imported from captures" },
              batchWrite,
            );
          } else {
            articleId = await options.articles.createWithin(
              trx,
              {
                ...input,
                revisionNote: `imported from captures: ${article.sources.join(", ")}`,
              },
              batchWrite,
            );
          }
          imported.push({ sourceKey, articleId: articleId as number, contentHash: hash });
        }
        if (trx !== null) {
          if (imported.length > 0) await options.articles.bumpContentVersion(trx);
          await importStore.recordImported(trx, imported, nowIso());
        }
      };
      if (dryRun) await write(null);
      else await options.articleStore.transaction((trx) => write(trx));
      counts.created += tally.created;
      counts.updated += tally.updated;
      counts.unchanged += tally.unchanged;
      for (const r of refused)
        addSkipped(report, { kind: "articles", id: r.article.key, title: r.article.title, reason: r.reason });
      for (const article of part) {
        if (article.dateIso === null)
          addWarning(
            report,
            `"${article.title}": no date line; imported as a draft (no publication time known)`,
          );
      }
      report.batches += 1;
      report.committed += part.length;
      const last = part[part.length - 1];
      if (last) report.lastCommitted = { id: last.key, title: last.title };
      done += part.length;
      options.onProgress?.({ items: done, totalItems: articles.length });
    }

    const rateCounts = countsOf(report, "rates");
    const rows: RateInput[] = rates.map((rate) => ({
      source: "capture",
      // "KGS/USD = 0.01144": 0.01144 USD (base) buy 1 KGS (quote); see the note at the top.
      base: rate.quote,
      quote: rate.base,
      date: rate.date,
      bank_date: rate.date,
      value: rate.value,
      nominal: 1,
      fetched_at: nowIso(),
      is_demo: 0,
    }));
    if (dryRun) rateCounts.created += rows.length;
    else {
      const changed = await options.rates.upsert(rows);
      rateCounts.created += changed;
      rateCounts.unchanged += rows.length - changed;
    }
  } catch (error) {
    report.failure = {
      code: error instanceof AppError ? error.code : "INTERNAL",
      message: `writing captures: ${error instanceof Error ? error.message : String(error)}`,
      file: null,
      line: null,
      column: null,
    };
    report.resume = `run the same command again once the cause is fixed: the ${report.committed} article(s) already committed are recognised and not duplicated.`;
  }
  return finish();
}
