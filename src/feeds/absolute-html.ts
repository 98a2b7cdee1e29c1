import sanitizeHtml from "sanitize-html";

const URL_ATTRIBUTES = ["href", "src", "poster", "cite"] as const;

/**
 * Makes a URL absolute against the site URL. Absolute URLs (any scheme), fragments and
 * protocol-relative URLs are left alone; feed readers show content away from our site, where a
 * relative "/media/x.svg" would point at the reader's own host.
 *
 * @example
 * absoluteUrl("/media/demo/tram.svg", "https://news.example.org"); // "https://news.example.org/media/demo/tram.svg"
 */
export function absoluteUrl(value: string, siteUrl: string): string {
  const url = value.trim();
  if (url === "" || url.startsWith("#") || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//"))
    return url;
  try {
    return new URL(url, `${siteUrl}/`).toString();
  } catch {
    return url;
  }
}

function absoluteSrcset(value: string, siteUrl: string): string {
  return value
    .split(",")
    .map((candidate) => {
      const [url = "", ...descriptor] = candidate.trim().split(/\s+/);
      return [absoluteUrl(url, siteUrl), ...descriptor].join(" ");
    })
    .join(", ");
}

/**
 * Rewrites relative `href`, `src`, `srcset`, `poster` and `cite` attributes of an (already
 * sanitized) HTML fragment to absolute URLs. Everything else passes through unchanged: bodies
 * were cleaned against the allow-list when they were stored.
 *
 * @example
 * absolutizeHtml('<img src="/media/a.svg">', "https://news.example.org"); // '<img src="https://news.example.org/media/a.svg" />'
 */
export function absolutizeHtml(html: string, siteUrl: string): string {
  return sanitizeHtml(html, {
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    transformTags: {
      "*": (tagName, attribs) => {
        const next = { ...attribs };
        for (const name of URL_ATTRIBUTES) {
          const value = next[name];
          if (value !== undefined) next[name] = absoluteUrl(value, siteUrl);
        }
        if (next.srcset !== undefined) next.srcset = absoluteSrcset(next.srcset, siteUrl);
        return { tagName, attribs: next };
      },
    },
  });
}
