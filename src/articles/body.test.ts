import { describe, expect, it } from "vitest";
import { seededRandom } from "../core/seeded-random.js";
import { bodyText, processBody, sanitizedBodyText } from "./body.js";
import { sanitizeBody } from "./sanitize.js";

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

describe("sanitizedBodyText (the quick scan of sanitized HTML)", () => {
  const TAGS = [
    "p",
    "p",
    "p",
    "h1",
    "h2",
    "h3",
    "h5",
    "div",
    "span",
    "a",
    "em",
    "strong",
    "b",
    "figure",
    "figcaption",
    "blockquote",
    "ul",
    "ol",
    "li",
    "table",
    "tr",
    "td",
    "th",
    "pre",
    "code",
    "q",
    "cite",
    "script",
    "style",
    "marquee",
    "section",
    "caption",
    "sub",
    "small",
    "abbr",
    "video",
  ];
  const VOIDS = ["br", "hr", "img", "source", "input", "wbr"];
  const TEXTS = [
    "Rivers run",
    " north ",
    "Токаев встретился",
    "a &amp; b",
    "1 < 2 > 0",
    "&nbsp;",
    "&amp;lt;",
    "&#1058;",
    "&copy; 2026",
    "R&D",
    '"quoted"',
    "it's",
    "\n\n",
    "\t",
    "Mirziyoyev",
    "&lt;b&gt;",
    "&",
    "<",
    "",
    "  ",
    "ё",
    "😀",
    "&quot;",
    "&unknown;",
  ];
  const ATTRS = [
    "",
    ' class="gallery"',
    ' href="https://example.org/?a=1&b=2"',
    ' href="javascript:x()"',
    ' title="a > b &quot; c"',
    ' onclick="x()"',
    ' src="/a.jpg" alt="A &amp; B"',
    " data-x='1'",
  ];

  function randomHtml(next: () => number, depth: number): string {
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
    let out = "";
    const parts = 1 + Math.floor(next() * 4);
    for (let i = 0; i < parts; i++) {
      const r = next();
      if (r < 0.4 || depth > 4) out += pick(TEXTS);
      else if (r < 0.5) out += `<${pick(VOIDS)}${pick(ATTRS)}${next() < 0.5 ? " /" : ""}>`;
      else if (r < 0.55)
        out += `</${pick(TAGS)}>`; // stray closers
      else {
        const tag = pick(TAGS);
        const close = next() < 0.9 ? `</${tag}>` : ""; // sometimes left open
        out += `<${next() < 0.1 ? tag.toUpperCase() : tag}${pick(ATTRS)}>${randomHtml(next, depth + 1)}${close}`;
      }
    }
    return out;
  }

  it("gives exactly what the full parser gives on sanitized HTML, or declines", () => {
    const next = seededRandom(20261201);
    let scanned = 0;
    for (let i = 0; i < 20_000; i++) {
      const clean = sanitizeBody(randomHtml(next, 0));
      const quick = sanitizedBodyText(clean);
      if (quick === null) continue;
      scanned++;
      expect(quick, clean).toEqual(bodyText(clean));
    }
    // The scan must handle the usual case itself, not decline everything.
    expect(scanned).toBeGreaterThan(10_000);
  });

  it("scans the usual body and declines what it cannot read as sanitizeBody writes it", () => {
    const body =
      '<h2>Water</h2><p>Rivers &amp; lakes <a href="/x">run</a>.</p><figure><img src="/a.jpg" /><figcaption>Caption</figcaption></figure>';
    expect(sanitizedBodyText(body)).toEqual(bodyText(body));
    expect(sanitizedBodyText("<p>R&D</p>")).toBeNull();
    expect(sanitizedBodyText("<p>a<figure>b</figure>c</p>")).toBeNull();
    expect(sanitizedBodyText("<P>Upper</P>")).toBeNull();
    expect(sanitizedBodyText("</p>stray")).toBeNull();
  });
});
