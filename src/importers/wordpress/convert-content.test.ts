import path from "node:path";
import { describe, expect, it } from "vitest";
import { sanitizeBody } from "../../articles/index.js";
import { createAttachmentLookup } from "./attachment-lookup.js";
import { autop } from "./autop.js";
import { convertContent } from "./convert-content.js";
import { hasBlocks, stripBlockComments } from "./gutenberg.js";
import type { WpItem } from "./types.js";
import { readWxr } from "./wxr-reader.js";

describe("autop", () => {
  it("makes paragraphs from blank lines and <br /> from single newlines", () => {
    expect(autop("First line\nsecond line\n\nNew paragraph")).toBe(
      "<p>First line<br />\nsecond line</p>\n<p>New paragraph</p>\n",
    );
  });

  it("leaves block elements and <pre> alone", () => {
    const out = autop("Intro\n<pre>a\n\nb</pre>\n\n<ul>\n<li>x</li>\n</ul>\n<blockquote>Quote</blockquote>");
    expect(out).toBe(
      "<p>Intro</p>\n<pre>a\n\nb</pre>\n<ul>\n<li>x</li>\n</ul>\n<blockquote><p>Quote</p></blockquote>\n",
    );
  });

  it("keeps newlines inside tags and does not break figures into paragraphs", () => {
    expect(autop('<a\nhref="/x">link</a> text')).toBe('<p><a\nhref="/x">link</a> text</p>\n');
    expect(
      autop('<figure class="wp-caption"><img src="/a.jpg"><figcaption>Подпись</figcaption></figure>'),
    ).toBe('<figure class="wp-caption"><img src="/a.jpg"><figcaption>Подпись</figcaption></figure>\n');
  });

  it("returns nothing for whitespace", () => {
    expect(autop(" \n\n ")).toBe("");
  });
});

describe("gutenberg", () => {
  it("detects blocks and strips their comments, counting blocks and void blocks", () => {
    const content =
      '<!-- wp:paragraph -->\n<p>Абзац</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:jetpack/slideshow {"ids":[1,2]} -->\n<div>s</div>\n<!-- /wp:jetpack/slideshow -->\n\n<!-- wp:latest-posts {"postsToShow":3} /-->';
    expect(hasBlocks(content)).toBe(true);
    expect(hasBlocks("Classic\n\ntext <!-- more -->")).toBe(false);
    expect(stripBlockComments(content)).toEqual({
      html: "<p>Абзац</p>\n\n<div>s</div>",
      blocks: { "core/paragraph": 1, "jetpack/slideshow": 1 },
      voidBlocks: { "core/latest-posts": 1 },
    });
  });
});

