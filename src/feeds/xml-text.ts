/**
 * Small text helpers shared by the XML writers: escaping, removing characters XML 1.0 forbids,
 * and media types by file extension.
 */

/**
 * Escapes text for XML (and HTML) element content and attribute values.
 *
 * @example
 * escapeXml('Fish & "chips" <now>'); // "Fish &amp; &quot;chips&quot; &lt;now&gt;"
 */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * Removes the control characters XML 1.0 does not allow (anything below U+0020 except tab,
 * newline and carriage return, and U+FFFE/U+FFFF): one stray byte from an imported post would
 * otherwise make the whole feed unreadable.
 *
 * @example
 * stripInvalidXmlChars("a\u0007b"); // "ab"
 */
export function stripInvalidXmlChars(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching those characters is the point.
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}

const MEDIA_TYPES: Record<string, string> = {
  svg: "image/svg+xml",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
};

/**
 * The media type of an image path by its extension ("application/octet-stream" when unknown).
 *
 * @example
 * mediaTypeOf("demo/tram.svg"); // "image/svg+xml"
 */
export function mediaTypeOf(path: string): string {
  const ext = path.split(/[?#]/)[0]?.split(".").pop()?.toLowerCase() ?? "";
  return MEDIA_TYPES[ext] ?? "application/octet-stream";
}
