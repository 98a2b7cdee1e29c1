/**
 * Reads a saved WordPress REST API dump: a directory of JSON files (or one file) holding
 * `/wp-json/wp/v2/posts` (or pages) responses, plus users, categories, tags and media when
 * present, and yields the same records as the WXR reader.
 *
 * - Files are recognised by shape, not name: posts have `title` + `content`, media `source_url`,
 *   terms `taxonomy`, users `slug` + `name`. A file holds an array or a single object.
 * - Everything is validated (zod) before the first record is yielded, so a bad file stops the
 *   import before anything is written: IMPORT_BAD_JSON names the file and the JSON path.
 * - Post files are read twice (validate, then emit) so only one file is in memory at a time;
 *   users, terms and media are kept in maps (they are needed to resolve ids in posts).
 * - `date_gmt` has no `Z` in WordPress responses; it is read as UTC.
 * - `_embedded` authors, terms and featured media fill in what the separate files lack.
 * - `content.raw` (context=edit dumps) is preferred; otherwise `content.rendered` with
 *   `contentFormat: "rendered"` so the converter does not add paragraphs twice.
 */

import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { AppError } from "../../core/errors.js";
import type {
  WpAttachment,
  WpAuthor,
  WpItem,
  WpItemTerm,
  WpReadWarning,
  WpRecord,
  WpSite,
  WpTerm,
} from "./types.js";
import { gmtToIso, resolveItemDate } from "./wp-dates.js";

/** Options for {@link readRestDump}. */
export interface ReadRestDumpOptions {
  /** IANA zone of the site, used only when a post has no `date_gmt`. */
  timeZone?: string;
  /** Site address, when the dump's `_links` do not reveal it. */
  siteUrl?: string;
  onWarning?: (warning: WpReadWarning) => void;
}

const Rendered = z.object({ rendered: z.string(), raw: z.string().optional() });
const OptionalDate = z.string().nullish();

const UserSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  slug: z.string(),
});

const TermSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  slug: z.string(),
  taxonomy: z.string(),
  parent: z.number().int().optional(),
  description: z.string().optional(),
});

const SizeSchema = z.object({
  file: z.string(),
  width: z.number().nullish(),
  height: z.number().nullish(),
  mime_type: z.string().optional(),
});

const MediaSchema = z.object({
  id: z.number().int(),
  date: OptionalDate,
  date_gmt: OptionalDate,
  modified: OptionalDate,
  modified_gmt: OptionalDate,
  slug: z.string().default(""),
  status: z.string().default("inherit"),
  link: z.string().optional(),
  guid: Rendered.partial().optional(),
  title: Rendered.optional(),
  author: z.number().int().optional(),
  caption: Rendered.optional(),
  description: Rendered.optional(),
  alt_text: z.string().optional(),
  source_url: z.string(),
  post: z.number().int().nullish(),
  media_details: z
    .object({
      width: z.number().nullish(),
      height: z.number().nullish(),
      file: z.string().optional(),
      sizes: z.record(z.string(), SizeSchema).optional(),
    })
    .optional(),
});

const PostSchema = z.object({
  id: z.number().int(),
  date: OptionalDate,
  date_gmt: OptionalDate,
  modified: OptionalDate,
  modified_gmt: OptionalDate,
  guid: Rendered.partial().optional(),
  slug: z.string().default(""),
  status: z.string().default("publish"),
  type: z.string().default("post"),
  link: z.string().optional(),
  title: Rendered,
  content: Rendered,
  excerpt: Rendered.optional(),
  author: z.number().int().optional(),
  featured_media: z.number().int().optional(),
  parent: z.number().int().optional(),
  menu_order: z.number().int().optional(),
  sticky: z.boolean().optional(),
  categories: z.array(z.number().int()).optional(),
  tags: z.array(z.number().int()).optional(),
  meta: z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())]).optional(),
  yoast_head_json: z.object({ title: z.string().optional(), description: z.string().optional() }).optional(),
  _embedded: z.record(z.string(), z.unknown()).optional(),
  _links: z.unknown().optional(),
});

