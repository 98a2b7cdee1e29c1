import { describe, expect, it } from "vitest";
import { seededRandom } from "../core/seeded-random.js";
import {
  type DocSet,
  docSetAnd,
  docSetAndNot,
  docSetFilter,
  docSetForEach,
  docSetFromSorted,
  docSetHas,
  docSetIds,
  docSetOf,
  docSetOr,
  docSetSize,
} from "./doc-set.js";

function sample(next: () => number, universe: number, density: number): number[] {
  const out: number[] = [];
  for (let id = 0; id < universe; id++) if (next() < density) out.push(id);
  return out;
}

const sorted = (values: Iterable<number>): number[] => [...new Set(values)].sort((a, b) => a - b);

describe("DocSet", () => {
  it("builds either form and reports the same ids", () => {
    const sparse = docSetOf([900, 3, 3, 41]);
    expect(sparse.kind).toBe("ids");
    expect([...docSetIds(sparse)]).toEqual([3, 41, 900]);
    const dense = docSetOf(Array.from({ length: 500 }, (_, i) => i * 2));
    expect(dense.kind).toBe("bits");
    expect(docSetSize(dense)).toBe(500);
    expect(docSetHas(dense, 998)).toBe(true);
    expect(docSetHas(dense, 999)).toBe(false);
    expect(docSetHas(dense, 1_000_000)).toBe(false);
    expect(docSetSize(docSetFromSorted(Uint32Array.of()))).toBe(0);
  });

  it("agrees with plain Set arithmetic on random sets of every density", () => {
    const next = seededRandom(7);
    const densities = [0, 0.001, 0.01, 0.03, 0.2, 0.6, 0.99];
    for (let round = 0; round < 60; round++) {
      const universe = 1 + Math.floor(next() * 5000);
      const pick = (): number[] =>
        sample(next, universe, densities[Math.floor(next() * densities.length)] ?? 0);
      const xs = pick();
      const ys = pick();
      const zs = pick();
      const a = docSetOf(xs);
      const b = docSetFromSorted(Uint32Array.from(ys));
      const c = docSetOf(zs);
      const sb = new Set(ys);
      const sc = new Set(zs);
      const label = `round ${round}: ${xs.length}/${ys.length}/${zs.length} of ${universe}`;
      expect([...docSetIds(docSetAnd(a, b))], label).toEqual(xs.filter((x) => sb.has(x)));
      expect([...docSetIds(docSetOr([a, b, c]))], label).toEqual(sorted([...xs, ...ys, ...zs]));
      expect([...docSetIds(docSetAndNot(a, c))], label).toEqual(xs.filter((x) => !sc.has(x)));
      expect([...docSetIds(docSetFilter(a, (id) => id % 3 === 0))], label).toEqual(
        xs.filter((x) => x % 3 === 0),
      );
      expect(docSetSize(docSetAnd(a, b)), label).toBe(xs.filter((x) => sb.has(x)).length);
      const visited: number[] = [];
      docSetForEach(b, (id) => {
        visited.push(id);
        return visited.length < 5;
      });
      expect(visited, label).toEqual(ys.slice(0, 5));
    }
  });

  it("keeps the smaller form after an operation", () => {
    const dense = docSetOf(Array.from({ length: 4000 }, (_, i) => i));
    const few = docSetOf([10, 2000, 3999]);
    const sparseResult: DocSet = docSetAnd(dense, docSetOf(Array.from({ length: 40 }, (_, i) => i * 1000)));
    expect(docSetAnd(dense, few).kind).toBe("ids");
    expect(sparseResult.kind).toBe("ids");
    expect(docSetSize(sparseResult)).toBe(4);
    expect(docSetOr([dense, few]).kind).toBe("bits");
  });
});
