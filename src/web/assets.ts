import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export interface Asset {
  /** Public URL with a content hash: "/assets/site.3f2a9c1b.css". */
  url: string;
  body: Buffer;
  contentType: string;
}

const TYPES: Record<string, string> = {
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
};

/**
 * Loads the site's static assets into memory once at start-up, naming each by a hash of its
 * content so browsers may cache them for a year: a changed file gets a new URL.
 *
 * @example
 * const assets = loadAssets(new URL("./assets/", import.meta.url));
 * assets.get("site.css")?.url; // "/assets/site.3f2a9c1b.css"
 */
export function loadAssets(dir: URL): Map<string, Asset> {
  const folder = dir.pathname;
  const assets = new Map<string, Asset>();
  for (const name of fs.readdirSync(folder)) {
    const ext = path.extname(name);
    const contentType = TYPES[ext];
    if (contentType === undefined) continue;
    const body = fs.readFileSync(path.join(folder, name));
    const hash = createHash("sha256").update(body).digest("hex").slice(0, 10);
    const stem = name.slice(0, -ext.length);
    assets.set(name, { url: `/assets/${stem}.${hash}${ext}`, body, contentType });
  }
  return assets;
}
