import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { thrownBy } from "../../test/fixtures/rates/helpers.js";
import { escapeXml, type RateChartPoint, renderRateChart } from "./chart.js";

interface Node {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: Node[];
}

/** Parses the SVG as XML (so it must be well-formed) into a small tree. */
function parseSvg(svg: string): Node {
  const parser = new SaxesParser({ xmlns: false } as const);
  const stack: Node[] = [];
  let root: Node | undefined;
  parser.on("opentag", (tag) => {
    const node: Node = { name: tag.name, attributes: { ...tag.attributes }, text: "", children: [] };
    if (stack.length === 0) root = node;
    else stack[stack.length - 1]!.children.push(node);
    stack.push(node);
  });
  parser.on("text", (text) => {
    if (stack.length > 0) stack[stack.length - 1]!.text += text;
  });
  parser.on("closetag", () => stack.pop());
  parser.write(svg).close();
  return root!;
}

function all(node: Node, name: string): Node[] {
  return [...(node.name === name ? [node] : []), ...node.children.flatMap((c) => all(c, name))];
}

const options = {
  width: 640,
  height: 240,
  title: "US dollar in tenge",
  locale: "en",
  currencyPair: "USD/KZT",
};
const april: RateChartPoint[] = [
  { date: "2026-04-01", value: 478.77 },
  { date: "2026-04-02", value: 476.1 },
  { date: "2026-04-03", value: 470.05 },
  { date: "2026-04-06", value: 462.87 },
  { date: "2026-04-07", value: 466.2 },
];

describe("renderRateChart", () => {
  it("draws many points as an accessible picture with a line, an area and axis labels", () => {
    const svg = parseSvg(renderRateChart(april, options));
    expect(svg.name).toBe("svg");
    expect(svg.attributes).toMatchObject({
      role: "img",
      width: "640",
      height: "240",
      viewBox: "0 0 640 240",
    });
    const [titleId, descId] = svg.attributes["aria-labelledby"]!.split(" ");
    const title = svg.children[0]!;
    const desc = svg.children[1]!;
    expect(title).toMatchObject({ name: "title", text: "US dollar in tenge", attributes: { id: titleId } });
    expect(desc).toMatchObject({ name: "desc", attributes: { id: descId } });
    expect(desc.text).toBe(
      "USD/KZT from Apr 1, 2026 to Apr 7, 2026: low 462.87 (Apr 6, 2026), high 478.77 (Apr 1, 2026), last 466.20 (Apr 7, 2026).",
    );

    const paths = all(svg, "path");
    const line = paths.find((p) => p.attributes.class === "rate-chart-line")!;
    expect(line.attributes.d!.match(/L/g)).toHaveLength(april.length - 1);
    expect(paths.some((p) => p.attributes.class === "rate-chart-area")).toBe(true);

    const labels = all(svg, "text").map((t) => t.text);
    expect(labels).toContain("465"); // a y tick
    expect(labels).toContain("Apr 2"); // an x tick
    expect(all(svg, "script")).toHaveLength(0);
  });

  it("sorts points by date and places the last point at the right edge", () => {
    const svg = parseSvg(renderRateChart([...april].reverse(), options));
    expect(all(svg, "desc")[0]!.text).toMatch(/last 466\.20 \(Apr 7, 2026\)/);
    const last = all(svg, "circle")[0]!;
    const rightmost = Math.max(...all(svg, "line").map((l) => Number(l.attributes.x2)));
    expect(Number(last.attributes.cx)).toBeCloseTo(rightmost, 1);
  });

  it("shows a single point as a dot with its value, and no line", () => {
    const svg = parseSvg(
      renderRateChart([{ date: "2026-05-20", value: 3.5 }], {
        ...options,
        currencyPair: "USD/TMT",
        fractionDigits: 2,
      }),
    );
    expect(all(svg, "desc")[0]!.text).toBe("USD/TMT on May 20, 2026: 3.50.");
    expect(all(svg, "circle")).toHaveLength(1);
    expect(all(svg, "path")).toHaveLength(0);
    expect(all(svg, "text").map((t) => t.text)).toContain("May 20");
  });

  it("says there is nothing to show for no points", () => {
    const svg = parseSvg(renderRateChart([], options));
    expect(all(svg, "desc")[0]!.text).toBe("No USD/KZT rates to show.");
    expect(all(svg, "text").map((t) => t.text)).toEqual(["No data"]);
    expect(all(svg, "path")).toHaveLength(0);
  });

  it("keeps a flat series (a peg) inside the plot", () => {
    const flat = ["2026-05-18", "2026-05-19", "2026-05-20"].map((date) => ({ date, value: 3.5 }));
    const svg = parseSvg(renderRateChart(flat, options));
    const line = all(svg, "path").find((p) => p.attributes.class === "rate-chart-line")!;
    const ys = [...line.attributes.d!.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
    expect(new Set(ys).size).toBe(1);
    expect(ys[0]).toBeGreaterThan(0);
  });

  it("handles a long history and tiny values", () => {
    const points = Array.from({ length: 3000 }, (_, i) => ({
      date: new Date(Date.UTC(2018, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
      value: 0.000082 + (i % 7) * 0.0000001,
    }));
    const svg = parseSvg(renderRateChart(points, { ...options, currencyPair: "UZS/USD" }));
    expect(all(svg, "desc")[0]!.text).toMatch(/^UZS\/USD from Jan 1, 2018 to .*low 0\.0000820 /);
    const xLabels = all(svg, "g")
      .find((g) => g.attributes.class === "rate-chart-x")!
      .children.map((t) => t.text);
    expect(xLabels.every((l) => /^[A-Z][a-z]{2} \d{4}$/.test(l))).toBe(true); // months and years
  });

  it("formats for the locale", () => {
    const desc = all(parseSvg(renderRateChart(april, { ...options, locale: "ru" })), "desc")[0]!.text;
    expect(desc).toMatch(/^USD\/KZT с 1 апр\. 2026 г\. по 7 апр\. 2026 г\.: минимум 462,87/);
  });

  it("escapes every piece of text", () => {
    const svg = renderRateChart(april, {
      ...options,
      title: `<script>alert("x")</script> & 'more'`,
      currencyPair: "USD/<KZT>",
    });
    expect(svg).not.toContain("<script>");
    const tree = parseSvg(svg);
    expect(all(tree, "title")[0]!.text).toBe(`<script>alert("x")</script> & 'more'`);
    expect(all(tree, "desc")[0]!.text).toMatch(/^USD\/<KZT> from/);
    expect(escapeXml(`<&>"'`)).toBe("&lt;&amp;&gt;&quot;&apos;");
  });

  it("refuses impossible dates, non-finite values and sizes", () => {
    expect(thrownBy(() => renderRateChart([{ date: "2026-02-30", value: 1 }], options)).code).toBe(
      "VALIDATION_FAILED",
    );
    expect(thrownBy(() => renderRateChart([{ date: "01.04.2026", value: 1 }], options)).message).toMatch(
      /YYYY-MM-DD/,
    );
    expect(thrownBy(() => renderRateChart([{ date: "2026-04-01", value: Number.NaN }], options)).code).toBe(
      "VALIDATION_FAILED",
    );
    expect(thrownBy(() => renderRateChart(april, { ...options, width: 0 })).code).toBe("VALIDATION_FAILED");
  });
});
