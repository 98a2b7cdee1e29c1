import { describe, expect, it } from "vitest";
import { expandShortcodes, splitInlineHeading } from "./expand-shortcodes.js";

describe("expandShortcodes", () => {
  it("turns a new-style caption into a figure with its image and caption text", () => {
    const result = expandShortcodes(
      'Before. [caption id="attachment_5" align="aligncenter" width="800"]<a href="/big.jpg"><img src="/a.jpg" alt="Depot"></a> The depot at night[/caption] After.',
    );
    expect(result.pieces).toEqual([
      { type: "text", text: "Before." },
      { type: "figure", caption: "The depot at night", src: "/a.jpg", alt: "Depot" },
      { type: "text", text: "After." },
    ]);
  });

  it("reads an old-style caption attribute and drops other media shortcodes with a reason", () => {
    const result = expandShortcodes(
      '[caption caption="Old style" width="300"]<img src="/o.jpg">[/caption] [gallery ids="1,2"] Text.',
    );
    expect(result.pieces[0]).toEqual({ type: "figure", caption: "Old style", src: "/o.jpg", alt: "" });
    expect(result.pieces[1]).toEqual({ type: "text", text: "Text." });
    expect(result.dropped).toEqual([
      { shortcode: '[gallery ids="1,2"]', reason: "unsupported shortcode; removed" },
    ]);
  });

  it("splits a title-case heading glued to the text after a figure", () => {
    const result = expandShortcodes(
      '[caption width="10"] A photo[/caption] Seven Stops and a Depot The route has seven stops.',
    );
    expect(result.pieces.slice(1)).toEqual([
      { type: "subheading", text: "Seven Stops and a Depot" },
      { type: "text", text: "The route has seven stops." },
    ]);
  });
});

describe("splitInlineHeading", () => {
  it.each([
    "President Shavkat Mirziyoyev signed the decree",
    "The Supreme Court of Uzbekistan ruled",
    "Netflix is expected",
  ])("leaves ordinary sentence starts alone: %s", (text) => {
    expect(splitInlineHeading(text)).toBeNull();
  });
});
