import { seededRandom } from "./seeded-random.js";

/**
 * Reproducible random strings glued from `pieces` (the characters and fragments a piece of text
 * handling cares about), for differential tests against a plain reference.
 *
 * @example
 * for (const text of randomTexts([" ", "\n", "x"], { seed: 7, count: 100, maxPieces: 12 })) check(text);
 */
export function randomTexts(
  pieces: readonly string[],
  options: { seed: number; count: number; maxPieces: number },
): string[] {
  const next = seededRandom(options.seed);
  const random = (n: number): number => Math.floor(next() * n);
  const texts: string[] = [];
  for (let round = 0; round < options.count; round++) {
    let text = "";
    const length = random(options.maxPieces);
    for (let i = 0; i < length; i++) text += pieces[random(pieces.length)];
    texts.push(text);
  }
  return texts;
}
