import { wordTokens } from "./fold-text.js";
import { createMinHasher, lshCandidatePairs } from "./minhash.js";
import { containment, jaccard, wordShingles } from "./shingles.js";

/**
 * Two captures are one article when this share of their word 5-shingles is shared. Re-captures
 * of one story differ by a corrected figure or a reworded sentence, which costs a few shingles
 * each and keeps Jaccard well above 0.7; two different stories, even on the same topic, share
 * almost no 5-word runs (< 0.1). The research note suggests 0.8; 0.7 also accepts a light edit.
 */
export const SAME_ARTICLE_JACCARD = 0.7;
/**
 * ...or when this share of the shorter version's shingles is inside the longer one: a version
 * with an added update paragraph has low Jaccard but is wholly contained in the longer one.
 */
export const SAME_ARTICLE_CONTAINMENT = 0.9;
/**
 * A teaser ending in "..." joins the article that contains this share of its shingles. Lower than
 * above because listing pages sometimes reword a word or two of the lede; the title check below
 * guards against a quote that two stories happen to share.
 */
export const TEASER_CONTAINMENT = 0.8;
/** ...and whose title shares at least this share of the teaser's title words. */
export const TEASER_TITLE_OVERLAP = 0.5;
/**
 * 32 bands of 4 rows over 128 hashes put the LSH threshold near (1/32)^(1/4) ≈ 0.42: pairs at
 * Jaccard 0.7 become candidates with probability > 0.9999 and unrelated pairs (≈ 0) almost never.
 */
export const LSH_BANDS = 32;
export const LSH_ROWS = 4;

export interface DuplicateCandidate {
  title: string;
  text: string;
  truncated: boolean;
}

export interface DuplicateGroup {
  /** The most complete member first (not truncated, then longest, then earliest). */
  members: number[];
  /** For each member after the first, why it joined. */
  reasons: Map<number, string>;
}

export interface GroupDuplicatesOptions {
  numHashes?: number;
  seed?: number;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function titleOverlap(a: string, b: string): number {
  const aw = new Set(wordTokens(a));
  const bw = new Set(wordTokens(b));
  if (aw.size === 0) return 0;
  let shared = 0;
  for (const word of aw) if (bw.has(word)) shared++;
  return shared / aw.size;
}

/**
 * Groups captures of the same article: identical folded text, then MinHash/LSH candidates
 * verified by exact Jaccard or containment on word 5-shingles, then teasers ("...") found by an
 * exact shingle index, since a teaser's Jaccard with its full article is far too low for LSH.
 * Returns every input index in exactly one group, groups in order of their first member.
 *
 * @example
 * groupDuplicates([{ title: "Tram", text: full, truncated: false },
 *   { title: "Tram", text: teaser, truncated: true }])[0].members // [0, 1]
 */
export function groupDuplicates(
  items: readonly DuplicateCandidate[],
  options: GroupDuplicatesOptions = {},
): DuplicateGroup[] {
  const tokens = items.map((item) => {
    const words = wordTokens(item.text);
    // The last word of a cut-off text may itself be cut ("Karagan..."), so it is not compared.
    return item.truncated && words.length > 1 ? words.slice(0, -1) : words;
  });
  const shingles = tokens.map((words) => wordShingles(words));
  const parent = items.map((_item, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    parent[i] = root;
    return root;
  };
  const edges: { a: number; b: number; reason: string }[] = [];
  const join = (a: number, b: number, reason: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    parent[Math.max(ra, rb)] = Math.min(ra, rb);
    edges.push({ a, b, reason });
  };

  const byText = new Map<string, number>();
  tokens.forEach((words, i) => {
    const key = words.join(" ");
    const first = byText.get(key);
    if (first === undefined) byText.set(key, i);
    else join(first, i, "identical text");
  });

  const hasher = createMinHasher(options);
  const signatures = shingles.map((set) => hasher.signature(set));
  const bands = Math.min(LSH_BANDS, Math.floor(hasher.numHashes / LSH_ROWS));
  for (const [a, b] of lshCandidatePairs(signatures, bands, LSH_ROWS)) {
    const similarity = jaccard(shingles[a]!, shingles[b]!);
    const [small, large] = shingles[a]!.size <= shingles[b]!.size ? [a, b] : [b, a];
    const contained = containment(shingles[small]!, shingles[large]!);
    if (similarity >= SAME_ARTICLE_JACCARD) {
      join(
        a,
        b,
        `near-duplicate: ${percent(similarity)} of word 5-shingles shared (Jaccard ≥ ${SAME_ARTICLE_JACCARD})`,
      );
    } else if (contained >= SAME_ARTICLE_CONTAINMENT) {
      join(a, b, `${percent(contained)} of the shorter version is contained in the longer one`);
    }
  }

  const index = new Map<number, number[]>();
  shingles.forEach((set, i) => {
    for (const shingle of set) {
      const list = index.get(shingle);
      if (list === undefined) index.set(shingle, [i]);
      else list.push(i);
    }
  });
  items.forEach((item, t) => {
    if (!item.truncated || shingles[t]!.size === 0) return;
    const hits = new Map<number, number>();
    for (const shingle of shingles[t]!) {
      for (const other of index.get(shingle) ?? [])
        if (other !== t) hits.set(other, (hits.get(other) ?? 0) + 1);
    }
    const best = [...hits]
      .filter(([other]) => tokens[other]!.length > tokens[t]!.length)
      .map(([other, shared]) => ({ other, share: shared / shingles[t]!.size }))
      .filter(
        ({ other, share }) =>
          share >= TEASER_CONTAINMENT &&
          titleOverlap(item.title, items[other]!.title) >= TEASER_TITLE_OVERLAP,
      )
      .sort((x, y) => y.share - x.share || x.other - y.other)[0];
    if (best !== undefined) {
      join(
        best.other,
        t,
        `teaser ending in "...": ${percent(best.share)} of its text is inside the fuller article`,
      );
    }
  });

  const groups = new Map<number, number[]>();
  items.forEach((_item, i) => {
    const root = find(i);
    const members = groups.get(root);
    if (members === undefined) groups.set(root, [i]);
    else members.push(i);
  });
  return [...groups.values()].map((members) => {
    const ranked = [...members].sort(
      (x, y) =>
        Number(items[x]!.truncated) - Number(items[y]!.truncated) ||
        tokens[y]!.length - tokens[x]!.length ||
        x - y,
    );
    const reasons = new Map<number, string>();
    for (const member of ranked.slice(1)) {
      const edge = edges.find((e) => e.a === member || e.b === member);
      reasons.set(member, edge?.reason ?? "same article");
    }
    return { members: ranked, reasons };
  });
}
