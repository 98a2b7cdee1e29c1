import { type Locale, translator } from "../../ui/i18n.js";

/** One regional currency on /rates, already formatted for the page's language. */
export interface RatesOverviewRow {
  code: string;
  name: string;
  bank: string;
  bankUrl: string;
  /** Effective date, formatted; null when nothing is stored. */
  date: string | null;
  /** ISO effective date for the <time> element. */
  isoDate: string | null;
  /** `note` is set when a cell comes from another day than the row's date (CBT's crosses next to the peg). */
  cells: { currency: string; pair: string; value: string | null; note: string | null }[];
  demo: boolean;
  peg: boolean;
  historyHref: string;
}

export interface RatesPageProps {
  locale: Locale;
  majors: readonly string[];
  rows: RatesOverviewRow[];
  converterHref: string;
  apiHref: string;
}

/** /rates: today's official rates of the five regional currencies against the majors. */
export function RatesPage(props: RatesPageProps) {
  const t = translator(props.locale);
  return (
    <div class="rates-page">
      <header class="page-header">
        <h1>{t("ratesTitle")}</h1>
        <p class="page-intro">{t("ratesIntro")}</p>
      </header>
      <div class="rates-table-wrap">
        <table class="rates-table">
          <thead>
            <tr>
              <th scope="col">{t("ratesCurrency")}</th>
              {props.majors.map((m) => (
                <th scope="col" key={m} class="num">
                  {m}
                </th>
              ))}
              <th scope="col">{t("ratesSource")}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={row.code} id={`rate-${row.code}`}>
                <th scope="row">
                  <a href={row.historyHref}>
                    <abbr title={row.name}>{row.code}</abbr>
                  </a>
                  <span class="rates-name"> {row.name}</span>
                </th>
                {row.cells.map((cell) => (
                  <td key={cell.currency} class="num" data-pair={cell.pair}>
                    {cell.value === null ? (
                      <span class="rates-missing">{t("ratesNotPublished")}</span>
                    ) : (
                      <>
                        <span class="rates-pair">{cell.pair}</span> {cell.value}
                        {cell.note !== null ? <span class="rates-note"> ({cell.note})</span> : null}
                      </>
                    )}
                  </td>
                ))}
                <td class="rates-source">
                  <a href={row.bankUrl} rel="external">
                    {row.bank}
                  </a>
                  {row.isoDate !== null && row.date !== null ? (
                    <>
                      {", "}
                      <time dateTime={row.isoDate}>{t("ratesInEffect", { date: row.date })}</time>
                    </>
                  ) : null}
                  {row.peg ? <span class="rates-badge"> ({t("ratesPeg")})</span> : null}
                  {row.demo ? <span class="rates-badge rates-demo"> ({t("demoData")})</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="rates-links">
        <a href={props.converterHref}>{t("ratesConverter")}</a> · <a href={props.apiHref}>{t("ratesApi")}</a>
      </p>
    </div>
  );
}
