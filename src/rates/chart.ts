/**
 * A rate history as an accessible SVG string, drawn on the server with d3-scale and d3-shape:
 * no client JavaScript. The picture has `role="img"`, a `<title>` and a `<desc>` that says in
 * words what the line shows (range, low, high, last), so a screen reader gets the same facts.
 *
 * Values arrive as numbers: a chart is a picture and needs no more than float precision. Convert
 * stored decimals with `Decimal.toNumber()` at the call site.
 */
import { scaleLinear, scaleUtc } from "d3-scale";
import { area, line } from "d3-shape";
import { AppError } from "../core/errors.js";

export interface RateChartPoint {
  /** YYYY-MM-DD */
  date: string;
  value: number;
}

export interface RateChartOptions {
  width: number;
  height: number;
  /** The accessible name of the picture, e.g. "US dollar in tenge, last 30 days". */
  title: string;
  /** BCP 47 locale for numbers, dates and the few words of the description ("en", "ru"). */
  locale: string;
  /** "USD/KZT" */
  currencyPair: string;
  /** Decimals for values in the description; by default as many as the data has (3.5 → 1). */
  fractionDigits?: number;
  /** Prefix for the ids of `<title>`/`<desc>`; give one per chart when a page shows the same pair twice. */
  idPrefix?: string;
}

interface Labels {
  none: (pair: string) => string;
  single: (pair: string, date: string, value: string) => string;
  range: (pair: string, from: string, to: string) => string;
  low: string;
  high: string;
  last: string;
  noData: string;
}

const LABELS: Record<"en" | "ru", Labels> = {
  en: {
    none: (pair) => `No ${pair} rates to show.`,
    single: (pair, date, value) => `${pair} on ${date}: ${value}.`,
    range: (pair, from, to) => `${pair} from ${from} to ${to}`,
    low: "low",
    high: "high",
    last: "last",
    noData: "No data",
  },
  ru: {
    none: (pair) => `Нет курсов ${pair} для показа.`,
    single: (pair, date, value) => `${pair} на ${date}: ${value}.`,
    range: (pair, from, to) => `${pair} с ${from} по ${to}`,
    low: "минимум",
    high: "максимум",
    last: "последний",
    noData: "Нет данных",
  },
};

const DAY_MS = 86_400_000;
const FONT = 'font-family="system-ui, sans-serif" font-size="12"';

/**
 * Renders the chart. Points may come in any order; they are drawn by date.
 *
 * @throws AppError VALIDATION_FAILED for a bad date, a non-finite value or a non-positive size.
 * @example renderRateChart(history, { width: 640, height: 240, title: "USD/KZT, April", locale: "en", currencyPair: "USD/KZT" })
 */
export function renderRateChart(points: readonly RateChartPoint[], options: RateChartOptions): string {
  const { width, height, locale, currencyPair } = options;
  if (!(width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height))) {
    throw new AppError("VALIDATION_FAILED", `Chart size must be positive, got ${width}×${height}.`);
  }
  const labels = LABELS[locale.toLowerCase().startsWith("ru") ? "ru" : "en"];
  const id = options.idPrefix ?? `rate-chart-${currencyPair.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  const series = points.map(toTimed).sort((a, b) => a.time - b.time);

  const formatDate = new Intl.DateTimeFormat(locale, {
    timeZone: "UTC",
    day: "numeric",
    month: "short",
    year: "numeric",
  }).format;
  const valueDigits =
    options.fractionDigits ?? series.reduce((digits, p) => Math.max(digits, fractionDigitsOf(p.value)), 0);
  const formatValue = new Intl.NumberFormat(locale, {
    minimumFractionDigits: valueDigits,
    maximumFractionDigits: valueDigits,
  }).format;

  const first = series[0];
  const last = series[series.length - 1];
  let description: string;
  if (first === undefined || last === undefined) {
    description = labels.none(currencyPair);
  } else if (series.length === 1) {
    description = labels.single(currencyPair, formatDate(first.time), formatValue(first.value));
  } else {
    const low = series.reduce((a, b) => (b.value < a.value ? b : a));
    const high = series.reduce((a, b) => (b.value > a.value ? b : a));
    const at = (p: Timed) => `${formatValue(p.value)} (${formatDate(p.time)})`;
    description =
      `${labels.range(currencyPair, formatDate(first.time), formatDate(last.time))}: ` +
      `${labels.low} ${at(low)}, ${labels.high} ${at(high)}, ${labels.last} ${at(last)}.`;
  }

  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="rate-chart" width="${width}" height="${height}" ` +
      `viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${escapeXml(id)}-title ${escapeXml(id)}-desc">`,
    `<title id="${escapeXml(id)}-title">${escapeXml(options.title)}</title>`,
    `<desc id="${escapeXml(id)}-desc">${escapeXml(description)}</desc>`,
  ];
  if (first === undefined || last === undefined) {
    parts.push(
      `<text x="${width / 2}" y="${height / 2}" text-anchor="middle" dominant-baseline="middle" ${FONT} fill="currentColor">${escapeXml(labels.noData)}</text>`,
    );
  } else {
    parts.push(drawSeries(series, width, height, locale));
  }
  parts.push("</svg>");
  return parts.join("");
}

interface Timed {
  time: number;
  value: number;
}

