import type { Locale } from "../core/dates.js";

export type { Locale } from "../core/dates.js";

/**
 * Interface strings in English and Russian. Keys are checked at compile time: a key missing in
 * one language is a type error, so the two can never drift apart.
 */
const en = {
  skipToContent: "Skip to content",
  siteTagline: "News from Central Asia",
  navSections: "Sections",
  navCountries: "Countries",
  mainNavigation: "Main navigation",
  search: "Search",
  searchPlaceholder: "Search news, people, places",
  searchLabel: "Search the site",
  latest: "Latest",
  leadStory: "Lead story",
  moreIn: "More in {name}",
  by: "By",
  and: "and",
  published: "Published",
  updated: "Updated",
  minRead: "{n} min read",
  related: "Related stories",
  tags: "Topics",
  readIn: "Read in {language}",
  languageName: "English",
  otherLanguageName: "Русский",
  allArticles: "All articles",
  showing: "Showing {first}–{last} of {total}",
  noArticles: "No articles here yet.",
  previous: "Previous",
  next: "Next",
  page: "Page {n}",
  pagination: "Pagination",
  sectionLabel: "Section",
  countryLabel: "Country",
  topicLabel: "Topic",
  authorLabel: "Author",
  archive: "Archive",
  archiveYear: "Articles from {year}",
  archiveMonth: "Articles from {month}",
  months: "Months",
  ratesTitle: "Official exchange rates",
  ratesStrip: "Official exchange rates against the US dollar",
  fixedRate: "fixed",
  rateEffective: "Effective {date}, {source}",
  demoData: "demo data",
  notUpdatedSince: "not updated since {date}",
  notFoundTitle: "Page not found",
  notFoundText: "We could not find that page. It may have moved, or the address may be mistyped.",
  errorTitle: "Something went wrong",
  errorText: "The page could not be shown because of an error on our side. Please try again in a minute.",
  backHome: "Go to the front page",
  footerDemo:
    "This site runs on Steppe with demo content: the articles, people quoted, figures and exchange rates shown here are written or generated for demonstration and are not real news.",
  footerAbout: "Steppe is a self-hosted newsroom platform.",
  breadcrumbHome: "Home",
  photo: "Illustration",
} as const;

type Messages = { [K in keyof typeof en]: string };

const ru: Messages = {
  skipToContent: "Перейти к содержанию",
  siteTagline: "Новости Центральной Азии",
  navSections: "Разделы",
  navCountries: "Страны",
  mainNavigation: "Основная навигация",
  search: "Поиск",
  searchPlaceholder: "Новости, люди, места",
  searchLabel: "Поиск по сайту",
  latest: "Последние новости",
  leadStory: "Главная новость",
  moreIn: "Ещё в разделе «{name}»",
  by: "Автор:",
  and: "и",
  published: "Опубликовано",
  updated: "Обновлено",
  minRead: "{n} мин чтения",
  related: "Читайте также",
  tags: "Темы",
  readIn: "Читать на языке: {language}",
  languageName: "Русский",
  otherLanguageName: "English",
  allArticles: "Все статьи",
  showing: "Показаны {first}–{last} из {total}",
  noArticles: "Здесь пока нет статей.",
  previous: "Назад",
  next: "Вперёд",
  page: "Страница {n}",
  pagination: "Страницы",
  sectionLabel: "Раздел",
  countryLabel: "Страна",
  topicLabel: "Тема",
  authorLabel: "Автор",
  archive: "Архив",
  archiveYear: "Статьи за {year} год",
  archiveMonth: "Статьи за {month}",
  months: "Месяцы",
  ratesTitle: "Официальные курсы валют",
  ratesStrip: "Официальные курсы валют к доллару США",
  fixedRate: "фикс.",
  rateEffective: "Действует с {date}, {source}",
  demoData: "демо-данные",
  notUpdatedSince: "не обновлялся с {date}",
  notFoundTitle: "Страница не найдена",
  notFoundText: "Мы не нашли такую страницу. Возможно, она переехала или в адресе опечатка.",
  errorTitle: "Что-то пошло не так",
  errorText: "Страницу не удалось показать из-за ошибки на нашей стороне. Попробуйте ещё раз через минуту.",
  backHome: "На главную",
  footerDemo:
    "Сайт работает на Steppe с демонстрационным содержимым: статьи, цитаты, цифры и курсы валют написаны или сгенерированы для демонстрации и не являются настоящими новостями.",
  footerAbout: "Steppe — платформа для редакций, которую можно развернуть у себя.",
  breadcrumbHome: "Главная",
  photo: "Иллюстрация",
};

export type MessageKey = keyof typeof en;

const MESSAGES: Record<Locale, Messages> = { en, ru };

/** A translator bound to one locale. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * Returns the translator for a locale; `{name}` placeholders are filled from `params`.
 *
 * @example
 * const t = translator("ru");
 * t("showing", { first: 1, last: 4, total: 4 }); // "Показаны 1–4 из 4"
 */
export function translator(locale: Locale): Translate {
  const messages = MESSAGES[locale];
  return (key, params) => {
    const template = messages[key];
    if (params === undefined) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}

/** Formats a count in the locale ("12,194" / "12 194"). */
export function formatNumber(n: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "ru" ? "ru-RU" : "en-GB").format(n);
}

/** URL prefix of a locale: "" for English, "/ru" for Russian. */
export function localePrefix(locale: Locale): string {
  return locale === "ru" ? "/ru" : "";
}
