import type { Locale } from "../core/dates.js";

/** One currency in the rates strip, already formatted for display. */
export interface TickerItem {
  /** ISO code of the regional currency: "KZT". */
  code: string;
  /** The market quote label: "USD/KZT". */
  pair: string;
  /** Formatted value: "478.77", "12,194.21". */
  value: string;
  /** Signed change with two decimals: "+0.12%", "−0.05%", "0.00%". */
  change: string;
  direction: "up" | "down" | "flat";
  /** A fixed (pegged) rate, e.g. TMT. */
  fixed: boolean;
  /** Tooltip: effective date and source. */
  note: string;
  /** "not updated since …" when the source is stale, else null. */
  stale: string | null;
  demo: boolean;
}

/** A navigation link. */
export interface NavLink {
  href: string;
  label: string;
}

/** Everything the page chrome (head, header, ticker, footer) needs, built once per request. */
export interface Chrome {
  siteName: string;
  siteUrl: string;
  locale: Locale;
  /** Today's date in the site's zone and language: "Monday, 23 November 2026". */
  today: string;
  todayIso: string;
  sections: NavLink[];
  countries: NavLink[];
  ticker: TickerItem[];
  stylesheet: string;
  script: string | null;
  /** Where the language switch goes (the translation, or the other language's front page). */
  languageSwitch: NavLink & { lang: Locale };
  demo: boolean;
  currentPath: string;
}

/** Per-page head metadata. */
export interface PageMeta {
  title: string;
  description: string;
  /** Path of the canonical URL ("/2026/02/rail-link"); made absolute with the site URL. */
  canonicalPath: string;
  type?: "website" | "article";
  image?: { url: string; width: number | null; height: number | null; alt: string };
  jsonLd?: object[];
  /** hreflang alternates, as absolute paths per language. */
  alternates?: { lang: Locale | "x-default"; path: string }[];
  noindex?: boolean;
  /** Feed autodiscovery links. */
  feeds?: { title: string; href: string; type: string }[];
}
