import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { randomTexts } from "../../core/random-text.test-helper.js";
import { autop, newlinesToBreaks, trimBeforeFigcaption } from "./autop.js";
import { referenceAutop } from "./autop-reference.test-helper.js";
import { readWxr } from "./wxr-reader.js";

/** Random strings built from the pieces the patterns care about. */
function fuzz(pieces: readonly string[], rounds: number, check: (text: string) => void): void {
  for (const text of randomTexts(pieces, { seed: 11, count: rounds, maxPieces: 16 })) check(text);
}

describe("autop's loop versions of its slowest regexes", () => {
  it("newlinesToBreaks matches (?<!<br />)\\s*\\n -> <br />\\n", () => {
    const pieces = ["\n", " ", "\t", "\u00a0", "<br />", "<br />\n", "x", "ab", "/>", "<br /", "\n\n"];
    fuzz(pieces, 20_000, (text) => {
      expect(newlinesToBreaks(text), JSON.stringify(text)).toBe(
        text.replace(/(?<!<br \/>)\s*\n/g, "<br />\n"),
      );
    });
  });

  it("trimBeforeFigcaption matches \\s*(<figcaption[^>]*>) -> $1", () => {
    const pieces = [
      "\n",
      " ",
      "<figcaption>",
      '<figcaption class="c">',
      "<figcaption",
      ">",
      "x",
      "</figcaption>",
      "\t",
    ];
    fuzz(pieces, 20_000, (text) => {
      expect(trimBeforeFigcaption(text), JSON.stringify(text)).toBe(
        text.replace(/\s*(<figcaption[^>]*>)/g, "$1"),
      );
    });
  });

  it("gives every fixture post and random markup the same paragraphs as the plain regex version", async () => {
    const dirs = [path.resolve("../shared/fixtures/wordpress"), path.resolve("test/fixtures/wordpress")];
    let checked = 0;
    for (const dir of dirs) {
      for (const name of fs.readdirSync(dir).filter((f) => f.endsWith(".xml"))) {
        try {
          for await (const record of readWxr(path.join(dir, name))) {
            if (record.kind !== "item") continue;
            expect(autop(record.content), `${name} ${record.id}`).toBe(referenceAutop(record.content));
            checked += 1;
          }
        } catch {
          // The malformed fixtures: the items before the fault were checked.
        }
      }
    }
    expect(checked).toBeGreaterThan(30);
    const pieces = [
      "\n",
      "\n\n",
      " ",
      "text ",
      "Текст",
      "<br />",
      "<br>",
      "<p>",
      "</p>",
      "<div>",
      "</div>",
      "<figure>",
      '<img src="a.jpg">',
      "<figcaption>",
      "</figcaption>",
      "</figure>",
      "<pre>",
      "</pre>",
      "<blockquote>",
      "</blockquote>",
      "<li>",
      "<ul>",
      "</ul>",
      "<!-- c -->",
      "<script>",
      "</script>",
      "<source>",
      "<video>",
      "</video>",
      "<option>",
      "<object>",
      "</object>",
      "<hr />",
      "<a\nhref=x>",
      // Newlines inside tags, comments and CDATA, and pieces left open at the end of the text.
      "<!-- a\nb -->",
      "<!--",
      "-->",
      "<!-->",
      "<![CDATA[x\ny]]>",
      "<![CDATA[",
      "]]>",
      "<",
      ">",
      "<b\n>",
      "<td\n",
      "</h2\n>",
      "<section/>",
    ];
    fuzz(pieces, 20_000, (text) => {
      expect(autop(text), JSON.stringify(text)).toBe(referenceAutop(text));
    });
  });
});
