import { describe, expect, it } from "vitest";
import { extractHtmlBlocks } from "./extract-html-blocks.js";

describe("extractHtmlBlocks", () => {
  const html = `<html><head><title>Page title</title><script>var a = "<p>x</p>";</script></head><body>
    <header><div>Site name</div></header>
    <nav><a href="/">Home</a></nav>
    <article><header><h1>Tram &amp; Bus</h1><time datetime="2026-05-12">12 May</time></header>
      <p>First <a href="/x">linked</a> paragraph.<br>Second line.</p>
      <h2>Route</h2>
      <figure><img src="/a.jpg" alt="A tram"><figcaption>The <em>new</em> tram</figcaption></figure>
      <ul><li>One stop</li></ul>
      <div class="share-buttons">Share this</div>
    </article>
    <aside><p>Most read</p></aside>
  </body></html>`;
  const blocks = extractHtmlBlocks(html);

  it("keeps tag context: headings with levels, paragraphs, items and figures", () => {
    const content = blocks.filter((block) => block.chromeReason === null);
    expect(content.map((block) => [block.role, block.text])).toEqual([
      ["heading", "Tram & Bus"],
      ["line", "12 May"],
      ["paragraph", "First linked paragraph."],
      ["paragraph", "Second line."],
      ["heading", "Route"],
      ["figure", "The new tram"],
      ["item", "One stop"],
    ]);
    expect(content[0]?.level).toBe(1);
    expect(content[1]?.datetime).toBe("2026-05-12");
    expect(content[5]?.figure).toEqual({ caption: "The new tram", src: "/a.jpg", alt: "A tram" });
    expect(content.every((block) => block.articleIndex === 0)).toBe(true);
  });

  it("flags page header, nav, aside and share blocks as chrome and drops head and scripts", () => {
    const chrome = blocks.filter((block) => block.chromeReason !== null);
    expect(chrome.map((block) => [block.text, block.chromeReason])).toEqual([
      ["Site name", "inside the page <header>"],
      ["Home", "inside <nav>"],
      ["Share this", 'inside an element marked "share"'],
      ["Most read", "inside <aside>"],
    ]);
    expect(blocks.some((block) => block.text.includes("Page title") || block.text.includes("var a"))).toBe(
      false,
    );
  });
});
