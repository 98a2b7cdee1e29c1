import { describe, expect, it } from "vitest";
import {
  type AttachmentLookup,
  convertShortcodes,
  parseShortcodeAttributes,
  type ShortcodeAttachment,
} from "./shortcodes.js";

const images: ShortcodeAttachment[] = [
  {
    id: 21,
    url: "https://steppe.example/a.jpg",
    alt: "Степь",
    caption: "Степь <em>весной</em>",
    parentId: 11,
    menuOrder: 2,
  },
  { id: 22, url: "https://steppe.example/b.jpg", alt: "Горы", caption: null, parentId: 11, menuOrder: 1 },
  { id: 23, url: "https://steppe.example/c.jpg", alt: null, caption: null, parentId: 10, menuOrder: 0 },
];
const attachments: AttachmentLookup = {
  byId: (id) => images.find((image) => image.id === id),
  byParent: (parentId) => images.filter((image) => image.parentId === parentId),
};

describe("parseShortcodeAttributes", () => {
  it("reads every quoting style, positional values, lowercased keys and C escapes", () => {
    expect(
      parseShortcodeAttributes(` IDS="1,2" columns='4' link=file "full" 'x' bare title="a\\tb"`),
    ).toEqual({
      ids: "1,2",
      columns: "4",
      link: "file",
      "0": "full",
      "1": "x",
      "2": "bare",
      title: "a\tb",
    });
  });

  it("treats smart quotes and &quot; as quotes, and empties values with broken HTML", () => {
    expect(
      parseShortcodeAttributes('caption=\u201cПодпись\u201d width=&quot;300&quot; bad="<a href"'),
    ).toEqual({
      caption: "Подпись",
      width: "300",
      bad: "",
    });
  });
});

