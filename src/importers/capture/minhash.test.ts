import { describe, expect, it } from "vitest";
import { wordTokens } from "./fold-text.js";
import { hash32 } from "./hash32.js";
import { createMinHasher, estimateJaccard, lshCandidatePairs } from "./minhash.js";
import { containment, jaccard, wordShingles } from "./shingles.js";

const numbers = (from: number, to: number): Set<number> => {
  const set = new Set<number>();
  for (let i = from; i < to; i++) set.add(hash32(`shingle ${i}`));
  return set;
};

const story =
  "The city council approved a plan on Tuesday to plant four thousand elm and poplar trees along the " +
  "river embankment before the autumn rains, and residents of the southern districts will be invited " +
  "to choose the species for their own streets at open meetings held in local schools during June.";
const edited = story.replace("four thousand", "five thousand").replace("during June", "during June and July");
const unrelated =
  "A chess club in the mountain village won the regional youth tournament for the third year running, " +
  "beating teams from two larger towns in a final that lasted late into the evening at the sports hall.";

describe("hash32", () => {
  it("matches the reference MurmurHash3 x86_32 value and depends on the seed", () => {
    expect(hash32("hello", 0)).toBe(613153351);
    expect(hash32("", 0)).toBe(0);
    expect(hash32("hello", 1)).not.toBe(hash32("hello", 0));
    expect(hash32("Қазақ", 7)).toBe(hash32("Қазақ", 7));
  });
});

describe("MinHash", () => {
  it("estimates Jaccard within a few points of the exact value", () => {
    const hasher = createMinHasher({ numHashes: 128 });
    const cases: [Set<number>, Set<number>][] = [
      [numbers(0, 1000), numbers(300, 1300)],
      [numbers(0, 500), numbers(0, 500)],
      [numbers(0, 400), numbers(360, 800)],
      [numbers(0, 400), numbers(1000, 1400)],
    ];
    for (const [a, b] of cases) {
      const exact = jaccard(a, b);
      const estimate = estimateJaccard(hasher.signature(a), hasher.signature(b));
      expect(Math.abs(estimate - exact)).toBeLessThan(0.1);
    }
  });

  it("gives the same signature for the same seed and a different one for another seed", () => {
    const set = numbers(0, 50);
    expect(createMinHasher({ seed: 1 }).signature(set)).toEqual(createMinHasher({ seed: 1 }).signature(set));
    expect(createMinHasher({ seed: 1 }).signature(set)).not.toEqual(
      createMinHasher({ seed: 2 }).signature(set),
    );
  });

  it("makes an edited copy a candidate pair and keeps an unrelated text apart", () => {
    const hasher = createMinHasher();
    const signatures = [story, edited, unrelated].map((text) =>
      hasher.signature(wordShingles(wordTokens(text))),
    );
    expect(lshCandidatePairs(signatures, 32, 4)).toEqual([[0, 1]]);
  });

  it("measures containment of a short part in a longer whole", () => {
    const whole = wordShingles(wordTokens(story));
    const part = wordShingles(wordTokens(story.slice(0, 120)).slice(0, -1));
    expect(containment(part, whole)).toBe(1);
    expect(jaccard(part, whole)).toBeLessThan(0.5);
  });
});
