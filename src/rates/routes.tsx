import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { formatDate, intlLocale, type Locale } from "../core/dates.js";
import { Decimal } from "../core/decimal.js";
import { AppError } from "../core/errors.js";
import { translator } from "../ui/i18n.js";
import type { PageRenderer } from "../ui/page-renderer.js";
import { registerRatesApi } from "./api.js";
import { renderRateChart } from "./chart.js";
import {
  MAJOR_CURRENCIES,
  REGIONAL_CURRENCIES,
  regionalCurrency,
  SUPPORTED_CURRENCIES,
} from "./currencies.js";
import { addDays, isIsoDate, todayIn } from "./days.js";
import { displayDigits, formatDecimal, rateChange } from "./quote.js";
import { createRatesService, type HistoryPoint, type PairQuote } from "./service.js";
import { RATE_SOURCES } from "./sources/index.js";
import type { RateStore } from "./store.js";
import { ConvertPage, type ConvertPageProps } from "./views/convert-page.js";
import { HistoryPage } from "./views/history-page.js";
import { type RatesOverviewRow, RatesPage } from "./views/rates-page.js";

export interface RatesRoutesOptions {
  store: RateStore;
  pages: PageRenderer;
  /** The site's zone: "today" for the pages and the API. */
  timeZone: string;
  now: () => Date;
}

const RANGES = { "30d": 30, "1y": 365, all: null } as const;
type RangeKey = keyof typeof RANGES;
/** The history table stops here; the CSV file has every row. */
const TABLE_ROWS = 400;

/**
 * The rates pages in English and Russian (/rates, /rates/KZT, /rates/KZT.csv, /rates/convert)
 * and the JSON API under /api/rates/.
 *
 * @example registerRatesRoutes(app, { store, pages, timeZone: config.siteTimeZone, now });
 */
