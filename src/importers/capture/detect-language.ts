/**
 * Tells Russian from English by script: Cyrillic letters outnumbering Latin ones mean "ru".
 * Kazakh, Kyrgyz or Tajik Cyrillic also come out as "ru"; the platform has two languages.
 *
 * @example
 * detectLanguage("Концерт в парке") // "ru"
 */
export function detectLanguage(text: string): "en" | "ru" {
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return cyrillic > latin ? "ru" : "en";
}
