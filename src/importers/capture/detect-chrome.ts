import { wordTokens } from "./fold-text.js";

interface ChromeRule {
  reason: string;
  test(line: string, words: string[]): boolean;
}

const PAGER_WORDS = new Set([
  "prev",
  "previous",
  "next",
  "older",
  "newer",
  "posts",
  "entries",
  "page",
  "first",
  "last",
  "назад",
  "вперед",
  "далее",
  "следующая",
  "предыдущая",
  "первая",
  "последняя",
  "страница",
  "стр",
]);
const SOCIAL_WORDS = new Set([
  "share",
  "facebook",
  "twitter",
  "x",
  "telegram",
  "whatsapp",
  "vk",
  "вконтакте",
  "ok",
  "одноклассники",
  "instagram",
  "youtube",
  "linkedin",
  "email",
  "e",
  "mail",
  "print",
  "печать",
  "copy",
  "link",
  "threads",
  "поделиться",
  "viber",
  "reddit",
]);
const SECTION_LABELS = new Set([
  "related",
  "related articles",
  "read also",
  "see also",
  "most read",
  "popular",
  "latest news",
  "more news",
  "advertisement",
  "ad",
  "читайте также",
  "популярное",
  "самое читаемое",
  "последние новости",
  "реклама",
  "другие новости",
  "по теме",
  "search",
  "поиск",
  "menu",
  "меню",
]);

const RULES: ChromeRule[] = [
  {
    reason: "search-result header or counter",
    test: (line) =>
      /^[\p{L}\s:]{0,40}\d+\s*[-–—]\s*\d+\s+(?:of|из)\s+\d+[\p{L}\s.]{0,20}$/iu.test(line) ||
      /^(?:search results|результаты поиска|найдено|nothing found|ничего не найдено)(?![\p{L}\p{N}]).{0,60}$/iu.test(
        line,
      ) ||
      /^\d+\s+(?:results?|результат(?:ов|а)?)(?:\s+found)?\.?$/iu.test(line),
  },
  {
    reason: "pagination",
    test: (line, words) =>
      /^(?:page|страница|стр\.)\s*\d+\s*(?:of|из)\s*\d+$/iu.test(line) ||
      (words.length > 0 &&
        words.length <= 14 &&
        words.every((word) => /^\d+$/.test(word) || PAGER_WORDS.has(word)) &&
        (/[«»‹›←→<>]|\.\.\.|…/u.test(line) || words.some((word) => PAGER_WORDS.has(word)))),
  },
  {
    reason: "share or subscribe line",
    test: (line, words) =>
      (words.length <= 16 &&
        /^(?:share|share this|поделиться|tweet|subscribe|подписаться|подпишитесь|follow us|следите за нами|мы в соцсетях|join us|читайте нас|sign up for)(?![\p{L}\p{N}])/iu.test(
          line,
        )) ||
      (words.length > 0 && words.length <= 12 && words.every((word) => SOCIAL_WORDS.has(word))),
  },
  {
    reason: "read-more link",
    test: (line) =>
      /^(?:read more|continue reading|читать далее|читать полностью|подробнее)(?![\p{L}\p{N}]).{0,30}$/iu.test(
        line,
      ),
  },
  {
    reason: "copyright or cookie notice",
    test: (line, words) =>
      (words.length <= 30 && /©|\(c\)\s*\d{4}|all rights reserved|все права защищены/iu.test(line)) ||
      (words.length <= 40 && /we use cookies|uses cookies|используем (?:файлы )?cookie/iu.test(line)),
  },
  {
    reason: "tag list",
    test: (line) => /^(?:tags|теги|метки)\s*:/iu.test(line),
  },
  {
    reason: "section label",
    test: (_line, words) => SECTION_LABELS.has(words.join(" ")),
  },
  {
    reason: "menu or breadcrumbs",
    test: (line) => {
      const items = line.split(/\s+[|•·/›»>]\s+|\s*\|\s*/u).filter((item) => item.trim() !== "");
      return (
        items.length >= 4 &&
        items.every((item) => item.trim().split(/\s+/).length <= 3 && !/[.!?]$/.test(item.trim()))
      );
    },
  },
];

/**
 * Says why a line is site chrome by its own shape (counters, pagination, share and subscribe
 * lines, copyright, menus), or null when the line could be content. Ticker lines and lines that
 * repeat across pages are found elsewhere.
 *
 * @example
 * chromeLineReason("Viewing results 1 - 6 of 4") // "search-result header or counter"
 * chromeLineReason("The tram opens on Monday.") // null
 */
export function chromeLineReason(line: string): string | null {
  const words = wordTokens(line);
  for (const rule of RULES) if (rule.test(line, words)) return rule.reason;
  return null;
}

export interface PageLine {
  /** Folded key of the line (see `lineKey`). */
  key: string;
  /** Lines that can never be chrome by repetition (dates, tickers) are marked so. */
  exempt: boolean;
  /** Folded first words of the next long block after this line on the page, if any. */
  nextLongStart: string | null;
}

/** Lines of at most this many words can be chrome by repetition; longer repeats are duplicate articles. */
export const MAX_REPEATED_CHROME_WORDS = 30;

/**
 * Finds lines that are site chrome because they repeat across pages: a line on more than
 * `share` of the pages (and on at least two) is template, as in trafilatura's duplicate filter.
 * A repeated line followed on two pages by the same long paragraph is the title of an article
 * captured twice, not chrome, so it is kept. Returns folded keys with the number of pages.
 *
 * @example
 * findRepeatedChrome([[tagline, a], [tagline, b], [tagline, c]], 0.5) // Map { "tagline…" => 3 }
 */
export function findRepeatedChrome(
  pages: readonly (readonly PageLine[])[],
  share: number,
): Map<string, number> {
  const filesByKey = new Map<string, number>();
  const followers = new Map<string, Map<string, number>>();
  for (const page of pages) {
    const seen = new Set<string>();
    for (const line of page) {
      if (line.exempt || line.key === "" || seen.has(line.key)) continue;
      seen.add(line.key);
      filesByKey.set(line.key, (filesByKey.get(line.key) ?? 0) + 1);
      if (line.nextLongStart !== null) {
        const counts = followers.get(line.key) ?? new Map<string, number>();
        counts.set(line.nextLongStart, (counts.get(line.nextLongStart) ?? 0) + 1);
        followers.set(line.key, counts);
      }
    }
  }
  const chrome = new Map<string, number>();
  const needed = Math.max(2, Math.floor(share * pages.length) + 1);
  for (const [key, count] of filesByKey) {
    if (count < needed || key.split(" ").length > MAX_REPEATED_CHROME_WORDS) continue;
    const sameArticle = [...(followers.get(key)?.values() ?? [])].some((n) => n >= 2);
    if (!sameArticle) chrome.set(key, count);
  }
  return chrome;
}
