import fs from "node:fs";
import path from "node:path";
import type { TestDialect } from "./databases.js";
import { hoursAgo, openTestNewsroom, type TestNewsroom } from "./newsroom.js";

/** A newsroom with enough published articles to fill feeds and split sitemaps. */
export interface SyndicationNewsroom extends TestNewsroom {
  lead: { id: number; slug: string; title: string };
  russian: { id: number; slug: string; title: string };
  /** Titles that must never appear publicly. */
  hidden: string[];
  /** How many English / Russian articles are public. */
  counts: { en: number; ru: number };
}

export const OLDER_STORIES = 35;
export const AWKWARD_TITLE = 'Tariffs & <quotas>: what "]]>" means for traders';

/**
 * Opens a test newsroom (real SQLite file) and publishes: an English lead with a hero image, a
 * figure and a relative link; its Russian translation; an article with a title full of XML
 * specials; 35 older English stories one day apart; plus a draft and a scheduled story.
 */
export async function openSyndicationNewsroom(dialect: TestDialect = "sqlite"): Promise<SyndicationNewsroom> {
  const newsroom = await openTestNewsroom({ dialect });
  const { articles, ids, config } = newsroom;
  fs.writeFileSync(
    path.join(config.mediaDir, "test", "chart.svg"),
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><title>Chart</title><rect width="4" height="4"/></svg>',
  );
  const lead = await articles.create({
    language: "en",
    title: "Reservoir levels rise on the Naryn",
    dek: "Spring melt refills the cascade ahead of the irrigation season.",
    body:
      '<p>Water managers reported higher inflows. See <a href="/tag/water">our water coverage</a>.</p>' +
      '<figure><img src="/media/test/chart.svg" width="400" height="400" alt="Inflow chart"><figcaption>Inflows by month.</figcaption></figure>' +
      "<p>The cascade is filling faster than last year.</p>",
    status: "published",
    publishedAt: hoursAgo(2),
    authorIds: [ids.authors.aida, ids.authors.timur],
    tagIds: [ids.tags.economy, ids.tags.kyrgyzstan, ids.tags.water],
    heroMediaId: ids.media.dam,
  });
  const russian = await articles.create({
    language: "ru",
    title: "Уровень водохранилищ на Нарыне растёт",
    dek: "Весеннее таяние наполняет каскад.",
    body: "<p>Водохозяйственники сообщили о росте притока.</p>",
    status: "published",
    publishedAt: hoursAgo(1),
    authorIds: [ids.authors.aida],
    tagIds: [ids.tags.economy, ids.tags.kyrgyzstan],
    translationOf: lead.id,
  });
  await articles.create({
    language: "en",
    title: AWKWARD_TITLE,
    dek: "Quotas <b>and</b> tariffs & what they cost.",
    body: "<p>Customs rules change on Monday.</p>",
    status: "published",
    publishedAt: hoursAgo(3),
    authorIds: [ids.authors.timur],
    tagIds: [ids.tags.economy, ids.tags.kazakhstan],
  });
  for (let i = 1; i <= OLDER_STORIES; i++) {
    await articles.create({
      language: "en",
      title: `Grain exports update number ${i}`,
      body: `<p>Shipment report ${i} from the northern elevators.</p>`,
      status: "published",
      publishedAt: hoursAgo(24 * i + 5),
      authorIds: [ids.authors.timur],
      tagIds: [ids.tags.politics, ids.tags.kazakhstan],
    });
  }
  await articles.create({
    language: "en",
    title: "Secret draft about the Naryn",
    body: "<p>Not ready.</p>",
    status: "draft",
    authorIds: [ids.authors.aida],
    tagIds: [ids.tags.economy],
  });
  await articles.create({
    language: "en",
    title: "Scheduled story for tomorrow",
    body: "<p>Embargoed.</p>",
    status: "scheduled",
    publishedAt: new Date(Date.now() + 86_400_000).toISOString(),
    tagIds: [ids.tags.economy],
  });
  return {
    ...newsroom,
    lead: { id: lead.id, slug: lead.slug, title: "Reservoir levels rise on the Naryn" },
    russian: { id: russian.id, slug: russian.slug, title: "Уровень водохранилищ на Нарыне растёт" },
    hidden: ["Secret draft about the Naryn", "Scheduled story for tomorrow"],
    counts: { en: OLDER_STORIES + 2, ru: 1 },
  };
}

/** Pulls attributes of every `<link>` tag out of a page's head. */
export function linkTags(html: string): Record<string, string>[] {
  return [...html.matchAll(/<link\s([^>]*?)\/?>/g)].map((m) => {
    const attrs: Record<string, string> = {};
    for (const a of (m[1] ?? "").matchAll(/([\w:-]+)="([^"]*)"/g))
      attrs[a[1] ?? ""] = decodeEntities(a[2] ?? "");
    return attrs;
  });
}

/** Pulls `<meta property|name=... content=...>` pairs out of a page. */
export function metaTags(html: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of html.matchAll(/<meta\s([^>]*?)\/?>/g)) {
    const attrs = Object.fromEntries(
      [...(m[1] ?? "").matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1] ?? "", decodeEntities(a[2] ?? "")]),
    );
    const key = attrs.property ?? attrs.name;
    if (key !== undefined && attrs.content !== undefined && !out.has(key)) out.set(key, attrs.content);
  }
  return out;
}

/** Pulls the JSON-LD blocks out of a page. */
export function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (m) => JSON.parse(m[1] ?? "{}") as Record<string, unknown>,
  );
}

/** The page's <title>. */
export function titleOf(html: string): string {
  return decodeEntities(/<title>(.*?)<\/title>/s.exec(html)?.[1] ?? "");
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
