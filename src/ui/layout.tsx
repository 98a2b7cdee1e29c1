import type { ComponentChildren } from "preact";
import { DEFAULT_SOCIAL_IMAGE } from "./discovery.js";
import { translator } from "./i18n.js";
import { Ticker } from "./ticker.js";
import type { Chrome, PageMeta } from "./types.js";

export interface LayoutProps {
  chrome: Chrome;
  meta: PageMeta;
  children: ComponentChildren;
}

function absolute(siteUrl: string, path: string): string {
  return /^https?:\/\//.test(path) ? path : `${siteUrl}${path}`;
}

/** Serialises JSON-LD so that no "</script>" inside a value can end the script element. */
function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}

/**
 * The page shell: head metadata, header with date, navigation and search, the rates strip, the
 * page content, and the footer. Works without JavaScript; the optional script only enhances.
 *
 * @example
 * renderToString(<Layout chrome={chrome} meta={{ title: "Front page", ... }}>…</Layout>)
 */
export function Layout({ chrome, meta, children }: LayoutProps) {
  const t = translator(chrome.locale);
  const canonical = absolute(chrome.siteUrl, meta.canonicalPath);
  const fullTitle = meta.title === chrome.siteName ? meta.title : `${meta.title} — ${chrome.siteName}`;
  const home = chrome.locale === "ru" ? "/ru/" : "/";
  // Link previews (X, Telegram, most of Facebook's) ignore SVG: an SVG picture is followed by the
  // site's PNG card, which is also what Twitter cards get; pages without a picture use the card.
  const card = {
    url: DEFAULT_SOCIAL_IMAGE.path,
    width: DEFAULT_SOCIAL_IMAGE.width,
    height: DEFAULT_SOCIAL_IMAGE.height,
    alt: chrome.siteName,
  };
  const isSvg = (url: string): boolean => /\.svg(\?|$)/i.test(url);
  const images = meta.image ? (isSvg(meta.image.url) ? [meta.image, card] : [meta.image]) : [card];
  const twitterImage = images.find((i) => !isSvg(i.url)) ?? card;
  return (
    <html lang={chrome.locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={meta.description} />
        <link rel="canonical" href={canonical} />
        {meta.noindex ? <meta name="robots" content="noindex" /> : null}
        {(meta.alternates ?? []).map((a) => (
          <link key={a.lang} rel="alternate" hrefLang={a.lang} href={absolute(chrome.siteUrl, a.path)} />
        ))}
        {(meta.feeds ?? []).map((f) => (
          <link key={f.href} rel="alternate" type={f.type} title={f.title} href={f.href} />
        ))}
        <meta property="og:site_name" content={chrome.siteName} />
        <meta property="og:type" content={meta.type ?? "website"} />
        <meta property="og:title" content={meta.title} />
        <meta property="og:description" content={meta.description} />
        <meta property="og:url" content={canonical} />
        <meta property="og:locale" content={chrome.locale === "ru" ? "ru_RU" : "en_GB"} />
        {images.map((image) => (
          <>
            <meta property="og:image" content={absolute(chrome.siteUrl, image.url)} />
            {image.width ? <meta property="og:image:width" content={String(image.width)} /> : null}
            {image.height ? <meta property="og:image:height" content={String(image.height)} /> : null}
            <meta property="og:image:alt" content={image.alt} />
          </>
        ))}
        <meta name="twitter:card" content="summary_large_image" />
        <meta name="twitter:title" content={meta.title} />
        <meta name="twitter:description" content={meta.description} />
        <meta name="twitter:image" content={absolute(chrome.siteUrl, twitterImage.url)} />
        <meta name="twitter:image:alt" content={twitterImage.alt} />
        <link rel="stylesheet" href={chrome.stylesheet} />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        {(meta.jsonLd ?? []).map((data, i) => (
          // JSON-LD is serialised with <, > and & escaped, so it cannot close the script element.
          <script key={i} type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />
        ))}
        {chrome.script ? <script type="module" src={chrome.script} /> : null}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        <header class="masthead">
          <div class="masthead-top wrap">
            <time class="today" dateTime={chrome.todayIso}>
              {chrome.today}
            </time>
            <a
              class="language-switch"
              href={chrome.languageSwitch.href}
              hrefLang={chrome.languageSwitch.lang}
              lang={chrome.languageSwitch.lang}
            >
              {chrome.languageSwitch.label}
            </a>
          </div>
          <div class="masthead-brand wrap">
            <a class="brand" href={home}>
              <span class="brand-name">{chrome.siteName}</span>
              <span class="brand-tagline">{t("siteTagline")}</span>
            </a>
            {/* biome-ignore lint/a11y/useSemanticElements: role="search" on a form is the landmark older screen readers know; <search> is too new. */}
            <form
              class="search-form"
              role="search"
              action={chrome.locale === "ru" ? "/ru/search" : "/search"}
              method="get"
            >
              <label class="visually-hidden" for="site-search">
                {t("searchLabel")}
              </label>
              <input
                id="site-search"
                type="search"
                name="q"
                placeholder={t("searchPlaceholder")}
                autoComplete="off"
              />
              <button type="submit">{t("search")}</button>
            </form>
          </div>
          <nav class="site-nav" aria-label={t("mainNavigation")}>
            <div class="wrap">
              <ul class="nav-sections" aria-label={t("navSections")}>
                {chrome.sections.map((s) => (
                  <li key={s.href}>
                    <a href={s.href} aria-current={chrome.currentPath === s.href ? "page" : undefined}>
                      {s.label}
                    </a>
                  </li>
                ))}
              </ul>
              <ul class="nav-countries" aria-label={t("navCountries")}>
                {chrome.countries.map((c) => (
                  <li key={c.href}>
                    <a href={c.href} aria-current={chrome.currentPath === c.href ? "page" : undefined}>
                      {c.label}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          </nav>
          <Ticker items={chrome.ticker} locale={chrome.locale} />
        </header>
        <main id="main" class="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p class="footer-brand">
              <strong>{chrome.siteName}</strong> · {t("siteTagline")}
            </p>
            {meta.feeds && meta.feeds.length > 0 ? (
              <p class="footer-feeds">
                {t("subscribe")}:{" "}
                {meta.feeds.map((f, i) => (
                  <>
                    {i > 0 ? " · " : null}
                    <a href={f.href} type={f.type}>
                      {f.title}
                    </a>
                  </>
                ))}
              </p>
            ) : null}
            {chrome.demo ? <p class="footer-demo">{t("footerDemo")}</p> : null}
            <p class="footer-about">{t("footerAbout")}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
