import { parentPort, workerData } from "node:worker_threads";
import type { AnalysisWorkerData } from "./analysis-pool.js";
import { type ArticleSource, createArticleAnalyzer } from "./article-analysis.js";
import { createGazetteer } from "./gazetteer/gazetteer.js";

/*
 * Entry point of an analysis worker thread (see analysis-pool.ts): analyses the articles of
 * each message with one long-lived analyser and posts the results back in order.
 */
const settings = workerData as AnalysisWorkerData;
const analyzer = createArticleAnalyzer({
  gazetteer: createGazetteer(settings.entries),
  timeZone: settings.timeZone,
  folding: settings.folding,
  nameKeys: settings.nameKeys,
});

parentPort?.on("message", (message: { id: number; articles: ArticleSource[] }) => {
  try {
    const results = message.articles.map((article) => analyzer.analyze(article));
    parentPort?.postMessage({ id: message.id, results });
  } catch (error) {
    parentPort?.postMessage({
      id: message.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
});
