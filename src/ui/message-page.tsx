import { type Locale, translator } from "./i18n.js";

/** The body of the 404 and 500 pages, in the site's style. */
export function MessagePage({ kind, locale }: { kind: "not-found" | "error"; locale: Locale }) {
  const t = translator(locale);
  return (
    <section class="message-page">
      <p class="message-code" aria-hidden="true">
        {kind === "not-found" ? "404" : "500"}
      </p>
      <h1>{kind === "not-found" ? t("notFoundTitle") : t("errorTitle")}</h1>
      <p>{kind === "not-found" ? t("notFoundText") : t("errorText")}</p>
      <p>
        <a href={locale === "ru" ? "/ru/" : "/"}>{t("backHome")}</a>
      </p>
    </section>
  );
}
