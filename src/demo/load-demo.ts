import fs from "node:fs";
import path from "node:path";
import type { ArticleService, ArticleStore } from "../articles/index.js";
import { zonedParts } from "../core/dates.js";
import type { RateStore } from "../rates/index.js";
import { demoArticles, demoAuthors, demoImages, demoTags } from "./content/index.js";
import { demoRates } from "./demo-rates.js";
import type { DemoArticleVersion, DemoImage, DemoLanguage } from "./types.js";

export interface DemoLoadOptions {
  articles: ArticleService;
  articleStore: ArticleStore;
  rates: RateStore;
  mediaDir: string;
  timeZone: string;
  now: Date;
}

export interface DemoLoadReport {
  articles: number;
  translations: number;
  authors: number;
  tags: number;
  images: number;
  rates: number;
  skipped: number;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Expands `<figure data-media="KEY"></figure>` into a figure with the image, caption and credit. */
function expandFigures(body: string, images: Map<string, DemoImage>, language: DemoLanguage): string {
  return body.replace(/<figure data-media="([^"]+)"><\/figure>/g, (_whole, key: string) => {
    const image = images.get(key);
    if (image === undefined) throw new Error(`Demo content refers to an unknown image "${key}"`);
    return (
      `<figure><img src="/media/demo/${image.file}" width="${image.width}" height="${image.height}" alt="${escapeHtml(image.alt[language])}">` +
      `<figcaption>${escapeHtml(image.caption[language])} <span class="credit">${escapeHtml(image.credit)}</span></figcaption></figure>`
    );
  });
}

/**
 * Loads the demo newsroom through the normal article service (so it takes the same write path
 * as an editor). Idempotent: articles already loaded (by their demo key) are skipped.
 *
 * @example
 * const report = await loadDemo({ articles, articleStore, rates, mediaDir, timeZone, now: new Date() });
 */
export async function loadDemo(options: DemoLoadOptions): Promise<DemoLoadReport> {
  const { articles, articleStore, rates, now } = options;
  const nowIso = now.toISOString();
  const sourceDir = new URL("./images/", import.meta.url).pathname;
  const targetDir = path.join(options.mediaDir, "demo");
  fs.mkdirSync(targetDir, { recursive: true });

  const imageIds = new Map<string, number>();
  const images = new Map(demoImages.map((i) => [i.key, i]));
  const authorIds = new Map<string, number>();
  const tagIds = new Map<string, number>();
  await articleStore.transaction(async (trx) => {
    for (const image of demoImages) {
      fs.copyFileSync(path.join(sourceDir, image.file), path.join(targetDir, image.file));
      const id = await articleStore.upsertMedia(
        trx,
        {
          path: `demo/${image.file}`,
          mime: "image/svg+xml",
          width: image.width,
          height: image.height,
          alt: image.alt.en,
          altRu: image.alt.ru,
          caption: image.caption.en,
          captionRu: image.caption.ru,
          credit: image.credit,
          sourceKey: `demo:image:${image.key}`,
        },
        nowIso,
      );
      imageIds.set(image.key, id);
    }
    for (const author of demoAuthors) {
      const id = await articleStore.upsertAuthor(
        trx,
        {
          slug: author.key,
          name: author.name.en,
          nameRu: author.name.ru,
          bio: author.bio.en,
          bioRu: author.bio.ru,
        },
        nowIso,
      );
      authorIds.set(author.key, id);
    }
    for (const tag of demoTags) {
      const id = await articleStore.upsertTag(
        trx,
        { kind: tag.kind, slug: tag.key, name: tag.name.en, nameRu: tag.name.ru, code: tag.code ?? null },
        nowIso,
      );
      tagIds.set(tag.key, id);
    }
  });

  const report: DemoLoadReport = {
    articles: 0,
    translations: 0,
    authors: demoAuthors.length,
    tags: demoTags.length,
    images: demoImages.length,
    rates: 0,
    skipped: 0,
  };
  const lookup = (map: Map<string, number>, key: string, what: string): number => {
    const id = map.get(key);
    if (id === undefined) throw new Error(`Demo content refers to an unknown ${what} "${key}"`);
    return id;
  };

  for (const demo of demoArticles) {
    const publishedAt = new Date(now.getTime() - demo.hoursAgo * 3_600_000).toISOString();
    const common = {
      status: "published" as const,
      publishedAt,
      authorIds: demo.authors.map((k) => lookup(authorIds, k, "author")),
      tagIds: [demo.section, ...demo.countries, ...demo.topics].map((k) => lookup(tagIds, k, "tag")),
      heroMediaId: demo.hero === undefined ? null : lookup(imageIds, demo.hero, "image"),
    };
    const input = (version: DemoArticleVersion, language: DemoLanguage) => ({
      ...common,
      language,
      title: version.title,
      dek: version.dek,
      body: expandFigures(version.body, images, language),
      sourceKey: `demo:${language}:${demo.key}`,
      revisionNote: "demo content",
    });
    let englishId = await articleStore.findIdBySourceKey(`demo:en:${demo.key}`);
    if (englishId === null) {
      englishId = (await articles.create(input(demo.en, "en"))).id;
      report.articles++;
    } else {
      report.skipped++;
    }
    if (demo.ru !== undefined) {
      if ((await articleStore.findIdBySourceKey(`demo:ru:${demo.key}`)) === null) {
        await articles.create({ ...input(demo.ru, "ru"), translationOf: englishId });
        report.translations++;
      } else {
        report.skipped++;
      }
    }
  }

  const p = zonedParts(now, options.timeZone);
  const today = `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
  report.rates = await rates.upsert(demoRates(today, 120, nowIso));
  return report;
}
