import os from "node:os";
import type { Worker } from "node:worker_threads";
import { startWorker } from "../runtime/worker-thread.js";
import { type AnalyzedArticle, type ArticleSource, createArticleAnalyzer } from "./article-analysis.js";
import { createGazetteer, type GazetteerEntry } from "./gazetteer/gazetteer.js";

/*
 * Article analysis (folding, stemming, name keys, country detection) for bulk indexing, spread
 * over worker threads so that it runs beside the database writes instead of before them: on a
 * two-core machine one worker analyses the next batch while the main thread writes this one.
 * Small batches, and machines where a worker cannot start, are analysed in the calling thread;
 * the results are the same either way.
 */

/** What every worker is started with (structured-cloneable). */
export interface AnalysisWorkerData {
  readonly entries: readonly GazetteerEntry[];
  readonly timeZone: string;
  readonly folding: boolean;
  readonly nameKeys: boolean;
}

export interface AnalysisPoolOptions extends AnalysisWorkerData {
  /** Worker threads (default: cores − 1, at least 1; 0 analyses in the calling thread). */
  readonly threads?: number;
  /** Batches smaller than this are analysed in the calling thread (default 64). */
  readonly minBatch?: number;
}

/**
 * Worker threads for a caller that waits for each batch (an index write inside a transaction):
 * a single worker would only move the work, not share it, so below three cores this is 0 and
 * the caller analyses in its own thread, without a second V8 heap. A pipelined caller (the
 * rebuild) gains from one worker and uses the default.
 *
 * @example
 * createAnalysisPool({ ...settings, threads: waitingCallerThreads() });
 */
export function waitingCallerThreads(): number {
  const workers = os.availableParallelism() - 1;
  return workers >= 2 ? workers : 0;
}

export interface AnalysisPool {
  /** The analysis of each article, in order (null: not to be indexed). */
  analyze(articles: readonly ArticleSource[]): Promise<(AnalyzedArticle | null)[]>;
  /** Stops the workers; the pool analyses in the calling thread afterwards. */
  close(): Promise<void>;
  /** Articles analysed in worker threads so far (the rest ran in the calling thread). */
  readonly threaded: number;
}

interface Reply {
  readonly id: number;
  readonly results?: (AnalyzedArticle | null)[];
  readonly error?: string;
}

/**
 * Creates a pool; workers start on the first large batch.
 *
 * @example
 * const pool = createAnalysisPool({ entries: gazetteer.entries, timeZone: "Asia/Almaty", folding: true, nameKeys: true });
 * try { const docs = await pool.analyze(articles); } finally { await pool.close(); }
 */
export function createAnalysisPool(options: AnalysisPoolOptions): AnalysisPool {
  const threads = Math.max(0, options.threads ?? Math.max(1, os.availableParallelism() - 1));
  const minBatch = options.minBatch ?? 64;
  const data: AnalysisWorkerData = {
    entries: options.entries,
    timeZone: options.timeZone,
    folding: options.folding,
    nameKeys: options.nameKeys,
  };
  let local: ReturnType<typeof createArticleAnalyzer> | null = null;
  const inline = (articles: readonly ArticleSource[]): (AnalyzedArticle | null)[] => {
    local ??= createArticleAnalyzer({ ...data, gazetteer: createGazetteer(data.entries) });
    const analyzer = local;
    return articles.map((article) => analyzer.analyze(article));
  };

  let workers: Worker[] | null = null;
  let broken = threads === 0;
  let nextId = 0;
  let threaded = 0;
  const pending = new Map<
    number,
    { resolve: (r: (AnalyzedArticle | null)[]) => void; reject: (e: Error) => void }
  >();

  const start = (): Worker[] => {
    const started: Worker[] = [];
    for (let i = 0; i < threads; i++) {
      const worker = startWorker(new URL("./analysis-worker.js", import.meta.url), { workerData: data });
      worker.on("message", (reply: Reply) => {
        const waiting = pending.get(reply.id);
        if (waiting === undefined) return;
        pending.delete(reply.id);
        if (pending.size === 0) idle();
        if (reply.results !== undefined) waiting.resolve(reply.results);
        else waiting.reject(new Error(reply.error ?? "analysis failed"));
      });
      worker.on("error", (error) => {
        broken = true;
        for (const waiting of pending.values()) waiting.reject(error);
        pending.clear();
        idle();
      });
      // Unreferenced after the listeners are attached (attaching a "message" listener references
      // the worker again): an idle pool never keeps the process alive; `send` references the
      // workers while a batch is out, so the process cannot exit under a caller awaiting one.
      worker.unref();
      started.push(worker);
    }
    return started;
  };
  const idle = (): void => {
    for (const worker of workers ?? []) worker.unref();
  };

  const send = (worker: Worker, articles: readonly ArticleSource[]): Promise<(AnalyzedArticle | null)[]> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, articles });
    });

  return {
    async analyze(articles) {
      if (broken || articles.length < minBatch) return inline(articles);
      try {
        workers ??= start();
        const pool = workers;
        const size = Math.ceil(articles.length / pool.length);
        const parts = await Promise.all(
          pool.map((worker, i) => send(worker, articles.slice(i * size, (i + 1) * size))),
        );
        threaded += articles.length;
        return parts.flat();
      } catch {
        // A worker that cannot start or crashed: the calling thread does the work.
        broken = true;
        return inline(articles);
      }
    },
    get threaded() {
      return threaded;
    },
    async close() {
      const running = workers;
      workers = null;
      broken = true;
      if (running !== null) await Promise.all(running.map((worker) => worker.terminate()));
    },
  };
}
