const CYRILLIC = /^\p{Script=Cyrillic}$/u;
const LATIN = /^\p{Script=Latin}$/u;
const UNKNOWN = 255;
/**
 * The script of each BMP code point met so far: 1 Cyrillic, 2 Latin, 0 neither, UNKNOWN not yet
 * classified. An array index rather than a map look-up: Russian text is nearly all non-ASCII.
 */
const bmpScripts = new Uint8Array(0x10000).fill(UNKNOWN);

function scriptByRegex(codePoint: number): number {
  const ch = String.fromCodePoint(codePoint);
  return CYRILLIC.test(ch) ? 1 : LATIN.test(ch) ? 2 : 0;
}

function classify(codePoint: number): number {
  if (codePoint > 0xffff) return scriptByRegex(codePoint);
  let script = bmpScripts[codePoint] as number;
  if (script === UNKNOWN) {
    script = scriptByRegex(codePoint);
    bmpScripts[codePoint] = script;
  }
  return script;
}

/**
 * Tells Russian from English by script: Cyrillic letters outnumbering Latin ones mean "ru".
 * Kazakh, Kyrgyz or Tajik Cyrillic also come out as "ru"; the platform has two languages.
 *
 * Counts exactly what `/\p{Script=Cyrillic}/gu` and `/\p{Script=Latin}/gu` match, in one pass over
 * the code points (an import runs this for every post; two regex match arrays cost ~50x more).
 *
 * @example
 * detectLanguage("Концерт в парке") // "ru"
 */
export function detectLanguage(text: string): "en" | "ru" {
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      // ASCII: the Latin-script characters are exactly the letters.
      const lower = code | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) latin += 1;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i += 1;
      }
    }
    const script = classify(code);
    if (script === 1) cyrillic += 1;
    else if (script === 2) latin += 1;
  }
  return cyrillic > latin ? "ru" : "en";
}