type RestPost = z.infer<typeof PostSchema>;
type RestMedia = z.infer<typeof MediaSchema>;
type FileKind = "posts" | "users" | "terms" | "media";

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  ndash: "\u2013",
  mdash: "\u2014",
  hellip: "\u2026",
  laquo: "\u00ab",
  raquo: "\u00bb",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201c",
  rdquo: "\u201d",
};

/** REST titles and term names come HTML-escaped (and texturized); records hold plain text. */
function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));/gi, (whole, hex: string, dec: string, name: string) => {
      if (hex || dec) {
        const code = hex ? Number.parseInt(hex, 16) : Number(dec);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .trim();
}

function jsonPath(segments: readonly PropertyKey[]): string {
  let out = "$";
  for (const seg of segments) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (typeof seg === "string" && /^[A-Za-z_$][\w$]*$/.test(seg)) out += `.${seg}`;
    else out += `[${JSON.stringify(String(seg))}]`;
  }
  return out;
}

function validate<T>(schema: z.ZodType<T>, data: unknown, file: string): T[] {
  const list = Array.isArray(data) ? data : [data];
  const result = z.array(schema).safeParse(list);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const segments = Array.isArray(data) ? (issue?.path ?? []) : (issue?.path ?? []).slice(1);
  const where = jsonPath(segments);
  throw new AppError("IMPORT_BAD_JSON", `${file}: ${where}: ${issue?.message ?? "invalid"}`, {
    details: { file, path: where },
  });
}

function classify(data: unknown, file: string): FileKind | null {
  const first: unknown = Array.isArray(data) ? data[0] : data;
  if (first === undefined) return null;
  if (typeof first !== "object" || first === null) {
    throw new AppError(
      "IMPORT_BAD_JSON",
      `${file}: $: expected WordPress REST objects, got ${typeof first}`,
      {
        details: { file, path: "$" },
      },
    );
  }
  if ("source_url" in first) return "media";
  if ("taxonomy" in first) return "terms";
  if ("title" in first && "content" in first) return "posts";
  if ("slug" in first && "name" in first) return "users";
  throw new AppError(
    "IMPORT_UNSUPPORTED",
    `${file}: not a WordPress REST posts, pages, users, categories, tags or media response.`,
    { details: { file } },
  );
}

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(file, "utf8");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError("IMPORT_BAD_JSON", `${file}: $: not valid JSON (${(error as Error).message})`, {
      details: { file, path: "$" },
      cause: error,
    });
  }
}

async function listFiles(target: string): Promise<string[]> {
  const info = await stat(target).catch(() => null);
  if (!info) {
    throw new AppError(
      "IMPORT_FILE_NOT_FOUND",
      `${target}: no such file or directory; check the dump path.`,
      {
        details: { file: target },
      },
    );
  }
  if (info.isFile()) return [target];
  const names = (await readdir(target)).filter((name) => name.toLowerCase().endsWith(".json")).sort();
  return names.map((name) => path.join(target, name));
}

function siteFromLinks(data: unknown): string | null {
  const found = /"href"\s*:\s*"(https?:[^"]*?)\\?\/wp-json\//.exec(JSON.stringify(data));
  return found?.[1]?.replace(/\\\//g, "/") ?? null;
}

function toAuthor(user: z.infer<typeof UserSchema>): WpAuthor {
  return {
    kind: "author",
    id: user.id,
    login: user.slug,
    email: null,
    displayName: htmlToText(user.name) || null,
    firstName: null,
    lastName: null,
  };
}

