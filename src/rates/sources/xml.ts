/**
 * Bytes of a bank's XML response to a small element tree, or a RATES_BAD_RESPONSE that says
 * what came instead (nothing, an HTML error page, JSON, broken or truncated XML).
 *
 * The documents are a few kilobytes, so the SAX events of `saxes` are collected into a tree
 * that the parsers walk; nothing here looks at XML with regular expressions except the
 * encoding label in the XML declaration, which has to be read before the text can be decoded.
 */
import { SaxesParser } from "saxes";
import { badResponse, isHtmlPage, type ParseContext, quote } from "./fields.js";

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text and CDATA, not its descendants'. */
  text: string;
}

/**
 * Decodes with the encoding the XML declaration names (a BOM wins; without either, UTF-8 if the
 * bytes are valid UTF-8, else the bank's usual encoding), parses, and checks the root's name.
 *
 * @example readXml(bytes, { source: "nbkr" }, { root: "CurrencyRates", encoding: "windows-1251" })
 */
export function readXml(
  bytes: Uint8Array,
  ctx: ParseContext,
  expected: { root: string; encoding: string },
): XmlElement {
  const wanted = `expected XML with <${expected.root}>`;
  const text = decodeXml(bytes, ctx, expected.encoding);
  const start = text.trimStart();
  if (start === "") {
    throw badResponse(ctx, `${wanted}, got an empty body (${bytes.length} bytes)`, { bytes: bytes.length });
  }
  if (isHtmlPage(start)) {
    throw badResponse(ctx, `${wanted}, got an HTML page (${quote(start)})`, { excerpt: start.slice(0, 200) });
  }
  if (!start.startsWith("<")) {
    const kind = start.startsWith("{") || start.startsWith("[") ? "JSON" : "text";
    throw badResponse(ctx, `${wanted}, got ${kind} (${quote(start)})`, { excerpt: start.slice(0, 200) });
  }

  const root = parseTree(start, ctx, wanted);
  if (root.name !== expected.root) {
    const got = root.name.toLowerCase() === "html" ? "an HTML page" : `<${root.name}>`;
    throw badResponse(ctx, `${wanted}, got ${got} (${quote(start)})`, { root: root.name });
  }
  return root;
}

/** The first child called `name`, if any. */
export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

/** All children called `name`. */
export function children(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** The text of the required child `name`; a missing or empty one is a bad response. */
export function requiredChildText(
  ctx: ParseContext,
  element: XmlElement,
  name: string,
  where: string,
): string {
  const found = child(element, name);
  if (found === undefined) throw badResponse(ctx, `${where} has no <${name}>`, { missing: name });
  const text = found.text.trim();
  if (text === "") throw badResponse(ctx, `${where} has an empty <${name}>`, { missing: name });
  return text;
}

/** The required attribute `name`; a missing or empty one is a bad response. */
export function requiredAttribute(
  ctx: ParseContext,
  element: XmlElement,
  name: string,
  where: string,
): string {
  const value = element.attributes[name]?.trim() ?? "";
  if (value === "") throw badResponse(ctx, `${where} has no ${name} attribute`, { missing: name });
  return value;
}

function decodeXml(bytes: Uint8Array, ctx: ParseContext, fallback: string): string {
  const declared = detectEncoding(bytes);
  if (declared === undefined) {
    // Undeclared: valid UTF-8 is taken as UTF-8 (an error page usually is), anything else as
    // the bank's usual encoding. windows-1251 Cyrillic is practically never valid UTF-8.
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return new TextDecoder(fallback).decode(bytes);
    }
  }
  let decoder: TextDecoder;
  try {
    // Not fatal: one stray byte in a currency's name must not take the whole feed offline;
    // the values themselves are ASCII and are checked one by one afterwards.
    decoder = new TextDecoder(declared);
  } catch {
    throw badResponse(ctx, `the XML declares the encoding ${quote(declared)}, which is not supported`, {
      encoding: declared,
    });
  }
  return decoder.decode(bytes);
}

/** The encoding from a BOM or the XML declaration, or undefined when neither says. */
function detectEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  // The declaration is ASCII in every ASCII-compatible encoding, so latin1 reads it safely.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 256)).trimStart();
  if (!head.startsWith("<?xml")) return undefined;
  const declaration = head.slice(0, head.indexOf("?>") + 1 || head.length);
  return /\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(declaration)?.[1];
}

function parseTree(text: string, ctx: ParseContext, wanted: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false, position: true } as const);
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on("opentag", (tag) => {
    const element: XmlElement = { name: tag.name, attributes: { ...tag.attributes }, children: [], text: "" };
    const parent = stack[stack.length - 1];
    if (parent === undefined) root = element;
    else parent.children.push(element);
    stack.push(element);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  const appendText = (t: string) => {
    const current = stack[stack.length - 1];
    if (current !== undefined) current.text += t;
  };
  parser.on("text", appendText);
  parser.on("cdata", appendText);
  try {
    parser.write(text).close();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw badResponse(ctx, `${wanted}, but the XML is malformed or cut off (${reason})`, {
      xmlError: reason,
    });
  }
  if (root === undefined) throw badResponse(ctx, `${wanted}, got no element at all`);
  return root;
}