describe("convertContent", () => {
  async function fixtureItems(): Promise<WpItem[]> {
    const items: WpItem[] = [];
    const file = path.resolve(process.cwd(), "test/fixtures/wordpress/steppe-wxr-1.2.xml");
    for await (const record of readWxr(file)) if (record.kind === "item") items.push(record);
    return items;
  }

  it("converts a classic Cyrillic post: captions, bare URL, escaped and unknown shortcodes, paragraphs", async () => {
    const items = await fixtureItems();
    const post = items.find((i) => i.id === 10);
    if (!post) throw new Error("post 10 missing");
    const { html, report } = convertContent(post.content, {
      postId: 10,
      attachments: createAttachmentLookup(items),
    });
    expect(report.editor).toBe("classic");
    expect(report.shortcodes).toEqual({ caption: 2, autoembed: 1 });
    expect(report.unknownShortcodes).toEqual({ vc_row: 1, vc_column: 1, "contact-form-7": 1 });
    expect(html).toContain(
      "<p>Национальный банк Казахстана сообщил об укреплении тенге.<br />\nКурс снизился до 440 тенге за доллар.</p>",
    );
    expect(html).toContain("<figcaption>Степь под Алматы. Фото: <em>Айгерим</em></figcaption></figure>");
    expect(html).toContain("<figcaption>Старый стиль подписи</figcaption>");
    expect(html).toContain('<a href="https://www.youtube.com/watch?v=steppe123">');
    expect(html).toContain("напишите [gallery] в тексте.");
    expect(html).toContain("Текст внутри конструктора");
    expect(html).toContain("Цитата [sic] остаётся как есть.");
    expect(html).not.toMatch(/\[(?:caption|vc_row|contact-form-7)/);
    expect(html).not.toMatch(/<p>\s*<figure/);
  });

  it("keeps a linked image that has a paragraph of its own, through the sanitizer", () => {
    // How the classic editor inserts an image without a caption: a link to the full size around
    // it, on a line of its own, which autop then wraps in a paragraph with no text.
    const content =
      'Вступление.\n\n<a href="https://steppe.example/wp-content/uploads/2024/05/big.jpg"><img class="alignnone size-medium wp-image-30" src="https://steppe.example/wp-content/uploads/2024/05/small.jpg" alt="Степь" width="300" height="200" /></a>\n\nПродолжение.';
    const { html } = convertContent(content, { postId: 1, attachments: createAttachmentLookup([]) });
    expect(sanitizeBody(html)).toBe(
      "<p>Вступление.</p>\n" +
        '<p><a href="https://steppe.example/wp-content/uploads/2024/05/big.jpg" rel="noopener noreferrer">' +
        '<img src="https://steppe.example/wp-content/uploads/2024/05/small.jpg" alt="Степь" width="300" height="200" loading="lazy" /></a></p>\n' +
        "<p>Продолжение.</p>",
    );
  });

  it("converts galleries with and without ids, media and embeds from the fixture", async () => {
    const items = await fixtureItems();
    const post = items.find((i) => i.id === 11);
    if (!post) throw new Error("post 11 missing");
    const { html, report } = convertContent(post.content, {
      postId: 11,
      attachments: createAttachmentLookup(items),
    });
    expect(report.shortcodes).toEqual({ gallery: 2, video: 1, audio: 1, embed: 1 });
    expect(html.match(/<figure class="gallery gallery-columns-(\d)">/g)).toEqual([
      '<figure class="gallery gallery-columns-2">',
      '<figure class="gallery gallery-columns-3">',
    ]);
    expect(html).toContain("<figcaption>Степь весной</figcaption>");
    expect(html).toContain(
      '<video controls preload="metadata" src="https://steppe.example/media/report.mp4">',
    );
    expect(html).toContain(
      '<audio controls preload="metadata" src="https://steppe.example/media/interview.mp3">',
    );
    expect(html).toContain('<a href="https://vimeo.com/123456">');
    expect(html).not.toMatch(/<script|<iframe/);
  });

  it("does not add paragraphs to a Gutenberg post, but still converts its shortcode block", async () => {
    const items = await fixtureItems();
    const post = items.find((i) => i.id === 12);
    if (!post) throw new Error("post 12 missing");
    const { html, report } = convertContent(post.content, {
      postId: 12,
      attachments: createAttachmentLookup(items),
    });
    expect(report.editor).toBe("blocks");
    expect(report.blocks).toMatchObject({ "core/paragraph": 1, "core/image": 1, "core/shortcode": 1 });
    expect(report.voidBlocks).toEqual({ "core/latest-posts": 1 });
    expect(html).toContain("<p>Первый абзац блочного редактора.\nСтрока без br.</p>");
    expect(html).not.toContain("<br />");
    expect(html).not.toContain("<!-- wp:");
    expect(html).toContain(
      '<figure class="gallery gallery-columns-3"><figure class="gallery-item"><img src="https://steppe.example/wp-content/uploads/2024/05/mountains.jpg" alt="Горы">',
    );
  });

  it("gives REST rendered HTML the shortcode pass only, and removes more markers", () => {
    const { html, report } = convertContent(
      '<p>Тенге.</p>\n<p>[gravityform id="3"]</p>\n<!--more-->\n<p>Дальше</p>',
      {
        format: "rendered",
      },
    );
    expect(report.editor).toBe("rendered");
    expect(report.unknownShortcodes).toEqual({ gravityform: 1 });
    expect(report.markersRemoved).toBe(1);
    expect(html).toBe("<p>Тенге.</p>\n<p></p>\n\n<p>Дальше</p>");
  });
});