describe("convertShortcodes", () => {
  it("turns a new-style caption (text after the image) into figure + figcaption, keeping caption HTML", () => {
    const out = convertShortcodes(
      '[caption id="attachment_21" align="aligncenter" width="1200"]<a href="/big.jpg"><img src="/a.jpg" alt="Степь" /></a> Степь. Фото: <em>Айгерим</em>[/caption]',
    );
    expect(out.html).toBe(
      '<figure class="wp-caption aligncenter"><a href="/big.jpg"><img src="/a.jpg" alt="Степь" /></a><figcaption>Степь. Фото: <em>Айгерим</em></figcaption></figure>',
    );
    expect(out.counts).toEqual({ caption: 1 });
  });

  it("turns an old-style caption attribute into a figcaption", () => {
    const out = convertShortcodes(
      '[caption id="attachment_23" align="alignleft" width="300" caption="Старый стиль"]<img src="/c.jpg" />[/caption]',
    );
    expect(out.html).toBe(
      '<figure class="wp-caption alignleft"><img src="/c.jpg" /><figcaption>Старый стиль</figcaption></figure>',
    );
  });

  it("leaves a caption without caption text as the bare image, like WordPress", () => {
    expect(convertShortcodes('[caption width="300"]<img src="/c.jpg" />[/caption]').html).toBe(
      '<img src="/c.jpg" />',
    );
  });

  it("builds a gallery from ids in the given order, with captions and columns", () => {
    const out = convertShortcodes('[gallery ids="22,21" columns="2"]', { attachments });
    expect(out.html).toBe(
      '<figure class="gallery gallery-columns-2"><figure class="gallery-item"><img src="https://steppe.example/b.jpg" alt="Горы"></figure><figure class="gallery-item"><img src="https://steppe.example/a.jpg" alt="Степь"><figcaption>Степь <em>весной</em></figcaption></figure></figure>',
    );
    expect(out.counts).toEqual({ gallery: 1 });
  });

  it("builds a gallery without ids from the post's attached images in menu order", () => {
    const out = convertShortcodes("[gallery]", { postId: 11, attachments });
    expect(out.html.match(/src="[^"]+"/g)).toEqual([
      'src="https://steppe.example/b.jpg"',
      'src="https://steppe.example/a.jpg"',
    ]);
    expect(convertShortcodes('[gallery id="10"]', { postId: 11, attachments }).html).toContain("c.jpg");
  });

  it("reports missing gallery images and removes an empty gallery", () => {
    const partial = convertShortcodes('[gallery ids="21,999"]', { attachments });
    expect(partial.html).toContain("a.jpg");
    expect(partial.warnings).toEqual(["gallery: attachment(s) 999 not found"]);
    const empty = convertShortcodes("Before [gallery] after", { postId: 5, attachments });
    expect(empty.html).toBe("Before  after");
    expect(empty.warnings).toEqual(["gallery: no images found; the gallery was removed"]);
  });

  it("keeps [[escaped]] shortcodes as literal text without converting them", () => {
    const out = convertShortcodes("Write [[gallery]] or [[caption]x[/caption]] to try.", { attachments });
    expect(out.html).toBe("Write [gallery] or [caption]x[/caption] to try.");
    expect(out.counts).toEqual({});
    expect(out.unknown).toEqual({});
  });

  it("unwraps unknown enclosing shortcodes, drops unknown self-closing ones, and counts both", () => {
    const out = convertShortcodes(
      '[vc_row][vc_column]Текст[/vc_column][/vc_row] [contact-form-7 id="5" /] [gravityform id=1]',
    );
    expect(out.html).toBe("Текст  ");
    expect(out.unknown).toEqual({ vc_row: 1, vc_column: 1, "contact-form-7": 1, gravityform: 1 });
  });

  it("leaves prose in brackets alone: [sic], footnotes, capitalised and Cyrillic words", () => {
    const text = "Цитата [sic] и сноска [1], [Update] и [Обновлено].";
    expect(convertShortcodes(text)).toEqual({ html: text, counts: {}, unknown: {}, warnings: [] });
  });

  it("never parses brackets inside HTML tags or comments", () => {
    const html = '<a title="[gallery]" href="#">x</a> <!-- [gallery] -->';
    expect(convertShortcodes(html, { postId: 11, attachments }).html).toBe(html);
  });

  it("turns [embed] and bare URL lines into link paragraphs, never iframes", () => {
    const out = convertShortcodes(
      '[embed width="640"]https://vimeo.com/1[/embed]\nIntro\nhttps://youtu.be/x?a=1&b=2\n<p>https://x.kz/p</p>',
    );
    expect(out.html).toBe(
      '<p class="wp-embed"><a href="https://vimeo.com/1">https://vimeo.com/1</a></p>\nIntro\n<p class="wp-embed"><a href="https://youtu.be/x?a=1&amp;b=2">https://youtu.be/x?a=1&amp;b=2</a></p>\n<p class="wp-embed"><a href="https://x.kz/p">https://x.kz/p</a></p>',
    );
    expect(out.counts).toEqual({ embed: 1, autoembed: 2 });
    expect(out.html).not.toContain("iframe");
    expect(convertShortcodes("[embed]javascript:alert(1)[/embed]").html).toBe("javascript:alert(1)");
  });

  it("turns [video] and [audio] into native players with a fallback link and safe URLs only", () => {
    const out = convertShortcodes(
      '[video width="640" mp4="https://x.kz/v.mp4" poster="javascript:alert(1)"][/video] [audio mp3="https://x.kz/a.mp3"]',
    );
    expect(out.html).toBe(
      '<figure class="wp-video"><video controls preload="metadata" src="https://x.kz/v.mp4"><a href="https://x.kz/v.mp4">https://x.kz/v.mp4</a></video></figure> <figure class="wp-audio"><audio controls preload="metadata" src="https://x.kz/a.mp3"><a href="https://x.kz/a.mp3">https://x.kz/a.mp3</a></audio></figure>',
    );
    expect(out.counts).toEqual({ video: 1, audio: 1 });
    const unsafe = convertShortcodes('[audio src="javascript:alert(1)"]');
    expect(unsafe.html).toBe("");
    expect(unsafe.warnings[0]).toContain("no usable source URL");
  });

  it("handles an unclosed tag followed by a long text without hanging", () => {
    const long = `[caption ${"a".repeat(20)}] ${"слово [x ".repeat(5000)}`;
    const started = Date.now();
    convertShortcodes(long);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
