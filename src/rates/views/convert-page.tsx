import { type Locale, translator } from "../../ui/i18n.js";

export interface ConvertPageProps {
  locale: Locale;
  action: string;
  currencies: readonly string[];
  /** What the reader typed, echoed back into the form. */
  input: { amount: string; from: string; to: string; date: string };
  errors: string[];
  result: { text: string; rateUsed: string; demo: boolean; peg: boolean } | null;
  overviewHref: string;
}

/** /rates/convert: a plain GET form, so it works without JavaScript and results can be linked. */
export function ConvertPage(props: ConvertPageProps) {
  const t = translator(props.locale);
  const select = (name: "from" | "to", label: string) => (
    <p class="rates-field">
      <label for={`convert-${name}`}>{label}</label>
      <select id={`convert-${name}`} name={name}>
        {props.currencies.map((c) => (
          <option key={c} value={c} selected={props.input[name] === c}>
            {c}
          </option>
        ))}
      </select>
    </p>
  );
  return (
    <div class="rates-page rates-convert">
      <header class="page-header">
        <p class="page-label">
          <a href={props.overviewHref}>{t("ratesTitle")}</a>
        </p>
        <h1>{t("ratesConverter")}</h1>
        <p class="page-intro">{t("ratesConverterIntro")}</p>
      </header>
      <form method="get" action={props.action} class="rates-form">
        <p class="rates-field">
          <label for="convert-amount">{t("ratesAmount")}</label>
          <input id="convert-amount" name="amount" inputMode="decimal" value={props.input.amount} required />
        </p>
        {select("from", t("ratesFrom"))}
        {select("to", t("ratesTo"))}
        <p class="rates-field">
          <label for="convert-date">{t("ratesDateOptional")}</label>
          <input id="convert-date" name="date" type="date" value={props.input.date} />
        </p>
        <p>
          <button type="submit">{t("ratesConvert")}</button>
        </p>
      </form>
      {props.errors.length > 0 ? (
        <ul class="rates-errors" role="alert">
          {props.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      {props.result !== null ? (
        <section class="rates-result" aria-live="polite">
          <p class="rates-result-value">
            <output for="convert-amount convert-from convert-to convert-date">{props.result.text}</output>
          </p>
          <p class="rates-note">
            {props.result.rateUsed}
            {props.result.peg ? ` (${t("ratesPeg")})` : ""}
            {props.result.demo ? ` (${t("demoData")})` : ""}
          </p>
        </section>
      ) : null}
    </div>
  );
}
