import { describe, expect, it } from "vitest";
import { formatQuery, MAX_QUERY_CHARS, parseQuery } from "./query-parser.js";

describe("parseQuery", () => {
  it("reads words, phrases, prefixes and exclusions", () => {
    expect(parseQuery('"Amu Darya" water* -dam -"coal mine" Tokayev')).toEqual({
      terms: [
        { kind: "phrase", text: "Amu Darya" },
        { kind: "prefix", text: "water" },
        { kind: "word", text: "Tokayev" },
      ],
      excluded: [
        { kind: "word", text: "dam" },
        { kind: "phrase", text: "coal mine" },
      ],
    });
  });

  it("treats typographic quotes as quotes and ignores an unbalanced one", () => {
    expect(parseQuery("«Алма-Ата» город").terms).toEqual([
      { kind: "word", text: "Алма-Ата" },
      { kind: "word", text: "город" },
    ]);
    expect(parseQuery('"Amu Darya').terms.map((t) => t.kind)).toEqual(["word", "word"]);
  });

  it("drops operators, punctuation, emoji and control characters, and caps the size", () => {
    expect(parseQuery("Tokayev OR NEAR ( ) 🎄 \u0000 ^").terms).toEqual([{ kind: "word", text: "Tokayev" }]);
    expect(parseQuery("a*").terms).toEqual([{ kind: "word", text: "a" }]);
    const many = parseQuery(Array.from({ length: 40 }, (_v, i) => `word${i}`).join(" "));
    expect(many.terms).toHaveLength(12);
    expect(parseQuery("y".repeat(MAX_QUERY_CHARS * 20)).terms[0]?.text.length).toBeLessThanOrEqual(80);
  });

  it("writes a query back as typed", () => {
    expect(formatQuery(parseQuery('"amu darya" water* -dam'))).toBe('"amu darya" water* -dam');
  });
});
