import { describe, expect, it } from "vitest";
import { parseQuery } from "./query-parser.js";
import { createWordMatcher, planQuery } from "./query-plan.js";
import { buildSnippet, escapeHtml, highlightText } from "./snippet.js";

const matcherFor = (q: string) => createWordMatcher(planQuery(parseQuery(q)));

describe("snippets", () => {
  it("escapes everything but its own <mark>", () => {
    const html = highlightText('Tokayev <img src=x onerror="alert(1)"> & <mark>', matcherFor("tokayev"));
    expect(html).toBe(
      "<mark>Tokayev</mark> &lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;mark&gt;",
    );
    expect(escapeHtml("'")).toBe("&#39;");
  });

  it("marks matches across scripts and spellings, joining a name", () => {
    const html = highlightText(
      "Встреча Мирзиёева с Tokaev на Amu Darya",
      matcherFor("Mirziyoyev Токаев Амударья"),
    );
    expect(html).toContain("<mark>Мирзиёева</mark>");
    expect(html).toContain("<mark>Tokaev</mark>");
  });

  it("picks the passage with the matches and marks the cut", () => {
    const text = `${"filler ".repeat(100)}the grain harvest beat forecasts ${"more ".repeat(100)}`;
    const snippet = buildSnippet(text, matcherFor("harvest forecasts"), { words: 12 });
    expect(snippet.matched).toBe(true);
    expect(snippet.html.startsWith("… ")).toBe(true);
    expect(snippet.html.endsWith(" …")).toBe(true);
    expect(snippet.html).toContain("<mark>harvest</mark>");
    expect(snippet.html).toContain("<mark>forecasts</mark>");
    expect(buildSnippet("nothing here", matcherFor("grain")).matched).toBe(false);
  });
});
