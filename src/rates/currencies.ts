/**
 * Which currencies the site quotes and which bank sets each regional currency's official rate.
 */

/** The region's currencies, each with the bank (and store source ids, in order of preference) that sets it. */
export const REGIONAL_CURRENCIES = [
  {
    code: "KZT",
    sources: ["nbk"],
    bank: { en: "National Bank of Kazakhstan", ru: "Национальный банк Казахстана" },
    name: { en: "Kazakhstani tenge", ru: "казахстанский тенге" },
  },
  {
    code: "KGS",
    sources: ["nbkr"],
    bank: { en: "National Bank of the Kyrgyz Republic", ru: "Национальный банк Кыргызской Республики" },
    name: { en: "Kyrgyzstani som", ru: "кыргызский сом" },
  },
  {
    code: "TJS",
    sources: ["nbt"],
    bank: { en: "National Bank of Tajikistan", ru: "Национальный банк Таджикистана" },
    name: { en: "Tajikistani somoni", ru: "таджикский сомони" },
  },
  {
    code: "UZS",
    sources: ["cbu"],
    bank: { en: "Central Bank of Uzbekistan", ru: "Центральный банк Узбекистана" },
    name: { en: "Uzbekistani som", ru: "узбекский сум" },
  },
  {
    code: "TMT",
    // "cbt-peg" (the official 3.5 per USD) stands in when the bank's own file cannot be read.
    sources: ["cbt", "cbt-peg"],
    bank: { en: "Central Bank of Turkmenistan", ru: "Центральный банк Туркменистана" },
    name: { en: "Turkmenistani manat", ru: "туркменский манат" },
    fixed: true,
  },
] as const;

export type RegionalCurrency = (typeof REGIONAL_CURRENCIES)[number]["code"];

/** The currencies each regional currency is shown against on /rates. */
export const MAJOR_CURRENCIES = ["USD", "EUR", "RUB", "CNY"] as const;

/** Every currency the pages and the API accept. */
export const SUPPORTED_CURRENCIES: readonly string[] = [
  ...REGIONAL_CURRENCIES.map((c) => c.code),
  ...MAJOR_CURRENCIES,
];

/** The regional entry for a code, or undefined. */
export function regionalCurrency(code: string): (typeof REGIONAL_CURRENCIES)[number] | undefined {
  return REGIONAL_CURRENCIES.find((c) => c.code === code);
}

/**
 * The bank whose quotes price a pair: the regional currency's own bank (the second currency's
 * when both are regional, so "USD→UZS" and "KZT→UZS" both come from the Central Bank of
 * Uzbekistan). Pairs of two non-regional currencies go through the National Bank of Kazakhstan,
 * which quotes the most of them.
 *
 * @example pricingCurrency("KZT", "UZS"); // "UZS"
 */
export function pricingCurrency(from: string, to: string): RegionalCurrency {
  return regionalCurrency(to)?.code ?? regionalCurrency(from)?.code ?? "KZT";
}