function drawSeries(series: Timed[], width: number, height: number, locale: string): string {
  // The series is sorted by time; reduce rather than Math.min(...) so long histories cannot overflow the stack.
  let minTime = series[0]!.time;
  let maxTime = series[series.length - 1]!.time;
  if (minTime === maxTime) {
    minTime -= DAY_MS;
    maxTime += DAY_MS;
  }
  let minValue = series.reduce((m, p) => Math.min(m, p.value), Number.POSITIVE_INFINITY);
  let maxValue = series.reduce((m, p) => Math.max(m, p.value), Number.NEGATIVE_INFINITY);
  if (minValue === maxValue) {
    // A flat series (a peg, a single point) sits in the middle rather than on an edge.
    const pad = Math.abs(minValue) * 0.01 || 1;
    minValue -= pad;
    maxValue += pad;
  }

  const y = scaleLinear().domain([minValue, maxValue]).nice(5);
  const yTicks = y.ticks(5);
  const step = yTicks.length > 1 ? Math.abs(yTicks[1]! - yTicks[0]!) : Math.abs(maxValue - minValue);
  const tickDigits = step > 0 ? Math.min(10, Math.max(0, -Math.floor(Math.log10(step) + 1e-9))) : 0;
  const formatTick = new Intl.NumberFormat(locale, {
    minimumFractionDigits: tickDigits,
    maximumFractionDigits: tickDigits,
  }).format;
  const yLabels = yTicks.map((t) => formatTick(t));

  // Room on the left for the longest y label (about 7 px per character at 12 px).
  const margin = {
    top: 10,
    right: 14,
    bottom: 26,
    left: 10 + 7 * Math.max(...yLabels.map((l) => l.length)),
  };
  const innerWidth = Math.max(1, width - margin.left - margin.right);
  const innerHeight = Math.max(1, height - margin.top - margin.bottom);
  y.range([innerHeight, 0]);
  const x = scaleUtc()
    .domain([new Date(minTime), new Date(maxTime)])
    .range([0, innerWidth]);

  const spanDays = (maxTime - minTime) / DAY_MS;
  const formatTickDate = new Intl.DateTimeFormat(
    locale,
    spanDays > 400
      ? { timeZone: "UTC", month: "short", year: "numeric" }
      : { timeZone: "UTC", day: "numeric", month: "short" },
  ).format;
  // Rates are daily: drop sub-day ticks that d3 offers for very short ranges.
  const xTicks = x
    .ticks(Math.max(2, Math.floor(innerWidth / 90)))
    .filter((t) => t.getTime() % DAY_MS === 0)
    .filter((t) => series.length > 1 || t.getTime() === series[0]!.time);

  const px = (p: Timed) => x(new Date(p.time));
  const py = (p: Timed) => y(p.value);
  const linePath = line<Timed>().x(px).y(py).digits(2)(series) ?? "";
  const areaPath = area<Timed>().x(px).y0(innerHeight).y1(py).digits(2)(series) ?? "";
  const lastPoint = series[series.length - 1]!;

  const out: string[] = [`<g transform="translate(${margin.left},${margin.top})">`];
  out.push(`<g class="rate-chart-y" aria-hidden="true" ${FONT} fill="currentColor">`);
  yTicks.forEach((t, i) => {
    const ty = round2(y(t));
    out.push(
      `<line x1="0" x2="${round2(innerWidth)}" y1="${ty}" y2="${ty}" stroke="currentColor" stroke-opacity="0.15"/>`,
      `<text x="-6" y="${ty}" text-anchor="end" dominant-baseline="middle">${escapeXml(yLabels[i]!)}</text>`,
    );
  });
  out.push("</g>");
  out.push(`<g class="rate-chart-x" aria-hidden="true" ${FONT} fill="currentColor">`);
  for (const t of xTicks) {
    out.push(
      `<text x="${round2(x(t))}" y="${round2(innerHeight + 18)}" text-anchor="middle">${escapeXml(formatTickDate(t))}</text>`,
    );
  }
  out.push("</g>");
  if (series.length > 1) {
    out.push(`<path class="rate-chart-area" d="${areaPath}" fill="currentColor" fill-opacity="0.08"/>`);
    out.push(
      `<path class="rate-chart-line" d="${linePath}" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/>`,
    );
  }
  out.push(
    `<circle class="rate-chart-last" cx="${round2(px(lastPoint))}" cy="${round2(py(lastPoint))}" r="3.5" fill="currentColor"/>`,
  );
  out.push("</g>");
  return out.join("");
}

function toTimed(point: RateChartPoint): Timed {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(point.date);
  const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  // Date.UTC rolls 2026-02-30 over into March; a round trip catches it.
  if (!match || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== point.date) {
    throw new AppError(
      "VALIDATION_FAILED",
      `Chart point date must be YYYY-MM-DD, got ${JSON.stringify(point.date)}.`,
    );
  }
  if (!Number.isFinite(point.value)) {
    throw new AppError(
      "VALIDATION_FAILED",
      `Chart point ${point.date} has no finite value (${point.value}).`,
    );
  }
  return { time, value: point.value };
}

/** Decimals in the shortest form of a number, capped at 10: 478.77 → 2, 8.2e-5 → 6. */
function fractionDigitsOf(value: number): number {
  const [mantissa = "", exponent = "0"] = String(Math.abs(value)).split("e");
  const point = mantissa.indexOf(".");
  const decimals = (point === -1 ? 0 : mantissa.length - point - 1) - Number(exponent);
  return Math.min(10, Math.max(0, decimals));
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Escapes text and attribute values for XML. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&apos;",
  );
}
