/** The rates feature. Other features import only this file. */
export { REGIONAL_CURRENCIES, SUPPORTED_CURRENCIES } from "./currencies.js";
export {
  type FetchRatesOptions,
  type FetchReport,
  fetchedAnything,
  fetchedEverything,
  fetchRates,
  PEG_SOURCE,
  type SourceFetchReport,
  targetDate,
} from "./fetcher.js";
export { registerRatesRoutes } from "./routes.js";
export { createRatesScheduler, type RatesScheduler, type RatesSchedulerOptions } from "./scheduler.js";
export { getRateSource, isSourceId, RATE_SOURCES } from "./sources/index.js";
export {
  createRateStore,
  type RateInput,
  type RateStore,
  type SaveReport,
  type StoredRate,
} from "./store.js";
export { buildTicker, TICKER_CURRENCIES } from "./ticker.js";
export { SOURCE_IDS, type SourceId } from "./types.js";
