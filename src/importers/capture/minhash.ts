import { AppError } from "../../core/errors.js";
import { mix32 } from "./hash32.js";

export interface MinHashOptions {
  /** Signature length; the estimate's standard error is about sqrt(J(1-J)/n). Default 128. */
  numHashes?: number;
  /** Seed of the hash family. Default 0x5eed. */
  seed?: number;
}

export interface MinHasher {
  readonly numHashes: number;
  /** The MinHash signature of a set of 32-bit shingle hashes. */
  signature(shingles: Iterable<number>): Uint32Array;
}

/**
 * Builds a seeded MinHash family. Each of the `numHashes` functions is the Murmur finalizer
 * applied to the shingle hash XOR a per-function salt; the salts come from a splitmix-style
 * sequence of the seed, so one seed always gives the same family.
 *
 * @example
 * const hasher = createMinHasher({ numHashes: 128 });
 * estimateJaccard(hasher.signature(a), hasher.signature(b)); // ≈ jaccard(a, b)
 */
export function createMinHasher(options: MinHashOptions = {}): MinHasher {
  const numHashes = options.numHashes ?? 128;
  if (!Number.isInteger(numHashes) || numHashes < 1) {
    throw new AppError("VALIDATION_FAILED", `numHashes must be a positive integer, got ${numHashes}.`);
  }
  const salts = new Uint32Array(numHashes);
  let state = (options.seed ?? 0x5eed) >>> 0;
  for (let i = 0; i < numHashes; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    salts[i] = mix32(state);
  }
  return {
    numHashes,
    signature(shingles: Iterable<number>): Uint32Array {
      const signature = new Uint32Array(numHashes).fill(0xffffffff);
      for (const shingle of shingles) {
        for (let i = 0; i < numHashes; i++) {
          const value = mix32((shingle ^ salts[i]!) >>> 0);
          if (value < signature[i]!) signature[i] = value;
        }
      }
      return signature;
    },
  };
}

/**
 * Estimated Jaccard similarity: the share of signature positions where two signatures agree.
 *
 * @example
 * estimateJaccard(sigA, sigA) // 1
 */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0) {
    throw new AppError("VALIDATION_FAILED", "MinHash signatures must have the same, non-zero length.");
  }
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}

/**
 * Locality-sensitive hashing by banding: signatures are cut into `bands` bands of `rows` rows and
 * two items become a candidate pair when any band matches exactly. The pair probability is
 * 1 - (1 - J^rows)^bands, an S-curve around (1/bands)^(1/rows). Returns index pairs [i, j], i < j,
 * sorted, each once.
 *
 * @example
 * lshCandidatePairs([sigA, sigB, sigC], 32, 4) // [[0, 1]] when only A and B are alike
 */
export function lshCandidatePairs(
  signatures: readonly Uint32Array[],
  bands: number,
  rows: number,
): [number, number][] {
  const buckets = new Map<string, number[]>();
  signatures.forEach((signature, index) => {
    if (signature.length < bands * rows) {
      throw new AppError(
        "VALIDATION_FAILED",
        `A signature of ${signature.length} is shorter than ${bands}×${rows}.`,
      );
    }
    for (let band = 0; band < bands; band++) {
      const key = `${band}:${Array.from(signature.subarray(band * rows, band * rows + rows)).join(",")}`;
      const bucket = buckets.get(key);
      if (bucket === undefined) buckets.set(key, [index]);
      else bucket.push(index);
    }
  });
  const pairs = new Set<string>();
  for (const bucket of buckets.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) pairs.add(`${bucket[i]}:${bucket[j]}`);
    }
  }
  return [...pairs]
    .map((pair) => pair.split(":").map(Number) as [number, number])
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