function toAttachmentItem(media: RestMedia): WpItem {
  const details = media.media_details;
  const attachment: WpAttachment = {
    url: media.source_url,
    alt: media.alt_text || null,
    file: details?.file ?? null,
    width: details?.width ?? null,
    height: details?.height ?? null,
    sizes: Object.entries(details?.sizes ?? {}).map(([name, size]) => ({
      name,
      file: size.file,
      width: size.width ?? null,
      height: size.height ?? null,
      mimeType: size.mime_type ?? null,
    })),
  };
  return {
    kind: "item",
    source: "rest",
    id: media.id,
    type: "attachment",
    status: media.status,
    title: htmlToText(media.title?.raw ?? media.title?.rendered ?? ""),
    link: media.link ?? null,
    guid: media.guid?.rendered ?? null,
    slug: media.slug,
    creator: null,
    authors: [],
    content: media.description?.raw ?? media.description?.rendered ?? "",
    contentFormat: media.description?.raw !== undefined ? "raw" : "rendered",
    excerpt: (media.caption?.raw ?? media.caption?.rendered ?? "").trim(),
    dateGmt: gmtToIso(media.date_gmt),
    dateSource: gmtToIso(media.date_gmt) ? "gmt" : "none",
    postDate: media.date ? media.date.replace("T", " ") : null,
    modifiedGmt: gmtToIso(media.modified_gmt),
    parentId: media.post && media.post > 0 ? media.post : null,
    menuOrder: 0,
    sticky: false,
    terms: [],
    meta: [],
    featuredImageId: null,
    seo: { title: null, description: null },
    attachment,
  };
}

/** Users, terms and media collected from the dump, to resolve ids in posts. */
interface Lookups {
  users: Map<number, WpAuthor>;
  terms: Map<number, z.infer<typeof TermSchema>>;
  media: Map<number, RestMedia>;
}

function harvestEmbedded(post: RestPost, lookups: Lookups): void {
  const embedded = post._embedded ?? {};
  const authors = z.array(z.unknown()).safeParse(embedded.author);
  for (const candidate of authors.success ? authors.data : []) {
    const user = UserSchema.safeParse(candidate);
    if (user.success && !lookups.users.has(user.data.id))
      lookups.users.set(user.data.id, toAuthor(user.data));
  }
  const media = z.array(z.unknown()).safeParse(embedded["wp:featuredmedia"]);
  for (const candidate of media.success ? media.data : []) {
    const parsed = MediaSchema.safeParse(candidate);
    if (parsed.success && !lookups.media.has(parsed.data.id)) lookups.media.set(parsed.data.id, parsed.data);
  }
  const termGroups = z.array(z.array(z.unknown())).safeParse(embedded["wp:term"]);
  for (const candidate of termGroups.success ? termGroups.data.flat() : []) {
    const term = TermSchema.safeParse(candidate);
    if (term.success && !lookups.terms.has(term.data.id)) lookups.terms.set(term.data.id, term.data);
  }
}

function toPostItem(post: RestPost, lookups: Lookups, options: ReadRestDumpOptions, file: string): WpItem {
  const terms: WpItemTerm[] = [];
  for (const [ids, taxonomy] of [
    [post.categories ?? [], "category"],
    [post.tags ?? [], "post_tag"],
  ] as const) {
    for (const id of ids) {
      const term = lookups.terms.get(id);
      if (term) {
        terms.push({ domain: term.taxonomy, nicename: term.slug, label: htmlToText(term.name) });
      } else {
        options.onWarning?.({
          code: "unknown-term",
          message: `post ${post.id}: ${taxonomy} ${id} is not in the dump; dropped`,
          where: file,
        });
      }
    }
  }
  const creator = post.author !== undefined ? (lookups.users.get(post.author)?.login ?? null) : null;
  const metaEntries = post.meta && !Array.isArray(post.meta) ? Object.entries(post.meta) : [];
  const { dateGmt, dateSource } = resolveItemDate(
    {
      postDate: post.date ?? null,
      postDateGmt: post.date_gmt ?? null,
      hasPostDateGmt: true,
      pubDate: null,
      postModified: post.modified ?? null,
      postModifiedGmt: post.modified_gmt ?? null,
    },
    options.timeZone,
  );
  return {
    kind: "item",
    source: "rest",
    id: post.id,
    type: post.type,
    status: post.status,
    title: post.title.raw ?? htmlToText(post.title.rendered),
    link: post.link ?? null,
    guid: post.guid?.raw ?? post.guid?.rendered ?? null,
    slug: post.slug,
    creator,
    authors: creator ? [creator] : [],
    content: post.content.raw ?? post.content.rendered,
    contentFormat: post.content.raw !== undefined ? "raw" : "rendered",
    excerpt: (post.excerpt?.raw ?? post.excerpt?.rendered ?? "").trim(),
    dateGmt,
    dateSource,
    postDate: post.date ? post.date.replace("T", " ") : null,
    modifiedGmt: gmtToIso(post.modified_gmt),
    parentId: post.parent && post.parent > 0 ? post.parent : null,
    menuOrder: post.menu_order ?? 0,
    sticky: post.sticky ?? false,
    terms,
    meta: metaEntries.map(([key, value]) => ({
      key,
      value: typeof value === "string" ? value : JSON.stringify(value),
    })),
    featuredImageId: post.featured_media && post.featured_media > 0 ? post.featured_media : null,
    seo: {
      title: post.yoast_head_json?.title ?? null,
      description: post.yoast_head_json?.description ?? null,
    },
    attachment: null,
  };
}

