/**
 * The records both WordPress readers (WXR and REST) produce, so the writer downstream has one
 * input shape. Readers never touch the database; they stream these plain objects.
 *
 * @example
 * for await (const record of readWxr("export.xml")) {
 *   if (record.kind === "item" && record.type === "post") console.info(record.title);
 * }
 */

/** Where the records came from. `rest` content is already rendered by WordPress. */
export type WpSource = "wxr" | "rest";

/** Channel header of an export (or what a REST dump tells about the site). */
export interface WpSite {
  kind: "site";
  source: WpSource;
  /** "1.0", "1.1" or "1.2" for WXR; null for REST dumps. */
  wxrVersion: string | null;
  title: string | null;
  link: string | null;
  description: string | null;
  language: string | null;
  baseSiteUrl: string | null;
  baseBlogUrl: string | null;
}

/** A user who wrote content. In WXR 1.0 only `login` is known (from `dc:creator`). */
export interface WpAuthor {
  kind: "author";
  id: number | null;
  login: string;
  email: string | null;
  displayName: string | null;
  firstName: string | null;
  lastName: string | null;
}

/** A taxonomy term: `category`, `post_tag`, or a custom taxonomy (`nav_menu` included). */
export interface WpTerm {
  kind: "term";
  taxonomy: string;
  id: number | null;
  slug: string;
  name: string;
  /** The parent's slug (WXR writes slugs, not ids); null for top-level terms. */
  parentSlug: string | null;
  description: string | null;
}

/** A term assigned to an item: `<category domain nicename>label</category>`. */
export interface WpItemTerm {
  /** Taxonomy: `category`, `post_tag` (WXR 1.0 `tag` is normalised to it), or custom. */
  domain: string;
  nicename: string;
  label: string;
}

/** One post meta row, in export order. Values are raw strings (PHP-serialized ones too). */
export interface WpMeta {
  key: string;
  value: string;
}

/** One generated size of an image attachment (from `_wp_attachment_metadata`). */
export interface WpImageSize {
  name: string;
  file: string;
  width: number | null;
  height: number | null;
  mimeType: string | null;
}

/** What is known about an attachment item's file. */
export interface WpAttachment {
  url: string | null;
  alt: string | null;
  /** Path relative to the uploads folder, e.g. `2019/11/photo.jpg`. */
  file: string | null;
  width: number | null;
  height: number | null;
  sizes: WpImageSize[];
}

/**
 * How `dateGmt` was found: `gmt` from `wp:post_date_gmt` (or REST `date_gmt`), `pubDate` from the
 * RSS date when no GMT field exists, `local+timeZone` from `wp:post_date` in the configured site
 * zone, `local+modifiedOffset` from `wp:post_date` shifted by the item's own
 * `post_modified - post_modified_gmt` offset; `none` when no instant could be derived.
 */
export type WpDateSource = "gmt" | "pubDate" | "local+timeZone" | "local+modifiedOffset" | "none";

/** A post, page, attachment, nav menu item or custom post type entry. */
export interface WpItem {
  kind: "item";
  source: WpSource;
  id: number;
  /** `post`, `page`, `attachment`, `nav_menu_item` or a custom post type. */
  type: string;
  /** `publish`, `draft`, `pending`, `private`, `future`, `inherit`, `trash`... as exported. */
  status: string;
  title: string;
  link: string | null;
  guid: string | null;
  slug: string;
  /** The `dc:creator` login (REST: the author's slug); null when absent. */
  creator: string | null;
  /** All author logins/nicenames in order: Co-Authors Plus terms when present, else the creator. */
  authors: string[];
  content: string;
  /** `raw` = post_content as stored (blocks, shortcodes); `rendered` = REST HTML after filters. */
  contentFormat: "raw" | "rendered";
  excerpt: string;
  /** UTC instant as ISO 8601 (`2010-10-16T20:53:18.000Z`), or null. See WpDateSource. */
  dateGmt: string | null;
  dateSource: WpDateSource;
  /** Site-local wall time as exported (`2010-10-16 20:53:18`), or null. */
  postDate: string | null;
  modifiedGmt: string | null;
  /** `wp:post_parent`; null when 0 or absent. */
  parentId: number | null;
  menuOrder: number;
  sticky: boolean;
  terms: WpItemTerm[];
  meta: WpMeta[];
  /** `_thumbnail_id` (REST: `featured_media`); null when absent or 0. */
  featuredImageId: number | null;
  /** Yoast SEO `_yoast_wpseo_title` / `_yoast_wpseo_metadesc` (REST: `yoast_head_json`). */
  seo: { title: string | null; description: string | null };
  /** Set for attachments (or any item with `wp:attachment_url`). */
  attachment: WpAttachment | null;
}

/** Everything a reader yields. */
export type WpRecord = WpSite | WpAuthor | WpTerm | WpItem;

/** A problem a reader recovered from; the import goes on. */
export interface WpReadWarning {
  code:
    | "invalid-characters"
    | "incomplete-record"
    | "bad-date"
    | "unknown-term"
    | "bad-meta"
    | "duplicate-record";
  message: string;
  /** Source position when known (WXR line, or REST file). */
  where: string | null;
}