export function registerRatesRoutes(app: FastifyInstance, options: RatesRoutesOptions): void {
  const { pages } = options;
  const service = createRatesService(options.store);
  const today = () => todayIn(options.now(), options.timeZone);

  registerRatesApi(app, { service, timeZone: options.timeZone, now: options.now });

  for (const locale of ["en", "ru"] as const) {
    const prefix = locale === "ru" ? "/ru" : "";
    const t = translator(locale);
    const intl = intlLocale(locale);
    const day = (iso: string) => formatDate(new Date(`${iso}T12:00:00Z`), locale, "UTC");
    const alternates = (path: string) => [
      { lang: "en" as const, path },
      { lang: "ru" as const, path: `/ru${path}` },
      { lang: "x-default" as const, path },
    ];

    app.get(`${prefix}/rates`, { config: { pageCache: true } }, async (request, reply) => {
      const onOrBefore = today();
      const rows: RatesOverviewRow[] = [];
      for (const currency of REGIONAL_CURRENCIES) {
        const main = await service.publicationFor(currency.code, onOrBefore, "USD");
        const cells: RatesOverviewRow["cells"] = [];
        for (const major of MAJOR_CURRENCIES) {
          const quote = await service.quote(major, currency.code, onOrBefore);
          cells.push({
            currency: major,
            pair: `${major}/${currency.code}`,
            value: quote === null ? null : formatQuote(quote, intl),
            note: quote !== null && main !== null && quote.date !== main.date ? day(quote.date) : null,
          });
        }
        rows.push({
          code: currency.code,
          name: currency.name[locale],
          bank: currency.bank[locale],
          bankUrl: RATE_SOURCES[currency.sources[0]].website,
          date: main === null ? null : day(main.date),
          isoDate: main?.date ?? null,
          cells,
          demo: main?.demo ?? false,
          peg: main?.peg ?? false,
          historyHref: `${prefix}/rates/${currency.code}`,
        });
      }
      return pages.send(request, reply, {
        locale,
        translationPath: locale === "en" ? "/ru/rates" : "/rates",
        meta: {
          title: t("ratesTitle"),
          description: t("ratesIntro"),
          canonicalPath: `${prefix}/rates`,
          alternates: alternates("/rates"),
        },
        body: (
          <RatesPage
            locale={locale}
            majors={MAJOR_CURRENCIES}
            rows={rows}
            converterHref={`${prefix}/rates/convert`}
            apiHref="/api/rates/openapi.json"
          />
        ),
      });
    });

    app.get<{ Querystring: Record<string, string | undefined> }>(
      `${prefix}/rates/convert`,
      { config: { pageCache: true } },
      async (request, reply) => {
        const q = request.query;
        const asked = q.amount !== undefined || q.from !== undefined || q.to !== undefined;
        const input = {
          amount: (q.amount ?? "100").trim(),
          from: (q.from ?? "USD").trim().toUpperCase(),
          to: (q.to ?? "KZT").trim().toUpperCase(),
          date: (q.date ?? "").trim(),
        };
        const errors: string[] = [];
        const amount = parseAmount(input.amount);
        if (amount === null) errors.push(t("ratesBadAmount"));
        for (const code of [input.from, input.to]) {
          if (!SUPPORTED_CURRENCIES.includes(code)) errors.push(`${code}: ${unknownCurrency(code)}`);
        }
        if (input.date !== "" && !isIsoDate(input.date)) errors.push(t("ratesBadDate"));
        const badInput = asked && errors.length > 0;
        let result: ConvertPageProps["result"] = null;
        if (asked && errors.length === 0 && amount !== null) {
          const quote = await service.quote(input.from, input.to, input.date || today());
          if (quote === null) errors.push(t("ratesNoRate"));
          else {
            const converted = amount.times(quote.value);
            const amountText = formatDecimal(amount, Math.max(0, -amount.exponent), intl);
            const resultText = formatDecimal(converted, displayDigits(converted), intl);
            result = {
              text: `${amountText} ${input.from} = ${resultText} ${input.to}`,
              rateUsed: t("ratesRateUsed", {
                pair: `${input.from}/${input.to}`,
                value: formatQuote(quote, intl),
                source: regionalCurrency(quote.bankCurrency)?.bank[locale] ?? quote.source,
                date: day(quote.date),
              }),
              demo: quote.demo,
              peg: quote.peg,
            };
          }
        }
        return pages.send(request, reply, {
          locale,
          status: badInput ? 400 : 200,
          translationPath: `${locale === "en" ? "/ru" : ""}/rates/convert`,
          meta: {
            title: t("ratesConverter"),
            description: t("ratesConverterIntro"),
            canonicalPath: `${prefix}/rates/convert`,
            alternates: alternates("/rates/convert"),
            ...(asked ? { noindex: true } : {}),
          },
          body: (
            <ConvertPage
              locale={locale}
              action={`${prefix}/rates/convert`}
              currencies={SUPPORTED_CURRENCIES}
              input={input}
              errors={errors}
              result={result}
              overviewHref={`${prefix}/rates`}
            />
          ),
        });
      },
    );

    app.get<{ Params: { code: string }; Querystring: { range?: string } }>(
      `${prefix}/rates/:code`,
      { config: { pageCache: true } },
      async (request, reply) => {
        const raw = request.params.code;
        const csv = raw.toLowerCase().endsWith(".csv");
        const name = csv ? raw.slice(0, -4) : raw;
        const code = name.toUpperCase();
        if (regionalCurrency(code) === undefined) throw new AppError("NOT_FOUND", `No rates page for ${raw}`);
        if (name !== code) {
          const query = request.url.includes("?") ? request.url.slice(request.url.indexOf("?")) : "";
          return reply.redirect(`${prefix}/rates/${code}${csv ? ".csv" : ""}${query}`, 301);
        }
        const rangeKey = (request.query.range ?? (csv ? "all" : "30d")) as RangeKey;
        if (!(rangeKey in RANGES)) throw new AppError("NOT_FOUND", `No period "${rangeKey}" for ${code}`);
        const latest = await service.publicationFor(code, today(), "USD");
        const to = latest?.date ?? today();
        const span = RANGES[rangeKey];
        const from =
          span === null
            ? ((await service.firstDate(code, "USD", latest?.demo ?? false)) ?? to)
            : addDays(to, -span);
        const points = latest === null ? [] : await service.history(code, "USD", from, to);
        if (csv) return sendCsv(reply, code, points);
        return sendHistory(request, reply, { locale, code, rangeKey, points, peg: latest?.peg ?? false });
      },
    );
  }

  async function sendHistory(
    request: FastifyRequest,
    reply: FastifyReply,
    page: { locale: Locale; code: string; rangeKey: RangeKey; points: HistoryPoint[]; peg: boolean },
  ) {
    const { locale, code, points } = page;
    const t = translator(locale);
    const intl = intlLocale(locale);
    const prefix = locale === "ru" ? "/ru" : "";
    const currency = regionalCurrency(code);
    if (currency === undefined) throw new AppError("NOT_FOUND", `No rates page for ${code}`);
    const day = (iso: string) => formatDate(new Date(`${iso}T12:00:00Z`), locale, "UTC");
    const pair = `USD/${code}`;
    const first = points[0];
    const last = points[points.length - 1];
    const digits =
      last === undefined
        ? 2
        : displayDigits(
            last.value,
            last.nominal === 1 ? { currency: "USD", value: last.published, nominal: 1 } : undefined,
          );
    const show = (value: Decimal) => formatDecimal(value, digits, intl);
    const figures: { label: string; value: string; note?: string }[] = [];
    if (first !== undefined && last !== undefined) {
      const low = points.reduce((a, b) => (b.value.compare(a.value) < 0 ? b : a));
      const high = points.reduce((a, b) => (b.value.compare(a.value) > 0 ? b : a));
      figures.push(
        { label: t("ratesLatest"), value: show(last.value), note: day(last.date) },
        { label: t("ratesLow"), value: show(low.value), note: day(low.date) },
        { label: t("ratesHigh"), value: show(high.value), note: day(high.date) },
        {
          label: t("ratesChange"),
          value: rateChange(first.value, last.value, intl).text,
          note: `${day(first.date)} – ${day(last.date)}`,
        },
      );
    }
    const table = points
      .map((p, i) => {
        const previous = points[i - 1];
        return {
          date: day(p.date),
          isoDate: p.date,
          value: show(p.value),
          published: p.nominal === 1 ? p.published : `${p.published} / ${p.nominal}`,
          change: previous === undefined ? "—" : rateChange(previous.value, p.value, intl).text,
        };
      })
      .reverse();
    const chartSvg = renderRateChart(
      points.map((p) => ({ date: p.date, value: p.value.toNumber() })),
      {
        width: 720,
        height: 280,
        locale: intl,
        currencyPair: pair,
        fractionDigits: digits,
        title:
          first !== undefined && last !== undefined
            ? t("ratesChartTitle", { pair, from: day(first.date), to: day(last.date) })
            : pair,
      },
    );
    const rangeHref = (key: RangeKey) => `${prefix}/rates/${code}${key === "30d" ? "" : `?range=${key}`}`;
    const labels: Record<RangeKey, string> = {
      "30d": t("ratesRange30d"),
      "1y": t("ratesRange1y"),
      all: t("ratesRangeAll"),
    };
    return pages.send(request, reply, {
      locale,
      translationPath: `${locale === "en" ? "/ru" : ""}/rates/${code}`,
      meta: {
        title: t("ratesHistoryTitle", { pair }),
        description: t("ratesHistoryIntro", { name: currency.name[locale], bank: currency.bank[locale] }),
        canonicalPath: `${prefix}/rates/${code}`,
        alternates: [
          { lang: "en", path: `/rates/${code}` },
          { lang: "ru", path: `/ru/rates/${code}` },
          { lang: "x-default", path: `/rates/${code}` },
        ],
      },
      body: (
        <HistoryPage
          locale={locale}
          pair={pair}
          intro={t("ratesHistoryIntro", { name: currency.name[locale], bank: currency.bank[locale] })}
          chartSvg={chartSvg}
          ranges={(Object.keys(RANGES) as RangeKey[]).map((key) => ({
            label: labels[key],
            href: rangeHref(key),
            current: key === page.rangeKey,
          }))}
          figures={figures}
          table={table.slice(0, TABLE_ROWS)}
          cappedAt={table.length > TABLE_ROWS ? TABLE_ROWS : null}
          csvHref={`${prefix}/rates/${code}.csv${page.rangeKey === "all" ? "" : `?range=${page.rangeKey}`}`}
          demo={points.some((p) => p.demo)}
          peg={page.peg}
          converterHref={`${prefix}/rates/convert?from=USD&to=${code}`}
          overviewHref={`${prefix}/rates`}
        />
      ),
    });
  }
}

