import { existsSync, readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import type { DemoArticle, DemoArticleVersion } from "../types.js";
import { demoArticles, demoAuthors, demoImages, demoTags } from "./index.js";

const imagesDir = fileURLToPath(new URL("../images/", import.meta.url));

const figureKeys = (body: string): string[] =>
  [...body.matchAll(/<figure data-media="([^"]+)"><\/figure>/g)].map((m) => m[1] ?? "");

const count = (body: string, re: RegExp): number => body.match(re)?.length ?? 0;

const versions = (a: DemoArticle): [string, DemoArticleVersion][] =>
  a.ru
    ? [
        ["en", a.en],
        ["ru", a.ru],
      ]
    : [["en", a.en]];

const wordCount = (body: string): number =>
  body
    .replace(/<[^>]+>/g, " ")
    .split(/\s+/)
    .filter((w) => w.length > 0).length;

const allowedTags = new Set([
  "p",
  "h2",
  "h3",
  "blockquote",
  "cite",
  "ul",
  "ol",
  "li",
  "em",
  "strong",
  "a",
  "figure",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
]);

const keysOf = (kind: "section" | "country" | "topic"): Set<string> =>
  new Set(demoTags.filter((t) => t.kind === kind).map((t) => t.key));

describe("demo authors", () => {
  it("has at least four authors with unique keys and bilingual names and bios", () => {
    expect(demoAuthors.length).toBeGreaterThanOrEqual(4);
    expect(new Set(demoAuthors.map((a) => a.key)).size).toBe(demoAuthors.length);
    for (const a of demoAuthors) {
      expect(a.key).toMatch(/^[a-z0-9-]+$/);
      for (const text of [a.name.en, a.name.ru, a.bio.en, a.bio.ru]) expect(text.trim()).not.toBe("");
      expect(a.name.ru).toMatch(/[А-Яа-яЁё]/);
    }
  });
});

describe("demo tags", () => {
  it("has unique slug keys and names in both languages", () => {
    expect(new Set(demoTags.map((t) => t.key)).size).toBe(demoTags.length);
    for (const t of demoTags) {
      expect(t.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(t.name.en.trim()).not.toBe("");
      expect(t.name.ru).toMatch(/[А-Яа-яЁё]/);
    }
  });

  it("has the required sections", () => {
    const sections = keysOf("section");
    for (const key of ["politics", "economy", "society", "energy-environment", "culture"]) {
      expect(sections.has(key), key).toBe(true);
    }
  });

  it("has the Central Asian countries and neighbours with ISO codes", () => {
    const expected: Record<string, string> = {
      kazakhstan: "KZ",
      kyrgyzstan: "KG",
      tajikistan: "TJ",
      uzbekistan: "UZ",
      turkmenistan: "TM",
      afghanistan: "AF",
      china: "CN",
      russia: "RU",
    };
    for (const [key, code] of Object.entries(expected)) {
      const tag = demoTags.find((t) => t.key === key);
      expect(tag?.kind, key).toBe("country");
      expect(tag?.code, key).toBe(code);
    }
    for (const t of demoTags) {
      if (t.kind === "country") expect(t.code).toMatch(/^[A-Z]{2}$/);
      else expect(t.code).toBeUndefined();
    }
  });

  it("has a handful of topics", () => {
    const topics = keysOf("topic");
    expect(topics.size).toBeGreaterThanOrEqual(5);
    for (const key of ["water", "transport", "trade", "elections", "migration"]) {
      expect(topics.has(key), key).toBe(true);
    }
  });
});

describe("demo images", () => {
  it("has at least eight images with unique keys and files", () => {
    expect(demoImages.length).toBeGreaterThanOrEqual(8);
    expect(new Set(demoImages.map((i) => i.key)).size).toBe(demoImages.length);
    expect(new Set(demoImages.map((i) => i.file)).size).toBe(demoImages.length);
  });

  it.each(demoImages.map((i) => [i.key, i] as const))("%s is a small, self-contained SVG", (_key, image) => {
    const path = `${imagesDir}${image.file}`;
    expect(existsSync(path), path).toBe(true);
    expect(statSync(path).size).toBeLessThan(6 * 1024);
    const svg = readFileSync(path, "utf8").trim();
    expect(svg.startsWith("<svg") || svg.startsWith("<?xml")).toBe(true);
    expect(svg.endsWith("</svg>")).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toMatch(new RegExp(`viewBox="0 0 ${image.width} ${image.height}"`));
    expect(svg).toMatch(new RegExp(`<svg[^>]*\\swidth="${image.width}"`));
    expect(svg).toMatch(new RegExp(`<svg[^>]*\\sheight="${image.height}"`));
    expect(svg).toMatch(/<title>[^<]+<\/title>/);
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/\son[a-z]+=/i);
    expect(svg).not.toMatch(/(?:href|src)="(?!#)/);
    expect(svg).not.toMatch(/url\((?!#)/);
    expect(svg).not.toMatch(/@import|<foreignObject|<image/i);
    // Well-formed XML whose root is an <svg> element.
    const elements: string[] = [];
    const parser = new SaxesParser();
    parser.on("opentag", (tag) => {
      elements.push(tag.name);
    });
    expect(() => parser.write(svg).close()).not.toThrow();
    expect(elements[0]).toBe("svg");
    expect(elements).toContain("title");
  });

  it("has bilingual alt text, captions and a credit", () => {
    for (const i of demoImages) {
      for (const text of [i.alt.en, i.alt.ru, i.caption.en, i.caption.ru]) expect(text.trim()).not.toBe("");
      expect(i.alt.ru).toMatch(/[А-Яа-яЁё]/);
      expect(i.credit).toBe("Illustration: Steppe demo");
    }
  });
});

describe("demo articles", () => {
  const authorKeys = new Set(demoAuthors.map((a) => a.key));
  const imageKeys = new Set(demoImages.map((i) => i.key));
  const sections = keysOf("section");
  const countries = keysOf("country");
  const topics = keysOf("topic");

  it("has enough articles, spread across sections, countries and authors", () => {
    expect(demoArticles.length).toBeGreaterThanOrEqual(32);
    expect(new Set(demoArticles.map((a) => a.section)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(demoArticles.flatMap((a) => a.authors)).size).toBeGreaterThanOrEqual(3);
    expect(demoArticles.some((a) => a.authors.length > 1)).toBe(true);
    const used = new Set(demoArticles.flatMap((a) => a.countries));
    for (const key of ["kazakhstan", "kyrgyzstan", "tajikistan", "uzbekistan", "turkmenistan"]) {
      expect(used.has(key), key).toBe(true);
    }
  });

  it("uses every image at least once", () => {
    const used = new Set(
      demoArticles.flatMap((a) => [...(a.hero ? [a.hero] : []), ...figureKeys(a.en.body)]),
    );
    for (const i of demoImages) expect(used.has(i.key), i.key).toBe(true);
  });

  it("uses unique keys and titles", () => {
    expect(new Set(demoArticles.map((a) => a.key)).size).toBe(demoArticles.length);
    expect(new Set(demoArticles.map((a) => a.en.title)).size).toBe(demoArticles.length);
    const ruTitles = demoArticles.flatMap((a) => (a.ru ? [a.ru.title] : []));
    expect(new Set(ruTitles).size).toBe(ruTitles.length);
  });

  it("spreads publication times from fresh to a few months old", () => {
    const hours = demoArticles.map((a) => a.hoursAgo);
    for (const h of hours) {
      expect(Number.isInteger(h)).toBe(true);
      expect(h).toBeGreaterThanOrEqual(1);
      expect(h).toBeLessThanOrEqual(2200);
    }
    expect(Math.min(...hours)).toBeLessThanOrEqual(6);
    expect(Math.max(...hours)).toBeGreaterThanOrEqual(1500);
    expect(hours.filter((h) => h <= 72).length).toBeGreaterThanOrEqual(5);
  });

  it("has the required amount of rich content", () => {
    const bodies = demoArticles.map((a) => a.en.body);
    expect(demoArticles.filter((a) => a.ru).length).toBeGreaterThanOrEqual(6);
    expect(bodies.filter((b) => b.includes("<h2>")).length).toBeGreaterThanOrEqual(10);
    expect(bodies.filter((b) => b.includes("<blockquote>")).length).toBeGreaterThanOrEqual(8);
    expect(bodies.filter((b) => figureKeys(b).length > 0).length).toBeGreaterThanOrEqual(8);
    expect(demoArticles.filter((a) => a.hero).length).toBeGreaterThanOrEqual(8);
  });

  it.each(demoArticles.map((a) => [a.key, a] as const))("%s references existing keys", (_key, a) => {
    expect(a.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(sections.has(a.section), a.section).toBe(true);
    expect(a.countries.length).toBeGreaterThan(0);
    for (const c of a.countries) expect(countries.has(c), c).toBe(true);
    for (const t of a.topics) expect(topics.has(t), t).toBe(true);
    expect(a.authors.length).toBeGreaterThan(0);
    for (const au of a.authors) expect(authorKeys.has(au), au).toBe(true);
    if (a.hero !== undefined) {
      expect(imageKeys.has(a.hero), a.hero).toBe(true);
      expect(figureKeys(a.en.body), "hero repeated as a figure").not.toContain(a.hero);
    }
    for (const [, v] of versions(a)) {
      for (const f of figureKeys(v.body)) expect(imageKeys.has(f), f).toBe(true);
    }
  });

  it.each(demoArticles.map((a) => [a.key, a] as const))("%s has clean, well-sized bodies", (_key, a) => {
    for (const [lang, v] of versions(a)) {
      expect(v.title.trim(), lang).not.toBe("");
      expect(v.dek.trim(), lang).not.toBe("");
      const words = wordCount(v.body);
      expect(words, `${lang} words`).toBeGreaterThanOrEqual(lang === "en" ? 250 : 200);
      expect(words, `${lang} words`).toBeLessThanOrEqual(700);
      for (const m of v.body.matchAll(/<\/?([a-zA-Z0-9]+)([^>]*)>/g)) {
        const tag = m[1] ?? "";
        const attrs = (m[2] ?? "").trim();
        expect(allowedTags.has(tag), `${lang}: <${tag}>`).toBe(true);
        if (m[0].startsWith("</")) continue;
        if (tag === "a") expect(attrs, `${lang}: link`).toMatch(/^href="https:\/\/[^"\s]+"$/);
        else if (tag === "figure") expect(attrs).toMatch(/^data-media="[a-z0-9-]+"$/);
        else expect(attrs, `${lang}: <${tag} ${attrs}>`).toBe("");
      }
      for (const tag of [
        "p",
        "h2",
        "h3",
        "blockquote",
        "cite",
        "ul",
        "ol",
        "li",
        "em",
        "strong",
        "a",
        "table",
      ]) {
        expect(count(v.body, new RegExp(`<${tag}[ >]`, "g")), `${lang}: <${tag}> balanced`).toBe(
          count(v.body, new RegExp(`</${tag}>`, "g")),
        );
      }
      for (const q of v.body.match(/<blockquote>[\s\S]*?<\/blockquote>/g) ?? []) {
        expect(q, lang).toMatch(/^<blockquote><p>[\s\S]+<\/p><cite>[\s\S]+<\/cite><\/blockquote>$/);
      }
      expect(v.body).not.toContain("${");
    }
  });

  it.each(demoArticles.filter((a) => a.ru).map((a) => [a.key, a] as const))(
    "%s has a Russian version with the same structure",
    (_key, a) => {
      const ru = a.ru!;
      expect(ru.title).toMatch(/[А-Яа-яЁё]/);
      expect(figureKeys(ru.body)).toEqual(figureKeys(a.en.body));
      for (const tag of ["h2", "blockquote", "li", "table", "tr"]) {
        expect(count(ru.body, new RegExp(`<${tag}[ >]`, "g")), tag).toBe(
          count(a.en.body, new RegExp(`<${tag}[ >]`, "g")),
        );
      }
    },
  );
});
