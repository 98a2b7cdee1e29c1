import { describe, expect, it } from "vitest";
import { bodyText, processBody, sanitizeBody } from "./body.js";

describe("sanitizeBody allow-list", () => {
  it("keeps the structures an article needs", () => {
    const html =
      '<h2>Water</h2><p>Rivers <em>run</em> <strong>north</strong>.</p><ul><li>one</li></ul><ol start="3"><li>two</li></ol>' +
      "<blockquote><p>We will share.</p><cite>A farmer</cite></blockquote>" +
      '<figure><img src="/media/a.svg" width="800" height="450" alt="A dam"><figcaption>The dam <span class="credit">Steppe</span></figcaption></figure>' +
      "<table><thead><tr><th>Year</th></tr></thead><tbody><tr><td>2026</td></tr></tbody></table>";
    const clean = sanitizeBody(html);
    for (const fragment of [
      "<h2>Water</h2>",
      "<em>run</em>",
      "<strong>north</strong>",
      '<ol start="3">',
      "<blockquote><p>We will share.</p><cite>A farmer</cite></blockquote>",
      'width="800"',
      'height="450"',
      'alt="A dam"',
      '<span class="credit">Steppe</span>',
      "<th>Year</th>",
    ]) {
      expect(clean).toContain(fragment);
    }
  });

  it("removes scripts, event handlers, styles and frames entirely", () => {
    const clean = sanitizeBody(
      '<p onclick="steal()" style="color:red">Hi<script>alert(1)</script></p><iframe src="https://evil.example"></iframe><style>p{}</style>',
    );
    expect(clean).toBe("<p>Hi</p>");
  });

  it("allows only safe link schemes and marks external links", () => {
    expect(sanitizeBody('<a href="javascript:alert(1)">x</a>')).toBe("<a>x</a>");
    expect(sanitizeBody('<a href="data:text/html,hi">x</a>')).toBe("<a>x</a>");
    expect(sanitizeBody('<a href="https://nbk.kz/">x</a>')).toBe(
      '<a href="https://nbk.kz/" rel="noopener noreferrer">x</a>',
    );
    expect(sanitizeBody('<a href="/2026/02/a">x</a>')).toBe('<a href="/2026/02/a">x</a>');
    expect(sanitizeBody('<img src="javascript:x" alt="y">')).not.toContain("javascript");
  });

  it("demotes h1 to h2 and drops unknown tags but keeps their text", () => {
    expect(sanitizeBody("<h1>Title</h1><div><marquee>Moving</marquee></div>")).toBe("<h2>Title</h2>Moving");
  });

  it("drops empty paragraphs", () => {
    expect(sanitizeBody("<p> </p><p>Text</p><p></p>")).toBe("<p>Text</p>");
  });
});

describe("bodyText and processBody", () => {
  it("keeps block boundaries in the plain text", () => {
    expect(bodyText("<h2>Water</h2><p>Rivers run.</p><p>Lakes&nbsp;stay.</p>").text).toBe(
      "Water\n\nRivers run.\n\nLakes stay.",
    );
  });

  it("builds the excerpt from prose, not from captions or tables", () => {
    const body = processBody(
      '<figure><img src="/a.svg" alt="x"><figcaption>Caption text</figcaption></figure><p>First paragraph of the story.</p>',
    );
    expect(body.excerpt).toBe("First paragraph of the story.");
    expect(body.text).toContain("Caption text");
    expect(body.readingMinutes).toBe(1);
  });

  it("sanitizes before deriving, so hostile markup never reaches the text", () => {
    const body = processBody("<p>Safe<script>document.cookie</script></p>");
    expect(body.html).toBe("<p>Safe</p>");
    expect(body.text).toBe("Safe");
  });

  it("uses a given excerpt, cleaned", () => {
    expect(processBody("<p>Body</p>", { excerpt: "<b>Given</b> summary" }).excerpt).toBe("Given summary");
  });
});
