/**
 * Readable URL slugs. Cyrillic is transliterated with a simple, URL-friendly scheme (close to
 * BGN/PCGN without diacritics) so that "Новости Бишкека" becomes "novosti-bishkeka". Kazakh,
 * Kyrgyz, Uzbek and Tajik letters are covered too, since titles in the region use them.
 */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "yo",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
  // Kazakh, Kyrgyz, Uzbek, Tajik
  ә: "a",
  ғ: "gh",
  қ: "q",
  ң: "ng",
  ө: "o",
  ұ: "u",
  ү: "u",
  һ: "h",
  і: "i",
  ў: "o",
  ҳ: "h",
  ҷ: "j",
  ӣ: "i",
  ӯ: "u",
};

/**
 * Turns a title into a slug: transliterated, lower case, ASCII letters and digits joined by
 * single hyphens, at most `maxLength` characters and never cut inside a word when avoidable.
 *
 * @example
 * slugify("Новости Бишкека"); // "novosti-bishkeka"
 * slugify("Türkmenabat’s new bridge"); // "turkmenabats-new-bridge"
 */
export function slugify(title: string, maxLength = 80): string {
  const lower = title.normalize("NFKC").toLowerCase();
  let out = "";
  for (const ch of lower) {
    const mapped = CYRILLIC_TO_LATIN[ch];
    out += mapped ?? ch;
  }
  const ascii = out
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’ʼʻ`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (ascii.length <= maxLength) return ascii;
  const cut = ascii.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : ascii.slice(0, maxLength)).replace(
    /-+$/,
    "",
  );
}

/**
 * Picks a slug that is not taken, adding "-2", "-3"... to the base slug.
 *
 * @example
 * uniqueSlug("rail-link", (s) => s === "rail-link"); // "rail-link-2"
 */
export function uniqueSlug(base: string, isTaken: (candidate: string) => boolean): string {
  const root = base === "" ? "untitled" : base;
  if (!isTaken(root)) return root;
  for (let n = 2; ; n++) {
    const candidate = `${root}-${n}`;
    if (!isTaken(candidate)) return candidate;
  }
}
