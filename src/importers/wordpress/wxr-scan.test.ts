import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createGazetteer } from "../../search/index.js";
import { type AttachmentEntry, attachmentEntry } from "./attachment-index.js";
import { createWxrProducer } from "./wxr-producer.js";
import { streamWxr } from "./wxr-reader.js";
import {
  planScanSplit,
  type ScanSplit,
  scanWxr,
  scanWxrRange,
  scanWxrSplit,
  type WxrScan,
} from "./wxr-scan.js";
import { startScanHalf } from "./wxr-scan-half.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "steppe-scan-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** What the first pass must find, taken from the strict reader. */
async function strictScan(file: string): Promise<WxrScan> {
  const result: WxrScan = { sites: [], attachments: [], items: 0, failed: false };
  try {
    await streamWxr(
      file,
      (record) => {
        if (record.kind === "site") result.sites.push(record);
        else if (record.kind === "item") {
          if (record.type === "attachment") result.attachments.push(attachmentEntry(record));
          else if (record.type === "post" || record.type === "page") result.items += 1;
        }
      },
      { timeZone: "Asia/Almaty" },
    );
  } catch {
    result.failed = true;
  }
  return result;
}

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

const HEAD = (ns = 'xmlns:wp="http://wordpress.org/export/1.2/"') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" ${ns} xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel><title>T &amp; S</title><link>https://old.example</link><language>ru-RU</language><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://old.example</wp:base_site_url>\n`;

const ATTACHMENT = (id: number, extra = "") => `<item>
<title><![CDATA[Photo ${id}]]></title>
<excerpt:encoded><![CDATA[Caption <em>${id}</em>]]></excerpt:encoded>
<wp:post_id>${id}</wp:post_id>
<wp:post_parent>7</wp:post_parent>
<wp:menu_order>2</wp:menu_order>
<wp:post_type><![CDATA[attachment]]></wp:post_type>
<wp:attachment_url><![CDATA[https://old.example/wp-content/uploads/2024/05/p${id}.jpg]]></wp:attachment_url>
<wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value><![CDATA[Alt ${id}]]></wp:meta_value></wp:postmeta>
<wp:postmeta><wp:meta_key>_wp_attachment_metadata</wp:meta_key><wp:meta_value><![CDATA[a:3:{s:5:"width";i:800;s:6:"height";i:533;s:5:"sizes";a:1:{s:5:"thumb";a:3:{s:4:"file";s:12:"p${id}-150.jpg";s:5:"width";i:150;s:6:"height";i:150;}}}]]></wp:meta_value></wp:postmeta>
${extra}</item>
`;

