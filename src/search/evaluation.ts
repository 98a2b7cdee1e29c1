/*
 * Offline relevance metrics for the judged query set (bench/eval-search.ts and its test).
 * Standard definitions, as in trec_eval / ir-measures; recall is capped at k (see recallAt).
 */

/** Graded judgements of one query: document id → grade (0 = not relevant, 1, 2...). */
export type Judgements = Readonly<Record<string, number>>;

/**
 * nDCG@k with exponential gain (2^grade − 1) and log2(rank + 1) discount.
 *
 * @example
 * ndcgAt(["a", "x", "b"], { a: 2, b: 1 }, 10); // ≈ 0.95
 */
export function ndcgAt(ranked: readonly string[], judgements: Judgements, k: number): number {
  const dcg = (grades: readonly number[]): number =>
    grades.slice(0, k).reduce((sum, grade, i) => sum + (2 ** grade - 1) / Math.log2(i + 2), 0);
  const ideal = dcg(
    Object.values(judgements)
      .filter((g) => g > 0)
      .sort((a, b) => b - a),
  );
  return ideal === 0 ? 0 : dcg(ranked.map((id) => judgements[id] ?? 0)) / ideal;
}

/**
 * Reciprocal rank of the first relevant document within the top k (0 when none).
 *
 * @example
 * reciprocalRankAt(["x", "a"], { a: 1 }, 10); // 0.5
 */
export function reciprocalRankAt(ranked: readonly string[], judgements: Judgements, k: number): number {
  const index = ranked.slice(0, k).findIndex((id) => (judgements[id] ?? 0) > 0);
  return index < 0 ? 0 : 1 / (index + 1);
}

/**
 * Recall@k capped at k: relevant documents in the top k over min(relevant, k), so a query with
 * more than k relevant documents can still score 1 when the whole first page is relevant.
 *
 * @example
 * recallAt(["a", "x"], { a: 1, b: 1 }, 10); // 0.5
 */
export function recallAt(ranked: readonly string[], judgements: Judgements, k: number): number {
  const relevant = Object.entries(judgements)
    .filter(([, g]) => g > 0)
    .map(([id]) => id);
  if (relevant.length === 0) return 0;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / Math.min(relevant.length, k);
}

export interface MetricSummary {
  readonly queries: number;
  readonly ndcg10: number;
  readonly mrr10: number;
  readonly recall10: number;
}

/**
 * Mean nDCG@10, MRR@10 and recall@10 over runs.
 *
 * @example
 * summarize([{ ranked: ["a"], judgements: { a: 1 } }]); // { queries: 1, ndcg10: 1, mrr10: 1, recall10: 1 }
 */
export function summarize(
  runs: readonly { ranked: readonly string[]; judgements: Judgements }[],
): MetricSummary {
  const mean = (f: (run: (typeof runs)[number]) => number): number =>
    runs.length === 0 ? 0 : runs.reduce((sum, run) => sum + f(run), 0) / runs.length;
  return {
    queries: runs.length,
    ndcg10: mean((r) => ndcgAt(r.ranked, r.judgements, 10)),
    mrr10: mean((r) => reciprocalRankAt(r.ranked, r.judgements, 10)),
    recall10: mean((r) => recallAt(r.ranked, r.judgements, 10)),
  };
}
