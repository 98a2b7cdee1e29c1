import type { Locale } from "../core/dates.js";
import { translator } from "./i18n.js";
import type { TickerItem } from "./types.js";

/**
 * The rates strip. Each value is in the HTML exactly once (screen readers and text captures
 * read it once); the scrolling on narrow screens is pure CSS and stops under
 * prefers-reduced-motion.
 */
export function Ticker({ items, locale }: { items: TickerItem[]; locale: Locale }) {
  const t = translator(locale);
  if (items.length === 0) return null;
  // Demo data is labelled once for the whole strip when every value is demo data.
  const allDemo = items.every((item) => item.demo);
  return (
    <section class="ticker" aria-label={t("ratesStrip")}>
      <div class="wrap ticker-inner">
        <a class="ticker-title" href={locale === "ru" ? "/ru/rates" : "/rates"}>
          {t("ratesTitle")}
        </a>
        {allDemo ? <span class="ticker-demo">({t("demoData")})</span> : null}
        <div class="ticker-viewport">
          <ul class="ticker-list">
            {items.map((item) => (
              <li key={item.code} class={`ticker-item ${item.direction}`} title={item.note}>
                <span class="ticker-pair">{item.pair}</span> <span class="ticker-value">{item.value}</span>{" "}
                {item.fixed ? (
                  <span class="ticker-fixed">{t("fixedRate")}</span>
                ) : (
                  <span class="ticker-change">
                    <span aria-hidden="true">
                      {item.direction === "up" ? "▲" : item.direction === "down" ? "▼" : "■"}
                    </span>{" "}
                    {item.change}
                  </span>
                )}
                {item.stale ? <span class="ticker-stale"> ({item.stale})</span> : null}
                {item.demo && !allDemo ? <span class="ticker-demo"> ({t("demoData")})</span> : null}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