describe("scanWxr (the fast first pass)", () => {
  it("finds exactly what the strict reader finds in every WordPress fixture", async () => {
    const dirs = [path.resolve("../shared/fixtures/wordpress"), path.resolve("test/fixtures/wordpress")];
    const files = dirs.flatMap((d) =>
      fs
        .readdirSync(d)
        .filter((f) => f.endsWith(".xml"))
        .map((f) => path.join(d, f)),
    );
    files.push(path.resolve("test/fixtures/import/malformed-fourth-post.xml"));
    for (const file of files)
      expect(await scanWxr(file, { timeZone: "Asia/Almaty" }), file).toEqual(await strictScan(file));
  });

  it("agrees on line ends, entities, namespaces, comments and markup, whatever the chunk boundaries", async () => {
    const text =
      `${HEAD()}<!-- a comment with <item> inside -->\r\n<?php echo 1; ?>` +
      ATTACHMENT(
        41,
        "<wp:comment><wp:comment_content><![CDATA[skipped]]></wp:comment_content></wp:comment>\r\n",
      ) +
      `<item xmlns:w2="http://wordpress.org/export/1.2/"><title>A &lt;b&gt; &#x41;&#66;\r\nline</title><w2:post_id>42</w2:post_id>` +
      `<w2:post_type>attachment</w2:post_type><w2:attachment_url>https://old.example/a?x=1&amp;y=2</w2:attachment_url>` +
      `<excerpt:encoded><![CDATA[one]]><!-- between -->two<![CDATA[ three]]></excerpt:encoded><category domain="category" nicename="news">News &gt; all</category><wp:empty/></item>\n` +
      `<item><title>Post</title><wp:post_id>43</wp:post_id><wp:post_type>post</wp:post_type><content:encoded><![CDATA[<p>a ]] b</p>]]></content:encoded></item>\n` +
      `<item><title>No id</title><wp:post_type>post</wp:post_type></item>\n` +
      `<item><title>Page</title><wp:post_id>44</wp:post_id><wp:post_type><![CDATA[page]]></wp:post_type><guid isPermaLink="false">a>b</guid></item>\n` +
      `<wp:category><wp:term_id>3</wp:term_id><wp:category_nicename>news</wp:category_nicename></wp:category>\n` +
      `</channel>\n</rss>\n`;
    const file = write("edges.xml", text);
    const strict = await strictScan(file);
    expect(strict.failed).toBe(false);
    expect(strict.attachments.map((a) => a.id)).toEqual([41, 42]);
    expect(strict.items).toBe(2);
    for (const chunkSize of [1, 2, 3, 7, 64, 1000, 256 * 1024])
      expect(await scanWxr(file, { chunkSize }), `chunks of ${chunkSize}`).toEqual(strict);
  });

  it("agrees on what the character filter repairs, in UTF-8 and in a legacy encoding", async () => {
    const body = (id: number) =>
      ATTACHMENT(id).replace(
        `<title><![CDATA[Photo ${id}]]></title>`,
        `<title>Фото ${id} &amp; R&D &nbsp;&#x0;\u0001ok</title>`,
      ) +
      `<item><title>Пост</title><wp:post_id>${id + 1}</wp:post_id><wp:post_type>post</wp:post_type>` +
      `<content:encoded><![CDATA[<p>тело \u0002 ]]]]><![CDATA[> конец</p>]]></content:encoded></item>\n`;
    const utf8Text = `\uFEFF${HEAD()}${body(41)}</channel></rss>\n`;
    const utf8 = write("filtered-utf8.xml", utf8Text);
    const legacy = path.join(dir, "filtered-1251.xml");
    // The Cyrillic of this text re-encoded as windows-1251 by hand (one byte a letter).
    const cp1251 = (text: string) =>
      Buffer.from(
        [...text].map((ch) => {
          const code = ch.codePointAt(0) as number;
          if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
          if (code > 0x7f) throw new Error(`not in the test's windows-1251 subset: ${ch}`);
          return code;
        }),
      );
    fs.writeFileSync(
      legacy,
      cp1251(utf8Text.slice(1).replace('encoding="UTF-8"', 'encoding="windows-1251"')),
    );
    for (const file of [utf8, legacy]) {
      const strict = await strictScan(file);
      expect(strict.failed, file).toBe(false);
      expect(strict.attachments[0]?.title, file).toBe("Фото 41 & R&D &nbsp;ok");
      expect(strict.items, file).toBe(1);
      for (const chunkSize of [1, 5, 64, 256 * 1024])
        expect(await scanWxr(file, { chunkSize }), `${file} in chunks of ${chunkSize}`).toEqual(strict);
    }
  });

  it("stops where the file stops being readable, keeping what it found before", async () => {
    const truncated = write("truncated.xml", `${HEAD()}${ATTACHMENT(41)}${ATTACHMENT(42).slice(0, 120)}`);
    const mismatched = write(
      "mismatched.xml",
      `${HEAD()}${ATTACHMENT(41)}<item><title>x</titel></item></channel></rss>`,
    );
    const doctype = write(
      "doctype.xml",
      `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x "y">]>${HEAD().slice(22)}</channel></rss>`,
    );
    const noVersion = write(
      "noversion.xml",
      `${HEAD().replace("<wp:wxr_version>1.2</wp:wxr_version>", "")}${ATTACHMENT(41)}</channel></rss>`,
    );
    for (const file of [truncated, mismatched, doctype, noVersion]) {
      const scan = await scanWxr(file);
      expect(scan.failed, file).toBe(true);
      expect(scan, file).toEqual(await strictScan(file));
    }
    expect((await scanWxr(path.join(dir, "missing.xml"))).failed).toBe(true);
  });

  it("hands the attachments out in pieces, in file order, when asked (the worker thread's way)", async () => {
    const items = Array.from({ length: 2_300 }, (_, i) => ATTACHMENT(100 + i)).join("");
    const file = write("many.xml", `${HEAD()}${items}</channel></rss>`);
    const whole = await scanWxr(file);
    const seen: AttachmentEntry[] = [];
    const streamed = await scanWxr(file, { onAttachment: (entry) => seen.push(entry) });
    expect(streamed.attachments).toEqual([]);
    expect(seen).toEqual(whole.attachments);
    expect({ ...streamed, attachments: seen }).toEqual(whole);

    const producer = createWxrProducer({
      timeZone: "UTC",
      gazetteer: createGazetteer([]),
      processBodies: false,
    });
    try {
      const pieces: number[] = [];
      const handed: AttachmentEntry[] = [];
      const scan = await producer.scanFile(file, undefined, (entries) => {
        pieces.push(entries.length);
        handed.push(...entries);
      });
      expect(pieces).toEqual([1_000, 1_000, 300]);
      expect(handed).toEqual(whole.attachments);
      expect(scan.attachments).toEqual([]);
    } finally {
      await producer.close();
    }
  });

  describe("split in two halves (scanWxrSplit)", () => {
    /** The second half run in this thread, as the thread would run it. */
    const inThread = (file: string) => (split: ScanSplit) => ({
      done: scanWxrRange(file, split),
      bytes: () => 0,
      cancel: async () => undefined,
    });
    const POST = (id: number, body: string) =>
      `<item><title>Post ${id}</title><content:encoded><![CDATA[${body}]]></content:encoded><wp:post_id>${id}</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status></item>\n`;
    const offsets = (text: string, needle: string): number[] => {
      const found: number[] = [];
      for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1))
        found.push(Buffer.byteLength(text.slice(0, at)));
      return found;
    };

    it("finds what the whole pass finds wherever the split falls, item boundary or not", async () => {
      const text = `${HEAD()}<!-- an <item> in a comment -->\n${ATTACHMENT(1)}${POST(2, "Текст <item> внутри")}${ATTACHMENT(3)}<!-- <item> -->${POST(4, "]]]]><![CDATA[> и <item>")}${ATTACHMENT(5)}${POST(6, "конец")}</channel></rss>\n`;
      const file = write("split.xml", text);
      const whole = await scanWxr(file);
      expect(whole.attachments).toHaveLength(3);
      const starts = offsets(text, "<item>");
      for (const headerEnd of starts)
        for (const start of starts.filter((s) => s > headerEnd)) {
          const split = { headerEnd, start };
          expect(await scanWxrSplit(file, split, inThread(file)), JSON.stringify(split)).toEqual(whole);
        }
    });

    it("gives a broken file's result too, and reads on alone when the second half cannot run", async () => {
      const broken = write(
        "split-broken.xml",
        `${HEAD()}${ATTACHMENT(1)}${ATTACHMENT(2)}${ATTACHMENT(3)}<item><title>x</titel>`,
      );
      const text = fs.readFileSync(broken, "utf8");
      const [headerEnd, , start] = offsets(text, "<item>") as [number, number, number];
      expect(await scanWxrSplit(broken, { headerEnd, start }, inThread(broken))).toEqual(
        await scanWxr(broken),
      );
      const file = write(
        "split-ok.xml",
        `${HEAD()}${ATTACHMENT(1)}${ATTACHMENT(2)}${ATTACHMENT(3)}</channel></rss>`,
      );
      const unavailable = () => ({
        done: Promise.reject(new Error("no thread")),
        bytes: () => 0,
        cancel: async () => undefined,
      });
      expect(await scanWxrSplit(file, { headerEnd, start }, unavailable)).toEqual(await scanWxr(file));
    });

    it("plans the split at the first item and the first past the middle, and runs the half in a thread", async () => {
      const items = Array.from({ length: 40 }, (_, i) =>
        i % 2 === 0 ? ATTACHMENT(10 + i) : POST(10 + i, "x".repeat(i * 50)),
      ).join("");
      const text = `${HEAD()}${items}</channel></rss>`;
      const file = write("split-plan.xml", text);
      const size = fs.statSync(file).size;
      const split = await planScanSplit(file, size);
      const starts = offsets(text, "<item>");
      expect(split).toEqual({ headerEnd: starts[0], start: starts.find((s) => s >= Math.floor(size / 2)) });
      expect(await planScanSplit(write("no-items.xml", `${HEAD()}</channel></rss>`), 500)).toBeNull();
      const whole = await scanWxr(file);
      const seen: AttachmentEntry[] = [];
      const scan = await scanWxrSplit(file, split as ScanSplit, (s) => startScanHalf(file, s, undefined), {
        onAttachment: (entry) => seen.push(entry),
      });
      expect({ ...scan, attachments: seen }).toEqual(whole);
    });
  });
});
