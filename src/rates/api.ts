/**
 * The rates JSON API, shaped like Frankfurter's (`/latest`, `/YYYY-MM-DD`, `/START..END`,
 * `base`/`from`, `symbols`/`to`, `amount`), so existing clients work against it.
 *
 * Differences worth knowing: the default base is USD (the region quotes against the dollar);
 * rates are the central banks' own, each pair through one bank's quotes (see `pricingCurrency`);
 * `date` is the effective date of the rate used (a weekend or holiday answers with the last
 * publication before it); `sources` says which publication every figure comes from.
 */
import type { FastifyInstance, FastifyReply } from "fastify";
import { Decimal } from "../core/decimal.js";
import { AppError } from "../core/errors.js";
import { pricingCurrency, REGIONAL_CURRENCIES } from "./currencies.js";
import { daysBetween, isIsoDate, todayIn } from "./days.js";
import { RATES_OPENAPI } from "./openapi.js";
import { assertSupported, type RatesService } from "./service.js";

export interface RatesApiOptions {
  service: RatesService;
  timeZone: string;
  now: () => Date;
}

interface ApiQuery {
  base?: string;
  from?: string;
  symbols?: string;
  to?: string;
  amount?: string;
}

/** The longest range one request may ask for. */
const MAX_RANGE_DAYS = 3660;

/**
 * Registers `/api/rates/latest`, `/api/rates/:date`, `/api/rates/:start..:end` and
 * `/api/rates/openapi.json`.
 *
 * @example registerRatesApi(app, { service, timeZone: "Asia/Almaty", now: () => new Date() });
 */
export function registerRatesApi(app: FastifyInstance, options: RatesApiOptions): void {
  const { service } = options;
  const today = () => todayIn(options.now(), options.timeZone);

  app.get("/api/rates/openapi.json", async (_request, reply) =>
    reply.header("cache-control", "public, max-age=3600").send(RATES_OPENAPI),
  );

  app.get<{ Querystring: ApiQuery }>("/api/rates/latest", async (request, reply) => {
    const params = parseQuery(request.query);
    return sendJson(reply, 60, await single(service, params, today()));
  });

  app.get<{ Params: { date: string }; Querystring: ApiQuery }>("/api/rates/:date", async (request, reply) => {
    const params = parseQuery(request.query);
    const spec = request.params.date;
    const range = /^(.*)\.\.(.*)$/.exec(spec);
    if (range === null) {
      const date = parseDate(spec, "date");
      return sendJson(reply, 300, await single(service, params, date));
    }
    const from = parseDate(range[1] ?? "", "start date");
    const to = range[2] === "" ? today() : parseDate(range[2] ?? "", "end date");
    if (from > to) throw invalid(`The range ${spec} ends before it starts.`, { date: spec });
    if (daysBetween(from, to) > MAX_RANGE_DAYS) {
      throw invalid(`The range ${spec} is longer than ${MAX_RANGE_DAYS} days; ask for it in parts.`, {
        date: spec,
      });
    }
    return sendJson(reply, 300, await series(service, params, from, to));
  });
}

interface Params {
  base: string;
  symbols: string[];
  amount: Decimal;
}

function parseQuery(query: ApiQuery): Params {
  const base = (query.base ?? query.from ?? "USD").trim().toUpperCase();
  assertSupported(base);
  const listed = query.symbols ?? query.to;
  const symbols =
    listed === undefined || listed.trim() === ""
      ? REGIONAL_CURRENCIES.map((c) => c.code).filter((c) => c !== base)
      : [...new Set(listed.split(",").map((s) => s.trim().toUpperCase()))];
  for (const symbol of symbols) assertSupported(symbol);
  if (symbols.includes(base)) {
    throw invalid(`The base ${base} is also among the symbols; a currency has no rate against itself.`, {
      base,
    });
  }
  let amount: Decimal;
  try {
    amount = Decimal.parse(query.amount ?? "1");
  } catch {
    throw invalid(`The amount ${JSON.stringify(query.amount)} is not a number; use e.g. amount=100.`, {
      amount: query.amount,
    });
  }
  if (amount.sign <= 0 || amount.compare("1e15") > 0) {
    throw invalid(`The amount must be greater than 0 and at most 10^15, got ${amount.toString()}.`, {
      amount: query.amount,
    });
  }
  return { base, symbols, amount };
}

