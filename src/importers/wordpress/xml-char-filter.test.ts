import { describe, expect, it } from "vitest";
import { createXmlCharFilter } from "./xml-char-filter.js";

describe("createXmlCharFilter", () => {
  it("removes control characters and bad references, escapes bare & and HTML entities, spares CDATA", () => {
    const filter = createXmlCharFilter();
    const input = "<t>a\u0001b&#x0;&#65;&amp;?x=1&y=2&nbsp;</t>\n<c><![CDATA[&#0; & stays]]></c>";
    expect(filter.push(input) + filter.flush()).toBe(
      "<t>ab&#65;&amp;?x=1&amp;y=2&amp;nbsp;</t>\n<c><![CDATA[&#0; & stays]]></c>",
    );
    expect(filter.stats).toEqual({ removed: 2, escapedAmpersands: 2, firstLine: 1 });
  });

  it("gives the same output whatever the chunk boundaries", () => {
    const input = "<a>1&#x1;2&amp;3&#x41;</a><![CDATA[x & ]]]]><![CDATA[>y]]><!-- & -->\n&z";
    const whole = createXmlCharFilter();
    const expected = whole.push(input) + whole.flush();
    for (let size = 1; size < 8; size++) {
      const filter = createXmlCharFilter();
      let out = "";
      for (let i = 0; i < input.length; i += size) out += filter.push(input.slice(i, i + size));
      out += filter.flush();
      expect(out).toBe(expected);
      expect(filter.stats.firstLine).toBe(1);
    }
  });
});
