import { describe, expect, it } from "vitest";
import { sharedRatesFixture, thrownBy } from "../../../test/fixtures/rates/helpers.js";
import { child, readXml } from "./xml.js";

const ctx = { source: "cbr" } as const;
const cp1251 = (text: string) =>
  // Enough of windows-1251 for these tests: ASCII plus А–я (U+0410–U+044F → 0xC0–0xFF).
  Uint8Array.from(
    [...text].map((c) => (c >= "А" && c <= "я" ? c.charCodeAt(0) - 0x410 + 0xc0 : c.charCodeAt(0))),
  );

describe("readXml", () => {
  it("decodes windows-1251 as the declaration says", () => {
    const root = readXml(sharedRatesFixture("cbr-xml_daily.xml"), ctx, {
      root: "ValCurs",
      encoding: "utf-8",
    });
    const usd = root.children.find((v) => child(v, "CharCode")?.text === "USD")!;
    expect(child(usd, "Name")?.text).toBe("Доллар США");
  });

  it("decodes UTF-8 Cyrillic as the declaration says", () => {
    const root = readXml(
      sharedRatesFixture("nbk-get_rates-2026-04-01.xml"),
      { source: "nbk" },
      {
        root: "rates",
        encoding: "windows-1251",
      },
    );
    expect(child(root.children.find((c) => c.name === "item")!, "fullname")?.text).toBe(
      "АВСТРАЛИЙСКИЙ ДОЛЛАР",
    );
  });

  it("falls back to the bank's encoding when nothing is declared and the bytes are not UTF-8", () => {
    const root = readXml(cp1251("<ValCurs><Name>Тенге</Name></ValCurs>"), ctx, {
      root: "ValCurs",
      encoding: "windows-1251",
    });
    expect(child(root, "Name")?.text).toBe("Тенге");
  });

  it("honours a UTF-8 byte order mark", () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode("<ValCurs><Name>Сом</Name></ValCurs>"),
    ]);
    expect(child(readXml(bytes, ctx, { root: "ValCurs", encoding: "windows-1251" }), "Name")?.text).toBe(
      "Сом",
    );
  });

  it("keeps CDATA as text", () => {
    const bytes = new TextEncoder().encode("<ValCurs><Value><![CDATA[75,5273]]></Value></ValCurs>");
    expect(child(readXml(bytes, ctx, { root: "ValCurs", encoding: "utf-8" }), "Value")?.text).toBe("75,5273");
  });

  it("refuses an encoding it cannot decode, and JSON, and plain text", () => {
    const bad = new TextEncoder().encode('<?xml version="1.0" encoding="x-klingon"?><ValCurs/>');
    expect(thrownBy(() => readXml(bad, ctx, { root: "ValCurs", encoding: "utf-8" })).message).toBe(
      'cbr: the XML declares the encoding "x-klingon", which is not supported',
    );
    const text = new TextEncoder().encode("Service Unavailable");
    expect(thrownBy(() => readXml(text, ctx, { root: "ValCurs", encoding: "utf-8" })).message).toBe(
      'cbr: expected XML with <ValCurs>, got text ("Service Unavailable")',
    );
  });

  it("recognises an XHTML page that starts with an XML declaration", () => {
    const page = new TextEncoder().encode('<?xml version="1.0"?><html><body>Error</body></html>');
    expect(thrownBy(() => readXml(page, ctx, { root: "ValCurs", encoding: "utf-8" })).message).toMatch(
      /^cbr: expected XML with <ValCurs>, got an HTML page/,
    );
  });
});