function parseDate(text: string, what: string): string {
  if (!isIsoDate(text)) {
    throw invalid(`The ${what} ${JSON.stringify(text)} is not a date; use YYYY-MM-DD, e.g. 2026-04-01.`, {
      date: text,
    });
  }
  return text;
}

function invalid(message: string, details: Record<string, unknown>): AppError {
  return new AppError("VALIDATION_FAILED", message, { details });
}

async function single(service: RatesService, params: Params, onOrBefore: string) {
  const rates: Record<string, number> = {};
  const dates: Record<string, string> = {};
  const sources: Record<string, unknown> = {};
  let demo = false;
  for (const symbol of params.symbols) {
    const quote = await service.quote(params.base, symbol, onOrBefore);
    if (quote === null) continue;
    rates[symbol] = toApiNumber(quote.value.times(params.amount));
    dates[symbol] = quote.date;
    sources[symbol] = {
      source: quote.source,
      date: quote.date,
      currency: quote.bankCurrency,
      published: quote.published,
      ...(quote.peg ? { peg: true } : {}),
    };
    demo ||= quote.demo;
  }
  const used = Object.values(dates).sort();
  const date = used[used.length - 1];
  if (date === undefined) {
    throw new AppError(
      "RATES_NOT_AVAILABLE",
      `No rates for ${params.symbols.join(", ")} against ${params.base} on or before ${onOrBefore}.`,
      { details: { base: params.base, symbols: params.symbols, date: onOrBefore } },
    );
  }
  return {
    amount: toApiNumber(params.amount),
    base: params.base,
    date,
    rates,
    dates,
    sources,
    ...(demo ? { demo: true } : {}),
  };
}

async function series(service: RatesService, params: Params, from: string, to: string) {
  const byDate = new Map<string, Record<string, number>>();
  let demo = false;
  for (const symbol of params.symbols) {
    const bank = pricingCurrency(params.base, symbol);
    // Units of the bank's currency per 1 unit of each side, by date.
    const side = async (currency: string): Promise<Map<string, Decimal> | null> => {
      if (currency === bank) return null;
      const points = await service.history(bank, currency, from, to);
      demo ||= points.some((p) => p.demo);
      return new Map(points.map((p) => [p.date, p.value]));
    };
    const baseSide = await side(params.base);
    const symbolSide = await side(symbol);
    const days = new Set([...(baseSide?.keys() ?? []), ...(symbolSide?.keys() ?? [])]);
    for (const day of days) {
      const b = baseSide === null ? Decimal.ONE : baseSide.get(day);
      const s = symbolSide === null ? Decimal.ONE : symbolSide.get(day);
      if (b === undefined || s === undefined) continue;
      const value = b.divide(s, { significantDigits: 20 }).times(params.amount);
      const entry = byDate.get(day) ?? {};
      entry[symbol] = toApiNumber(value);
      byDate.set(day, entry);
    }
  }
  const days = [...byDate.keys()].sort();
  const first = days[0];
  const last = days[days.length - 1];
  if (first === undefined || last === undefined) {
    throw new AppError(
      "RATES_NOT_AVAILABLE",
      `No rates for ${params.symbols.join(", ")} against ${params.base} between ${from} and ${to}.`,
      { details: { base: params.base, symbols: params.symbols, from, to } },
    );
  }
  return {
    amount: toApiNumber(params.amount),
    base: params.base,
    start_date: first,
    end_date: last,
    rates: Object.fromEntries(days.map((d) => [d, byDate.get(d) ?? {}])),
    ...(demo ? { demo: true } : {}),
  };
}

/**
 * A JSON number from an exact decimal: 10 significant digits, which JSON carries without loss
 * (a float holds 15), and every published rate has fewer.
 */
function toApiNumber(value: Decimal): number {
  return value.round({ significantDigits: 10 }).toNumber();
}

function sendJson(reply: FastifyReply, maxAge: number, body: unknown): FastifyReply {
  return reply
    .header("cache-control", `public, max-age=${maxAge}`)
    .header("content-type", "application/json; charset=utf-8")
    .send(body);
}
