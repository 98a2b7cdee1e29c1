import { type Locale, translator } from "../../ui/i18n.js";

export interface HistoryPageProps {
  locale: Locale;
  pair: string;
  intro: string;
  /** The chart as an SVG string from `renderRateChart` (escaped there). */
  chartSvg: string;
  ranges: { label: string; href: string; current: boolean }[];
  figures: { label: string; value: string; note?: string }[];
  /** Newest first. */
  table: { date: string; isoDate: string; value: string; published: string; change: string }[];
  /** Set when the table shows fewer rows than the range has. */
  cappedAt: number | null;
  csvHref: string;
  demo: boolean;
  peg: boolean;
  converterHref: string;
  overviewHref: string;
}

/** /rates/KZT: chart, figures, table and CSV link for one currency's official rate. */
export function HistoryPage(props: HistoryPageProps) {
  const t = translator(props.locale);
  return (
    <div class="rates-page rates-history">
      <header class="page-header">
        <p class="page-label">
          <a href={props.overviewHref}>{t("ratesTitle")}</a>
        </p>
        <h1>{t("ratesHistoryTitle", { pair: props.pair })}</h1>
        <p class="page-intro">{props.intro}</p>
        {props.demo ? <p class="rates-badge rates-demo">{t("ratesDemoNote")}</p> : null}
        {props.peg ? <p class="rates-badge">{t("ratesPeg")}</p> : null}
      </header>
      <nav class="sub-nav rates-ranges" aria-label={t("ratesRanges")}>
        <ul>
          {props.ranges.map((r) => (
            <li key={r.href}>
              {r.current ? (
                <a href={r.href} aria-current="page">
                  <strong>{r.label}</strong>
                </a>
              ) : (
                <a href={r.href}>{r.label}</a>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {/* The SVG is built and escaped by rates/chart.ts; inlined so it needs no request and no JS. */}
      <figure class="rates-chart" dangerouslySetInnerHTML={{ __html: props.chartSvg }} />
      <dl class="rates-figures">
        {props.figures.map((f) => (
          <div key={f.label}>
            <dt>{f.label}</dt>
            <dd>
              {f.value}
              {f.note ? <span class="rates-note"> ({f.note})</span> : null}
            </dd>
          </div>
        ))}
      </dl>
      <p class="rates-links">
        <a href={props.csvHref} download>
          {t("ratesCsv")}
        </a>{" "}
        · <a href={props.converterHref}>{t("ratesConverter")}</a>
      </p>
      <table class="rates-table rates-history-table">
        <thead>
          <tr>
            <th scope="col">{t("ratesDate")}</th>
            <th scope="col" class="num">
              {props.pair}
            </th>
            <th scope="col" class="num">
              {t("ratesAsPublished")}
            </th>
            <th scope="col" class="num">
              {t("ratesChangeFromPrevious")}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.table.map((row) => (
            <tr key={row.isoDate}>
              <td>
                <time dateTime={row.isoDate}>{row.date}</time>
              </td>
              <td class="num">{row.value}</td>
              <td class="num">{row.published}</td>
              <td class="num">{row.change}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.cappedAt !== null ? (
        <p class="rates-note">{t("ratesTableCapped", { n: props.cappedAt })}</p>
      ) : null}
    </div>
  );
}