/**
 * Reads a REST dump (directory or single JSON file) and yields the site, authors, terms,
 * attachments, then posts and pages.
 *
 * @throws AppError IMPORT_FILE_NOT_FOUND, IMPORT_BAD_JSON (`file: $[0].title.rendered: what`,
 *   details `{ file, path }`), IMPORT_UNSUPPORTED (a JSON file that is not a REST response).
 * @example
 * for await (const record of readRestDump("/data/wp-json-dump")) {
 *   if (record.kind === "item") await writer.add(record);
 * }
 */
export async function* readRestDump(
  target: string,
  options: ReadRestDumpOptions = {},
): AsyncGenerator<WpRecord> {
  const files = await listFiles(target);
  const lookups: Lookups = { users: new Map(), terms: new Map(), media: new Map() };
  const postFiles: string[] = [];
  let siteUrl = options.siteUrl ?? null;

  for (const file of files) {
    const data = await readJson(file);
    const kind = classify(data, file);
    siteUrl ??= siteFromLinks(data);
    if (kind === "posts") {
      for (const post of validate(PostSchema, data, file)) harvestEmbedded(post, lookups);
      postFiles.push(file);
    } else if (kind === "users") {
      for (const user of validate(UserSchema, data, file)) lookups.users.set(user.id, toAuthor(user));
    } else if (kind === "terms") {
      for (const term of validate(TermSchema, data, file)) lookups.terms.set(term.id, term);
    } else if (kind === "media") {
      for (const media of validate(MediaSchema, data, file)) lookups.media.set(media.id, media);
    }
  }

  const site: WpSite = {
    kind: "site",
    source: "rest",
    wxrVersion: null,
    title: null,
    link: siteUrl,
    description: null,
    language: null,
    baseSiteUrl: siteUrl,
    baseBlogUrl: siteUrl,
  };
  yield site;
  yield* lookups.users.values();
  const slugs = new Map(
    [...lookups.terms.values()].map((term) => [`${term.taxonomy}:${term.id}`, term.slug]),
  );
  for (const term of lookups.terms.values()) {
    const record: WpTerm = {
      kind: "term",
      taxonomy: term.taxonomy,
      id: term.id,
      slug: term.slug,
      name: htmlToText(term.name),
      parentSlug: term.parent ? (slugs.get(`${term.taxonomy}:${term.parent}`) ?? null) : null,
      description: term.description || null,
    };
    yield record;
  }
  for (const media of lookups.media.values()) yield toAttachmentItem(media);
  const seen = new Set<number>();
  for (const file of postFiles) {
    for (const post of validate(PostSchema, await readJson(file), file)) {
      if (seen.has(post.id)) {
        options.onWarning?.({
          code: "duplicate-record",
          message: `post ${post.id} appears twice`,
          where: file,
        });
        continue;
      }
      seen.add(post.id);
      yield toPostItem(post, lookups, options, file);
    }
  }
}