/** A quote for display: the bank's precision when it is the published figure, else ~4 significant digits. */
function formatQuote(quote: PairQuote, intl: string): string {
  const direct =
    quote.to === quote.bankCurrency && quote.published.length === 1 ? quote.published[0] : undefined;
  return formatDecimal(quote.value, displayDigits(quote.value, direct), intl);
}

/** "1 000,50", "1,000.50" and "1000.5" are all one thousand and a half; null when not a positive amount. */
function parseAmount(text: string): Decimal | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "");
  // A comma followed by exactly three digits and nothing else is a thousands separator ("1,000").
  const normalised = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact) ? compact.replace(/,/g, "") : compact;
  try {
    const value = Decimal.parse(normalised);
    return value.sign > 0 && value.compare("1e15") <= 0 ? value : null;
  } catch {
    return null;
  }
}

function unknownCurrency(code: string): string {
  return `unknown currency "${code}"; supported: ${SUPPORTED_CURRENCIES.join(", ")}`;
}

function sendCsv(reply: FastifyReply, code: string, points: HistoryPoint[]): FastifyReply {
  const lines = ["date,pair,rate,source,bank_date,published_value,nominal,demo"];
  for (const p of points) {
    lines.push(
      [
        p.date,
        `USD/${code}`,
        p.value.toString(),
        p.source,
        p.bankDate,
        p.published,
        p.nominal,
        p.demo ? 1 : 0,
      ].join(","),
    );
  }
  return reply
    .header("content-type", "text/csv; charset=utf-8")
    .header("content-disposition", `attachment; filename="USD-${code}.csv"`)
    .header("cache-control", "public, max-age=60")
    .send(`${lines.join("\r\n")}\r\n`);
}
